// The guard's command line, run as editors and CI run it: only JSON on standard output, errors elsewhere.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findIdentifyingDetails } from "../lib/anonymisation/guard";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: process.cwd() }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** The script run straight through Node, without npm's and npx's start-up time. */
const guard = (args: string[]) => run(process.execPath, ["--import", "tsx", "scripts/guard.ts", ...args]);

const directory = mkdtempSync(join(tmpdir(), "casebook-guard-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// Emoji and umlauts before the findings: UTF-16 offsets differ from byte and code point offsets there
const markdown = [
  "# Der Drucker 🖨️ und das Ärgernis",
  "",
  "Ich: Grüß Gott, was kann ich für Sie tun?",
  "Kunde: Hier ist Herr Sommer, rufen Sie mich unter 0171/2345678 zurück.",
  "Kunde: Die $Sowieso GmbH wartet, und \\$5 zahle ich nicht.",
  "",
].join("\n");

describe("npm run --silent guard -- FILE", () => {
  it("prints only the findings as JSON, with offsets that slice back to their text", async () => {
    const file = join(directory, "anecdote.md");
    writeFileSync(file, markdown);
    const result = await run("npm", ["run", "--silent", "guard", "--", file]);
    expect(result.code).toBe(0);
    const findings = JSON.parse(result.stdout) as {
      start: number;
      end: number;
      text: string;
      kind: string;
    }[];
    expect(findings.map(({ text, kind }) => [text, kind])).toEqual([
      ["Sommer", "person"],
      ["0171/2345678", "phone"],
    ]);
    for (const finding of findings) {
      expect(Object.keys(finding).sort()).toEqual(["end", "kind", "start", "text"]);
      expect(markdown.slice(finding.start, finding.end)).toBe(finding.text);
    }
    expect(findings).toEqual(findIdentifyingDetails(markdown));
  }, 60_000);

  it("prints an empty array for a clean file", async () => {
    const file = join(directory, "clean.md");
    writeFileSync(file, "$Chef: Der Server läuft seit dem 21.02.2011 auf Version 3.2.1.\n");
    const result = await guard([file]);
    expect(result).toMatchObject({ code: 0, stdout: "[]\n" });
  }, 60_000);

  it("reads standard input for -", async () => {
    const file = join(directory, "stdin.md");
    writeFileSync(file, "Frau Dr. Kowalski\n");
    const result = await run("sh", [
      "-c",
      `"${process.execPath}" --import tsx scripts/guard.ts - < '${file}'`,
    ]);
    expect(JSON.parse(result.stdout)).toEqual([{ start: 9, end: 17, text: "Kowalski", kind: "person" }]);
  }, 60_000);

  it.each([
    ["no argument", []],
    ["a missing file", [join(directory, "missing.md")]],
    ["two files", ["a.md", "b.md"]],
  ])(
    "fails with a message on standard error and nothing on standard output for %s",
    async (_, args) => {
      const result = await guard(args);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/Usage|cannot read/u);
    },
    60_000,
  );
});
