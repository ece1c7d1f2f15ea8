"use server";

import { refresh } from "next/cache";
import { getCurrentUser } from "../auth/sessions";
import { retryMail } from "../data/admin-subscriptions";
import { idSchema } from "../validations/admin-subscriptions";
import { failure, failureFrom, type ActionState } from "./action-state";

export async function retryMailAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const id = idSchema.safeParse(formData.get("mailId"));
  if (!id.success) return failure("Diese Änderung ist nicht möglich.");
  try {
    await retryMail(await getCurrentUser(), id.data);
  } catch (error) {
    return failureFrom(error);
  }
  refresh();
  return { ok: true, message: "Wird erneut versucht." };
}
