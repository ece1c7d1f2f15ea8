// The site settings an administrator changes in the author area, with their defaults.
import { z } from "zod";

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .transform((value) => value === true || value === "on" || value === "true");

const wholeNumber = (min: number, max: number, label: string) =>
  z.coerce
    .number({ error: `${label}: bitte eine ganze Zahl eingeben.` })
    .int({ error: `${label}: bitte eine ganze Zahl eingeben.` })
    .min(min, { error: `${label}: mindestens ${min}.` })
    .max(max, { error: `${label}: höchstens ${max}.` });

/** One word or phrase per line; blank lines and surrounding spaces do not count */
const wordList = z
  .string()
  .max(20_000, { error: "Höchstens 20.000 Zeichen." })
  .transform((value) =>
    value
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .join("\n"),
  );

export const siteSettingsSchema = z.object({
  /** Authors' posts need an editor to publish them */
  requireReview: checkbox.default(false),
  /** A first comment waits for moderation; later ones by an approved commenter appear at once */
  holdFirstComments: checkbox.default(true),
  /** Every comment waits for moderation */
  holdAllComments: checkbox.default(false),
  /** 0 keeps comments open for good */
  closeCommentsAfterDays: wholeNumber(0, 3650, "Kommentare schließen nach").default(0),
  /** Levels of replies shown nested; deeper replies attach to the deepest level */
  commentDepth: wholeNumber(2, 8, "Verschachtelungstiefe").default(4),
  /** Comment pages: this many threads (a top-level comment with its replies) a page */
  commentThreadsPerPage: wholeNumber(1, 500, "Kommentare pro Seite").default(50),
  /** More links than this send a comment to moderation */
  commentMaxLinks: wholeNumber(0, 50, "Höchstzahl an Links").default(2),
  /** Words that send a comment to moderation */
  moderationWords: wordList.default(""),
  /** Words that send a comment straight to spam */
  spamWords: wordList.default(""),
  /** A question every commenter answers */
  commentChallenge: checkbox.default(false),
  /** Comments per client address and per email address per hour */
  commentsPerHourPerClient: wholeNumber(1, 10_000, "Kommentare pro Stunde und Adresse").default(10),
  commentsPerHourPerEmail: wholeNumber(1, 10_000, "Kommentare pro Stunde und E-Mail").default(5),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;
export type SiteSettingKey = keyof SiteSettings;

export const siteSettingKeys = Object.keys(siteSettingsSchema.shape) as SiteSettingKey[];

export const defaultSiteSettings: SiteSettings = siteSettingsSchema.parse({});

/** Words of a list setting, lower-cased for matching */
export function wordsOf(list: string): string[] {
  return list
    .split("\n")
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
}
