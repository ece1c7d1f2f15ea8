import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { signOutAction } from "@/lib/actions/sign-out";
import { can, roleLabels } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/sessions";
import { countPendingComments } from "@/lib/data/comment-moderation";
import { siteConfig } from "@/lib/site-config";

// The author area renders per request and whole, not streamed into placeholders that only script
// reveals, so its forms (moderation, accounts) also work without JavaScript
export const instant = false;

export const metadata: Metadata = {
  title: { default: "Autorenbereich", template: `%s – Autorenbereich ${siteConfig.name}` },
  robots: { index: false },
};

async function UserMenu() {
  const user = await requireUser();
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href="/admin/account" className="hover:underline">
        {user.name} <span className="text-stone-400">({roleLabels[user.role]})</span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="rounded-md border border-stone-500 px-2 py-1 hover:bg-stone-800">
          Abmelden
        </button>
      </form>
    </div>
  );
}

/** The sections this user may open; counts of what waits for them come with the links */
async function AdminNav() {
  const user = await requireUser();
  const pending = await countPendingComments(user);
  const links = [
    { href: "/admin", label: "Beiträge", show: true },
    { href: "/admin/posts/new", label: "Neuer Beitrag", show: can.createPost(user) },
    {
      href: "/admin/comments",
      label: "Kommentare",
      badge: pending > 0 ? { count: pending, label: `${pending} warten auf Freigabe` } : null,
      show: true,
    },
    { href: "/admin/series", label: "Serien", show: can.manageSeries(user) },
    { href: "/admin/subscribers", label: "Abonnements", show: can.manageSubscribers(user) },
    { href: "/admin/media", label: "Mediathek", show: can.uploadMedia(user) },
    { href: "/admin/users", label: "Konten", show: can.manageUsers(user) },
    { href: "/admin/settings", label: "Einstellungen", show: can.manageSettings(user) },
    { href: "/admin/privacy", label: "Datenschutz", show: can.managePersonalData(user) },
  ];
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {links
        .filter((link) => link.show)
        .map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="hover:underline">
              {link.label}
              {"badge" in link && link.badge && (
                <>
                  <span
                    aria-hidden="true"
                    className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-bold text-stone-900"
                  >
                    {link.badge.count}
                  </span>
                  <span className="sr-only"> ({link.badge.label})</span>
                </>
              )}
            </Link>
          </li>
        ))}
      <li>
        <Link href="/" prefetch={false} className="hover:underline">
          Zum Blog
        </Link>
      </li>
    </ul>
  );
}

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-stone-100 dark:bg-stone-950">
      <header className="bg-stone-900 text-stone-100">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/admin" className="font-serif text-lg font-bold no-underline">
            {siteConfig.name} · Autorenbereich
          </Link>
          <nav aria-label="Autorenbereich" className="mr-auto">
            <AdminNav />
          </nav>
          <UserMenu />
        </div>
      </header>
      <main id="content" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
