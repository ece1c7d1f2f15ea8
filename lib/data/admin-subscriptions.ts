// The author area's view of subscribers and of the mail outbox: editors and administrators only.
import "server-only";
import { can, type Actor } from "../auth/permissions";
import { db } from "../db";
import type { OutboxStatus, Prisma } from "../generated/sqlite/client";
import { NotAuthorisedError, NotFoundError } from "./errors";
import { wakeMailWorker } from "../mail/wake";
import { cancelUnsentMails } from "./outbox";

function requireManager(actor: Actor | null): Actor {
  if (!actor) throw new NotAuthorisedError("Bitte melde dich an.");
  if (!can.manageSubscribers(actor)) throw new NotAuthorisedError("Abonnements verwaltet die Redaktion.");
  return actor;
}

export const SUBSCRIBER_PAGE_SIZE = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ScopeFigures {
  /** null: the whole blog */
  seriesId: number | null;
  title: string;
  confirmed: number;
  /** Subscriptions started in the last 30 days */
  recent: number;
  /** New subscriptions per month, oldest first, for the last six months */
  growth: { month: string; count: number }[];
}

function lastSixMonths(now: Date): string[] {
  return Array.from({ length: 6 }, (_, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 5 + index, 1));
    return date.toISOString().slice(0, 7);
  });
}

/** Confirmed subscribers per series (and for the whole blog), with their growth */
export async function getSubscriptionFigures(actor: Actor | null, now = new Date()) {
  requireManager(actor);
  const months = lastSixMonths(now);
  const since = new Date(`${months[0]}-01T00:00:00Z`);
  const [series, counts, recent, started, pending] = await Promise.all([
    db.series.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.subscription.groupBy({
      by: ["seriesId"],
      where: { subscriber: { status: "CONFIRMED" } },
      _count: { _all: true },
    }),
    db.subscription.groupBy({
      by: ["seriesId"],
      where: {
        subscriber: { status: "CONFIRMED" },
        createdAt: { gte: new Date(now.getTime() - 30 * DAY_MS) },
      },
      _count: { _all: true },
    }),
    db.subscription.findMany({
      where: { subscriber: { status: "CONFIRMED" }, createdAt: { gte: since } },
      select: { seriesId: true, createdAt: true },
    }),
    db.subscriber.count({ where: { status: "PENDING" } }),
  ]);
  const countOf = (groups: typeof counts, seriesId: number | null) =>
    groups.find((group) => group.seriesId === seriesId)?._count._all ?? 0;
  const figures = (seriesId: number | null, title: string): ScopeFigures => ({
    seriesId,
    title,
    confirmed: countOf(counts, seriesId),
    recent: countOf(recent, seriesId),
    growth: months.map((month) => ({
      month,
      count: started.filter(
        (subscription) =>
          subscription.seriesId === seriesId && subscription.createdAt.toISOString().slice(0, 7) === month,
      ).length,
    })),
  });
  return {
    scopes: [figures(null, "Ganzes Blog"), ...series.map((entry) => figures(entry.id, entry.title))],
    confirmedSubscribers: await db.subscriber.count({ where: { status: "CONFIRMED" } }),
    pending,
  };
}

export interface SubscriberFilters {
  /** A series id, "blog", or everything */
  scope?: number | "blog";
  query?: string;
  page?: number;
}

function subscriberWhere(filters: SubscriberFilters): Prisma.SubscriberWhereInput {
  return {
    status: { not: "UNSUBSCRIBED" },
    ...(filters.scope !== undefined
      ? { subscriptions: { some: { seriesId: filters.scope === "blog" ? null : filters.scope } } }
      : {}),
    ...(filters.query ? { email: { contains: filters.query.toLowerCase() } } : {}),
  };
}

const subscriberSelect = {
  id: true,
  email: true,
  status: true,
  confirmedAt: true,
  createdAt: true,
  subscriptions: { select: { seriesId: true, series: { select: { title: true } } } },
} as const satisfies Prisma.SubscriberSelect;

export async function listSubscribers(actor: Actor | null, filters: SubscriberFilters) {
  requireManager(actor);
  const page = Math.max(1, filters.page ?? 1);
  const where = subscriberWhere(filters);
  const [subscribers, total] = await Promise.all([
    db.subscriber.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SUBSCRIBER_PAGE_SIZE,
      take: SUBSCRIBER_PAGE_SIZE,
      select: subscriberSelect,
    }),
    db.subscriber.count({ where }),
  ]);
  return { subscribers, total, page, totalPages: Math.max(1, Math.ceil(total / SUBSCRIBER_PAGE_SIZE)) };
}

/** A CSV field that a spreadsheet shows as text, never runs as a formula */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function exportSubscribersCsv(actor: Actor | null, filters: SubscriberFilters): Promise<string> {
  requireManager(actor);
  const rows = await db.subscriber.findMany({
    where: subscriberWhere(filters),
    orderBy: { id: "asc" },
    select: subscriberSelect,
  });
  const lines = [["E-Mail", "Status", "Bestätigt", "Angemeldet", "Abos"].join(",")];
  for (const row of rows) {
    const scopes = row.subscriptions
      .map((subscription) => subscription.series?.title ?? "Ganzes Blog")
      .sort()
      .join(" | ");
    lines.push(
      [row.email, row.status, row.confirmedAt?.toISOString() ?? "", row.createdAt.toISOString(), scopes]
        .map(csvField)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Removes a subscriber and everything kept about them; unsent mails to them are withdrawn */
export async function removeSubscriber(actor: Actor | null, subscriberId: number): Promise<void> {
  requireManager(actor);
  const subscriber = await db.subscriber.findUnique({ where: { id: subscriberId }, select: { id: true } });
  if (!subscriber) throw new NotFoundError("Diesen Abonnenten gibt es nicht mehr.");
  await db.$transaction(async (tx) => {
    await cancelUnsentMails({ subscriberId }, tx);
    await tx.subscriber.delete({ where: { id: subscriberId } });
  });
}

// ───────────────────────────────── the outbox ─────────────────────────────────

export const OUTBOX_PAGE_SIZE = 50;

export async function listOutbox(actor: Actor | null, filters: { status?: OutboxStatus; page?: number }) {
  requireManager(actor);
  const page = Math.max(1, filters.page ?? 1);
  const where: Prisma.OutboxMailWhereInput = filters.status ? { status: filters.status } : {};
  const [mails, total, byStatus] = await Promise.all([
    db.outboxMail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        toAddress: true,
        subject: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        sentAt: true,
        lastError: true,
        createdAt: true,
      },
    }),
    db.outboxMail.count({ where }),
    db.outboxMail.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts: Record<OutboxStatus, number> = { PENDING: 0, SENDING: 0, SENT: 0, FAILED: 0, CANCELLED: 0 };
  for (const group of byStatus) counts[group.status] = group._count._all;
  return { mails, counts, page, totalPages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

/** A mail that failed for good is tried again now, from a fresh count */
export async function retryMail(actor: Actor | null, id: number): Promise<void> {
  requireManager(actor);
  const result = await db.outboxMail.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lastError: null },
  });
  if (result.count === 0)
    throw new NotFoundError("Diese E-Mail wartet nicht (mehr) auf einen neuen Versuch.");
  wakeMailWorker();
}
