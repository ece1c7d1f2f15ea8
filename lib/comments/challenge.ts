// The optional question under the comment form: a sum written in words, which a screen reader
// reads like any other text, unlike a distorted image.
import { randomInt } from "node:crypto";

// prettier-ignore
const numberWords = [
  "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
  "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig",
];

export interface Challenge {
  question: string;
  answer: string;
}

export function createChallenge(pick: (max: number) => number = randomInt): Challenge {
  const a = pick(10) + 1;
  const b = pick(10);
  return { question: `Wie viel ist ${numberWords[a]} plus ${numberWords[b]}?`, answer: String(a + b) };
}

/** "7", " 7 " and "Sieben" all count as the same answer */
export function normaliseChallengeAnswer(answer: string): string {
  const trimmed = answer.trim().toLowerCase();
  const asWord = numberWords.indexOf(trimmed);
  return asWord >= 0 ? String(asWord) : trimmed;
}
