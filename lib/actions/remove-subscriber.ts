"use server";

import { refresh } from "next/cache";
import { getCurrentUser } from "../auth/sessions";
import { removeSubscriber } from "../data/admin-subscriptions";
import { idSchema } from "../validations/admin-subscriptions";
import { failure, failureFrom, type ActionState } from "./action-state";

export async function removeSubscriberAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const id = idSchema.safeParse(formData.get("subscriberId"));
  if (!id.success) return failure("Diese Änderung ist nicht möglich.");
  try {
    await removeSubscriber(await getCurrentUser(), id.data);
  } catch (error) {
    return failureFrom(error);
  }
  refresh();
  return { ok: true, message: "Entfernt; alle Angaben zu dieser Adresse sind gelöscht." };
}
