import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { expectSoonAfterAChange } from "./fixtures/changes";
import { demoContent } from "./fixtures/demo";
import { signIn, testUsers } from "./fixtures/users";

const series = demoContent.series[0];
if (!series) throw new Error("demo content has no series");

async function startDraft(page: Page, title: string, kind: "Artikel" | "Anekdote" = "Artikel") {
  await page.goto("/admin/posts/new");
  await page.getByRole("textbox", { name: "Titel", exact: true }).fill(title);
  await page.getByLabel(kind).check();
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/);
  await expect(page.getByRole("textbox", { name: "Titel", exact: true })).toHaveValue(title);
  return Number(page.url().split("/").pop());
}

/** A draft with a body, autosaved */
async function writeDraft(page: Page, title: string, body: string) {
  const id = await startDraft(page, title);
  await page.getByLabel("Text (Markdown)").fill(body);
  await expect(page.getByRole("status").filter({ hasText: /Gespeichert um/ })).toBeVisible({
    timeout: 15_000,
  });
  return id;
}

test.describe.configure({ mode: "serial" });

test("write, autosave, schedule and publish a post; it shows on home, series and tag pages", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, testUsers.author);
  const title = "Der Kunde mit dem Faxgerät (E2E)";
  await startDraft(page, title, "Anekdote");
  await expect(page.getByRole("combobox", { name: "Art", exact: true })).toHaveValue("ANECDOTE");
  await page.getByLabel("Text (Markdown)").fill("Ich: Guten Morgen.\n$Chef: **Wo** ist das Fax?");
  await expect(page.getByTestId("preview").locator("strong")).toHaveText("Wo");
  await expect(page.getByTestId("preview")).toContainText("Guten Morgen.");
  await page.getByLabel("Schlagwörter").fill("E2E Schlagwort, Kundschaft");
  await page.getByLabel("Serie", { exact: true }).selectOption({ label: series.title });
  await page.getByLabel("Folge Nr.").fill("99");
  const picture = await sharp({ create: { width: 1400, height: 700, channels: 3, background: "#8a5a2b" } })
    .jpeg()
    .toBuffer();
  await page
    .getByLabel("Bild auswählen")
    .setInputFiles({ name: "faxgeraet-im-buero.jpg", mimeType: "image/jpeg", buffer: picture });
  await expect(page.locator("#cover-heading ~ div figure img")).toHaveAttribute(
    "src",
    /^\/media\/[a-z0-9-]+-1400\.webp$/,
  );
  await expect(page.getByRole("status").filter({ hasText: "Ungespeicherte Änderungen" })).toBeVisible();
  // Autosave: no click, and the state turns to saved
  await expect(page.getByRole("status").filter({ hasText: /Gespeichert um/ })).toBeVisible({
    timeout: 15_000,
  });

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Titel", exact: true })).toHaveValue(title);
  await expect(page.getByTestId("post-status")).toHaveText("Entwurf");

  await page.getByLabel("Planen für (Ortszeit)").fill("2031-05-04T10:15");
  await page.getByRole("button", { name: "Planen", exact: true }).click();
  await expect(page.getByTestId("post-status")).toHaveText("Geplant");
  await expect(page.getByLabel("Planen für (Ortszeit)")).toHaveValue("2031-05-04T10:15");
  const slug = await page.getByLabel("Adresse (Slug)").inputValue();
  expect((await page.request.get(`/posts/${slug}`)).status()).toBe(404);

  await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(page.getByTestId("post-status")).toHaveText("Veröffentlicht");

  // Listed among the newest posts (other tests publish alongside, so not necessarily first)
  const onHome = () => page.locator("main article h2").filter({ hasText: title });
  const linkInMain = () => page.getByRole("main").getByRole("link", { name: title, exact: true });
  await page.goto("/");
  await expectSoonAfterAChange(page, onHome);
  await expect(onHome()).toHaveCount(1);
  await page.goto(`/series/${series.slug}`);
  await expectSoonAfterAChange(page, linkInMain);
  await page.goto("/tags/e2e-schlagwort");
  await expectSoonAfterAChange(page, linkInMain);
  await page.goto(`/posts/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const cover = page.locator("article figure img").first();
  await expect(cover).toHaveAttribute("srcset", /480w.*|960w/);
  expect((await page.request.get((await cover.getAttribute("src")) ?? "")).headers()["content-type"]).toBe(
    "image/webp",
  );
});

test("fake and oversized images are refused with a message, and nothing is stored", async ({ page }) => {
  await signIn(page, testUsers.author);
  await startDraft(page, "Bilder, die keine sind");
  const upload = page.getByLabel("Bild auswählen");
  const alert = page.locator("#cover-heading ~ div [role=alert]");
  await upload.setInputFiles({
    name: "rechnung.png",
    mimeType: "image/png",
    buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(4096, 7)]),
  });
  await expect(alert).toContainText("kein Bild");
  await upload.setInputFiles({
    name: "logo.png",
    mimeType: "image/svg+xml",
    buffer: Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script>alert(1)</script></svg>',
    ),
  });
  await expect(alert).toContainText("Format");
  await upload.setInputFiles({
    name: "riesig.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.alloc(11 * 1024 * 1024, 1),
  });
  await expect(alert).toContainText("zu groß");
  await expect(page.locator("#cover-heading ~ div figure")).toHaveCount(0);
  await page.goto("/admin/media");
  await expect(page.getByRole("img", { name: /rechnung|logo|riesig/ })).toHaveCount(0);
});

test("an earlier revision can be compared and restored", async ({ page }) => {
  await signIn(page, testUsers.author);
  const id = await writeDraft(page, "Versionen im Test", "Erste Fassung des Textes.");
  await page.getByLabel("Text (Markdown)").fill("Zweite Fassung, ganz anders.");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Gespeichert um/ })).toBeVisible();
  await page.goto(`/admin/posts/${id}/revisions`);
  // The draft began empty (revision 1); "Erste Fassung" is revision 2
  const oldest = page.locator("main li").filter({ hasText: "Erste Fassung" });
  await oldest.locator("details").evaluate((details) => ((details as HTMLDetailsElement).open = true));
  await expect(oldest.locator("ins").first()).toContainText("Erste");
  await oldest.getByRole("button", { name: "Diese Version wiederherstellen" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/posts/${id}\\?restored=1`));
  await expect(page.getByLabel("Text (Markdown)")).toHaveValue("Erste Fassung des Textes.");
});

