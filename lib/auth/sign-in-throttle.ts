// Throttling of sign-in attempts per account and per client address.
import { createHash } from "node:crypto";
import type { RateLimitPolicy } from "../rate-limit";

/** Four failures in 15 minutes are allowed; the fifth locks for a minute, then 2, 4 … up to an hour */
export const signInPolicy: RateLimitPolicy = {
  limit: 5,
  windowMs: 15 * 60 * 1000,
  lockMs: 60 * 1000,
  maxLockMs: 60 * 60 * 1000,
};

/** Addresses are hashed with a salt before they become keys: none is stored in clear */
export function signInKeys(email: string, clientAddress: string, salt: string): string[] {
  const hash = (value: string) => createHash("sha256").update(`${salt}:${value}`).digest("hex").slice(0, 32);
  return [`sign-in:account:${hash(email.toLowerCase())}`, `sign-in:client:${hash(clientAddress)}`];
}

/** Sign-in links by email: three per address and nine per client in 15 minutes, then a growing lock */
export const signInLinkPolicy: RateLimitPolicy = {
  limit: 4,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
  maxLockMs: 24 * 60 * 60 * 1000,
};

export const signInLinkClientPolicy: RateLimitPolicy = { ...signInLinkPolicy, limit: 10 };
