import type { CastMemberView } from "@/lib/data/series";
import { t } from "@/lib/i18n/messages";

export function CastList({ cast }: { cast: CastMemberView[] }) {
  if (cast.length === 0) return null;
  return (
    <section
      aria-labelledby="cast-heading"
      className="my-8 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id="cast-heading" className="mb-3 font-serif text-xl font-semibold">
        {t.cast}
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        {cast.map((member) => (
          <div key={member.placeholder} className="contents">
            <dt className="font-semibold">
              <span className="rounded bg-accent-100 px-1.5 py-0.5 text-accent-700 dark:bg-stone-800 dark:text-accent-300">
                {member.displayName}
              </span>
            </dt>
            <dd className="text-stone-700 dark:text-stone-300">{member.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
