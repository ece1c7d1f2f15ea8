import { Sidebar } from "@/components/layout/sidebar";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { t } from "@/lib/i18n/messages";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-stone-900"
      >
        {t.skipToContent}
      </a>
      <SiteHeader />
      <div className="mx-auto grid max-w-6xl gap-12 px-4 pt-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <main id="content" tabIndex={-1} className="min-w-0 focus:outline-none">
          {children}
        </main>
        <Sidebar />
      </div>
      <SiteFooter />
    </>
  );
}
