// People and companies: names after salutations and roles, full names with a known first name, company
// names with a legal form, and every further occurrence of a name once found.
import {
  ambiguousFirstNames,
  businessNouns,
  companyWords,
  contractions,
  firstNames,
  functionWords,
  greetings,
  legalForms,
  nameParticles,
  namedBrands,
  notNames,
  roleNouns,
  salutations,
  surnames,
} from "./lexicon";
import { type Passage, type Span, type Word, escapeRegExp, wholeWordOccurrences } from "./text";

/** A capitalised word that can be a name: not a common noun, role ("Herr Hausmeister"), function word or acronym. */
function nameLike(passage: Passage, index: number): boolean {
  const word = passage.words[index];
  return (
    !!word &&
    passage.isCapitalised(index) &&
    !notNames.has(word.text) &&
    !roleNouns.has(word.text) &&
    !passage.isFunctionWord(index)
  );
}

/** Articles inside a particle ("von der"), never a particle of their own. */
const articleParticles: ReadonlySet<string> = new Set(["der", "den", "dem", "la", "le"]);

const isFirstName = (word: string) =>
  firstNames.has(word) || (word.includes("-") && firstNames.has(word.slice(0, word.indexOf("-"))));

/** The brand ("Dr. Oetker") that starts at `offset`, if any. */
const brandAt = (text: string, offset: number) => namedBrands.find((brand) => text.startsWith(brand, offset));

/**
 * A name that starts at word `index`: an optional particle ("von der"), a name-like word, and a second one
 * when the first is a known first name ("Anna Nowak", "Hans Peter Müller").
 */
function nameFrom(passage: Passage, index: number, afterSalutation = false): Span | undefined {
  let first = index;
  // "von der Leyen", "van den Berg"; but "Herr der Ringe" has no particle, only an article
  if (nameParticles.has(passage.words[first]?.text ?? "") && passage.nextAdjacent(first)) {
    first++;
    if (articleParticles.has(passage.words[first]?.text ?? "") && passage.nextAdjacent(first)) first++;
  }
  if (!nameLike(passage, first)) return undefined;
  let last = first;
  // After a salutation the first name-like word may be an unlisted first name: "Frau Hannelore Quast"
  const startsName = (word: string) => isFirstName(word) || (afterSalutation && last === first);
  // After a salutation and a first name, the next capitalised word is the surname even when it is
  // also a common noun: "Frau Dr. Hannelore Quast", "Herr Peter Bäcker"
  const surnameAt = (next: number) =>
    nameLike(passage, next) ||
    (afterSalutation && isFirstName(passage.words[last]!.text) && passage.isCapitalised(next));
  while (last - first < 2 && startsName(passage.words[last]!.text)) {
    const next = passage.nextAdjacent(last) ? last + 1 : -1;
    if (next < 0 || !surnameAt(next)) break;
    last = next;
  }
  return { start: passage.words[index]!.start, end: passage.words[last]!.end };
}

/** After a role or greeting only a known name counts: "Kollegin Anna Nowak", "Geschäftsführer Brandt". */
function knownNameFrom(passage: Passage, index: number): Span | undefined {
  const word = passage.words[index];
  if (!word || !nameLike(passage, index)) return undefined;
  if (surnames.has(word.text)) return { start: word.start, end: word.end };
  if (!isFirstName(word.text)) return undefined;
  const next = passage.nextAdjacent(index) ? index + 1 : -1;
  if (next >= 0 && nameLike(passage, next)) return { start: word.start, end: passage.words[next]!.end };
  return ambiguousFirstNames.has(word.text) ? undefined : { start: word.start, end: word.end };
}

// Titles between a salutation and the name: "Frau Dr. med. Weiß", "Herrn Prof. Dr.-Ing. Hansen", "Herr Doktor"
const titleChain =
  /^\.?(?:[ \t]+(?:(?:Dr|Prof|Dipl|Mag|Ing|med|dent|vet|rer|nat|pol|oec|phil|jur|habil)\.(?:-Ing\.)?|Doktor|Doktorin|Professor|Professorin))*[ \t]+/u;

// "Mein Name ist Sommer", "Sommer, mein Name", "hier spricht Sommer": how callers introduce themselves
const nameIntroductions = [
  { pattern: /\b(?:[Mm]ein|[Ss]ein|[Ii]hr) Name (?:ist|lautet|war) (?:(?:Herr|Frau) )?/gu, known: false },
  { pattern: /\b[Hh]ier (?:ist|spricht) /gu, known: true },
  { pattern: /\b[Ii]ch bin (?:der |die )?/gu, known: true },
];
const nameBeforeIntroduction = /(\p{Lu}[\p{L}\p{M}-]*),? (?:ist )?$/u;

