// An anecdote as readers meet it: pseudonyms with their notes, dialogue, the cast; read from the demo content.
import { expectNoAxeViolations } from "./fixtures/axe";
import { expect, test, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { demoContent, episodesOf, mustFind } from "./fixtures/demo";

const series = mustFind(demoContent.series, (entry) => entry.cast.length > 0, "series with a cast");
// An episode with a placeholder speaking after a stage direction ("$Chef: <seufzt> …") and a placeholder
// in its excerpt
const speakerWithDirection = /^(\$[\p{L}_]+): <([^>]+)> /mu;
const post = mustFind(
  episodesOf(series.slug),
  (episode) =>
    episode.kind === "ANECDOTE" && speakerWithDirection.test(episode.body) && episode.excerpt.includes("$"),
  "anecdote with a stage direction and a placeholder in its excerpt",
);
const postPath = `/posts/${post.slug}`;

const capitalised = (name: string) => name.charAt(0).toLocaleUpperCase("de-DE") + name.slice(1);

function member(placeholder: string) {
  return mustFind(series.cast, (entry) => entry.placeholder === placeholder, `cast member ${placeholder}`);
}

/** The cast members in the body, in order of their first appearance (a placeholder is `$` and a name). */
function castInOrder(body: string) {
  return series.cast
    .map((entry) => ({
      entry,
      at: body.search(new RegExp(`\\${entry.placeholder}(?![\\p{L}\\p{N}_])`, "u")),
    }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ entry }) => entry);
}

async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe("an anecdote", () => {
  test("shows placeholders only as pseudonyms, never as $Name", async ({ page }) => {
    await page.goto(postPath);
    const article = page.locator("article");
    expect(await article.innerText()).not.toMatch(/\$\p{L}/u);
    for (const entry of castInOrder(post.body)) {
      await expect(
        page
          .locator(".prose .pseudonym-name", { hasText: new RegExp(`^${entry.displayName}$`, "i") })
          .first(),
      ).toBeVisible();
    }
  });

  test("formats dialogue: speaker labels apart, stage directions in italics", async ({ page }) => {
    const [, placeholder = "", direction = ""] = post.body.match(speakerWithDirection) ?? [];
    await page.goto(postPath);
    const line = page
      .locator(".dialogue .dialogue-line")
      .filter({ has: page.locator("em.stage-direction", { hasText: `(${direction})` }) })
      .first();
    const speaker = line.locator("b.speaker");
    await expect(speaker).toHaveText(`${capitalised(member(placeholder).displayName)}:`, {
      useInnerText: true,
    });
    expect(Number(await speaker.evaluate((element) => getComputedStyle(element).fontWeight))).toBeGreaterThan(
      500,
    );
    await expect(line.locator("em.stage-direction")).toHaveCSS("font-style", "italic");
    // One paragraph a line, read the way it is written: "Der Verkäufer: (strahlend) Gute Nachrichten!"
    expect(await line.innerText()).toMatch(
      new RegExp(`^${capitalised(member(placeholder).displayName)}: \\(${direction}\\) \\S`),
    );
    await expect(page.locator(".dialogue b.speaker", { hasText: /^Ich:$/ }).first()).toBeVisible();
    // The narration before the first line of dialogue stays an ordinary paragraph
    const opening = (post.body.split("\n\n")[0] ?? "").split("$")[0] ?? "";
    expect(opening.length).toBeGreaterThan(10);
    await expect(page.locator(".prose > p").first()).toContainText(opening.slice(0, 40));
  });

  test("shows a pseudonym's description on hover, and on keyboard focus until Escape", async ({ page }) => {
    await page.goto(postPath);
    const pseudonym = page.locator(".prose .pseudonym[tabindex]").first();
    const placeholder = (await pseudonym.getAttribute("data-placeholder")) ?? "";
    const { description } = member(placeholder);
    const note = pseudonym.locator('[role="tooltip"]');
    await expect(note).toBeHidden();
    await pseudonym.hover();
    await expect(note).toBeVisible();
    await expect(note).toHaveText(description);
    await page.mouse.move(0, 0);
    await expect(note).toBeHidden();

    await page.locator("h1").click();
    await tabTo(page, ".prose .pseudonym[tabindex]");
    const focused = page.locator(".prose .pseudonym:focus");
    const focusedMember = member((await focused.getAttribute("data-placeholder")) ?? "");
    await expect(focused).toHaveAccessibleDescription(focusedMember.description);
    const focusedNote = focused.locator('[role="tooltip"]');
    await expect(focusedNote).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(focusedNote).toBeHidden();
    await expect(focused).toBeFocused();
  });

  test("lists the cast members who appear in it, and leads to the whole cast", async ({ page }) => {
    await page.goto(postPath);
    const list = page.getByRole("region", { name: "Wer hier vorkommt" });
    const expected = castInOrder(post.body);
    expect(expected.length).toBeGreaterThan(1);
    await expect(list.locator("dt")).toHaveText(expected.map((entry) => capitalised(entry.displayName)));
    await expect(list.locator("dd")).toHaveText(expected.map((entry) => entry.description));

    await list.getByRole("link", { name: `Die ganze Besetzung von „${series.title}“` }).click();
    await expect(page).toHaveURL(new RegExp(`/series/${series.slug}#cast-heading$`));
    const cast = page.getByRole("region", { name: "Die Besetzung" });
    await expect(cast.locator("dt")).toHaveText(series.cast.map((entry) => capitalised(entry.displayName)));
    await expect(cast.locator("dd")).toHaveText(series.cast.map((entry) => entry.description));
  });

  test("names the cast in its description for search engines and on the series page", async ({ page }) => {
    const placeholder = post.excerpt.match(/\$[\p{L}_]+/u)?.[0] ?? "";
    const name = member(placeholder).displayName;
    await page.goto(postPath);
    const description = (await page.locator('meta[name="description"]').getAttribute("content")) ?? "";
    expect(description).not.toContain("$");
    expect(description.toLowerCase()).toContain(name.toLowerCase());
    await page.goto(`/series/${series.slug}`);
    const card = page.locator("main ol li", { hasText: post.title });
    await expect(card).toContainText(new RegExp(name, "i"));
    await expect(card).not.toContainText("$");
  });

  test("reaches feed readers with names and without notes", async ({ request }) => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === "item" });
    const rss = parser.parse(await (await request.get(`/series/${series.slug}/feed.xml`)).text());
    const item = mustFind(
      rss.rss.channel.item as { title: string; description: string; "content:encoded": string }[],
      (entry) => entry.title === post.title,
      "feed item",
    );
    const content = item["content:encoded"];
    expect(content).toContain('class="speaker"');
    for (const entry of castInOrder(post.body)) {
      expect(content.toLowerCase()).toContain(entry.displayName.toLowerCase());
    }
    expect(content).not.toContain("pseudonym-note");
    expect(content).not.toContain("tabindex");
    // What a feed reader shows: the text, without the markup (whose data-placeholder names no one)
    expect(content.replace(/<[^>]*>/g, "")).not.toMatch(/\$\p{L}/u);
    expect(item.description).not.toContain("$");
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`has no axe violations with a note open (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(postPath);
      await page.locator(".prose .pseudonym[tabindex]").first().focus();
      await expect(page.locator(".prose .pseudonym:focus [role=tooltip]")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
