// What the guard reports, kind by kind: the details an author must not publish, and the ordinary text
// (dates, prices, versions, nouns, placeholders) it must leave alone.
import { describe, expect, it } from "vitest";
import { type FindingKind, findIdentifyingDetails, replaceEverywhere } from "./guard";

/** The findings as [text, kind] pairs, after checking that every offset slices back to its text. */
function found(
  text: string,
  options?: Parameters<typeof findIdentifyingDetails>[1],
): [string, FindingKind][] {
  const findings = findIdentifyingDetails(text, options);
  for (const [index, finding] of findings.entries()) {
    expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    if (index > 0) expect(finding.start).toBeGreaterThanOrEqual(findings[index - 1]!.end);
  }
  return findings.map((finding) => [finding.text, finding.kind]);
}

const texts = (text: string) => found(text).map(([detail]) => detail);

describe("e-mail addresses", () => {
  it("finds plain and obfuscated addresses", () => {
    expect(found("Schreiben Sie an m.mustermann+shop@firma-beispiel.de, bitte.")).toEqual([
      ["m.mustermann+shop@firma-beispiel.de", "email"],
    ]);
    expect(texts("Kontakt: info [at] elektro-beispiel [dot] de oder jens(at)beispiel.at")).toEqual([
      "info [at] elektro-beispiel [dot] de",
      "jens(at)beispiel.at",
    ]);
  });

  it("leaves a lone @ and handles alone", () => {
    expect(found("Das @ fehlte, und auf Twitter hieß er @kabelsalat.")).toEqual([]);
  });
});

