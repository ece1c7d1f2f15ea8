// Full-text search over published posts: FTS5 on SQLite, German text search on PostgreSQL.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db, databaseConfig } from "../db";
import { cacheTags } from "./cache-tags";
import { published, summarySelect, toSummary } from "./posts";
import type { PostSummary } from "./types";
import { SEARCH_QUERY_MAX_LENGTH, toFtsQuery } from "../validations/search";

const RESULT_LIMIT = 50;

export async function searchPublishedPosts(query: string): Promise<PostSummary[]> {
  "use cache";
  cacheLife("minutes");
  cacheTag(cacheTags.posts);
  const text = query.trim().slice(0, SEARCH_QUERY_MAX_LENGTH);
  const ids = databaseConfig.provider === "sqlite" ? await matchSqlite(text) : await matchPostgres(text);
  if (ids.length === 0) return [];
  const rows = await db.post.findMany({ where: { id: { in: ids }, ...published }, select: summarySelect });
  const rank = new Map(ids.map((id, index) => [id, index]));
  return rows.map(toSummary).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}

async function matchSqlite(text: string): Promise<number[]> {
  const match = toFtsQuery(text);
  if (!match) return [];
  const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT p.id AS id FROM post_search s JOIN "Post" p ON p.id = s.rowid
     WHERE post_search MATCH ? AND p.status = 'PUBLISHED'
     ORDER BY bm25(post_search, 10.0, 4.0, 1.0) LIMIT ${RESULT_LIMIT}`,
    match,
  );
  return rows.map((row) => Number(row.id));
}

async function matchPostgres(text: string): Promise<number[]> {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const rows = await db.$queryRawUnsafe<{ id: number }[]>(
    `SELECT id FROM "Post", websearch_to_tsquery('german', $1) AS query
     WHERE search_vector @@ query AND status = 'PUBLISHED'
     ORDER BY ts_rank(search_vector, query) DESC, "publishedAt" DESC LIMIT ${RESULT_LIMIT}`,
    text,
  );
  return rows.map((row) => Number(row.id));
}
