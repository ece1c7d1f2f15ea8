// The outbox: every mail the site sends is first a row here, written in the same breath as the
// change that caused it (a new post's many mails: by a durable mark on the post, see
// queueDueNewPostMails), and later handed to SMTP by the worker (lib/mail/worker.ts). The dedupe
// key makes queueing idempotent ("new-post:<postId>:<subscriberId>"): each mail exists once.
import "server-only";
import { db } from "../db";
import { Prisma, type OutboxStatus, type PrismaClient } from "../generated/sqlite/client";
import { wakeMailWorker } from "../mail/wake";

type OutboxStore = Pick<PrismaClient, "outboxMail">;
type RawStore = Pick<PrismaClient, "$executeRaw">;

export interface EnqueueOptions {
  /** A withdrawn mail (its post was unpublished) with the same key is queued again */
  reviveCancelled?: boolean;
}

export interface NewMail {
  dedupeKey: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  postId?: number | null;
  subscriberId?: number | null;
  /** Not before this moment (default: now) */
  notBefore?: Date;
}

function rowOf(mail: NewMail, now: Date): Prisma.OutboxMailCreateManyInput {
  return {
    dedupeKey: mail.dedupeKey,
    kind: mail.kind,
    toAddress: mail.to,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html,
    headers: JSON.stringify(mail.headers ?? {}),
    postId: mail.postId ?? null,
    subscriberId: mail.subscriberId ?? null,
    nextAttemptAt: mail.notBefore ?? now,
    createdAt: now,
  };
}

/** Queues one mail unless a mail with its key exists; pass a transaction to queue with a change */
export async function enqueueMail(mail: NewMail, store: OutboxStore = db): Promise<void> {
  const now = new Date();
  await store.outboxMail.upsert({
    where: { dedupeKey: mail.dedupeKey },
    create: rowOf(mail, now) as Prisma.OutboxMailCreateInput,
    update: {},
  });
  wakeMailWorker();
}

/** Mails per INSERT; callers that render many mails render them this many at a time too */
export const OUTBOX_BATCH_SIZE = 500;

/** Queues many mails at once (an episode to every subscriber); keys already queued are skipped */
export async function enqueueMails(
  mails: NewMail[],
  store: RawStore = db,
  options: EnqueueOptions = {},
): Promise<number> {
  const now = new Date();
  let queued = 0;
  for (let start = 0; start < mails.length; start += OUTBOX_BATCH_SIZE) {
    const values = mails.slice(start, start + OUTBOX_BATCH_SIZE).map((mail) => {
      const row = rowOf(mail, now);
      return Prisma.sql`(${row.dedupeKey}, ${row.kind}, ${row.toAddress}, ${row.subject}, ${row.textBody}, ${row.htmlBody}, ${row.headers}, ${row.postId}, ${row.subscriberId}, ${row.nextAttemptAt}, ${row.createdAt})`;
    });
    // Plain SQL both databases understand; a mail already queued stays as it is
    const onConflict = options.reviveCancelled
      ? Prisma.sql`DO UPDATE SET "status" = 'PENDING', "nextAttemptAt" = excluded."nextAttemptAt" WHERE "OutboxMail"."status" = 'CANCELLED'`
      : Prisma.sql`DO NOTHING`;
    queued += await store.$executeRaw`
      INSERT INTO "OutboxMail" ("dedupeKey", "kind", "toAddress", "subject", "textBody", "htmlBody", "headers", "postId", "subscriberId", "nextAttemptAt", "createdAt")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("dedupeKey") ${onConflict}`;
  }
  if (queued > 0) wakeMailWorker();
  return queued;
}

/** Mails not yet handed to SMTP are withdrawn (e.g. an episode unpublished before sending) */
export async function cancelUnsentMails(where: Prisma.OutboxMailWhereInput, store: OutboxStore = db) {
  // A mail in flight is withdrawn too: its worker then finds it no longer SENDING and aborts
  const result = await store.outboxMail.updateMany({
    where: { ...where, status: { in: ["PENDING", "SENDING"] } },
    data: { status: "CANCELLED", lockedBy: null, lockedAt: null },
  });
  return result.count;
}

// ─────────────────────────────── for the worker ───────────────────────────────

