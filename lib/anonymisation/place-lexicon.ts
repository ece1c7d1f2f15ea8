// Hand-kept additions to the generated gazetteer: German names GeoNames lacks, regions, and the place
// names that are ordinary German words. The lists of ambiguous names were drawn up by comparing the
// gazetteer with a German word list and then sorted by hand.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));
const lines = (list: string): readonly string[] =>
  list
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** German names of towns that GeoNames records under another name ("Munich", "Vienna", "Bolzano"). */
export const germanExonyms = lines(`
  München
  Nürnberg
  Wien
  Genf
  Biel
  Neuenburg
  Luxemburg
  Bozen
  Meran
  Brixen
  Sterzing
  Bruneck
  Straßburg
  Mülhausen
  Danzig
  Breslau
  Stettin
  Posen
  Prag
  Pressburg
  Mailand
`);

/** Federal states, cantons and well-known regions: named with or without an article ("im Allgäu"). */
export const regions = lines(`
  Baden-Württemberg
  Bayern
  Brandenburg
  Hessen
  Mecklenburg-Vorpommern
  Mecklenburg
  Vorpommern
  Niedersachsen
  Nordrhein-Westfalen
  Rheinland-Pfalz
  Rheinland
  Saarland
  Sachsen
  Sachsen-Anhalt
  Schleswig-Holstein
  Thüringen
  Westfalen
  Holstein
  Burgenland
  Kärnten
  Niederösterreich
  Oberösterreich
  Steiermark
  Tirol
  Osttirol
  Südtirol
  Vorarlberg
  Salzburger Land
  Aargau
  Appenzell
  Baselland
  Basel-Landschaft
  Graubünden
  Glarus
  Nidwalden
  Obwalden
  Schwyz
  Solothurn
  Tessin
  Thurgau
  Uri
  Waadt
  Wallis
  Allgäu
  Eifel
  Vulkaneifel
  Sauerland
  Siegerland
  Ruhrgebiet
  Ruhrpott
  Schwarzwald
  Odenwald
  Spessart
  Rhön
  Harz
  Erzgebirge
  Vogtland
  Lausitz
  Oberlausitz
  Uckermark
  Prignitz
  Altmark
  Spreewald
  Havelland
  Oberpfalz
  Pfalz
  Kurpfalz
  Franken
  Unterfranken
  Mittelfranken
  Oberfranken
  Oberbayern
  Niederbayern
  Schwaben
  Emsland
  Münsterland
  Ostfriesland
  Nordfriesland
  Dithmarschen
  Sylt
  Rügen
  Usedom
  Fehmarn
  Föhr
  Amrum
  Bodensee
  Chiemsee
  Chiemgau
  Ammersee
  Starnberger See
  Müritz
  Berchtesgadener Land
  Salzkammergut
  Wachau
  Zillertal
  Ötztal
  Stubaital
  Pinzgau
  Pongau
  Mühlviertel
  Waldviertel
  Weinviertel
  Innviertel
  Montafon
  Engadin
  Emmental
  Rheingau
  Rheinhessen
  Hunsrück
  Westerwald
  Taunus
  Wetterau
  Vogelsberg
  Fichtelgebirge
  Bayerischer Wald
  Steigerwald
  Frankenwald
  Altmühltal
  Breisgau
  Hegau
  Kraichgau
  Hohenlohe
  Ortenau
  Markgräflerland
  Kaiserstuhl
  Mosel
  Lüneburger Heide
  Wendland
  Bergisches Land
  Niederrhein
  Eichsfeld
  Sächsische Schweiz
  Holsteinische Schweiz
  Mecklenburgische Seenplatte
`);

/**
 * Place names that are ordinary words or names ("Essen", "Hof", "Weil", "Halle", "Laufen", "Kamen"):
 * a place only right after a preposition of place ("aus Hof", "in Essen"), never at a sentence start or
 * after an article ("das Essen", "der Hof").
 */
