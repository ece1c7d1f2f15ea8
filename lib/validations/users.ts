// Account management forms (administrators).
import { z } from "zod";

export const roleSchema = z.enum(["ADMIN", "EDITOR", "AUTHOR"], { error: "Bitte wähle eine Rolle." });

export const newUserSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Bitte gib einen Namen ein." })
    .max(80, { error: "Höchstens 80 Zeichen." }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Bitte gib eine gültige E-Mail-Adresse ein." }).max(254)),
  role: roleSchema,
});

export const userChangeSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("role"), userId: z.string().min(1).max(40), role: roleSchema }),
    z.object({ intent: z.literal("disable"), userId: z.string().min(1).max(40) }),
    z.object({ intent: z.literal("enable"), userId: z.string().min(1).max(40) }),
    z.object({ intent: z.literal("reset-password"), userId: z.string().min(1).max(40) }),
  ],
  { error: "Unbekannte Aktion." },
);

export type UserChange = z.output<typeof userChangeSchema>;
