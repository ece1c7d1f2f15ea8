// Applies the committed SQL migrations in prisma/migrations/<provider>/ to the
// configured database, each once and in order, then the repeatable scripts
// (search indexes and triggers) whenever something changed. This replaces
// `prisma migrate deploy`, whose native engine cannot be downloaded offline.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { DatabaseConfig, DatabaseProvider } from "../database-config";

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  repeatable: string[];
}

const MIGRATIONS_TABLE = "_casebook_migrations";

export function migrationsDirectory(provider: DatabaseProvider, root = process.cwd()): string {
  return path.join(root, "prisma", "migrations", provider);
}

function checksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

/** Versioned migrations: <dir>/<timestamp>_<name>/migration.sql, in name order */
export function readMigrations(directory: string): MigrationFile[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(directory, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksum(sql) };
    });
}

/** Repeatable scripts: <dir>/repeatable/*.sql, idempotent, re-run when changed */
export function readRepeatables(directory: string): MigrationFile[] {
  const repeatableDirectory = path.join(directory, "repeatable");
  if (!existsSync(repeatableDirectory)) return [];
  return readdirSync(repeatableDirectory)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => {
      const sql = readFileSync(path.join(repeatableDirectory, file), "utf8");
      return { name: `repeatable/${file}`, sql, checksum: checksum(sql) };
    });
}

interface MigrationTarget {
  appliedChecksums(): Promise<Map<string, string>>;
  /** Runs the SQL and records it, atomically */
  apply(file: MigrationFile): Promise<void>;
  close(): Promise<void>;
}

export async function migrateDatabase(
  config: DatabaseConfig,
  root = process.cwd(),
): Promise<MigrationResult> {
  const directory = migrationsDirectory(config.provider, root);
  const target = config.provider === "sqlite" ? await openSqlite(config.url) : await openPostgres(config.url);
  try {
    const applied = await target.appliedChecksums();
    const result: MigrationResult = { applied: [], repeatable: [] };
    for (const migration of readMigrations(directory)) {
      const known = applied.get(migration.name);
      if (known === undefined) {
        await target.apply(migration);
        result.applied.push(migration.name);
      } else if (known !== migration.checksum) {
        throw new Error(
          `Migration ${migration.name} was changed after it was applied. Write a new migration instead of editing an applied one.`,
        );
      }
    }
    for (const script of readRepeatables(directory)) {
      if (result.applied.length > 0 || applied.get(script.name) !== script.checksum) {
        await target.apply(script);
        result.repeatable.push(script.name);
      }
    }
    return result;
  } finally {
    await target.close();
  }
}

async function openSqlite(file: string): Promise<MigrationTarget> {
  const { default: Database } = await import("better-sqlite3");
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 10000");
  db.exec(
    `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  );
  const record = db.prepare(
    `INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum, applied_at) VALUES (?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET checksum = excluded.checksum, applied_at = excluded.applied_at`,
  );
  return {
    async appliedChecksums() {
      const rows = db.prepare(`SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`).all() as {
        name: string;
        checksum: string;
      }[];
      return new Map(rows.map((row) => [row.name, row.checksum]));
    },
    async apply(file) {
      // IMMEDIATE takes the write lock up front, so two starting processes
      // cannot interleave; the loser re-checks and finds nothing to do.
      const run = db.transaction(() => {
        const done = db
          .prepare(`SELECT checksum FROM "${MIGRATIONS_TABLE}" WHERE name = ?`)
          .get(file.name) as { checksum: string } | undefined;
        if (done?.checksum === file.checksum) return;
        db.exec(file.sql);
        record.run(file.name, file.checksum, new Date().toISOString());
      });
      run.immediate();
    },
    async close() {
      db.close();
    },
  };
}

async function openPostgres(url: string): Promise<MigrationTarget> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // One migrator at a time across processes
  await client.query("SELECT pg_advisory_lock(7262011)");
  await client.query(
    `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
  );
  return {
    async appliedChecksums() {
      const { rows } = await client.query<{ name: string; checksum: string }>(
        `SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`,
      );
      return new Map(rows.map((row) => [row.name, row.checksum]));
    },
    async apply(file) {
      try {
        await client.query("BEGIN");
        await client.query(file.sql);
        await client.query(
          `INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()`,
          [file.name, file.checksum],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`);
      }
    },
    async close() {
      await client.query("SELECT pg_advisory_unlock(7262011)").catch(() => undefined);
      await client.end();
    },
  };
}
