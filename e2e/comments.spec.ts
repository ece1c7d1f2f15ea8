// Readers comment and answer each other, with and without JavaScript; moderators approve or
// mark spam; mails go out through the loopback SMTP server.
import { expect, test } from "@playwright/test";
import {
  commentArticle,
  replyLink,
  expectFormMessage,
  fillComment,
  marker,
  readerPage,
  sendComment,
  typeLikeAPerson,
} from "./fixtures/commenting";
import { expectSoonAfterAChange } from "./fixtures/changes";
import { demoContent, mustFind } from "./fixtures/demo";
import { waitForMail } from "./fixtures/mailbox";
import { signIn, testUsers } from "./fixtures/users";

const article = mustFind(
  demoContent.posts,
  (post) => post.slug === "zurueckrufen-ist-eine-dienstleistung",
  "article",
);
const articleAuthor = mustFind(demoContent.authors, (author) => author.key === article.authorKey, "author");
const anecdote = mustFind(demoContent.posts, (post) => post.slug === "die-kueche-vom-bild", "anecdote");
const closedPost = mustFind(demoContent.posts, (post) => post.commentsOpen === false, "closed post");
/** Commenters with approved comments in the demo content are published at once */
const knownCommenter = { name: "Kalle", email: "kalle@example.net" };
const knownOnAnecdote = { name: "Holzwurm", email: "holzwurm@example.net" };

test("a first comment waits, seen by its writer only; the author is told; editors approve or mark spam; replies notify", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const writer = await readerPage(browser);
  const text = marker("Erster Kommentar");
  const email = `${marker("erika")}@leser.example`;
  await writer.goto(`/posts/${article.slug}`);
  await fillComment(writer, {
    name: "Erika <b>Erst</b>",
    email,
    body: `${text} mit <b>HTML</b>, das Text bleibt.`,
  });
  await writer.getByLabel("Benachrichtige mich per E-Mail").check();
  await typeLikeAPerson(writer);
  await sendComment(writer);
  await expectFormMessage(writer, "Danke! Dein Kommentar wartet auf Freischaltung.");
  const own = commentArticle(writer, text);
  await expect(own).toContainText("Dein Kommentar wartet auf Freischaltung.");
  await expect(own).toContainText("mit <b>HTML</b>, das Text bleibt.");
  await expect(own.getByText("Erika <b>Erst</b>")).toBeVisible();
  // Still there after a reload, and only for this reader
  await writer.reload();
  await expect(commentArticle(writer, text)).toContainText("Dein Kommentar wartet auf Freischaltung.");
  const stranger = await readerPage(browser);
  await stranger.goto(`/posts/${article.slug}`);
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(commentArticle(stranger, text)).toHaveCount(0);

  // The post's author hears of it
  const notice = await waitForMail(articleAuthor.email, /Neuer Kommentar/);
  expect(notice.text).toContain(text);
  expect(notice.text).toContain("wartet auf deine Freischaltung");

  // A second first-timer writes spam
  const spammer = await readerPage(browser);
  const spam = marker("Günstige Kredite");
  await spammer.goto(`/posts/${article.slug}`);
  await fillComment(spammer, {
    name: "Kreditvermittlung",
    email: `${marker("spam")}@spam.example`,
    body: spam,
  });
  await typeLikeAPerson(spammer);
  await sendComment(spammer);
  await expectFormMessage(spammer, "Danke! Dein Kommentar wartet auf Freischaltung.");

  // An editor moderates: the queue counts what waits
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, testUsers.editor);
  const nav = editor.getByRole("navigation", { name: "Autorenbereich" });
  await expect(nav.getByRole("link", { name: /^Kommentare\s*\(\d+ warten auf Freigabe\)$/ })).toBeVisible();
  await nav.getByRole("link", { name: /Kommentare/ }).click();
  await expect(editor.getByRole("heading", { name: "Kommentare", level: 1 })).toBeVisible();
  const queued = editor.getByRole("article").filter({ hasText: text });
  await expect(queued).toContainText(email);
  await expect(queued).toContainText("Erster Kommentar");
  await queued.getByRole("button", { name: /^Freischalten:/ }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Freigeschaltet." })).toBeVisible();
  await editor
    .getByRole("article")
    .filter({ hasText: spam })
    .getByRole("button", { name: /^Spam:/ })
    .click();
  await expect(editor.getByRole("status").filter({ hasText: "Als Spam markiert." })).toBeVisible();
  await editor.getByRole("link", { name: /^Spam \(\d+\)$/ }).click();
  await expect(editor.getByRole("article").filter({ hasText: spam })).toBeVisible();

  // Everyone sees the approved comment now, nobody the spam
  await stranger.reload();
  await expect(commentArticle(stranger, text)).toBeVisible();
  await expect(commentArticle(stranger, text)).not.toContainText("wartet auf Freischaltung");
  await expect(commentArticle(stranger, spam)).toHaveCount(0);

  // A known commenter answers in place: "Antworten" moves the form, "Antworten abbrechen" moves it back
  const answerer = await readerPage(browser);
  await answerer.goto(`/posts/${article.slug}`);
  const parent = commentArticle(answerer, text);
  await replyLink(parent, "Erika").click();
  await expect(parent.locator("#respond")).toBeVisible();
  await expect(answerer.locator("#respond-heading")).toHaveText("Antwort an Erika <b>Erst</b>");
  await answerer.getByRole("link", { name: "Antworten abbrechen" }).click();
  await expect(parent.locator("#respond")).toHaveCount(0);
  await expect(answerer.locator("#respond-heading")).toHaveText("Schreib einen Kommentar");
  await replyLink(parent, "Erika").click();
  const reply = marker("Antwort von Kalle");
  await fillComment(answerer, { ...knownCommenter, body: reply });
  await typeLikeAPerson(answerer);
  await sendComment(answerer);
  await expectFormMessage(answerer, "Danke! Dein Kommentar ist veröffentlicht.");
  // Nested under the comment it answers, shown in place (a reload would have lost the message)
  await expect(commentArticle(answerer, text).locator("ol article").filter({ hasText: reply })).toBeVisible();
  await expect(answerer).toHaveURL(new RegExp(`/posts/${article.slug}#comment-\\d+$`));
  await expectFormMessage(answerer, "Danke! Dein Kommentar ist veröffentlicht.");

  // Erika asked to hear about replies; the mail's permalink leads to the reply
  const replyMail = await waitForMail(email, /Neue Antwort auf deinen Kommentar/);
  expect(replyMail.text).toContain(reply);
  const permalink = replyMail.text.match(/http\S+\/comments\/\d+/)?.[0] ?? "";
  expect(permalink).toMatch(new RegExp(`/posts/${article.slug}/comments/\\d+$`));
  const erika = await readerPage(browser);
  await erika.goto(permalink);
  await expect(erika).toHaveURL(new RegExp(`/posts/${article.slug}#comment-\\d+$`));
  await expect(erika.locator(":target")).toContainText(reply);
});

