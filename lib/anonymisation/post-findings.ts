// The guard over every text of a post that readers see, grouped by finding text for the editor and the
// publish gate. Pure: the data layer loads the texts and the reviews.
import { findIdentifyingDetails, replaceEverywhere, type FindingKind } from "./guard";
import { contextOf } from "./placeholders";

/**
 * The texts of a post that the guard reads; the caption is the post's own or else the image's, the alt
 * text is always the library's (images in the Markdown carry theirs in the body)
 */
export interface PostTexts {
  title: string;
  excerpt: string;
  body: string;
  caption: string;
  alt: string;
  seoTitle: string;
  seoDescription: string;
}

export type PostTextField = keyof PostTexts;

export const postTextFields: readonly PostTextField[] = [
  "title",
  "excerpt",
  "body",
  "caption",
  "alt",
  "seoTitle",
  "seoDescription",
];

export const postTextFieldLabels: Record<PostTextField, string> = {
  title: "Titel",
  excerpt: "Kurzfassung",
  body: "Text",
  caption: "Bildunterschrift",
  alt: "Alternativtext des Titelbilds",
  seoTitle: "SEO-Titel",
  seoDescription: "SEO-Beschreibung",
};

export const findingKindLabels: Record<FindingKind, string> = {
  email: "E-Mail-Adresse",
  phone: "Telefonnummer",
  url: "Webadresse",
  iban: "IBAN",
  "street-address": "Anschrift",
  postcode: "Postleitzahl",
  "vehicle-registration": "Kfz-Kennzeichen",
  person: "Person",
  company: "Firma",
  place: "Ort",
};

/** One text the guard flagged, with every field it occurs in and the first place as context */
export interface PostFinding {
  kind: FindingKind;
  text: string;
  fields: PostTextField[];
  occurrences: number;
  context: { field: PostTextField; before: string; match: string; after: string };
}

/** The distinct findings of a post's texts, in reading order; texts in `safeTexts` are left out */
export function findingsInPost(texts: PostTexts, safeTexts: Iterable<string> = []): PostFinding[] {
  const safe = new Set(safeTexts);
  const byText = new Map<string, PostFinding>();
  for (const field of postTextFields) {
    const text = texts[field];
    for (const finding of findIdentifyingDetails(text, { safeTexts: safe })) {
      const known = byText.get(finding.text);
      if (known) {
        known.occurrences++;
        if (!known.fields.includes(field)) known.fields.push(field);
        continue;
      }
      byText.set(finding.text, {
        kind: finding.kind,
        text: finding.text,
        fields: [field],
        occurrences: 1,
        context: { field, ...contextOf(text, finding.start, finding.end) },
      });
    }
  }
  return [...byText.values()];
}

/** The fields with `target` replaced everywhere by the placeholder, and how many places changed */
export function replaceInTexts<T extends Partial<Record<PostTextField, string>>>(
  texts: T,
  target: string,
  placeholder: string,
): { texts: T; count: number } {
  const result = { ...texts };
  let count = 0;
  for (const field of postTextFields) {
    const value = texts[field];
    if (typeof value !== "string") continue;
    const replaced = replaceEverywhere(value, target, placeholder);
    count += replaced.count;
    (result as Partial<Record<PostTextField, string>>)[field] = replaced.text;
  }
  return { texts: result, count };
}

/** "Herr Brenninger (Person), 0171 2345678 (Telefonnummer)": the findings in one line */
export function describeFindings(findings: readonly Pick<PostFinding, "kind" | "text">[]): string {
  return findings.map((finding) => `${finding.text} (${findingKindLabels[finding.kind]})`).join(", ");
}
