// Post Markdown to safe HTML, plain text and reading time; no "server-only", as scripts and tests import it.
import type { Element, Root as HastRoot } from "hast";
import type { Nodes as MdastNodes, Root as MdastRoot, Parent as MdastParent } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkBreaks from "remark-breaks";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import type { Extension as MicromarkExtension } from "micromark-util-types";
import { unified, type PluggableList, type Processor } from "unified";
import { t } from "../i18n/messages";
import { slugify } from "../slug";
import {
  castNamesInText,
  pseudonymNoteIdPattern,
  remarkCastPlaceholderSyntax,
  remarkCastPseudonyms,
  type CastEntry,
  type CastFileData,
} from "./cast";
import { remarkDialogue, remarkStageDirectionSyntax } from "./dialogue";

// GitHub's schema, which already keeps the footnote markup, with three deliberate changes and the few
// classes and attributes that dialogue and pseudonyms need (each value listed, nothing open-ended).
const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    // GitHub lets any element have any tabindex; only a pseudonym with a note is focusable here.
    "*": (defaultSchema.attributes?.["*"] ?? []).filter((attribute) => attribute !== "tabIndex"),
    // GitHub allows any `language-…`; a fence info string like `"><script>` then ends up in the class.
    code: [["className", /^language-[\w+#.-]+$/]],
    div: [...(defaultSchema.attributes?.div ?? []), ["className", "dialogue"]],
    p: [["className", "dialogue-line"]],
    b: [["className", "speaker"]],
    em: [["className", "stage-direction"]],
    span: [
      ["className", "pseudonym", "pseudonym-unknown", "pseudonym-name", "pseudonym-note"],
      ["dataPlaceholder", /^\$[\p{L}\p{M}\p{N}_]+$/u],
      ["tabIndex", 0],
      ["role", "tooltip"],
      ["ariaDescribedBy", pseudonymNoteIdPattern],
    ],
  },
  // remark-rehype already prefixes footnote ids with "user-content-"; prefixing them again here would break
  // the footnote links. Raw HTML never reaches the tree, so no other id can come from the author.
  clobberPrefix: "",
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto", "tel"],
    // Relative URLs always pass; listing only these keeps data: and javascript: out.
    src: ["http", "https"],
  },
};

// Where placeholders are parsed, the parser knows no raw HTML at all. remarkHtmlAsText would show it as text
// anyway; parsed as text in the first place, "$Chef" inside "<b>$Chef</b>" is a pseudonym and "<seufzt>" at
// the start of a block a stage direction, instead of a block of raw HTML that swallows the lines after it.
const noRawHtml: MicromarkExtension = { disable: { null: ["htmlFlow", "htmlText"] } };

function remarkRawHtmlAsTextSyntax(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push(noRawHtml);
}

export interface RenderOptions {
  /** Run after GFM and before sanitising, so nothing a plugin produces can bypass the sanitiser. */
  remarkPlugins?: PluggableList;
}

function createProcessor({ remarkPlugins = [] }: RenderOptions) {
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      // A line break in the text is a line break on the page, as in the blogs our authors come from
      // (dialogue is written one line per speaker).
      .use(remarkBreaks)
      .use(remarkHtmlAsText)
      .use(remarkPlugins)
      .use(remarkRehype, {
        footnoteLabel: t.footnotes,
        footnoteBackLabel: (referenceIndex: number) => t.backToReference(referenceIndex + 1),
      })
      .use(rehypeSanitize, schema)
      .use(rehypeTrustedAttributes)
      .use(rehypeStringify)
      .freeze()
  );
}

/** A renderer with extra remark plugins; build it once, it is reused for every call. */
export function createMarkdownRenderer(options: RenderOptions = {}): (markdown: string) => string {
  const processor = createProcessor(options);
  return (markdown) => String(processor.processSync(markdown));
}

const render = createMarkdownRenderer();

/** Markdown as an article without a cast shows it: no placeholders, no dialogue. */
export function renderMarkdown(markdown: string): string {
  return render(markdown);
}

export type PostKind = "ARTICLE" | "ANECDOTE";

/** What decides how a post's body reads besides its Markdown. */
export interface PostBodyContext {
  kind: PostKind;
  /** The cast of the post's series; empty or absent outside a series */
  cast?: readonly CastEntry[];
}

export interface RenderPostBodyOptions extends PostBodyContext {
  /** false in feeds: names only, no description notes (there is no CSS to show them on hover) */
  castNotes?: boolean;
}

export interface RenderedPostBody {
  html: string;
  /** The placeholders that appear as pseudonyms, in order of first appearance, with the dollar sign */
  placeholdersUsed: string[];
}

/*
 * Three ways to read a body:
 * - anecdote: every `$Name` is a pseudonym (one missing from the cast is marked as unknown), and lines of
 *   dialogue and <stage directions> are formatted (dialogue.ts);
 * - article of a series with a cast: the cast's placeholders are pseudonyms, so a behind-the-scenes article
 *   can name "$Chef"; any other `$Name` ("$PATH" in a how-to) stays text, and there is no dialogue;
 * - any other article: plain Markdown, `$` means nothing.
 */
