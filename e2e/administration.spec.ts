import { expect, test, type Page } from "@playwright/test";
import { signIn, testUsers } from "./fixtures/users";

test("an administrator creates an account whose one-time password works, then locks it", async ({
  browser,
}) => {
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, testUsers.admin);
  await adminPage
    .getByRole("navigation", { name: "Autorenbereich" })
    .getByRole("link", { name: "Konten" })
    .click();
  await expect(adminPage.getByRole("heading", { name: "Konten", level: 1 })).toBeVisible();

  const form = adminPage.getByRole("region", { name: "Neues Konto" });
  await form.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(form.getByText("Bitte gib einen Namen ein.")).toBeVisible();
  await form.getByLabel("Name").fill("Nora Neu");
  await form.getByLabel("E-Mail-Adresse").fill("keine-adresse");
  await form.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(form.getByText("Bitte gib eine gültige E-Mail-Adresse ein.")).toBeVisible();
  // What was typed stays
  await expect(form.getByLabel("Name")).toHaveValue("Nora Neu");

  await form.getByLabel("E-Mail-Adresse").fill(testUsers.author.email);
  await form.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(form.getByText("Zu dieser E-Mail-Adresse gibt es schon ein Konto.")).toBeVisible();

  const email = `nora-${Date.now()}@test.example`;
  await form.getByLabel("E-Mail-Adresse").fill(email);
  await form.getByLabel("Rolle").selectOption({ label: "Redaktion" });
  await form.getByRole("button", { name: "Konto anlegen" }).click();
  const password = (await form.locator("code").textContent()) ?? "";
  expect(password.length).toBeGreaterThanOrEqual(16);

  const newPage = await (await browser.newContext()).newPage();
  await signIn(newPage, { email, password });
  await expect(newPage.getByRole("link", { name: /Nora Neu \(Redaktion\)/ })).toBeVisible();
  // An editor has no account or settings management
  await expect(newPage.getByRole("link", { name: "Konten" })).toHaveCount(0);
  await expectNotFound(newPage, "/admin/users");

  await adminPage.reload();
  const entry = adminPage.getByRole("listitem").filter({ hasText: email });
  await entry.getByRole("button", { name: "Sperren" }).click();
  await expect(entry.getByText("Konto gesperrt; alle Anmeldungen sind beendet.")).toBeVisible();
  await expect(
    adminPage.getByRole("listitem").filter({ hasText: email }).getByText("gesperrt", { exact: true }),
  ).toBeVisible();

  // The locked account's session is over at its next request
  await newPage.goto("/admin");
  await expect(newPage).toHaveURL(/\/sign-in/);
  await newPage.getByLabel("E-Mail-Adresse").fill(email);
  await newPage.getByLabel("Passwort").fill(password);
  await newPage.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(
    newPage.getByRole("alert").filter({ hasText: "E-Mail-Adresse oder Passwort stimmen nicht." }),
  ).toBeVisible();
});

test("an administrator changes settings; bad numbers are refused at the field", async ({ page }) => {
  await signIn(page, testUsers.admin);
  await page.goto("/admin/settings");
  const depth = page.getByLabel("Verschachtelungstiefe der Antworten");
  await depth.fill("99");
  await page.getByLabel("Wörter, die direkt in den Spam führen").fill("e2e-spamwort\n  \nbilligkredit");
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.getByText("Verschachtelungstiefe: höchstens 8.")).toBeVisible();
  await expect(depth).toHaveValue("99");
  await depth.fill("4");
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Einstellungen gespeichert." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Wörter, die direkt in den Spam führen")).toHaveValue(
    "e2e-spamwort\nbilligkredit",
  );
});

test("authors and editors cannot open the settings", async ({ page }) => {
  await signIn(page, testUsers.editor);
  await expectNotFound(page, "/admin/settings");
});

/**
 * A page this user may not open reads as missing. The heading, not the status: Next.js 16.4 with
 * Cache Components sends 200 when notFound() is only reached in the per-request render
 * (vercel/next.js#95561); nothing of the page is in the response either way.
 */
async function expectNotFound(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  await expect(page.getByRole("button", { name: /Speichern|Konto anlegen/ })).toHaveCount(0);
}
