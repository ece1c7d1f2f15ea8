import type { Metadata } from "next";
import { SubscriptionNotice } from "@/components/subscription/notice";
import { buttonClass, secondaryButtonClass } from "@/components/ui/form-field";
import { manageSubscriptionsAction } from "@/lib/actions/manage-subscriptions";
import { getManageView } from "@/lib/data/subscriptions";
import { tokenSchema } from "@/lib/validations/subscription";

export const metadata: Metadata = { title: "Abos verwalten", robots: { index: false } };

// Rendered whole per request: the link's token is in the address, and it works without JavaScript
export const instant = false;

const notices: Record<string, { tone: "success" | "error"; text: string }> = {
  bestaetigt: { tone: "success", text: "Danke! Dein Abo ist bestätigt. Hier kannst du es jederzeit ändern." },
  "schon-bestaetigt": {
    tone: "success",
    text: "Dieses Abo ist schon bestätigt. Es hat sich nichts geändert.",
  },
  gespeichert: { tone: "success", text: "Gespeichert. Du bekommst ab jetzt genau diese Abos." },
  abgemeldet: {
    tone: "success",
    text: "Du bist von allem abgemeldet und bekommst keine E-Mails mehr von uns.",
  },
  ungueltig: { tone: "error", text: "Diese Änderung war nicht möglich. Bitte versuche es noch einmal." },
};

/** Reached by the signed link in every mail: choose series, or leave everything; no sign-in */
export default async function ManageSubscriptionsPage({ searchParams }: PageProps<"/abo/verwalten">) {
  const params = await searchParams;
  const token = tokenSchema.safeParse(params.token);
  const view = token.success ? await getManageView(token.data) : null;
  const notice = typeof params.hinweis === "string" ? notices[params.hinweis] : undefined;
  return (
    <>
      <h1 className="mb-4 font-serif text-4xl font-bold">Abos verwalten</h1>
      {notice && <SubscriptionNotice tone={notice.tone}>{notice.text}</SubscriptionNotice>}
      {view && token.success ? (
        <>
          <p className="mb-6 text-lg">
            Für <strong>{view.email}</strong>. Änderungen gelten sofort.
          </p>
          <form action={manageSubscriptionsAction} className="space-y-5">
            <input type="hidden" name="token" value={token.data} />
            <fieldset className="space-y-2">
              <legend className="mb-2 font-semibold">Was möchtest du bekommen?</legend>
              <label className="flex items-start gap-2">
                <input type="checkbox" name="blog" defaultChecked={view.blog} className="mt-1" />
                <span>Alle neuen Beiträge</span>
              </label>
              {view.series.map((entry) => (
                <label key={entry.id} className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    name="seriesIds"
                    value={entry.id}
                    defaultChecked={view.seriesIds.includes(entry.id)}
                    className="mt-1"
                  />
                  <span>Serie „{entry.title}“</span>
                </label>
              ))}
            </fieldset>
            <div className="flex flex-wrap gap-3">
              <button type="submit" name="intent" value="save" className={buttonClass}>
                Speichern
              </button>
              <button type="submit" name="intent" value="unsubscribe-all" className={secondaryButtonClass}>
                Von allem abmelden
              </button>
            </div>
          </form>
        </>
      ) : (
        <SubscriptionNotice tone="error">
          Dieser Link ist ungültig oder nicht mehr gültig. Bitte nutze den Link aus unserer neuesten E-Mail.
        </SubscriptionNotice>
      )}
    </>
  );
}
