// Measures the anonymisation guard on its corpus: recall and precision overall and per kind, then every
// miss and every false alarm, for the development part and the held-out part. Usage: npm run guard:corpus
import { type CorpusPart, evaluate, loadCorpus } from "../lib/anonymisation/corpus";
import { findIdentifyingDetails, findingKinds } from "../lib/anonymisation/guard";

const figure = (value: number) => value.toFixed(3);

function report(part: CorpusPart): void {
  const corpus = loadCorpus(part);
  const result = evaluate([...corpus.identifying, ...corpus.clean], (text) => findIdentifyingDetails(text));
  console.log(
    `\n== ${part} corpus: ${corpus.identifying.length} passages with identifying details, ${corpus.clean.length} clean\n`,
  );
  const scores = [
    ["overall", result.overall] as const,
    ...findingKinds.map((kind) => [kind, result.byKind[kind]] as const),
  ];
  const rows = [
    ["kind", "gold", "found", "recall", "findings", "correct", "precision"],
    ...scores.map(([kind, score]) => [
      kind,
      String(score.gold),
      String(score.found),
      score.gold ? figure(score.recall) : "–",
      String(score.findings),
      String(score.truePositives),
      score.findings ? figure(score.precision) : "–",
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join("  ")
        .trimEnd(),
    );
  console.log(
    `\nKind agreement (found spans whose finding has the gold kind): ${figure(result.kindAgreement)}`,
  );
  console.log(`\nMissed (${result.falseNegatives.length}):`);
  for (const miss of result.falseNegatives) console.log(`  ${miss.passage}  ${miss.kind}  "${miss.text}"`);
  console.log(`\nFalse alarms (${result.falsePositives.length}):`);
  for (const alarm of result.falsePositives)
    console.log(`  ${alarm.passage}  ${alarm.kind}  "${alarm.text}"`);
}

report("development");
report("holdout");
