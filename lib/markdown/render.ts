// Post Markdown to safe HTML, plain text and reading time; no "server-only", as scripts and tests import it.
import type { Element, Root as HastRoot } from "hast";
import type { Nodes as MdastNodes, Root as MdastRoot, Parent as MdastParent } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkBreaks from "remark-breaks";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type PluggableList } from "unified";
import { t } from "../i18n/messages";
import { slugify } from "../slug";

// GitHub's schema, which already keeps the footnote markup, with two deliberate changes.
const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    // GitHub allows any `language-…`; a fence info string like `"><script>` then ends up in the class.
    code: [["className", /^language-[\w+#.-]+$/]],
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

export interface RenderOptions {
  /** Run after GFM and before sanitising, so nothing a plugin produces can bypass the sanitiser. */
  remarkPlugins?: PluggableList;
}

/** A renderer with extra remark plugins; build it once, it is reused for every call. */
export function createMarkdownRenderer({ remarkPlugins = [] }: RenderOptions = {}): (
  markdown: string,
) => string {
  const processor = unified()
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
    .freeze();
  return (markdown) => String(processor.processSync(markdown));
}

const render = createMarkdownRenderer();

export function renderMarkdown(markdown: string): string {
  return render(markdown);
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

function textOf(node: Element): string {
  return node.children
    .map((child) => (child.type === "text" ? child.value : child.type === "element" ? textOf(child) : ""))
    .join("");
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
