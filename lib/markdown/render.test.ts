// Behaviour and XSS resistance of the Markdown renderer, checked on the HTML as a browser would parse it.
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { Root as MdastRoot } from "mdast";
import { describe, expect, it } from "vitest";
import vectors from "../../e2e/fixtures/xss-vectors.json";
import type { CastEntry } from "./cast";
import {
  createMarkdownRenderer,
  markdownToPlainText,
  readingMinutes,
  renderMarkdown,
  renderPostBody,
} from "./render";

/** Every element of the HTML, parsed the way a browser parses it (which also surfaces mutation XSS). */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      found.push(child);
      walk(child);
      if (child.content) walk(child.content);
    }
  };
  walk(fromHtml(html, { fragment: true }));
  return found;
}

function only(html: string, tagName: string): Element {
  const matches = elementsOf(html).filter((element) => element.tagName === tagName);
  expect(matches).toHaveLength(1);
  return matches[0]!;
}

const forbiddenTags = new Set([
  "script", "iframe", "object", "embed", "style", "svg", "math", "form", "base", "link", "meta",
  "template", "textarea", "noscript", "frame", "frameset", "applet", "xmp", "button", "select",
]); // prettier-ignore
const urlAttribute =
  /^(href|src|srcset|xlinkhref|action|formaction|data|poster|background|cite|longdesc|ping|codebase|lowsrc|dynsrc)$/;
// Browsers ignore control characters and whitespace in a URL's scheme, so compare without them.
const dangerousUrl = /^(javascript|vbscript|data):/;

