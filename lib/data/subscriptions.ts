// Readers who follow a series (or the whole blog) by email: double opt-in, signed links that are
// never stored, consent records, and one mail per subscriber for every new post, through the outbox.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/sqlite/client";
import { checkRateLimit, recordRateLimitEvent, type RateLimitPolicy } from "../rate-limit";
import { saltedHash } from "../signed-token";
import { absoluteUrl, siteConfig } from "../site-config";
import {
  confirmToken,
  manageToken,
  readConfirmToken,
  readManageToken,
  readUnsubscribeToken,
  unsubscribeToken,
  type SubscriptionScope,
} from "../subscriptions/links";
import { alreadySubscribedMail, confirmationMail, newPostMail } from "../subscriptions/mails";
import type { SubscribeInput } from "../validations/subscription";
import { InvalidInputError, NotFoundError } from "./errors";
import { cancelUnsentMails, enqueueMail, enqueueMails, OUTBOX_BATCH_SIZE, type NewMail } from "./outbox";
import { getServerSecret } from "./server-secret";

type Store = Prisma.TransactionClient;

/** Unconfirmed requests are forgotten after this long */
const UNCONFIRMED_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

/** Per client: a few addresses an hour (a household, a typo); per address: a few mails a day */
const perClientPolicy: RateLimitPolicy = {
  limit: 6,
  windowMs: 60 * 60 * 1000,
  lockMs: 60 * 60 * 1000,
  maxLockMs: 24 * 60 * 60 * 1000,
};
const perAddressPolicy: RateLimitPolicy = {
  limit: 4,
  windowMs: 24 * 60 * 60 * 1000,
  lockMs: 24 * 60 * 60 * 1000,
  maxLockMs: 7 * 24 * 60 * 60 * 1000,
};

const scopeKey = (scope: SubscriptionScope) => (scope === "blog" ? "blog" : `series:${scope}`);
const scopeOf = (seriesId: number | null): SubscriptionScope => seriesId ?? "blog";

async function scopeTitle(scope: SubscriptionScope): Promise<string> {
  if (scope === "blog") return `Alle neuen Beiträge auf ${siteConfig.name}`;
  const series = await db.series.findUnique({ where: { id: scope }, select: { title: true } });
  if (!series) throw new NotFoundError("Diese Serie gibt es nicht (mehr).");
  return `Serie „${series.title}“`;
}

function manageUrl(subscriber: { id: number; tokenVersion: number }, secret: string): string {
  return absoluteUrl(`/abo/verwalten?token=${manageToken(subscriber, secret)}`);
}

/**
 * A request from the subscribe form. It always ends the same way for the person asking ("check
 * your inbox"), so the form reveals nothing about which addresses are known; the mail says what
 * happened: a link to confirm, or that nothing changed.
 */
export async function requestSubscription(
  input: SubscribeInput,
  context: { clientAddress: string; now?: Date },
): Promise<void> {
  const now = context.now ?? new Date();
  // A filled honeypot: a bot, told the usual and given nothing
  if (input.website) return;
  const scope = scopeOf(input.seriesId);
  const title = await scopeTitle(scope);
  const secret = await getServerSecret();
  const ipHash = saltedHash(context.clientAddress, secret, "client");
  const limits = [
    { key: `subscribe:client:${ipHash}`, policy: perClientPolicy },
    { key: `subscribe:email:${saltedHash(input.email, secret, "email")}`, policy: perAddressPolicy },
  ];
  for (const { key, policy } of limits) {
    if (!(await checkRateLimit(db, key, policy, now)).allowed) throw tooMany();
  }
  for (const { key, policy } of limits) {
    if (!(await recordRateLimitEvent(db, key, policy, now)).allowed) throw tooMany();
  }
  await db.subscriber.deleteMany({
    where: { status: "PENDING", createdAt: { lt: new Date(now.getTime() - UNCONFIRMED_KEPT_MS) } },
  });
  await db.$transaction(async (tx) => {
    const subscriber = await tx.subscriber.upsert({
      where: { email: input.email },
      create: { email: input.email, locale: siteConfig.locale, createdAt: now },
      update: {},
      select: {
        id: true,
        status: true,
        tokenVersion: true,
        subscriptions: { where: { seriesId: input.seriesId }, select: { id: true } },
      },
    });
    await tx.consent.create({
      data: {
        subscriberId: subscriber.id,
        action: "requested",
        scope: scopeKey(scope),
        ipHash,
        createdAt: now,
      },
    });
    const known = subscriber.status === "CONFIRMED" && subscriber.subscriptions.length > 0;
    const parts = known
      ? alreadySubscribedMail({
          siteName: siteConfig.name,
          scopeTitle: title,
          manageUrl: manageUrl(subscriber, secret),
        })
      : confirmationMail({
          siteName: siteConfig.name,
          scopeTitle: title,
          confirmUrl: absoluteUrl(
            `/abo/bestaetigen?token=${confirmToken(subscriber, scope, secret, now.getTime())}`,
          ),
        });
    await enqueueMail(
      {
        dedupeKey: `subscription-${known ? "known" : "confirm"}:${subscriber.id}:${scopeKey(scope)}:${now.getTime()}`,
        kind: known ? "subscription-known" : "subscription-confirm",
        to: input.email,
        subscriberId: subscriber.id,
        ...parts,
      },
      tx,
    );
  });
}

