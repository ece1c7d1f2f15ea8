// The public comment form. Limits are stated in the form, so readers see them before they hit them.
import { z } from "zod";
import { COMMENT_LIMITS } from "./limits";

/** Invisible characters that make a name look like someone else's or reverse the text around it */
const INVISIBLE_OR_DIRECTIONAL = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

const checkbox = z
  .string()
  .max(10)
  .nullish()
  .transform((value) => value === "on" || value === "1");

const optionalText = (max: number) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ?? "").trim())
    .pipe(z.string().max(max));

/** A row id as forms and addresses carry it: post, comment */
export const recordIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

export const commentInputSchema = z.object({
  postId: recordIdSchema,
  parentId: z
    .union([z.literal(""), z.coerce.number().int().positive()])
    .nullish()
    .transform((value) => (typeof value === "number" ? value : null)),
  name: z
    .string({ error: "Bitte gib deinen Namen an." })
    .trim()
    .min(1, { error: "Bitte gib deinen Namen an." })
    .max(COMMENT_LIMITS.name, { error: `Der Name darf höchstens ${COMMENT_LIMITS.name} Zeichen haben.` })
    .refine((name) => !INVISIBLE_OR_DIRECTIONAL.test(name), {
      error: "Der Name enthält unsichtbare Zeichen oder Richtungszeichen. Bitte tippe ihn neu.",
    }),
  email: z
    .string({ error: "Bitte gib deine E-Mail-Adresse an." })
    .trim()
    .toLowerCase()
    .min(1, { error: "Bitte gib deine E-Mail-Adresse an." })
    .pipe(
      z
        .email({ error: "Bitte gib eine gültige E-Mail-Adresse an." })
        .max(COMMENT_LIMITS.email, { error: `Höchstens ${COMMENT_LIMITS.email} Zeichen.` }),
    ),
  url: optionalText(1000)
    .transform((url) => (url && !/^[a-z][a-z\d+.-]*:/i.test(url) ? `https://${url}` : url))
    .refine((url) => url === "" || isWebAddress(url), {
      error: "Bitte gib eine Website-Adresse mit http:// oder https:// an.",
    })
    .refine((url) => url.length <= COMMENT_LIMITS.url, {
      error: `Die Website-Adresse darf höchstens ${COMMENT_LIMITS.url} Zeichen haben.`,
    })
    .transform((url) => url || null),
  body: z
    .string({ error: "Bitte schreib einen Kommentar." })
    .transform((body) => body.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(1, { error: "Bitte schreib einen Kommentar." })
        .max(COMMENT_LIMITS.body, {
          error: `Der Kommentar darf höchstens ${COMMENT_LIMITS.body} Zeichen haben.`,
        }),
    ),
  formToken: z.string().max(2000).default(""),
  /** The honeypot: hidden from people, filled in by bots */
  homepage: optionalText(1000),
  challengeAnswer: optionalText(40),
  remember: checkbox,
  notify: checkbox,
});

export type CommentInput = z.output<typeof commentInputSchema>;

function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Links a comment contains (its website field does not count) */
export function countLinks(text: string): number {
  return (text.match(/\bhttps?:\/\/|\bwww\.[^\s.]+\./gi) ?? []).length;
}
