"use client";

import { useId, useState, type KeyboardEvent, type RefObject } from "react";
import {
  acceptCompletion,
  completionCandidates,
  placeholderPrefixAt,
} from "@/lib/anonymisation/placeholders";
import type { CastEntry } from "@/lib/markdown/cast";
import { writeTextarea } from "./write-textarea";

interface Open {
  start: number;
  caret: number;
  prefix: string;
  active: number;
}

/**
 * Completes `$Placeholders` from the series' cast while typing in the body: a listbox under the textarea,
 * arrow keys to move, Enter or Tab to accept, Escape to close. Returns the textarea's extra props.
 */
export function usePlaceholderCompletion({
  textarea,
  cast,
  onChange,
}: {
  textarea: RefObject<HTMLTextAreaElement | null>;
  cast: readonly CastEntry[];
  onChange: (value: string) => void;
}) {
  const listId = useId();
  const [open, setOpen] = useState<Open | null>(null);
  const candidates = open ? completionCandidates(cast, open.prefix) : [];
  const shown = open !== null && candidates.length > 0;

  const follow = () => {
    const element = textarea.current;
    if (!element || cast.length === 0 || element.selectionStart !== element.selectionEnd) {
      setOpen(null);
      return;
    }
    const caret = element.selectionStart;
    const found = placeholderPrefixAt(element.value, caret);
    // Nothing to complete once the placeholder is whole (right after accepting one, too)
    if (!found || completionCandidates(cast, found.prefix).every((m) => m.placeholder === found.prefix)) {
      setOpen(null);
      return;
    }
    setOpen((current) =>
      current && current.start === found.start && current.prefix === found.prefix
        ? current
        : { ...found, caret, active: 0 },
    );
  };

  const accept = (placeholder: string) => {
    const element = textarea.current;
    if (!element || !open) return;
    const next = acceptCompletion(element.value, open.start, open.caret, placeholder);
    writeTextarea(element, () => {
      onChange(next.text);
      setOpen(null);
    }, [next.caret, next.caret]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!shown || !open) return;
    const count = candidates.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setOpen({ ...open, active: (open.active + step + count) % count });
    } else if (event.key === "Enter" || event.key === "Tab") {
      const chosen = candidates[open.active];
      if (!chosen) return;
      event.preventDefault();
      accept(chosen.placeholder);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setOpen(null);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const textareaProps = {
    onKeyDown,
    onSelect: follow,
    onBlur: () => setOpen(null),
    "aria-autocomplete": "list" as const,
    "aria-controls": shown ? listId : undefined,
    "aria-activedescendant": shown && open ? optionId(open.active) : undefined,
  };

  const listbox = shown ? (
    <ul
      id={listId}
      role="listbox"
      aria-label="Figuren der Serie"
      className="absolute top-full right-0 left-0 z-20 mt-1 max-h-60 overflow-auto rounded-md border border-stone-300 bg-white py-1 text-sm shadow-lg dark:border-stone-600 dark:bg-stone-900"
    >
      {candidates.map((member, index) => (
        <li
          key={member.placeholder}
          id={optionId(index)}
          role="option"
          aria-selected={index === open.active}
          // mousedown, not click: the textarea must not lose its caret first
          onMouseDown={(event) => {
            event.preventDefault();
            accept(member.placeholder);
          }}
          className={`cursor-pointer px-3 py-1.5 ${index === open.active ? "bg-accent-100 dark:bg-stone-700" : ""}`}
        >
          <code className="font-semibold">{member.placeholder}</code>{" "}
          <span className="text-stone-600 dark:text-stone-400">– {member.displayName}</span>
        </li>
      ))}
    </ul>
  ) : null;

  return { textareaProps, listbox };
}
