// Anonymised anecdotes in the author area: the guard's findings on a post, their review (marked safe, or
// an editor's override of the publish gate), and the customer's release. Never read by public pages.
import "server-only";
import type { FindingKind } from "../anonymisation/guard";
import {
  describeFindings,
  findingsInPost,
  type PostFinding,
  type PostTexts,
} from "../anonymisation/post-findings";
import { can, type Actor } from "../auth/permissions";
import { db } from "../db";
import type { Prisma } from "../generated/sqlite/client";
import { InvalidInputError, NotAuthorisedError, NotFoundError } from "./errors";

type Client = Prisma.TransactionClient | typeof db;

export const overrideKind = "override";

/** Publishing was refused: the anecdote still has findings nobody resolved */
export class AnonymisationBlockedError extends InvalidInputError {
  constructor(
    readonly findings: PostFinding[],
    lead = "",
  ) {
    super(
      `${lead}Die Anekdote enthält noch mögliche Klarnamen: ${describeFindings(findings)}. Bitte ersetze sie durch Platzhalter oder markiere sie als unbedenklich.`,
      { anonymisation: findings.map((finding) => finding.text) },
    );
    this.name = "AnonymisationBlockedError";
  }
}

export interface ReviewView {
  kind: string;
  text: string;
  reason: string;
  userName: string | null;
  createdAt: Date;
}

const postTextSelect = {
  kind: true,
  title: true,
  excerpt: true,
  body: true,
  coverCaption: true,
  seoTitle: true,
  seoDescription: true,
  coverImage: { select: { caption: true, alt: true } },
} as const satisfies Prisma.PostSelect;

type PostTextRow = Prisma.PostGetPayload<{ select: typeof postTextSelect }>;

function textsOf(row: PostTextRow): PostTexts {
  return {
    title: row.title,
    excerpt: row.excerpt,
    body: row.body,
    caption: row.coverCaption || row.coverImage?.caption || "",
    alt: row.coverImage?.alt ?? "",
    seoTitle: row.seoTitle ?? "",
    seoDescription: row.seoDescription ?? "",
  };
}

/**
 * What still stands between anecdotes and the public: the guard's findings on each one's stored texts
 * that nobody marked safe or overrode, read in two queries for any number of posts. Articles are not
 * gated and have none.
 */
async function unresolvedFindingsByPost(
  client: Client,
  postIds: number[],
): Promise<Map<number, PostFinding[]>> {
  const findings = new Map<number, PostFinding[]>();
  if (postIds.length === 0) return findings;
  const [rows, reviews] = await Promise.all([
    client.post.findMany({
      where: { id: { in: postIds }, kind: "ANECDOTE" },
      select: { id: true, ...postTextSelect },
    }),
    client.anonymisationReview.findMany({
      where: { postId: { in: postIds } },
      select: { postId: true, text: true },
    }),
  ]);
  // Map.groupBy needs Node.js 21
  const reviewed = new Map<number, string[]>();
  for (const review of reviews)
    reviewed.set(review.postId, [...(reviewed.get(review.postId) ?? []), review.text]);
  for (const row of rows) findings.set(row.id, findingsInPost(textsOf(row), reviewed.get(row.id) ?? []));
  return findings;
}

export async function unresolvedFindingsOf(client: Client, postId: number): Promise<PostFinding[]> {
  return (await unresolvedFindingsByPost(client, [postId])).get(postId) ?? [];
}

/** Which of these posts are anecdotes with unresolved findings (the dashboard marks them held back) */
export async function postsWithUnresolvedFindings(client: Client, postIds: number[]): Promise<Set<number>> {
  const findings = await unresolvedFindingsByPost(client, postIds);
  return new Set([...findings].filter(([, found]) => found.length > 0).map(([id]) => id));
}

/**
 * The publish gate: refuses while findings are unresolved, unless an editor or administrator overrides
 * with a reason, which is recorded for each finding it lets through.
 */
