// Counters in the database for everything anonymous users can trigger, so limits
// hold across restarts and processes. Each key counts events in a fixed window;
// a key that reaches its limit is locked, and each further lock lasts twice as long.
import type { PrismaClient } from "./generated/sqlite/client";

type Store = Pick<PrismaClient, "rateLimit">;

export interface RateLimitPolicy {
  /** Events allowed in one window */
  limit: number;
  windowMs: number;
  /** First lock duration; doubles with every lock in a row (capped at maxLockMs) */
  lockMs: number;
  maxLockMs: number;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Whether `key` may act now, without counting anything */
export async function checkRateLimit(
  db: Store,
  key: string,
  policy: RateLimitPolicy,
  now = new Date(),
): Promise<RateLimitVerdict> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.resetAt <= now || row.count < policy.limit) return { allowed: true };
  return { allowed: false, retryAfterMs: row.resetAt.getTime() - now.getTime() };
}

/** Counts one event for `key`; the event that reaches the limit starts a lock */
export async function recordRateLimitEvent(
  db: Store,
  key: string,
  policy: RateLimitPolicy,
  now = new Date(),
): Promise<RateLimitVerdict> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  const windowOver = !row || row.resetAt <= now;
  // Strikes fade after a quiet spell as long as the longest lock
  const strikes = row && now.getTime() - row.resetAt.getTime() < policy.maxLockMs ? row.strikes : 0;
  const count = windowOver ? 1 : row.count + 1;
  let resetAt = windowOver ? new Date(now.getTime() + policy.windowMs) : row.resetAt;
  let nextStrikes = strikes;
  if (count >= policy.limit) {
    nextStrikes = strikes + 1;
    const lock = Math.min(policy.lockMs * 2 ** strikes, policy.maxLockMs);
    resetAt = new Date(now.getTime() + lock);
  }
  await db.rateLimit.upsert({
    where: { key },
    create: { key, count, resetAt, strikes: nextStrikes },
    update: { count, resetAt, strikes: nextStrikes },
  });
  return count >= policy.limit
    ? { allowed: false, retryAfterMs: resetAt.getTime() - now.getTime() }
    : { allowed: true };
}

export async function clearRateLimit(db: Store, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
