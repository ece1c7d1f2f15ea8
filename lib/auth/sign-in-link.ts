// The mail with a sign-in link. It goes only to existing, active accounts, yet the person asking
// is told the same either way, so the form reveals nothing about who has an account.
import "server-only";
import { createHash } from "node:crypto";
import { mayUseAuthjsSignIn } from "../data/sign-in";
import { formatDateTime } from "../format";
import { enqueueMail } from "../data/outbox";
import { escapeHtml } from "../mail/html";
import { siteConfig } from "../site-config";

/** The link always points at SITE_URL: a forged Host header must not send the token elsewhere */
export function onSiteUrl(url: string): string {
  const link = new URL(url);
  const site = new URL(siteConfig.url);
  return new URL(`${link.pathname}${link.search}`, site).toString();
}

export async function sendSignInLink({ to, url, expires }: { to: string; url: string; expires: Date }) {
  if (!(await mayUseAuthjsSignIn(to))) return;
  const link = onSiteUrl(url);
  const until = formatDateTime(expires);
  await enqueueMail({
    dedupeKey: `sign-in-link:${createHash("sha256").update(link).digest("hex")}`,
    kind: "sign-in-link",
    to,
    subject: `Dein Anmeldelink für ${siteConfig.name}`,
    text: [
      `Hallo,`,
      ``,
      `mit diesem Link meldest du dich bei ${siteConfig.name} an (gültig bis ${until}, nur einmal):`,
      ``,
      link,
      ``,
      `Wenn du keinen Link angefordert hast, ignoriere diese E-Mail einfach.`,
    ].join("\n"),
    html: `<p>Hallo,</p><p>mit diesem Link meldest du dich bei ${escapeHtml(siteConfig.name)} an (gültig bis ${escapeHtml(until)}, nur einmal):</p><p><a href="${escapeHtml(link)}">Jetzt anmelden</a></p><p>Wenn du keinen Link angefordert hast, ignoriere diese E-Mail einfach.</p>`,
  });
}
