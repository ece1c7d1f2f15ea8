import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/sessions";
import { listSeriesForAdmin } from "@/lib/data/admin-series";

export const metadata: Metadata = { title: "Serien" };

export default async function SeriesAdminPage() {
  const user = await requireUser();
  if (!can.manageSeries(user)) notFound();
  const series = await listSeriesForAdmin(user);
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Serien</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">
        Neue Serien entstehen im Editor eines Beitrags („… oder neue Serie“).
      </p>
      <ul className="space-y-2">
        {series.map((entry) => (
          <li
            key={entry.id}
            className="flex items-center justify-between rounded-lg bg-white p-4 shadow-sm dark:bg-stone-900"
          >
            <Link href={`/admin/series/${entry.id}`} className="font-medium underline">
              {entry.title}
            </Link>
            <span className="text-sm text-stone-600 dark:text-stone-400">
              {entry._count.posts} Folgen, davon {entry.episodeCount} veröffentlicht
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