function tooMany(): InvalidInputError {
  return new InvalidInputError("Zu viele Anfragen in kurzer Zeit. Bitte versuche es später noch einmal.");
}

export type ConfirmOutcome = { scopeTitle: string; manageUrl: string; alreadyConfirmed: boolean };

const invalidLink = () =>
  new InvalidInputError(
    "Dieser Bestätigungslink ist ungültig. Bitte kopiere ihn vollständig aus der E-Mail.",
  );

/** The confirmation link's target: the subscription starts, and the consent is recorded */
export async function confirmSubscription(
  token: string,
  context: { clientAddress: string; now?: Date },
): Promise<ConfirmOutcome> {
  const now = context.now ?? new Date();
  const secret = await getServerSecret();
  const verdict = readConfirmToken(token, secret, now.getTime());
  if (!verdict.ok) {
    if (verdict.reason === "expired") {
      throw new InvalidInputError(
        "Dieser Bestätigungslink ist abgelaufen. Bitte abonniere einfach noch einmal.",
      );
    }
    throw invalidLink();
  }
  const subscriber = await db.subscriber.findUnique({
    where: { id: verdict.subscriberId },
    select: { id: true, status: true, tokenVersion: true },
  });
  if (!subscriber || subscriber.tokenVersion !== verdict.tokenVersion) throw invalidLink();
  const title = await scopeTitle(verdict.scope);
  const seriesId = verdict.scope === "blog" ? null : verdict.scope;
  const existing = await db.subscription.findFirst({ where: { subscriberId: subscriber.id, seriesId } });
  if (existing && subscriber.status === "CONFIRMED") {
    return { scopeTitle: title, manageUrl: manageUrl(subscriber, secret), alreadyConfirmed: true };
  }
  await db.$transaction(async (tx) => {
    await tx.subscriber.update({
      where: { id: subscriber.id },
      data: { status: "CONFIRMED", confirmedAt: now },
    });
    if (!existing)
      await tx.subscription.create({ data: { subscriberId: subscriber.id, seriesId, createdAt: now } });
    await tx.consent.create({
      data: {
        subscriberId: subscriber.id,
        action: "confirmed",
        scope: scopeKey(verdict.scope),
        ipHash: saltedHash(context.clientAddress, secret, "client"),
        createdAt: now,
      },
    });
  });
  return { scopeTitle: title, manageUrl: manageUrl(subscriber, secret), alreadyConfirmed: false };
}

async function subscriberForManageToken(token: string) {
  const link = readManageToken(token, await getServerSecret());
  if (!link) return null;
  const subscriber = await db.subscriber.findUnique({
    where: { id: link.subscriberId },
    select: {
      id: true,
      email: true,
      status: true,
      tokenVersion: true,
      subscriptions: { select: { seriesId: true } },
    },
  });
  return subscriber && subscriber.tokenVersion === link.tokenVersion ? subscriber : null;
}

export interface ManageView {
  email: string;
  blog: boolean;
  seriesIds: number[];
  series: { id: number; title: string }[];
}

/** What the manage page shows; null for a link that is not (or no longer) valid */
export async function getManageView(token: string): Promise<ManageView | null> {
  const subscriber = await subscriberForManageToken(token);
  if (!subscriber) return null;
  const series = await db.series.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true } });
  const active = subscriber.status === "CONFIRMED";
  return {
    email: subscriber.email,
    blog: active && subscriber.subscriptions.some((subscription) => subscription.seriesId === null),
    seriesIds: active
      ? subscriber.subscriptions.flatMap((subscription) =>
          subscription.seriesId === null ? [] : [subscription.seriesId],
        )
      : [],
    series,
  };
}

