// Placeholders of a series' cast: where they are recognised, how they render, and their names in plain text.
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import type { CastEntry } from "./cast";
import { renderPostBody, withCastNames } from "./render";

const cast: CastEntry[] = [
  { placeholder: "$Chef", displayName: "der Chef", description: "führt den Laden seit 1994" },
  { placeholder: "$Stadt_in_der_Nähe", displayName: "die Kreisstadt", description: "" },
  { placeholder: "$Lieferant", displayName: "der Lieferant", description: "liefert <meistens> pünktlich" },
];

const anecdote = (markdown: string, options: { castNotes?: boolean } = {}) =>
  renderPostBody(markdown, { kind: "ANECDOTE", cast, ...options });

function elements(node: Root | Element): Element[] {
  return node.children.flatMap((child) => (child.type === "element" ? [child, ...elements(child)] : []));
}

function byClass(html: string, name: string): Element[] {
  return elements(fromHtml(html, { fragment: true })).filter((element) => {
    const className = element.properties.className;
    return Array.isArray(className) && className.includes(name);
  });
}

function text(element: Element | undefined): string {
  if (!element) return "";
  return element.children
    .map((child) => (child.type === "text" ? child.value : child.type === "element" ? text(child) : ""))
    .join("");
}

describe("placeholders in anecdotes", () => {
  it("render as the cast's names, with the description as a note for hover and focus", () => {
    const { html } = anecdote("Ich ging zu $Chef.");
    const [pseudonym] = byClass(html, "pseudonym");
    const [note] = byClass(html, "pseudonym-note");
    expect(text(byClass(html, "pseudonym-name")[0])).toBe("der Chef");
    expect(text(note)).toBe("führt den Laden seit 1994");
    expect(note?.properties.role).toBe("tooltip");
    expect(pseudonym?.properties.tabIndex).toBe(0);
    expect(pseudonym?.properties.ariaDescribedBy).toEqual([note?.properties.id]);
    expect(html).not.toContain("$Chef.");
  });

  it("capitalise a name at the start of a sentence", () => {
    const names = byClass(anecdote("$Chef kam. Dann kam $Chef. Was? $Chef!").html, "pseudonym-name");
    expect(names.map(text)).toEqual(["Der Chef", "der Chef", "Der Chef"]);
  });

  it("keep a description as text, never as markup", () => {
    const { html } = anecdote("$Lieferant kommt.");
    expect(text(byClass(html, "pseudonym-note")[0])).toBe("liefert <meistens> pünktlich");
    expect(byClass(html, "stage-direction")).toEqual([]);
  });

  it("are not focusable without a description, and have no note", () => {
    const { html } = anecdote("Wir fuhren nach $Stadt_in_der_Nähe.");
    const [pseudonym] = byClass(html, "pseudonym");
    expect(text(pseudonym)).toBe("die Kreisstadt");
    expect(pseudonym?.properties.tabIndex).toBeUndefined();
    expect(byClass(html, "pseudonym-note")).toEqual([]);
  });

  it("are names only in feeds, where no CSS could show a note", () => {
    const { html } = anecdote("Ich ging zu $Chef.", { castNotes: false });
    expect(html).toBe(
      '<p>Ich ging zu <span class="pseudonym" data-placeholder="$Chef"><span class="pseudonym-name">der Chef</span></span>.</p>',
    );
  });

  it("show an unknown placeholder as its own name, marked, never as $Name", () => {
    const { html, placeholdersUsed } = anecdote("Die Firma $Sowieso_und_Söhne rief an.");
    const [pseudonym] = byClass(html, "pseudonym");
    expect(pseudonym?.properties.className).toEqual(["pseudonym", "pseudonym-unknown"]);
    expect(text(pseudonym)).toBe("Sowieso und Söhne");
    expect(placeholdersUsed).toEqual(["$Sowieso_und_Söhne"]);
  });

  it("report the placeholders used, in order of first appearance", () => {
    const { placeholdersUsed } = anecdote(
      "$Lieferant und $Chef.\n\nChef: Wo ist $Lieferant?\nIch: Bei $Chef.",
    );
    expect(placeholdersUsed).toEqual(["$Lieferant", "$Chef"]);
  });

  it("leave escaped dollars, prices, code and URLs alone", () => {
    const { html, placeholdersUsed } = anecdote(
      "Ein \\$Chef, 49 $ oder $5, `$Chef` und [Link](https://example.org/$Chef) und US$Preis.",
    );
    expect(placeholdersUsed).toEqual([]);
    expect(html).toContain("Ein $Chef, 49 $ oder $5, <code>$Chef</code>");
    expect(html).toContain('href="https://example.org/$Chef"');
    expect(html).toContain("US$Preis");
  });

  it("are pseudonyms inside HTML, which stays visible text", () => {
    for (const kind of ["ANECDOTE", "ARTICLE"] as const) {
      const { html } = renderPostBody("<div>\n$Chef war hier\n</div>\n\nUnd <b>$Chef</b>.", { kind, cast });
      expect(byClass(html, "pseudonym-name").map(text), kind).toEqual(["Der Chef", "der Chef"]);
      expect(html, kind).toContain("<p>&#x3C;div><br>");
      expect(html, kind).toContain("Und &#x3C;b><span");
    }
  });

  it("substitute names in image descriptions, without markup", () => {
    const { html } = anecdote("![$Chef am Schreibtisch](/bild.jpg)");
    expect(html).toContain('alt="Der Chef am Schreibtisch"');
  });

  it("are named in a link, which stays the one focus target", () => {
    const { html } = anecdote("[Mehr über $Chef](/serie)");
    expect(text(byClass(html, "pseudonym")[0])).toBe("der Chef");
    expect(byClass(html, "pseudonym-note")).toEqual([]);
    expect(byClass(html, "pseudonym")[0]?.properties.tabIndex).toBeUndefined();
  });

  it("keep the note out of a heading's id", () => {
    expect(anecdote("## Wie $Chef den Tag rettete").html).toContain(
      '<h2 id="abschnitt-wie-der-chef-den-tag-rettete">',
    );
  });

  it("give each note an id that is unique on the page", () => {
    const { html } = anecdote("$Chef und $Chef und $Chef.");
    const ids = byClass(html, "pseudonym-note").map((note) => note.properties.id);
    expect(new Set(ids).size).toBe(3);
  });
});

