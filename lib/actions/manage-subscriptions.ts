"use server";

import { redirect } from "next/navigation";
import { InvalidInputError } from "../data/errors";
import { updateSubscriptions } from "../data/subscriptions";
import { getClientAddress } from "../request-context";
import { manageSubscriptionsSchema } from "../validations/subscription";

/** The manage page, reached by the signed link in every mail: no sign-in */
export async function manageSubscriptionsAction(formData: FormData): Promise<void> {
  const parsed = manageSubscriptionsSchema.safeParse({
    token: formData.get("token"),
    intent: formData.get("intent"),
    blog: formData.get("blog"),
    seriesIds: formData.getAll("seriesIds"),
  });
  if (!parsed.success) redirect("/abo/verwalten?hinweis=ungueltig");
  const { token, intent, blog, seriesIds } = parsed.data;
  const wanted = intent === "unsubscribe-all" ? { blog: false, seriesIds: [] } : { blog, seriesIds };
  let notice: string;
  try {
    const { active } = await updateSubscriptions(token, wanted, { clientAddress: await getClientAddress() });
    notice = active === 0 ? "abgemeldet" : "gespeichert";
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    notice = "ungueltig";
  }
  redirect(`/abo/verwalten?token=${encodeURIComponent(token)}&hinweis=${notice}`);
}
