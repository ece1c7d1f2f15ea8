// Comment pages: when a post has more threads than a page shows, the rest follow on pages of their
// own, a comment's permalink finds its page, and a new thread lands where readers will look.
// "Kommentare pro Seite" is site-wide, so this file runs after all others (playwright.config.ts).
import { expectNoAxeViolations } from "./fixtures/axe";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { fillComment, marker, readerPage, sendComment, typeLikeAPerson } from "./fixtures/commenting";
import { demoContent, mustFind, publishedPosts } from "./fixtures/demo";
import { signIn, testUsers } from "./fixtures/users";

test.describe.configure({ mode: "serial" });

const topLevelApproved = (slug: string) =>
  (publishedPosts.find((post) => post.slug === slug)?.comments ?? []).filter(
    (comment) => (comment.status ?? "APPROVED") === "APPROVED",
  );
/** The open post with the most approved threads in the demo content */
const busiest = [...publishedPosts]
  .filter((post) => post.commentsOpen !== false)
  .sort((a, b) => topLevelApproved(b.slug).length - topLevelApproved(a.slug).length)[0];
const anecdote = mustFind(demoContent.posts, (post) => post.slug === "die-kueche-vom-bild", "anecdote");
const knownOnAnecdote = { name: "Holzwurm", email: "holzwurm@example.net" };

async function setThreadsPerPage(browser: Browser, value: string): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, testUsers.admin);
  await page.goto("/admin/settings");
  await page.getByLabel("Kommentare pro Seite").fill(value);
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  return page;
}

test.afterAll(async ({ browser }) => {
  const page = await setThreadsPerPage(browser, "50");
  await expect(page.getByRole("status").filter({ hasText: "Einstellungen gespeichert." })).toBeVisible();
});

test("an administrator sets the threads a page shows; a number out of range is refused at the field", async ({
  browser,
}) => {
  const page = await setThreadsPerPage(browser, "0");
  await expect(page.getByText("Kommentare pro Seite: mindestens 1.")).toBeVisible();
  await page.getByLabel("Kommentare pro Seite").fill("1");
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Einstellungen gespeichert." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Kommentare pro Seite")).toHaveValue("1");
});

test("threads beyond the first page follow on pages of their own, each comment found by its permalink", async ({
  browser,
}) => {
  if (!busiest || topLevelApproved(busiest.slug).length < 2)
    throw new Error("demo content needs a post with two threads");
  const [first, second] = topLevelApproved(busiest.slug);
  const page = await readerPage(browser);
  await page.goto(`/posts/${busiest.slug}`);
  // Next.js keeps the page navigated away from in the document, hidden: only the visible one counts
  const comments = page.locator("#comments:visible");
  const threads = comments.locator(":scope > ol > li");
  await expect(threads).toHaveCount(1);
  await expect(threads.first()).toContainText(first?.body.slice(0, 40) ?? "");
  const pagination = comments.getByRole("navigation", { name: "Seitennavigation" });
  const pageCount = Number(
    (await pagination.getByText(/^Seite 1 von \d+$/).textContent())?.match(/\d+$/)?.[0],
  );
  expect(pageCount).toBeGreaterThanOrEqual(2);
  // The form stays under the post's first page
  await expect(page.locator("#respond:visible")).toHaveCount(1);

  await pagination.getByRole("link", { name: "Neuere Kommentare" }).click();
  await expect(page).toHaveURL(new RegExp(`/posts/${busiest.slug}/comments/page/2$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Kommentare zu „${busiest.title}“`);
  await expect(page.getByText(`Seite 2 von ${pageCount}`).first()).toBeVisible();
  await expect(threads).toHaveCount(1);
  const thread = comments.locator(":scope > ol > li > article");
  await expect(thread).toContainText(second?.body.slice(0, 40) ?? "");
  await expect(page.locator("#respond:visible")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Selbst kommentieren" })).toHaveAttribute(
    "href",
    `/posts/${busiest.slug}#respond`,
  );
  await expect(page.getByRole("link", { name: "Ältere Kommentare" })).toHaveAttribute(
    "href",
    `/posts/${busiest.slug}#comments`,
  );
  const commentId = (await thread.getAttribute("id"))?.replace("comment-", "");

  // Mails and the author area link a comment by its permalink, which finds its page
  await page.goto(`/posts/${busiest.slug}/comments/${commentId}`);
  await expect(page).toHaveURL(new RegExp(`/posts/${busiest.slug}/comments/page/2#comment-${commentId}$`));
  await expect(page.locator(`#comment-${commentId}`)).toBeInViewport();
  await page.goto(`/posts/${busiest.slug}/comments/999999999`);
  await expect(page).toHaveURL(new RegExp(`/posts/${busiest.slug}#comments$`));

  // Answering a comment on a later page opens the form, set to answer it
  await page.goto(`/posts/${busiest.slug}/comments/page/2`);
  await page
    .locator(`#comment-${commentId} > div`)
    .getByRole("link", { name: new RegExp(`^Auf den Kommentar von ${second?.authorName}`) })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`/posts/${busiest.slug}/kommentieren\\?antwort=${commentId}#respond$`),
  );
  await expect(page.locator("#respond-heading")).toHaveText(`Antwort an ${second?.authorName}`);

  for (const missing of [1, pageCount + 1]) {
    await page.goto(`/posts/${busiest.slug}/comments/page/${missing}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  }
});

for (const scheme of ["light", "dark"] as const) {
  test(`a later comment page has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/posts/${busiest?.slug}/comments/page/2`);
    await expect(page.locator("#comments")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

for (const javaScript of [true, false]) {
  test(`a new thread lands on the last comment page, where the writer is taken (${javaScript ? "with" : "without"} JavaScript)`, async ({
    browser,
  }) => {
    const page = await readerPage(browser, { javaScript });
    await page.goto(`/posts/${anecdote.slug}`);
    const text = marker("Neuer Faden");
    await fillComment(page, { ...knownOnAnecdote, body: text });
    if (!javaScript) {
      // The cached page has no form token: the first plain post fetches one
      await sendComment(page);
      await expect(page.locator("#respond").getByText(/Fast geschafft/)).toBeVisible();
    }
    await typeLikeAPerson(page);
    await sendComment(page);
    await expect(page).toHaveURL(new RegExp(`/posts/${anecdote.slug}/comments/page/\\d+#comment-\\d+$`));
    const pages = page.getByText(/^Seite (\d+) von \1$/).first();
    await expect(pages).toBeVisible();
    await expect(page.locator("#comments > ol > li").filter({ hasText: text })).toBeVisible();
  });
}
