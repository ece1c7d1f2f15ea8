"use server";

import { redirect } from "next/navigation";
import { startSession } from "../auth/sessions";
import { verifySignIn } from "../data/sign-in";
import { getClientAddress } from "../request-context";
import { safeCallbackPath, signInSchema } from "../validations/auth";
import { fieldErrorsOf } from "../validations/post";
import { failure, type ActionFailure } from "./action-state";

/** Sign-in only ever returns failures; success redirects. The typed email is kept for the form. */
export type SignInState = (ActionFailure & { email: string }) | null;

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "").slice(0, 254);
  if (!parsed.success)
    return { ...failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error)), email };
  const result = await verifySignIn(parsed.data.email, parsed.data.password, await getClientAddress());
  if (!result.ok) {
    const message =
      result.reason === "throttled"
        ? `Zu viele Anmeldeversuche. Bitte versuche es in ${Math.ceil(result.retryAfterMs / 60_000)} Minute(n) noch einmal.`
        : "E-Mail-Adresse oder Passwort stimmen nicht.";
    return { ...failure(message), email };
  }
  await startSession(result.userId);
  redirect(safeCallbackPath(parsed.data.callbackUrl));
}
