// The editor's view of the cast placeholders in a text: which are used, which the cast lacks, and which
// cast members complete what is being typed. Pure, for the browser and the server alike.
import { placeholderSpans } from "./text";

/** A placeholder as stored in a cast: "$", a letter, then letters, digits and inner underscores */
export const placeholderNamePattern = /^\$\p{L}[\p{L}\p{M}\p{N}]*(?:_+[\p{L}\p{M}\p{N}]+)*$/u;

export function isPlaceholderName(value: string): boolean {
  return placeholderNamePattern.test(value.normalize("NFC"));
}

/** "Herr Albrecht" → "$Herr_Albrecht": a placeholder name suggested from any text, or "" if none fits */
export function suggestPlaceholder(text: string): string {
  const words = text.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const name = words.join("_").replace(/^[\p{N}_]+/u, "");
  return name ? `$${name.charAt(0).toLocaleUpperCase("de-DE")}${name.slice(1)}` : "";
}

/** The distinct placeholders of the texts, in order of first use (escaped `\$Name` is not one) */
export function placeholdersUsed(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const { start, end } of placeholderSpans(text)) seen.add(text.slice(start, end).normalize("NFC"));
  }
  return [...seen];
}

/** The placeholders of the texts that the cast does not have */
export function unknownPlaceholders(
  texts: readonly string[],
  cast: readonly { placeholder: string }[],
): string[] {
  const known = new Set(cast.map((member) => member.placeholder.normalize("NFC")));
  return placeholdersUsed(texts).filter((placeholder) => !known.has(placeholder));
}

/** The placeholder being typed just before `caret` ("$Ch" in "… $Ch|"), with where it starts */
export function placeholderPrefixAt(text: string, caret: number): { start: number; prefix: string } | null {
  const before = text.slice(0, caret);
  const match = /(?<![\p{L}\p{M}\p{N}$\\])\$[\p{L}\p{M}\p{N}_]*$/u.exec(before);
  if (!match) return null;
  // A digit right after "$" is a price, not a placeholder
  if (/^\$\p{N}/u.test(match[0])) return null;
  return { start: match.index, prefix: match[0] };
}

/** Cast members whose placeholder starts with the prefix (case-insensitive), then those containing it */
export function completionCandidates<T extends { placeholder: string; displayName: string }>(
  cast: readonly T[],
  prefix: string,
): T[] {
  const wanted = prefix.replace(/^\$/, "").toLocaleLowerCase("de-DE");
  const name = (member: T) => member.placeholder.replace(/^\$/, "").toLocaleLowerCase("de-DE");
  const starting = cast.filter((member) => name(member).startsWith(wanted));
  const containing = cast.filter(
    (member) =>
      !starting.includes(member) &&
      (name(member).includes(wanted) || member.displayName.toLocaleLowerCase("de-DE").includes(wanted)),
  );
  return [...starting, ...containing];
}

/** The text with the placeholder being typed (from `start` to `caret`) replaced by a complete one */
export function acceptCompletion(
  text: string,
  start: number,
  caret: number,
  placeholder: string,
): { text: string; caret: number } {
  return {
    text: text.slice(0, start) + placeholder + text.slice(caret),
    caret: start + placeholder.length,
  };
}

/** A few words around a finding, for the list under the editor */
export function contextOf(
  text: string,
  start: number,
  end: number,
  radius = 40,
): { before: string; match: string; after: string } {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  let before = text.slice(from, start).replace(/\s+/g, " ");
  let after = text.slice(end, to).replace(/\s+/g, " ");
  // Whole words only at the cut: "…rief Herr", not "…ef Herr"
  if (from > 0 && /\S/u.test(text[from - 1] ?? "")) before = before.replace(/^\S*(?= )/u, "");
  if (to < text.length && /\S/u.test(text[to] ?? "")) after = after.replace(/(?<= )\S*$/u, "");
  return {
    before: (from > 0 ? "…" : "") + before.trimStart(),
    match: text.slice(start, end),
    after: after.trimEnd() + (to < text.length ? "…" : ""),
  };
}
