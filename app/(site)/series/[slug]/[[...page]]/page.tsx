import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { SubscribeForm } from "@/components/subscription/subscribe-form";
import { FeedLinks } from "@/components/layout/feed-links";
import { PostMeta } from "@/components/post/post-meta";
import { CastList } from "@/components/series/cast-list";
import { Pagination } from "@/components/ui/pagination";
import { getPrerenderedSeriesSlugs, getSeriesPage } from "@/lib/data/series";
import { t } from "@/lib/i18n/messages";
import { atLeastOne } from "@/lib/static-params";
import { parseListingPage, parseSlug } from "@/lib/validations/route-params";

type Props = PageProps<"/series/[slug]/[[...page]]">;

export async function generateStaticParams() {
  return atLeastOne("slug", await getPrerenderedSeriesSlugs()).map((params) => ({ ...params, page: [] }));
}

async function load(params: Props["params"]) {
  const { slug: rawSlug, page: segments } = await params;
  const slug = parseSlug(rawSlug);
  const page = parseListingPage(segments);
  return slug && page ? getSeriesPage(slug, page) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const series = await load(params);
  if (!series) return { title: t.notFoundTitle };
  const path = `/series/${series.slug}`;
  return {
    title: series.title,
    description: series.description,
    alternates: {
      canonical: series.page > 1 ? `${path}/page/${series.page}` : path,
      types: {
        "application/rss+xml": [{ url: `${path}/feed.xml`, title: `${series.title} (RSS)` }],
        "application/atom+xml": [{ url: `${path}/atom.xml`, title: `${series.title} (Atom)` }],
      },
    },
    openGraph: { title: series.title, description: series.description, url: path },
  };
}

export default async function SeriesPage({ params }: Props) {
  const series = await load(params);
  if (!series) notFound();
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-700 dark:text-accent-300">
        <Link href="/series">{t.allSeries}</Link>
      </p>
      <h1 className="mt-1 font-serif text-4xl font-bold">{series.title}</h1>
      <p className="mt-4 text-lg leading-relaxed">{series.description}</p>
      <CastList cast={series.cast} />
      <div className="my-8 space-y-2">
        <SubscribeForm
          seriesId={series.id}
          heading="Neue Folgen per E-Mail"
          note={`Jede neue Folge von „${series.title}“ in dein Postfach. Du bestätigst per E-Mail und meldest dich mit einem Klick wieder ab.`}
        />
        <FeedLinks basePath={`/series/${series.slug}`} json />
      </div>
      <section aria-labelledby="episodes-heading">
        <h2 id="episodes-heading" className="mb-4 font-serif text-2xl font-semibold">
          {t.episodes}{" "}
          <span className="text-base font-normal text-stone-600 dark:text-stone-400">
            ({t.episodeCount(series.episodeCount)})
          </span>
        </h2>
        <ol start={series.episodes[0]?.position} className="space-y-6">
          {series.episodes.map((episode) => (
            <li
              key={episode.id}
              className="border-b border-stone-200 pb-6 last:border-b-0 dark:border-stone-800"
            >
              <p className="text-sm font-semibold text-accent-700 dark:text-accent-300">
                {t.episodeOf(episode.position, series.episodeCount)}
              </p>
              <h3 className="font-serif text-xl font-bold">
                <Link
                  href={`/posts/${episode.slug}`}
                  className="hover:text-accent-700 dark:hover:text-accent-300"
                >
                  {episode.title}
                </Link>
              </h3>
              <div className="mt-1">
                <PostMeta post={episode} />
              </div>
              {episode.excerpt && <p className="mt-2">{episode.excerpt}</p>}
            </li>
          ))}
        </ol>
        <Pagination
          basePath={`/series/${series.slug}`}
          page={series.page}
          totalPages={series.totalPages}
          labels={{ previous: t.earlierEpisodes, next: t.laterEpisodes }}
        />
      </section>
    </>
  );
}
