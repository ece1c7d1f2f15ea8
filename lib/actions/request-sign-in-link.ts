"use server";

import { z } from "zod";
import { enabledProviders, signIn } from "../auth/authjs";
import { allowSignInLinkRequest } from "../data/sign-in";
import { getClientAddress } from "../request-context";
import { safeCallbackPath } from "../validations/auth";
import { fieldErrorsOf } from "../validations/post";
import { failure, type ActionState } from "./action-state";

const schema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Bitte gib eine gültige E-Mail-Adresse ein." }).max(254)),
  callbackUrl: z.string().optional(),
});

/** Answers the same whether or not the address has an account */
export async function requestSignInLinkAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  if (!enabledProviders().emailLink)
    return failure("Anmeldelinks sind auf dieser Website nicht eingerichtet.");
  const parsed = schema.safeParse({
    email: formData.get("email"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  const verdict = await allowSignInLinkRequest(parsed.data.email, await getClientAddress());
  if (!verdict.allowed) {
    return failure(
      `Zu viele Anmeldelinks angefordert. Bitte versuche es in ${Math.ceil(verdict.retryAfterMs / 60_000)} Minute(n) noch einmal.`,
    );
  }
  await signIn("nodemailer", {
    email: parsed.data.email,
    redirectTo: safeCallbackPath(parsed.data.callbackUrl),
    redirect: false,
  });
  return {
    ok: true,
    message:
      "Wenn es zu dieser Adresse ein Konto gibt, ist eine E-Mail mit einem Anmeldelink unterwegs. Er gilt 15 Minuten.",
  };
}