// A check of the raw string besides the parser's: hast-util-to-html quotes every attribute value and escapes
// "<" in text, so each "<" must open a well-formed tag ("<" inside a quoted attribute value is inert).
const tagPattern = /<\/?([a-zA-Z][a-zA-Z0-9]*)(?:\s(?:[^"<>]|"[^"]*")*)?>/g;

function securityProblems(html: string): string[] {
  const problems: string[] = [];
  if (html.replace(tagPattern, "").includes("<")) problems.push("a < that opens no tag");
  for (const [, name] of html.matchAll(tagPattern)) {
    if (name?.toLowerCase() === "script") problems.push("<script in the markup");
  }
  for (const element of elementsOf(html)) {
    if (forbiddenTags.has(element.tagName)) problems.push(`<${element.tagName}>`);
    if (element.tagName === "input" && element.properties.type !== "checkbox")
      problems.push("non-checkbox input");
    for (const [name, value] of Object.entries(element.properties)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith("on")) problems.push(`event handler ${name} on <${element.tagName}>`);
      if (attribute === "style") problems.push(`style on <${element.tagName}>`);
      if (!urlAttribute.test(attribute)) continue;
      for (const url of [value].flat()) {
        const normalised = String(url)
          .replace(/[\u0000-\u0020]/g, "")
          .toLowerCase();
        if (dangerousUrl.test(normalised)) problems.push(`${name}="${String(url)}" on <${element.tagName}>`);
      }
    }
  }
  return problems;
}

describe("GitHub Flavored Markdown", () => {
  it("renders tables", () => {
    const html = renderMarkdown("| Kunde | Anliegen |\n| --- | --- |\n| Frau M. | Reklamation |");
    expect(html).toContain("<th>Kunde</th>");
    expect(html).toContain("<td>Reklamation</td>");
  });

  it("renders task lists as disabled checkboxes", () => {
    const html = renderMarkdown("- [x] erledigt\n- [ ] offen");
    const boxes = elementsOf(html).filter((element) => element.tagName === "input");
    expect(
      boxes.map(({ properties }) => [properties.type, Boolean(properties.checked), properties.disabled]),
    ).toEqual([
      ["checkbox", true, true],
      ["checkbox", false, true],
    ]);
  });

  it("renders strikethrough", () => {
    expect(renderMarkdown("~~teuer~~ günstig")).toContain("<del>teuer</del> günstig");
  });

  it("links bare URLs, www addresses and e-mail autolinks", () => {
    const html = renderMarkdown("Siehe <https://example.com/a>, www.example.org und <kunde@example.com>.");
    const hrefs = elementsOf(html)
      .filter((element) => element.tagName === "a")
      .map((element) => element.properties.href);
    expect(hrefs).toEqual(["https://example.com/a", "http://www.example.org", "mailto:kunde@example.com"]);
  });

  it("keeps the language of fenced code as a class", () => {
    expect(renderMarkdown("```ts\nconst a = 1;\n```")).toContain('<code class="language-ts">const a = 1;');
    expect(renderMarkdown("```c++\nint a;\n```")).toContain('<code class="language-c++">');
    expect(renderMarkdown("```\nplain\n```")).toContain("<code>plain");
  });

  it("keeps footnote links pointing at their targets", () => {
    const html = renderMarkdown("Ein Satz.[^quelle]\n\n[^quelle]: Die Quelle.");
    const elements = elementsOf(html);
    const ids = new Set(elements.map((element) => element.properties.id));
    const reference = elements.find((element) => element.properties.dataFootnoteRef !== undefined);
    const backReference = elements.find((element) => element.properties.dataFootnoteBackref !== undefined);
    for (const link of [reference, backReference]) {
      const href = String(link?.properties.href);
      expect(href).toMatch(/^#/);
      expect(ids).toContain(href.slice(1));
    }
  });
});

describe("headings", () => {
  it("demotes h1 to h2, as the page title is the only h1", () => {
    const html = renderMarkdown("# Der Anfang");
    expect(html).not.toContain("<h1");
    expect(html).toContain('<h2 id="abschnitt-der-anfang">Der Anfang</h2>');
  });

  it("gives h2 to h4 stable, prefixed ids with umlauts transliterated", () => {
    const html = renderMarkdown("## Über uns\n\n### Straße & Café\n\n#### Öfen, Äpfel\n\n##### Klein");
    expect(html).toContain('<h2 id="abschnitt-ueber-uns">');
    expect(html).toContain('<h3 id="abschnitt-strasse-cafe">');
    expect(html).toContain('<h4 id="abschnitt-oefen-aepfel">');
    expect(html).toContain("<h5>Klein</h5>");
  });

  it("makes repeated headings unique", () => {
    const html = renderMarkdown("## Fazit\n\n## Fazit\n\n## Fazit 2\n\n## ?!");
    const ids = elementsOf(html).map((element) => element.properties.id);
    expect(ids).toEqual(["abschnitt-fazit", "abschnitt-fazit-2", "abschnitt-fazit-2-2", "abschnitt"]);
  });

  it("cannot clobber DOM globals", () => {
    expect(only(renderMarkdown("## location"), "h2").properties.id).toBe("abschnitt-location");
  });
});

describe("links and images", () => {
  it("marks external links nofollow noopener noreferrer", () => {
    for (const markdown of ["[a](https://example.com)", "[a](http://example.com)", "[a](//example.com)"]) {
      expect(only(renderMarkdown(markdown), "a").properties.rel).toEqual([
        "nofollow",
        "noopener",
        "noreferrer",
      ]);
    }
  });

  it("leaves internal, anchor, mail and phone links alone", () => {
    for (const href of ["/posts/der-anfang", "#abschnitt-fazit", "mailto:a@example.com", "tel:+49301234"]) {
      const link = only(renderMarkdown(`[a](${href})`), "a");
      expect(link.properties.href).toBe(href);
      expect(link.properties.rel).toBeUndefined();
    }
  });

  it("drops other URL schemes", () => {
    expect(only(renderMarkdown("[chat](irc://example.com/room)"), "a").properties.href).toBeUndefined();
  });

  it("loads images lazily and asynchronously, from http(s) or relative URLs only", () => {
    for (const src of ["https://example.com/a.jpg", "/uploads/a.jpg"]) {
      const image = only(renderMarkdown(`![Ein Bild](${src})`), "img");
      expect(image.properties).toMatchObject({ src, alt: "Ein Bild", loading: "lazy", decoding: "async" });
    }
    expect(only(renderMarkdown("![x](data:image/png;base64,AAAA)"), "img").properties.src).toBeUndefined();
  });
});

describe("raw HTML", () => {
  it("shows HTML written in the Markdown as text, never as markup", () => {
    expect(renderMarkdown("Hallo <b>Welt</b>")).toBe("<p>Hallo &#x3C;b>Welt&#x3C;/b></p>");
    expect(renderMarkdown("<script>alert(1)</script>")).toBe("<p>&#x3C;script>alert(1)&#x3C;/script></p>");
  });

  it("keeps stage directions in dialogue visible", () => {
    expect(renderMarkdown("Chef: <hektisch> Wo ist er?")).toBe("<p>Chef: &#x3C;hektisch> Wo ist er?</p>");
  });
});

describe("line breaks", () => {
  it("turns a single newline into a line break, as blog authors expect", () => {
    expect(renderMarkdown("Ich: Morgen.\nChef: Wo ist er?")).toBe(
      "<p>Ich: Morgen.<br>\nChef: Wo ist er?</p>",
    );
  });

  it("escapes HTML in code", () => {
    expect(renderMarkdown("`<b>`")).toBe("<p><code>&#x3C;b></code></p>");
  });
});

describe("XSS vectors", () => {
  it("is a reusable fixture of at least 40 distinct strings", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(40);
    expect(new Set(vectors).size).toBe(vectors.length);
    for (const vector of vectors) expect(typeof vector).toBe("string");
  });

  it.each(vectors.map((vector, index) => [index, vector] as const))(
    "neutralises vector %i",
    (_index, vector) => {
      expect(securityProblems(renderMarkdown(vector))).toEqual([]);
    },
  );

  it("neutralises all vectors in one document", () => {
    expect(securityProblems(renderMarkdown(vectors.join("\n\n")))).toEqual([]);
  });

  it("finds the problems it looks for, so a pass means something", () => {
    const unsafe =
      '<script>1</script><img src="x" onerror="1"><a href=" JaVa&#x09;script:1">x</a><svg></svg><math></math>';
    expect(securityProblems(unsafe)).toEqual([
      "<script in the markup",
      "<script in the markup",
      "<script>",
      "event handler onError on <img>",
      'href=" JaVa\tscript:1" on <a>',
      "<svg>",
      "<math>",
    ]);
    expect(securityProblems("<p>1 <scr<script>ipt>")).toContain("a < that opens no tag");
    expect(securityProblems('<p title="<script>alert(1)</script>">inert</p>')).toEqual([]);
  });
});

describe("XSS vectors in an anecdote with a cast and dialogue", () => {
  // The cast is author input too: names and descriptions must stay text.
  const cast: CastEntry[] = [
    {
      placeholder: "$Chef",
      displayName: '<img src=x onerror="alert(1)">',
      description: '"><script>alert(1)</script><a href="javascript:alert(1)">x</a>',
    },
    { placeholder: "$Kunde", displayName: "javascript:alert(1)", description: "<svg onload=alert(1)>" },
  ];
  const anecdote = (markdown: string) => renderPostBody(markdown, { kind: "ANECDOTE", cast }).html;
  const castArticle = (markdown: string) => renderPostBody(markdown, { kind: "ARTICLE", cast }).html;

  it.each(vectors.map((vector, index) => [index, vector] as const))(
    "neutralises vector %i as speech, as a stage direction and next to pseudonyms",
    (_index, vector) => {
      const inner = vector.replace(/^<|>$/g, "");
      const markdown = `$Chef: ${vector}\nIch: <${inner}> $Kunde ${vector}\nKunde: <seufzt> ${vector}\n\n${vector} $Chef`;
      expect(securityProblems(anecdote(markdown))).toEqual([]);
      expect(securityProblems(castArticle(markdown))).toEqual([]);
    },
  );

  it("neutralises all vectors in one anecdote", () => {
    const markdown = vectors.map((vector, index) => `${index % 2 ? "$Chef" : "Ich"}: ${vector}`).join("\n");
    const html = anecdote(markdown);
    expect(html).toContain('<div class="dialogue">');
    expect(securityProblems(html)).toEqual([]);
  });

  it("keeps the cast's names and descriptions as text", () => {
    const html = anecdote("$Chef: Hallo $Kunde.");
    expect(elementsOf(html).map((element) => element.tagName)).toEqual([
      "div", "p", "b", "span", "span", "span", "span", "span", "span",
    ]); // prettier-ignore
    expect(html).toContain('&#x3C;img src=x onerror="alert(1)">');
  });
});

describe("remark plugins", () => {
  it("run before the sanitiser, so they cannot smuggle unsafe HTML in", () => {
    const remarkUnsafe = () => (tree: MdastRoot) => {
      tree.children.push({
        type: "paragraph",
        data: { hProperties: { onclick: "alert(1)", style: "color: red" } },
        children: [
          { type: "link", url: "javascript:alert(1)", children: [{ type: "text", value: "added" }] },
        ],
      });
    };
    const html = createMarkdownRenderer({ remarkPlugins: [remarkUnsafe] })("Text");
    expect(html).toBe("<p>Text</p>\n<p><a>added</a></p>");
  });

  it("get only the listed classes and attributes of dialogue and pseudonyms through", () => {
    const remarkLookalike = () => (tree: MdastRoot) => {
      tree.children.push({
        type: "paragraph",
        data: { hProperties: { className: ["dialogue-line", "sr-only"] } },
        children: [
          {
            type: "emphasis",
            data: {
              hName: "span",
              hProperties: {
                className: ["pseudonym", "fixed", "inset-0"],
                role: "button",
                tabIndex: -1,
                ariaDescribedBy: ["comments", "pseudonym-note-abc-1"],
                dataPlaceholder: '$Chef" onclick="x',
              },
            },
            children: [{ type: "text", value: "x" }],
          },
        ],
      });
    };
    const html = createMarkdownRenderer({ remarkPlugins: [remarkLookalike] })("");
    expect(html).toBe(
      '<p class="dialogue-line"><span class="pseudonym" aria-describedby="pseudonym-note-abc-1">x</span></p>',
    );
  });
});

describe("markdownToPlainText", () => {
  it("strips markup and URLs and puts each block on its own line", () => {
    const markdown =
      "# Titel\n\nEin **fetter** Satz mit [Link](https://example.com).\n\n- eins\n- zwei\n\n> Zitat";
    expect(markdownToPlainText(markdown)).toBe("Titel\nEin fetter Satz mit Link.\neins\nzwei\nZitat");
  });

  it("keeps words apart across hard line breaks and table cells", () => {
    expect(markdownToPlainText("Kunde: Hallo  \nIch: Tschüss")).toBe("Kunde: Hallo\nIch: Tschüss");
    expect(markdownToPlainText("| a | b |\n| - | - |\n| c | d |")).toBe("a b\nc d");
  });

  it("leaves raw HTML out and keeps image descriptions and code", () => {
    const markdown =
      "Vorher\n\n<div>\n<script>alert(1)</script>\n</div>\n\n![Ein Hund](/hund.jpg)\n\n```\nnpm test\n```";
    expect(markdownToPlainText(markdown)).toBe("Vorher\nEin Hund\nnpm test");
  });
});

describe("readingMinutes", () => {
  const words = (count: number) => Array.from({ length: count }, () => "Wort").join(" ");

  it("is at least one minute", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("Kurz.")).toBe(1);
  });

  it("counts words at 200 a minute unless told otherwise", () => {
    expect(readingMinutes(words(1000))).toBe(5);
    expect(readingMinutes(words(1000), 100)).toBe(10);
  });

  it("counts the words a reader sees, not list markers or raw HTML", () => {
    const list = "- Wort\n".repeat(300);
    expect(readingMinutes(`${list}\n<div>\n${words(1000)}\n</div>`)).toBe(2);
  });

  it("rejects a reading speed that is not positive", () => {
    expect(() => readingMinutes("x", 0)).toThrow(RangeError);
  });
});
