// Limits and parsing of the public search query.
import { z } from "zod";

export const SEARCH_QUERY_MAX_LENGTH = 200;

export const searchQuerySchema = z
  .string()
  .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
  .pipe(z.string().max(SEARCH_QUERY_MAX_LENGTH));

/** The query from ?q=, or "" when it is missing, repeated or unusable */
export function parseSearchQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const parsed = searchQuerySchema.safeParse(value ?? "");
  return parsed.success ? parsed.data : "";
}

/** Words of a query as SQLite FTS5 understands them: quoted, prefix-matched, at most eight */
export function toFtsQuery(query: string): string {
  const words =
    query
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, 8)
    .map((word) => `"${word}"*`)
    .join(" ");
}
