// Checks email and password, with throttling per account and per client.
import "server-only";
import { verifyPassword } from "../auth/password";
import { signInKeys, signInLinkClientPolicy, signInLinkPolicy, signInPolicy } from "../auth/sign-in-throttle";
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

/** Only existing accounts that are not disabled may sign in through Auth.js; nobody registers */
export async function mayUseAuthjsSignIn(email: string | null | undefined): Promise<boolean> {
  if (!email) return false;
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { disabledAt: true },
  });
  return !!user && !user.disabledAt;
}

/** Counts a request for a sign-in link; anonymous visitors must not turn the site into a mail cannon */
export async function allowSignInLinkRequest(
  email: string,
  clientAddress: string,
): Promise<{ allowed: true } | { allowed: false; retryAfterMs: number }> {
  const [accountKey, clientKey] = signInKeys(email, clientAddress, await getServerSecret()).map(
    (key) => `link:${key}`,
  );
  const verdicts = [
    await recordRateLimitEvent(db, accountKey ?? "", signInLinkPolicy),
    await recordRateLimitEvent(db, clientKey ?? "", signInLinkClientPolicy),
  ];
  const refused = verdicts.filter((verdict) => !verdict.allowed);
  return refused.length === 0
    ? { allowed: true }
    : { allowed: false, retryAfterMs: Math.max(...refused.map((verdict) => verdict.retryAfterMs)) };
}