test("a second tab is told of a conflict instead of overwriting", async ({ page, context }) => {
  await signIn(page, testUsers.author);
  const id = await writeDraft(page, "Zwei Tabs", "Anfang.");
  const other = await context.newPage();
  await other.goto(`/admin/posts/${id}`);
  await page.getByLabel("Text (Markdown)").fill("Aus dem ersten Tab.");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Gespeichert um/ })).toBeVisible();
  await other.getByLabel("Text (Markdown)").fill("Aus dem zweiten Tab.");
  await other.getByRole("button", { name: "Speichern" }).click();
  await expect(
    other.locator("main [role=alert]").filter({ hasText: "inzwischen anderswo gespeichert" }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Text (Markdown)")).toHaveValue("Aus dem ersten Tab.");
});

test("invalid fields get a message there, and the text stays", async ({ page }) => {
  await signIn(page, testUsers.author);
  await page.goto("/admin/posts/new");
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await expect(page.getByText("Bitte gib einen Titel ein.")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/posts\/new$/);

  await startDraft(page, "Gleich ungültig");
  await page.getByLabel("Text (Markdown)").fill("Text, der bleiben muss.");
  await page.getByRole("textbox", { name: "Titel", exact: true }).fill("");
  await page.getByLabel("Adresse (Slug)").fill("Ungültig mit Leerzeichen");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Bitte gib einen Titel ein.")).toBeVisible();
  await expect(page.getByText(/Nur Kleinbuchstaben, Ziffern/)).toBeVisible();
  await expect(page.getByLabel("Text (Markdown)")).toHaveValue("Text, der bleiben muss.");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Titel", exact: true })).toHaveValue("Gleich ungültig");
});

test("an author cannot open or change another author's post", async ({ browser }) => {
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signIn(otherPage, testUsers.otherAuthor);
  const id = await writeDraft(otherPage, "Nur für Otto", "Geheimer Entwurf.");
  await otherContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, testUsers.author);
  for (const path of [`/admin/posts/${id}`, `/admin/posts/${id}/revisions`, `/admin/posts/${id}/preview`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  }
  await page.goto("/admin");
  await expect(page.getByRole("link", { name: "Nur für Otto" })).toHaveCount(0);
  await context.close();

  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, testUsers.editor);
  await editorPage.goto(`/admin/posts/${id}`);
  await expect(editorPage.getByRole("textbox", { name: "Titel", exact: true })).toHaveValue("Nur für Otto");
  await editorContext.close();
});

