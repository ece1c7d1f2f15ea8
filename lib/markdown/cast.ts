// Cast placeholders ("$Verkäufer") in post Markdown: the syntax, and their rendering as pseudonyms.
import type { ElementContent } from "hast";
import type { Literal, Nodes, Parent, Root } from "mdast";
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
import type { VFile } from "vfile";

/** One member of a series' cast, as stored in CastMember. */
export interface CastEntry {
  /** As written in Markdown, with the dollar sign: "$Verkäufer" */
  placeholder: string;
  displayName: string;
  description: string;
}

/** A `$Name` from the text; `value` is the placeholder as written, with the dollar sign. */
export interface CastPlaceholder extends Literal {
  type: "castPlaceholder";
}

declare module "mdast" {
  interface PhrasingContentMap {
    castPlaceholder: CastPlaceholder;
  }
  interface RootContentMap {
    castPlaceholder: CastPlaceholder;
  }
}

declare module "micromark-util-types" {
  interface TokenTypeMap {
    castPlaceholder: "castPlaceholder";
    castPlaceholderUnderscores: "castPlaceholderUnderscores";
  }
}

/** What a render call passes in and gets back, through the VFile (the processor is shared). */
export interface CastFileData {
  cast?: readonly CastEntry[];
  /** false: names only, without the description notes (feeds and mail have no CSS to show them on hover) */
  castNotes?: boolean;
  /**
   * "pseudonym" (anecdotes): every placeholder is a pseudonym, one missing from the cast marked as unknown.
   * "text" (articles of a series with a cast): only the cast's placeholders are; "$PATH" stays text.
   */
  unknownPlaceholders?: "pseudonym" | "text";
  placeholdersUsed?: string[];
}

declare module "vfile" {
  interface DataMap {
    casebookCast: CastFileData;
  }
}

const dollarSign = 36;
const underscore = 95;

const isLetter = (code: Code) => code !== null && code >= 0 && /\p{L}/u.test(String.fromCharCode(code));
const isNameCharacter = (code: Code) =>
  code !== null && code >= 0 && /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code));

/**
 * A placeholder is `$`, a letter, then letters, digits and single or repeated underscores between them:
 * "$Stadt_in_der_Nähe". A digit after `$` is a price ("$5"); a letter or digit before it ("US$Preis")
 * means it is part of a word. Trailing underscores are left to the text, so `_$Chef_` stays emphasis.
 */
export const placeholderPattern =
  /(?<![\p{L}\p{M}\p{N}$])\$\p{L}[\p{L}\p{M}\p{N}]*(?:_+[\p{L}\p{M}\p{N}]+)*/gu;

const underscoresThenName: Construct = { tokenize: tokenizeUnderscoresThenName, partial: true };

const placeholderConstruct: Construct = {
  name: "castPlaceholder",
  tokenize: tokenizePlaceholder,
  previous: (code) => code === null || code < 0 || !(isNameCharacter(code) || code === dollarSign),
};

function tokenizePlaceholder(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start;

  function start(code: Code): State | undefined {
    effects.enter("castPlaceholder");
    effects.consume(code);
    return first;
  }

  function first(code: Code): State | undefined {
    if (!isLetter(code)) return nok(code);
    effects.consume(code);
    return rest;
  }

  function rest(code: Code): State | undefined {
    if (isNameCharacter(code)) {
      effects.consume(code);
      return rest;
    }
    if (code === underscore) return effects.check(underscoresThenName, underscores, end)(code);
    return end(code);
  }

  function underscores(code: Code): State | undefined {
    if (code === underscore) {
      effects.consume(code);
      return underscores;
    }
    return rest(code);
  }

  function end(code: Code): State | undefined {
    effects.exit("castPlaceholder");
    return ok(code);
  }
}

function tokenizeUnderscoresThenName(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start;

  function start(code: Code): State | undefined {
    effects.enter("castPlaceholderUnderscores");
    return underscores(code);
  }

  function underscores(code: Code): State | undefined {
    if (code === underscore) {
      effects.consume(code);
      return underscores;
    }
    effects.exit("castPlaceholderUnderscores");
    return isNameCharacter(code) ? ok(code) : nok(code);
  }
}

