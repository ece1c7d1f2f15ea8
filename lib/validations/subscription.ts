// The subscribe form and the manage page.
import { z } from "zod";
import { EMAIL_MAX_LENGTH } from "./limits";

export const subscriberEmail = z
  .string({ error: "Bitte gib deine E-Mail-Adresse an." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Bitte gib deine E-Mail-Adresse an." })
  .max(EMAIL_MAX_LENGTH, { error: `Höchstens ${EMAIL_MAX_LENGTH} Zeichen.` })
  // No line break may reach a mail header, whatever a client sends
  .refine((email) => !/[\r\n]/.test(email), { error: "Bitte gib eine gültige E-Mail-Adresse an." })
  .pipe(z.email({ error: "Bitte gib eine gültige E-Mail-Adresse an." }));

const seriesId = z.coerce.number().int().positive().max(2_147_483_647);

export const subscribeSchema = z.object({
  email: subscriberEmail,
  /** A series id, or empty for the whole blog */
  seriesId: z
    .union([z.literal(""), seriesId])
    .nullish()
    .transform((value) => (typeof value === "number" ? value : null)),
  /** The honeypot: hidden from people, filled in by bots */
  website: z.string().max(500).nullish(),
});

export type SubscribeInput = z.output<typeof subscribeSchema>;

export const tokenSchema = z.string().min(10).max(2000);

export const manageSubscriptionsSchema = z.object({
  token: tokenSchema,
  intent: z.enum(["save", "unsubscribe-all"]),
  blog: z
    .string()
    .nullish()
    .transform((value) => value === "on"),
  seriesIds: z.array(seriesId).max(1000),
});
