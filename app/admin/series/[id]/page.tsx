import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CastManager } from "@/components/admin/cast-manager";
import { EpisodeOrder } from "@/components/admin/episode-order";
import { SeriesDetailsForm } from "@/components/admin/series-details-form";
import { requireUser } from "@/lib/auth/sessions";
import { getSeriesForAdmin } from "@/lib/data/admin-series";
import { NotAuthorisedError, NotFoundError } from "@/lib/data/errors";

export const metadata: Metadata = { title: "Serie bearbeiten" };

export default async function SeriesEditPage({ params }: PageProps<"/admin/series/[id]">) {
  const user = await requireUser();
  const raw = (await params).id;
  if (!/^[1-9]\d{0,9}$/.test(raw)) notFound();
  let series;
  try {
    series = await getSeriesForAdmin(user, Number(raw));
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof NotAuthorisedError) notFound();
    throw error;
  }
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/series" className="underline">
          ← Alle Serien
        </Link>{" "}
        ·{" "}
        <Link href={`/series/${series.slug}`} prefetch={false} className="underline">
          Öffentliche Seite
        </Link>
      </p>
      <h1 className="mt-2 mb-6 font-serif text-3xl font-bold">{series.title}</h1>
      <div className="grid gap-8 lg:grid-cols-2">
        <section
          aria-labelledby="details-heading"
          className="rounded-lg bg-white p-5 shadow-sm dark:bg-stone-900"
        >
          <h2 id="details-heading" className="mb-4 font-semibold">
            Beschreibung
          </h2>
          <SeriesDetailsForm series={series} />
        </section>
        <section aria-labelledby="episodes-heading">
          <h2 id="episodes-heading" className="mb-4 font-semibold">
            Reihenfolge der Folgen
          </h2>
          <EpisodeOrder seriesId={series.id} episodes={series.posts} />
        </section>
        <section aria-labelledby="cast-heading" className="lg:col-span-2">
          <h2 id="cast-heading" className="mb-1 font-semibold">
            Besetzung
          </h2>
          <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">
            Die Platzhalter, die Anekdoten dieser Serie statt echter Namen verwenden. Leser*innen sehen den
            Namen im Text und die Beschreibung.
          </p>
          <CastManager seriesId={series.id} cast={series.cast} />
        </section>
      </div>
    </>
  );
}
