"use client";

import { useEffect } from "react";

/**
 * Escape hides the note of the pseudonym under the pointer or in focus, without moving either (WCAG 1.4.13,
 * content on hover or focus must be dismissible). The notes themselves need no JavaScript; this only adds
 * the key. Moving the pointer away or the focus on brings the note back for next time.
 */
export function PseudonymNoteDismissal() {
  useEffect(() => {
    const dismiss = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      for (const pseudonym of document.querySelectorAll<HTMLElement>(".pseudonym:hover, .pseudonym:focus")) {
        pseudonym.dataset.noteDismissed = "";
      }
    };
    const restore = (event: Event) => {
      if (event.target instanceof HTMLElement && event.target.classList.contains("pseudonym")) {
        delete event.target.dataset.noteDismissed;
      }
    };
    document.addEventListener("keydown", dismiss);
    // mouseleave does not bubble; listening while capturing sees it for every element
    document.addEventListener("mouseleave", restore, true);
    document.addEventListener("focusout", restore);
    return () => {
      document.removeEventListener("keydown", dismiss);
      document.removeEventListener("mouseleave", restore, true);
      document.removeEventListener("focusout", restore);
    };
  }, []);
  return null;
}
