// The one Prisma client of the app, for whichever database DATABASE_URL names.
import "server-only";
import { readDatabaseConfig } from "./database-config";
import { createPrismaClient, type PrismaClient } from "./prisma-client";

const globalForPrisma = globalThis as unknown as { casebookPrisma?: PrismaClient };

export const databaseConfig = readDatabaseConfig();

// Reused across hot reloads in development, so reloads do not open new connections
export const db: PrismaClient = globalForPrisma.casebookPrisma ?? createPrismaClient(databaseConfig);
if (process.env.NODE_ENV !== "production") globalForPrisma.casebookPrisma = db;
