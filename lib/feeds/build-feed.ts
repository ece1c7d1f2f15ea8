// RSS 2.0, Atom and JSON Feed documents for the site, a series or a tag.
import "server-only";
import { Feed } from "feed";
import { db } from "../db";
import { getFeedPosts } from "../data/posts";
import { absoluteUrl, siteConfig } from "../site-config";
import { parseSlug } from "../validations/route-params";

export type FeedFormat = "rss" | "atom" | "json";

const FEED_LENGTH = 20;

const contentTypes: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

const fileNames: Record<FeedFormat, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };

interface FeedScope {
  title: string;
  description: string;
  /** Path of the HTML page the feed belongs to ("" for the home page) */
  path: string;
  where: Parameters<typeof getFeedPosts>[0];
}

async function render(scope: FeedScope, format: FeedFormat): Promise<Response> {
  const posts = await getFeedPosts(scope.where, FEED_LENGTH);
  const feedUrl = (f: FeedFormat) => absoluteUrl(`${scope.path}/${fileNames[f]}`);
  const feed = new Feed({
    title: scope.title,
    description: scope.description,
    id: absoluteUrl(scope.path || "/"),
    link: absoluteUrl(scope.path || "/"),
    language: siteConfig.locale,
    updated: posts[0]?.publishedAt ?? new Date(0),
    generator: "Casebook",
    copyright: `© ${siteConfig.name}`,
    feedLinks: { rss: feedUrl("rss"), atom: feedUrl("atom"), json: feedUrl("json") },
  });
  for (const post of posts) {
    const url = absoluteUrl(`/posts/${post.slug}`);
    feed.addItem({
      title: post.title,
      id: url,
      link: url,
      date: post.updatedAt > post.publishedAt ? post.updatedAt : post.publishedAt,
      published: post.publishedAt,
      description: post.excerpt,
      content: post.html,
      author: [{ name: post.author.name, link: absoluteUrl(`/authors/${post.author.slug}`) }],
      category: post.tags.map((tag) => ({ name: tag.name, term: tag.slug })),
      ...(post.cover ? { image: absoluteUrl(post.cover.src) } : {}),
    });
  }
  const body = format === "rss" ? feed.rss2() : format === "atom" ? feed.atom1() : feed.json1();
  return new Response(body, { headers: { "Content-Type": contentTypes[format] } });
}

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export function siteFeedResponse(format: FeedFormat): Promise<Response> {
  return render({ title: siteConfig.name, description: siteConfig.description, path: "", where: {} }, format);
}

export async function seriesFeedResponse(rawSlug: string, format: FeedFormat): Promise<Response> {
  const slug = parseSlug(rawSlug);
  const series = slug
    ? await db.series.findUnique({ where: { slug }, select: { id: true, title: true, description: true } })
    : null;
  if (!series) return notFound();
  return render(
    {
      title: `${series.title} – ${siteConfig.name}`,
      description: series.description,
      path: `/series/${slug}`,
      where: { seriesId: series.id },
    },
    format,
  );
}

export async function tagFeedResponse(rawSlug: string, format: FeedFormat): Promise<Response> {
  const slug = parseSlug(rawSlug);
  const tag = slug ? await db.tag.findUnique({ where: { slug }, select: { id: true, name: true } }) : null;
  if (!tag) return notFound();
  return render(
    {
      title: `${tag.name} – ${siteConfig.name}`,
      description: siteConfig.description,
      path: `/tags/${slug}`,
      where: { tags: { some: { tagId: tag.id } } },
    },
    format,
  );
}
