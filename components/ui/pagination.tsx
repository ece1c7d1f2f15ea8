import { Link } from "@/components/ui/link";
import { t } from "@/lib/i18n/messages";

/** Page 1 lives at basePath itself, page n at basePath/page/n */
const underBasePath = (basePath: string) => (target: number) =>
  target === 1 ? basePath : `${basePath === "/" ? "" : basePath}/page/${target}`;

/** Newer/older links between the pages of a list */
export function Pagination({
  basePath,
  page,
  totalPages,
  labels = { previous: t.newerPosts, next: t.olderPosts },
  hrefFor = underBasePath(basePath),
}: {
  basePath: string;
  page: number;
  totalPages: number;
  /** What lies before and after this page, for lists that are not newest first */
  labels?: { previous: string; next: string };
  /** For lists whose pages live elsewhere than basePath/page/n */
  hrefFor?: (page: number) => string;
}) {
  if (totalPages <= 1) return null;
  return (
    <PrevNextNav
      previous={page > 1 ? { href: hrefFor(page - 1), label: labels.previous } : null}
      next={page < totalPages ? { href: hrefFor(page + 1), label: labels.next } : null}
    >
      <span className="text-stone-600 dark:text-stone-400">{t.pageOf(page, totalPages)}</span>
    </PrevNextNav>
  );
}

interface PageLink {
  href: string;
  label: string;
}

/** The links to the page before and after, either of them absent at the ends */
export function PrevNextNav({
  previous,
  next,
  children,
}: {
  previous: PageLink | null;
  next: PageLink | null;
  children?: React.ReactNode;
}) {
  const linkClass = "font-medium text-accent-700 underline dark:text-accent-300";
  return (
    <nav aria-label={t.pagination} className="mt-10 flex items-center justify-between gap-4 text-sm">
      {previous ? (
        <Link href={previous.href} rel="prev" className={linkClass}>
          ← {previous.label}
        </Link>
      ) : (
        <span />
      )}
      {children}
      {next ? (
        <Link href={next.href} rel="next" className={linkClass}>
          {next.label} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
