// The XSS corpus (e2e/fixtures/xss-vectors.json: DOMPurify fixtures and OWASP cheat-sheet vectors)
// goes through the comment form and through a post's Markdown, and is read in Chromium: nothing runs.
import { expect, test, type Page } from "@playwright/test";
import vectors from "./fixtures/xss-vectors.json" with { type: "json" };
import { fillComment, marker, readerPage, sendComment, typeLikeAPerson } from "./fixtures/commenting";
import { expectSoonAfterAChange } from "./fixtures/changes";
import { demoContent, mustFind } from "./fixtures/demo";
import { signIn, testUsers } from "./fixtures/users";

const post = mustFind(demoContent.posts, (candidate) => candidate.slug === "bis-freitag-versprochen", "post");

/** Records every way a vector could announce that it ran */
async function watchForScripts(page: Page): Promise<string[]> {
  const ran: string[] = [];
  page.on("dialog", (dialog) => {
    ran.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("popup", (popup) => ran.push(`popup: ${popup.url()}`));
  await page.exposeFunction("__xssRan", (what: string) => ran.push(what));
  // Vectors call alert/confirm/prompt/print or eval; make every one of them observable
  await page.addInitScript(() => {
    const report = (name: string) => () =>
      (window as unknown as { __xssRan: (what: string) => void }).__xssRan(name);
    window.print = report("print");
  });
  return ran;
}

/** Vectors, packed into as few texts of at most `limit` characters as possible */
function chunks(items: string[], limit: number): string[] {
  const packed: string[] = [];
  let current = "";
  for (const item of items) {
    const next = current ? `${current}\n\n${item}` : item;
    if (next.length > limit && current) {
      packed.push(current);
      current = item;
    } else {
      current = next;
    }
  }
  if (current) packed.push(current);
  return packed;
}

test("the XSS corpus in comments (body and name) shows as text and never runs", async ({ browser }) => {
  test.setTimeout(180_000);
  const tag = marker("xss");
  const bodies = chunks(vectors, 4_800);
  const names = vectors.filter((vector) => vector.length <= 80).slice(0, 4);
  const submissions = [
    ...bodies.map((body, index) => ({ name: `XSS-Körper ${index}`, body })),
    ...names.map((name, index) => ({ name, body: `Name mit Markup ${index}` })),
  ];
  await Promise.all(
    submissions.map(async (submission, index) => {
      const page = await readerPage(browser);
      const ran = await watchForScripts(page);
      await page.goto(`/posts/${post.slug}`);
      await fillComment(page, { ...submission, email: `${tag}-${index}@xss.example` });
      await typeLikeAPerson(page);
      await sendComment(page);
      await expect(
        page.locator("#respond").getByText("Danke! Dein Kommentar wartet auf Freischaltung."),
      ).toBeVisible();
      // Shown to its writer while it waits: not run there either
      await page.waitForTimeout(500);
      expect(ran).toEqual([]);
      await page.context().close();
    }),
  );

  // An editor approves them all at once, from the queue filtered to them
  const editor = await (await browser.newContext()).newPage();
  const ranForEditor = await watchForScripts(editor);
  await signIn(editor, testUsers.editor);
  await editor.goto(`/admin/comments?status=PENDING&q=${tag}`);
  const rows = editor.getByRole("article");
  await expect(rows).toHaveCount(submissions.length);
  for (const checkbox of await editor.getByRole("checkbox", { name: /markieren$/ }).all())
    await checkbox.check();
  await editor.getByLabel("Markierte:").selectOption("approve");
  await editor.getByRole("button", { name: "Anwenden" }).click();
  await expect(editor.getByText(`Freigeschaltet. (${submissions.length} Kommentare)`)).toBeVisible();
  expect(ranForEditor).toEqual([]);

  const reader = await readerPage(browser);
  const ran = await watchForScripts(reader);
  await reader.goto(`/posts/${post.slug}`);
  await expectSoonAfterAChange(reader, () =>
    reader.getByText("<script>alert(1)</script>", { exact: false }).first(),
  );
  for (const name of names) await expect(reader.getByText(name, { exact: true }).first()).toBeVisible();
  // Give lazy vectors (image errors, animations, focus) a moment
  await reader.mouse.move(200, 400);
  await reader.waitForTimeout(1_500);
  expect(ran).toEqual([]);
});

test("the XSS corpus in a post's Markdown is harmless in the editor's preview and on the published page", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext()).newPage();
  const ran = await watchForScripts(page);
  await signIn(page, testUsers.editor);
  await page.goto("/admin/posts/new");
  const title = `XSS-Korpus ${marker("md")}`;
  await page.getByRole("textbox", { name: "Titel", exact: true }).fill(title);
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/);
  await page.getByLabel("Text (Markdown)").fill(vectors.join("\n\n"));
  await expect(page.getByTestId("preview")).toContainText("alert(1)");
  await expect(page.getByRole("status").filter({ hasText: /Gespeichert um/ })).toBeVisible({
    timeout: 20_000,
  });
  await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(page.getByTestId("post-status")).toHaveText("Veröffentlicht");
  const slug = await page.getByLabel("Adresse (Slug)").inputValue();
  expect(ran).toEqual([]);

  const reader = await readerPage(browser);
  const readerRan = await watchForScripts(reader);
  await reader.goto(`/posts/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await reader.mouse.move(300, 300);
  await reader.waitForTimeout(1_500);
  expect(readerRan).toEqual([]);
  // Nothing from the corpus became an element that can run or load code
  const dangerous = await reader
    .locator("article .prose")
    .locator(
      "script, iframe, object, embed, svg, style, form, input, [onerror], [onload], [onclick], [srcdoc]",
    )
    .count();
  expect(dangerous).toBe(0);
  const links = await reader
    .locator("article .prose a")
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  expect(links.filter((href) => /^\s*(javascript|vbscript|data):/i.test(href))).toEqual([]);
});