const anecdoteProcessor = createProcessor({
  remarkPlugins: [
    remarkRawHtmlAsTextSyntax,
    remarkCastPlaceholderSyntax,
    remarkStageDirectionSyntax,
    remarkDialogue,
    remarkCastPseudonyms,
  ],
});
const castArticleProcessor = createProcessor({
  remarkPlugins: [remarkRawHtmlAsTextSyntax, remarkCastPlaceholderSyntax, remarkCastPseudonyms],
});

/** A post's body as the public page, the author's preview and (with `castNotes: false`) feeds show it. */
export function renderPostBody(
  markdown: string,
  { kind, cast = [], castNotes = true }: RenderPostBodyOptions,
): RenderedPostBody {
  const anecdote = kind === "ANECDOTE";
  if (!anecdote && cast.length === 0) return { html: render(markdown), placeholdersUsed: [] };
  const data: CastFileData = { cast, castNotes, unknownPlaceholders: anecdote ? "pseudonym" : "text" };
  const processor = anecdote ? anecdoteProcessor : castArticleProcessor;
  const file = processor.processSync({ value: markdown, data: { casebookCast: data } });
  return { html: String(file), placeholdersUsed: file.data.casebookCast?.placeholdersUsed ?? [] };
}

/**
 * A post's title, excerpt or description as readers see it: placeholders replaced by the names from the
 * cast, following the same rules as the body (articles without a cast keep their "$").
 */
export function withCastNames(text: string, { kind, cast = [] }: PostBodyContext): string {
  if (kind === "ANECDOTE") return castNamesInText(text, cast);
  return cast.length > 0 ? castNamesInText(text, cast, { unknownPlaceholders: "text" }) : text;
}

// HTML written in Markdown is shown as the text it is, never interpreted: "<hektisch>" in a
// dialogue stays visible, "<script>" is harmless.
function remarkHtmlAsText() {
  return (tree: MdastRoot) => {
    const visit = (node: MdastParent) => {
      node.children = node.children.map((child) => {
        if (child.type === "html") {
          const text = { type: "text" as const, value: child.value, position: child.position };
          // HTML on a line of its own is a block; as text it needs a paragraph around it
          return blockParents.has(node.type) ? { type: "paragraph", children: [text] } : text;
        }
        if ("children" in child) visit(child);
        return child;
      }) as typeof node.children;
    };
    visit(tree);
  };
}

// Runs after the sanitiser, so the attributes it adds need not be allowed to authors.
function rehypeTrustedAttributes() {
  return (tree: HastRoot) => {
    const usedIds = new Set<string>();
    forEachElement(tree, (element) => {
      // The page already has the post title as its h1.
      if (element.tagName === "h1") element.tagName = "h2";
      if (/^h[2-4]$/.test(element.tagName) && element.properties.id === undefined) {
        element.properties.id = uniqueId(headingId(textOf(element)), usedIds);
      }
      if (element.tagName === "a" && isExternal(element.properties.href)) {
        element.properties.rel = ["nofollow", "noopener", "noreferrer"];
      }
      if (element.tagName === "img") {
        element.properties.loading = "lazy";
        element.properties.decoding = "async";
      }
    });
  };
}

function forEachElement(node: HastRoot | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    visit(child);
    forEachElement(child, visit);
  }
}

// A pseudonym's note is not part of the heading's words (its id would otherwise spell out the description).
function textOf(node: Element): string {
  return node.children
    .map((child) =>
      child.type === "text" ? child.value : child.type === "element" && !isNote(child) ? textOf(child) : "",
    )
    .join("");
}

function isNote(element: Element): boolean {
  const className = element.properties.className;
  return Array.isArray(className) && className.includes("pseudonym-note");
}

// Protocol-relative URLs leave the site just like absolute ones.
function isExternal(href: unknown): boolean {
  return typeof href === "string" && /^(https?:)?\/\//i.test(href);
}

// The prefix keeps ids such as "location" or "top" from clobbering DOM globals.
function headingId(text: string): string {
  const slug = slugify(text, 200);
  return slug ? `abschnitt-${slug}` : "abschnitt";
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

// Parents whose children are blocks: joined with line breaks so words never run together.
const blockParents = new Set(["root", "blockquote", "list", "listItem", "table", "footnoteDefinition"]);

/** Text of the post for excerpts, search and feeds: one block a line, raw HTML and URLs left out. */
export function markdownToPlainText(markdown: string): string {
  return plainText(parser.parse(markdown)).trim();
}

// Not mdast-util-to-string: it runs blocks together and drops hard breaks ("Hallo\nWelt" -> "HalloWelt").
function plainText(node: MdastNodes): string {
  switch (node.type) {
    case "html":
      return "";
    case "break":
      return "\n";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    case "tableRow":
      return node.children.map(plainText).join(" ");
  }
  if ("value" in node) return node.value;
  if (!("children" in node)) return "";
  const parts: string[] = node.children.map(plainText);
  return blockParents.has(node.type) ? parts.filter(Boolean).join("\n") : parts.join("");
}

/** Estimated minutes to read the post, at least 1. */
export function readingMinutes(markdown: string, wordsPerMinute = 200): number {
  if (!(wordsPerMinute > 0)) throw new RangeError(`wordsPerMinute must be positive, got ${wordsPerMinute}`);
  const words = markdownToPlainText(markdown).match(/\S+/g)?.length ?? 0;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
