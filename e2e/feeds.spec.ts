import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { demoContent, episodesOf, publishedPosts } from "./fixtures/demo";

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["item", "entry", "url", "sitemap"].includes(name),
});

test("the site's RSS feed lists the newest posts", async ({ request }) => {
  const response = await request.get("/feed.xml");
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const feed = parser.parse(await response.text());
  const titles = feed.rss.channel.item.map((item: { title: string }) => item.title);
  expect(titles.slice(0, 5)).toEqual(publishedPosts.slice(0, 5).map((post) => post.title));
});

test("the site's Atom feed lists the newest posts", async ({ request }) => {
  const response = await request.get("/atom.xml");
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const feed = parser.parse(await response.text());
  const titles = feed.feed.entry.map((entry: { title: string | { "#text": string } }) =>
    typeof entry.title === "string" ? entry.title : entry.title["#text"],
  );
  expect(titles[0]).toBe(publishedPosts[0]?.title);
});

test("a series has RSS, Atom and JSON feeds with exactly its episodes", async ({ request }) => {
  const series = demoContent.series[0];
  const episodes = episodesOf(series?.slug ?? "");
  const rss = parser.parse(await (await request.get(`/series/${series?.slug}/feed.xml`)).text());
  expect(rss.rss.channel.item.map((item: { title: string }) => item.title).sort()).toEqual(
    episodes.map((episode) => episode.title).sort(),
  );
  const atom = parser.parse(await (await request.get(`/series/${series?.slug}/atom.xml`)).text());
  expect(atom.feed.entry).toHaveLength(episodes.length);
  const json = await (await request.get(`/series/${series?.slug}/feed.json`)).json();
  expect(json.items).toHaveLength(episodes.length);
});

test("a tag has RSS and Atom feeds", async ({ request }) => {
  const tag = demoContent.tags.find((entry) => publishedPosts.some((post) => post.tags.includes(entry.slug)));
  const expected = publishedPosts.filter((post) => post.tags.includes(tag?.slug ?? ""));
  const rss = parser.parse(await (await request.get(`/tags/${tag?.slug}/feed.xml`)).text());
  expect(rss.rss.channel.item).toHaveLength(Math.min(expected.length, 20));
  const atom = parser.parse(await (await request.get(`/tags/${tag?.slug}/atom.xml`)).text());
  expect(atom.feed.entry).toHaveLength(Math.min(expected.length, 20));
});

test("pages announce their feeds for autodiscovery", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    "href",
    /\/feed\.xml$/,
  );
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/atom\.xml$/,
  );
  await page.goto(`/series/${demoContent.series[0]?.slug}`);
  await expect(
    page.locator(`link[rel="alternate"][href$="/series/${demoContent.series[0]?.slug}/feed.xml"]`),
  ).toHaveCount(1);
});

test("the sitemap index leads to every published post and robots.txt points to it", async ({ request }) => {
  const index = parser.parse(await (await request.get("/sitemap.xml")).text());
  const files: string[] = index.sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
  const urls: string[] = [];
  for (const file of files) {
    const response = await request.get(new URL(file).pathname);
    expect(response.status()).toBe(200);
    const sitemap = parser.parse(await response.text());
    urls.push(...(sitemap.urlset.url ?? []).map((entry: { loc: string }) => entry.loc));
  }
  expect(urls.some((url) => url.endsWith("/series"))).toBe(true);
  for (const post of publishedPosts)
    expect(urls.some((url) => url.endsWith(`/posts/${post.slug}`))).toBe(true);
  expect(
    urls.some(
      (url) => /\/posts\//.test(url) && !publishedPosts.some((p) => url.endsWith(`/posts/${p.slug}`)),
    ),
  ).toBe(false);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /admin");
});
