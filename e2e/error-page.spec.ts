import { expect, test } from "@playwright/test";

// A second server runs the same build against a file that is not a database (playwright.config.ts)
const brokenSite = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

test("when the database fails, readers get a friendly error page, not a stack trace", async ({ page }) => {
  // The page around the failing part has already been sent, so the status stays 200
  await page.goto(`${brokenSite}/search?q=drucker`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Etwas ist schiefgegangen");
  await expect(page.getByRole("button", { name: "Noch einmal versuchen" })).toBeVisible();
  const html = await page.content();
  expect(html).not.toMatch(/SQLITE|not a database|node_modules|at \w+ \(/);
});
