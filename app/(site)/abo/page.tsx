import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { FeedLinks } from "@/components/layout/feed-links";
import { SubscribeForm } from "@/components/subscription/subscribe-form";
import { getActiveSeries } from "@/lib/data/series";
import { t } from "@/lib/i18n/messages";
import { siteConfig } from "@/lib/site-config";

export const metadata: Metadata = {
  title: "Per E-Mail folgen",
  description: `Neue Beiträge und Folgen von ${siteConfig.name} per E-Mail oder Feed.`,
  alternates: { canonical: "/abo" },
};

/** The series with the newest episodes; the rest are a link away, on the series index */
const LISTED_SERIES = 10;

export default async function SubscribePage() {
  const { series, total } = await getActiveSeries(LISTED_SERIES);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Per E-Mail folgen</h1>
      <p className="mt-4 text-lg leading-relaxed">
        Jeder neue Beitrag in dein Postfach, oder nur die Serien, die dich interessieren. Wir schicken dir
        zuerst eine E-Mail zur Bestätigung; ohne sie bekommst du nichts. Jede E-Mail hat einen Link zum
        Abmelden.
      </p>
      <div className="my-8 space-y-2">
        <SubscribeForm heading="Alle neuen Beiträge" note={`Alles, was auf ${siteConfig.name} erscheint.`} />
        <FeedLinks basePath="" />
      </div>
      {series.length > 0 && (
        <section aria-labelledby="series-subscriptions">
          <h2 id="series-subscriptions" className="mb-3 font-serif text-2xl font-semibold">
            Nur eine Serie
          </h2>
          <ul className="space-y-2">
            {series.map((entry) => (
              <li key={entry.slug}>
                <Link href={`/series/${entry.slug}`} className="font-medium underline">
                  {entry.title}
                </Link>{" "}
                – auf der Seite der Serie abonnieren
              </li>
            ))}
          </ul>
          {total > series.length && (
            <p className="mt-3">
              <Link href="/series" className="font-medium underline">
                {t.allSeriesCount(total)}
              </Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}
