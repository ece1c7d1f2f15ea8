import { Link } from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import type { SeriesSummary } from "@/lib/data/series";
import type { Page } from "@/lib/data/types";
import { formatLongDate } from "@/lib/format";
import { t } from "@/lib/i18n/messages";

/** One page of the series index: /series, then /series/page/N */
export function SeriesIndex({ series }: { series: Page<SeriesSummary> }) {
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">{t.series}</h1>
      {series.items.length === 0 && <p>{t.noPosts}</p>}
      <ul className="space-y-6">
        {series.items.map((entry) => (
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
      <Pagination
        basePath="/series"
        page={series.page}
        totalPages={series.totalPages}
        labels={{ previous: t.seriesBefore, next: t.seriesAfter }}
      />
    </>
  );
}
