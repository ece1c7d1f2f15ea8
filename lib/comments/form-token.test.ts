import { describe, expect, it } from "vitest";
import { createChallenge, normaliseChallengeAnswer } from "./challenge";
import {
  FORM_MAX_AGE_MS,
  FORM_MIN_AGE_MS,
  hashChallengeAnswer,
  issueFormToken,
  verifyFormToken,
} from "./form-token";

const secret = "test-secret";
const issuedAt = Date.UTC(2026, 10, 22, 12);

describe("comment form token", () => {
  it("is accepted for its post between a few seconds and a day after it was issued", () => {
    const token = issueFormToken(7, secret, { now: issuedAt });
    expect(verifyFormToken(token, 7, secret, issuedAt + FORM_MIN_AGE_MS)).toMatchObject({ ok: true });
    expect(verifyFormToken(token, 7, secret, issuedAt + FORM_MAX_AGE_MS)).toMatchObject({ ok: true });
  });

  it("refuses a form sent faster than a person types, or older than a day", () => {
    const token = issueFormToken(7, secret, { now: issuedAt });
    expect(verifyFormToken(token, 7, secret, issuedAt + 500)).toEqual({ ok: false, reason: "too-fast" });
    expect(verifyFormToken(token, 7, secret, issuedAt + FORM_MAX_AGE_MS + 1)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses a token for another post, one signed with another secret, and tampered ones", () => {
    const token = issueFormToken(7, secret, { now: issuedAt });
    const later = issuedAt + 10_000;
    expect(verifyFormToken(token, 8, secret, later)).toEqual({ ok: false, reason: "wrong-post" });
    expect(verifyFormToken(token, 7, "other-secret", later)).toEqual({ ok: false, reason: "forged" });
    const [data, signature] = token.split(".");
    const payload = JSON.parse(Buffer.from(data ?? "", "base64url").toString());
    const shifted = Buffer.from(JSON.stringify({ ...payload, t: issuedAt - 3_600_000 })).toString(
      "base64url",
    );
    expect(verifyFormToken(`${shifted}.${signature}`, 7, secret, later)).toEqual({
      ok: false,
      reason: "forged",
    });
    for (const garbage of ["", ".", "abc", `${token}.x`, "e30.e30"]) {
      expect(verifyFormToken(garbage, 7, secret, later)).toEqual({ ok: false, reason: "forged" });
    }
  });

  it("gives every form its own nonce", () => {
    const nonces = new Set(
      Array.from({ length: 20 }, () => {
        const verdict = verifyFormToken(
          issueFormToken(1, secret, { now: issuedAt }),
          1,
          secret,
          issuedAt + 5000,
        );
        return verdict.ok ? verdict.payload.nonce : "";
      }),
    );
    expect(nonces.size).toBe(20);
  });

  it("carries the challenge's answer only as a hash, accepting digits or the word", () => {
    const challenge = createChallenge(() => 3);
    expect(challenge).toEqual({ question: "Wie viel ist vier plus drei?", answer: "7" });
    const token = issueFormToken(1, secret, { now: issuedAt, challengeAnswer: challenge.answer });
    const payload = Buffer.from(token.split(".")[0] ?? "", "base64url").toString();
    expect(Object.values(JSON.parse(payload))).not.toContain("7");
    const verdict = verifyFormToken(token, 1, secret, issuedAt + 5000);
    if (!verdict.ok) throw new Error("token refused");
    const { nonce, answerHash } = verdict.payload;
    for (const answer of ["7", " 7 ", "sieben", "Sieben"]) {
      expect(hashChallengeAnswer(answer, nonce, secret)).toBe(answerHash);
    }
    expect(hashChallengeAnswer("8", nonce, secret)).not.toBe(answerHash);
    expect(normaliseChallengeAnswer("ZWÖLF")).toBe("12");
  });
});
