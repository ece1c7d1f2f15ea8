// The guard's test corpus (corpus/*.txt): loading the marked passages, and measuring recall and precision.
import { readFileSync } from "node:fs";
import { type Finding, type FindingKind, findingKinds } from "./guard";

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  kind: FindingKind;
}

export interface CorpusPassage {
  id: string;
  /** The passage as a reader sees it, marks removed. */
  text: string;
  gold: GoldSpan[];
}

const markPattern = /\[\[([^[\]|]+)\|([^[\]|]*)\]\]/gu;
const isKind = (kind: string): kind is FindingKind => (findingKinds as readonly string[]).includes(kind);

/**
 * Parses a corpus file: a free header, then passages that each start with a line "=== <id>".
 * `marked`: whether the passages carry `[[text|kind]]` marks (every one at least one) or none at all.
 * Throws on anything malformed, naming the passage, rather than measuring a corpus that is not what it seems.
 */
export function parseCorpus(source: string, marked: boolean): CorpusPassage[] {
  const lines = source.replace(/\r\n?/gu, "\n").split("\n");
  const passages: CorpusPassage[] = [];
  let current: { id: string; lines: string[] } | undefined;
  const finish = () => {
    if (current) passages.push(parsePassage(current.id, current.lines.join("\n").trim(), marked));
  };
  for (const line of lines) {
    const heading = /^===(.*)$/u.exec(line);
    if (!heading) {
      current?.lines.push(line);
      continue;
    }
    finish();
    const id = heading[1]!.trim();
    if (!/^[\w-]+$/u.test(id)) throw new Error(`Corpus: malformed passage heading "${line}"`);
    if (passages.some((passage) => passage.id === id)) throw new Error(`Corpus: passage ${id} appears twice`);
    current = { id, lines: [] };
  }
  finish();
  if (passages.length === 0) throw new Error("Corpus: no passages");
  return passages;
}

function parsePassage(id: string, source: string, marked: boolean): CorpusPassage {
  if (source === "") throw new Error(`Corpus: passage ${id} is empty`);
  const gold: GoldSpan[] = [];
  let text = "";
  let position = 0;
  for (const match of source.matchAll(markPattern)) {
    const [whole, markedText = "", kind = ""] = match;
    if (!isKind(kind))
      throw new Error(`Corpus: passage ${id} marks "${markedText}" with unknown kind "${kind}"`);
    if (markedText.trim() !== markedText)
      throw new Error(`Corpus: passage ${id} marks "${markedText}" with spaces`);
    text += source.slice(position, match.index);
    gold.push({ start: text.length, end: text.length + markedText.length, text: markedText, kind });
    text += markedText;
    position = match.index + whole.length;
  }
  text += source.slice(position);
  if (/\[\[|\]\]/u.test(text)) throw new Error(`Corpus: passage ${id} has an unclosed or malformed mark`);
  if (marked && gold.length === 0) throw new Error(`Corpus: passage ${id} has no marks`);
  if (!marked && gold.length > 0) throw new Error(`Corpus: clean passage ${id} has marks`);
  return { id, text, gold };
}

export interface Corpus {
  identifying: CorpusPassage[];
  clean: CorpusPassage[];
}

/**
 * The corpus files that ship with the project: "development" (identifying.txt, clean.txt), on which the
 * guard's rules were built, and "holdout" (holdout-*.txt), written afterwards and measured once.
 */
export type CorpusPart = "development" | "holdout";

const corpusFiles: Record<CorpusPart, { identifying: string; clean: string }> = {
  development: { identifying: "identifying.txt", clean: "clean.txt" },
  holdout: { identifying: "holdout-identifying.txt", clean: "holdout-clean.txt" },
};

export function loadCorpus(part: CorpusPart, directory = new URL("./corpus/", import.meta.url)): Corpus {
  const read = (name: string) => readFileSync(new URL(name, directory), "utf8");
  return {
    identifying: parseCorpus(read(corpusFiles[part].identifying), true),
    clean: parseCorpus(read(corpusFiles[part].clean), false),
  };
}

export interface Score {
  /** Gold spans, and those a finding overlaps */
  gold: number;
  found: number;
  /** Findings, and those that overlap a gold span */
  findings: number;
  truePositives: number;
  recall: number;
  precision: number;
}

export interface Miss {
  passage: string;
  text: string;
  kind: FindingKind;
}

export interface Evaluation {
  overall: Score;
  byKind: Record<FindingKind, Score>;
  /** Of the gold spans found, the share with an overlapping finding of the same kind. */
  kindAgreement: number;
  falseNegatives: Miss[];
  falsePositives: Miss[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const emptyCounts = () => ({ gold: 0, found: 0, findings: 0, truePositives: 0 });
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/**
 * Scores a guard on passages. A gold span counts as found when any finding overlaps it, whatever kind the
 * finding has; a finding is a true positive when it overlaps any gold span. Per kind, recall is counted by
 * the gold span's kind and precision by the finding's kind. Every finding in a clean passage is a false positive.
 */
export function evaluate(passages: readonly CorpusPassage[], guard: (text: string) => Finding[]): Evaluation {
  const overall = emptyCounts();
  const byKind = Object.fromEntries(findingKinds.map((kind) => [kind, emptyCounts()])) as Record<
    FindingKind,
    ReturnType<typeof emptyCounts>
  >;
  let sameKind = 0;
  const falseNegatives: Miss[] = [];
  const falsePositives: Miss[] = [];
  for (const passage of passages) {
    const findings = guard(passage.text);
    for (const span of passage.gold) {
      const overlapping = findings.filter((finding) => overlaps(finding, span));
      overall.gold++;
      byKind[span.kind].gold++;
      if (overlapping.length === 0) {
        falseNegatives.push({ passage: passage.id, text: span.text, kind: span.kind });
        continue;
      }
      overall.found++;
      byKind[span.kind].found++;
      if (overlapping.some((finding) => finding.kind === span.kind)) sameKind++;
    }
    for (const finding of findings) {
      overall.findings++;
      byKind[finding.kind].findings++;
      if (passage.gold.some((span) => overlaps(finding, span))) {
        overall.truePositives++;
        byKind[finding.kind].truePositives++;
      } else {
        falsePositives.push({ passage: passage.id, text: finding.text, kind: finding.kind });
      }
    }
  }
  const score = (counts: ReturnType<typeof emptyCounts>): Score => ({
    ...counts,
    recall: ratio(counts.found, counts.gold),
    precision: ratio(counts.truePositives, counts.findings),
  });
  return {
    overall: score(overall),
    byKind: Object.fromEntries(findingKinds.map((kind) => [kind, score(byKind[kind])])) as Record<
      FindingKind,
      Score
    >,
    kindAgreement: ratio(sameKind, overall.found),
    falseNegatives,
    falsePositives,
  };
}