export async function enforceAnonymisationGate(
  client: Client,
  actor: Actor,
  postId: number,
  overrideReason: string | undefined,
  /** Put before the message, e.g. when a save of a published anecdote was refused */
  lead = "",
): Promise<void> {
  if (overrideReason !== undefined && !can.overrideAnonymisation(actor))
    throw new NotAuthorisedError("Die Sperre aufheben darf nur die Redaktion.");
  const findings = await unresolvedFindingsOf(client, postId);
  if (findings.length === 0) return;
  if (overrideReason === undefined) throw new AnonymisationBlockedError(findings, lead);
  for (const finding of findings) {
    await client.anonymisationReview.upsert({
      where: { postId_kind_text: { postId, kind: overrideKind, text: finding.text } },
      create: { postId, kind: overrideKind, text: finding.text, reason: overrideReason, userId: actor.id },
      update: { reason: overrideReason, userId: actor.id, createdAt: new Date() },
    });
  }
}

async function requireEditablePost(actor: Actor | null, postId: number) {
  if (!can.enterAuthorArea(actor)) throw new NotAuthorisedError("Bitte melde dich an.");
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { id: true, authorId: true, kind: true, seriesId: true },
  });
  if (!post) throw new NotFoundError("Diesen Beitrag gibt es nicht.");
  if (!can.editPost(actor, post)) throw new NotAuthorisedError("Diesen Beitrag darfst du nicht bearbeiten.");
  return { user: actor, post };
}

async function reviewsOf(postId: number): Promise<ReviewView[]> {
  const rows = await db.anonymisationReview.findMany({
    where: { postId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { kind: true, text: true, reason: true, createdAt: true, user: { select: { name: true } } },
  });
  return rows.map(({ user, ...row }) => ({ ...row, userName: user?.name ?? null }));
}

/**
 * The guard over the texts the editor holds right now (saved or not), minus what was reviewed for this
 * post; with the reviews, so the editor can show what was marked safe and by whom.
 */
export async function checkPostTexts(
  actor: Actor | null,
  postId: number,
  texts: PostTexts,
): Promise<{ findings: PostFinding[]; reviews: ReviewView[] }> {
  await requireEditablePost(actor, postId);
  const reviews = await reviewsOf(postId);
  return {
    findings: findingsInPost(
      texts,
      reviews.map((review) => review.text),
    ),
    reviews,
  };
}

/** The saved post's unresolved findings and its reviews, for the editor page */
export async function getAnonymisationStatus(actor: Actor | null, postId: number) {
  await requireEditablePost(actor, postId);
  const [findings, reviews] = await Promise.all([unresolvedFindingsOf(db, postId), reviewsOf(postId)]);
  return { findings, reviews };
}

/** An author's decision that a flagged text identifies nobody; the same text is not flagged again */
export async function markFindingSafe(
  actor: Actor | null,
  postId: number,
  finding: { kind: FindingKind; text: string; reason: string },
): Promise<void> {
  const { user } = await requireEditablePost(actor, postId);
  await db.anonymisationReview.upsert({
    where: { postId_kind_text: { postId, kind: finding.kind, text: finding.text } },
    create: { postId, ...finding, userId: user.id },
    update: { reason: finding.reason, userId: user.id, createdAt: new Date() },
  });
}

export interface ReleaseInput {
  customerAgreed: boolean;
  agreedAt: Date | null;
  note: string;
}

/** The customer's release of an anecdote: author area only, never on a public page */
export async function getAnecdoteRelease(actor: Actor | null, postId: number): Promise<ReleaseInput> {
  await requireEditablePost(actor, postId);
  const release = await db.anecdoteRelease.findUnique({
    where: { postId },
    select: { customerAgreed: true, agreedAt: true, note: true },
  });
  return release ?? { customerAgreed: false, agreedAt: null, note: "" };
}

export async function saveAnecdoteRelease(
  actor: Actor | null,
  postId: number,
  release: ReleaseInput,
): Promise<void> {
  await requireEditablePost(actor, postId);
  await db.anecdoteRelease.upsert({ where: { postId }, create: { postId, ...release }, update: release });
}