/** Mails not yet sent to this subscriber about posts they no longer follow are withdrawn */
async function withdrawUnfollowed(
  tx: Store,
  subscriberId: number,
  remaining: SubscriptionScope[],
): Promise<void> {
  if (remaining.includes("blog")) return;
  const unsent = await tx.outboxMail.findMany({
    where: { subscriberId, kind: "new-post", status: { in: ["PENDING", "SENDING"] } },
    select: { id: true, post: { select: { seriesId: true } } },
  });
  const withdrawn = unsent
    .filter((mail) => !remaining.includes(mail.post?.seriesId ?? "blog"))
    .map((mail) => mail.id);
  if (withdrawn.length > 0) await cancelUnsentMails({ id: { in: withdrawn } }, tx);
}

async function setScopes(
  tx: Store,
  subscriber: { id: number },
  scopes: SubscriptionScope[],
  consent: { action: string; ipHash: string; now: Date },
): Promise<void> {
  const seriesIds = scopes.filter((scope): scope is number => scope !== "blog");
  await tx.subscription.deleteMany({
    where: {
      subscriberId: subscriber.id,
      NOT: {
        OR: [...(scopes.includes("blog") ? [{ seriesId: null }] : []), { seriesId: { in: seriesIds } }],
      },
    },
  });
  const existing = await tx.subscription.findMany({
    where: { subscriberId: subscriber.id },
    select: { seriesId: true },
  });
  for (const scope of scopes) {
    const seriesId = scope === "blog" ? null : scope;
    if (!existing.some((subscription) => subscription.seriesId === seriesId)) {
      await tx.subscription.create({
        data: { subscriberId: subscriber.id, seriesId, createdAt: consent.now },
      });
    }
  }
  await tx.subscriber.update({
    where: { id: subscriber.id },
    data: { status: scopes.length > 0 ? "CONFIRMED" : "UNSUBSCRIBED" },
  });
  await tx.consent.create({
    data: {
      subscriberId: subscriber.id,
      action: consent.action,
      scope: scopes.map(scopeKey).join(",") || "none",
      ipHash: consent.ipHash,
      createdAt: consent.now,
    },
  });
  await withdrawUnfollowed(tx, subscriber.id, scopes);
}

/** The manage page: exactly these subscriptions from now on (none: unsubscribed from all) */
export async function updateSubscriptions(
  token: string,
  wanted: { blog: boolean; seriesIds: number[] },
  context: { clientAddress: string; now?: Date },
): Promise<{ active: number }> {
  const subscriber = await subscriberForManageToken(token);
  if (!subscriber) throw new InvalidInputError("Dieser Link ist ungültig oder nicht mehr gültig.");
  const known = new Set(
    (await db.series.findMany({ where: { id: { in: wanted.seriesIds } }, select: { id: true } })).map(
      (s) => s.id,
    ),
  );
  const scopes: SubscriptionScope[] = [
    ...(wanted.blog ? (["blog"] as const) : []),
    ...wanted.seriesIds.filter((id) => known.has(id)),
  ];
  const now = context.now ?? new Date();
  const ipHash = saltedHash(context.clientAddress, await getServerSecret(), "client");
  await db.$transaction((tx) =>
    setScopes(tx, subscriber, scopes, { action: scopes.length ? "changed" : "unsubscribed", ipHash, now }),
  );
  return { active: scopes.length };
}

/**
 * One-click unsubscribe (RFC 8058): leaves what the mail was sent for. The mail provider posts
 * without cookies or origin; the signed token is the only proof needed. Repeating it is harmless.
 */
export async function unsubscribeWithLink(token: string, context: { clientAddress: string; now?: Date }) {
  const secret = await getServerSecret();
  const link = readUnsubscribeToken(token, secret);
  if (!link) return { ok: false as const };
  const subscriber = await db.subscriber.findUnique({
    where: { id: link.subscriberId },
    select: { id: true, tokenVersion: true, subscriptions: { select: { seriesId: true } } },
  });
  if (!subscriber || subscriber.tokenVersion !== link.tokenVersion) return { ok: false as const };
  const remaining = subscriber.subscriptions
    .map((subscription) => scopeOf(subscription.seriesId))
    .filter((scope) => scope !== link.scope);
  const now = context.now ?? new Date();
  await db.$transaction((tx) =>
    setScopes(tx, subscriber, remaining, {
      action: "unsubscribed",
      ipHash: saltedHash(context.clientAddress, secret, "client"),
      now,
    }),
  );
  return { ok: true as const, scopeTitle: await scopeTitle(link.scope).catch(() => "dieses Abo") };
}

// ───────────────────────────── new posts go out ─────────────────────────────

