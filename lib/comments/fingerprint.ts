// Hashes the comment data layer stores instead of what they stand for.
import { createHash } from "node:crypto";

/** The same text by the same address on the same post, whatever the spacing or case */
export function commentFingerprint(postId: number, email: string, body: string): string {
  const text = body.replace(/\s+/g, " ").trim().toLowerCase();
  return createHash("sha256").update(`${postId}\n${email.toLowerCase()}\n${text}`).digest("base64url");
}
