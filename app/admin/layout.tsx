import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { signOutAction } from "@/lib/actions/sign-out";
import { requireUser } from "@/lib/auth/sessions";
import { siteConfig } from "@/lib/site-config";

export const metadata: Metadata = {
  title: { default: "Autorenbereich", template: `%s – Autorenbereich ${siteConfig.name}` },
  robots: { index: false },
};

const roleNames = { ADMIN: "Administration", EDITOR: "Redaktion", AUTHOR: "Autor*in" } as const;

async function UserMenu() {
  const user = await requireUser();
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href="/admin/account" className="hover:underline">
        {user.name} <span className="text-stone-400">({roleNames[user.role]})</span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="rounded-md border border-stone-500 px-2 py-1 hover:bg-stone-800">
          Abmelden
        </button>
      </form>
    </div>
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
            <ul className="flex gap-4 text-sm">
              <li>
                <Link href="/admin" className="hover:underline">
                  Beiträge
                </Link>
              </li>
              <li>
                <Link href="/admin/posts/new" className="hover:underline">
                  Neuer Beitrag
                </Link>
              </li>
              <li>
                <Link href="/admin/series" className="hover:underline">
                  Serien
                </Link>
              </li>
              <li>
                <Link href="/admin/media" className="hover:underline">
                  Mediathek
                </Link>
              </li>
              <li>
                <Link href="/" prefetch={false} className="hover:underline">
                  Zum Blog
                </Link>
              </li>
            </ul>
          </nav>
          <Suspense>
            <UserMenu />
          </Suspense>
        </div>
      </header>
      <main id="content" className="mx-auto max-w-7xl px-4 py-8">
        <Suspense fallback={<p>Lädt …</p>}>{children}</Suspense>
      </main>
    </div>
  );
}
