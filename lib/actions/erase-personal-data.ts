"use server";

import { getCurrentUser } from "../auth/sessions";
import { erasePersonalData } from "../data/personal-data";
import { erasePersonalDataSchema } from "../validations/admin-subscriptions";
import { fieldErrorsOf } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";
import { refreshCommentCaches } from "./refresh-comment-caches";

export async function erasePersonalDataAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = erasePersonalDataSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die Angaben.", fieldErrorsOf(parsed.error));
  try {
    const erased = await erasePersonalData(await getCurrentUser(), parsed.data.email);
    refreshCommentCaches(erased.postIds);
    return {
      ok: true,
      message: `Gelöscht: ${erased.comments} Kommentar(e), ${erased.subscriber ? "das Abo mit allen Einwilligungen" : "kein Abo"}, ${erased.mails} E-Mail(s) im Postausgang.`,
    };
  } catch (error) {
    return failureFrom(error);
  }
}