describe("placeholders in articles", () => {
  it("are only the cast's in an article of a series with a cast", () => {
    const { html, placeholdersUsed } = renderPostBody("Frag $Chef, wo $PATH gesetzt wird.", {
      kind: "ARTICLE",
      cast,
    });
    expect(text(byClass(html, "pseudonym-name")[0])).toBe("der Chef");
    expect(html).toContain("wo $PATH gesetzt wird");
    expect(placeholdersUsed).toEqual(["$Chef"]);
  });

  it("are plain text in an article without a cast", () => {
    expect(renderPostBody("echo $HOME und $Chef", { kind: "ARTICLE" })).toEqual({
      html: "<p>echo $HOME und $Chef</p>",
      placeholdersUsed: [],
    });
  });
});

describe("withCastNames", () => {
  it("names the cast in a title or excerpt, capitalised where a sentence starts", () => {
    expect(withCastNames("$Chef und der Server. Dann kam $Chef.", { kind: "ANECDOTE", cast })).toBe(
      "Der Chef und der Server. Dann kam der Chef.",
    );
  });

  it("follows the body's rules: unknown names in anecdotes, cast only in articles, nothing without a cast", () => {
    const excerpt = "Ohne $Chef kein $PATH.";
    expect(withCastNames(excerpt, { kind: "ANECDOTE", cast })).toBe("Ohne der Chef kein PATH.");
    expect(withCastNames(excerpt, { kind: "ARTICLE", cast })).toBe("Ohne der Chef kein $PATH.");
    expect(withCastNames(excerpt, { kind: "ARTICLE", cast: [] })).toBe(excerpt);
  });
});
