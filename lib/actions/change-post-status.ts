"use server";

import { getCurrentUser } from "../auth/sessions";
import { changePostStatus, type StatusIntent } from "../data/admin-posts";
import { zonedDateTimeToInstant } from "../format";
import { queueNewPostMailsAfterResponse } from "../mail/queue-after-response";
import { changeStatusSchema, fieldErrorsOf } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";
import { refreshPostCaches } from "./refresh-post-caches";

export type ChangeStatusState = ActionState<{ status: string; version: number }>;

export async function changePostStatusAction(
  _previous: ChangeStatusState,
  formData: FormData,
): Promise<ChangeStatusState> {
  const parsed = changeStatusSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die Angaben.", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const intent: StatusIntent =
    input.intent === "schedule"
      ? {
          intent: "schedule",
          at: zonedDateTimeToInstant(input.publishAt),
          overrideReason: input.overrideReason,
        }
      : input.intent === "publish"
        ? { intent: "publish", overrideReason: input.overrideReason }
        : { intent: input.intent };
  try {
    const change = await changePostStatus(await getCurrentUser(), input.id, intent);
    refreshPostCaches(change);
    if (change.isPublic && !change.wasPublic) queueNewPostMailsAfterResponse();
    const messages = {
      publish: "Veröffentlicht.",
      schedule: "Geplant.",
      unpublish: "Zurückgezogen.",
      draft: "Wieder ein Entwurf.",
    } as const;
    return { ok: true, message: messages[input.intent], status: input.intent, version: change.version };
  } catch (error) {
    return failureFrom(error);
  }
}
