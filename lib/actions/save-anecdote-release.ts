"use server";

import { getCurrentUser } from "../auth/sessions";
import { saveAnecdoteRelease } from "../data/anonymisation";
import { releaseSchema } from "../validations/anonymisation";
import { fieldErrorsOf } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";

/** The customer's release of an anecdote; the author area only, so no public cache changes */
export async function saveAnecdoteReleaseAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = releaseSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  const { postId, ...release } = parsed.data;
  try {
    await saveAnecdoteRelease(await getCurrentUser(), postId, release);
  } catch (error) {
    return failureFrom(error);
  }
  return { ok: true, message: "Freigabe gespeichert." };
}
