// Prisma CLI configuration. Only `prisma generate` and `prisma migrate diff` are
// used, through scripts/db.ts: the JavaScript engine below lets them run offline
// (the native schema engine cannot be downloaded here). Migrations are applied by
// lib/migrations/runner.ts, for SQLite and PostgreSQL alike.
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  // migrate diff compares schema files only; this scratch database is never written.
  adapter: async () => new PrismaBetterSQLite3({ url: path.join(os.tmpdir(), "casebook-prisma-cli.db") }),
});
