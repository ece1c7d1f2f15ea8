// The texts of subscription mails, as plain text and HTML. Everything from authors is escaped.
import { escapeHtml } from "../mail/html";

export interface MailParts {
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

function page(paragraphs: string[], footer: string[]): string {
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("\n");
  const small = footer.map((line) => `<p style="font-size:13px;color:#57534e">${line}</p>`).join("\n");
  return `<!doctype html><html><body style="font-family:Georgia,serif;line-height:1.5;color:#1c1917;max-width:36rem">\n${body}\n<hr style="border:0;border-top:1px solid #d6d3d1">\n${small}\n</body></html>`;
}

const link = (url: string, text: string) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;

export function confirmationMail(input: {
  siteName: string;
  scopeTitle: string;
  confirmUrl: string;
}): MailParts {
  const { siteName, scopeTitle, confirmUrl } = input;
  return {
    subject: `Bitte bestätige dein Abo: ${scopeTitle}`,
    text: [
      "Hallo,",
      "",
      `jemand – hoffentlich du – möchte bei ${siteName} „${scopeTitle}“ per E-Mail abonnieren.`,
      "Bitte bestätige das mit diesem Link (er gilt drei Tage):",
      "",
      confirmUrl,
      "",
      "Wenn du das nicht warst, ignoriere diese E-Mail einfach: Ohne Bestätigung bekommst du nichts.",
    ].join("\n"),
    html: page(
      [
        "Hallo,",
        `jemand – hoffentlich du – möchte bei ${escapeHtml(siteName)} „${escapeHtml(scopeTitle)}“ per E-Mail abonnieren.`,
        `${link(confirmUrl, "Abo bestätigen")} (der Link gilt drei Tage)`,
      ],
      ["Wenn du das nicht warst, ignoriere diese E-Mail einfach: Ohne Bestätigung bekommst du nichts."],
    ),
  };
}

export function alreadySubscribedMail(input: {
  siteName: string;
  scopeTitle: string;
  manageUrl: string;
}): MailParts {
  const { siteName, scopeTitle, manageUrl } = input;
  return {
    subject: `Du hast „${scopeTitle}“ schon abonniert`,
    text: [
      "Hallo,",
      "",
      `jemand hat eben „${scopeTitle}“ bei ${siteName} für diese Adresse abonnieren wollen. Du bekommst die neuen Beiträge schon – es ändert sich nichts.`,
      "",
      `Deine Abos verwalten: ${manageUrl}`,
    ].join("\n"),
    html: page(
      [
        "Hallo,",
        `jemand hat eben „${escapeHtml(scopeTitle)}“ bei ${escapeHtml(siteName)} für diese Adresse abonnieren wollen. Du bekommst die neuen Beiträge schon – es ändert sich nichts.`,
      ],
      [link(manageUrl, "Deine Abos verwalten")],
    ),
  };
}

export interface NewPostMailInput {
  siteName: string;
  post: { title: string; excerpt: string; url: string };
  /** The series it belongs to, when the subscriber follows that series */
  seriesTitle: string | null;
  manageUrl: string;
  /** The page with a button to unsubscribe from what this mail came from */
  unsubscribePageUrl: string;
  /** RFC 8058 one-click address (POST) */
  oneClickUrl: string;
  listId: string;
}

export function newPostMail(input: NewPostMailInput): MailParts {
  const { siteName, post, seriesTitle } = input;
  const intro = seriesTitle
    ? `In der Serie „${seriesTitle}“ ist eine neue Folge erschienen:`
    : `Auf ${siteName} ist ein neuer Beitrag erschienen:`;
  const why = seriesTitle
    ? `Du bekommst diese E-Mail, weil du die Serie „${seriesTitle}“ auf ${siteName} abonniert hast.`
    : `Du bekommst diese E-Mail, weil du ${siteName} abonniert hast.`;
  return {
    subject: seriesTitle ? `Neue Folge: ${post.title}` : `Neuer Beitrag: ${post.title}`,
    text: [
      "Hallo,",
      "",
      intro,
      "",
      post.title,
      post.excerpt,
      "",
      `Weiterlesen: ${post.url}`,
      "",
      "-- ",
      why,
      `Abos verwalten: ${input.manageUrl}`,
      `Abmelden: ${input.unsubscribePageUrl}`,
    ].join("\n"),
    html: page(
      [
        "Hallo,",
        escapeHtml(intro),
        `<strong style="font-size:1.2em">${link(post.url, post.title)}</strong>`,
        escapeHtml(post.excerpt),
        link(post.url, "Weiterlesen"),
      ],
      [
        escapeHtml(why),
        `${link(input.manageUrl, "Abos verwalten")} · ${link(input.unsubscribePageUrl, "Abmelden")}`,
      ],
    ),
    headers: {
      "List-Unsubscribe": `<${input.oneClickUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": input.listId,
    },
  };
}
