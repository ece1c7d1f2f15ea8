// Everything the site keeps about an email address (comments, subscriptions and their consent
// records, mails to it), for an administrator to hand out or erase on request.
import "server-only";
import { can, type Actor } from "../auth/permissions";
import { refreshCommentCount } from "../counters";
import { db } from "../db";
import { saltedHash } from "../signed-token";
import { NotAuthorisedError } from "./errors";
import { getServerSecret } from "./server-secret";

function requireAdministrator(actor: Actor | null): Actor {
  if (!can.managePersonalData(actor)) {
    throw new NotAuthorisedError("Auskunft und Löschung übernimmt die Administration.");
  }
  return actor as Actor;
}

export interface PersonalDataSummary {
  email: string;
  comments: number;
  subscriber: boolean;
  mails: number;
  /** An author account with this address is not touched here (accounts are managed separately) */
  account: boolean;
}

export async function summarisePersonalData(
  actor: Actor | null,
  email: string,
): Promise<PersonalDataSummary> {
  requireAdministrator(actor);
  const address = email.toLowerCase();
  const [comments, subscriber, mails, account] = await Promise.all([
    db.comment.count({ where: { authorEmail: address, userId: null } }),
    db.subscriber.count({ where: { email: address } }),
    db.outboxMail.count({ where: { toAddress: address } }),
    db.user.count({ where: { email: address } }),
  ]);
  return { email: address, comments, subscriber: subscriber > 0, mails, account: account > 0 };
}

/** A machine-readable copy of everything kept about the address (GDPR Art. 15 and 20) */
export async function exportPersonalData(actor: Actor | null, email: string) {
  requireAdministrator(actor);
  const address = email.toLowerCase();
  const [comments, subscriber, mails] = await Promise.all([
    db.comment.findMany({
      where: { authorEmail: address, userId: null },
      orderBy: { id: "asc" },
      select: {
        id: true,
        authorName: true,
        authorEmail: true,
        authorUrl: true,
        body: true,
        status: true,
        notifyOnReply: true,
        createdAt: true,
        post: { select: { title: true, slug: true } },
      },
    }),
    db.subscriber.findUnique({
      where: { email: address },
      select: {
        email: true,
        status: true,
        confirmedAt: true,
        createdAt: true,
        subscriptions: { select: { createdAt: true, series: { select: { title: true } } } },
        consents: { orderBy: { id: "asc" }, select: { action: true, scope: true, createdAt: true } },
      },
    }),
    db.outboxMail.findMany({
      where: { toAddress: address },
      orderBy: { id: "asc" },
      select: { kind: true, subject: true, status: true, createdAt: true, sentAt: true },
    }),
  ]);
  return {
    email: address,
    exportedAt: new Date().toISOString(),
    note: "Client addresses are kept only as salted hashes and cannot be given out.",
    comments: comments.map(({ post, ...comment }) => ({
      ...comment,
      post: post.title,
      postPath: `/posts/${post.slug}`,
    })),
    subscriber: subscriber && {
      ...subscriber,
      subscriptions: subscriber.subscriptions.map((subscription) => ({
        scope: subscription.series?.title ?? "Ganzes Blog",
        since: subscription.createdAt,
      })),
    },
    mails,
  };
}

/**
 * Erases everything kept about the address: its comments (replies to them stay, one level up),
 * its subscriber record with subscriptions and consents, mails to it, and its rate-limit counters.
 */
export async function erasePersonalData(actor: Actor | null, email: string) {
  requireAdministrator(actor);
  const address = email.toLowerCase();
  const comments = await db.comment.findMany({
    where: { authorEmail: address, userId: null },
    select: { id: true, parentId: true, postId: true },
  });
  const secret = await getServerSecret();
  const result = await db.$transaction(async (tx) => {
    for (const comment of comments) {
      await tx.comment.updateMany({ where: { parentId: comment.id }, data: { parentId: comment.parentId } });
    }
    const erasedComments = await tx.comment.deleteMany({ where: { id: { in: comments.map((c) => c.id) } } });
    for (const postId of new Set(comments.map((comment) => comment.postId)))
      await refreshCommentCount(tx, postId);
    const erasedSubscribers = await tx.subscriber.deleteMany({ where: { email: address } });
    const erasedMails = await tx.outboxMail.deleteMany({ where: { toAddress: address } });
    const emailHash = saltedHash(address, secret, "email");
    await tx.rateLimit.deleteMany({
      where: { key: { in: [`comment:email:${emailHash}`, `subscribe:email:${emailHash}`] } },
    });
    return {
      comments: erasedComments.count,
      subscriber: erasedSubscribers.count > 0,
      mails: erasedMails.count,
    };
  });
  return { ...result, postIds: [...new Set(comments.map((comment) => comment.postId))] };
}
