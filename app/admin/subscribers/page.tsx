import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { AdminPager } from "@/components/admin/admin-pager";
import { notFound } from "next/navigation";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { inputClass, secondaryButtonClass } from "@/components/ui/form-field";
import { removeSubscriberAction } from "@/lib/actions/remove-subscriber";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/sessions";
import { getSubscriptionFigures, listSubscribers } from "@/lib/data/admin-subscriptions";
import { formatDateTime } from "@/lib/format";
import { queryString } from "@/lib/query-string";
import { parseSubscriberFilters } from "@/lib/validations/admin-subscriptions";

export const metadata: Metadata = { title: "Abonnements" };

const statusLabels = { PENDING: "unbestätigt", CONFIRMED: "bestätigt", UNSUBSCRIBED: "abgemeldet" } as const;

export default async function SubscribersPage({ searchParams }: PageProps<"/admin/subscribers">) {
  const user = await requireUser();
  if (!can.manageSubscribers(user)) notFound();
  const filters = parseSubscriberFilters(await searchParams);
  const [figures, list] = await Promise.all([getSubscriptionFigures(user), listSubscribers(user, filters)]);
  const peak = Math.max(1, ...figures.scopes.flatMap((scope) => scope.growth.map((month) => month.count)));
  const base = { scope: filters.scope, q: filters.query };
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Abonnements</h1>
        <p className="text-sm">
          {figures.confirmedSubscribers} bestätigte Abonnent*innen · {figures.pending} unbestätigt ·{" "}
          <Link href="/admin/outbox" className="underline">
            Postausgang
          </Link>
        </p>
      </div>
      <section aria-labelledby="figures-heading" className="mb-8">
        <h2 id="figures-heading" className="sr-only">
          Abos je Serie
        </h2>
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm dark:bg-stone-900">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-600 dark:border-stone-700 dark:text-stone-400">
              <tr>
                <th scope="col" className="px-4 py-3">
                  Abo
                </th>
                <th scope="col" className="px-4 py-3 text-right">
                  Bestätigt
                </th>
                <th scope="col" className="px-4 py-3 text-right">
                  Neu (30 Tage)
                </th>
                <th scope="col" className="px-4 py-3">
                  Neue Abos je Monat (6 Monate)
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.scopes.map((scope) => (
                <tr
                  key={scope.seriesId ?? "blog"}
                  className="border-b border-stone-100 last:border-0 dark:border-stone-800"
                >
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link
                      href={`/admin/subscribers${queryString({ scope: scope.seriesId ?? "blog" })}`}
                      className="hover:underline"
                    >
                      {scope.title}
                    </Link>
                  </th>
                  <td className="px-4 py-3 text-right tabular-nums">{scope.confirmed}</td>
                  <td className="px-4 py-3 text-right tabular-nums">+{scope.recent}</td>
                  <td className="px-4 py-3">
                    <ol
                      className="flex h-8 items-end gap-1"
                      aria-label={`Neue Abos je Monat für ${scope.title}`}
                    >
                      {scope.growth.map((month) => (
                        <li
                          key={month.month}
                          className="flex w-6 flex-col items-center"
                          title={`${month.month}: ${month.count}`}
                        >
                          <span
                            className="w-4 rounded-t bg-accent-600"
                            style={{ height: `${Math.max(2, Math.round((month.count / peak) * 28))}px` }}
                          />
                          <span className="sr-only">
                            {month.month}: {month.count}
                          </span>
                        </li>
                      ))}
                    </ol>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="mb-3 font-semibold">
          {list.total} Abonnent*innen
          {filters.scope !== undefined &&
            ` · ${figures.scopes.find((scope) => (scope.seriesId ?? "blog") === filters.scope)?.title ?? ""}`}
        </h2>
        <form
          method="get"
          className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 dark:bg-stone-900"
        >
          {filters.scope !== undefined && <input type="hidden" name="scope" value={filters.scope} />}
          <label className="min-w-64 grow text-sm">
            <span className="mb-1 block font-medium">E-Mail-Adresse enthält</span>
            <input type="search" name="q" defaultValue={filters.query} className={inputClass} />
          </label>
          <button type="submit" className={secondaryButtonClass}>
            Filtern
          </button>
          <a
            href={`/admin/subscribers/export.csv${queryString(base)}`}
            className={secondaryButtonClass}
            download
          >
            Als CSV exportieren
          </a>
          {(filters.scope !== undefined || filters.query) && (
            <Link href="/admin/subscribers" className="text-sm underline">
              Alle
            </Link>
          )}
        </form>
        <ul className="space-y-2">
          {list.subscribers.map((subscriber) => (
            <li
              key={subscriber.id}
              className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg bg-white p-3 text-sm shadow-sm dark:bg-stone-900"
            >
              <span className="font-medium">{subscriber.email}</span>
              <span>{statusLabels[subscriber.status]}</span>
              <span className="text-stone-600 dark:text-stone-400">
                {subscriber.subscriptions
                  .map((subscription) => subscription.series?.title ?? "Ganzes Blog")
                  .join(", ") || "–"}
              </span>
              <span className="text-stone-600 dark:text-stone-400">
                seit {formatDateTime(subscriber.confirmedAt ?? subscriber.createdAt)}
              </span>
              <span className="ml-auto">
                <InlineActionForm
                  action={removeSubscriberAction}
                  fields={{ subscriberId: subscriber.id }}
                  label="Entfernen"
                  accessibleLabel={`${subscriber.email} entfernen`}
                />
              </span>
            </li>
          ))}
        </ul>
        <AdminPager
          page={list.page}
          totalPages={list.totalPages}
          href={(page) => `/admin/subscribers${queryString({ ...base, page })}`}
        />
      </section>
    </>
  );
}
