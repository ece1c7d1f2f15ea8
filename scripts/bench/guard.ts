// Times the anonymisation guard on a generated German anecdote of about 5,000 words.
// Usage: npm run bench:guard [-- --runs 200]
import { parseArgs } from "node:util";
import { findIdentifyingDetails } from "../../lib/anonymisation/guard";

/** A small deterministic generator, so every run times the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const speakers = [
  "Ich",
  "Chef",
  "Kunde",
  "Kundin",
  "Kollege",
  "$Verkäufer",
  "$Chef",
  "Techniker",
  "Anderer Chef",
];
const directions = ["<seufzt>", "<hektisch>", "<leise>", "<lacht>", ""];
const lines = [
  "Guten Morgen, was kann ich für Sie tun?",
  "Mein Drucker druckt seit gestern nur noch leere Seiten.",
  "Haben Sie schon versucht, das Gerät aus- und wieder einzuschalten?",
  "Das habe ich dreimal gemacht, aber der Fehler 0x80070643 bleibt.",
  "Dann schauen wir uns das am besten vor Ort an, am Montag um 9:30 Uhr.",
  "Das kostet 89,90 € plus 15 Euro Anfahrt, ist das in Ordnung?",
  "Die Rechnung vom 21.02.2011 habe ich nie bekommen.",
  "Wir haben alle Rechner auf Windows 11 umgestellt, auch die mit 4 GB RAM.",
  "Geben Sie bitte 192.168.178.1 in die Adresszeile ein.",
  "Der Router steht im Keller neben der Waschmaschine.",
  "Ich rufe wegen der Firma $Sowieso an, es geht um den E-Mail-Server.",
  "Fahren Sie bitte nach $Stadt_in_der_Nähe und holen Sie die Vollmacht ab.",
  "Das Update auf Version 3.2.1 hat die Kasse lahmgelegt.",
  "Das war doch erst letzte Woche, oder nicht?",
  "Herr $Kunde wartet schon seit einer halben Stunde am Empfang.",
];
const narration = [
  "Kurz nach acht klingelte das Telefon zum ersten Mal.",
  "Der Kaffee war noch nicht durchgelaufen, als der erste Kunde vor der Tür stand.",
  "Weil der Server nachts neu gestartet war, lief morgens gar nichts.",
  "Das Essen in der Kantine war an diesem Tag das Einzige, was funktionierte.",
  "Im Hof stapelten sich die Kartons der letzten Lieferung.",
  "Mein Kollege war sofort misstrauisch, denn so dringend war es sonst nie.",
  "Nach zwei Stunden und drei Telefonaten war klar, dass nur ein Stecker fehlte.",
  "Die Putzkraft hatte den Stecker für den Staubsauger gebraucht.",
  "Am Ende des Tages hatten wir 14 Tickets geschlossen und 17 neue bekommen.",
  "Der Chef war im Urlaub im Wald wandern und natürlich nicht erreichbar.",
  "Seit 2019 haben wir über 12000 Reparaturen gemacht, die meisten an Notebooks.",
  "Der Lieferant stellte die Paletten in die Halle statt ins Lager.",
];
// A few identifying details, as an unedited draft would have them
const details = [
  "Herr Lindqvist rief unter 0171/2345678 an.",
  "Die Rechnung ging an die Weber & Kranz GmbH in der Goethestraße 7, 97070 Würzburg.",
  "Seine Adresse war j.lindqvist@beispiel-shop.de, die Seite www.beispiel-shop.de.",
  "Der Transporter WÜ-AB 1234 stand vor der Tür.",
];

export function generateAnecdote(targetWords: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < targetWords) {
    let paragraph: string;
    const roll = next();
    if (roll < 0.5) {
      paragraph = Array.from({ length: 3 + Math.floor(next() * 4) }, () => {
        const direction = pick(directions);
        return `${pick(speakers)}: ${direction ? `${direction} ` : ""}${pick(lines)}`;
      }).join("\n");
    } else if (roll < 0.95) {
      paragraph = Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(narration)).join(" ");
    } else {
      paragraph = pick(details);
    }
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/u).length;
  }
  return paragraphs.join("\n\n");
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

function main(): void {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "100" } } });
  const runs = Number(values.runs);
  const text = generateAnecdote(5000);
  const words = text.split(/\s+/u).length;

  const coldCpu = process.cpuUsage();
  const coldStart = performance.now();
  const findings = findIdentifyingDetails(text);
  const cold = performance.now() - coldStart;
  const coldUsed = process.cpuUsage(coldCpu);

  // Wall time suffers when other processes share the cores; the process's own CPU time much less so
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    findIdentifyingDetails(text);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const summary = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `median ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
  };
  console.log(`${words} words, ${text.length} characters, ${findings.length} findings`);
  console.log(
    `first run (builds the gazetteer index): ${cold.toFixed(1)} ms wall, ${((coldUsed.user + coldUsed.system) / 1000).toFixed(1)} ms CPU`,
  );
  console.log(`${runs} runs, wall time: ${summary(wall)}`);
  console.log(`${runs} runs, CPU time:  ${summary(cpu)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
