// Multi-row INSERTs inside one long transaction, for SQLite (better-sqlite3) and PostgreSQL (pg).
// Values arrive as JavaScript types; each writer stores them as Prisma itself does
// (SQLite: ISO text dates and 0/1 booleans; PostgreSQL: timestamp(3) holding UTC, native booleans).
import type BetterSqlite3 from "better-sqlite3";
import type pg from "pg";

export type ColumnType = "int" | "text" | "date" | "bool" | { enum: string };

export interface TableSpec {
  name: string;
  columns: readonly (readonly [name: string, type: ColumnType])[];
}

export type Value = string | number | boolean | Date | null;

export interface BulkWriter {
  readonly provider: "sqlite" | "postgresql";
  /** Queues rows, writing a batch whenever enough have gathered */
  insert(table: TableSpec, rows: Value[][]): Promise<void>;
  /** Writes whatever is queued for the table (rows that later rows refer to) */
  flush(table: TableSpec): Promise<void>;
  /** Writes every queue and commits */
  commit(): Promise<void>;
  exec(sql: string): Promise<void>;
  queryNumber(sql: string): Promise<number>;
  queryRows<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

const quote = (name: string) => `"${name}"`;

/** SQLite keeps Prisma DateTime as ISO 8601 text with an explicit offset */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** PostgreSQL timestamp(3) without time zone, holding UTC as Prisma does */
export function postgresDate(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}

/** Shared bookkeeping: per-table queues, a transaction opened on the first write */
function createQueues(
  batchSize: number,
  write: (table: TableSpec, rows: Value[][]) => Promise<void>,
  begin: () => Promise<void>,
  end: () => Promise<void>,
) {
  const queues = new Map<string, { table: TableSpec; rows: Value[][] }>();
  let open = false;
  const flush = async (table: TableSpec) => {
    const queue = queues.get(table.name);
    if (!queue || queue.rows.length === 0) return;
    if (!open) {
      await begin();
      open = true;
    }
    const rows = queue.rows;
    queue.rows = [];
    await write(table, rows);
  };
  return {
    async insert(table: TableSpec, rows: Value[][]) {
      const queue = queues.get(table.name) ?? { table, rows: [] };
      queues.set(table.name, queue);
      for (const row of rows) queue.rows.push(row);
      if (queue.rows.length >= batchSize) await flush(table);
    },
    flush,
    async commit() {
      for (const { table } of queues.values()) await flush(table);
      if (open) await end();
      open = false;
    },
  };
}

export function openSqliteWriter(db: BetterSqlite3.Database): BulkWriter {
  // Bulk-load settings: nothing is durable until the end, which is fine for a benchmark database
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -1000000");
  db.pragma("temp_store = MEMORY");
  db.pragma("foreign_keys = OFF");
  const statements = new Map<string, BetterSqlite3.Statement>();

  const convert = (value: Value): string | number | null => {
    if (value instanceof Date) return sqliteDate(value);
    if (typeof value === "boolean") return value ? 1 : 0;
    return value;
  };

  const write = async (table: TableSpec, rows: Value[][]) => {
    // SQLite allows 32766 bound values per statement
    const perStatement = Math.max(1, Math.min(500, Math.floor(32000 / table.columns.length)));
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const key = `${table.name}:${chunk.length}`;
      let statement = statements.get(key);
      if (!statement) {
        const placeholders = `(${table.columns.map(() => "?").join(", ")})`;
        statement = db.prepare(
          `INSERT INTO ${quote(table.name)} (${table.columns.map(([name]) => quote(name)).join(", ")}) VALUES ${Array(chunk.length).fill(placeholders).join(", ")}`,
        );
        statements.set(key, statement);
      }
      statement.run(chunk.flat().map(convert));
    }
  };
  const queues = createQueues(
    5000,
    write,
    async () => void db.exec("BEGIN"),
    async () => void db.exec("COMMIT"),
  );

  return {
    provider: "sqlite",
    ...queues,
    async exec(sql) {
      db.exec(sql);
    },
    async queryNumber(sql) {
      return Number(db.prepare(sql).pluck().get() ?? 0);
    },
    async queryRows<T>(sql: string) {
      return db.prepare(sql).all() as T[];
    },
    async close() {
      db.pragma("foreign_keys = ON");
      db.pragma("journal_mode = WAL");
      db.close();
    },
  };
}

function postgresArrayType(type: ColumnType): string {
  if (typeof type === "object") return `"${type.enum}"[]`;
  return { int: "int[]", text: "text[]", date: "timestamp(3)[]", bool: "boolean[]" }[type];
}

/**
 * One INSERT … SELECT FROM unnest($1::int[], $2::text[], …) per batch: still a single multi-row
 * INSERT, but with one bound array per column instead of one value per cell, so a batch of
 * thousands of rows is parsed once.
 */
export async function openPostgresWriter(client: pg.Client): Promise<BulkWriter> {
  await client.query("SET synchronous_commit = off");
  const write = async (table: TableSpec, rows: Value[][]) => {
    const columns = table.columns.map((_, index) =>
      rows.map((row) => {
        const value = row[index] ?? null;
        return value instanceof Date ? postgresDate(value) : value;
      }),
    );
    const sql = `INSERT INTO ${quote(table.name)} (${table.columns.map(([name]) => quote(name)).join(", ")})
      SELECT * FROM unnest(${table.columns.map(([, type], index) => `$${index + 1}::${postgresArrayType(type)}`).join(", ")})`;
    await client.query(sql, columns);
  };
  const queues = createQueues(
    10000,
    write,
    async () => void (await client.query("BEGIN")),
    async () => void (await client.query("COMMIT")),
  );

  return {
    provider: "postgresql",
    ...queues,
    async exec(sql) {
      await client.query(sql);
    },
    async queryNumber(sql) {
      const result = await client.query<{ value: string | number | null }>(sql);
      const first = result.rows[0];
      return Number(first ? Object.values(first)[0] : 0);
    },
    async queryRows<T>(sql: string) {
      return (await client.query(sql)).rows as T[];
    },
    async close() {
      await client.end();
    },
  };
}
