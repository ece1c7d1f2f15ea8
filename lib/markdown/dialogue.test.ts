// Which lines of an anecdote read as dialogue, and how they are marked up; checked on the parsed HTML.
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import type { CastEntry } from "./cast";
import { renderMarkdown, renderPostBody } from "./render";

const cast: CastEntry[] = [
  { placeholder: "$Chef", displayName: "der Chef", description: "führt den Laden seit 1994" },
  { placeholder: "$Kundin", displayName: "die Kundin", description: "kommt jeden Montag" },
];

const anecdote = (markdown: string) => renderPostBody(markdown, { kind: "ANECDOTE", cast }).html;

function elements(node: Root | Element): Element[] {
  return node.children.flatMap((child) => (child.type === "element" ? [child, ...elements(child)] : []));
}

function hasClass(element: Element, name: string): boolean {
  const className = element.properties.className;
  return Array.isArray(className) && className.includes(name);
}

// What a reader sees: the visible text, without the hidden notes of pseudonyms.
function visibleText(node: RootContent | Root): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" && hasClass(node, "pseudonym-note")) return "";
  if (node.type === "element" && node.tagName === "br") return "\n";
  return "children" in node ? node.children.map(visibleText).join("") : "";
}

/** Every top-level block as `dialogue: [lines]` or `p: text`, so a test reads like the page. */
function blocks(html: string): string[] {
  return fromHtml(html, { fragment: true }).children.flatMap((child) => {
    if (child.type !== "element") return [];
    if (child.tagName === "div" && hasClass(child, "dialogue")) {
      return child.children
        .filter((line): line is Element => line.type === "element")
        .map((line) => `» ${visibleText(line)}`);
    }
    return [`${child.tagName}: ${visibleText(child)}`];
  });
}

function speakers(html: string): string[] {
  return elements(fromHtml(html, { fragment: true }))
    .filter((element) => element.tagName === "b" && hasClass(element, "speaker"))
    .map((element) => visibleText(element));
}

