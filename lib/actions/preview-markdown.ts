"use server";

import { z } from "zod";
import { getCurrentUser } from "../auth/sessions";
import { getSeriesCast } from "../data/series";
import { renderPostBody } from "../markdown/render";
import { POST_LIMITS } from "../validations/post";

const contextSchema = z.object({
  kind: z.enum(["ARTICLE", "ANECDOTE"]),
  // The editor's select: "" for none, else the series id
  seriesId: z.union([z.literal(""), z.coerce.number().int().positive()]),
});

export type PreviewContext = z.input<typeof contextSchema>;

/**
 * The editor's live preview, rendered by the very function the public page uses: an anecdote with its
 * series' cast shows pseudonyms and dialogue as readers will see them.
 */
export async function previewMarkdownAction(
  markdown: string,
  context: PreviewContext = { kind: "ARTICLE", seriesId: "" },
): Promise<string> {
  if (!(await getCurrentUser())) return "";
  if (typeof markdown !== "string" || markdown.length > POST_LIMITS.body) return "";
  const parsed = contextSchema.safeParse(context);
  if (!parsed.success) return "";
  const { kind, seriesId } = parsed.data;
  const cast = seriesId === "" ? [] : await getSeriesCast(seriesId);
  return renderPostBody(markdown, { kind, cast }).html;
}