test("the dashboard filters by status, series and search", async ({ page }) => {
  await signIn(page, testUsers.editor);
  await page.goto("/admin");
  await expect(page.getByRole("link", { name: /^Alle \(\d+\)$/ })).toBeVisible();
  await page.getByRole("link", { name: /^Entwurf \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/status=DRAFT/);
  for (const status of await page.locator("tbody td:nth-child(2) span").first().allTextContents()) {
    expect(status).toBe("Entwurf");
  }
  await page.goto("/admin");
  // Typed in any case, as a reader would without picking the suggestion
  await page.getByRole("combobox", { name: "Serie" }).fill(series.title.toLowerCase());
  await page.getByRole("button", { name: "Filtern" }).click();
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const cell of await rows.locator("td:nth-child(4)").allTextContents()) expect(cell).toBe(series.title);
  await page.getByRole("searchbox").fill("Faxgerät");
  await page.getByRole("button", { name: "Filtern" }).click();
  await expect(rows.first()).toContainText("Faxgerät");
});

/** The next full minute at least `leadMs` away, as Berlin wall-clock "YYYY-MM-DDTHH:MM" */
function berlinMinuteFromNow(leadMs: number): string {
  const at = new Date(Math.ceil((Date.now() + leadMs) / 60_000) * 60_000);
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

test("a scheduled post goes live by itself at its time", async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, testUsers.editor);
  const title = "Geplant für gleich";
  await writeDraft(page, title, "Dieser Beitrag erscheint von selbst.");
  await page.getByLabel("Planen für (Ortszeit)").fill(berlinMinuteFromNow(5_000));
  await page.getByRole("button", { name: "Planen", exact: true }).click();
  await expect(page.getByTestId("post-status")).toHaveText("Geplant");
  const listedOnHome = page.locator("main article h2").filter({ hasText: title });
  await page.goto("/");
  await expect(listedOnHome).toHaveCount(0);
  await expect
    .poll(
      async () => {
        await page.goto("/");
        return listedOnHome.count();
      },
      { timeout: 110_000, intervals: [2_000] },
    )
    .toBe(1);
});

test("changing the address of a published post keeps the old one working", async ({ page }) => {
  await signIn(page, testUsers.editor);
  await writeDraft(page, "Adresse ändern", "Text.");
  const oldSlug = await page.getByLabel("Adresse (Slug)").inputValue();
  await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(page.getByTestId("post-status")).toHaveText("Veröffentlicht");
  await page.getByLabel("Adresse (Slug)").fill("adresse-neu-im-test");
  await page.getByRole("button", { name: "Aktualisieren" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Gespeichert um/ })).toBeVisible();
  const response = await page.goto(`/posts/${oldSlug}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/posts\/adresse-neu-im-test$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adresse ändern");
});

test("an editor reorders a series' episodes with the keyboard, and readers see the new order", async ({
  page,
}) => {
  const target = demoContent.series[1];
  if (!target) throw new Error("demo content needs two series");
  await signIn(page, testUsers.editor);
  await page.goto("/admin/series");
  await page.getByRole("link", { name: target.title }).click();
  const rows = page.getByRole("list", { name: "Folgen in ihrer Reihenfolge" }).getByRole("listitem");
  const before = await rows.allTextContents();
  const firstTitle = (await page.locator("ol li span.flex-1").first().textContent()) ?? "";
  // Each key waits for the previous one to take effect: dnd-kit measures the list after
  // pick-up, and keys pressed before hydration or measurement are lost, so retry from scratch
  await expect(async () => {
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: /^Folge 1,/ }).focus();
    await page.keyboard.press("Space");
    await expect(page.locator("ol li.shadow-lg")).toHaveCount(1, { timeout: 2_000 });
    await page.keyboard.press("ArrowDown");
    await expect(page.getByText(/was moved over droppable area/)).toBeAttached({ timeout: 2_000 });
    await page.keyboard.press("Space");
    await expect(page.locator("ol li span.flex-1").nth(1)).toHaveText(firstTitle, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  expect(await rows.allTextContents()).not.toEqual(before);
  await page.getByRole("button", { name: "Reihenfolge speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reihenfolge gespeichert." })).toBeVisible();

  await page.goto(`/series/${target.slug}`);
  await expect(page.locator("main ol h3").nth(1)).toHaveText(firstTitle);
});

test("authors cannot manage series", async ({ page }) => {
  await signIn(page, testUsers.author);
  await page.goto("/admin/series");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
});
