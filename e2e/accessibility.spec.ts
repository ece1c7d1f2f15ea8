import { expectNoAxeViolations } from "./fixtures/axe";
import { expect, test } from "@playwright/test";
import { demoContent, publishedPosts } from "./fixtures/demo";

const tag = demoContent.tags.find((entry) => publishedPosts.some((post) => post.tags.includes(entry.slug)));
const pages = {
  home: "/",
  post: `/posts/${publishedPosts.find((post) => (post.comments ?? []).length > 0)?.slug}`,
  series: `/series/${demoContent.series[0]?.slug}`,
  tag: `/tags/${tag?.slug}`,
};

for (const scheme of ["light", "dark"] as const) {
  for (const [name, path] of Object.entries(pages)) {
    test(`${name} page has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
}

test("keyboard users can skip to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page).toHaveURL(/#content$/);
});
