"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "../auth/sessions";
import { commentPermalink } from "../comments/addresses";
import { ensureReaderToken, markCommentWaiting, rememberCommenter } from "../comments/reader-cookies";
import {
  issueCommentForm,
  requireCommentablePost,
  submitComment,
  type CommentFormSetup,
} from "../data/comment-submission";
import { getClientAddress } from "../request-context";
import { commentInputSchema } from "../validations/comment";
import { fieldErrorsOf, type FieldErrors } from "../validations/post";
import { failureFrom } from "./action-state";
import { refreshCommentCaches } from "./refresh-comment-caches";

/** What the reader typed, handed back so a refused comment is never lost */
export interface CommentFormValues {
  name: string;
  email: string;
  url: string;
  body: string;
  remember: boolean;
  notify: boolean;
}

/** A comment that waits, as its writer sees it right away (others never do) */
export interface WaitingComment {
  id: number;
  parentId: number | null;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: string;
}

export type CommentFormState =
  | {
      ok: true;
      message: string;
      commentId: number;
      /** Where an approved comment shows, which may be a later comment page */
      permalink: string;
      waiting: WaitingComment | null;
    }
  | {
      ok: false;
      message: string;
      fieldErrors?: FieldErrors;
      values: CommentFormValues;
      /** A fresh form to send the comment with (the cached page had none): confirm to send */
      confirm?: CommentFormSetup;
    }
  | null;

function valuesOf(formData: FormData): CommentFormValues {
  const text = (name: string, max: number) => String(formData.get(name) ?? "").slice(0, max);
  return {
    name: text("name", 200),
    email: text("email", 300),
    url: text("url", 1000),
    body: text("body", 20_000),
    remember: formData.get("remember") === "on",
    notify: formData.get("notify") === "on",
  };
}

export async function submitCommentAction(
  _previous: CommentFormState,
  formData: FormData,
): Promise<CommentFormState> {
  const values = valuesOf(formData);
  // Set by the form once React runs it; a plain form post (no JavaScript) is redirected instead
  const enhanced = formData.get("enhanced") === "1";
  const parsed = commentInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return {
      ok: false,
      message: "Bitte prüfe die markierten Felder.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  }
  const input = parsed.data;
  let comment;
  try {
    if (!input.formToken) {
      // Cached post pages carry no form token; without JavaScript, the first submission fetches one
      await requireCommentablePost(input.postId, input.parentId);
      return {
        ok: false,
        message: "Fast geschafft: Bitte prüfe deinen Kommentar und schicke ihn dann noch einmal ab.",
        values,
        confirm: await issueCommentForm(input.postId),
      };
    }
    comment = await submitComment(input, {
      clientAddress: await getClientAddress(),
      readerToken: await ensureReaderToken(),
      user: await getCurrentUser(),
    });
  } catch (error) {
    const failure = failureFrom(error);
    return { ok: false, message: failure.message, fieldErrors: failure.fieldErrors, values };
  }
  await rememberCommenter(
    input.remember ? { name: input.name, email: input.email, url: input.url ?? "" } : null,
  );
  const pending = comment.status !== "APPROVED";
  if (pending) {
    // Only its writer sees a waiting comment: their next requests get the post rendered for them
    await markCommentWaiting();
  } else {
    refreshCommentCaches([comment.postId]);
  }
  // A waiting comment shows in the writer's view of the post; an approved one on its comment page
  if (!enhanced) {
    redirect(
      pending
        ? `/posts/${comment.postSlug}#comment-${comment.id}`
        : commentPermalink(comment.postSlug, comment.id),
    );
  }
  return {
    ok: true,
    message: pending
      ? "Danke! Dein Kommentar wartet auf Freischaltung."
      : "Danke! Dein Kommentar ist veröffentlicht.",
    commentId: comment.id,
    permalink: commentPermalink(comment.postSlug, comment.id),
    waiting: pending
      ? {
          id: comment.id,
          parentId: comment.parentId,
          authorName: comment.authorName,
          authorUrl: comment.authorUrl,
          body: input.body,
          createdAt: new Date().toISOString(),
        }
      : null,
  };
}
