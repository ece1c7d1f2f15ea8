"use server";

import { requestSubscription } from "../data/subscriptions";
import { getClientAddress } from "../request-context";
import { subscribeSchema } from "../validations/subscription";
import { fieldErrorsOf } from "../validations/post";
import { failure, failureFrom, type ActionFailure } from "./action-state";

export type SubscribeState = { ok: true; message: string } | (ActionFailure & { email: string }) | null;

/** The same answer for every valid address: the form must not tell who subscribes here */
export async function subscribeAction(
  _previous: SubscribeState,
  formData: FormData,
): Promise<SubscribeState> {
  const email = String(formData.get("email") ?? "").slice(0, 300);
  const parsed = subscribeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { ...failure("Bitte prüfe deine E-Mail-Adresse.", fieldErrorsOf(parsed.error)), email };
  try {
    await requestSubscription(parsed.data, { clientAddress: await getClientAddress() });
  } catch (error) {
    return { ...failureFrom(error), email };
  }
  return {
    ok: true,
    message: `Fast geschafft: Wir haben eine E-Mail an ${parsed.data.email} geschickt. Bitte bestätige dein Abo mit dem Link darin.`,
  };
}
