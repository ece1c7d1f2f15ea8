import Link from "next/link";
import { t } from "@/lib/i18n/messages";

/** Newer/older links; page 1 lives at basePath itself, page n at basePath/page/n */
export function Pagination({
  basePath,
  page,
  totalPages,
  labels = { previous: t.newerPosts, next: t.olderPosts },
}: {
  basePath: string;
  page: number;
  totalPages: number;
  /** What lies before and after this page, for lists that are not newest first */
  labels?: { previous: string; next: string };
}) {
  if (totalPages <= 1) return null;
  const base = basePath === "/" ? "" : basePath;
  const hrefFor = (target: number) => (target === 1 ? basePath : `${base}/page/${target}`);
  return (
    <nav aria-label={t.pagination} className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link
          href={hrefFor(page - 1)}
          rel="prev"
          className="font-medium text-accent-700 underline dark:text-accent-300"
        >
          ← {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600 dark:text-stone-400">{t.pageOf(page, totalPages)}</span>
      {page < totalPages ? (
        <Link
          href={hrefFor(page + 1)}
          rel="next"
          className="font-medium text-accent-700 underline dark:text-accent-300"
        >
          {labels.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
