// @ts-check
// Rewrites a page's HTML so that it contains only ASCII, without changing what a browser reads:
// a character outside ASCII becomes a character reference in markup ("ä" → "&#xe4;"), a \u escape
// in a script (the RSC payload Next.js inlines, JSON-LD) and a CSS escape in a style element.
//
// Why: `next start` sends a cached page as a JavaScript string. On Node.js 20, writing a string
// that holds even one non-ASCII character costs about a millisecond per 80 KB page, because V8
// then keeps it in two bytes per character and converts it to UTF-8 on every request; an ASCII
// string is copied as it is. German text has an umlaut in every sentence, so the cached home page
// was sent at a third of the rate of the same page with references (scripts/bench, README).
// Plain JavaScript, not TypeScript: Next.js imports the cache handler that uses it at run time.

const NON_ASCII_CODE_POINT = /[^\x00-\x7f]/gu;
const NON_ASCII_CODE_UNIT = /[^\x00-\x7f]/g;
const HAS_NON_ASCII = /[^\x00-\x7f]/;
// Elements whose content the HTML parser takes as raw text, where references are not decoded
const RAW_TEXT_ELEMENT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;

/** @param {string} character one code point */
const codePointOf = (character) => /** @type {number} */ (character.codePointAt(0));

/** @param {string} markup */
function escapeMarkup(markup) {
  return markup.replace(NON_ASCII_CODE_POINT, (character) => `&#x${codePointOf(character).toString(16)};`);
}

/**
 * Per UTF-16 code unit, so that a character beyond the BMP becomes its surrogate pair. A
 * character already preceded by an odd number of backslashes is an identity escape ("\ä"):
 * that backslash then starts the \u escape.
 * @param {string} script
 */
function escapeScript(script) {
  return script.replace(NON_ASCII_CODE_UNIT, (unit, /** @type {number} */ offset) => {
    let backslashes = 0;
    while (script[offset - 1 - backslashes] === "\\") backslashes++;
    const escape = `u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`;
    return backslashes % 2 === 1 ? escape : `\\${escape}`;
  });
}

/**
 * Six hex digits need no space to end the escape
 * @param {string} css
 */
function escapeStyle(css) {
  return css.replace(
    NON_ASCII_CODE_POINT,
    (character) => `\\${codePointOf(character).toString(16).padStart(6, "0")}`,
  );
}

/**
 * V8 keeps slices and replacements of a two-byte string in two bytes even when every character
 * is ASCII; a round trip through a Buffer gives a string in one byte per character.
 * @param {string} ascii
 */
const oneByte = (ascii) => Buffer.from(ascii, "latin1").toString("latin1");

/**
 * @param {string} html a whole page as Next.js renders it
 * @returns {string} the same page in ASCII, stored one byte per character
 */
export function toAsciiHtml(html) {
  if (!HAS_NON_ASCII.test(html)) return oneByte(html);
  let ascii = "";
  let end = 0;
  for (const match of html.matchAll(RAW_TEXT_ELEMENT)) {
    const [whole, openingTag = "", name = "", content = "", closingTag = ""] = match;
    ascii += escapeMarkup(html.slice(end, match.index)) + escapeMarkup(openingTag);
    ascii += (name.toLowerCase() === "script" ? escapeScript(content) : escapeStyle(content)) + closingTag;
    end = match.index + whole.length;
  }
  return oneByte(ascii + escapeMarkup(html.slice(end)));
}
