import { flushSync } from "react-dom";

/**
 * Writes new text into a controlled textarea and selects a range of it, in the same event handler.
 * React commits the text before this returns, so the selection lands on the new text: set a frame
 * later, keys typed in between on a slow machine went where the caret was and the frame then moved
 * the caret back into the text.
 */
export function writeTextarea(
  element: HTMLTextAreaElement,
  write: () => void,
  [from, to]: [number, number],
): void {
  flushSync(write);
  element.focus();
  element.setSelectionRange(from, to);
}
