// What the editor may send for a post; shared by the form and the server actions.
import { z } from "zod";

export const POST_LIMITS = {
  title: 200,
  slug: 120,
  excerpt: 600,
  body: 200_000,
  seoTitle: 120,
  seoDescription: 300,
  tagName: 60,
  tags: 20,
  termName: 80,
} as const;

const trimmed = (max: number, label: string) =>
  z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(max, { error: `${label}: höchstens ${max} Zeichen.` }));

const optionalId = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? undefined : value),
  z.coerce.number().int().positive().optional(),
);

export const postContentSchema = z.object({
  title: trimmed(POST_LIMITS.title, "Titel").pipe(z.string().min(1, { error: "Bitte gib einen Titel ein." })),
  slug: trimmed(POST_LIMITS.slug, "Adresse").pipe(
    z.string().regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, {
      error: "Nur Kleinbuchstaben, Ziffern und einzelne Bindestriche (z. B. drucker-am-montag).",
    }),
  ),
  excerpt: trimmed(POST_LIMITS.excerpt, "Kurzfassung"),
  body: z.string().max(POST_LIMITS.body, { error: `Text: höchstens ${POST_LIMITS.body} Zeichen.` }),
  kind: z.enum(["ARTICLE", "ANECDOTE"], { error: "Artikel oder Anekdote wählen." }),
  categoryId: optionalId,
  newCategory: trimmed(POST_LIMITS.termName, "Neue Kategorie").default(""),
  tags: z
    .string()
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((tag) => tag.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(
          z.string().max(POST_LIMITS.tagName, {
            error: `Schlagwörter: je höchstens ${POST_LIMITS.tagName} Zeichen.`,
          }),
        )
        .max(POST_LIMITS.tags, { error: `Höchstens ${POST_LIMITS.tags} Schlagwörter.` }),
    ),
  seriesId: optionalId,
  newSeries: trimmed(POST_LIMITS.termName, "Neue Serie").default(""),
  seriesPosition: optionalId,
  coverImageId: optionalId,
  coverCaption: trimmed(300, "Bildunterschrift").default(""),
  commentsOpen: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
  seoTitle: trimmed(POST_LIMITS.seoTitle, "SEO-Titel"),
  seoDescription: trimmed(POST_LIMITS.seoDescription, "SEO-Beschreibung"),
});

export type PostContentInput = z.infer<typeof postContentSchema>;

/** Only sent by the override form of editors and administrators: why an anecdote may go out anyway */
const overrideReason = z
  .string()
  .trim()
  .min(3, { error: "Bitte begründe, warum die Anekdote trotzdem erscheinen darf." })
  .max(500, { error: "Höchstens 500 Zeichen." })
  .optional();

export const savePostSchema = postContentSchema.extend({
  id: optionalId,
  /** The version the editor started from; a newer one in the database is a conflict */
  version: z.coerce.number().int().min(0),
  /** Saving a published or scheduled anecdote past the guard */
  overrideReason,
});

export const changeStatusSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("publish"), id: z.coerce.number().int().positive(), overrideReason }),
  z.object({ intent: z.literal("unpublish"), id: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("draft"), id: z.coerce.number().int().positive() }),
  z.object({
    intent: z.literal("schedule"),
    id: z.coerce.number().int().positive(),
    /** "2026-12-24T09:30" in the site's time zone, from <input type="datetime-local"> */
    publishAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "Bitte Datum und Uhrzeit angeben." }),
    overrideReason,
  }),
]);

export type FieldErrors = Partial<Record<string, string[]>>;

/** zod's issues as messages per form field */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}
