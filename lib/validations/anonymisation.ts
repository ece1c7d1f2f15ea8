// What the cast forms and the anonymisation panel of the editor may send.
import { z } from "zod";
import { findingKinds } from "../anonymisation/guard";
import { placeholderNamePattern } from "../anonymisation/placeholders";

const id = z.coerce.number().int().positive();

export const castDetailsSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, { error: "Bitte gib an, wie die Figur im Text heißt (z. B. „der Chef“)." })
    .max(80, { error: "Höchstens 80 Zeichen." }),
  description: z.string().trim().max(300, { error: "Höchstens 300 Zeichen." }),
});

export const placeholderSchema = z
  .string()
  .trim()
  .transform((value) => value.normalize("NFC"))
  .pipe(
    z.string().max(60, { error: "Höchstens 60 Zeichen." }).regex(placeholderNamePattern, {
      error:
        "Ein Platzhalter beginnt mit $ und besteht aus Buchstaben, Ziffern und Unterstrichen (z. B. $Chef).",
    }),
  );

export const addCastMemberSchema = castDetailsSchema.extend({ seriesId: id, placeholder: placeholderSchema });
export const updateCastMemberSchema = castDetailsSchema.extend({ seriesId: id, id });
export const removeCastMemberSchema = z.object({ seriesId: id, id });
export const reorderCastSchema = z.object({ seriesId: id, memberIds: z.array(id).max(200) });

const reviewText = z.string().min(1).max(300);

export const checkTextsSchema = z.object({
  postId: id,
  texts: z.object({
    title: z.string().max(200),
    excerpt: z.string().max(600),
    body: z.string().max(200_000),
    caption: z.string().max(1000),
    alt: z.string().max(1000),
    seoTitle: z.string().max(120),
    seoDescription: z.string().max(300),
  }),
});

export const markSafeSchema = z.object({
  postId: id,
  kind: z
    .enum(findingKinds as [string, ...string[]])
    .transform((kind) => kind as (typeof findingKinds)[number]),
  text: reviewText,
  reason: z
    .string()
    .trim()
    .min(3, { error: "Bitte begründe kurz, warum das niemanden erkennbar macht." })
    .max(300, { error: "Höchstens 300 Zeichen." }),
});

export const releaseSchema = z.object({
  postId: id,
  customerAgreed: z.enum(["true", "false"]).transform((value) => value === "true"),
  agreedAt: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: "Bitte ein Datum angeben." })
    .transform((value) => (value ? new Date(`${value}T12:00:00Z`) : null)),
  note: z.string().trim().max(1000, { error: "Höchstens 1000 Zeichen." }),
});
