import { expect, test } from "@playwright/test";
import { publishedPosts, unpublishedPosts } from "./fixtures/demo";

test.describe("search", () => {
  test("finds a post by a word of its title, from the header form", async ({ page }) => {
    const post = publishedPosts[2];
    if (!post) throw new Error("no posts");
    const word = post.title.split(/[^\p{L}]+/u).filter((w) => w.length > 4)[0] ?? post.title;
    await page.goto("/");
    await page.getByRole("search").first().getByRole("searchbox").fill(word);
    await page.getByRole("search").first().getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(word);
    await expect(page.getByRole("main").getByRole("link", { name: post.title, exact: true })).toBeVisible();
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const post = publishedPosts[0];
    const word = post?.title.split(/[^\p{L}]+/u).filter((w) => w.length > 4)[0] ?? "";
    await page.goto("/");
    await page.getByRole("search").first().getByRole("searchbox").fill(word);
    await page.getByRole("search").first().getByRole("button", { name: "Suchen" }).click();
    await expect(
      page.getByRole("main").getByRole("link", { name: post?.title ?? "", exact: true }),
    ).toBeVisible();
    await context.close();
  });

  test("says plainly when nothing matches", async ({ page }) => {
    await page.goto("/search?q=zzzxxyqq");
    await expect(page.getByRole("status")).toHaveText(
      "Leider nichts gefunden. Versuche es mit einem anderen Begriff.",
    );
    await expect(page.getByRole("main").locator("article")).toHaveCount(0);
  });

  test("never lists drafts or scheduled posts", async ({ page }) => {
    for (const post of unpublishedPosts) {
      await page.goto(`/search?q=${encodeURIComponent(post.title)}`);
      await expect(page.getByRole("main").getByRole("link", { name: post.title, exact: true })).toHaveCount(
        0,
      );
    }
  });

  for (const query of [
    '"',
    "*",
    "' OR 1=1 --",
    "NEAR(a b)",
    "a".repeat(5000),
    "%00",
    "\u202e\u200b",
    "<script>alert(1)</script>",
  ]) {
    test(`answers odd input calmly: ${JSON.stringify(query.slice(0, 20))}`, async ({ page }) => {
      let dialogs = 0;
      page.on("dialog", (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      const response = await page.goto(`/search?q=${encodeURIComponent(query)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("main").getByRole("searchbox")).toBeVisible();
      expect(await page.content()).not.toMatch(/at \w+ \(|node_modules|SQLITE_ERROR|syntax error/);
      expect(dialogs).toBe(0);
    });
  }
});

test.describe("not found and bad input", () => {
  const missing = [
    "/posts/gibt-es-nicht",
    "/posts/%E2%80%AE%00",
    "/posts/UPPER-case",
    "/page/0",
    "/page/abc",
    "/page/1",
    "/page/99999",
    "/page/-3",
    "/series/gibt-es-nicht",
    "/tags/gibt-es-nicht",
    "/tags/gibt-es-nicht/feed.xml",
    "/categories/gibt-es-nicht",
    "/authors/niemand",
    "/archive/2026/13",
    "/archive/1850/01",
    "/archive/abcd/01",
    "/archive/2026/1",
    "/archive/1999/01",
    "/irgendwas/ganz/anderes",
    ...unpublishedPosts.map((post) => `/posts/${post.slug}`),
  ];
  // Plain requests: the status and the HTML are what matters here, and a browser for each path
  // would add minutes to the suite. The tests below look at the rendered page.
  for (const path of missing) {
    test(`${path} is a clean 404`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toMatch(/at \w+ \(|node_modules|Error:/);
    });
  }

  // A missing post (inside the site's layout) and an address no route knows (outside it)
  for (const path of ["/posts/gibt-es-nicht", "/archive/1850/01", "/irgendwas/ganz/anderes"]) {
    test(`the 404 page for ${path} says what happened, once, and offers a way on`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
      await expect(page).toHaveTitle(/^Seite nicht gefunden/);
      await expect(page.getByRole("banner")).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.getByRole("contentinfo")).toHaveCount(1);
      await page.getByRole("main").getByRole("searchbox").fill("Schattenfuge");
      await page.getByRole("main").getByRole("searchbox").press("Enter");
      await expect(page).toHaveURL(/\/search\?q=Schattenfuge$/);
    });
  }
});
