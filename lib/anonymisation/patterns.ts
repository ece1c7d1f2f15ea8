// Identifiers with a shape of their own: e-mail and web addresses, telephone numbers, IBANs, vehicle
// registrations, street addresses and postcodes.
import {
  notPhoneContext,
  notRegistrationDistricts,
  notStreetNames,
  notStreets,
  platformDomains,
  streetPrepositions,
  streetSuffixes,
  topLevelDomains,
  unitWords,
} from "./lexicon";
import { placeNameAt } from "./places";
import { type Passage, type Span, escapeRegExp, isCapitalised, maskCharacter } from "./text";

function spansOf(
  pattern: RegExp,
  text: string,
  accept: (match: RegExpMatchArray) => Span | undefined,
): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const span = accept(match);
    if (span) spans.push(span);
  }
  return spans;
}

// E-mail, also written to fool harvesters: "kontakt(at)kfz-yilmaz.de", "info [at] example [dot] de".
// Found from the at sign outwards, which is far cheaper than trying an address pattern at every word.
const atSignPattern = /@|\s?[(\[{]\s?(?:at|ät|AT)\s?[)\]}]\s?/gu;
const localPartCharacter = /[\p{L}\p{N}._%+\-]/u;
const dot = String.raw`(?:\.|\s?[(\[{]\s?(?:dot|punkt|DOT)\s?[)\]}]\s?)`;
const label = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?`;
const emailDomainPattern = new RegExp(
  String.raw`${label}(?:${dot}${label})*${dot}\p{L}{2,}(?![\p{L}\p{N}\-])`,
  "uy",
);

export function findEmails(text: string): Span[] {
  return spansOf(atSignPattern, text, (match) => {
    let start = match.index!;
    while (start > 0 && localPartCharacter.test(text[start - 1]!)) start--;
    while (start < match.index! && /[._%+\-]/u.test(text[start]!)) start++;
    if (start === match.index! || !/[\p{L}\p{N}]/u.test(text[match.index! - 1]!)) return undefined;
    emailDomainPattern.lastIndex = match.index! + match[0].length;
    const domain = emailDomainPattern.exec(text);
    return domain ? { start, end: domain.index + domain[0].length } : undefined;
  });
}

const urlCharacters = String.raw`[^\s<>"'“”„«»${maskCharacter}]`;
const schemeUrlPattern = new RegExp(String.raw`\b(?:https?:\/\/|www\.)${urlCharacters}+`, "giu");
// Bare domains are found from their top-level domain backwards, which is far cheaper than trying a domain
// pattern at every word: "beispiel-shop.de", "instagram.com/baeckerei_lange"
const topLevelDomainPattern = new RegExp(
  String.raw`(?<=[\p{L}\p{N}])\.(?:${topLevelDomains.map(escapeRegExp).join("|")})(?![\p{L}\p{N}\-_@])`,
  "gu",
);
const domainLabelCharacter = /[\p{L}\p{N}.\-]/u;
const pathPattern = new RegExp(String.raw`^\/${urlCharacters}*`, "u");

/** Trailing punctuation belongs to the sentence; a closing bracket only when it opens nowhere in the URL. */
function trimUrl(url: string): string {
  let trimmed = url;
  for (;;) {
    const last = trimmed.at(-1) ?? "";
    if (/[.,;:!?'"*_]/u.test(last)) trimmed = trimmed.slice(0, -1);
    else if (last === ")" && trimmed.split("(").length < trimmed.split(")").length)
      trimmed = trimmed.slice(0, -1);
    else if (last === "]" && trimmed.split("[").length < trimmed.split("]").length)
      trimmed = trimmed.slice(0, -1);
    else return trimmed;
  }
}

export function findUrls(text: string): Span[] {
  const withScheme = spansOf(schemeUrlPattern, text, (match) => {
    const url = trimUrl(match[0]);
    return url.length > 4 ? { start: match.index!, end: match.index! + url.length } : undefined;
  });
  const bare = spansOf(topLevelDomainPattern, text, (match) => {
    let start = match.index!;
    while (start > 0 && domainLabelCharacter.test(text[start - 1]!)) start--;
    while (/[.\-]/u.test(text[start] ?? "")) start++;
    if (start > 0 && /[@_\/]/u.test(text[start - 1]!)) return undefined;
    const hostEnd = match.index! + match[0].length;
    const url = trimUrl(
      text.slice(start, hostEnd) + (pathPattern.exec(text.slice(hostEnd, hostEnd + 300))?.[0] ?? ""),
    );
    const host = url.split("/")[0]!.toLowerCase();
    if (host.includes("..")) return undefined;
    // Labels of digits only are version numbers or addresses, never a name
    if (!/\p{L}/u.test(host.slice(0, host.lastIndexOf(".")))) return undefined;
    if (platformDomains.has(host.replace(/^www\./u, "")) && !/\/./u.test(url)) return undefined;
    return { start, end: start + url.length };
  });
  return [...withScheme, ...bare];
}

// A run of digits with the separators telephone numbers are written with: 0171/2345678, +49 (0)30 1234567,
// (0 89) 12 34 56, 06221 / 45 67 89. Dots are left out, so dates, prices, versions and IP addresses never start one.
const phoneRunPattern =
  /(?<![\p{L}\p{N}+\/.,\-(])(?:\+|\(\s?)?\d(?:[\d()\/\-–]| (?=[\d(\/\-–])|(?<=[\/\-–]) )*\d(?![\p{L}\p{N}]|[.,]\d)/gu;

function isPhoneNumber(run: string): boolean {
  if (run.split("(").length !== run.split(")").length) return false;
  // Dates and date ranges with slashes or dashes: 03/04/2024, 01-02-23
  if (/^\d{1,2}([\/\-–])\d{1,2}\1\d{2,4}$/u.test(run)) return false;
  const digits = run.replace(/\(0\)/gu, "").replace(/\D/gu, "");
  if (run.startsWith("+")) return digits.length >= 8 && digits.length <= 15 && digits[0] !== "0";
  if (digits.startsWith("00")) return digits[2] !== "0" && digits.length >= 10 && digits.length <= 17;
  return digits.startsWith("0") && digits.length >= 7 && digits.length <= 13;
}

export function findPhoneNumbers(text: string): Span[] {
  return spansOf(phoneRunPattern, text, (match) => {
    const run = match[0];
    if (!isPhoneNumber(run)) return undefined;
    const before = text.slice(Math.max(0, match.index! - 40), match.index!);
    const context = before.match(/([\p{L}]+)\.?:?\s*(?:(?:ist|lautet|war)\s+)?$/u)?.[1];
    if (context && notPhoneContext.has(context)) return undefined;
    return { start: match.index!, end: match.index! + run.length };
  });
}

const ibanLengths: Readonly<Record<string, number>> = {
  AT: 20,
  BE: 16,
  CH: 21,
  CZ: 24,
  DE: 22,
  DK: 18,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IT: 27,
  LI: 21,
  LU: 20,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  SE: 24,
  SI: 19,
  SK: 24,
  TR: 26,
};

function ibanChecksumValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const value = /\d/u.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const ibanPattern =
  /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

export function findIbans(text: string): Span[] {
  return spansOf(ibanPattern, text, (match) => {
    const candidate = match[0];
    const expected = ibanLengths[candidate.slice(0, 2)];
    const lengths = expected ? [expected] : Array.from({ length: 20 }, (_, index) => 34 - index);
    for (const length of lengths) {
      // Offsets of the first `length` letters and digits, so that a following word is never included
      let count = 0;
      let end = 0;
      for (; end < candidate.length && count < length; end++) if (candidate[end] !== " ") count++;
      if (count < length) continue;
      if (/[A-Z0-9]/u.test(candidate[end] ?? "")) continue;
      if (ibanChecksumValid(candidate.slice(0, end).replace(/ /gu, ""))) {
        return { start: match.index!, end: match.index! + end };
      }
    }
    return undefined;
  });
}

// German registrations: district (1–3 letters), letters (1–2), number (1–4), E for electric, H for historic
const registrationPattern =
  /(?<![\p{L}\p{N}\-])([A-ZÄÖÜ]{1,3})(?:-| |- )([A-Z]{1,2})[ -]?([1-9]\d{0,3})[EH]?(?![\p{L}\p{N}])/gu;

export function findVehicleRegistrations(text: string): Span[] {
  return spansOf(registrationPattern, text, (match) => {
    const [, district = "", letters = "", number = ""] = match;
    if (notRegistrationDistricts.has(district)) return undefined;
    if (district.length + letters.length + number.length > 8) return undefined;
    return { start: match.index!, end: match.index! + match[0].length };
  });
}

const houseNumberPattern =
  /^ ?(\d{1,4})(?: ?[a-zA-Z](?![\p{L}\p{N}]))?(?: ?[-–\/] ?\d{1,4}[a-zA-Z]?)?(?![\p{L}\p{N}]|[.,]\d)/u;

/** The end of a house number right after `offset`, unless a unit or counted thing follows it. */
function houseNumberEnd(passage: Passage, offset: number, strict: boolean): number | undefined {
  const number = houseNumberPattern.exec(passage.text.slice(offset, offset + 20));
  if (!number) return undefined;
  const end = offset + number[0].length;
  if (!strict && number[1]!.length > 3) return undefined;
  const following =
    /^ (\S+)/u.exec(passage.text.slice(end, end + 30))?.[1]?.replace(/[.,;:!?)]+$/u, "") ?? "";
  if (unitWords.has(following) || /^\d/u.test(following)) return undefined;
  if (strict && isCapitalised(following)) return undefined;
  return end;
}

/** Prepositions fused with an article, which alone can open a street name ("Am Markt", "Zur Linde"). */
const contractedStreetPrepositions: ReadonlySet<string> = new Set(["Am", "Im", "Zum", "Zur", "Beim"]);

const streetSuffixPattern = new RegExp(
  `(?:${streetSuffixes.map((suffix) => suffix.replace(/\.$/u, "")).join("|")})$`,
  "iu",
);

const streetWords = new Set(
  streetSuffixes.map((suffix) => suffix.charAt(0).toUpperCase() + suffix.slice(1).replace(/\.$/u, "")),
);

/** Street addresses: "Musterstraße 12a", "Bahnhofstr. 5", "Berliner Straße 112", "Am Markt 3". */
export function findStreetAddresses(passage: Passage): Span[] {
  const found: Span[] = [];
  const { words, text } = passage;
  for (let index = 0; index < words.length; index++) {
    if (!passage.isCapitalised(index)) continue;
    const word = words[index]!;
    const dotted = text[word.end] === ".";
    const ending = streetSuffixPattern.exec(word.text)?.[0].toLowerCase();
    const suffix = ending === "str" ? (dotted ? "str." : undefined) : ending;
    let start: number | undefined;
    let nameEnd = word.end + (suffix?.endsWith(".") ? 1 : 0);
    if (suffix && word.text.length > suffix.replace(".", "").length + 1 && !notStreets.has(word.text)) {
      start = word.start; // "Musterstraße", "Konrad-Adenauer-Straße"
    } else if (streetWords.has(word.text) || (word.text === "Str" && dotted)) {
      // "Berliner Straße", "Alte Gasse": one or two capitalised words before the street word
      let first = index;
      while (first > index - 2 && first > 0) {
        const previous = passage.previousAdjacent(first);
        if (!previous || !isCapitalised(previous.text) || passage.isFunctionWord(first - 1)) break;
        first--;
      }
      if (first < index) start = words[first]!.start;
    } else if (streetPrepositions.has(word.text)) {
      // "Am Markt 3", "Im Wiesengrund 4", "An der Kirche 1"; a bare "In" or "Auf" is no street ("In Fach 2")
      let next = index + 1;
      if (/^(?:der|dem|den)$/u.test(passage.nextAdjacent(index)?.text ?? "")) next++;
      else if (!contractedStreetPrepositions.has(word.text)) continue;
      const name = words[next];
      if (
        name &&
        passage.previousAdjacent(next) &&
        isCapitalised(name.text) &&
        !notStreetNames.has(name.text)
      ) {
        const end = houseNumberEnd(passage, name.end, true);
        if (end !== undefined) found.push({ start: word.start, end });
      }
      continue;
    }
    if (start === undefined) continue;
    if (word.text === "Str" || suffix?.endsWith(".")) nameEnd = word.end + 1;
    const end = houseNumberEnd(passage, nameEnd, false);
    if (end !== undefined) found.push({ start, end });
  }
  return found;
}

const postcodePattern =
  /(?<![\p{L}\p{N}.,\-\/])(?:(?:D|DE|A|AT|CH|FL|L)-)?(\d{4,5})(?![\p{L}\p{N}]|[.,]\d)/gu;
const postcodeKeyword = /\b(?:PLZ|Postleitzahl)\b/u;

/**
 * Postcodes: five digits followed by a town ("97828 Marktheidenfeld"), a country prefix ("D-50667 Köln"),
 * four digits followed by a known town (Austria, Switzerland), or a bare number where the text speaks of a
 * postcode. "12000 Reparaturen" is none of these.
 */
export function findPostcodes(passage: Passage, streets: readonly Span[]): Span[] {
  const { text } = passage;
  return spansOf(postcodePattern, text, (match) => {
    const start = match.index!;
    const numberEnd = start + match[0].length;
    const digits = match[1]!;
    const prefixed = match[0].length > digits.length;
    const townIndex = passage.wordIndexAt(numberEnd);
    const town = passage.words[townIndex];
    const townFollows = !!town && /^ +$/u.test(text.slice(numberEnd, town.start)) && isCapitalised(town.text);
    const place = townFollows ? placeNameAt(passage, townIndex) : undefined;
    const afterStreet = streets.some(
      (street) => street.end <= start && /^,? *$/u.test(text.slice(street.end, start)),
    );
    const keyword = postcodeKeyword.test(text.slice(Math.max(0, start - 80), start));
    const year = /^(?:19|20)\d\d$/u.test(digits);
    let accepted: boolean;
    if (prefixed) accepted = true;
    else if (digits.length === 5) accepted = !!place || afterStreet || keyword;
    else accepted = !year && (!!place || (afterStreet && townFollows));
    if (!accepted) return undefined;
    const end = place ? place.end : townFollows ? town.end : numberEnd;
    return { start, end };
  });
}
