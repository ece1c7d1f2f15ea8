import type { Metadata } from "next";
import { MediaDetailsForm } from "@/components/admin/media-details-form";
import { requireUser } from "@/lib/auth/sessions";
import { listMedia } from "@/lib/data/media";

export const metadata: Metadata = { title: "Mediathek" };

export default async function MediaLibraryPage() {
  const items = await listMedia(await requireUser(), 200);
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Mediathek</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">
        Bilder lädst du im Editor hoch; hier pflegst du Beschreibung, Unterschrift und Bildnachweis („Foto: …
        / Quelle: …“).
      </p>
      {items.length === 0 && <p>Noch keine Bilder.</p>}
      <ul className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
        {items.map((item) => (
          <li key={item.id} className="space-y-3 rounded-lg bg-white p-4 shadow-sm dark:bg-stone-900">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={item.src}
              alt={item.alt}
              width={item.width}
              height={item.height}
              loading="lazy"
              className="h-auto w-full rounded"
            />
            <MediaDetailsForm item={item} />
          </li>
        ))}
      </ul>
    </>
  );
}
