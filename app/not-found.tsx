import type { Metadata } from "next";
import { NotFoundMessage, notFoundMetadata } from "@/components/layout/not-found-message";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata: Metadata = notFoundMetadata;

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
