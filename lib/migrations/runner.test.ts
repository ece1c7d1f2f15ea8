import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../database-config";
import { resetDatabase } from "./prepare";
import { migrateDatabase, readMigrations } from "./runner";

const root = process.cwd();
const scratch = mkdtempSync(path.join(os.tmpdir(), "casebook-migrations-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const databases = (process.env.CASEBOOK_TEST_DATABASES ?? "sqlite postgresql").split(/\s+/);
const postgresUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/casebook_unit";

async function tableNames(config: DatabaseConfig): Promise<string[]> {
  if (config.provider === "sqlite") {
    const db = new Database(config.url, { readonly: true });
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[];
    db.close();
    return rows.map((row) => row.name);
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  const { rows } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
  );
  await client.end();
  return rows.map((row) => row.tablename);
}

const configs: DatabaseConfig[] = [
  ...(databases.includes("sqlite")
    ? [{ provider: "sqlite", url: path.join(scratch, "test.db") } as const]
    : []),
  ...(databases.includes("postgresql") ? [{ provider: "postgresql", url: postgresUrl } as const] : []),
];

describe.each(configs)("committed migrations on $provider", (config) => {
  it("build the whole schema on an empty database, search included, and run only once", async () => {
    await resetDatabase(config);
    const first = await migrateDatabase(config, root);
    expect(first.applied).toEqual(
      readMigrations(path.join(root, "prisma", "migrations", config.provider)).map((m) => m.name),
    );
    expect(first.repeatable).toEqual(["repeatable/search.sql"]);
    const tables = await tableNames(config);
    for (const table of [
      "User",
      "Post",
      "Series",
      "CastMember",
      "Comment",
      "Subscriber",
      "OutboxMail",
      "Revision",
      "Media",
      "Redirect",
    ]) {
      expect(tables).toContain(table);
    }
    if (config.provider === "sqlite") expect(tables).toContain("post_search");

    const second = await migrateDatabase(config, root);
    expect(second).toEqual({ applied: [], repeatable: [] });
  });
});

describe("the migration runner", () => {
  it("refuses a migration that was edited after it was applied", async () => {
    const project = path.join(scratch, "edited");
    const directory = path.join(project, "prisma", "migrations", "sqlite", "20260101000000_first");
    mkdirSync(directory, { recursive: true });
    writeFileSync(path.join(directory, "migration.sql"), "CREATE TABLE a (id INTEGER);");
    const config = { provider: "sqlite", url: path.join(project, "db.sqlite") } as const;
    await migrateDatabase(config, project);
    writeFileSync(path.join(directory, "migration.sql"), "CREATE TABLE a (id INTEGER, b TEXT);");
    await expect(migrateDatabase(config, project)).rejects.toThrow(/was changed after it was applied/);
  });

  it("rolls back a failing migration and records nothing", async () => {
    const project = path.join(scratch, "failing");
    const directory = path.join(project, "prisma", "migrations", "sqlite", "20260101000000_broken");
    mkdirSync(directory, { recursive: true });
    writeFileSync(
      path.join(directory, "migration.sql"),
      "CREATE TABLE ok (id INTEGER); CREATE TABLE broken (;",
    );
    const config = { provider: "sqlite", url: path.join(project, "db.sqlite") } as const;
    await expect(migrateDatabase(config, project)).rejects.toThrow();
    expect(await tableNames(config)).not.toContain("ok");
  });
});
