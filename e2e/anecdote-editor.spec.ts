// Writing an anonymised anecdote: the guard flags real names, each is replaced by a cast placeholder in a
// click, publishing is refused while a finding is open (authors cannot override, editors can), and the
// public page shows pseudonyms, dialogue and the cast, with none of the real names.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures/axe";
import { demoContent, mustFind } from "./fixtures/demo";
import { pageSource } from "./fixtures/page-source";
import { signIn, testUsers } from "./fixtures/users";

const systemhaus = mustFind(demoContent.series, (entry) => entry.slug === "aus-dem-systemhaus", "series");
const hobel = mustFind(demoContent.series, (entry) => entry.slug === "hobelspaene", "series");
const castMember = (placeholder: string) =>
  mustFind(systemhaus.cast, (entry) => entry.placeholder === placeholder, placeholder);

const body = [
  "Am Montag rief Herr Albrecht Brenninger an, von der Brenninger Haustechnik GmbH.",
  "",
  "Ich: Guten Morgen, was kann ich tun?",
  "$Chef: <seufzt> Rückruf bitte unter 0171 2345678.",
  "",
  "Dann ging ich zu ",
].join("\n");

async function startAnecdote(page: Page, title: string, seriesTitle: string) {
  await page.goto("/admin/posts/new");
  await page.getByRole("textbox", { name: "Titel", exact: true }).fill(title);
  await page.getByLabel("Anekdote").check();
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/);
  await page.getByLabel("Serie", { exact: true }).selectOption({ label: seriesTitle });
}

const saved = (page: Page) =>
  expect(page.getByRole("status").filter({ hasText: /Gespeichert um/ })).toBeVisible({ timeout: 15_000 });

async function replace(page: Page, finding: string, placeholder: string) {
  await page.getByRole("combobox", { name: `Platzhalter für „${finding}“` }).selectOption(placeholder);
  await page.getByRole("button", { name: `„${finding}“ überall ersetzen` }).click();
}

test.describe.configure({ mode: "serial" });

test("an author replaces each real name with a placeholder and publishes the anecdote", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, testUsers.author);
  const title = "Der Rückruf (E2E)";
  await startAnecdote(page, title, systemhaus.title);
  const textarea = page.getByLabel("Text (Markdown)");
  await textarea.fill(body);

  // Completion from the series' cast: "$Az", Enter
  await textarea.press("End");
  await textarea.pressSequentially("$Az");
  const listbox = page.getByRole("listbox", { name: "Figuren der Serie" });
  await expect(listbox.getByRole("option", { name: /\$Azubi/ })).toHaveAttribute("aria-selected", "true");
  await textarea.press("Enter");
  await expect(listbox).toBeHidden();
  await textarea.pressSequentially(" und $Cfe");
  await expect(page.getByText("Nicht in der Besetzung:")).toContainText("$Cfe");
  await textarea.press("Escape");
  await textarea.press("Backspace");
  await textarea.press("Backspace");
  await textarea.press("Backspace");
  await textarea.pressSequentially("Ch");
  await textarea.press("Tab");
  await textarea.pressSequentially(".");
  await expect(textarea).toHaveValue(/Dann ging ich zu \$Azubi und \$Chef\.$/);
  await expect(page.getByText("Nicht in der Besetzung:")).toBeHidden();
  await saved(page);

  // Publishing is refused while findings are open, and an author gets no override
  await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "mögliche Klarnamen" })).toContainText(
    "Albrecht Brenninger (Person)",
  );
  await expect(page.getByTestId("post-status")).toHaveText("Entwurf");
  await expect(page.getByRole("button", { name: "Trotzdem veröffentlichen" })).toHaveCount(0);
  const slug = await page.getByLabel("Adresse (Slug)").inputValue();
  expect((await page.request.get(`/posts/${slug}`)).status()).toBe(404);

  const findings = page.getByRole("list", { name: "Mögliche Klarnamen" });
  await expect(findings.getByRole("listitem")).toHaveCount(3);
  await expect(findings).toContainText("Person");
  await expect(findings).toContainText("Brenninger Haustechnik GmbH");
  await expect(findings).toContainText("Telefonnummer");
  await expectNoAxeViolations(page, [
    "section[aria-labelledby=anonymisation-heading]",
    "section[aria-labelledby=release-heading]",
  ]);
  if (process.env.ANECDOTE_SCREENSHOT) {
    await page.getByRole("region", { name: "Anonymisierung" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: process.env.ANECDOTE_SCREENSHOT, fullPage: true });
  }

  await replace(page, "Albrecht Brenninger", "$Kunde_Autohaus");
  await expect(textarea).toHaveValue(/rief Herr \$Kunde_Autohaus an/);
  await replace(page, "Brenninger Haustechnik GmbH", "$Praxis");
  await expect(textarea).toHaveValue(/von der \$Praxis\./);
  // A new placeholder from an author goes into the text; the cast is the editors' business
  await page.getByRole("combobox", { name: "Platzhalter für „0171 2345678“" }).selectOption("__new__");
  await page.getByLabel("Neuer Platzhalter", { exact: true }).fill("$Rückrufnummer");
  await page.getByRole("button", { name: "„0171 2345678“ überall ersetzen" }).click();
  await expect(textarea).toHaveValue(/unter \$Rückrufnummer\./);
  await expect(page.getByText("Nicht in der Besetzung:")).toContainText("$Rückrufnummer");
  await expect(page.getByRole("region", { name: "Anonymisierung" })).toContainText(
    "Keine möglichen Klarnamen gefunden.",
  );
  await saved(page);

  await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(page.getByTestId("post-status")).toHaveText("Veröffentlicht");

  const response = await page.goto(`/posts/${slug}`);
  const html = await pageSource(response);
  for (const secret of ["Albrecht", "Brenninger", "Haustechnik", "0171", "2345678"])
    expect(html, secret).not.toContain(secret);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const prose = page.locator("article .prose");
  await expect(prose).toContainText(castMember("$Kunde_Autohaus").displayName);
  await expect(prose).toContainText(castMember("$Praxis").displayName);
  await expect(page.locator(".dialogue b.speaker", { hasText: /^Ich:$/ })).toBeVisible();
  await expect(page.locator(".dialogue .dialogue-line em.stage-direction")).toHaveText("(seufzt)");
  const cast = page.getByRole("region", { name: "Wer hier vorkommt" });
  await expect(cast).toContainText(castMember("$Kunde_Autohaus").description);
  await expect(cast).toContainText(castMember("$Azubi").description);
});

