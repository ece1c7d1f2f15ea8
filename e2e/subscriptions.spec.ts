// A reader follows a series by email: double opt-in through the loopback SMTP server, one mail per
// new episode, one-click unsubscribe (RFC 8058), and nothing after that.
import { expect, test, type Page } from "@playwright/test";
import { marker, readerPage } from "./fixtures/commenting";
import { demoContent } from "./fixtures/demo";
import { mailsTo, waitForMail } from "./fixtures/mailbox";
import { signIn, testUsers } from "./fixtures/users";

const series = demoContent.series[0];
if (!series) throw new Error("demo content has no series");

function linkIn(text: string, path: string): string {
  const link = text.match(new RegExp(`https?://\\S+${path}\\?token=[\\w.-]+`))?.[0];
  if (!link) throw new Error(`no ${path} link in the mail`);
  return link;
}

async function publishEpisode(page: Page, title: string): Promise<void> {
  await page.goto("/admin/posts/new");
  await page.getByRole("textbox", { name: "Titel", exact: true }).fill(title);
  await page.getByLabel("Artikel").check();
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/);
  await page.getByLabel("Text (Markdown)").fill(`Eine neue Folge: ${title}.`);
  await page.getByLabel("Serie", { exact: true }).selectOption({ label: series?.title ?? "" });
  await expect(page.getByRole("status").filter({ hasText: /Gespeichert um/ })).toBeVisible({
    timeout: 20_000,
  });
  await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(page.getByTestId("post-status")).toHaveText("Veröffentlicht", { timeout: 15_000 });
}

test("subscribe to a series, confirm by mail, get exactly one mail per episode, leave with one click", async ({
  browser,
  playwright,
}) => {
  test.setTimeout(180_000);
  const email = `${marker("abonnentin")}@leser.example`;
  const reader = await readerPage(browser);
  await reader.goto(`/series/${series.slug}`);
  const form = reader.getByRole("region", { name: "Neue Folgen per E-Mail" });
  await expect(reader.getByRole("link", { name: "JSON Feed" })).toBeVisible();
  await form.getByLabel("E-Mail-Adresse").fill("keine-adresse");
  await form.getByRole("button", { name: "Abonnieren" }).click();
  await expect(form.getByText("Bitte gib eine gültige E-Mail-Adresse an.")).toBeVisible();
  await form.getByLabel("E-Mail-Adresse").fill(email);
  await form.getByRole("button", { name: "Abonnieren" }).click();
  await expect(form.getByRole("status")).toContainText("Fast geschafft");

  // Nothing arrives before the address is confirmed
  const confirmation = await waitForMail(email, /Bitte bestätige dein Abo/);
  await reader.goto(linkIn(confirmation.text, "/abo/bestaetigen"));
  await reader.getByRole("button", { name: "Abo bestätigen" }).click();
  await expect(reader.getByRole("status")).toContainText("Danke! Dein Abo ist bestätigt");
  await expect(reader.getByLabel("Serie „" + series.title + "“")).toBeChecked();

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, testUsers.editor);
  const first = `Neue Folge ${marker("eins")}`;
  await publishEpisode(editor, first);
  const episodeMail = await waitForMail(email, new RegExp(first));
  expect(episodeMail.subject).toBe(`Neue Folge: ${first}`);
  expect(episodeMail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = episodeMail.headers["list-unsubscribe"]?.match(/^<(.+)>$/)?.[1] ?? "";
  expect(oneClick).toMatch(/\/api\/abo\/abmelden\?token=/);
  // Exactly one, also a few seconds later
  await reader.waitForTimeout(3_000);
  expect(mailsTo(email, new RegExp(first))).toHaveLength(1);

  // A mail scanner following the link changes nothing; the provider's one-click POST does
  const provider = await playwright.request.newContext();
  const visit = await provider.get(oneClick, { maxRedirects: 0 });
  expect(visit.status()).toBe(303);
  const unsubscribe = await provider.post(oneClick, {
    form: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(unsubscribe.status()).toBe(200);
  expect(await unsubscribe.text()).toContain("Abgemeldet");
  await provider.dispose();

  const second = `Neue Folge ${marker("zwei")}`;
  await publishEpisode(editor, second);
  // The outbox sends within seconds; nothing may come for this one
  await reader.waitForTimeout(8_000);
  expect(mailsTo(email, new RegExp(second))).toEqual([]);
});

test("without JavaScript: subscribe to the whole blog, confirm, manage, leave everything", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const email = `${marker("ohne-skript")}@leser.example`;
  const page = await readerPage(browser, { javaScript: false });
  await page.goto("/abo");
  const form = page.getByRole("region", { name: "Alle neuen Beiträge" });
  await form.getByLabel("E-Mail-Adresse").fill(email);
  await form.getByRole("button", { name: "Abonnieren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Fast geschafft" })).toBeVisible();
  const confirmation = await waitForMail(email, /Bitte bestätige dein Abo/);
  await page.goto(linkIn(confirmation.text, "/abo/bestaetigen"));
  await page.getByRole("button", { name: "Abo bestätigen" }).click();
  // The button leads to the manage page of the new subscription
  await expect(page).toHaveURL(/\/abo\/verwalten\?token=/);
  await expect(page.getByRole("status")).toContainText("Danke! Dein Abo ist bestätigt");
  await expect(page.getByLabel("Alle neuen Beiträge")).toBeChecked();
  // The link a second time: nothing changes, and the page says so
  await page.goto(linkIn(confirmation.text, "/abo/bestaetigen"));
  await page.getByRole("button", { name: "Abo bestätigen" }).click();
  await expect(page.getByRole("status")).toContainText("schon bestätigt");
  await page.getByRole("button", { name: "Von allem abmelden" }).click();
  await expect(page.getByRole("status")).toContainText("Du bist von allem abgemeldet");
  await expect(page.getByLabel("Alle neuen Beiträge")).not.toBeChecked();
  // A tampered link is refused with a clear message
  await page.goto("/abo/verwalten?token=gefaelscht.token");
  await expect(page.getByRole("alert")).toContainText("ungültig");
});
