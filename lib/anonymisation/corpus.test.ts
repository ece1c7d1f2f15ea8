// The guard measured on its corpus, against the minimum figures the README states (read from the README
// itself, so the two cannot drift apart); and the corpus loader, which must refuse what it cannot measure.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CorpusPart, evaluate, loadCorpus, parseCorpus } from "./corpus";
import { type Finding, findIdentifyingDetails } from "./guard";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The line "Enforced minimum …: development recall ≥ x, precision ≥ y; held-out recall ≥ x, precision ≥ y". */
function statedMinimum(part: CorpusPart): { recall: number; precision: number } {
  const line = readme.split("\n").find((candidate) => candidate.startsWith("Enforced minimum"));
  if (!line) throw new Error('README.md has no line starting with "Enforced minimum"');
  const label = part === "development" ? "development" : "held-out";
  const match = new RegExp(`${label} recall ≥ ([01]\\.\\d+), precision ≥ ([01]\\.\\d+)`, "u").exec(line);
  if (!match) throw new Error(`README.md's "Enforced minimum" line states no figures for ${label}`);
  return { recall: Number(match[1]), precision: Number(match[2]) };
}

describe.each(["development", "holdout"] as const)("the %s corpus", (part) => {
  const corpus = loadCorpus(part);
  const passages = [...corpus.identifying, ...corpus.clean];

  it("is measured at or above the minimum the README states", () => {
    const minimum = statedMinimum(part);
    expect(minimum.recall).toBeGreaterThanOrEqual(0.95);
    expect(minimum.precision).toBeGreaterThanOrEqual(0.9);
    const { overall } = evaluate(passages, (text) => findIdentifyingDetails(text));
    expect(overall.recall).toBeGreaterThanOrEqual(minimum.recall);
    expect(overall.precision).toBeGreaterThanOrEqual(minimum.precision);
  });

  it("has gold spans that slice back to their text, and is half clean", () => {
    for (const passage of corpus.identifying) {
      for (const span of passage.gold) expect(passage.text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(corpus.clean.length).toBeGreaterThanOrEqual(corpus.identifying.length * 0.9);
  });
});

describe("the development corpus", () => {
  it("has at least 60 passages", () => {
    const corpus = loadCorpus("development");
    expect(corpus.identifying.length + corpus.clean.length).toBeGreaterThanOrEqual(60);
  });
});

describe("parseCorpus", () => {
  it("removes marks and records their offsets in the text without marks", () => {
    const [passage] = parseCorpus("header\n=== a\nHerr [[Sommer|person]] in [[Würzburg|place]].\n", true);
    expect(passage).toEqual({
      id: "a",
      text: "Herr Sommer in Würzburg.",
      gold: [
        { start: 5, end: 11, text: "Sommer", kind: "person" },
        { start: 15, end: 23, text: "Würzburg", kind: "place" },
      ],
    });
  });

  it.each([
    ["an unknown kind", "=== a\n[[Sommer|name]]\n", true],
    ["an unclosed mark", "=== a\n[[Sommer|person]] und [[Winter|person]\n", true],
    ["a mark without kind", "=== a\n[[Sommer]] und [[Winter|person]]\n", true],
    ["a mark with spaces inside", "=== a\n[[ Sommer|person]]\n", true],
    ["a duplicate id", "=== a\n[[Sommer|person]]\n=== a\n[[Winter|person]]\n", true],
    ["a malformed heading", "=== a b\n[[Sommer|person]]\n", true],
    ["an empty passage", "=== a\n\n=== b\n[[Sommer|person]]\n", true],
    ["an identifying passage without marks", "=== a\nNichts.\n", true],
    ["a clean passage with marks", "=== a\n[[Sommer|person]]\n", false],
    ["no passage at all", "just a header\n", false],
  ])("refuses %s", (_, source, marked) => {
    expect(() => parseCorpus(source, marked)).toThrow(/Corpus/u);
  });
});

describe("evaluate", () => {
  const passages = parseCorpus(
    "=== a\nHerr [[Sommer|person]] aus [[Hof|place]].\n=== b\nIn [[Essen|place]] und [[Halle|place]].\n",
    true,
  );
  const finding = (text: string, passage: string, kind: Finding["kind"]): Finding => {
    const start = passage.indexOf(text);
    return { start, end: start + text.length, text, kind };
  };

  it("counts a gold span found when any finding overlaps it, and a finding correct when it overlaps gold", () => {
    const result = evaluate(passages, (text) =>
      text.startsWith("Herr")
        ? [finding("Herr Sommer", text, "person"), finding("Hof", text, "company")]
        : [finding("In", text, "place"), finding("Essen", text, "place")],
    );
    expect(result.overall).toMatchObject({ gold: 4, found: 3, findings: 4, truePositives: 3 });
    expect(result.overall.recall).toBeCloseTo(0.75);
    expect(result.byKind.place).toMatchObject({ gold: 3, found: 2, findings: 2, truePositives: 1 });
    expect(result.byKind.company).toMatchObject({ gold: 0, findings: 1, truePositives: 1 });
    expect(result.kindAgreement).toBeCloseTo(2 / 3);
    expect(result.falseNegatives).toEqual([{ passage: "b", text: "Halle", kind: "place" }]);
    expect(result.falsePositives).toEqual([{ passage: "b", text: "In", kind: "place" }]);
  });
});
