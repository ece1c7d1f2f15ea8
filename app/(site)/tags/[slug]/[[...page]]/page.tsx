import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FeedLinks } from "@/components/layout/feed-links";
import { PostList } from "@/components/post/post-list";
import { getPrerenderedTagSlugs, getTagPage } from "@/lib/data/taxonomy";
import { t } from "@/lib/i18n/messages";
import { atLeastOne } from "@/lib/static-params";
import { parseListingPage, parseSlug } from "@/lib/validations/route-params";

type Props = PageProps<"/tags/[slug]/[[...page]]">;

export async function generateStaticParams() {
  return atLeastOne("slug", await getPrerenderedTagSlugs()).map((params) => ({ ...params, page: [] }));
}

async function load(params: Props["params"]) {
  const { slug: rawSlug, page: segments } = await params;
  const slug = parseSlug(rawSlug);
  const page = parseListingPage(segments);
  if (!slug || !page) return null;
  const result = await getTagPage(slug, page);
  return result && page <= result.posts.totalPages ? result : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await load(params);
  if (!result) return { title: t.notFoundTitle };
  const path = `/tags/${result.tag.slug}`;
  return {
    title: t.postsTagged(result.tag.name),
    alternates: {
      canonical: result.posts.page > 1 ? `${path}/page/${result.posts.page}` : path,
      types: {
        "application/rss+xml": [{ url: `${path}/feed.xml`, title: `${result.tag.name} (RSS)` }],
        "application/atom+xml": [{ url: `${path}/atom.xml`, title: `${result.tag.name} (Atom)` }],
      },
    },
  };
}

export default async function TagPage({ params }: Props) {
  const result = await load(params);
  if (!result) notFound();
  const path = `/tags/${result.tag.slug}`;
  return (
    <PostList
      title={t.postsTagged(result.tag.name)}
      intro={<FeedLinks basePath={path} />}
      posts={result.posts}
      basePath={path}
    />
  );
}
