import type { CoverImage } from "@/lib/data/types";
import { t } from "@/lib/i18n/messages";

/** The cover image with caption and its credit line ("Foto: … / Quelle: …") */
export function CoverFigure({ cover }: { cover: CoverImage }) {
  const credit = [
    cover.credit && `${t.photo}: ${cover.credit.replace(/^(Foto|Photo|Illustration):\s*/i, "")}`,
    cover.source && `${t.source}: ${cover.source.replace(/^(Quelle|Source):\s*/i, "")}`,
  ]
    .filter(Boolean)
    .join(" / ");
  return (
    <figure className="my-6">
      {/* Plain img: covers are already sized; next/image would need the optimiser at runtime */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={cover.src}
        srcSet={cover.srcSet}
        sizes={cover.srcSet ? "(min-width: 1024px) 56rem, 100vw" : undefined}
        width={cover.width}
        height={cover.height}
        alt={cover.alt}
        fetchPriority="high"
        className="h-auto w-full rounded-lg bg-stone-200 dark:bg-stone-800"
      />
      {(cover.caption || credit) && (
        <figcaption className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          {cover.caption}
          {cover.caption && credit && " — "}
          {credit && <span className="italic">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
