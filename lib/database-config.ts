// Which database Casebook talks to: SQLite by default, PostgreSQL when DATABASE_URL says so.
import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface DatabaseConfig {
  provider: DatabaseProvider;
  /** For PostgreSQL the connection string; for SQLite an absolute file path */
  url: string;
}

export const DEFAULT_SQLITE_URL = "file:./data/casebook.db";

export function readDatabaseConfig(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim() || DEFAULT_SQLITE_URL;
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: "postgresql", url };
  if (url.startsWith("file:")) {
    return {
      provider: "sqlite",
      url: path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice("file:".length)),
    };
  }
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…"`,
  );
}
