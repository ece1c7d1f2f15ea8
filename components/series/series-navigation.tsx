import { Link } from "@/components/ui/link";
import type { SeriesNavigation as Navigation } from "@/lib/data/types";
import { t } from "@/lib/i18n/messages";

export function SeriesBadge({ navigation }: { navigation: Navigation }) {
  return (
    <p className="mb-2 text-sm font-semibold text-accent-700 dark:text-accent-300">
      <Link href={`/series/${navigation.slug}`}>{navigation.title}</Link>
      {" · "}
      {t.episodeOf(navigation.position, navigation.total)}
    </p>
  );
}

export function SeriesNavigation({ navigation }: { navigation: Navigation }) {
  return (
    <nav
      aria-label={`${t.series}: ${navigation.title}`}
      className="my-10 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 text-sm sm:grid-cols-2 dark:border-stone-800 dark:bg-stone-900"
    >
      <div>
        {navigation.previous && (
          <Link href={`/posts/${navigation.previous.slug}`} rel="prev" className="block">
            <span className="block text-stone-600 dark:text-stone-400">← {t.previousEpisode}</span>
            <span className="font-medium text-accent-700 underline dark:text-accent-300">
              {navigation.previous.title}
            </span>
          </Link>
        )}
      </div>
      <div className="sm:text-right">
        {navigation.next && (
          <Link href={`/posts/${navigation.next.slug}`} rel="next" className="block">
            <span className="block text-stone-600 dark:text-stone-400">{t.nextEpisode} →</span>
            <span className="font-medium text-accent-700 underline dark:text-accent-300">
              {navigation.next.title}
            </span>
          </Link>
        )}
      </div>
    </nav>
  );
}
