// Turns a queued mail into the bytes handed to the SMTP server (MIME through nodemailer's composer).
// The Message-ID derives from the mail's dedupe key, so a mail is recognisably the same message
// wherever it travels, and a mail client shows a retried delivery as one message.
import { createHash } from "node:crypto";
import MailComposer from "nodemailer/lib/mail-composer";

export interface ComposableMail {
  dedupeKey: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  /** JSON object of extra headers (List-Unsubscribe …) */
  headers: string;
  createdAt: Date;
}

export function messageIdFor(dedupeKey: string, siteUrl: string): string {
  const host = new URL(siteUrl).hostname || "localhost";
  return `<${createHash("sha256").update(dedupeKey).digest("hex").slice(0, 40)}@${host}>`;
}

function extraHeaders(json: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof parsed !== "object" || parsed === null) return {};
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    // Header names and values never carry line breaks: no header can smuggle in another
    if (typeof value === "string" && /^[A-Za-z][A-Za-z0-9-]*$/.test(key)) {
      headers[key] = value.replace(/[\r\n]+/g, " ");
    }
  }
  return headers;
}

export function composeMail(mail: ComposableMail, from: string, siteUrl: string): Promise<Buffer> {
  return new MailComposer({
    from,
    to: mail.toAddress,
    subject: mail.subject.replace(/[\r\n]+/g, " "),
    text: mail.textBody,
    html: mail.htmlBody || undefined,
    messageId: messageIdFor(mail.dedupeKey, siteUrl),
    date: mail.createdAt,
    headers: extraHeaders(mail.headers),
  })
    .compile()
    .build();
}

/** The address part of "Name <address>", for the SMTP envelope */
export function envelopeAddress(from: string): string {
  return from.match(/<([^<>\s]+)>\s*$/)?.[1] ?? from.trim();
}
