// The signed token every comment form carries. It proves the form came from us, for this post,
// at least a few seconds ago (bots post instantly) and at most a day ago; its nonce is stored with
// the comment, so a form is accepted once. With the challenge on, it also carries the answer's hash.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { saltedHash, signToken, verifyToken } from "../signed-token";
import { normaliseChallengeAnswer } from "./challenge";

export const FORM_MIN_AGE_MS = 3_000;
export const FORM_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const PURPOSE = "comment-form";

const payloadSchema = z.object({
  p: z.number().int().positive(),
  t: z.number().int().positive(),
  n: z.string().regex(/^[\w-]{16,64}$/),
  a: z.string().optional(),
});

export interface FormTokenPayload {
  postId: number;
  issuedAt: number;
  nonce: string;
  /** Hash of the challenge's answer, when the site asks one */
  answerHash?: string;
}

export type FormTokenVerdict =
  | { ok: true; payload: FormTokenPayload }
  | { ok: false; reason: "forged" | "too-fast" | "expired" | "wrong-post" };

export function hashChallengeAnswer(answer: string, nonce: string, secret: string): string {
  return saltedHash(`answer:${nonce}:${normaliseChallengeAnswer(answer)}`, secret, PURPOSE);
}

export function issueFormToken(
  postId: number,
  secret: string,
  options: { now?: number; challengeAnswer?: string } = {},
): string {
  const nonce = randomBytes(18).toString("base64url");
  const payload = {
    p: postId,
    t: options.now ?? Date.now(),
    n: nonce,
    ...(options.challengeAnswer !== undefined && {
      a: hashChallengeAnswer(options.challengeAnswer, nonce, secret),
    }),
  };
  return signToken(payload, secret, PURPOSE);
}

export function verifyFormToken(
  token: string,
  postId: number,
  secret: string,
  now = Date.now(),
): FormTokenVerdict {
  const payload = verifyToken(token, secret, PURPOSE, payloadSchema);
  if (!payload) return { ok: false, reason: "forged" };
  const { p, t, n, a } = payload;
  if (p !== postId) return { ok: false, reason: "wrong-post" };
  if (now - t < FORM_MIN_AGE_MS) return { ok: false, reason: "too-fast" };
  if (now - t > FORM_MAX_AGE_MS) return { ok: false, reason: "expired" };
  return { ok: true, payload: { postId: p, issuedAt: t, nonce: n, answerHash: a } };
}
