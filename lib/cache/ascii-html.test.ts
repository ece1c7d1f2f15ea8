// The ASCII rewrite must leave a page exactly as a browser reads it: the same document tree, the
// same values in its scripts, and nothing but ASCII in the bytes sent.
import { runInNewContext } from "node:vm";
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { toAsciiHtml } from "./ascii-html.mjs";

// Shaped like a page Next.js renders: text, attributes, RCDATA, the inline RSC payload, JSON-LD
const page = `<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/>
<title>Über die Küche – Casebook</title>
<meta name="description" content="„Geht nicht“, sagte $Chef. Grüße → 😀"/>
<style>.quote::before{content:"„"}</style>
<script type="application/ld+json">{"@type":"BlogPosting","headline":"Über die Küche","author":"Jürgen Weiß 😀"}</script>
</head><body><main><p title="Ärger im Büro">Der Drucker druckt nicht · seit März © 2026 😀</p>
<textarea name="body">Schöne Grüße</textarea><a href="/tags/b%C3%BCro">Büro</a></main>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"5:[\\"$\\",\\"p\\",null,{\\"children\\":\\"Grüße aus Köln 😀\\"}]\\n"])</script>
<script>self.__next_f.push([1,"\\ä and \\\\ä"])</script >
</body></html>`;

/** A tree to compare: what the parser makes of the page, scripts and styles left out */
function documentOf(html: string): unknown {
  const strip = (node: Root | RootContent): unknown => {
    if (node.type === "element") {
      const element = node as Element;
      const rawText = element.tagName === "script" || element.tagName === "style";
      return {
        tag: element.tagName,
        properties: element.properties,
        children: rawText ? [] : element.children.map(strip),
      };
    }
    if (node.type === "root") return node.children.map(strip);
    if (node.type === "text" || node.type === "comment") return { [node.type]: node.value };
    return { type: node.type };
  };
  return strip(fromHtml(html));
}

/** The values that Next.js's inline scripts push, run as a browser would run them */
function flightPushesOf(html: string): unknown[] {
  const self: { __next_f?: unknown[] } = {};
  for (const [, script = ""] of html.matchAll(/<script>([\s\S]*?)<\/script\s*>/g))
    runInNewContext(script, { self });
  return self.__next_f ?? [];
}

const jsonLdOf = (html: string): unknown =>
  JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "null");

describe("toAsciiHtml", () => {
  const ascii = toAsciiHtml(page);

  it("sends nothing but ASCII", () => {
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    expect(page).not.toMatch(/^[\x00-\x7f]*$/);
  });

  it("leaves the document a browser builds unchanged: text, attributes, titles, textareas", () => {
    expect(documentOf(ascii)).toEqual(documentOf(page));
    expect(ascii).toContain("<title>&#xdc;ber die K&#xfc;che &#x2013; Casebook</title>");
    expect(ascii).toContain("seit M&#xe4;rz &#xa9; 2026 &#x1f600;");
  });

  it("keeps the values of the inline RSC payload, including characters beyond the BMP", () => {
    const pushes = flightPushesOf(ascii);
    expect(pushes).toEqual(flightPushesOf(page));
    expect(JSON.stringify(pushes)).toContain("Grüße aus Köln 😀");
  });

  it("turns an identity escape in a script into one \\u escape, not an escaped backslash", () => {
    expect(ascii).toContain(String.raw`"\u00e4 and \\\u00e4"`);
    expect(flightPushesOf(ascii).at(-1)).toEqual([1, "ä and \\ä"]);
  });

  it("keeps JSON-LD the same data", () => {
    expect(jsonLdOf(ascii)).toEqual(jsonLdOf(page));
  });

  it("writes CSS escapes in style elements", () => {
    expect(ascii).toContain(String.raw`<style>.quote::before{content:"\00201e"}</style>`);
  });

  it("returns an ASCII page as it is", () => {
    const plain = "<!DOCTYPE html><html><body><p>Hello &amp; welcome</p></body></html>";
    expect(toAsciiHtml(plain)).toBe(plain);
  });
});
