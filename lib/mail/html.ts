// Small helpers for the HTML part of mails: everything from users or authors is escaped.
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Paragraphs of plain text as HTML, line breaks kept */
export function paragraphsToHtml(paragraphs: string[]): string {
  return paragraphs.map((text) => `<p style="white-space:pre-line">${escapeHtml(text)}</p>`).join("\n");
}
