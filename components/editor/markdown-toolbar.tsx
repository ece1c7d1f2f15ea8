"use client";

// Buttons that wrap the selection in Markdown marks, for writers who do not type them.
import { writeTextarea } from "./write-textarea";

type Mark = {
  label: string;
  title: string;
  apply: (selected: string) => { text: string; select?: [number, number] };
};

const marks: Mark[] = [
  {
    label: "B",
    title: "Fett",
    apply: (s) => ({ text: `**${s || "fett"}**`, select: [2, 2 + (s || "fett").length] }),
  },
  {
    label: "I",
    title: "Kursiv",
    apply: (s) => ({ text: `*${s || "kursiv"}*`, select: [1, 1 + (s || "kursiv").length] }),
  },
  {
    label: "H",
    title: "Zwischenüberschrift",
    apply: (s) => ({ text: `\n## ${s || "Überschrift"}\n`, select: [4, 4 + (s || "Überschrift").length] }),
  },
  {
    label: "Link",
    title: "Link",
    apply: (s) => ({
      text: `[${s || "Linktext"}](https://)`,
      select: [(s || "Linktext").length + 3, (s || "Linktext").length + 11],
    }),
  },
  {
    label: "Liste",
    title: "Liste",
    apply: (s) => ({
      text: (s || "Punkt")
        .split("\n")
        .map((line) => `- ${line}`)
        .join("\n"),
    }),
  },
  {
    label: "Zitat",
    title: "Zitat",
    apply: (s) => ({
      text: (s || "Zitat")
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n"),
    }),
  },
  {
    label: "</>",
    title: "Code",
    apply: (s) => ({ text: s.includes("\n") ? `\n\`\`\`\n${s}\n\`\`\`\n` : `\`${s || "code"}\`` }),
  },
];

export function MarkdownToolbar({
  textarea,
  onChange,
}: {
  textarea: React.RefObject<HTMLTextAreaElement | null>;
  onChange: (value: string) => void;
}) {
  const apply = (mark: Mark) => {
    const element = textarea.current;
    if (!element) return;
    const { selectionStart: start, selectionEnd: end, value } = element;
    const result = mark.apply(value.slice(start, end));
    const next = value.slice(0, start) + result.text + value.slice(end);
    const [from, to] = result.select ?? [result.text.length, result.text.length];
    writeTextarea(element, () => onChange(next), [start + from, start + to]);
  };
  return (
    <div
      role="toolbar"
      aria-label="Textauszeichnung"
      className="flex flex-wrap gap-1 border-b border-stone-300 p-1 dark:border-stone-700"
    >
      {marks.map((mark) => (
        <button
          key={mark.title}
          type="button"
          title={mark.title}
          aria-label={mark.title}
          onClick={() => apply(mark)}
          className="min-w-9 rounded px-2 py-1 text-sm font-semibold hover:bg-stone-200 dark:hover:bg-stone-800"
        >
          {mark.label}
        </button>
      ))}
    </div>
  );
}
