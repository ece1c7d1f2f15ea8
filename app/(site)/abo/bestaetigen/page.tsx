import type { Metadata } from "next";
import { SubscriptionNotice } from "@/components/subscription/notice";
import { buttonClass } from "@/components/ui/form-field";
import { confirmSubscriptionAction } from "@/lib/actions/confirm-subscription";

export const metadata: Metadata = { title: "Abo bestätigen", robots: { index: false } };

// Rendered whole per request: the link's token is in the address, and it works without JavaScript
export const instant = false;

const failures: Record<string, string> = {
  abgelaufen: "Dieser Bestätigungslink ist abgelaufen. Bitte abonniere einfach noch einmal.",
  ungueltig: "Dieser Bestätigungslink ist ungültig. Bitte kopiere ihn vollständig aus der E-Mail.",
};

/** The confirmation link from the mail: visiting changes nothing, the button starts the subscription */
export default async function ConfirmSubscriptionPage({ searchParams }: PageProps<"/abo/bestaetigen">) {
  const { token, fehler } = await searchParams;
  const failure = typeof fehler === "string" ? (failures[fehler] ?? failures.ungueltig) : null;
  return (
    <>
      <h1 className="mb-4 font-serif text-4xl font-bold">Abo bestätigen</h1>
      {failure && <SubscriptionNotice tone="error">{failure}</SubscriptionNotice>}
      {typeof token === "string" && token && !failure ? (
        <>
          <p className="mb-6 text-lg">
            Fast fertig: Ein Klick, und du bekommst die neuen Beiträge per E-Mail.
          </p>
          <form action={confirmSubscriptionAction}>
            <input type="hidden" name="token" value={token} />
            <button type="submit" className={buttonClass}>
              Abo bestätigen
            </button>
          </form>
        </>
      ) : (
        !failure && <SubscriptionNotice tone="error">{failures.ungueltig}</SubscriptionNotice>
      )}
    </>
  );
}
