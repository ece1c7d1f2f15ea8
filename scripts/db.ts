// Database tasks: generate clients, write and apply migrations, seed demo content.
// Usage: tsx scripts/db.ts <generate|migration NAME|check|migrate|seed|prepare|reset>
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readDatabaseConfig, type DatabaseProvider } from "../lib/database-config";
import { migrateDatabase, migrationsDirectory } from "../lib/migrations/runner";

const root = path.resolve(import.meta.dirname, "..");
const schemaFile = path.join(root, "prisma", "schema.prisma");
const snapshotFile = path.join(root, "prisma", "migrations", "schema.snapshot.prisma");
const generatedDirectory = path.join(root, "lib", "generated");
const providers: DatabaseProvider[] = ["sqlite", "postgresql"];

/** The schema as written (SQLite), or its PostgreSQL twin: only provider and output differ */
export function schemaForProvider(schema: string, provider: DatabaseProvider): string {
  const withProvider = schema.replace(/(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, `$1"${provider}"`);
  return withProvider.replace(
    /(generator client \{[^}]*output\s*=\s*)"[^"]*"/,
    `$1"${path.join(generatedDirectory, provider).replaceAll("\\", "/")}"`,
  );
}

function writeProviderSchema(source: string, provider: DatabaseProvider, name: string): string {
  mkdirSync(generatedDirectory, { recursive: true });
  const file = path.join(generatedDirectory, `${name}.${provider}.prisma`);
  writeFileSync(file, schemaForProvider(readFileSync(source, "utf8"), provider));
  return file;
}

function prismaCli(args: string[]): { status: number; stdout: string; stderr: string } {
  // The CLI insists on locating native engines before it starts, even when the
  // JavaScript engine does all the work; any existing file satisfies that check.
  const placeholder = path.join(root, "prisma.config.ts");
  const result = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), args, {
    cwd: root,
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/casebook.db",
      PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
      PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** SQL that takes the database from the snapshot (or nothing) to schema.prisma */
function pendingSql(provider: DatabaseProvider): string {
  const to = writeProviderSchema(schemaFile, provider, "schema");
  const from = existsSync(snapshotFile)
    ? ["--from-schema-datamodel", writeProviderSchema(snapshotFile, provider, "snapshot")]
    : ["--from-empty"];
  const result = prismaCli([
    "migrate",
    "diff",
    ...from,
    "--to-schema-datamodel",
    to,
    "--script",
    "--exit-code",
  ]);
  if (result.status === 0) return "";
  if (result.status === 2) return result.stdout.replace(/^Loaded Prisma config.*\n/m, "").trim() + "\n";
  throw new Error(`prisma migrate diff failed:\n${result.stderr}${result.stdout}`);
}

function generate(): void {
  for (const provider of providers) {
    const file = writeProviderSchema(schemaFile, provider, "schema");
    const result = prismaCli(["generate", "--schema", file]);
    if (result.status !== 0) throw new Error(`prisma generate failed:\n${result.stderr}${result.stdout}`);
  }
  console.log("Generated Prisma clients for SQLite and PostgreSQL in lib/generated/");
}

function createMigration(name: string | undefined): void {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error("Name the migration in snake_case: npm run db:migration -- add_post_subtitle");
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  let written = 0;
  for (const provider of providers) {
    const sql = pendingSql(provider);
    if (!sql) continue;
    const directory = path.join(migrationsDirectory(provider, root), `${stamp}_${name}`);
    mkdirSync(directory, { recursive: true });
    writeFileSync(path.join(directory, "migration.sql"), sql);
    console.log(`wrote ${path.relative(root, directory)}/migration.sql`);
    written++;
  }
  if (written === 0) {
    console.log("schema.prisma matches the last migration: nothing to write.");
    return;
  }
  copyFileSync(schemaFile, snapshotFile);
}

function checkMigrations(): void {
  const drifted = providers.filter((provider) => pendingSql(provider) !== "");
  if (drifted.length > 0) {
    console.error(
      `schema.prisma has changes without a migration (${drifted.join(", ")}). Run: npm run db:migration -- <name>`,
    );
    process.exit(1);
  }
  console.log("Migrations match schema.prisma for SQLite and PostgreSQL.");
}

async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  const config = readDatabaseConfig();
  switch (command) {
    case "generate":
      return generate();
    case "migration":
      return createMigration(argument);
    case "check":
      return checkMigrations();
    case "migrate": {
      const result = await migrateDatabase(config, root);
      console.log(result.applied.length ? `Applied ${result.applied.join(", ")}` : "Database is up to date.");
      return;
    }
    case "prepare": {
      // Loaded late: it needs the generated clients, which `generate` creates
      const { prepareDatabase } = await import("../lib/migrations/prepare");
      const summary = await prepareDatabase(config, root);
      console.log(summary);
      return;
    }
    case "reset":
      await (await import("../lib/migrations/prepare")).resetDatabase(config);
      console.log(`Emptied the ${config.provider} database.`);
      return;
    default:
      console.error("Usage: tsx scripts/db.ts <generate|migration NAME|check|migrate|prepare|reset>");
      process.exit(64);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
