// Full-text search over published posts: FTS5 on SQLite, German text search on PostgreSQL.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db, databaseConfig } from "../db";
import { cacheTags } from "./cache-tags";
import { published, summarySelect, toSummary } from "./posts";
import type { PostSummary } from "./types";
import { SEARCH_QUERY_MAX_LENGTH, toFtsQuery } from "../validations/search";

/** Results on one page; one more is read to know whether there are more */
export const SEARCH_RESULTS_PER_PAGE = 20;
/**
 * Matches ranked, newest first. A common word matches half the archive, and ranking every match
 * costs time in proportion to the archive; the best of the newest matches keeps a search bounded.
 */
const RANKED_CANDIDATES = 500;

export interface SearchResults {
  posts: PostSummary[];
  /** More posts match than this page and the ones before it show */
  more: boolean;
  /** Position of the first result on this page, counting from 1 */
  first: number;
}

/** One page of results, best first; pages end where the ranked candidates end */
export async function searchPublishedPosts(query: string, page = 1): Promise<SearchResults> {
  "use cache";
  cacheLife("minutes");
  cacheTag(cacheTags.posts);
  const text = query.trim().slice(0, SEARCH_QUERY_MAX_LENGTH);
  const offset = (page - 1) * SEARCH_RESULTS_PER_PAGE;
  const first = offset + 1;
  if (offset >= RANKED_CANDIDATES) return { posts: [], more: false, first };
  const ids =
    databaseConfig.provider === "sqlite"
      ? await matchSqlite(text, offset)
      : await matchPostgres(text, offset);
  if (ids.length === 0) return { posts: [], more: false, first };
  const shown = ids.slice(0, SEARCH_RESULTS_PER_PAGE);
  const rows = await db.post.findMany({ where: { id: { in: shown }, ...published }, select: summarySelect });
  const rank = new Map(shown.map((id, index) => [id, index]));
  return {
    posts: rows.map(toSummary).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0)),
    more: ids.length > SEARCH_RESULTS_PER_PAGE,
    first,
  };
}

async function matchSqlite(text: string, offset: number): Promise<number[]> {
  const match = toFtsQuery(text);
  if (!match) return [];
  const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT p.id AS id FROM (
       SELECT rowid AS id, bm25(post_search, 10.0, 4.0, 1.0) AS score FROM post_search
       WHERE post_search MATCH ? ORDER BY rowid DESC LIMIT ${RANKED_CANDIDATES}
     ) AS s JOIN "Post" p ON p.id = s.id
     WHERE p.status = 'PUBLISHED'
     ORDER BY s.score LIMIT ${SEARCH_RESULTS_PER_PAGE + 1} OFFSET ${offset}`,
    match,
  );
  return rows.map((row) => Number(row.id));
}

async function matchPostgres(text: string, offset: number): Promise<number[]> {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const rows = await db.$queryRawUnsafe<{ id: number }[]>(
    `SELECT id FROM (
       SELECT id, search_vector, "publishedAt" FROM "Post"
       WHERE search_vector @@ websearch_to_tsquery('german', $1) AND status = 'PUBLISHED'
       ORDER BY id DESC LIMIT ${RANKED_CANDIDATES}
     ) AS recent, websearch_to_tsquery('german', $1) AS query
     ORDER BY ts_rank(search_vector, query) DESC, "publishedAt" DESC LIMIT ${SEARCH_RESULTS_PER_PAGE + 1} OFFSET ${offset}`,
    text,
  );
  return rows.map((row) => Number(row.id));
}
