import { expect, test, type Page } from "@playwright/test";
import { mailsTo, waitForMail } from "./fixtures/mailbox";
import { signIn, testUsers } from "./fixtures/users";

const authorAreaPaths = [
  "/admin",
  "/admin?status=DRAFT",
  "/admin/posts/new",
  "/admin/posts/1",
  "/admin/posts/1/revisions",
  "/admin/posts/1/preview",
  "/admin/series",
  "/admin/series/1",
  "/admin/media",
  "/admin/account",
  "/admin/comments",
  "/admin/users",
  "/admin/settings",
];

for (const path of authorAreaPaths) {
  test(`a signed-out visitor of ${path} is sent to sign in`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  });
}

test("a forged session cookie gets no further than the sign-in page", async ({ page, context }) => {
  await context.addCookies([{ name: "authjs.session-token", value: "gefälscht", url: "http://127.0.0.1" }]);
  await page.goto("/admin/posts/new");
  await expect(page).toHaveURL(/\/sign-in/);
});

/** Submits the form and waits until the answer is rendered (the form resets its password field) */
async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Anmelden" }).click(),
  ]);
  await expect(page.getByLabel("Passwort")).toHaveValue("");
}

test("wrong passwords and unknown accounts get the same neutral message", async ({ page }) => {
  await page.goto("/sign-in");
  await submitSignIn(page, testUsers.editor.email, "falsches-passwort");
  await expect(page.locator("main [role=alert]")).toHaveText("E-Mail-Adresse oder Passwort stimmen nicht.");
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(testUsers.editor.email);
  await submitSignIn(page, "niemand@test.example", "falsches-passwort");
  await expect(page.locator("main [role=alert]")).toHaveText("E-Mail-Adresse oder Passwort stimmen nicht.");
});

test("bad input is reported at the field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-Mail-Adresse").fill("keine-adresse");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("Bitte gib eine gültige E-Mail-Adresse ein.")).toBeVisible();
  await expect(page.getByText("Bitte gib dein Passwort ein.")).toBeVisible();
});

test("the fifth failure in a row is refused, even with the right password afterwards", async ({
  browser,
}) => {
  // Its own client address, so the per-client limit does not lock out the other tests
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.7" } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  const attempt = (password: string) => submitSignIn(page, "gesperrt@test.example", password);
  for (let i = 1; i <= 4; i++) {
    await attempt(`falsch-${i}`);
    await expect(page.locator("main [role=alert]")).toHaveText("E-Mail-Adresse oder Passwort stimmen nicht.");
  }
  await attempt("falsch-5");
  await expect(page.locator("main [role=alert]")).toContainText("Zu viele Anmeldeversuche");
  await attempt("falsch-6");
  await expect(page.locator("main [role=alert]")).toContainText("Zu viele Anmeldeversuche");
  await context.close();
});

test("signing out ends the session on the server, not just in the browser", async ({ page, context }) => {
  await signIn(page, testUsers.editor);
  const stolen = (await context.cookies()).filter((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(stolen).toHaveLength(1);
  expect(stolen[0]?.httpOnly).toBe(true);
  expect(stolen[0]?.sameSite).toBe("Lax");
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
  await context.addCookies(stolen);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("changing the password ends the other sessions and keeps this one", async ({ browser }) => {
  // Three argon2id hashes and two sign-ins: slow on a busy machine
  test.setTimeout(60_000);
  const user = testUsers.passwordChanger;
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await signIn(other, user);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  await page.goto("/admin/account");
  await page.getByLabel("Bisheriges Passwort").fill(user.password);
  await page.getByLabel("Neues Passwort", { exact: true }).fill("zu-kurz");
  await page.getByLabel("Neues Passwort wiederholen").fill("zu-kurz");
  await page.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(page.getByText("Das neue Passwort braucht mindestens 12 Zeichen.")).toBeVisible();
  // The form clears itself after each answer; wait for that before typing again
  await expect(page.getByLabel("Bisheriges Passwort")).toHaveValue("");
  const newPassword = "ein-ganz-neues-passwort";
  await page.getByLabel("Bisheriges Passwort").fill(user.password);
  await page.getByLabel("Neues Passwort", { exact: true }).fill(newPassword);
  await page.getByLabel("Neues Passwort wiederholen").fill(newPassword);
  await page.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Passwort geändert." })).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin$/);
  await other.goto("/admin");
  await expect(other).toHaveURL(/\/sign-in/);
  await elsewhere.close();
  await context.close();
});

test("a sign-in link by email signs in once; unknown addresses get the same answer and no mail", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const answer = "Wenn es zu dieser Adresse ein Konto gibt, ist eine E-Mail mit einem Anmeldelink unterwegs.";
  await page.goto("/sign-in");
  await page.getByLabel("E-Mail-Adresse").fill("niemand-hier@test.example");
  await page.getByRole("button", { name: "Ohne Passwort: Anmeldelink per E-Mail" }).click();
  await expect(page.getByRole("status").filter({ hasText: answer })).toBeVisible();

  const user = testUsers.otherAuthor;
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByRole("button", { name: "Ohne Passwort: Anmeldelink per E-Mail" }).click();
  await expect(page.getByRole("status").filter({ hasText: answer })).toBeVisible();
  const mail = await waitForMail(user.email, /Anmeldelink/);
  const link = mail.text.match(/https?:\/\/\S+\/api\/auth\/callback\/nodemailer\S+/)?.[0] ?? "";
  expect(link.startsWith(`${new URL(page.url()).origin}/`)).toBe(true);

  await page.goto(link);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("link", { name: new RegExp(user.name) })).toBeVisible();

  // The link works once
  const other = await (await page.context().browser()?.newContext())?.newPage();
  if (!other) throw new Error("no second browser context");
  await other.goto(link);
  await expect(other).toHaveURL(/\/sign-in\?error=Verification/);
  await expect(other.locator("main [role=alert]")).toHaveText(/abgelaufen oder wurde schon benutzt/);
  expect(mailsTo("niemand-hier@test.example")).toEqual([]);
});
