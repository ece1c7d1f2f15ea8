import { expect, test } from "@playwright/test";
import {
  approved,
  demoContent,
  episodesOf,
  germanLongDate,
  mustFind,
  postWithDeepestThread,
  publishedPosts,
  threadDepth,
  unpublishedPosts,
} from "./fixtures/demo";

test.describe("home", () => {
  test("lists the newest posts first and pages to older ones", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    const titles = await page.locator("main article h2").allTextContents();
    expect(titles.slice(0, 3)).toEqual(publishedPosts.slice(0, 3).map((post) => post.title));
    for (const draft of unpublishedPosts) expect(titles).not.toContain(draft.title);

    await page.getByRole("link", { name: /Ältere Beiträge/ }).click();
    await expect(page).toHaveURL(/\/page\/2$/);
    await expect(page.getByRole("navigation", { name: "Seitennavigation" })).toContainText(/Seite 2 von \d+/);
    await expect(page.locator("main article h2").first()).toHaveText(publishedPosts[10]?.title ?? "");
  });

  test("shows recent posts, the weighted tag cloud and the archive in the sidebar", async ({ page }) => {
    await page.goto("/");
    const sidebar = page.getByRole("complementary");
    await expect(sidebar.getByRole("heading", { name: "Letzte Beiträge" })).toBeVisible();
    await expect(sidebar.getByRole("link", { name: publishedPosts[0]?.title ?? "" })).toBeVisible();
    await expect(sidebar.getByRole("heading", { name: "Schlagwortwolke" })).toBeVisible();
    const sizes = await sidebar
      .locator('a[href^="/tags/"]')
      .evaluateAll((links) => links.map((link) => getComputedStyle(link).fontSize));
    expect(new Set(sizes).size).toBeGreaterThan(1);
    await expect(sidebar.getByRole("heading", { name: "Archiv" })).toBeVisible();
  });
});

test.describe("post page", () => {
  test("shows date, reading time, cover credit, tags, category and JSON-LD", async ({ page }) => {
    const post = mustFind(publishedPosts, (p) => !!p.cover && p.tags.length > 0, "post with cover");
    await page.goto(`/posts/${post.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(post.title);
    await expect(page.locator("article time").first()).toHaveText(germanLongDate(post.publishedAt));
    await expect(page.getByText(/\d+ Min\. Lesezeit/).first()).toBeVisible();
    const figure = page.locator("figure").first();
    await expect(figure.locator("img")).toHaveAttribute("alt", post.cover?.alt ?? "");
    await expect(figure.locator("figcaption")).toContainText("Foto:");
    await expect(figure.locator("figcaption")).toContainText("Quelle:");
    const category = mustFind(demoContent.categories, (c) => c.slug === post.categorySlug, "category");
    await expect(page.locator("article footer").getByRole("link", { name: category.name })).toBeVisible();
    for (const slug of post.tags) {
      await expect(page.locator(`article footer a[href="/tags/${slug}"]`)).toBeVisible();
    }
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
    );
    expect(jsonLd["@type"]).toBe("BlogPosting");
    expect(jsonLd.headline).toBe(post.title);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/posts/${post.slug}$`),
    );
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", post.title);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", /summary/);
  });

  test("shows approved comments as threads, never the pending ones or any email", async ({ page }) => {
    const post = postWithDeepestThread();
    expect(threadDepth(post.comments)).toBeGreaterThanOrEqual(3);
    await page.goto(`/posts/${post.slug}`);
    const comments = page.locator("#comments");
    const visible = approved(post.comments);
    await expect(comments.getByRole("heading", { level: 2 })).toContainText(String(visible.length));
    await expect(comments.locator("article[id^=comment-]")).toHaveCount(visible.length);
    // a reply to a reply sits two lists deep
    await expect(comments.locator("ol ol ol article").first()).toBeVisible();
    const html = await page.content();
    for (const comment of post.comments ?? []) expect(html).not.toContain(comment.authorEmail);
  });

  test("marks replies by the post's author", async ({ page }) => {
    const post = mustFind(
      publishedPosts,
      (p) => approved(p.comments).some((c) => c.authorKey === p.authorKey),
      "post with an author reply",
    );
    await page.goto(`/posts/${post.slug}`);
    await expect(page.locator("#comments").getByText("Autor des Beitrags").first()).toBeVisible();
  });

  test("says so when comments are closed", async ({ page }) => {
    const post = mustFind(publishedPosts, (p) => p.commentsOpen === false, "post with closed comments");
    await page.goto(`/posts/${post.slug}`);
    await expect(page.getByText("Die Kommentarfunktion ist geschlossen.")).toBeVisible();
  });

  test("is readable without JavaScript, as are the lists that lead to it", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const oldest = publishedPosts.at(-1);
    if (!oldest) throw new Error("no posts");
    await page.goto(`/posts/${oldest.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(oldest.title);
    await expect(page.locator(".prose p").first()).toBeVisible();
    for (const path of [
      "/",
      "/page/2",
      `/tags/${oldest.tags[0]}`,
      `/series/${demoContent.series[1]?.slug}`,
      "/archive",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeAttached();
      await expect(page.getByRole("main").locator("a").first()).toBeVisible();
    }
    await context.close();
  });

  test("comes from the cache in ASCII and reads with every umlaut in place", async ({ page }) => {
    const post = mustFind(publishedPosts, (p) => /[äöüß]/.test(p.title), "post with an umlaut in its title");
    const messages: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") messages.push(message.text());
    });
    page.on("pageerror", (error) => messages.push(error.message));
    await page.goto(`/posts/${post.slug}`, { waitUntil: "networkidle" });
    const response = await page.request.get(`/posts/${post.slug}`);
    expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(response.headers()["content-type"]).toBe("text/html; charset=utf-8");
    expect(await response.text()).toMatch(/^[\x00-\x7f]+$/);
    await expect(page).toHaveTitle(new RegExp(`^${post.title}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(post.title);
    // The RSC payload in the page hydrates the same tree: React reports no mismatch
    expect(messages).toEqual([]);
  });
});

