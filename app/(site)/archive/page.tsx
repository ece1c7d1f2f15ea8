import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getArchiveMonths } from "@/lib/data/posts";
import { formatMonth } from "@/lib/format";
import { t } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: t.archive, alternates: { canonical: "/archive" } };

export default async function ArchivePage() {
  const months = await getArchiveMonths();
  const years = [...new Set(months.map((entry) => entry.year))];
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">{t.archive}</h1>
      {years.length === 0 && <p>{t.noPosts}</p>}
      <div className="space-y-8">
        {years.map((year) => (
          <section key={year} aria-labelledby={`year-${year}`}>
            <h2 id={`year-${year}`} className="mb-3 font-serif text-2xl font-semibold">
              {year}
            </h2>
            <ul className="grid gap-2 sm:grid-cols-2">
              {months
                .filter((entry) => entry.year === year)
                .map(({ month, count }) => (
                  <li key={month}>
                    <Link href={`/archive/${year}/${String(month).padStart(2, "0")}`} className="underline">
                      {formatMonth(year, month)}
                    </Link>{" "}
                    <span className="text-stone-600 dark:text-stone-400">({t.postCount(count)})</span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
