// A fresh, migrated database for one test file: a temporary SQLite file, or the PostgreSQL
// database in TEST_DATABASE_URL (npm test runs the data-layer tests on both).
// Call it before importing anything that opens the database (lib/db.ts reads DATABASE_URL once).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseConfig } from "../database-config";

export async function prepareTestDatabase(name: string): Promise<DatabaseConfig> {
  process.env.DATABASE_URL =
    process.env.TEST_DATABASE_URL ??
    `file:${path.join(mkdtempSync(path.join(os.tmpdir(), `casebook-${name}-`)), "test.db")}`;
  const { readDatabaseConfig } = await import("../database-config");
  const { resetDatabase } = await import("../migrations/prepare");
  const { migrateDatabase } = await import("../migrations/runner");
  const config = readDatabaseConfig();
  await resetDatabase(config);
  await migrateDatabase(config);
  return config;
}