export const outboxMailSelect = {
  id: true,
  dedupeKey: true,
  kind: true,
  toAddress: true,
  subject: true,
  textBody: true,
  htmlBody: true,
  headers: true,
  attempts: true,
  createdAt: true,
} as const satisfies Prisma.OutboxMailSelect;

export type OutboxMail = Prisma.OutboxMailGetPayload<{ select: typeof outboxMailSelect }>;

/**
 * Claims up to `limit` mails for this worker: due ones, and ones whose worker vanished (their
 * lease ran out before they were recorded as sent, so the server never got their final dot).
 * Several workers may claim at once; each row goes to one of them.
 */
export async function claimMails(
  workerId: string,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<OutboxMail[]> {
  const leaseExpired = new Date(now.getTime() - leaseMs);
  const abandoned = await db.outboxMail.findMany({
    where: { status: "SENDING", lockedAt: { lt: leaseExpired } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  const due =
    abandoned.length < limit
      ? await db.outboxMail.findMany({
          where: { status: "PENDING", nextAttemptAt: { lte: now } },
          orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
          take: limit - abandoned.length,
          select: { id: true },
        })
      : [];
  const ids = [...abandoned, ...due].map((row) => row.id);
  if (ids.length === 0) return [];
  // The conditions again in the update: a row another worker took in between is left alone
  await db.outboxMail.updateMany({
    where: {
      id: { in: ids },
      OR: [{ status: "PENDING" }, { status: "SENDING", lockedAt: { lt: leaseExpired } }],
    },
    data: { status: "SENDING", lockedBy: workerId, lockedAt: now, attempts: { increment: 1 } },
  });
  return db.outboxMail.findMany({
    where: { id: { in: ids }, status: "SENDING", lockedBy: workerId, lockedAt: now },
    orderBy: { id: "asc" },
    select: outboxMailSelect,
  });
}

/** Claimed mails a stopping worker did not get to go back to the queue at once */
export async function releaseMails(ids: number[], workerId: string): Promise<void> {
  if (ids.length === 0) return;
  await db.outboxMail.updateMany({
    where: { id: { in: ids }, status: "SENDING", lockedBy: workerId },
    data: { status: "PENDING", lockedBy: null, lockedAt: null, attempts: { decrement: 1 } },
  });
}

/** The commit point: true when the mail is now recorded as sent by this worker */
export async function markMailSent(id: number, workerId: string, now: Date): Promise<boolean> {
  const result = await db.outboxMail.updateMany({
    where: { id, status: "SENDING", lockedBy: workerId },
    data: { status: "SENT", sentAt: now, lockedAt: null, lastError: null },
  });
  return result.count === 1;
}

export const MAX_MAIL_ATTEMPTS = 8;

/** 30 s, 1 min, 2 min … capped at 6 hours */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60 * 1000);
}

/** The server did not take the mail: try again later, or give up for good */
export async function recordMailFailure(
  mail: Pick<OutboxMail, "id" | "attempts">,
  workerId: string,
  failure: { error: string; permanent: boolean },
  now: Date,
): Promise<OutboxStatus> {
  const status: OutboxStatus = failure.permanent || mail.attempts >= MAX_MAIL_ATTEMPTS ? "FAILED" : "PENDING";
  await db.outboxMail.updateMany({
    where: { id: mail.id, lockedBy: workerId, status: { in: ["SENDING", "SENT"] } },
    data: {
      status,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
      lastError: failure.error.slice(0, 1000),
      lockedBy: null,
      lockedAt: null,
      sentAt: null,
    },
  });
  return status;
}

/** Sent, but the connection broke before the server confirmed: kept as sent, so nobody gets it twice */
export async function noteUnconfirmedHandover(id: number, error: string): Promise<void> {
  await db.outboxMail.update({
    where: { id },
    data: { lastError: `Übergabe nicht bestätigt (nicht erneut gesendet): ${error}`.slice(0, 1000) },
  });
}

/** When the next mail falls due, to sleep until then */
export async function nextMailDueAt(): Promise<Date | null> {
  const next = await db.outboxMail.findFirst({
    where: { status: "PENDING" },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    select: { nextAttemptAt: true },
  });
  return next?.nextAttemptAt ?? null;
}
