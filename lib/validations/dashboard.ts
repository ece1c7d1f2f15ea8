// Filters of the author dashboard, from the query string; anything odd is ignored.
import { z } from "zod";
import type { DashboardCursor, DashboardFilters } from "../data/admin-posts";

/** "1764700000000.42": a post's last change (milliseconds) and id, where a page starts */
const cursorText = z
  .string()
  .regex(/^\d{1,15}\.\d{1,10}$/)
  .optional()
  .catch(undefined);

export function cursorParam(cursor: Pick<DashboardCursor, "updatedAt" | "id">): string {
  return `${cursor.updatedAt.getTime()}.${cursor.id}`;
}

function parseCursor(text: string | undefined, direction: DashboardCursor["direction"]) {
  if (!text) return undefined;
  const [time = "", id = ""] = text.split(".");
  return { direction, updatedAt: new Date(Number(time)), id: Number(id) };
}

const schema = z.object({
  status: z.enum(["DRAFT", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"]).optional().catch(undefined),
  author: z.string().max(40).optional().catch(undefined),
  series: z.string().trim().max(200).optional().catch(undefined),
  tag: z.string().trim().max(200).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  before: cursorText,
  after: cursorText,
});

export function parseDashboardFilters(
  params: Record<string, string | string[] | undefined>,
): DashboardFilters {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) || undefined;
  const parsed = schema.parse({
    status: first(params.status),
    author: first(params.author),
    series: first(params.series),
    tag: first(params.tag),
    q: first(params.q),
    before: first(params.before),
    after: first(params.after),
  });
  return {
    cursor: parseCursor(parsed.before, "older") ?? parseCursor(parsed.after, "newer"),
    status: parsed.status,
    authorId: parsed.author,
    series: parsed.series || undefined,
    tag: parsed.tag || undefined,
    query: parsed.q,
  };
}
