"use server";

import { redirect } from "next/navigation";
import { confirmSubscription } from "../data/subscriptions";
import { InvalidInputError, NotFoundError } from "../data/errors";
import { getClientAddress } from "../request-context";
import { tokenSchema } from "../validations/subscription";

/**
 * The button on the confirmation link's page. It answers with a page to go to (the manage page,
 * or this page with the reason it failed), so it reads the same with or without JavaScript.
 */
export async function confirmSubscriptionAction(formData: FormData): Promise<void> {
  const token = tokenSchema.safeParse(formData.get("token"));
  if (!token.success) redirect("/abo/bestaetigen?fehler=ungueltig");
  let target: string;
  try {
    const outcome = await confirmSubscription(token.data, { clientAddress: await getClientAddress() });
    const manage = new URL(outcome.manageUrl);
    manage.searchParams.set("hinweis", outcome.alreadyConfirmed ? "schon-bestaetigt" : "bestaetigt");
    target = `${manage.pathname}${manage.search}`;
  } catch (error) {
    if (!(error instanceof InvalidInputError || error instanceof NotFoundError)) throw error;
    const reason = error.message.includes("abgelaufen") ? "abgelaufen" : "ungueltig";
    target = `/abo/bestaetigen?token=${encodeURIComponent(token.data)}&fehler=${reason}`;
  }
  redirect(target);
}
