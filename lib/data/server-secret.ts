// The server's own secret for salting hashes and signing tokens: AUTH_SECRET when set,
// otherwise a random one created on first use and kept in the database.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db";

let secret: Promise<string> | undefined;

export function getServerSecret(): Promise<string> {
  secret ??= load();
  return secret;
}

async function load(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const fresh = randomBytes(32).toString("base64url");
  // upsert with an empty update keeps the first secret when two processes race
  const row = await db.setting.upsert({
    where: { key: "serverSecret" },
    create: { key: "serverSecret", value: fresh },
    update: {},
  });
  return row.value;
}
