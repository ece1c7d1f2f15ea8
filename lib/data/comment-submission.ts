// A reader's comment, from the form to the database: every check runs here, on the server, and a
// refused comment stores nothing. Spam defence is local: honeypot, signed form token, rate limits,
// duplicate detection, word lists, link count and (optionally) a question.
import "server-only";
import { findIdentifyingDetails } from "../anonymisation/guard";
import { can } from "../auth/permissions";
import type { CurrentUser } from "../auth/sessions";
import { classifyComment, placeReply } from "../comments/classify";
import { commentFingerprint } from "../comments/fingerprint";
import { saltedHash } from "../signed-token";
import { createChallenge } from "../comments/challenge";
import { hashChallengeAnswer, issueFormToken, verifyFormToken } from "../comments/form-token";
import { refreshCommentCount } from "../counters";
import { db } from "../db";
import { checkRateLimit, recordRateLimitEvent, type RateLimitPolicy } from "../rate-limit";
import type { CommentInput } from "../validations/comment";
import type { SiteSettings } from "../validations/settings";
import { queueCommentNotifications } from "./comment-notifications";
import { InvalidInputError, NotFoundError, uniqueViolationFields } from "./errors";
import { getServerSecret } from "./server-secret";
import { getSiteSettings } from "./settings";

export interface CommentContext {
  clientAddress: string;
  /** The reader's browser token (a cookie), so they alone see their comment while it waits */
  readerToken: string;
  /** Set when someone signed in comments (the post's author answering, an editor) */
  user: CurrentUser | null;
  now?: Date;
}

export interface SubmittedComment {
  id: number;
  postId: number;
  postSlug: string;
  /** Where it went in the thread (a reply beyond the deepest level attaches higher up) */
  parentId: number | null;
  /** As stored: a moderator writes under their account's name */
  authorName: string;
  authorUrl: string | null;
  status: "APPROVED" | "PENDING" | "SPAM";
}

const refused = (message: string, field?: keyof CommentInput) =>
  new InvalidInputError(message, field ? { [field]: [message] } : {});

const messages = {
  forged: "Das Formular ist ungültig. Bitte lade die Seite neu und schicke den Kommentar noch einmal.",
  "wrong-post": "Das Formular ist ungültig. Bitte lade die Seite neu und schicke den Kommentar noch einmal.",
  "too-fast": "Das ging sehr schnell. Bitte warte einen Moment und schicke den Kommentar dann noch einmal.",
  expired: "Das Formular ist älter als einen Tag. Bitte lade die Seite neu – kopiere vorher deinen Text.",
  replayed: "Dieses Formular wurde schon abgeschickt. Bitte lade die Seite neu.",
  duplicate: "Diesen Kommentar hast du schon geschickt.",
  closed: "Die Kommentare zu diesem Beitrag sind geschlossen.",
  noParent:
    "Auf diesen Kommentar kann man nicht antworten: Es gibt ihn hier nicht (mehr) oder er ist noch nicht freigeschaltet.",
  rejected: "Dein Kommentar konnte nicht angenommen werden.",
  wrongAnswer: "Die Antwort auf die Frage stimmt nicht.",
  reload: "Bitte lade die Seite neu: Das Formular hat sich geändert.",
} as const;

const tooMany = (retryAfterMs: number) =>
  refused(
    `Du hast gerade sehr viele Kommentare geschrieben. Bitte versuche es in ${Math.ceil(retryAfterMs / 60_000)} Minute(n) noch einmal.`,
  );

const hourlyPolicy = (perHour: number): RateLimitPolicy => ({
  // The event that reaches the limit is refused, so the limit is one above what is allowed
  limit: perHour + 1,
  windowMs: 60 * 60 * 1000,
  // Refused for the rest of an hour, longer for whoever keeps trying
  lockMs: 60 * 60 * 1000,
  maxLockMs: 4 * 60 * 60 * 1000,
});

/** Whether a post takes comments now: open, and not older than the site's closing age */
export function commentsAreOpen(
  post: { commentsOpen: boolean; publishedAt: Date | null },
  closeAfterDays: number,
  now = new Date(),
): boolean {
  if (!post.commentsOpen || !post.publishedAt) return false;
  return closeAfterDays === 0 || now.getTime() - post.publishedAt.getTime() < closeAfterDays * 86_400_000;
}

/**
 * The post a comment goes to, if it takes comments now, and where in the thread a reply goes:
 * only under an approved comment of the same post.
 */
export async function requireCommentablePost(
  postId: number,
  parentId: number | null,
  settings?: SiteSettings,
  now = new Date(),
) {
  const rules = settings ?? (await getSiteSettings());
  const post = await db.post.findFirst({
    where: { id: postId, status: "PUBLISHED" },
    select: { id: true, slug: true, kind: true, authorId: true, commentsOpen: true, publishedAt: true },
  });
  if (!post) throw new NotFoundError("Diesen Beitrag gibt es nicht (mehr).");
  if (!commentsAreOpen(post, rules.closeCommentsAfterDays, now)) throw refused(messages.closed);
  let placement = { parentId: null as number | null, depth: 0 };
  if (parentId !== null) {
    const parent = await db.comment.findFirst({
      where: { id: parentId, postId: post.id, status: "APPROVED" },
      select: { id: true, parentId: true, depth: true },
    });
    if (!parent) throw refused(messages.noParent);
    placement = placeReply(parent, rules.commentDepth);
  }
  return { post, placement };
}