test("an editor adds a new cast member from a finding, and may publish past the guard with a reason", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, testUsers.editor);
  const title = "Die Stammkundin (E2E)";
  await startAnecdote(page, title, hobel.title);
  const postId = Number(page.url().split("/").pop());
  await page
    .getByLabel("Text (Markdown)")
    .fill(
      "Frau Sabine Kellermann kam wieder vorbei.\n\nIch: Der Tisch ist fertig.\n\nSie zahlte in Walldorf.",
    );
  await saved(page);
  await page.getByRole("button", { name: "Auf Klarnamen prüfen" }).click();
  const findings = page.getByRole("list", { name: "Mögliche Klarnamen" });
  await expect(findings).toContainText("Sabine Kellermann");
  await page.getByRole("combobox", { name: "Platzhalter für „Sabine Kellermann“" }).selectOption("__new__");
  await page.getByLabel("Neuer Platzhalter", { exact: true }).fill("$Stammkundin");
  await page.getByLabel("Name im Text", { exact: true }).fill("die Stammkundin");
  await page.getByRole("button", { name: "„Sabine Kellermann“ überall ersetzen" }).click();
  await expect(page.getByLabel("Text (Markdown)")).toHaveValue(/^Frau \$Stammkundin kam/);
  await expect(page.getByText("Nicht in der Besetzung:")).toBeHidden();
  await saved(page);

  // The customer's release stays in the author area
  const release = page.getByRole("region", { name: "Freigabe durch die Kundschaft" });
  await release.getByLabel("Ja").check();
  await release.getByLabel("Zugestimmt am").fill("2026-11-20");
  await release.getByLabel("Notiz zur Freigabe").fill("Freigabe-Notiz-E2E per Telefon, Zustimmungsvermerk");
  await release.getByRole("button", { name: "Freigabe speichern" }).click();
  await expect(release.getByRole("status")).toHaveText("Freigabe gespeichert.");

  // The town is left open: publishing is refused, and the editor overrides with a reason
  await expect(findings).toContainText("Walldorf");
  await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "mögliche Klarnamen" })).toContainText(
    "Walldorf (Ort)",
  );
  await page.getByLabel("Begründung für die Ausnahme").fill("Ortsname ist öffentlich und harmlos.");
  await page.getByRole("button", { name: "Trotzdem veröffentlichen" }).click();
  await expect(page.getByTestId("post-status")).toHaveText("Veröffentlicht");
  const slug = await page.getByLabel("Adresse (Slug)").inputValue();
  const response = await page.goto(`/posts/${slug}`);
  const html = await pageSource(response);
  expect(html).not.toContain("Kellermann");
  expect(html).not.toContain("Freigabe-Notiz-E2E");
  for (const feed of ["/feed.xml", "/atom.xml", `/series/${hobel.slug}/feed.xml`]) {
    expect(await (await page.request.get(feed)).text(), feed).not.toContain("Freigabe-Notiz-E2E");
  }
  const search = await (await page.request.get("/search?q=Zustimmungsvermerk")).text();
  expect(search).toContain("Leider nichts gefunden");
  await page.goto(`/posts/${slug}`);
  await expect(page.locator("article .prose")).toContainText("die Stammkundin");
  await expect(page.getByRole("region", { name: "Wer hier vorkommt" })).toContainText("Stammkundin");
  // The override is on record in the editor, with its reason
  await page.goto(`/admin/posts/${postId}`);
  await expect(page.getByLabel("Notiz zur Freigabe")).toHaveValue(
    "Freigabe-Notiz-E2E per Telefon, Zustimmungsvermerk",
  );
  await expect(page.getByRole("region", { name: "Anonymisierung" })).toContainText(
    "Ortsname ist öffentlich und harmlos.",
  );
});