function introducedNames(passage: Passage): Span[] {
  const found: Span[] = [];
  for (const { pattern, known } of nameIntroductions) {
    for (const match of passage.text.matchAll(pattern)) {
      const index = passage.wordIndexAt(match.index + match[0].length);
      if (passage.words[index]?.start !== match.index + match[0].length) continue;
      const name = known ? knownNameFrom(passage, index) : nameFrom(passage, index);
      if (name) found.push(name);
    }
  }
  for (
    let at = passage.text.indexOf("mein Name");
    at !== -1;
    at = passage.text.indexOf("mein Name", at + 1)
  ) {
    const before = passage.text.slice(Math.max(0, at - 60), at);
    const match = nameBeforeIntroduction.exec(before);
    if (!match) continue;
    const start = at - before.length + match.index;
    const index = passage.wordIndexAt(start);
    if (passage.words[index]?.start === start && nameLike(passage, index)) {
      found.push({ start, end: start + match[1]!.length });
    }
  }
  return found;
}

/** People named in the passage, by salutation, role, greeting, introduction, first name and family plural. */
export function findPersons(passage: Passage): Span[] {
  const found: Span[] = introducedNames(passage);
  const { words, text } = passage;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const abbreviated = text[word.end] === ".";
    if (salutations.has(word.text) && (abbreviated || /^(?:Herrn?|Frau|Familie)$/u.test(word.text))) {
      if (brandAt(text, word.start)) continue;
      const chain = titleChain.exec(text.slice(word.end, word.end + 60));
      if (!chain) continue;
      const nameIndex = passage.wordIndexAt(word.end + chain[0].length);
      // "die Frau von der Post", "ein Herr vom Amt": with an article before it, "Frau" is a woman, not a salutation
      if (passage.followsDeterminer(index) && nameParticles.has(words[nameIndex]?.text ?? "")) continue;
      const name = nameFrom(passage, nameIndex, true);
      if (name && name.start === word.end + chain[0].length) found.push(name);
      continue;
    }
    if (roleNouns.has(word.text) && passage.nextAdjacent(index)) {
      const name = knownNameFrom(passage, index + 1);
      if (name) found.push(name);
      continue;
    }
    if (
      greetings.has(word.text) &&
      /^,?[ \t]*\n?[ \t]*$/u.test(passage.gapAfter(index)) &&
      passage.gapAfter(index)
    ) {
      const name = knownNameFrom(passage, index + 1);
      if (name) found.push(name);
      continue;
    }
    if (!passage.isCapitalised(index)) continue;
    if (isFirstName(word.text) && !brandAt(text, word.start)) {
      // "Peter Sommer", "Hans Peter Müller": known first names, then a surname
      let last = index;
      while (isFirstName(words[last]!.text) && passage.nextAdjacent(last) && nameLike(passage, last + 1))
        last++;
      // "Klaus J. Voss": a middle initial between first name and surname
      const initial =
        last === index ? /^ \p{Lu}\. (?=\p{Lu}\p{Ll})/u.exec(text.slice(word.end, word.end + 8)) : null;
      if (initial && nameLike(passage, index + 2) && passage.words[index + 1]!.text.length === 1)
        last = index + 2;
      const nextWord = words[index + 1];
      if (last > index && !isFirstName(words[last]!.text)) {
        if (!ambiguousFirstNames.has(word.text) || surnames.has(words[last]!.text)) {
          found.push({ start: word.start, end: words[last]!.end });
          index = last;
        }
        continue;
      }
      // "Fragen Sie mal den Kevin": a first name after an article, as people speak of someone they know
      const article = passage.previousAdjacent(index)?.text;
      if (article && /^(?:der|den|dem|die)$/u.test(article) && !ambiguousFirstNames.has(word.text)) {
        if (!nextWord || !passage.isCapitalised(index + 1)) found.push({ start: word.start, end: word.end });
      }
      continue;
    }
    // "Die Hubers von gegenüber", "bei Müllers"
    if (word.text.endsWith("s") && surnames.has(word.text.slice(0, -1))) {
      const family = passage.previousAdjacent(index)?.text;
      if (family && /^(?:die|den|bei|von|mit)$/iu.test(family))
        found.push({ start: word.start, end: word.end });
    }
  }
  return found;
}

const legalFormPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${legalForms.map(escapeRegExp).join("|")})(?![\p{L}\p{N}])`,
  "gu",
);

export interface CompanyName extends Span {
  /** The name without its legal form, searched for elsewhere in the text ("Krause Bau"). */
  core: Span;
}

/** Companies: a legal form with the name before it, "Firma X", and a trade named after its owner. */
export function findCompanies(passage: Passage): CompanyName[] {
  const found: CompanyName[] = [];
  const { words, text } = passage;
  for (const match of text.matchAll(legalFormPattern)) {
    const formStart = match.index;
    let first = passage.wordIndexAt(formStart);
    let boundary = formStart;
    let count = 0;
    for (let index = first - 1; index >= 0 && count < 6; index--) {
      const word = words[index]!;
      if (!/^(?:[ \t]+|[ \t]*[&+][ \t]*)$/u.test(text.slice(word.end, boundary))) break;
      const connector = /^(?:und|für)$/u.test(word.text);
      const acronym = /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(word.text);
      if (!connector && !acronym && !(passage.isCapitalised(index) && !passage.isFunctionWord(index))) break;
      if (companyWords.has(word.text) || salutations.has(word.text)) break;
      first = index;
      boundary = word.start;
      count++;
    }
    while (
      first < words.length &&
      /^(?:und|für)$/u.test(words[first]!.text) &&
      words[first]!.start < formStart
    ) {
      first++;
    }
    const name = words[first];
    if (!name || name.start >= formStart) continue;
    const coreEnd =
      text
        .slice(name.start, formStart)
        .trimEnd()
        .replace(/[ \t]*[&+]$/u, "").length + name.start;
    found.push({
      start: name.start,
      end: formStart + match[0].length,
      core: { start: name.start, end: coreEnd },
    });
  }
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (companyWords.has(word.text) && (word.text === "Firma" || text[word.end] === ".")) {
      const nameIndex = passage.wordIndexAt(word.end + (text[word.end] === "." ? 1 : 0));
      if (words[nameIndex] && /^\.?[ \t]+$/u.test(text.slice(word.end, words[nameIndex]!.start))) {
        const end = companyNameEnd(passage, nameIndex);
        if (end)
          found.push({ start: words[nameIndex]!.start, end, core: { start: words[nameIndex]!.start, end } });
      }
    } else if (businessNouns.has(word.text) && passage.nextAdjacent(index)) {
      const owner = knownNameFrom(passage, index + 1);
      if (owner)
        found.push({ start: word.start, end: owner.end, core: { start: word.start, end: owner.end } });
    }
  }
  return found;
}

/** The end of a company name that starts at word `index` ("Bergmann", "Müller & Partner"). */
function companyNameEnd(passage: Passage, index: number): number | undefined {
  if (!nameLike(passage, index) && !/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(passage.words[index]?.text ?? "")) {
    return undefined;
  }
  let last: Word = passage.words[index]!;
  for (let next = index + 1; next < index + 4; next++) {
    const word = passage.words[next];
    if (
      !word ||
      !/^(?:[ \t]+|[ \t]*[&+][ \t]*|[ \t]+und[ \t]+)$/u.test(passage.text.slice(last.end, word.start))
    )
      break;
    if (!passage.isCapitalised(next) || passage.isFunctionWord(next) || notNames.has(word.text)) break;
    last = word;
  }
  return last.end;
}

/**
 * Every further occurrence of a name once found: the surname of a person ("Herr Krause … Krause wollte"),
 * a first name used alone ("den Kevin"), and a company's name without its legal form.
 */
export function findRepetitions(
  text: string,
  persons: readonly Span[],
  companies: readonly CompanyName[],
  placeholders: readonly Span[],
): { persons: Span[]; companies: Span[] } {
  const personNames = new Set<string>();
  for (const person of persons) {
    const words = text.slice(person.start, person.end).split(/\s+/u);
    const surname = words.at(-1)!;
    if (surname.length >= 3) {
      personNames.add(surname);
      personNames.add(`${surname}s`);
    }
    // "Frau Elfriede Puchner … keine Elfriede": the first name alone names her too
    const firstName = words.length > 1 ? words[0]! : "";
    if (firstName.length >= 3 && /^\p{Lu}/u.test(firstName) && !notNames.has(firstName))
      personNames.add(firstName);
  }
  const companyNames = new Set<string>();
  for (const { core } of companies) {
    const name = text.slice(core.start, core.end);
    if (name.length >= 4 && !notNames.has(name) && !businessNouns.has(name)) companyNames.add(name);
  }
  const occurrences = (names: Set<string>) =>
    [...names].flatMap((name) =>
      wholeWordOccurrences(text, name, placeholders).filter(
        ({ start }) =>
          !contractions.has(/(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 8), start))?.[1] ?? ""),
      ),
    );
  return { persons: occurrences(personNames), companies: occurrences(companyNames) };
}

/**
 * Names inside an e-mail address found: a known first name or surname ("peter.sommer@…"), or the part after
 * an initial ("h.beckmann@…" names "Beckmann"). Their capitalised occurrences elsewhere in
 * the text are that person. Other words of an address ("holzwurm@", "angebote@") are left alone.
 */
export function findNamesFromEmails(
  text: string,
  emails: readonly Span[],
  placeholders: readonly Span[],
): Span[] {
  const names = new Set<string>();
  for (const email of emails) {
    const local = text.slice(email.start, email.end).split(/@|[(\[{]\s?(?:at|ät|AT)/u)[0]!;
    const parts = local
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase());
    parts.forEach((part, index) => {
      const previous = parts[index - 1];
      if (part.length < 3 || notNames.has(part) || functionWords.has(part.toLowerCase())) return;
      if (firstNames.has(part) || surnames.has(part) || previous?.length === 1) names.add(part);
    });
  }
  return [...names].flatMap((name) => wholeWordOccurrences(text, name, placeholders));
}
