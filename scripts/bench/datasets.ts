// The benchmark databases: the demo blog ("small", exactly as `npm run db:prepare` writes it)
// and the large blog (demo content plus generated posts up to the size), on SQLite and
// PostgreSQL. A large database that already holds the requested size is reused.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { readDatabaseConfig, type DatabaseConfig } from "../../lib/database-config";
import { BENCH_ADMIN_EMAIL, benchAdminExists, deleteScheduledBenchPosts, openDatabase } from "./bench-db";
import {
  generateLargeBlog,
  largeBlog,
  scaleBlog,
  type BlogSize,
  type GenerationReport,
} from "./generate/generate";
import { runProcess } from "./processes";

export const databases = ["sqlite", "postgresql"] as const;
export type DatabaseKind = (typeof databases)[number];
export const sizes = ["small", "large"] as const;
export type SizeKind = (typeof sizes)[number];

/**
 * Only databases named casebook_bench* and files under data/: nothing else is ever reset. A scaled
 * large blog has its own database, so a quick run leaves the full-size one in place.
 */
export function benchDatabaseUrl(
  database: DatabaseKind,
  size: SizeKind,
  postgresServer: string,
  scale = 1,
): string {
  const name = size === "large" && scale !== 1 ? `${size}_${String(scale).replace(/\W/g, "_")}` : size;
  if (database === "sqlite") return `file:./data/bench-${name}.db`;
  return `${postgresServer.replace(/\/$/, "")}/casebook_bench_${name}`;
}

export function benchDatabaseConfig(databaseUrl: string): DatabaseConfig {
  return readDatabaseConfig({ ...process.env, DATABASE_URL: databaseUrl });
}

const MARKER_KEY = "bench:dataset";

async function readMarker(config: DatabaseConfig): Promise<string | null> {
  if (config.provider === "sqlite" && !existsSync(config.url)) return null;
  const db = openDatabase(config);
  try {
    const row = await db.setting.findUnique({ where: { key: MARKER_KEY } });
    return row?.value ?? null;
  } catch {
    return null;
  } finally {
    await db.$disconnect();
  }
}

function databaseCli(root: string, databaseUrl: string, logDirectory: string, name: string) {
  const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  return (script: string, args: string[], stdin?: string) =>
    runProcess(name, process.execPath, [tsx, path.join(root, "scripts", script), ...args], {
      cwd: root,
      env,
      logDirectory,
      ...(stdin === undefined ? {} : { stdin }),
    });
}

export interface DatasetReport {
  databaseUrl: string;
  size: BlogSize | "demo";
  reused: boolean;
  generation?: GenerationReport;
}

export async function prepareDataset(options: {
  database: DatabaseKind;
  size: SizeKind;
  scale: number;
  regenerate: boolean;
  postgresServer: string;
  root: string;
  logDirectory: string;
  log: (line: string) => void;
}): Promise<DatasetReport> {
  const databaseUrl = benchDatabaseUrl(options.database, options.size, options.postgresServer, options.scale);
  const config = benchDatabaseConfig(databaseUrl);
  const cli = databaseCli(
    options.root,
    databaseUrl,
    options.logDirectory,
    `db-${options.database}-${options.size}`,
  );
  const wanted = options.size === "large" ? scaleBlog(largeBlog, options.scale) : null;
  const marker = wanted ? JSON.stringify({ generator: 1, ...wanted }) : null;

  let report: DatasetReport;
  if (marker && !options.regenerate && (await readMarker(config)) === marker) {
    options.log(`  reusing the generated ${options.database} database (${databaseUrl})`);
    // The app may have gained migrations since the blog was generated
    await cli("db.ts", ["migrate"]);
    // Posts a previous run scheduled and left behind when interrupted
    const db = openDatabase(config);
    try {
      await deleteScheduledBenchPosts(db);
    } finally {
      await db.$disconnect();
    }
    report = { databaseUrl, size: wanted ?? "demo", reused: true };
  } else {
    options.log(`  resetting ${databaseUrl} and writing the demo content (npm run db:reset, db:prepare)`);
    await cli("db.ts", ["reset"]);
    await cli("db.ts", ["prepare"]);
    report = { databaseUrl, size: wanted ?? "demo", reused: false };
    if (wanted && marker) {
      options.log(`  generating ${JSON.stringify(wanted)}`);
      report.generation = await generateLargeBlog(config, wanted, options.log, options.root);
      options.log(`  generated in ${report.generation.seconds} s`);
      const db = openDatabase(config);
      try {
        await db.setting.create({ data: { key: MARKER_KEY, value: marker } });
      } finally {
        await db.$disconnect();
      }
    }
  }

  // The documented CLI creates the administrator whose session the dashboard measurement uses
  const db = openDatabase(config);
  try {
    if (!(await benchAdminExists(db))) {
      await cli(
        "user.ts",
        ["--email", BENCH_ADMIN_EMAIL, "--name", "Bench Admin", "--role", "admin", "--password-stdin"],
        randomBytes(18).toString("base64url"),
      );
    }
  } finally {
    await db.$disconnect();
  }
  return report;
}
