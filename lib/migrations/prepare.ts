// Brings a database to a usable state: migrations applied, demo content in an empty one.
import { rmSync } from "node:fs";
import { isDatabaseEmpty, seedDemoContent } from "../../prisma/seed";
import type { DatabaseConfig } from "../database-config";
import { createPrismaClient } from "../prisma-client";
import { migrateDatabase } from "./runner";

export async function prepareDatabase(config: DatabaseConfig, root = process.cwd()): Promise<string> {
  const migrations = await migrateDatabase(config, root);
  const db = createPrismaClient(config);
  try {
    const empty = await isDatabaseEmpty(db);
    const demoSignIn = empty ? await seedDemoContent(db) : null;
    const where = config.provider === "sqlite" ? config.url : "PostgreSQL";
    return [
      `Database (${where}): ${migrations.applied.length} migration(s) applied, ${empty ? "demo content written" : "existing content kept"}.`,
      demoSignIn
        ? `\nDemo sign-in at /sign-in (shown once): ${demoSignIn.email} / ${demoSignIn.password}`
        : "",
    ].join("");
  } finally {
    await db.$disconnect();
  }
}

/** Empties a local database; refuses anything that is not on this machine */
export async function resetDatabase(config: DatabaseConfig): Promise<void> {
  if (config.provider === "sqlite") {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(config.url + suffix, { force: true });
    return;
  }
  const host = new URL(config.url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]", ""].includes(host)) {
    throw new Error(`Refusing to reset a database on ${host}: only local databases can be reset.`);
  }
  const { default: pg } = await import("pg");
  const target = new URL(config.url);
  const name = decodeURIComponent(target.pathname.slice(1));
  // Create the database itself when it is missing (connect to the maintenance database)
  const maintenance = new pg.Client({
    connectionString: Object.assign(new URL(config.url), { pathname: "/postgres" }).toString(),
  });
  await maintenance.connect();
  try {
    const { rowCount } = await maintenance.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await maintenance.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await maintenance.end();
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}