test("without JavaScript: comment after a confirmation, see it waiting, reply through the link, cancel", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await readerPage(browser, { javaScript: false });
  const text = marker("Ohne Skript");
  await page.goto(`/posts/${anecdote.slug}`);
  await fillComment(page, { name: "Nora Noscript", email: `${marker("nora")}@leser.example`, body: text });
  await sendComment(page);
  // The cached page has no form token: the first post fetches one, keeping what was typed
  await expectFormMessage(page, /Fast geschafft/);
  await expect(page.locator("#respond").getByLabel("Kommentar *")).toHaveValue(text);
  await expect(page.locator("#respond").getByLabel("Name *")).toHaveValue("Nora Noscript");
  await typeLikeAPerson(page);
  await sendComment(page);
  await expect(page).toHaveURL(new RegExp(`/posts/${anecdote.slug}#comment-\\d+$`));
  await expect(commentArticle(page, text)).toContainText("Dein Kommentar wartet auf Freischaltung.");

  // "Antworten" is a link to the form set to answer that comment
  const tischlerin = commentArticle(page, "Schattenfuge rettet Leben.");
  await replyLink(tischlerin, "Tischlerin aus dem Norden").click();
  await expect(page).toHaveURL(/\/kommentieren\?antwort=\d+#respond$/);
  await expect(page.locator("#respond-heading")).toHaveText("Antwort an Tischlerin aus dem Norden");
  await page.getByRole("link", { name: "Antworten abbrechen" }).click();
  await expect(page).toHaveURL(new RegExp(`/posts/${anecdote.slug}#respond$`));
  await expect(page.locator("#respond-heading")).toHaveText("Schreib einen Kommentar");

  // A known commenter answers without JavaScript and is published at once, nested
  const answerer = await readerPage(browser, { javaScript: false });
  await answerer.goto(`/posts/${anecdote.slug}`);
  await replyLink(
    commentArticle(answerer, "Schattenfuge rettet Leben."),
    "Tischlerin aus dem Norden",
  ).click();
  const reply = marker("Noch eine Antwort");
  await fillComment(answerer, { ...knownOnAnecdote, body: reply });
  await typeLikeAPerson(answerer);
  await sendComment(answerer);
  await expect(answerer).toHaveURL(new RegExp(`/posts/${anecdote.slug}#comment-\\d+$`));
  await expect(
    commentArticle(answerer, "Schattenfuge rettet Leben.").locator("ol article").filter({ hasText: reply }),
  ).toBeVisible();

  // Moderation works without JavaScript too
  const editor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(editor, testUsers.editor);
  await editor.goto("/admin/comments");
  await editor
    .getByRole("article")
    .filter({ hasText: text })
    .getByRole("button", { name: /^Freischalten:/ })
    .click();
  // Without JavaScript the page comes back, without the comment in the queue
  await expect(editor.getByRole("article").filter({ hasText: text })).toHaveCount(0);
  const stranger = await readerPage(browser, { javaScript: false });
  await stranger.goto(`/posts/${anecdote.slug}`);
  await expectSoonAfterAChange(stranger, () => commentArticle(stranger, text));
});

