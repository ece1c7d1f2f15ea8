// Dialogue in anecdotes: "Chef: Wo ist er?" lines as a conversation, "<seufzt>" as a stage direction.
import type { Emphasis, Parent, PhrasingContent, Root, RootContent, Text } from "mdast";
import type { Extension as FromMarkdownExtension } from "mdast-util-from-markdown";
import type {
  Code,
  Construct,
  Effects,
  Extension as MicromarkExtension,
  State,
  TokenizeContext,
} from "micromark-util-types";
import type { Processor } from "unified";
import { placeholderPattern, type CastPlaceholder } from "./cast";

/** A run of dialogue lines: rendered as `<div class="dialogue">`. */
export interface Dialogue extends Parent {
  type: "dialogue";
  children: DialogueLine[];
}

/** One line, its speaker first: `<p class="dialogue-line"><b class="speaker">Chef:</b> Wo ist er?</p>`. */
export interface DialogueLine extends Parent {
  type: "dialogueLine";
  children: PhrasingContent[];
}

/** The speaker label with its colon; may hold placeholders. */
export interface DialogueSpeaker extends Parent {
  type: "dialogueSpeaker";
  children: PhrasingContent[];
}

declare module "mdast" {
  interface BlockContentMap {
    dialogue: Dialogue;
  }
  interface PhrasingContentMap {
    dialogueSpeaker: DialogueSpeaker;
  }
  interface RootContentMap {
    dialogue: Dialogue;
    dialogueLine: DialogueLine;
    dialogueSpeaker: DialogueSpeaker;
  }
}

declare module "micromark-util-types" {
  interface TokenTypeMap {
    stageDirection: "stageDirection";
  }
}

// ───────────── Stage directions

const lessThan = 60;
const greaterThan = 62;
const space = 32;
const maxStageDirectionLength = 80;

// Element names a reader would recognise as HTML: "<b>" or "<img src=…>" stays visible text, never a
// stage direction. Nothing here is about safety (a stage direction only ever becomes text in an <em>).
const htmlElementNames = new Set(
  (
    "a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink " +
    "blockquote body br button canvas caption center cite code col colgroup data datalist dd del details " +
    "dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 " +
    "h4 h5 h6 head header hgroup hr html i iframe image img input ins isindex kbd keygen label legend li " +
    "link listing main map mark marquee math menu menuitem meta meter multicol nav nextid nobr noembed " +
    "noframes noscript object ol optgroup option output p param picture plaintext pre progress q rb rp rt " +
    "rtc ruby s samp script search section select slot small source spacer span strike strong style sub " +
    "summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video " +
    "wbr xmp"
  ).split(" "),
);

const isLetter = (code: Code) => code !== null && code >= 0 && /\p{L}/u.test(String.fromCharCode(code));
const isStageDirectionCharacter = (code: Code) =>
  code !== null && code >= 0 && /[\p{L}\p{M}\p{N} ,.\-'’…!?$_]/u.test(String.fromCharCode(code));
const isWordCharacter = (code: Code) =>
  code !== null && code >= 0 && /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code));

/**
 * A stage direction is `<`, a letter, then up to 80 letters, digits, single spaces and `,.-'’…!?$_`, then `>`:
 * "<seufzt>", "<zuckt mit den Schultern>", "<hält inne>". Anything else in angle brackets stays text: tags
 * and attributes ("<b>", "<img src=x>"), addresses ("<https://…>", "<a@b.de>"), and `a<b>` inside a word.
 * In the tokenizer, so that `\<seufzt>` (an escape) and code spans keep their angle brackets.
 */
const stageDirectionConstruct: Construct = {
  name: "stageDirection",
  tokenize: tokenizeStageDirection,
  previous: (code) => !isWordCharacter(code),
};

