// Place names: the generated gazetteer plus hand-kept regions, read in context, because many German
// place names are ordinary words ("das Essen", "der Hof", "Weil der Server …").
import { gazetteerText } from "./gazetteer-data";
import { firstNames, placePrepositions, surnames } from "./lexicon";
import {
  ambiguousPlacePhrases,
  ambiguousPlaces,
  germanExonyms,
  neverPlacePhrases,
  neverPlaces,
  regions,
} from "./place-lexicon";
import { type Passage, type Span, isCapitalised } from "./text";

interface Gazetteer {
  /** Full names by their first word: "Halle" → ["Halle", "Halle (Saale)"] */
  byFirstWord: Map<string, string[]>;
  regions: ReadonlySet<string>;
}

let gazetteer: Gazetteer | undefined;

/** "Halle (Saale)" → "Halle", "St. Gallen" → "St": the word a passage's tokenizer sees first. */
function firstWordOf(name: string): string {
  const space = name.indexOf(" ");
  if (space === -1) return name;
  const end = name[space - 1] === "." ? space - 1 : space;
  return name.slice(0, end);
}

/** Built on first use, so importing the guard costs nothing until it runs. */
function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const byFirstWord = new Map<string, string[]>();
  for (const name of [...gazetteerText.split("\n"), ...germanExonyms, ...regions]) {
    const key = firstWordOf(name);
    const names = byFirstWord.get(key);
    if (!names) byFirstWord.set(key, [name]);
    else if (!names.includes(name)) names.push(name);
  }
  gazetteer = { byFirstWord, regions: new Set(regions) };
  return gazetteer;
}

export interface PlaceMatch extends Span {
  name: string;
  region: boolean;
}

/** The longest gazetteer name that starts at word `index`, whatever the context. */
export function placeNameAt(passage: Passage, index: number): PlaceMatch | undefined {
  const word = passage.words[index];
  if (!word || !isCapitalised(word.text)) return undefined;
  const { byFirstWord, regions: regionNames } = loadGazetteer();
  let longest: string | undefined;
  for (const name of byFirstWord.get(word.text) ?? []) {
    if (longest && longest.length >= name.length) continue;
    if (!passage.text.startsWith(name, word.start)) continue;
    const end = word.start + name.length;
    if (!/^[\p{L}\p{M}\p{N}-]/u.test(passage.text.slice(end, end + 1))) longest = name;
  }
  if (!longest) return undefined;
  return {
    start: word.start,
    end: word.start + longest.length,
    name: longest,
    region: regionNames.has(longest),
  };
}

/** A place preposition right before word `index`, possibly with an article between ("an der Mosel"). */
function followsPlacePreposition(passage: Passage, index: number, allowArticle: boolean): boolean {
  const previous = passage.previousAdjacent(index);
  if (!previous) return false;
  if (placePrepositions.has(previous.text)) return true;
  if (!allowArticle) return false;
  if (/^(?:im|am|vom|beim|ins)$/u.test(previous.text)) return true;
  const beforeArticle = /^(?:der|dem|den|die)$/u.test(previous.text)
    ? passage.previousAdjacent(index - 1)
    : undefined;
  return !!beforeArticle && /^(?:in|an|auf|aus|von|nach|bei)$/u.test(beforeArticle.text);
}

/** Whether a single-word name needs a preposition before it to count as a place. */
function isAmbiguous(name: string): boolean {
  return ambiguousPlaces.has(name) || firstNames.has(name) || surnames.has(name);
}

/** Place names in the passage, by the context rules documented in the README. */
export function findPlaces(passage: Passage): Span[] {
  const found: Span[] = [];
  let previousPlace: Span | undefined;
  for (let index = 0; index < passage.words.length; index++) {
    const word = passage.words[index]!;
    const match = placeNameAt(passage, index);
    let place: Span | undefined;
    if (match) {
      const single = !/[ (]/u.test(match.name);
      // "zwischen Essen und Hof": a name right after a place found counts like one after a preposition
      const listed =
        !!previousPlace &&
        /^(?:,| und| oder| bis| über| nach) $/u.test(passage.text.slice(previousPlace.end, word.start));
      const ambiguous = single ? isAmbiguous(match.name) : ambiguousPlacePhrases.has(match.name);
      if (neverPlaces.has(match.name) || neverPlacePhrases.has(match.name)) place = undefined;
      else if (ambiguous) {
        if (listed || followsPlacePreposition(passage, index, match.region)) place = match;
      } else if (match.region || !single || !passage.followsDeterminer(index)) place = match;
    } else if (word.text.includes("-")) {
      place = hyphenatedPlace(passage, index);
    }
    if (place) {
      found.push({ start: place.start, end: place.end });
      previousPlace = place;
      while (passage.words[index + 1] && passage.words[index + 1]!.start < place.end) index++;
    }
  }
  return found;
}

/** "Berlin-Neukölln", "München-Schwabing": a compound whose first part is an unambiguous town. */
function hyphenatedPlace(passage: Passage, index: number): Span | undefined {
  const word = passage.words[index]!;
  const parts = word.text.split("-");
  if (!parts.every(isCapitalised)) return undefined;
  const head = parts[0]!;
  if (isAmbiguous(head) || neverPlaces.has(head)) return undefined;
  const { byFirstWord } = loadGazetteer();
  if (!byFirstWord.get(head)?.includes(head)) return undefined;
  return passage.followsDeterminer(index) ? undefined : { start: word.start, end: word.end };
}
