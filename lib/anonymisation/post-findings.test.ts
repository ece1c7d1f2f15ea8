import { describe, expect, it } from "vitest";
import { describeFindings, findingsInPost, replaceInTexts, type PostTexts } from "./post-findings";

const texts: PostTexts = {
  title: "Herr Albrecht Brenninger und das Fax",
  excerpt: "",
  body: "Ich: Guten Tag.\nHerr Albrecht Brenninger von der Brenninger Haustechnik GmbH rief unter 0171 2345678 an.",
  caption: "",
  alt: "",
  seoTitle: "",
  seoDescription: "",
};

describe("findings in a post", () => {
  it("groups the guard's findings by text over every field, in reading order", () => {
    const findings = findingsInPost(texts);
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ["person", "Albrecht Brenninger"],
      ["company", "Brenninger Haustechnik GmbH"],
      ["phone", "0171 2345678"],
    ]);
    expect(findings[0]).toMatchObject({ fields: ["title", "body"], occurrences: 2 });
    expect(findings[0]?.context).toMatchObject({ field: "title", match: "Albrecht Brenninger" });
  });

  it("leaves out texts marked safe", () => {
    expect(findingsInPost(texts, ["0171 2345678"]).map((f) => f.text)).not.toContain("0171 2345678");
  });

  it("replaces a finding everywhere and nothing is left to find", () => {
    let current: PostTexts = texts;
    for (const [target, placeholder] of [
      ["Brenninger Haustechnik GmbH", "$Firma"],
      ["Albrecht Brenninger", "$Kunde"],
      ["0171 2345678", "$Telefon"],
    ] as const) {
      current = replaceInTexts(current, target, placeholder).texts;
    }
    expect(current.title).toBe("Herr $Kunde und das Fax");
    expect(findingsInPost(current)).toEqual([]);
  });

  it("describes findings in one line with German kind labels", () => {
    expect(describeFindings([{ kind: "phone", text: "0171 2345678" }])).toBe("0171 2345678 (Telefonnummer)");
  });
});
