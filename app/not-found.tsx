import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { t } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: t.notFoundTitle, robots: { index: false } };

/** An address no route matches: outside the site's layout, so it brings the page frame itself */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="content" className="mx-auto max-w-3xl px-4 py-16">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
