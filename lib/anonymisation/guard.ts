// The anonymisation guard: finds what could identify a real person or company in an anecdote, and
// replaces a finding everywhere with a placeholder. Pure and synchronous, for server, browser and CLI.
import { findCompanies, findNamesFromEmails, findPersons, findRepetitions } from "./names";
import {
  findEmails,
  findIbans,
  findPhoneNumbers,
  findPostcodes,
  findStreetAddresses,
  findUrls,
  findVehicleRegistrations,
} from "./patterns";
import { findPlaces } from "./places";
import { Passage, type Span, maskPlaceholders, placeholderSpans, wholeWordOccurrences } from "./text";

export type FindingKind =
  | "email"
  | "phone"
  | "url"
  | "iban"
  | "street-address"
  | "postcode"
  | "vehicle-registration"
  | "person"
  | "company"
  | "place";

export const findingKinds: readonly FindingKind[] = [
  "email",
  "phone",
  "url",
  "iban",
  "street-address",
  "postcode",
  "vehicle-registration",
  "person",
  "company",
  "place",
];

/** One identifying detail: `text === input.slice(start, end)`, offsets in UTF-16 code units. */
export interface Finding {
  start: number;
  end: number;
  text: string;
  kind: FindingKind;
}

export interface GuardOptions {
  /** Texts the author marked as safe: a finding with exactly this text (case-sensitive) is not reported. */
  safeTexts?: Iterable<string>;
}

interface Candidate extends Span {
  kind: FindingKind;
  /** Lower wins when two candidates of the same length overlap. */
  rank: number;
}

/**
 * Everything in `text` that could identify a real person or company, sorted by start and never
 * overlapping. `$Placeholders` are never findings; `\$` is a literal dollar sign.
 */
export function findIdentifyingDetails(text: string, options: GuardOptions = {}): Finding[] {
  const placeholders = placeholderSpans(text);
  // No-break and thin spaces (pasted from word processors) count as spaces; each is one code unit, so offsets hold
  const masked = maskPlaceholders(text, placeholders).replace(/[\u00A0\u2007\u2009\u202F]/gu, " ");
  const passage = new Passage(masked);
  const candidates: Candidate[] = [];
  const add = (kind: FindingKind, spans: readonly Span[], rank = findingKinds.indexOf(kind)) => {
    for (const { start, end } of spans) if (end > start) candidates.push({ start, end, kind, rank });
  };

  const emails = findEmails(masked);
  add("email", emails);
  add("url", findUrls(masked));
  add("iban", findIbans(masked));
  add("phone", findPhoneNumbers(masked));
  add("vehicle-registration", findVehicleRegistrations(masked));
  const streets = findStreetAddresses(passage);
  add("street-address", streets);
  add("postcode", findPostcodes(passage, streets));
  const companies = findCompanies(passage);
  add("company", companies);
  const persons = findPersons(passage);
  add("person", persons);
  add("place", findPlaces(passage));
  // Repeated names rank below every rule that read the context, so that "Hof" after "aus" stays a place
  const repeated = findRepetitions(masked, persons, companies, placeholders);
  add("person", repeated.persons, findingKinds.length);
  add("company", repeated.companies, findingKinds.length);
  add("person", findNamesFromEmails(masked, emails, placeholders), findingKinds.length);

  const safe = new Set(options.safeTexts ?? []);
  return resolveOverlaps(candidates)
    .map(({ start, end, kind }) => ({ start, end, kind, text: text.slice(start, end) }))
    .filter((finding) => !safe.has(finding.text));
}

/** The longest candidate wins an overlap ("Sommer & Söhne GmbH" over "Sommer"); then the lower rank. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start,
  );
  const accepted: Candidate[] = [];
  for (const candidate of ordered) {
    if (accepted.every((other) => other.end <= candidate.start || candidate.end <= other.start)) {
      accepted.push(candidate);
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * Replaces every whole-word occurrence of `target` with `replacement`: not inside a longer word and not
 * inside a `$Placeholder`. Matching is exact (case-sensitive); regular-expression characters have no meaning.
 */
export function replaceEverywhere(
  text: string,
  target: string,
  replacement: string,
): { text: string; count: number } {
  const occurrences = wholeWordOccurrences(text, target, placeholderSpans(text));
  let result = "";
  let position = 0;
  for (const { start, end } of occurrences) {
    result += text.slice(position, start) + replacement;
    position = end;
  }
  return { text: result + text.slice(position), count: occurrences.length };
}