/** A turn of the event loop: queueing thousands of mails must not hold up the pages being read */
const yieldToReaders = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Queues the new-post mails of every post that went live and whose mails are not queued yet (the
 * publish marks it: `newPostMailsDue`). Called right after a publish, outside its transaction, so
 * the new post shows without waiting for thousands of mails; and by the mail worker, which sweeps
 * up a mark that a server stopping in between left behind. Each post in its own transaction that
 * first takes the mark, so however many servers and workers sweep at once, its mails are queued
 * once; if queueing fails, the mark stays for the next sweep. Returns the number of mails queued.
 */
export async function queueDueNewPostMails(): Promise<number> {
  const due = await db.post.findMany({
    where: { newPostMailsDue: true },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  if (due.length === 0) return 0;
  const secret = await getServerSecret();
  let queued = 0;
  for (const { id } of due) {
    queued += await db.$transaction(
      async (tx) => {
        // Plain SQL: a Prisma update would also move the post's updatedAt ("last changed")
        const taken = await tx.$executeRaw`
          UPDATE "Post" SET "newPostMailsDue" = false
          WHERE "id" = ${id} AND "newPostMailsDue" = true AND "status" = 'PUBLISHED'`;
        return taken === 0 ? 0 : queueNewPostMails(tx, id, secret);
      },
      { timeout: 120_000 },
    );
  }
  return queued;
}

/**
 * One mail per confirmed subscriber of the post's series and of the whole blog (once per
 * subscriber, however many of their subscriptions match); mails withdrawn by an earlier
 * unpublishing come back.
 */
async function queueNewPostMails(tx: Store, postId: number, secret: string): Promise<number> {
  const post = await tx.post.findUnique({
    where: { id: postId },
    select: {
      id: true,
      slug: true,
      title: true,
      excerpt: true,
      seriesId: true,
      series: { select: { title: true, slug: true } },
    },
  });
  if (!post) return 0;
  const subscriptions = await tx.subscription.findMany({
    where: {
      subscriber: { status: "CONFIRMED" },
      OR: [{ seriesId: null }, ...(post.seriesId ? [{ seriesId: post.seriesId }] : [])],
    },
    select: { seriesId: true, subscriber: { select: { id: true, email: true, tokenVersion: true } } },
  });
  // A series subscription wins over the blog one: the mail then speaks of the series
  const bySubscriber = new Map<number, (typeof subscriptions)[number]>();
  for (const subscription of subscriptions) {
    const known = bySubscriber.get(subscription.subscriber.id);
    if (!known || known.seriesId === null) bySubscriber.set(subscription.subscriber.id, subscription);
  }
  const host = new URL(siteConfig.url).hostname;
  const postUrl = absoluteUrl(`/posts/${post.slug}`);
  const mailTo = ({ seriesId, subscriber }: (typeof subscriptions)[number]): NewMail => {
    const scope = scopeOf(seriesId);
    const unsubscribe = unsubscribeToken(subscriber, scope, secret);
    const parts = newPostMail({
      siteName: siteConfig.name,
      post: { title: post.title, excerpt: post.excerpt, url: postUrl },
      seriesTitle: seriesId !== null ? (post.series?.title ?? null) : null,
      manageUrl: manageUrl(subscriber, secret),
      unsubscribePageUrl: absoluteUrl(`/abo/abmelden?token=${unsubscribe}`),
      oneClickUrl: absoluteUrl(`/api/abo/abmelden?token=${unsubscribe}`),
      listId:
        seriesId !== null && post.series
          ? `${post.series.title} <${post.series.slug}.${host}>`
          : `${siteConfig.name} <blog.${host}>`,
    });
    return {
      dedupeKey: `new-post:${post.id}:${subscriber.id}`,
      kind: "new-post",
      to: subscriber.email,
      postId: post.id,
      subscriberId: subscriber.id,
      ...parts,
    };
  };
  // Rendered a batch at a time, with a turn of the event loop between batches for readers
  const recipients = [...bySubscriber.values()];
  let queued = 0;
  for (let start = 0; start < recipients.length; start += OUTBOX_BATCH_SIZE) {
    if (start > 0) await yieldToReaders();
    const mails = recipients.slice(start, start + OUTBOX_BATCH_SIZE).map(mailTo);
    queued += await enqueueMails(mails, tx, { reviveCancelled: true });
  }
  return queued;
}

/** Unpublished before its mails went out: the unsent ones are withdrawn */
export async function withdrawNewPostMails(tx: Store, postId: number): Promise<number> {
  return cancelUnsentMails({ postId, kind: "new-post" }, tx);
}
