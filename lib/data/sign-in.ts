// Checks email and password, with throttling per account and per client.
import "server-only";
import { verifyPassword } from "../auth/password";
import { signInKeys, signInPolicy } from "../auth/sign-in-throttle";
import { db } from "../db";
import { checkRateLimit, clearRateLimit, recordRateLimitEvent } from "../rate-limit";
import { getServerSecret } from "./server-secret";

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export async function verifySignIn(
  email: string,
  password: string,
  clientAddress: string,
): Promise<SignInResult> {
  const keys = signInKeys(email, clientAddress, await getServerSecret());
  for (const key of keys) {
    const verdict = await checkRateLimit(db, key, signInPolicy);
    if (!verdict.allowed) return { ok: false, reason: "throttled", retryAfterMs: verdict.retryAfterMs };
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  // Always verify (against a dummy hash when there is no account) so timing reveals nothing
  const valid = (await verifyPassword(user?.passwordHash ?? null, password)) && !!user && !user.disabledAt;
  if (valid) {
    await clearRateLimit(db, keys[0] ?? "");
    return { ok: true, userId: user.id };
  }
  let retryAfterMs = 0;
  for (const key of keys) {
    const verdict = await recordRateLimitEvent(db, key, signInPolicy);
    if (!verdict.allowed) retryAfterMs = Math.max(retryAfterMs, verdict.retryAfterMs);
  }
  return retryAfterMs > 0
    ? { ok: false, reason: "throttled", retryAfterMs }
    : { ok: false, reason: "invalid" };
}
