import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ErasePersonalDataForm } from "@/components/admin/erase-personal-data-form";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form-field";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/sessions";
import { summarisePersonalData } from "@/lib/data/personal-data";
import { personalDataSchema } from "@/lib/validations/admin-subscriptions";

export const metadata: Metadata = { title: "Datenschutz" };

/** Requests for information and erasure (GDPR): what the site keeps about an email address */
export default async function PrivacyPage({ searchParams }: PageProps<"/admin/privacy">) {
  const user = await requireUser();
  if (!can.managePersonalData(user)) notFound();
  const { email } = await searchParams;
  const parsed = typeof email === "string" && email ? personalDataSchema.safeParse({ email }) : null;
  const summary = parsed?.success ? await summarisePersonalData(user, parsed.data.email) : null;
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Datenschutz</h1>
      <p className="mb-6 max-w-prose text-sm text-stone-600 dark:text-stone-400">
        Auskunft und Löschung für eine E-Mail-Adresse: Kommentare, Abos mit ihren Einwilligungen und E-Mails
        im Postausgang. Anschlussadressen speichert Casebook nur als gesalzene Prüfsumme; sie lassen sich
        keiner Person zuordnen. Konten von Autor*innen verwaltest du unter Konten.
      </p>
      <form
        method="get"
        className="mb-6 flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 dark:bg-stone-900"
      >
        <label className="min-w-64 grow text-sm">
          <span className="mb-1 block font-medium">E-Mail-Adresse</span>
          <input
            type="email"
            name="email"
            defaultValue={typeof email === "string" ? email : ""}
            className={inputClass}
          />
        </label>
        <button type="submit" className={buttonClass}>
          Nachsehen
        </button>
      </form>
      {parsed && !parsed.success && <p role="alert">Bitte gib eine gültige E-Mail-Adresse an.</p>}
      {summary && (
        <section
          aria-labelledby="summary-heading"
          className="space-y-4 rounded-lg bg-white p-5 shadow-sm dark:bg-stone-900"
        >
          <h2 id="summary-heading" className="font-semibold">
            Gespeichert zu {summary.email}
          </h2>
          <ul className="list-inside list-disc text-sm">
            <li>{summary.comments} Kommentar(e)</li>
            <li>{summary.subscriber ? "ein Abo mit Einwilligungen" : "kein Abo"}</li>
            <li>{summary.mails} E-Mail(s) im Postausgang</li>
            {summary.account && <li>ein Konto im Autorenbereich (bleibt hier unberührt)</li>}
          </ul>
          <form method="post" action="/admin/privacy/export">
            <input type="hidden" name="email" value={summary.email} />
            <button type="submit" className={secondaryButtonClass}>
              Als JSON herunterladen
            </button>
          </form>
          <ErasePersonalDataForm email={summary.email} />
        </section>
      )}
    </>
  );
}
