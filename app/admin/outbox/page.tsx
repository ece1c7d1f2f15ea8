import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AdminPager } from "@/components/admin/admin-pager";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { retryMailAction } from "@/lib/actions/retry-mail";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/sessions";
import { listOutbox } from "@/lib/data/admin-subscriptions";
import { formatDateTime } from "@/lib/format";
import { mailConfig } from "@/lib/mail/config";
import { queryString } from "@/lib/query-string";
import { outboxStatuses, parseOutboxFilters } from "@/lib/validations/admin-subscriptions";

export const metadata: Metadata = { title: "Postausgang" };

const statusLabels: Record<(typeof outboxStatuses)[number], string> = {
  PENDING: "Wartend",
  SENDING: "Wird gesendet",
  SENT: "Gesendet",
  FAILED: "Fehlgeschlagen",
  CANCELLED: "Zurückgezogen",
};

const kindLabels: Record<string, string> = {
  "new-post": "Neuer Beitrag",
  "subscription-confirm": "Abo-Bestätigung",
  "subscription-known": "Abo schon vorhanden",
  "comment-new": "Neuer Kommentar",
  "comment-reply": "Antwort auf Kommentar",
  "sign-in-link": "Anmeldelink",
};

export default async function OutboxPage({ searchParams }: PageProps<"/admin/outbox">) {
  const user = await requireUser();
  if (!can.manageSubscribers(user)) notFound();
  const filters = parseOutboxFilters(await searchParams);
  const { mails, counts, page, totalPages } = await listOutbox(user, filters);
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Postausgang</h1>
      <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">
        {mailConfig.smtpUrl
          ? `Versand über ${new URL(mailConfig.smtpUrl).host}, höchstens ${mailConfig.ratePerMinute} E-Mails pro Minute. Fehlgeschlagene Versuche werden mit wachsendem Abstand wiederholt.`
          : "SMTP ist nicht eingerichtet (SMTP_URL): E-Mails warten hier, bis es eingerichtet ist."}
      </p>
      <nav aria-label="Nach Status" className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link
              href="/admin/outbox"
              aria-current={!filters.status ? "page" : undefined}
              className="rounded-full bg-white px-3 py-1 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:bg-stone-900"
            >
              Alle
            </Link>
          </li>
          {outboxStatuses.map((status) => (
            <li key={status}>
              <Link
                href={`/admin/outbox${queryString({ status })}`}
                aria-current={filters.status === status ? "page" : undefined}
                className="rounded-full bg-white px-3 py-1 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:bg-stone-900"
              >
                {statusLabels[status]} ({counts[status]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {mails.length === 0 ? (
        <p className="rounded-lg bg-white p-6 dark:bg-stone-900">Keine E-Mails.</p>
      ) : (
        <ul className="space-y-2">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded-lg bg-white p-3 text-sm shadow-sm dark:bg-stone-900">
              <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
                <span className="font-medium">{mail.subject}</span>
                <span>an {mail.toAddress}</span>
                <span className="text-stone-600 dark:text-stone-400">
                  {kindLabels[mail.kind] ?? mail.kind}
                </span>
                <span className="ml-auto">
                  {statusLabels[mail.status]}
                  {mail.sentAt && ` ${formatDateTime(mail.sentAt)}`}
                  {mail.status === "PENDING" &&
                    mail.attempts > 0 &&
                    ` · nächster Versuch ${formatDateTime(mail.nextAttemptAt)}`}
                </span>
              </div>
              {mail.lastError && (
                <p className="mt-1 text-red-700 dark:text-red-400">
                  {mail.attempts} Versuch(e): {mail.lastError}
                </p>
              )}
              {mail.status === "FAILED" && (
                <div className="mt-2">
                  <InlineActionForm
                    action={retryMailAction}
                    fields={{ mailId: mail.id }}
                    label="Erneut versuchen"
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <AdminPager
        page={page}
        totalPages={totalPages}
        href={(target) => `/admin/outbox${queryString({ status: filters.status, page: target })}`}
      />
    </>
  );
}