function tokenizeStageDirection(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let content = "";
  return start;

  function start(code: Code): State | undefined {
    effects.enter("stageDirection");
    effects.consume(code);
    return first;
  }

  function first(code: Code): State | undefined {
    return isLetter(code) ? inside(code) : nok(code);
  }

  function inside(code: Code): State | undefined {
    if (code === greaterThan) {
      const firstWord = content.split(/[ ,.!?…]/)[0]?.toLowerCase() ?? "";
      if (content.endsWith(" ") || htmlElementNames.has(firstWord)) return nok(code);
      effects.consume(code);
      effects.exit("stageDirection");
      return ok;
    }
    if (!isStageDirectionCharacter(code) || content.length >= maxStageDirectionLength) return nok(code);
    if (code === space && content.endsWith(" ")) return nok(code);
    content += String.fromCharCode(code as number);
    effects.consume(code);
    return inside;
  }
}

/** "(hektisch)" in an emphasis that cast.ts and the sanitiser know by its class. */
function stageDirectionNode(content: string): Emphasis {
  const children: PhrasingContent[] = [];
  let last = 0;
  // Placeholders inside ("<sieht $Chef an>") become pseudonyms like everywhere else.
  for (const match of content.matchAll(placeholderPattern)) {
    if (match.index > last) children.push({ type: "text", value: content.slice(last, match.index) });
    const placeholder: CastPlaceholder = { type: "castPlaceholder", value: match[0].normalize("NFC") };
    children.push(placeholder);
    last = match.index + match[0].length;
  }
  if (last < content.length) children.push({ type: "text", value: content.slice(last) });
  return {
    type: "emphasis",
    data: { hProperties: { className: ["stage-direction"] } },
    children: [{ type: "text", value: "(" }, ...children, { type: "text", value: ")" }],
  };
}

const stageDirectionFromMarkdown: FromMarkdownExtension = {
  enter: {
    stageDirection(token) {
      const content = this.sliceSerialize(token).slice(1, -1);
      this.enter(stageDirectionNode(content), token);
    },
  },
  exit: {
    stageDirection(token) {
      this.exit(token);
    },
  },
};

// Tried before the autolink and raw HTML constructs at "<": extensions come first.
const syntax: MicromarkExtension = { text: { [lessThan]: stageDirectionConstruct } };

/** Parse `<seufzt>` as a stage direction. */
export function remarkStageDirectionSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(syntax);
  (data.fromMarkdownExtensions ??= []).push(stageDirectionFromMarkdown);
}

// ───────────── Dialogue lines

/*
 * When is a line dialogue? remark-breaks makes every line of a paragraph a line of its own, so the rule
 * looks at lines, not paragraphs.
 *
 * 1. The line starts with a speaker label, a colon and a space, and has text after it. A label is one to
 *    three words, each a capitalised word or a placeholder ("Chef", "Anderer Chef", "$Kunde_Autohaus",
 *    "Herr $Verkäufer"); lowercase joining words may stand between them ("Frau am Telefon"). No digits, no
 *    punctuation, no markup except bold around the whole label ("**Chef:**"). Words that introduce notes
 *    rather than speakers ("Hinweis", "Wichtig", "Fazit", weekdays, months …) never make a label.
 * 2. And one of these holds:
 *    a) the label contains a placeholder, or is "Ich", the narrator of the genre;
 *    b) the line above or below has a label too (a conversation; a blank line in between still counts);
 *    c) the same label starts another line of the post (a speaker who speaks twice);
 *    d) the line above ends with a colon ("Seine Antwort war eindeutig:").
 *
 * So "Wichtig: bitte vorher sichern", "Seine Antwort war eindeutig: nein", "um 10:30" or a URL stay prose,
 * and a lone "Nebenbei: der Kaffee war kalt" too, while "Anderer Chef: …" after a line that ends with a
 * colon is dialogue. The rule errs on one side: two lines in a row such as "Werkzeug: Zollstock" and
 * "Material: Eiche" read as a conversation; written as a list ("- Werkzeug: …") they stay what they are.
 */

const joiningWords = new Set(
  "am an auf aus bei beim de der des dem den die das im in mit und vom von vor zum zur".split(" "),
);

