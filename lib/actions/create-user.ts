"use server";

import { refresh } from "next/cache";
import { getCurrentUser } from "../auth/sessions";
import { createUserAccount } from "../data/admin-users";
import { fieldErrorsOf } from "../validations/post";
import { newUserSchema } from "../validations/users";
import { failure, failureFrom, type ActionState } from "./action-state";

/** On success the one-time password is shown once, to be passed on to the new author */
export type CreateUserState = ActionState<{ email: string; password: string }>;

export async function createUserAction(
  _previous: CreateUserState,
  formData: FormData,
): Promise<CreateUserState> {
  const parsed = newUserSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  try {
    const { password } = await createUserAccount(await getCurrentUser(), parsed.data);
    refresh();
    return {
      ok: true,
      message: `Konto für ${parsed.data.name} angelegt.`,
      email: parsed.data.email,
      password,
    };
  } catch (error) {
    return failureFrom(error);
  }
}
