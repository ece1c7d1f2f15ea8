import type { CastMemberView } from "@/lib/data/types";
import { t } from "@/lib/i18n/messages";
import { capitalise } from "@/lib/markdown/cast";

/** Names and descriptions of a cast: the whole cast on a series page, those who appear under an anecdote. */
export function CastList({
  cast,
  heading = t.cast,
  headingId = "cast-heading",
  children = <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">{t.castIntro}</p>,
}: {
  cast: CastMemberView[];
  heading?: string;
  headingId?: string;
  /** Under the heading; the series page explains the placeholders there */
  children?: React.ReactNode;
}) {
  if (cast.length === 0) return null;
  return (
    <section
      aria-labelledby={headingId}
      className="cast-list my-8 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id={headingId} className="mb-2 font-serif text-xl font-semibold">
        {heading}
      </h2>
      {children}
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        {cast.map((member) => (
          <div key={member.placeholder} className="contents">
            <dt className="font-semibold">
              <span className="cast-name">{capitalise(member.displayName)}</span>
            </dt>
            <dd className="text-stone-700 dark:text-stone-300">{member.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
