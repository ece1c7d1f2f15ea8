// A fresh single-use comment form token for a reader of a cached post page (the page itself is the
// same for everyone, so it cannot carry one). Readers without JavaScript get theirs from the form's
// first submission instead (see lib/actions/submit-comment.ts).
import type { NextRequest } from "next/server";
import { issueCommentForm } from "@/lib/data/comment-submission";
import { recordIdSchema } from "@/lib/validations/comment";

export async function GET(request: NextRequest) {
  const parsed = recordIdSchema.safeParse(request.nextUrl.searchParams.get("post"));
  if (!parsed.success) return Response.json({ error: "Unbekannter Beitrag." }, { status: 400 });
  return Response.json(await issueCommentForm(parsed.data), {
    headers: { "Cache-Control": "private, no-store" },
  });
}
