"use server";

import { z } from "zod";
import { getCurrentUser, startSession } from "../auth/sessions";
import { changePassword } from "../data/account";
import { newPasswordSchema } from "../validations/auth";
import { fieldErrorsOf } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";

const schema = z
  .object({
    currentPassword: z.string().min(1, { error: "Bitte gib dein bisheriges Passwort ein." }).max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    error: "Die beiden neuen Passwörter stimmen nicht überein.",
  });

export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  const user = await getCurrentUser();
  try {
    await changePassword(user, parsed.data.currentPassword, parsed.data.newPassword);
  } catch (error) {
    return failureFrom(error);
  }
  // All sessions ended, this one included; the person who changed it stays signed in here
  if (user) await startSession(user.id);
  return { ok: true, message: "Passwort geändert. Alle anderen Anmeldungen sind beendet." };
}
