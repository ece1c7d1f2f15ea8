// The signed links in subscription mails. Nothing of them is stored: each carries the subscriber,
// their token version (raised to invalidate every earlier link) and what it is for.
import { z } from "zod";
import { signToken, verifyToken } from "../signed-token";

/** A series by id, or the whole blog */
export type SubscriptionScope = number | "blog";

const scopeSchema = z.union([z.literal("blog"), z.number().int().positive()]);

/** Confirmation links expire; manage and unsubscribe links live as long as the token version */
export const CONFIRM_LINK_MAX_AGE_MS = 3 * 24 * 60 * 60 * 1000;

const confirmSchema = z.object({
  s: z.number().int().positive(),
  v: z.number().int().positive(),
  c: scopeSchema,
  x: z.number().int().positive(),
});

const manageSchema = z.object({ s: z.number().int().positive(), v: z.number().int().positive() });

const unsubscribeSchema = manageSchema.extend({ c: scopeSchema });

export interface Subscriber {
  id: number;
  tokenVersion: number;
}

export function confirmToken(
  subscriber: Subscriber,
  scope: SubscriptionScope,
  secret: string,
  now = Date.now(),
) {
  return signToken(
    { s: subscriber.id, v: subscriber.tokenVersion, c: scope, x: now + CONFIRM_LINK_MAX_AGE_MS },
    secret,
    "subscription-confirm",
  );
}

export type ConfirmVerdict =
  | { ok: true; subscriberId: number; tokenVersion: number; scope: SubscriptionScope }
  | { ok: false; reason: "invalid" | "expired" };

export function readConfirmToken(token: string, secret: string, now = Date.now()): ConfirmVerdict {
  const payload = verifyToken(token, secret, "subscription-confirm", confirmSchema);
  if (!payload) return { ok: false, reason: "invalid" };
  if (payload.x < now) return { ok: false, reason: "expired" };
  return { ok: true, subscriberId: payload.s, tokenVersion: payload.v, scope: payload.c };
}

export function manageToken(subscriber: Subscriber, secret: string): string {
  return signToken({ s: subscriber.id, v: subscriber.tokenVersion }, secret, "subscription-manage");
}

export function readManageToken(token: string, secret: string) {
  const payload = verifyToken(token, secret, "subscription-manage", manageSchema);
  return payload && { subscriberId: payload.s, tokenVersion: payload.v };
}

/** For one-click unsubscribing (RFC 8058): leaves what the mail came from */
export function unsubscribeToken(subscriber: Subscriber, scope: SubscriptionScope, secret: string): string {
  return signToken(
    { s: subscriber.id, v: subscriber.tokenVersion, c: scope },
    secret,
    "subscription-unsubscribe",
  );
}

export function readUnsubscribeToken(token: string, secret: string) {
  const payload = verifyToken(token, secret, "subscription-unsubscribe", unsubscribeSchema);
  return payload && { subscriberId: payload.s, tokenVersion: payload.v, scope: payload.c };
}