describe("dialogue lines", () => {
  it("formats a conversation of several lines, speaker labels apart", () => {
    const html = anecdote(
      "Der Anruf kam um sieben.\n\nKundin: Der Bildschirm ist schwarz.\nIch: Ist er eingeschaltet?\nKundin: Natürlich!",
    );
    expect(blocks(html)).toEqual([
      "p: Der Anruf kam um sieben.",
      "» Kundin: Der Bildschirm ist schwarz.",
      "» Ich: Ist er eingeschaltet?",
      "» Kundin: Natürlich!",
    ]);
    expect(html).toContain(
      '<div class="dialogue"><p class="dialogue-line"><b class="speaker">Kundin:</b> Der Bildschirm ist schwarz.</p>',
    );
  });

  it("splits a paragraph where narration turns into dialogue and back", () => {
    const html = anecdote(
      "Zehn Minuten später stand er in der Tür\nHausmeister: Wo brennt's?\nIch: Im Serverraum.\nEr drehte sofort um.",
    );
    expect(blocks(html)).toEqual([
      "p: Zehn Minuten später stand er in der Tür",
      "» Hausmeister: Wo brennt's?",
      "» Ich: Im Serverraum.",
      "p: Er drehte sofort um.",
    ]);
  });

  it("keeps the narration lines of a paragraph together, with their line breaks", () => {
    const html = anecdote("Erste Zeile.\nZweite Zeile.\nIch: Hallo?");
    expect(html).toContain("<p>Erste Zeile.<br>\nZweite Zeile.</p>");
  });

  it("counts lines separated by a blank line as one conversation", () => {
    expect(blocks(anecdote("Pförtner: Zu wem wollen Sie?\n\nBote: Zur Buchhaltung."))).toEqual([
      "» Pförtner: Zu wem wollen Sie?",
      "» Bote: Zur Buchhaltung.",
    ]);
  });

  it("accepts a single line when the narrator or a placeholder speaks", () => {
    expect(blocks(anecdote("Ich: Nie wieder."))).toEqual(["» Ich: Nie wieder."]);
    expect(blocks(anecdote("$Chef: Neustart."))).toEqual(["» Der Chef: Neustart."]);
    expect(blocks(anecdote("Herr $Kundin: Guten Tag."))).toEqual(["» Herr die Kundin: Guten Tag."]);
  });

  it("accepts a single line introduced by a line that ends with a colon", () => {
    expect(
      blocks(anecdote("Er sah mich lange an und sagte dann:\nAlter Hase: Das hatten wir schon.")),
    ).toEqual(["p: Er sah mich lange an und sagte dann:", "» Alter Hase: Das hatten wir schon."]);
    expect(blocks(anecdote("Die Antwort kam prompt:\n\nFrau am Empfang: Geschlossen."))).toEqual([
      "p: Die Antwort kam prompt:",
      "» Frau am Empfang: Geschlossen.",
    ]);
  });

  it("accepts a speaker who speaks again later in the post", () => {
    const html = anecdote(
      "Lagerist: Das Paket ist raus.\n\nDrei Tage vergingen ohne ein Wort.\n\nLagerist: Das Paket ist zurück.",
    );
    expect(blocks(html)).toEqual([
      "» Lagerist: Das Paket ist raus.",
      "p: Drei Tage vergingen ohne ein Wort.",
      "» Lagerist: Das Paket ist zurück.",
    ]);
  });

  it("takes labels the author set in bold as they are", () => {
    expect(blocks(anecdote("**Chef:** Wer war das?\n**Ich**: Der Drucker."))).toEqual([
      "» Chef: Wer war das?",
      "» Ich: Der Drucker.",
    ]);
    expect(speakers(anecdote("**Chef:** Wer war das?\n**Ich**: Der Drucker."))).toEqual(["Chef:", "Ich:"]);
  });

  it("leaves ordinary sentences with a colon alone", () => {
    const prose = [
      "Seine Antwort war eindeutig: Nein.",
      "Wichtig: bitte vorher sichern.",
      "Hinweis: Der Server startet nachts neu.",
      "Wir trafen uns um 10:30 Uhr vor der Tür.",
      "Die Anleitung liegt unter https://example.org/hilfe bereit.",
      "Zwischenstand: der Drucker läuft.",
      "Kurz gesagt: Es ging nicht.",
      "Lange Rede, kurzer Sinn: Wir fuhren hin.",
      "Die Lösung: ein neues Kabel.",
      "$Chef sagte nur: „Das geht.“",
      "Der Kunde von gegenüber meinte: nein.",
      "Chef:Ohne Leerzeichen ist das kein Sprecher.",
      "Chef: ",
    ];
    for (const line of prose) expect(speakers(anecdote(line)), line).toEqual([]);
  });

  it("leaves a lone line that merely looks like one alone, when nothing around it is dialogue", () => {
    for (const markdown of [
      "Nebenbei: Der Kaffee war kalt.",
      "Der Rest ist schnell erzählt.\nSpäter: die Rechnung.",
      "Übrigens: Er kam nie wieder.\n\nSo war das.",
    ]) {
      expect(speakers(anecdote(markdown)), markdown).toEqual([]);
    }
  });

  it("does not turn a run of notes into a conversation", () => {
    expect(speakers(anecdote("Wichtig: vorher sichern.\nHinweis: danach neu starten."))).toEqual([]);
    expect(speakers(anecdote("Montag: Ruhetag\nDienstag: ab neun Uhr"))).toEqual([]);
    expect(speakers(anecdote("- Werkzeug: Zollstock\n- Material: Eiche"))).toEqual([]);
  });

  it("does not read labels out of code, links, emphasis or escapes", () => {
    for (const markdown of [
      "`Chef: Neustart.`\nIch: Gut.",
      "[Chef](https://example.org): Neustart.\nIch: Gut.",
      "*Chef*: Neustart.\nIch: Gut.",
    ]) {
      expect(speakers(anecdote(markdown)), markdown).toEqual(["Ich:"]);
    }
  });

  it("formats dialogue only in anecdotes", () => {
    expect(renderPostBody("Ich: Hallo.\nChef: Tschüss.", { kind: "ARTICLE", cast }).html).toBe(
      "<p>Ich: Hallo.<br>\nChef: Tschüss.</p>",
    );
  });

  it("keeps dialogue in lists and quotes", () => {
    const html = anecdote("> Ich: Noch Kaffee?\n> Chef: Immer.");
    expect(html).toContain('<blockquote>\n<div class="dialogue">');
    expect(speakers(html)).toEqual(["Ich:", "Chef:"]);
  });
});

