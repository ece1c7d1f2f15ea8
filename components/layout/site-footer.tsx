import { Link } from "@/components/ui/link";
import { t } from "@/lib/i18n/messages";
import { siteConfig } from "@/lib/site-config";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white py-8 text-sm text-stone-600 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-400">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4">
        <p>
          © {siteConfig.name} · {t.poweredBy}
        </p>
        <nav aria-label={t.feeds}>
          <ul className="flex gap-4">
            <li>
              <Link href="/feed.xml" prefetch={false}>
                {t.feedRss}
              </Link>
            </li>
            <li>
              <Link href="/atom.xml" prefetch={false}>
                {t.feedAtom}
              </Link>
            </li>
            <li>
              <Link href="/categories">{t.categories}</Link>
            </li>
            <li>
              <Link href="/abo">{t.followByEmail}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
