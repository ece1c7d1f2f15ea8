// No work is lost: the editor saves again when the connection returns, warns before leaving with
// unsaved changes, offers what a closed tab had not saved yet, and keys typed right after a toolbar
// click go into the text the toolbar selected.
import { expect, test, type Page } from "@playwright/test";
import { signIn, testUsers } from "./fixtures/users";

async function newDraft(page: Page, title: string): Promise<string> {
  await page.goto("/admin/posts/new");
  await page.getByRole("textbox", { name: "Titel", exact: true }).fill(title);
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/);
  return page.url();
}

const saved = (page: Page) => page.getByRole("status").filter({ hasText: /Gespeichert um/ });

test("offline, the draft waits; back online, it is saved by itself", async ({ page, context }) => {
  test.setTimeout(60_000);
  await signIn(page, testUsers.author);
  const url = await newDraft(page, "Im Funkloch geschrieben");
  await context.setOffline(true);
  await page.getByLabel("Text (Markdown)").pressSequentially("Geschrieben ohne Netz.");
  await expect(page.getByText("Offline – wird gespeichert, sobald die Verbindung zurück ist")).toBeVisible({
    timeout: 15_000,
  });
  await context.setOffline(false);
  await expect(saved(page)).toBeVisible({ timeout: 15_000 });
  await page.goto(url);
  await expect(page.getByLabel("Text (Markdown)")).toHaveValue("Geschrieben ohne Netz.");
});

test("leaving with unsaved changes asks first", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, testUsers.author);
  await newDraft(page, "Fast vergessen");
  const textarea = page.getByLabel("Text (Markdown)");
  await textarea.click();
  await page.keyboard.type("Noch nicht gespeichert");
  await expect(page.getByRole("status").filter({ hasText: "Ungespeicherte Änderungen" })).toBeVisible();
  const asked = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
  await expect(textarea).toHaveValue("Noch nicht gespeichert");
});

test("the toolbar marks the selection and what is typed next replaces the word it selected", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, testUsers.author);
  await newDraft(page, "Mit Auszeichnung");
  const textarea = page.getByLabel("Text (Markdown)");
  await textarea.fill("Ein wichtiger Satz.");
  await textarea.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(4, 13));
  await page.getByRole("button", { name: "Fett" }).click();
  await page.keyboard.type("entscheidender");
  await expect(textarea).toHaveValue("Ein **entscheidender** Satz.");

  // Nothing selected: the mark comes with a sample word, selected so that typing replaces it
  await textarea.press("End");
  await page.getByRole("button", { name: "Kursiv" }).click();
  await expect(textarea).toHaveValue("Ein **entscheidender** Satz.*kursiv*");
  await page.keyboard.type("leise");
  await expect(textarea).toHaveValue("Ein **entscheidender** Satz.*leise*");
  await expect(saved(page)).toBeVisible({ timeout: 15_000 });
});

test("what a closed tab had not saved yet is offered again in this browser", async ({ context }) => {
  test.setTimeout(60_000);
  const page = await context.newPage();
  await signIn(page, testUsers.author);
  const url = await newDraft(page, "Tab geschlossen");
  await page.getByLabel("Text (Markdown)").fill("Diese Zeilen waren noch nicht gespeichert.");
  // Closed before the autosave had a chance (it waits a few seconds after the last change)
  await page.close();
  const again = await context.newPage();
  await again.goto(url);
  const offer = again.getByRole("alert").filter({ hasText: "ungespeicherte Änderungen" });
  await expect(offer).toBeVisible();
  await offer.getByRole("button", { name: "Wiederherstellen" }).click();
  await expect(again.getByLabel("Text (Markdown)")).toHaveValue("Diese Zeilen waren noch nicht gespeichert.");
  await expect(saved(again)).toBeVisible({ timeout: 15_000 });
});
