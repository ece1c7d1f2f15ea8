import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { SearchForm } from "@/components/layout/search-form";
import { t } from "@/lib/i18n/messages";

/** Both not-found pages (the site's and the root's): titled, and kept out of search engines */
export const notFoundMetadata: Metadata = { title: t.notFoundTitle, robots: { index: false } };

/** What a reader sees for an address with nothing behind it, wherever the page frame comes from */
export function NotFoundMessage() {
  return (
    <>
      <p className="text-sm font-semibold text-accent-700 dark:text-accent-300">404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-4 text-lg">{t.notFoundText}</p>
      <div className="mt-6">
        <SearchForm id="not-found-search" />
      </div>
      <p className="mt-8">
        <Link href="/" className="font-medium text-accent-700 underline dark:text-accent-300">
          {t.backHome}
        </Link>
      </p>
    </>
  );
}
