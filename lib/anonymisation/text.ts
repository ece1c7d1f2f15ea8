// The guard's view of a text: placeholders blanked out, words with their offsets, and the context helpers
// every detector shares.
import { placeholderPattern } from "../markdown/cast";
import { determiners, functionWords } from "./lexicon";

/** What a placeholder's characters become in the masked text: not a letter, digit, space or punctuation. */
export const maskCharacter = "\uE000";

export interface Span {
  start: number;
  end: number;
}

export interface Word extends Span {
  text: string;
}

/** One word: letters, then letters or digits, with inner hyphens and apostrophes ("Müller-Lüdenscheidt"). */
const wordPattern = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)?(?:-[\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The `$Placeholders` of a text ("$Verkäufer", "$Stadt_in_der_Nähe"), without the escaped ones: `\$Chef`
 * is a dollar sign followed by a word.
 */
export function placeholderSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(new RegExp(placeholderPattern.source, "gu"))) {
    let backslashes = 0;
    for (let index = match.index - 1; index >= 0 && text[index] === "\\"; index--) backslashes++;
    if (backslashes % 2 === 0) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** The text with every placeholder replaced by mask characters of the same length (offsets stay valid). */
export function maskPlaceholders(text: string, placeholders: readonly Span[]): string {
  if (placeholders.length === 0) return text;
  let masked = "";
  let position = 0;
  for (const { start, end } of placeholders) {
    masked += text.slice(position, start) + maskCharacter.repeat(end - start);
    position = end;
  }
  return masked + text.slice(position);
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);

const wordCharacter = /[\p{L}\p{M}\p{N}_]/u;

/**
 * Where `target` occurs as a whole word: not inside a longer word ("Sommer" is not in "Sommerreifen") and
 * not inside a placeholder ("$Sommer_Kunde"). An edge of the target that is not a letter or digit ("e.K.",
 * "(030) 12 34 56") needs no boundary on that side.
 */
export function wholeWordOccurrences(text: string, target: string, placeholders: readonly Span[]): Span[] {
  if (target === "") return [];
  const found: Span[] = [];
  const needsStart = wordCharacter.test(target[0]!);
  const needsEnd = wordCharacter.test(target.at(-1)!);
  let placeholder = 0;
  for (let start = text.indexOf(target); start !== -1; start = text.indexOf(target, start + 1)) {
    const end = start + target.length;
    if (needsStart && start > 0 && wordCharacter.test(text[start - 1]!)) continue;
    if (needsEnd && end < text.length && wordCharacter.test(text[end]!)) continue;
    while (placeholders[placeholder] && placeholders[placeholder]!.end <= start) placeholder++;
    const enclosing = placeholders[placeholder];
    if (enclosing && enclosing.start < end) continue;
    if (found.length > 0 && found.at(-1)!.end > start) continue;
    found.push({ start, end });
  }
  return found;
}

/** A masked text cut into words, with the questions detectors ask about a word's surroundings. */
export class Passage {
  readonly words: Word[] = [];
  /** Per word: whether only spaces or tabs separate it from the previous word (computed once, asked often). */
  private readonly joined: Uint8Array;
  private readonly capitalised: Uint8Array;

  constructor(readonly text: string) {
    const pattern = new RegExp(wordPattern.source, "gu");
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      this.words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
    }
    this.joined = new Uint8Array(this.words.length);
    this.capitalised = new Uint8Array(this.words.length);
    for (let index = 0; index < this.words.length; index++) {
      const word = this.words[index]!;
      if (isCapitalised(word.text)) this.capitalised[index] = 1;
      const previous = this.words[index - 1];
      if (!previous || previous.end === word.start) continue;
      let spaces = true;
      for (let offset = previous.end; offset < word.start && spaces; offset++) {
        spaces = text[offset] === " " || text[offset] === "\t";
      }
      if (spaces) this.joined[index] = 1;
    }
  }

  /** Whether word `index` starts with a capital and has a lower-case letter ("Sommer", not "IT"). */
  isCapitalised(index: number): boolean {
    return this.capitalised[index] === 1;
  }

  /** The characters between word `index` and the next word (to the text's end for the last). */
  gapAfter(index: number): string {
    const word = this.words[index];
    if (!word) return "";
    const next = this.words[index + 1];
    return this.text.slice(word.end, next ? next.start : this.text.length);
  }

  /** The previous word when only spaces separate the two. */
  previousAdjacent(index: number): Word | undefined {
    return this.joined[index] === 1 ? this.words[index - 1] : undefined;
  }

  /** The next word when only spaces separate the two. */
  nextAdjacent(index: number): Word | undefined {
    return this.joined[index + 1] === 1 ? this.words[index + 1] : undefined;
  }

  /** Whether an article, determiner or contraction directly precedes the word ("das Essen", "im Zoo"). */
  followsDeterminer(index: number): boolean {
    const previous = this.previousAdjacent(index);
    return !!previous && determiners.has(previous.text.toLowerCase());
  }

  /** Whether the word is one of the language's function words, in any case ("Die", "bei"). */
  isFunctionWord(index: number): boolean {
    const word = this.words[index];
    return !!word && functionWords.has(word.text.toLowerCase());
  }

  /** Index of the first word starting at or after `offset`. */
  wordIndexAt(offset: number): number {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.words[middle]!.start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
