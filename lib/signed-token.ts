// Tokens the server signs and later checks, without storing them: a JSON payload and an HMAC of
// it, both base64url, joined by a dot. Each use has its own purpose, so a token made for one
// (a comment form) is worthless for another (an unsubscribe link).
import { createHmac, timingSafeEqual } from "node:crypto";
import type { z } from "zod";

function mac(data: string, secret: string, purpose: string): string {
  return createHmac("sha256", `${purpose}:${secret}`).update(data).digest("base64url");
}

export function signToken(payload: object, secret: string, purpose: string): string {
  const data = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${data}.${mac(data, secret, purpose)}`;
}

/** The payload, or null when the token was not signed by us for this purpose or is malformed */
export function verifyToken<T>(
  token: string,
  secret: string,
  purpose: string,
  schema: z.ZodType<T>,
): T | null {
  if (token.length > 4096) return null;
  const [data = "", signature = "", ...rest] = token.split(".");
  const expected = Buffer.from(mac(data, secret, purpose));
  const given = Buffer.from(signature);
  if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(data, "base64url").toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What is kept instead of a value that must not be stored (client addresses, reader tokens) */
export function saltedHash(value: string, secret: string, purpose: string): string {
  return mac(value, secret, purpose);
}
