"use server";

import { redirect } from "next/navigation";
import { unsubscribeWithLink } from "../data/subscriptions";
import { getClientAddress } from "../request-context";
import { tokenSchema } from "../validations/subscription";

/** The unsubscribe page's button (a GET of the link never unsubscribes by itself) */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = tokenSchema.safeParse(formData.get("token"));
  const result = token.success
    ? await unsubscribeWithLink(token.data, { clientAddress: await getClientAddress() })
    : null;
  const query = token.success ? `token=${encodeURIComponent(token.data)}&` : "";
  redirect(`/abo/abmelden?${query}hinweis=${result?.ok ? "abgemeldet" : "ungueltig"}`);
}
