"use server";

import { getCurrentUser } from "../auth/sessions";
import { renderMarkdown } from "../markdown/render";
import { POST_LIMITS } from "../validations/post";

/** The editor's live preview, rendered by the very function the public page uses */
export async function previewMarkdownAction(markdown: string): Promise<string> {
  if (!(await getCurrentUser())) return "";
  if (typeof markdown !== "string" || markdown.length > POST_LIMITS.body) return "";
  return renderMarkdown(markdown);
}
