import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getAllSeries } from "@/lib/data/series";
import { formatLongDate } from "@/lib/format";
import { t } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: t.series, alternates: { canonical: "/series" } };

export default async function SeriesIndexPage() {
  const series = await getAllSeries();
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">{t.series}</h1>
      {series.length === 0 && <p>{t.noPosts}</p>}
      <ul className="space-y-6">
        {series.map((entry) => (
          <li
            key={entry.slug}
            className="rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
          >
            <h2 className="font-serif text-2xl font-bold">
              <Link
                href={`/series/${entry.slug}`}
                className="hover:text-accent-700 dark:hover:text-accent-300"
              >
                {entry.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              {t.episodeCount(entry.episodeCount)}
              {entry.latestEpisodeAt && <> · {formatLongDate(entry.latestEpisodeAt)}</>}
            </p>
            <p className="mt-3 leading-relaxed">{entry.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
