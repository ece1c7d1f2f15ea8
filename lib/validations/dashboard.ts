// Filters of the author dashboard, from the query string; anything odd is ignored.
import { z } from "zod";
import type { DashboardFilters } from "../data/admin-posts";

const schema = z.object({
  status: z.enum(["DRAFT", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"]).optional().catch(undefined),
  author: z.string().max(40).optional().catch(undefined),
  series: z.string().trim().max(200).optional().catch(undefined),
  tag: z.string().trim().max(200).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
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
  });
  return {
    status: parsed.status,
    authorId: parsed.author,
    series: parsed.series || undefined,
    tag: parsed.tag || undefined,
    query: parsed.q,
  };
}
