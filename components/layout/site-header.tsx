import { Link } from "@/components/ui/link";
import { t } from "@/lib/i18n/messages";
import { siteConfig } from "@/lib/site-config";
import { SearchForm } from "./search-form";

const navigation = [
  { href: "/", label: t.home },
  { href: "/series", label: t.series },
  { href: "/tags", label: t.tags },
  { href: "/archive", label: t.archive },
];

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-3 px-4 py-5">
        <div className="mr-auto">
          <Link href="/" className="font-serif text-2xl font-bold tracking-tight no-underline">
            {siteConfig.name}
          </Link>
          <p className="text-sm text-stone-600 dark:text-stone-400">{siteConfig.description}</p>
        </div>
        <nav aria-label={t.mainNavigation}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="hover:text-accent-700 hover:underline dark:hover:text-accent-300"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm />
      </div>
    </header>
  );
}