test.describe("series", () => {
  const series = demoContent.series[0];
  if (!series) throw new Error("demo content has no series");
  const episodes = episodesOf(series.slug);

  test("the index lists every series with its episode count", async ({ page }) => {
    await page.goto("/series");
    for (const entry of demoContent.series) {
      await expect(page.getByRole("link", { name: entry.title })).toBeVisible();
    }
    await expect(page.getByText(`${episodes.length} Folgen`).first()).toBeVisible();
  });

  test("a series page shows its cast and its episodes in order", async ({ page }) => {
    await page.goto(`/series/${series.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(series.title);
    for (const member of series.cast) await expect(page.getByText(member.description)).toBeVisible();
    const titles = await page.locator("main ol h3").allTextContents();
    expect(titles).toEqual(episodes.map((episode) => episode.title));
    await expect(page.getByRole("main").getByRole("link", { name: "RSS-Feed" })).toHaveAttribute(
      "href",
      `/series/${series.slug}/feed.xml`,
    );
  });

  test("an episode says which part it is and links to its neighbours", async ({ page }) => {
    const second = episodes[1];
    await page.goto(`/posts/${second?.slug}`);
    await expect(page.getByText(`Teil 2 von ${episodes.length}`)).toBeVisible();
    await expect(
      page.getByRole("link", { name: new RegExp(`Vorherige Folge.*${escape(episodes[0]?.title)}`) }),
    ).toBeVisible();
    await page
      .getByRole("link", { name: new RegExp(`Nächste Folge.*${escape(episodes[2]?.title)}`) })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(episodes[2]?.title ?? "");
  });
});

function escape(text: string | undefined): string {
  return (text ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test.describe("taxonomy, archive and authors", () => {
  test("tag cloud page and a tag page", async ({ page }) => {
    await page.goto("/tags");
    const tag = demoContent.tags.find((entry) =>
      publishedPosts.some((post) => post.tags.includes(entry.slug)),
    );
    await page
      .getByRole("main")
      .getByRole("link", { name: new RegExp(`^${escape(tag?.name)}`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/tags/${tag?.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(tag?.name ?? "");
    const expected = publishedPosts.filter((post) => post.tags.includes(tag?.slug ?? "")).slice(0, 10);
    expect(await page.locator("main article h2").allTextContents()).toEqual(
      expected.map((post) => post.title),
    );
  });

  test("category page lists its posts", async ({ page }) => {
    const category = mustFind(
      demoContent.categories,
      (c) => publishedPosts.some((p) => p.categorySlug === c.slug),
      "category",
    );
    await page.goto(`/categories/${category.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(category.name);
    const expected = publishedPosts.filter((post) => post.categorySlug === category.slug).slice(0, 10);
    expect(await page.locator("main article h2").allTextContents()).toEqual(
      expected.map((post) => post.title),
    );
  });

  test("monthly archive", async ({ page }) => {
    const newest = publishedPosts[0];
    if (!newest) throw new Error("no posts");
    await page.goto("/archive");
    const monthName = new Intl.DateTimeFormat("de-DE", {
      month: "long",
      year: "numeric",
      timeZone: "Europe/Berlin",
    }).format(new Date(newest.publishedAt));
    await page.getByRole("main").getByRole("link", { name: monthName }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Beiträge aus ${monthName}`);
    await expect(page.getByRole("main").getByRole("link", { name: newest.title, exact: true })).toBeVisible();
  });

  test("author page", async ({ page }) => {
    const post = publishedPosts[0];
    const author = mustFind(demoContent.authors, (a) => a.key === post?.authorKey, "author");
    await page.goto(`/posts/${post?.slug}`);
    await page.locator("article header").getByRole("link", { name: author.name }).click();
    await expect(page).toHaveURL(new RegExp(`/authors/${author.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Beiträge von ${author.name}`);
  });
});
