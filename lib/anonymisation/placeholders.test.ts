import { describe, expect, it } from "vitest";
import {
  acceptCompletion,
  completionCandidates,
  contextOf,
  isPlaceholderName,
  placeholderPrefixAt,
  placeholdersUsed,
  suggestPlaceholder,
  unknownPlaceholders,
} from "./placeholders";

const cast = [
  { placeholder: "$Chef", displayName: "der Chef" },
  { placeholder: "$Verkäufer", displayName: "der Verkäufer" },
  { placeholder: "$Kunde_Autohaus", displayName: "der Kunde vom Autohaus" },
];

describe("placeholder names", () => {
  it("accepts $, a letter, then letters, digits and inner underscores, umlauts included", () => {
    for (const name of ["$Chef", "$Verkäufer", "$Stadt_in_der_Nähe", "$Kunde2", "$ßler"])
      expect(isPlaceholderName(name), name).toBe(true);
    for (const name of ["Chef", "$", "$2Chef", "$Chef_", "$_Chef", "$Chef Koch", "$Chef-Koch", "$$Chef"])
      expect(isPlaceholderName(name), name).toBe(false);
  });

  it("suggests a placeholder from a finding's text", () => {
    expect(suggestPlaceholder("Herr Albrecht Brenninger")).toBe("$Herr_Albrecht_Brenninger");
    expect(suggestPlaceholder("Brenninger Haustechnik GmbH")).toBe("$Brenninger_Haustechnik_GmbH");
    expect(suggestPlaceholder("0171 2345678")).toBe("");
    expect(suggestPlaceholder("müller & söhne")).toBe("$Müller_söhne");
  });
});

describe("placeholders in a text", () => {
  it("lists each placeholder once, in order, without escaped ones and prices", () => {
    expect(placeholdersUsed(["$Chef sagt: \\$Nicht und $5.", "Dann $Azubi und $Chef."])).toEqual([
      "$Chef",
      "$Azubi",
    ]);
  });

  it("names the placeholders the cast does not have", () => {
    expect(unknownPlaceholders(["$Chef ruft $Cehf und $Verkäufer."], cast)).toEqual(["$Cehf"]);
    expect(unknownPlaceholders(["Kein Platzhalter."], cast)).toEqual([]);
  });
});

describe("completion", () => {
  it("finds the placeholder being typed before the caret", () => {
    expect(placeholderPrefixAt("Da sagte $Ch", 12)).toEqual({ start: 9, prefix: "$Ch" });
    expect(placeholderPrefixAt("Da sagte $", 10)).toEqual({ start: 9, prefix: "$" });
    expect(placeholderPrefixAt("Kostet $5", 9)).toBeNull();
    expect(placeholderPrefixAt("US$Preis", 8)).toBeNull();
    expect(placeholderPrefixAt("\\$Chef", 6)).toBeNull();
    expect(placeholderPrefixAt("$Chef sagt", 10)).toBeNull();
  });

  it("offers cast members starting with the prefix first, then those containing it", () => {
    expect(completionCandidates(cast, "$").map((m) => m.placeholder)).toEqual([
      "$Chef",
      "$Verkäufer",
      "$Kunde_Autohaus",
    ]);
    expect(completionCandidates(cast, "$ver").map((m) => m.placeholder)).toEqual(["$Verkäufer"]);
    expect(completionCandidates(cast, "$auto").map((m) => m.placeholder)).toEqual(["$Kunde_Autohaus"]);
    expect(completionCandidates(cast, "$xyz")).toEqual([]);
  });

  it("replaces the typed prefix and puts the caret after the placeholder", () => {
    expect(acceptCompletion("Da sagte $Ch und ging.", 9, 12, "$Chef")).toEqual({
      text: "Da sagte $Chef und ging.",
      caret: 14,
    });
  });
});

describe("context of a finding", () => {
  it("shows the words around it, with ellipses where the text goes on", () => {
    const text = "Am Montag rief Herr Brenninger an.";
    const start = text.indexOf("Herr");
    expect(contextOf(text, start, start + 15)).toEqual({
      before: "Am Montag rief ",
      match: "Herr Brenninger",
      after: " an.",
    });
    expect(contextOf(text, start, start + 15, 5).before).toBe("…rief ");
    expect(contextOf(text, start, start + 15, 7)).toEqual({
      before: "…rief ",
      match: "Herr Brenninger",
      after: " an.",
    });
    expect(contextOf(`${text} Danach Ruhe.`, start, start + 15, 9).after).toBe(" an.…");
  });
});