export const ambiguousPlaces = words(`
  Wiesen Wies Werfen Weiten Unken Trieben Strengen Pack Langen Höchst Griffen Fügen Baden Au Mauer Lind
  Zwingen Wohlen Trogen Speicher Schwanden Sattel Rolle Messen Matten Lungern Linden Lausen Laufen Eich
  Bauen Hausen Wissen Winden Werben Wenden Weisen Weil Weiden Wehr Wedel Treuen Tauche Süßen Strande
  Springe Sonnen Singen Siegen Senden Schüren Schmelz Schleife Schlangen Roden Rissen Recke Rauen Nützen
  Nagel Müden Mengen Mehren Mauern Lohne Löhne Lichte Leimen Lehrte Lehre Leer Lauter Lauf Kürten Kamen
  Igel Holzen Hehlen Hatten Haste Halle Grub Graben Gießen Frechen Essen Erlangen Enger Engen Empfingen
  Dümmer Bücken Bogen Bergen Berge Balge Ausleben Aalen Schieren Weiler Stall Ries Kloster Horn Hof Berg
  Rain Ufer Zug Wald Bulle Buchs Sande Saal Polle Moos Krempe Holm Heide Hahn Forst Elster Burg Bunde
  Bünde Buch Aue Weinberg Vogt Schlitz Schlegel Münster Mühlen Lech Kapellen Höfen Auen Wangen Steinen
  Schlieren Heiden Grabs Erlen Bellevue Werder Wedding Tiergarten Schwerte Schotten Stolpe Stegen Lotte
  Lenzen Kirchen Gutenberg Friedland Frankenstein Borken Heringen Gesundbrunnen Glashütten Waldsee Worms
  Hagen Roth Klaus Achim Horst Pfalz Franken Schwaben Rügen Harz Mosel Wetter Feucht Wissen Lang Hart
  Stumm Spitz Diesseits Nette Halbe Glatten Gingst Eben Reit Kahl Gingen Buchen Haltern Vagen
`);

/**
 * Place names so common as words that even a preposition does not make them places ("bei Regen",
 * "aus Stein", "nach Osten", "von Haus aus"). Only a longer name containing them counts ("Regen" no,
 * "Bad Regen..." yes).
 */
export const neverPlaces = words(`
  Alle Ganz Ins Nahe Binnen Regen Waren Stelle Wellen Welle Lachen Rot Bissen Gare Stein Sand Salz Haus
  Sonntag Wahl Sinn Kork Fell Haar Rahm Milz Paradies Industriegebiet Landstraße Kalk Brand See Dorf Bach
  Viereck Weste Körner Korb Kordel Otter Floß Riegel Rehe Hohn Winzer Biere Heere Bark Rohr Altenheim
  Eisenerz Klötze Spielfeld Rum Ratten Obdach Mutters Himmelreich Bernstein Ahorn Favoriten Bergland
  Neubau Wahlen Sitten Quarten Meilen Kerns Dachsen Apples Riviera Wolken Venusberg Übersee Triebes Spalt
  Schonungen Schierling Pracht Petting Pech Osten Norden Neuland Motten Mitte Mantel Machern List Leck
  Lauben Lage Küsten Kuchen Könnern Grube Föhren Felde Engeln Egeln Datteln Brunnen Brücken Bann Asseln
  Alpen Elbe Altstadt Gartenstadt Zoo Hauptbahnhof Nordbahnhof Planken Eschen Kehlen Cents Stöcken Stößen
  Häusern Lieblos Welt Eiche Linde Mark Weiß Hammer Krone Kreuz Stern Sonne Rose Spital Hall Ort Kasten
  Kammern Fels Feld Tal Nord Süd Watt Vorstadt Zentrum Boden Rathaus City Enge Werd Zimmern Allerheiligen
  Obstgarten Aura Dienten Schützen
`);

/** Several-word names that read as an ordinary phrase ("Weil der Stadt das Geld fehlte …"). */
export const ambiguousPlacePhrases: ReadonlySet<string> = new Set(
  lines(`
    Weil der Stadt
    Sankt Martin
    St. Martin
  `),
);

/** Several-word gazetteer entries that are ordinary phrases and nothing else. */
export const neverPlacePhrases: ReadonlySet<string> = new Set(
  lines(`
    Altes Lager
    Innere Stadt
    Neue Heimat
    Städtchen und Umgebung
  `),
);