for (const javaScript of [true, false]) {
  test(`remember me ${javaScript ? "with" : "without"} JavaScript fills the form next time, and forgets on request`, async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const page = await readerPage(browser, { javaScript });
    const details = {
      name: "Rita Remember",
      email: `${marker("rita")}@leser.example`,
      url: "https://rita.example",
    };
    await page.goto(`/posts/${article.slug}`);
    await fillComment(page, { ...details, body: marker("Merk dir mich") });
    await page.getByLabel("Name, E-Mail und Website in diesem Browser speichern").check();
    if (!javaScript) {
      await sendComment(page);
      await expectFormMessage(page, /Fast geschafft/);
    }
    await typeLikeAPerson(page);
    await sendComment(page);
    if (javaScript) await expectFormMessage(page, /Danke!/);
    else await expect(page).toHaveURL(/#comment-\d+$/);

    await page.goto(`/posts/${article.slug}`);
    const form = page.locator("#respond");
    await expect(form.getByLabel("Name *")).toHaveValue(details.name);
    await expect(form.getByLabel("E-Mail *")).toHaveValue(details.email);
    await expect(form.getByLabel("Website", { exact: true })).toHaveValue(details.url);
    await expect(form.getByLabel("Name, E-Mail und Website in diesem Browser speichern")).toBeChecked();

    // Unticked, the details are forgotten with the next comment
    await form.getByLabel("Name, E-Mail und Website in diesem Browser speichern").uncheck();
    await form.getByLabel("Kommentar *").fill(marker("Vergiss mich"));
    await typeLikeAPerson(page);
    await sendComment(page);
    if (javaScript) await expectFormMessage(page, /Danke!/);
    else await expect(page).toHaveURL(/#comment-\d+$/);
    await page.context().clearCookies({ name: "casebook-pending" });
    await page.goto(`/posts/${article.slug}`);
    await expect(page.locator("#respond").getByLabel("Name *")).toHaveValue("");
  });
}

test("closed comments show no form and no reply links, with or without JavaScript", async ({ browser }) => {
  for (const javaScript of [true, false]) {
    const page = await readerPage(browser, { javaScript });
    await page.goto(`/posts/${closedPost.slug}`);
    await expect(page.getByText("Die Kommentarfunktion ist geschlossen.")).toBeVisible();
    await expect(page.locator("#respond")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Auf den Kommentar von/ })).toHaveCount(0);
    // Not even through the reader's own view
    await page.goto(`/posts/${closedPost.slug}/kommentieren`);
    await expect(page.locator("#respond")).toHaveCount(0);
  }
});

test("bad input is refused at the field, and what was typed stays", async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await readerPage(browser);
  await page.goto(`/posts/${article.slug}`);
  const form = page.locator("#respond");
  await typeLikeAPerson(page);
  await sendComment(page);
  await expect(form.getByText("Bitte gib deinen Namen an.")).toBeVisible();
  await expect(form.getByText("Bitte gib deine E-Mail-Adresse an.")).toBeVisible();
  await expect(form.getByText("Bitte schreib einen Kommentar.")).toBeVisible();

  const body = marker("Mein Text bleibt");
  await fillComment(page, { name: "Ina Valid", email: "keine-adresse", url: "javascript:alert(1)", body });
  await sendComment(page);
  await expect(form.getByText("Bitte gib eine gültige E-Mail-Adresse an.")).toBeVisible();
  await expect(form.getByText("Bitte gib eine Website-Adresse mit http:// oder https:// an.")).toBeVisible();
  await expect(form.getByLabel("Kommentar *")).toHaveValue(body);

  await fillComment(page, { name: "Ina\u202eevil", email: "ina@leser.example", url: "", body });
  await sendComment(page);
  await expect(form.getByText(/unsichtbare Zeichen oder Richtungszeichen/)).toBeVisible();
  await expect(form.getByLabel("Kommentar *")).toHaveValue(body);
  await expect(form.getByRole("alert")).toContainText("Bitte prüfe die markierten Felder.");
});
