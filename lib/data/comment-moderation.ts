// The moderation queue: editors and administrators moderate every comment, authors the comments
// on their own posts. Every function checks the actor against each comment's post.
import "server-only";
import { can, type Actor } from "../auth/permissions";
import { placeReply } from "../comments/classify";
import { commentFingerprint } from "../comments/fingerprint";
import { refreshCommentCount } from "../counters";
import { db } from "../db";
import type { CommentStatus, Prisma } from "../generated/sqlite/client";
import { queueCommentNotifications } from "./comment-notifications";
import { InvalidInputError, NotAuthorisedError, NotFoundError } from "./errors";
import { getSiteSettings } from "./settings";

export type ModerationAction = "approve" | "unapprove" | "spam" | "trash" | "delete";

export const MODERATION_PAGE_SIZE = 50;

function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new NotAuthorisedError("Bitte melde dich an.");
  return actor;
}

/** The comments this actor may moderate */
function moderatedBy(actor: Actor): Prisma.CommentWhereInput {
  return can.moderateAllComments(actor) ? {} : { post: { authorId: actor.id } };
}

export interface ModerationFilters {
  status: CommentStatus;
  postId?: number;
  query?: string;
  page?: number;
}

export async function listCommentsForModeration(actor: Actor | null, filters: ModerationFilters) {
  const user = requireActor(actor);
  const page = Math.max(1, filters.page ?? 1);
  const where: Prisma.CommentWhereInput = {
    ...moderatedBy(user),
    status: filters.status,
    ...(filters.postId ? { postId: filters.postId } : {}),
    ...(filters.query
      ? {
          OR: [
            { authorName: { contains: filters.query } },
            { authorEmail: { contains: filters.query.toLowerCase() } },
            { body: { contains: filters.query } },
          ],
        }
      : {}),
  };
  const [comments, total, byStatus, post] = await Promise.all([
    db.comment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MODERATION_PAGE_SIZE,
      take: MODERATION_PAGE_SIZE,
      select: {
        id: true,
        authorName: true,
        authorEmail: true,
        authorUrl: true,
        body: true,
        status: true,
        heldFor: true,
        createdAt: true,
        userId: true,
        parent: { select: { id: true, authorName: true } },
        post: { select: { id: true, title: true, slug: true, status: true } },
      },
    }),
    db.comment.count({ where }),
    db.comment.groupBy({ by: ["status"], where: moderatedBy(user), _count: { _all: true } }),
    filters.postId
      ? db.post.findUnique({
          where: { id: filters.postId },
          select: { id: true, title: true, authorId: true },
        })
      : null,
  ]);
  const counts: Record<CommentStatus, number> = { PENDING: 0, APPROVED: 0, SPAM: 0, TRASH: 0 };
  for (const group of byStatus) counts[group.status] = group._count._all;
  return {
    comments,
    counts,
    page,
    totalPages: Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE)),
    post: post && can.moderateComments(user, post) ? { id: post.id, title: post.title } : null,
  };
}

/** What waits for this actor, for the navigation */
export async function countPendingComments(actor: Actor | null): Promise<number> {
  const user = requireActor(actor);
  return db.comment.count({ where: { ...moderatedBy(user), status: "PENDING" } });
}

async function requireModeratable(actor: Actor, ids: number[]) {
  const comments = await db.comment.findMany({
    where: { id: { in: ids } },
    select: { id: true, postId: true, status: true, post: { select: { authorId: true } } },
  });
  if (comments.length !== new Set(ids).size)
    throw new NotFoundError("Einen dieser Kommentare gibt es nicht mehr.");
  if (comments.some((comment) => !can.moderateComments(actor, comment.post))) {
    throw new NotAuthorisedError("Du moderierst nur Kommentare zu deinen eigenen Beiträgen.");
  }
  return comments;
}

