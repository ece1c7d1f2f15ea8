import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { SearchForm } from "@/components/layout/search-form";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { t } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: t.notFoundTitle, robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="content" className="mx-auto max-w-3xl px-4 py-16">
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
      </main>
      <SiteFooter />
    </>
  );
}
