// Where an old public path now lives (a post whose slug changed).
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import { cacheTags } from "./cache-tags";

export async function getRedirectTarget(fromPath: string): Promise<string | null> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  const row = await db.redirect.findUnique({ where: { fromPath }, select: { toPath: true } });
  return row?.toPath ?? null;
}
