import { Link } from "@/components/ui/link";
import { CastList } from "@/components/series/cast-list";
import type { CastMemberView } from "@/lib/data/types";
import { t } from "@/lib/i18n/messages";
import { PseudonymNoteDismissal } from "./pseudonym-note-dismissal";

/**
 * Under an anecdote: the members of the series' cast who appear in it, and the way to the whole cast. Only
 * cast members have notes in the body, so where there is no list there are no notes to dismiss either.
 */
export function PostCast({
  cast,
  series,
}: {
  cast: CastMemberView[];
  series?: { title: string; slug: string } | null;
}) {
  if (cast.length === 0) return null;
  return (
    <>
      <PseudonymNoteDismissal />
      <CastList cast={cast} heading={t.castInThisStory} headingId="post-cast-heading">
        {series ? (
          <p className="mb-4 text-sm">
            <Link
              href={`/series/${series.slug}#cast-heading`}
              className="font-medium text-accent-700 underline dark:text-accent-300"
            >
              {t.wholeCast(series.title)}
            </Link>
          </p>
        ) : null}
      </CastList>
    </>
  );
}
