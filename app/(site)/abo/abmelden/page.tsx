import type { Metadata } from "next";
import { SubscriptionNotice } from "@/components/subscription/notice";
import { buttonClass } from "@/components/ui/form-field";
import { unsubscribeAction } from "@/lib/actions/unsubscribe";

export const metadata: Metadata = { title: "Abmelden", robots: { index: false } };

// Rendered whole per request: the link's token is in the address, and it works without JavaScript
export const instant = false;

/** Where the "Abmelden" link of a mail leads: visiting it changes nothing, the button does */
export default async function UnsubscribePage({ searchParams }: PageProps<"/abo/abmelden">) {
  const { token, hinweis } = await searchParams;
  return (
    <>
      <h1 className="mb-4 font-serif text-4xl font-bold">Abmelden</h1>
      {hinweis === "abgemeldet" ? (
        <SubscriptionNotice tone="success">
          Du bist abgemeldet. Zu diesem Abo kommen keine E-Mails mehr.
        </SubscriptionNotice>
      ) : hinweis === "ungueltig" || typeof token !== "string" || !token ? (
        <SubscriptionNotice tone="error">
          Dieser Abmeldelink ist ungültig. Bitte nutze den Link aus einer unserer E-Mails.
        </SubscriptionNotice>
      ) : (
        <>
          <p className="mb-6 text-lg">Keine E-Mails mehr zu diesem Abo? Ein Klick genügt.</p>
          <form action={unsubscribeAction}>
            <input type="hidden" name="token" value={token} />
            <button type="submit" className={buttonClass}>
              Jetzt abmelden
            </button>
          </form>
        </>
      )}
    </>
  );
}