describe("stage directions", () => {
  it("render in italics, in parentheses, wherever they stand in the line", () => {
    const html = anecdote("Chef: <hektisch> Wo ist er?\nIch: Weg. <zuckt mit den Schultern>");
    expect(html).toContain(
      '<b class="speaker">Chef:</b> <em class="stage-direction">(hektisch)</em> Wo ist er?',
    );
    expect(html).toContain('Weg. <em class="stage-direction">(zuckt mit den Schultern)</em>');
  });

  it("may contain umlauts, punctuation and placeholders", () => {
    const html = anecdote("Ich: <hält inne, räuspert sich> Also.\nChef: <sieht $Kundin an> Ja?");
    expect(html).toContain('<em class="stage-direction">(hält inne, räuspert sich)</em>');
    const direction = elements(fromHtml(html, { fragment: true })).filter((element) =>
      hasClass(element, "stage-direction"),
    )[1];
    expect(direction && visibleText(direction)).toBe("(sieht die Kundin an)");
  });

  it("also stand alone at the start of a paragraph", () => {
    expect(blocks(anecdote("<seufzt>\nChef: Schon wieder?\nIch: Ja."))).toEqual([
      "p: (seufzt)",
      "» Chef: Schon wieder?",
      "» Ich: Ja.",
    ]);
  });

  it("never turn HTML into a stage direction: tags stay visible text", () => {
    for (const tag of ["<b>", "<script>", "<img src=x onerror=alert(1)>", "<br/>", "<a href='x'>", "</em>"]) {
      const html = anecdote(`Ich: Vorher ${tag} nachher.\nChef: Gut.`);
      expect(html, tag).not.toContain("stage-direction");
      expect(html, tag).toContain(tag.replace(/</g, "&#x3C;").replace(/"/g, "&#x22;"));
    }
  });

  it("leave escapes, code, autolinks and comparisons alone", () => {
    const html = anecdote(
      "Ich: \\<seufzt> und `<seufzt>` und <https://example.org> und <a@example.org> und a<b>c und 3 < 4 > 2.\nChef: Gut.",
    );
    expect(html).not.toContain("stage-direction");
    expect(html).toContain("&#x3C;seufzt> und <code>&#x3C;seufzt></code>");
    expect(html).toContain('<a href="https://example.org"');
    expect(html).toContain('<a href="mailto:a@example.org">');
  });

  it("exist only in anecdotes; articles keep showing the brackets", () => {
    expect(renderMarkdown("Chef: <hektisch> Wo ist er?")).toBe("<p>Chef: &#x3C;hektisch> Wo ist er?</p>");
  });
});

describe("placeholders as speakers", () => {
  it("render as pseudonyms inside the speaker label, capitalised", () => {
    const html = anecdote("$Kundin: Ist er fertig?\n$Chef: Fast.");
    expect(speakers(html)).toEqual(["Die Kundin:", "Der Chef:"]);
    const label = elements(fromHtml(html, { fragment: true })).find((element) => element.tagName === "b");
    const pseudonym = label && elements(label).find((element) => hasClass(element, "pseudonym"));
    expect(pseudonym?.properties).toMatchObject({ tabIndex: 0, dataPlaceholder: "$Kundin" });
  });

  it("may be unknown to the cast and still speak", () => {
    const html = anecdote("$Techniker: Ich schau mal.\nIch: Danke.");
    expect(speakers(html)).toEqual(["Techniker:", "Ich:"]);
    expect(html).toContain('class="pseudonym pseudonym-unknown"');
  });

  it("capitalise a placeholder right after the speaker's colon", () => {
    expect(blocks(anecdote("Ich: $Chef ist nicht da.\nKundin: Schade."))[0]).toBe(
      "» Ich: Der Chef ist nicht da.",
    );
  });
});