const noteWords = new Set(
  (
    "achtung aktualisierung anmerkung anmerkungen antwort beispiel betreff datum disclaimer edit ergebnis " +
    "fazit folge frage grund hinweis hinweise info inhalt kapitel korrektur kosten lösung merke motto " +
    "nachtrag note ort ps pps preis problem quelle quellen spoiler stand status stichwort teil thema tipp " +
    "update uhrzeit vorsicht warnung wichtig wichtige wichtiger wichtiges ziel zeit zitat zusammenfassung " +
    "zwischenstand montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april " +
    "mai juni juli august september oktober november dezember"
  ).split(" "),
);

const capitalisedWord = /^\p{Lu}[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*$/u;
const placeholderToken = "\uE000";

interface SpeakerLabel {
  /** The label as written, placeholders included, for recognising a speaker who speaks again */
  key: string;
  selfEvident: boolean;
  speaker: PhrasingContent[];
  /** What is said, without the space after the colon */
  speech: PhrasingContent[];
}

type Line = PhrasingContent[];

function textOfLine(line: Line): string {
  return line
    .map((node) => ("value" in node ? node.value : "children" in node ? textOfLine(node.children) : ""))
    .join("");
}

/** The label of a line, or null when the line does not start with one. Pure: the line is not changed. */
export function speakerLabelOf(line: Line): SpeakerLabel | null {
  const split = splitAtColon(line);
  if (!split) return null;
  const [label, afterColon] = split;
  const first = afterColon[0];
  if (first?.type !== "text" || !/^\s/.test(first.value)) return null;
  const speech: Line = [{ ...first, value: first.value.trimStart() }, ...afterColon.slice(1)].filter(
    (node) => node.type !== "text" || node.value !== "",
  );
  if (!textOfLine(speech).trim()) return null;

  let shape = "";
  for (const node of label) {
    if (node.type === "castPlaceholder") shape += placeholderToken;
    else if (node.type === "text") shape += node.value;
    else return null;
  }
  const tokens = shape.trim().split(/\s+/);
  if (tokens.length < 1 || tokens.length > 3) return null;
  const isName = (token: string) => token === placeholderToken || capitalisedWord.test(token);
  if (!isName(tokens[0] ?? "") || !isName(tokens.at(-1) ?? "")) return null;
  for (const token of tokens) {
    if (!isName(token) && !joiningWords.has(token)) return null;
    if (noteWords.has(token.toLocaleLowerCase("de-DE"))) return null;
  }
  const key = textOfLine(label).trim().replace(/\s+/g, " ");
  const speaker = trimLabel(label);
  return {
    key,
    selfEvident: shape.includes(placeholderToken) || key === "Ich",
    speaker,
    speech,
  };
}

/** [label, rest after the colon], where the label is text and placeholders up to the first colon. */
function splitAtColon(line: Line): [Line, Line] | null {
  const [first, second] = line;
  if (first?.type === "strong") {
    // "**Chef:** Wo ist er?" or "**Chef**: Wo ist er?": authors who bold their labels themselves
    const inner = first.children;
    const last = inner.at(-1);
    if (last?.type === "text" && /:\s*$/.test(last.value)) {
      const label = [...inner.slice(0, -1), { ...last, value: last.value.replace(/:\s*$/, "") }];
      return [label, line.slice(1)];
    }
    if (second?.type === "text" && second.value.startsWith(":")) {
      return [inner, [{ ...second, value: second.value.slice(1) }, ...line.slice(2)]];
    }
    return null;
  }
  const label: Line = [];
  for (const [index, node] of line.entries()) {
    if (node.type === "castPlaceholder") {
      label.push(node);
      continue;
    }
    if (node.type !== "text") return null;
    const colon = node.value.indexOf(":");
    if (colon === -1) {
      label.push(node);
      continue;
    }
    label.push({ ...node, value: node.value.slice(0, colon) });
    return [label, [{ ...node, value: node.value.slice(colon + 1) }, ...line.slice(index + 1)]];
  }
  return null;
}

function trimLabel(label: Line): Line {
  const nodes = label.map((node) => ({ ...node }));
  const first = nodes[0];
  if (first?.type === "text") first.value = first.value.trimStart();
  const last = nodes.at(-1);
  if (last?.type === "text") last.value = last.value.trimEnd();
  return nodes.filter((node) => node.type !== "text" || node.value !== "");
}

function splitLines(children: PhrasingContent[]): Line[] {
  const lines: Line[] = [[]];
  for (const child of children) {
    if (child.type === "break") lines.push([]);
    else lines.at(-1)?.push(child);
  }
  return lines;
}

function joinLines(lines: Line[]): PhrasingContent[] {
  return lines.flatMap((line, index) => (index === 0 ? line : [{ type: "break" as const }, ...line]));
}

interface LineRecord {
  line: Line;
  label: SpeakerLabel | null;
  /** The line before it in the same paragraph, or the last line of the paragraph just before */
  previous: LineRecord | null;
  next: LineRecord | null;
  dialogue: boolean;
}

interface ParagraphLines {
  parent: Parent;
  index: number;
  records: LineRecord[];
}

function isDialogue(record: LineRecord, speakerCounts: Map<string, number>): boolean {
  const label = record.label;
  if (!label) return false;
  if (label.selfEvident) return true;
  if (record.previous?.label || record.next?.label) return true;
  if ((speakerCounts.get(label.key) ?? 0) > 1) return true;
  return !!record.previous && /:\s*$/.test(textOfLine(record.previous.line));
}

/** Turn dialogue lines (see the rule above) into `dialogue` blocks; the rest of a paragraph stays one. */
export function remarkDialogue() {
  return (tree: Root) => {
    const paragraphs: ParagraphLines[] = [];
    const collect = (parent: Parent) => {
      let previous: LineRecord | null = null;
      parent.children.forEach((child, index) => {
        if (child.type !== "paragraph") {
          previous = null;
          if ("children" in child) collect(child);
          return;
        }
        const records = splitLines(child.children).map((line) => {
          const record: LineRecord = {
            line,
            label: speakerLabelOf(line),
            previous,
            next: null,
            dialogue: false,
          };
          if (previous) previous.next = record;
          previous = record;
          return record;
        });
        paragraphs.push({ parent, index, records });
      });
    };
    collect(tree);

    const speakerCounts = new Map<string, number>();
    for (const { records } of paragraphs) {
      for (const { label } of records) {
        if (label) speakerCounts.set(label.key, (speakerCounts.get(label.key) ?? 0) + 1);
      }
    }
    for (const { records } of paragraphs) {
      for (const record of records) record.dialogue = isDialogue(record, speakerCounts);
    }

    // Replace from the last paragraph backwards, so the indices of earlier ones stay valid.
    for (const { parent, index, records } of paragraphs.reverse()) {
      if (!records.some((record) => record.dialogue)) continue;
      const blocks: RootContent[] = [];
      for (const record of records) {
        const previousBlock = blocks.at(-1);
        if (record.dialogue && record.label) {
          const line = dialogueLine(record.label);
          if (previousBlock?.type === "dialogue") previousBlock.children.push(line);
          else blocks.push(dialogueBlock(line));
        } else if (previousBlock?.type === "paragraph") {
          previousBlock.children = joinLines([previousBlock.children, record.line]);
        } else {
          blocks.push({ type: "paragraph", children: record.line });
        }
      }
      parent.children.splice(index, 1, ...(blocks as typeof parent.children));
    }
  };
}

function dialogueBlock(line: DialogueLine): Dialogue {
  return {
    type: "dialogue",
    data: { hName: "div", hProperties: { className: ["dialogue"] } },
    children: [line],
  };
}

function dialogueLine(label: SpeakerLabel): DialogueLine {
  const colon: Text = { type: "text", value: ":" };
  return {
    type: "dialogueLine",
    data: { hName: "p", hProperties: { className: ["dialogue-line"] } },
    children: [
      {
        type: "dialogueSpeaker",
        data: { hName: "b", hProperties: { className: ["speaker"] } },
        children: [...label.speaker, colon],
      },
      { type: "text", value: " " },
      ...label.speech,
    ],
  };
}