const syntax: MicromarkExtension = { text: { [dollarSign]: placeholderConstruct } };

const fromMarkdown: FromMarkdownExtension = {
  enter: {
    castPlaceholder(token) {
      this.enter({ type: "castPlaceholder", value: this.sliceSerialize(token).normalize("NFC") }, token);
    },
  },
  exit: {
    castPlaceholder(token) {
      this.exit(token);
    },
  },
};

/**
 * Parse `$Name` as a placeholder node. Working in the tokenizer rather than on text means Markdown's own
 * rules decide what is text: `\$Name` (a character escape), `&#36;Name`, inline code, code blocks, link
 * destinations and autolinked URLs never contain placeholders.
 */
export function remarkCastPlaceholderSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(syntax);
  (data.fromMarkdownExtensions ??= []).push(fromMarkdown);
}

/** "$Stadt_in_der_Nähe" → "Stadt in der Nähe": what a placeholder without a display name shows. */
export function placeholderName(placeholder: string): string {
  return placeholder.replace(/^\$/, "").replace(/_+/g, " ").trim();
}

function castLookup(cast: readonly CastEntry[]): Map<string, CastEntry> {
  const byPlaceholder = new Map<string, CastEntry>();
  for (const entry of cast) {
    const key = entry.placeholder.trim().normalize("NFC");
    byPlaceholder.set(key.startsWith("$") ? key : `$${key}`, entry);
  }
  return byPlaceholder;
}

/** The cast members among the placeholders a body uses, in the body's order; unknown ones are left out. */
export function castMembersIn<T extends CastEntry>(
  placeholdersUsed: readonly string[],
  cast: readonly T[],
): T[] {
  const byPlaceholder = new Map(cast.map((member) => [member.placeholder.trim().normalize("NFC"), member]));
  return placeholdersUsed.flatMap((placeholder) => {
    const member = byPlaceholder.get(placeholder);
    return member ? [member] : [];
  });
}

/** Text a placeholder shows: the cast's display name, else its own name. */
export function pseudonymText(placeholder: string, entry: CastEntry | undefined): string {
  return entry?.displayName.trim() || placeholderName(placeholder);
}

/** "der Chef" → "Der Chef": a name at the start of a sentence, or as the term of a cast list */
export function capitalise(text: string): string {
  const [first = "", ...rest] = Array.from(text);
  return first.toLocaleUpperCase("de-DE") + rest.join("");
}

