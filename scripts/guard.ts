// Prints the anonymisation guard's findings for a Markdown file as a JSON array of {start, end, text, kind}
// on standard output, and nothing else; offsets are JavaScript string indices into the file's UTF-8 text.
// Usage: npm run --silent guard -- FILE   (FILE "-" reads standard input)
import { readFileSync } from "node:fs";
import { findIdentifyingDetails } from "../lib/anonymisation/guard";

const usage =
  "Usage: npm run --silent guard -- FILE   (prints the findings as JSON; FILE - reads standard input)";

function main(argv: readonly string[]): number {
  const args = argv[0] === "--" ? argv.slice(1) : argv;
  if (args.length !== 1 || args[0] === "") {
    console.error(usage);
    return 64;
  }
  const file = args[0]!;
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    console.error(`guard: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 66;
  }
  const findings = findIdentifyingDetails(text).map(({ start, end, text: detail, kind }) => ({
    start,
    end,
    text: detail,
    kind,
  }));
  process.stdout.write(`${JSON.stringify(findings)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