test("an editor manages a series' cast: add, refuse bad or taken placeholders, edit, move, remove", async ({
  page,
}) => {
  await signIn(page, testUsers.editor);
  await page.goto("/admin/series");
  await page.getByRole("link", { name: hobel.title }).click();
  const add = page.getByRole("form", { name: "Neue Figur" });
  await add.getByLabel("Platzhalter").fill("$2Lieferant");
  await add.getByLabel("Name im Text").fill("der Lieferant");
  await add.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(add).toContainText("Ein Platzhalter beginnt mit $");
  await add.getByLabel("Platzhalter").fill("$Meisterin");
  await add.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(add).toContainText("$Meisterin gibt es in dieser Serie schon.");
  await add.getByLabel("Platzhalter").fill("$Lieferant_Holz");
  await add.getByRole("button", { name: "Hinzufügen" }).click();
  const cast = page.getByRole("list", { name: "Besetzung" });
  const member = cast.getByRole("form", { name: "Figur $Lieferant_Holz" });
  await expect(member).toBeVisible();

  await member.getByLabel("Name im Text").fill("der Holzlieferant");
  await member.getByLabel("Beschreibung").fill("bringt Eiche, wenn er Zeit hat");
  await member.getByRole("button", { name: "Speichern" }).click();
  await expect(member.getByRole("status")).toHaveText("Gespeichert.");
  const placeholders = cast.locator("li > div code");
  const before = await placeholders.allTextContents();
  expect(before.at(-1)).toBe("$Lieferant_Holz");
  await page.getByRole("button", { name: "$Lieferant_Holz nach oben" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reihenfolge gespeichert." })).toBeVisible();
  await expect(placeholders).toHaveText([...before.slice(0, -2), "$Lieferant_Holz", before.at(-2) ?? ""]);

  await page.goto(`/series/${hobel.slug}`);
  await expect(page.getByRole("region", { name: "Die Besetzung" })).toContainText(
    "bringt Eiche, wenn er Zeit hat",
  );

  await page.goBack();
  await page.getByRole("button", { name: "$Lieferant_Holz aus der Besetzung entfernen" }).click();
  await expect(cast.getByRole("form", { name: "Figur $Lieferant_Holz" })).toHaveCount(0);
  await page.goto(`/series/${hobel.slug}`);
  await expect(page.getByRole("region", { name: "Die Besetzung" })).not.toContainText("Holzlieferant");
});

test("an editor schedules past the guard with a reason; a real name added after publication is refused without a reason", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, testUsers.editor);
  await startAnecdote(page, "Der Umzug (E2E)", hobel.title);
  const textarea = page.getByLabel("Text (Markdown)");
  const published = "Ich: Wohin mit dem Eichenschrank?\n\n$Meisterin: <lacht> Nach Walldorf.";
  await textarea.fill(published);
  await saved(page);
  const slug = await page.getByLabel("Adresse (Slug)").inputValue();

  // Scheduling is refused like publishing, and the editor's override is offered for it too
  await page.getByLabel("Planen für (Ortszeit)").fill("2031-03-01T09:30");
  await page.getByRole("button", { name: "Planen", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "mögliche Klarnamen" })).toContainText(
    "Walldorf (Ort)",
  );
  await expect(page.getByTestId("post-status")).toHaveText("Entwurf");
  await page.getByLabel("Begründung für die Ausnahme").fill("Ortsname ist öffentlich und harmlos.");
  await page.getByRole("button", { name: "Trotzdem planen" }).click();
  await expect(page.getByTestId("post-status")).toHaveText("Geplant");
  await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(page.getByTestId("post-status")).toHaveText("Veröffentlicht");

  // A real name typed into the published anecdote is not saved; the text stays in the form
  await textarea.fill(`${published}\n\nDann kam Frau Dr. Hannelore Quast vorbei.`);
  await page.getByRole("button", { name: "Aktualisieren" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nicht gespeichert" })).toContainText(
    "Hannelore Quast (Person)",
  );
  await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "invalid");
  await expect(textarea).toHaveValue(/Frau Dr\. Hannelore Quast vorbei\.$/);
  await expect(page.getByRole("list", { name: "Mögliche Klarnamen" })).toContainText("Hannelore");
  await expect(page.getByRole("button", { name: "Trotzdem aktualisieren" })).toBeVisible();
  const html = await pageSource(await page.request.get(`/posts/${slug}`));
  expect(html).toContain("Eichenschrank");
  expect(html).not.toContain("Hannelore");
  expect(html).not.toContain("Quast");

  // The editor may save it anyway, with a reason on record
  await page.getByLabel("Begründung, warum trotzdem gespeichert wird").fill("Die Ärztin ist frei erfunden.");
  await page.getByRole("button", { name: "Trotzdem aktualisieren" }).click();
  await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved");
  await expect(page.getByRole("alert").filter({ hasText: "Nicht gespeichert" })).toHaveCount(0);
  await expect(async () => {
    expect(await pageSource(await page.request.get(`/posts/${slug}`))).toContain("Hannelore Quast");
  }).toPass({ timeout: 15_000 });
});