// Inline text before a placeholder that ends a sentence: the display name ("der Chef") then starts with a
// capital ("Der Chef"). A colon counts, as after a speaker label; a line break too (one sentence a line).
const sentenceEnd = /(?:^|[.!?…:\n]["'“”„»«)]*)\s*$/u;

// Blocks whose children are inline content: the sentence context starts afresh in each.
const inlineBlocks = new Set(["paragraph", "heading", "tableCell", "dialogueLine"]);

/** Short stable hash, so that the note ids of two posts on one page never collide. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

export const pseudonymNoteIdPattern = /^pseudonym-note-[a-z0-9]+-\d+$/;

/**
 * Render placeholders as pseudonyms, with the cast passed through `file.data.casebookCast`, and report
 * which placeholders occur (first appearance first) in `file.data.casebookCast.placeholdersUsed`.
 *
 * A known placeholder with a description is focusable and described by its note (aria-describedby to a
 * role="tooltip" element that CSS shows on hover and focus). Inside a link the link is the focus
 * target, so the pseudonym there is the name alone. An unknown placeholder still renders as a pseudonym,
 * marked `pseudonym-unknown`, never as "$Name".
 */
export function remarkCastPseudonyms() {
  return (tree: Root, file: VFile) => {
    const context = (file.data.casebookCast ??= {});
    const cast = castLookup(context.cast ?? []);
    const notes = context.castNotes !== false;
    const unknownAsText = context.unknownPlaceholders === "text";
    const used: string[] = [];
    const markUsed = (placeholder: string) => {
      if (!used.includes(placeholder)) used.push(placeholder);
    };
    const idPrefix = `pseudonym-note-${shortHash(String(file.value))}-`;
    let noteCount = 0;

    // Alt texts and titles are plain strings by now: substitute names, without markup.
    const substitute = (text: string) => namePlaceholders(text, cast, unknownAsText, markUsed);

    const decorate = (node: CastPlaceholder, before: string, inLink: boolean) => {
      const placeholder = node.value;
      const entry = cast.get(placeholder);
      // Without data the node becomes its own value, "$PATH", in the HTML
      if (!entry && unknownAsText) return placeholder;
      markUsed(placeholder);
      let text = pseudonymText(placeholder, entry);
      if (sentenceEnd.test(before)) text = capitalise(text);
      const className = entry ? ["pseudonym"] : ["pseudonym", "pseudonym-unknown"];
      const children: ElementContent[] = [
        {
          type: "element",
          tagName: "span",
          properties: { className: ["pseudonym-name"] },
          children: [{ type: "text", value: text }],
        },
      ];
      const properties: Record<string, string | number | string[]> = {
        className,
        dataPlaceholder: placeholder,
      };
      const description = entry?.description.trim();
      if (description && notes && !inLink) {
        const id = `${idPrefix}${++noteCount}`;
        properties.tabIndex = 0;
        properties.ariaDescribedBy = [id];
        children.push({
          type: "element",
          tagName: "span",
          properties: { className: ["pseudonym-note"], role: "tooltip", id },
          children: [{ type: "text", value: description }],
        });
      }
      node.data = { hName: "span", hProperties: properties, hChildren: children };
      return text;
    };

    // Returns the inline text seen so far in the block, for the capitalisation of the next placeholder.
    const walk = (node: Nodes, before: string, inLink: boolean): string => {
      switch (node.type) {
        case "castPlaceholder":
          return before + decorate(node, before, inLink);
        case "text":
        case "inlineCode":
          return before + node.value;
        case "break":
          return before + "\n";
        case "image":
          node.alt &&= substitute(node.alt);
          node.title &&= substitute(node.title);
          return before + (node.alt ?? "");
        case "link":
        case "definition":
          node.title &&= substitute(node.title);
          break;
        case "imageReference":
          node.alt &&= substitute(node.alt);
          return before + (node.alt ?? "");
      }
      if (!("children" in node)) return before;
      const parent: Parent = node;
      const isLink = inLink || node.type === "link" || node.type === "linkReference";
      let text = inlineBlocks.has(node.type) ? "" : before;
      for (const child of parent.children) {
        if (isStageDirection(child)) {
          // A stage direction starts its own phrase and does not end the sentence around it.
          walk(child, "", isLink);
          continue;
        }
        text = walk(child, text, isLink);
      }
      return inlineBlocks.has(node.type) ? before : text;
    };

    walk(tree, "", false);
    context.placeholdersUsed = used;
  };
}

/**
 * Placeholders in plain text (titles, excerpts, descriptions) replaced by the cast's names, capitalised at
 * the start of a sentence as in the rendered body. The text is not Markdown: "\$" means nothing here.
 */
export function castNamesInText(
  text: string,
  cast: readonly CastEntry[],
  { unknownPlaceholders = "pseudonym" }: Pick<CastFileData, "unknownPlaceholders"> = {},
): string {
  return namePlaceholders(text, castLookup(cast), unknownPlaceholders === "text");
}

function namePlaceholders(
  text: string,
  cast: Map<string, CastEntry>,
  unknownAsText: boolean,
  markUsed: (placeholder: string) => void = () => {},
): string {
  return text.replace(placeholderPattern, (placeholder, offset: number) => {
    const normalised = placeholder.normalize("NFC");
    const entry = cast.get(normalised);
    if (!entry && unknownAsText) return placeholder;
    markUsed(normalised);
    const name = pseudonymText(normalised, entry);
    return sentenceEnd.test(text.slice(0, offset)) ? capitalise(name) : name;
  });
}

function isStageDirection(node: Nodes): boolean {
  if (node.type !== "emphasis") return false;
  const className = node.data?.hProperties?.className;
  return Array.isArray(className) && className.includes("stage-direction");
}