export async function submitComment(input: CommentInput, context: CommentContext): Promise<SubmittedComment> {
  const now = context.now ?? new Date();
  const [secret, settings] = await Promise.all([getServerSecret(), getSiteSettings()]);

  const token = verifyFormToken(input.formToken, input.postId, secret, now.getTime());
  if (!token.ok) throw refused(messages[token.reason]);
  if (input.homepage) throw refused(messages.rejected);
  if (settings.commentChallenge || token.payload.answerHash) {
    if (!token.payload.answerHash) throw refused(messages.reload);
    const given = hashChallengeAnswer(input.challengeAnswer, token.payload.nonce, secret);
    if (given !== token.payload.answerHash) throw refused(messages.wrongAnswer, "challengeAnswer");
  }

  const { post, placement } = await requireCommentablePost(input.postId, input.parentId, settings, now);

  // Someone who may moderate this post writes as themselves, and is approved at once
  const moderator = context.user && can.moderateComments(context.user, post) ? context.user : null;
  const author = moderator
    ? { name: moderator.name, email: moderator.email, url: null }
    : { name: input.name, email: input.email, url: input.url };

  const ipHash = saltedHash(context.clientAddress, secret, "client");
  const limits = [
    { key: `comment:client:${ipHash}`, policy: hourlyPolicy(settings.commentsPerHourPerClient) },
    {
      key: `comment:email:${saltedHash(author.email, secret, "email")}`,
      policy: hourlyPolicy(settings.commentsPerHourPerEmail),
    },
  ];
  const fingerprint = commentFingerprint(post.id, author.email, input.body);
  if (await db.comment.findUnique({ where: { fingerprint }, select: { id: true } })) {
    throw refused(messages.duplicate, "body");
  }
  const knownCommenter =
    (await db.comment.count({ where: { authorEmail: author.email, status: "APPROVED" }, take: 1 })) > 0;
  const identifyingDetails =
    post.kind === "ANECDOTE" && !moderator
      ? findIdentifyingDetails(`${author.name}\n${input.body}`).length
      : 0;
  const verdict = classifyComment(
    { ...author, body: input.body, byModerator: !!moderator, knownCommenter, identifyingDetails },
    settings,
  );

  if (!moderator) {
    // Every limit is asked first, so a refusal by one does not count against the others
    for (const { key, policy } of limits) {
      const verdict = await checkRateLimit(db, key, policy, now);
      if (!verdict.allowed) throw tooMany(verdict.retryAfterMs);
    }
    for (const { key, policy } of limits) {
      const verdict = await recordRateLimitEvent(db, key, policy, now);
      if (!verdict.allowed) throw tooMany(verdict.retryAfterMs);
    }
  }
  let comment;
  try {
    comment = await db.$transaction(async (tx) => {
      const created = await tx.comment.create({
        data: {
          postId: post.id,
          ...placement,
          authorName: author.name,
          authorEmail: author.email,
          authorUrl: author.url,
          userId: moderator?.id ?? null,
          body: input.body,
          status: verdict.status,
          heldFor: verdict.reasons.join("; "),
          ipHash,
          readerTokenHash: saltedHash(context.readerToken, secret, "reader"),
          notifyOnReply: input.notify,
          fingerprint,
          formNonce: token.payload.nonce,
          createdAt: now,
        },
        select: { id: true, status: true },
      });
      if (created.status === "APPROVED") await refreshCommentCount(tx, post.id);
      return created;
    });
  } catch (error) {
    const fields = uniqueViolationFields(error);
    if (fields?.some((field) => field.includes("formNonce"))) throw refused(messages.replayed);
    if (fields?.some((field) => field.includes("fingerprint"))) throw refused(messages.duplicate, "body");
    throw error;
  }
  await queueCommentNotifications(comment.id);
  return {
    id: comment.id,
    postId: post.id,
    postSlug: post.slug,
    parentId: placement.parentId,
    authorName: author.name,
    authorUrl: author.url,
    status: verdict.status,
  };
}

/** The reader's own comments on a post that still wait (spam looks the same to its writer) */
export async function getReaderPendingComments(postId: number, readerToken: string | undefined) {
  if (!readerToken) return [];
  const readerTokenHash = saltedHash(readerToken, await getServerSecret(), "reader");
  return db.comment.findMany({
    where: { postId, status: { in: ["PENDING", "SPAM"] }, readerTokenHash },
    orderBy: { id: "asc" },
    select: { id: true, parentId: true, authorName: true, authorUrl: true, body: true, createdAt: true },
  });
}

export interface CommentFormSetup {
  formToken: string;
  /** The question to answer, when the site asks one */
  challenge: string | null;
}

/** A fresh, signed, single-use form for a post: one per comment a reader is about to write */
export async function issueCommentForm(postId: number): Promise<CommentFormSetup> {
  const [secret, settings] = await Promise.all([getServerSecret(), getSiteSettings()]);
  const challenge = settings.commentChallenge ? createChallenge() : null;
  return {
    formToken: issueFormToken(postId, secret, { challengeAnswer: challenge?.answer }),
    challenge: challenge?.question ?? null,
  };
}

/** When a post stops taking comments, or null when it stays open (or is closed already) */
export function commentsCloseAt(
  post: { commentsOpen: boolean; publishedAt: Date | null },
  closeAfterDays: number,
): Date | null {
  if (!post.commentsOpen || !post.publishedAt || closeAfterDays === 0) return null;
  return new Date(post.publishedAt.getTime() + closeAfterDays * 86_400_000);
}