describe("telephone numbers", () => {
  it.each([
    "0171/2345678",
    "0171 2345678",
    "+49 30 1234567",
    "+49 (0)30 1234567",
    "030-123 45 67",
    "(0 89) 12 34 56",
    "0049 211 987654",
    "+43 1 234 5678",
    "+41 44 123 45 67",
    "0800 1234567",
    "01712345678",
  ])("finds %s", (number) => {
    expect(found(`Rückruf bitte unter ${number}, danke.`)).toEqual([[number, "phone"]]);
  });

  it.each([
    ["a date", "Am 21.02.2011 fiel der Server aus."],
    ["a date with slashes", "Die Rechnung vom 03/04/2024 war falsch."],
    ["a time", "Um 08:15 Uhr rief er an."],
    ["a price", "Das kostet 1.234,56 € und nicht 0,99 €."],
    ["a version", "Version 10.0.19045 läuft, Windows 11 auch."],
    ["a year", "Das war 2019, nicht 2009."],
    ["an IP address", "Router unter 192.168.178.1 oder 10.0.0.138 aufrufen."],
    ["a customer number", "Meine Kundennummer ist 0123456789."],
    ["an error code", "Fehlercode 0x80070643 beim Update."],
    ["an opening time", "Mo–Fr 09–18 Uhr, Sa 10–14 Uhr."],
    ["a time span", "Der Akku hielt 0 Minuten."],
  ])("leaves %s alone", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("web addresses", () => {
  it("finds addresses with scheme, www and bare domains with their paths", () => {
    expect(texts("Siehe https://beispiel.de/kontakt?x=1 und www.heizung-sanitaer-beispiel.de.")).toEqual([
      "https://beispiel.de/kontakt?x=1",
      "www.heizung-sanitaer-beispiel.de",
    ]);
    expect(texts("Die Seite meinladen.shop ist neu, das Profil facebook.com/meinladen.123 auch.")).toEqual([
      "meinladen.shop",
      "facebook.com/meinladen.123",
    ]);
  });

  it("keeps a Markdown link's closing bracket out", () => {
    expect(texts("Die [Bewertung](https://bewertungen.example.com/firma/x) war mies.")).toEqual([
      "https://bewertungen.example.com/firma/x",
    ]);
  });

  it("leaves file names, abbreviations and platforms without a path alone", () => {
    expect(found("In rechnung.pdf und setup.exe stand z.B. nichts, usw. Bestellt bei amazon.de.")).toEqual(
      [],
    );
  });
});

describe("IBANs", () => {
  it("finds valid IBANs, spaced or not", () => {
    expect(texts("Bitte auf DE89 3704 0044 0532 0130 00 oder CH9300762011623852957 überweisen.")).toEqual([
      "DE89 3704 0044 0532 0130 00",
      "CH9300762011623852957",
    ]);
  });

  it("rejects a wrong checksum and does not swallow the next word", () => {
    expect(found("Konto DE89 3704 0044 0532 0130 01 ist falsch.")).toEqual([]);
    expect(texts("IBAN DE89370400440532013000 BIC COBADEFFXXX")).toEqual(["DE89370400440532013000"]);
  });
});

describe("street addresses and postcodes", () => {
  it("finds compound, separate and prepositional street names", () => {
    expect(texts("Wir liefern in die Goethestraße 7 und die Frankfurter Allee 120b.")).toEqual([
      "Goethestraße 7",
      "Frankfurter Allee 120b",
    ]);
    expect(texts("Abholung An der Kirche 12, Lager am Hauptstr. 3 nicht.")).toContain("An der Kirche 12");
    expect(texts("Büro: Hauptstr. 3-5, zweiter Stock.")).toEqual(["Hauptstr. 3-5"]);
  });

  it("finds postcodes with their town", () => {
    expect(found("Versand nach 80331 München und A-1010 Wien.")).toEqual([
      ["80331 München", "postcode"],
      ["A-1010 Wien", "postcode"],
    ]);
    expect(found("Sie wohnt Lindenweg 3, 54321 Irgendwo.")).toEqual([
      ["Lindenweg 3", "street-address"],
      ["54321 Irgendwo", "postcode"],
    ]);
  });

  it("leaves streets without a number, rooms, dates and counts alone", () => {
    expect(
      found(
        "Er fuhr über die Landstraße. Im Raum 3 stand der Server. Am Montag 3 Kunden, im Jahr 2019 12000 Reparaturen.",
      ),
    ).toEqual([]);
    expect(found("Der Rechner stand am Marktplatz, Platz 3 in der Rangliste.")).toEqual([]);
    expect(found("Papierstau In Fach 2. Die Firewall 2 und der Arbeitsplatz 3 liefen.")).toEqual([]);
  });
});

describe("vehicle registrations", () => {
  it.each(["HH-AB 1234", "M-XY 12E", "B AB 123", "KA-RS 305", "MSP-K 77", "WÜ-LM 8H"])(
    "finds %s",
    (plate) => {
      expect(found(`Der Wagen ${plate} steht im Hof.`)).toEqual([[plate, "vehicle-registration"]]);
    },
  );

  it("leaves connectors, paper sizes and products alone", () => {
    expect(found("Ein Kabel USB-C 3 und Papier DIN A 4 für den Galaxy A54 mit 4 GB RAM.")).toEqual([]);
  });
});

describe("people", () => {
  it("finds names after salutations and titles, without the title", () => {
    expect(found("Herr Sommer und Frau Dr. med. Weiß, dazu Herrn Prof. Dr. Hansen-Grote.")).toEqual([
      ["Sommer", "person"],
      ["Weiß", "person"],
      ["Hansen-Grote", "person"],
    ]);
    expect(texts("Frau von der Heide rief an, danach Familie Özkan.")).toEqual(["von der Heide", "Özkan"]);
  });

  it("takes a first name that is also a surname after a salutation with the surname that follows", () => {
    expect(texts("Am Montag rief Herr Albrecht Brenninger an.")).toEqual(["Albrecht Brenninger"]);
    expect(texts("Herr Albrecht sagte nichts.")).toEqual(["Albrecht"]);
  });

  it("takes the whole name after a salutation and title, even an unlisted first name or a surname that is a noun", () => {
    expect(texts("Dann rief Frau Dr. Hannelore Quast an.")).toEqual(["Hannelore Quast"]);
    expect(texts("Herr Peter Bäcker kam.")).toEqual(["Peter Bäcker"]);
    expect(texts("Frau Elfriede Puchner schrieb. Wir kennen keine Elfriede.")).toEqual([
      "Elfriede Puchner",
      "Elfriede",
    ]);
  });

  it("finds names after roles only when they are known names", () => {
    expect(texts("Geschäftsführerin Petra Lindqvist unterschrieb, Inhaber Schneider auch.")).toEqual([
      "Petra Lindqvist",
      "Schneider",
    ]);
    expect(found("Der Kollege Brötchen holen, der Chef Kaffee trinkend, die Kundin Bescheid.")).toEqual([]);
  });

  it("finds full names with a known first name, also with a middle initial", () => {
    expect(texts("Gestern kam Sabine Krüger, vorher Klaus J. Voss.")).toEqual([
      "Sabine Krüger",
      "Klaus J. Voss",
    ]);
  });

  it("finds every further occurrence of a surname once found", () => {
    expect(texts("Herr Lindqvist kam. Lindqvist wollte Rabatt, Lindqvists Frau nicht.")).toEqual([
      "Lindqvist",
      "Lindqvist",
      "Lindqvists",
    ]);
  });

  it("finds callers introducing themselves, and families by their plural", () => {
    expect(texts("Guten Tag, Lindqvist mein Name. Mein Name ist Albers, hier spricht Schneider.")).toEqual([
      "Lindqvist",
      "Albers",
      "Schneider",
    ]);
    expect(texts("Ich bin Tim, der Neue. Die Hubers von gegenüber und bei Müllers.")).toEqual([
      "Tim",
      "Hubers",
      "Müllers",
    ]);
  });

  it("finds a surname that an e-mail address found gives away", () => {
    expect(
      found("Kunde: Schreiben Sie an h.beckmann@example.org.\nIch: Ihr Name?\nKunde: Beckmann."),
    ).toEqual([
      ["h.beckmann@example.org", "email"],
      ["Beckmann", "person"],
    ]);
    expect(texts("Post an holzwurm@example.net, der Holzwurm im Regal ist alt.")).toEqual([
      "holzwurm@example.net",
    ]);
  });

  it("leaves a woman or man from somewhere alone", () => {
    expect(found("Die Frau von der Post kam, dann ein Herr vom Amt und die Frau vom Bäcker.")).toEqual([]);
  });

  it("finds signatures and first names spoken of with an article", () => {
    expect(texts("Viele Grüße,\nMartina")).toEqual(["Martina"]);
    expect(texts("Frag mal den Jonas, der weiß das.")).toEqual(["Jonas"]);
  });

  it("reads no-break spaces as spaces and reports the original text", () => {
    expect(found("Herr\u00A0Sommer, Tel.\u202F0171\u00A02345678")).toEqual([
      ["Sommer", "person"],
      ["0171\u00A02345678", "phone"],
    ]);
  });

  it("leaves titles without a name, brands and book titles alone", () => {
    expect(
      found(
        "Herr Doktor, bitte! Frau Nachbarin, Herr Hausmeister! Der Herr der Ringe lief, Dr. Oetker im Ofen, Meister Proper im Eimer. Ein Herr kam. Alexa, spiel Musik.",
      ),
    ).toEqual([]);
  });

  it("leaves capitalised nouns at a sentence start alone", () => {
    expect(found("Sommer war es. Winter kam. Lange dauerte es nicht. Kaffee gab es keinen.")).toEqual([]);
  });
});

describe("companies", () => {
  it("finds names with legal forms, including the name words before the form", () => {
    expect(
      texts(
        "Die Weber & Kranz GmbH & Co. KG mahnte, die Lindqvist Consulting UG (haftungsbeschränkt) nicht.",
      ),
    ).toEqual(["Weber & Kranz GmbH & Co. KG", "Lindqvist Consulting UG (haftungsbeschränkt)"]);
    expect(texts("Für den Angelverein Petri Heil e.V. und die Rheinblick Immobilien AG.")).toEqual([
      "Angelverein Petri Heil e.V.",
      "Rheinblick Immobilien AG",
    ]);
  });

  it("finds a company introduced as Firma, and a trade named after its owner", () => {
    expect(texts("Die Firma Kranz & Söhne rief an, dann die Metzgerei Schneider.")).toEqual([
      "Kranz & Söhne",
      "Metzgerei Schneider",
    ]);
  });

  it("leaves legal forms without a name alone", () => {
    expect(found("Die Firma $Sowieso GmbH und die AG der Schule, 5 KG Kabel, das iPhone SE.")).toEqual([]);
  });
});

describe("places", () => {
  it("finds unambiguous towns anywhere, and multi-word names whole", () => {
    expect(texts("Karlstadt war nah, Rothenburg ob der Tauber auch, und Frankfurt am Main.")).toEqual([
      "Karlstadt",
      "Rothenburg ob der Tauber",
      "Frankfurt am Main",
    ]);
  });

  it("finds towns that are ordinary words only after a preposition of place", () => {
    expect(texts("Sie kam aus Hof und fuhr nach Essen, dann zwischen Halle und Laufen.")).toEqual([
      "Hof",
      "Essen",
      "Halle",
      "Laufen",
    ]);
    expect(
      found("Weil der Server streikte, war das Essen kalt. Der Hof war leer, die Halle auch. Leer war es."),
    ).toEqual([]);
  });

  it("finds regions with their article and German names of foreign-recorded towns", () => {
    expect(texts("Urlaub im Allgäu, Kunden in München und Wien.")).toEqual(["Allgäu", "München", "Wien"]);
  });

  it("leaves countries and currencies alone", () => {
    expect(found("Ein Kunde aus Österreich zahlte in Schweizer Franken.")).toEqual([]);
  });
});

describe("placeholders and safe texts", () => {
  it("never reports a placeholder or anything inside one", () => {
    expect(
      found("Herr $Kunde von der $Sowieso GmbH aus $Stadt_in_der_Nähe rief $Verkäufer unter $Telefon an."),
    ).toEqual([]);
  });

  it("treats an escaped dollar as a literal dollar sign", () => {
    expect(found("Das Kabel kostete 39 \\$ bei $Händler.")).toEqual([]);
    expect(texts("Preis: \\$Sommer Herr Sommer")).toEqual(["Sommer", "Sommer"]);
  });

  it("drops findings whose exact text an author marked as safe", () => {
    const text = "Herr Sommer aus Würzburg rief an.";
    expect(texts(text)).toEqual(["Sommer", "Würzburg"]);
    expect(found(text, { safeTexts: ["Würzburg"] })).toEqual([["Sommer", "person"]]);
    expect(found(text, { safeTexts: new Set(["würzburg"]) })).toHaveLength(2);
  });
});

describe("replaceEverywhere", () => {
  it("replaces whole words only, repeated names included", () => {
    expect(replaceEverywhere("Herr Sommer, Sommerreifen, Sommer. Sommer!", "Sommer", "$Kunde")).toEqual({
      text: "Herr $Kunde, Sommerreifen, $Kunde. $Kunde!",
      count: 3,
    });
  });

  it("respects umlauts at word boundaries", () => {
    expect(replaceEverywhere("Müller, Müllers und Obermüller, Müller-Lüdenscheidt", "Müller", "$X")).toEqual({
      text: "$X, Müllers und Obermüller, $X-Lüdenscheidt",
      count: 2,
    });
    expect(replaceEverywhere("Öztürk öffnete. Öztürks Laden.", "Öztürk", "$Y").count).toBe(1);
  });

  it("never touches a placeholder", () => {
    expect(replaceEverywhere("$Sommer und $Kunde_Sommer und Sommer", "Sommer", "$Kunde")).toEqual({
      text: "$Sommer und $Kunde_Sommer und $Kunde",
      count: 1,
    });
  });

  it("treats regular-expression characters and replacement patterns literally", () => {
    expect(replaceEverywhere("Ruf (030) 12 34 56 an, (030) 12 34 56!", "(030) 12 34 56", "$Tel")).toEqual({
      text: "Ruf $Tel an, $Tel!",
      count: 2,
    });
    expect(replaceEverywhere("Die A.B.C. e.K. und A.B.C. e.K.", "A.B.C. e.K.", "$& $1")).toEqual({
      text: "Die $& $1 und $& $1",
      count: 2,
    });
    expect(replaceEverywhere("a+b a.b", "a.b", "x")).toEqual({ text: "a+b x", count: 1 });
  });

  it("reports no replacement for an empty or absent target", () => {
    expect(replaceEverywhere("Text", "", "$X")).toEqual({ text: "Text", count: 0 });
    expect(replaceEverywhere("Text", "Sommer", "$X")).toEqual({ text: "Text", count: 0 });
  });
});