const statusAfter: Record<Exclude<ModerationAction, "delete">, CommentStatus> = {
  approve: "APPROVED",
  unapprove: "PENDING",
  spam: "SPAM",
  trash: "TRASH",
};

/** Applies one action to many comments; returns the posts whose public comments changed */
export async function moderateComments(
  actor: Actor | null,
  ids: number[],
  action: ModerationAction,
): Promise<{ postIds: number[] }> {
  const user = requireActor(actor);
  if (ids.length === 0) throw new InvalidInputError("Bitte wähle mindestens einen Kommentar aus.");
  const comments = await requireModeratable(user, ids);
  const postIds = [...new Set(comments.map((comment) => comment.postId))];
  await db.$transaction(async (tx) => {
    if (action === "delete") {
      // Deleting for good is for what is already in spam or trash; replies stay, one level up
      if (comments.some((comment) => comment.status !== "SPAM" && comment.status !== "TRASH")) {
        throw new InvalidInputError("Endgültig löschen lässt sich nur, was im Spam oder Papierkorb liegt.");
      }
      for (const comment of comments) {
        const own = await tx.comment.findUniqueOrThrow({
          where: { id: comment.id },
          select: { parentId: true },
        });
        await tx.comment.updateMany({ where: { parentId: comment.id }, data: { parentId: own.parentId } });
      }
      await tx.comment.deleteMany({ where: { id: { in: ids } } });
    } else {
      await tx.comment.updateMany({
        where: { id: { in: ids } },
        data: { status: statusAfter[action], ...(action === "approve" ? { heldFor: "" } : {}) },
      });
    }
    for (const postId of postIds) await refreshCommentCount(tx, postId);
  });
  if (action === "approve") {
    for (const comment of comments) await queueCommentNotifications(comment.id);
  }
  return { postIds };
}

export async function editComment(
  actor: Actor | null,
  id: number,
  changes: { authorName: string; authorUrl: string | null; body: string },
): Promise<{ postId: number }> {
  const user = requireActor(actor);
  const [comment] = await requireModeratable(user, [id]);
  if (!comment) throw new NotFoundError("Diesen Kommentar gibt es nicht mehr.");
  await db.comment.update({ where: { id }, data: changes });
  return { postId: comment.postId };
}

/** The author (or an editor) answers from the queue: approved at once, and the parent too */
export async function replyToComment(
  actor: Actor | null,
  parentId: number,
  body: string,
): Promise<{ id: number; postId: number }> {
  const user = requireActor(actor);
  const [parent] = await requireModeratable(user, [parentId]);
  if (!parent) throw new NotFoundError("Diesen Kommentar gibt es nicht mehr.");
  if (parent.status === "SPAM" || parent.status === "TRASH") {
    throw new InvalidInputError("Auf Spam oder gelöschte Kommentare antwortet man nicht.");
  }
  const [account, full, settings] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, email: true } }),
    db.comment.findUniqueOrThrow({
      where: { id: parentId },
      select: { id: true, parentId: true, depth: true },
    }),
    getSiteSettings(),
  ]);
  const reply = await db.$transaction(async (tx) => {
    // Answering a waiting comment publishes it: nobody replies to what readers cannot see
    if (parent.status === "PENDING") {
      await tx.comment.update({ where: { id: parentId }, data: { status: "APPROVED", heldFor: "" } });
    }
    const created = await tx.comment.create({
      data: {
        postId: parent.postId,
        ...placeReply(full, settings.commentDepth),
        authorName: account.name,
        authorEmail: account.email,
        userId: user.id,
        body,
        status: "APPROVED",
        fingerprint: commentFingerprint(parent.postId, account.email, `${parentId}\n${body}`),
      },
      select: { id: true },
    });
    await refreshCommentCount(tx, parent.postId);
    return created;
  });
  if (parent.status === "PENDING") await queueCommentNotifications(parentId);
  await queueCommentNotifications(reply.id);
  return { id: reply.id, postId: parent.postId };
}
