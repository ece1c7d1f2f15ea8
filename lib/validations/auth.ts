// Sign-in and account forms.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../auth/password";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Bitte gib eine gültige E-Mail-Adresse ein." }).max(254)),
  password: z.string().min(1, { error: "Bitte gib dein Passwort ein." }).max(PASSWORD_MAX_LENGTH),
  callbackUrl: z.string().optional(),
});

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: `Das neue Passwort braucht mindestens ${PASSWORD_MIN_LENGTH} Zeichen.` })
  .max(PASSWORD_MAX_LENGTH, { error: `Höchstens ${PASSWORD_MAX_LENGTH} Zeichen.` });

/** Only paths inside the author area: an open redirect would help phishing */
export function safeCallbackPath(value: string | undefined): string {
  return value && /^\/admin(\/[\w\-/?=&%.]*)?$/.test(value) && !value.includes("//") ? value : "/admin";
}
