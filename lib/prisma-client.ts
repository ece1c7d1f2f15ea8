// Builds a Prisma client for the configured database. The app uses the one
// instance in lib/db.ts; command-line scripts create their own through this.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseConfig } from "./database-config";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client";

export { PrismaClient };

// A burst of writers queues for the pool's connections; an interactive transaction waits its turn
// like any other query instead of failing after Prisma's default 2 s (seen under 1,000 comments
// at once on PostgreSQL).
const transactionOptions = { maxWait: 20_000, timeout: 20_000 };

export function createPrismaClient(config: DatabaseConfig): PrismaClient {
  if (config.provider === "sqlite") {
    const client = new PrismaClient({
      adapter: new PrismaBetterSQLite3({ url: config.url, timeout: 10_000 }),
      transactionOptions,
    });
    // In WAL mode (set by the migration runner), NORMAL keeps every commit atomic and survives a
    // crashed process; only a power cut may lose the last commits. FULL would sync every commit.
    void client.$executeRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => {});
    // The query planner needs table statistics to choose between indexes (a rare tag's entries or
    // the archive's date index, lib/data/taxonomy.ts); SQLite gathers them only when asked. As its
    // documentation advises for long-lived connections: optimize on open, then now and then. The
    // first time on a large blog this analyses every table (1.6 s at 100,000 posts), later only
    // tables that changed a lot.
    const optimize = (statement: string) => void client.$queryRawUnsafe(statement).catch(() => {});
    optimize("PRAGMA optimize=0x10002");
    setInterval(() => optimize("PRAGMA optimize"), 60 * 60 * 1000).unref();
    return client;
  }
  // Both clients are generated from the same schema.prisma and differ only in the
  // provider baked into them, so the PostgreSQL client has the same API.
  const client = new PostgresPrismaClient({
    adapter: new PrismaPg({ connectionString: config.url, max: 10 }),
    transactionOptions,
  });
  return client as unknown as PrismaClient;
}
