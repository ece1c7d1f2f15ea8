// Hand-kept word lists of the anonymisation guard: names, titles, legal forms, and the ordinary words
// that look like names but are not. Written for the project from general knowledge of German usage.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

/** Frequent first names in Germany, Austria and Switzerland, across the generations and origins. */
export const firstNames = words(`
  Achim Adam Adrian Ahmed Ahmet Alessandro Alexander Alfred Ali Andreas Andrej Andrzej André Antonio Anton
  Armin Arne Arno Arnold Artur Axel Bastian Benedikt Benjamin Bernd Bernhard Björn Bodo Boris Bruno Burak
  Burkhard Carl Carsten Cem Christian Christoph Christopher Claus Constantin Daniel David Denis Dennis Detlef
  Dieter Dietmar Dirk Dmitri Dominik Edgar Eduard Egon Elias Emil Emre Erich Erik Erwin Eugen Fabian Fatih
  Felix Ferdinand Finn Florian Francesco Franz Friedrich Gabriel Georg Gerald Gerd Gerhard Giovanni Giuseppe
  Gregor Günter Günther Gustav Hakan Hans Harald Hartmut Hasan Heiko Heinrich Heinz Helmut Hendrik Henning
  Henrik Herbert Hermann Holger Hubert Hüseyin Ibrahim İbrahim Ingo Jacek Jakob James Janik Jannik Jens
  Jerzy Jochen Johann Johannes John Jonas Jonathan Josef Joseph Julian Julius Jürgen Karim Karl Karsten
  Kemal Kevin Klaus Konrad Konstantin Krzysztof Kurt Lars Lennart Leon Leonard Lorenz Luca Luigi Lukas Lutz
  Malte Manfred Manuel Marc Marcel Marco Marcus Marek Mario Marius Markus Martin Marvin Mathias Matteo
  Matthias Maximilian Mehmet Michael Mike Mohamed Mohammed Moritz Murat Mustafa Nico Niklas Nikolai Nils
  Norbert Olaf Oliver Omar Oskar Osman Paolo Pascal Patrick Paul Paweł Peter Philipp Piotr Rainer Ralf
  Ralph Reinhard Reinhold René Richard Robert Roland Rolf Rüdiger Rudolf Samir Sebastian Serkan Sergej
  Siegfried Simon Stefan Steffen Stephan Sven Thomas Thorsten Tim Timo Tobias Tom Tomasz Torsten Udo Ulrich
  Uwe Valentin Viktor Volker Walter Werner Wilhelm Willi Wladimir Wojciech Wolfgang Yannick Yusuf
  Agnes Agnieszka Alexandra Alina Anastasia Andrea Angela Angelika Anja Anke Anna Annette Antje Astrid
  Aylin Ayşe Barbara Beate Bettina Bianca Birgit Brigitte Carina Carmen Carola Caroline Charlotte Christa
  Christiane Christina Christine Claudia Cornelia Dagmar Daniela Denise Diana Doris Dorothea Edith Elena
  Elif Elisabeth Elke Ella Ellen Emilia Emine Emma Erika Eva Ewa Fatma Franziska Frieda Gabriele Gerda
  Gertrud Gisela Hanna Hannah Hatice Heidi Heike Helga Helene Hildegard Ilse Ina Ines Inge Ingrid Irene
  Irina Isabel Jacqueline Jana Janina Jasmin Jennifer Jessica Johanna Josephine Judith Julia Juliane Jutta
  Karin Katarzyna Katharina Kathrin Katja Katrin Kerstin Klara Kristina Laura Lea Lena Leonie Leyla Lina
  Linda Lisa Luise Lydia Magdalena Maja Manuela Mareike Maria Marie Marina Marion Marlene Martina Melanie
  Mia Michaela Miriam Monika Nadine Nadja Natalia Natalie Nicole Nina Nora Olga Özlem Paula Petra Pia
  Rebecca Regina Renate Rita Ronja Rosemarie Ruth Sabine Sabrina Sandra Sara Sarah Selin Sibel Silke Simone
  Sonja Sophia Sophie Stefanie Stephanie Susanne Svenja Svetlana Swantje Tanja Tatjana Theresa Tina Ulrike
  Ursula Ute Vanessa Vera Verena Viktoria Waltraud Yvonne Zeynep
  Alexa Ben Can Ernst Frank Fritz Horst Hugo Iris Jan Kai Mark Max Mercedes Otto Roman Rose Wolf
`);

/**
 * First names that are also ordinary words, brands or assistants ("Frank" und frei, "Alexa", "Mercedes",
 * "Roman" the novel): they count only before a known surname ("Frank Müller"), never alone.
 */
export const ambiguousFirstNames = words(`
  Alexa Ben Can Ernst Frank Fritz Horst Hugo Iris Jan Kai Mark Max Mercedes Otto Roman Rose Wolf
`);

/** Frequent surnames in Germany, Austria and Switzerland, including Turkish and Polish ones. */
export const surnames = words(`
  Ahrens Aigner Albrecht Arndt Arnold Bach Baumann Baumgartner Beck Becker Bender Berg Berger Bergmann
  Beyer Binder Bock Böhm Böttcher Brand Brandt Braun Brinkmann Brunner Budde Bühler Busch Busse Dietrich
  Dittrich Dörr Ebert Eckert Eder Egger Ehlers Engel Engelhardt Fiedler Fink Fischer Franke Frey Friedrich
  Fuchs Fuhrmann Gebhardt Geiger Gerber Gerlach Göbel Götz Graf Groß Gruber Günther Haas Haase Hagen Hahn
  Haider Hammer Hansen Hartmann Hartung Hauser Heinrich Hempel Hentschel Hermann Herrmann Herzog Heß Hess
  Hinz Hofer Hoffmann Hofmann Hofmeister Hoppe Horn Huber Hübner Jacobs Jäger Jahn Jansen Jung Kaiser
  Kaufmann Keller Kessler Keßler Kirchner Klein Klose Koch Köhler Kolb Koller König Körner Kraft Kramer
  Krämer Kraus Krause Krebs Kretschmer Krieger Krüger Kruse Kuhlmann Kuhn Kühn Kühne Kunz Kunze Lang Lange
  Lechner Lehmann Lehner Leitner Lenz Lindner Link Lorenz Lorenzen Ludwig Lutz Maier Marx Maurer Mayer Mayr
  Meier Menzel Mertens Meyer Michel Möller Mohr Moser Müller Münch Nagel Neumann Nielsen Noack Oswald Ott
  Otte Peters Petersen Pfeifer Pfeiffer Pichler Pietsch Pohl Popp Rau Reich Reinhardt Reiter Reuter
  Richter Riedel Rieger Ritter Roth Rothe Rudolph Sander Sauer Schade Schenk Scherer Schilling Schlegel
  Schmid Schmidt Schmitt Schmitz Schneider Scholz Schott Schramm Schreiber Schreiner Schröder Schubert
  Schuhmacher Schulte Schulz Schulze Schumacher Schuster Schütte Schütz Schwab Schwaiger Schwarz Seidel
  Seidl Seifert Siebert Sommer Stadler Stahl Stark Stein Steiner Strauß Sturm Thiel Thiele Thieme Ullrich
  Vetter Vogel Vogt Voigt Vollmer Wagner Wallner Walther Weber Wegener Weidner Weigel Weis Weiß Wendt
  Wenzel Werner Wieser Wiese Wilke Wimmer Winkelmann Winkler Winter Wirth Witt Wolff Wolter Zander Ziegler
  Zimmer Zimmermann
  Nowak Kowalski Kowalczyk Wiśniewski Wisniewski Wójcik Lewandowski Kamiński Zieliński Szymański Woźniak
  Jankowski Mazur Krawczyk Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Yildiz Öztürk Özdemir
  Aydın Aydin Arslan Doğan Dogan Kılıç Kilic Özkan Polat Ivanov Petrov Smirnov Popov Rossi Russo Bianchi
  Romano Ferrari Esposito Nguyen Tran Smith Miller Garcia Martinez Lopez Silva Santos Pereira Costa
`);

/** Salutations and titles after which a capitalised word is a name ("Herr Sommer", "Dr. Weiß"). */
export const salutations = words(`Herr Herrn Frau Fr Hr Dr Prof Familie Fam`);

/** Nobiliary particles that belong to the name ("Herr von Bülow"). */
export const nameParticles = words(`von van de del della di zu ter ten`);

/**
 * Roles before a name ("Geschäftsführer Brandt", "Kollegin Anna Nowak"): weaker than a salutation, because
 * "der Kollege Kaffee trinkend" is not a name, so a known first name or surname must follow.
 */
export const roleNouns = words(`
  Geschäftsführer Geschäftsführerin Inhaber Inhaberin Chef Chefin Kollege Kollegin Kassenwart Kassenwartin
  Sachbearbeiter Sachbearbeiterin Nachbar Nachbarin Mitarbeiter Mitarbeiterin Leiter Leiterin Vorstand
  Abteilungsleiter Abteilungsleiterin Filialleiter Filialleiterin Prokurist Prokuristin Hausmeister
  Hausmeisterin Vermieter Vermieterin Azubi Lehrling Monteur Techniker Technikerin Kunde Kundin Patient
  Patientin Mandant Mandantin Onkel Tante Neffe Nichte Cousin Cousine Schwager Schwägerin Bruder Schwester
  Sohn Tochter Opa Oma Ehemann Ehefrau Mann Freund Freundin
`);

/** Words that open a letter, comment or signature and are followed by a first name ("Gruß, Thomas"). */
export const greetings = words(`
  Hallo Hi Hey Moin Servus Liebe Lieber Gruß Grüße Grüßen Gruss Grüsse LG VG MfG Ciao Tschüss Danke
`);

/** Capitalised nouns that follow a salutation or a first name without being a name. */
export const notNames = words(`
  Doktor Doktorin Professor Professorin Kollege Kollegin Kollegen Nachbar Nachbarin Pfarrer Pfarrerin
  Direktor Direktorin Minister Ministerin Präsident Präsidentin Bürgermeister Bürgermeisterin Ober Wachtmeister
  Kommissar Kommissarin Lehrer Lehrerin Chef Chefin Vorsitzende Vorsitzender Anwalt Anwältin Ingenieur
  Kunde Kundin Kunden Techniker Technikerin Verkäufer Verkäuferin Mitarbeiter Mitarbeiterin Gott Herrgott
  Bescheid Recht Unrecht Zeit Angst Lust Hilfe Dank Glück Pech Kaffee Tee Brötchen Kuchen Bier Wasser Geld
  Arbeit Urlaub Feierabend Pause Termin Rechnung Auftrag Angebot Drucker Computer Rechner Laptop Handy
  Telefon Server Router Kabel Bildschirm Monitor Tastatur Maus Netzteil Akku Passwort Internet Mail Ware
  Paket Teil Stecker Fehler Problem Ordnung Sache Frage Antwort Auto Wagen Schlüssel Uhr Euro Prozent
  Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Februar März April Mai Juni
  Juli August September Oktober November Dezember Firma Bürger Damen Herren Leute Sowieso Soundso
`);

/** Brands and fictional characters that look like a title and a name. */
export const namedBrands: readonly string[] = [
  "Dr. Oetker",
  "Dr. Best",
  "Dr. Martens",
  "Dr. Pepper",
  "Dr. Hauschka",
  "Dr. Scholl",
  "Dr. Klein",
  "Dr. Sommer",
  "Dr. House",
  "Dr. Who",
  "Dr. Watson",
  "Dr. Frankenstein",
  "Dr. No",
  "Dr. Seltsam",
  "Meister Proper",
  "Meister Eder",
  "Tante Emma",
  "Onkel Tom",
  "Frau Holle",
  "Herr Rossi",
  "Onkel Dagobert",
];

/**
 * Legal forms, longest first so that "GmbH & Co. KG" wins over "GmbH". A form only counts with a name
 * before it ("Nordlicht Logistik AG"); "$Sowieso GmbH" and "die AG" have none.
 */
export const legalForms: readonly string[] = [
  "UG (haftungsbeschränkt) & Co. KG",
  "UG (haftungsbeschränkt)",
  "GmbH & Co. KGaA",
  "GmbH & Co. KG",
  "AG & Co. KGaA",
  "AG & Co. KG",
  "PartG mbB",
  "mbB",
  "gGmbH",
  "GmbH",
  "mbH",
  "KGaA",
  "AG",
  "KG",
  "OHG",
  "oHG",
  "GbR",
  "PartG",
  "UG",
  "e.K.",
  "e. K.",
  "e.Kfm.",
  "e.Kfr.",
  "e.V.",
  "e. V.",
  "eG",
  "SE",
  "Ltd.",
  "Ltd",
  "Limited",
  "Inc.",
  "LLC",
  "Corp.",
  "S.A.",
  "B.V.",
  "N.V.",
  "& Co.",
];

/** Kinds of business that are named after their owner ("Autohaus Brandt", "Bäckerei Lange"). */
export const businessNouns = words(`
  Autohaus Autowerkstatt Werkstatt Kfz-Werkstatt Bäckerei Metzgerei Fleischerei Konditorei Schreinerei
  Tischlerei Zimmerei Dachdeckerei Gärtnerei Druckerei Brauerei Apotheke Drogerie Optik Augenoptik Friseur
  Friseursalon Kanzlei Steuerkanzlei Anwaltskanzlei Notariat Zahnarztpraxis Arztpraxis Tierarztpraxis
  Gasthaus Gasthof Hotel Pension Restaurant Pizzeria Café Bistro Imbiss Elektro Elektrohaus Malerbetrieb
  Bauunternehmen Baufirma Fahrschule Reisebüro Blumenhaus Buchhandlung Modehaus Möbelhaus Kaufhaus
  Schuhhaus Sanitätshaus Computerladen Computerservice Systemhaus Versicherungsbüro Getränkemarkt
  Sanitär Heizungsbau Spedition Transporte Reinigung Gebäudereinigung
`);

/** Words that introduce a company by its name ("die Firma Bergmann"). */
export const companyWords = words(`Firma Fa`);

/**
 * German function words (compared in lower case). They end a name or company to the left, and are
 * never a name, a company or a place themselves ("Die Holzwurm Schreinerei UG" starts at "Holzwurm").
 */
export const functionWords = words(`
  der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner ich du er sie es
  wir ihr mich dich sich uns euch mir dir ihm ihnen mein meine meinen meinem meiner meines dein deine deinen
  deinem deiner sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres unser unsere unseren
  unserem unserer euer eure dieser diese dieses diesen diesem jener jene jede jeder jedes jeden jedem alle
  allen aller alles man in im am an auf aus bei beim mit nach von vom vor zu zum zur für über unter um
  durch gegen ohne seit bis ab als wenn weil dass daß ob und oder aber doch denn dann da hier dort heute
  gestern morgen jetzt noch schon auch nur so wie was wer wo wann warum welche welcher welches ja nein nicht
  bitte danke hallo gut sehr mal also zwar trotzdem deshalb dabei damit dazu darauf danach nun immer nie
  wieder etwa gerade leider natürlich vielleicht eigentlich selbst kurz gleich endlich plötzlich sonst
  genau erst zuerst später früher bald zwischen neben hinter statt trotz während wegen laut sowie sondern
  bevor nachdem obwohl falls ins ans aufs zwei drei vier fünf viele einige beide andere anderer anderen
  the a an of and or to on at for with is are was it this that you we he she they
`);

/** Articles, determiners and contractions: a word right after one is a noun ("das Essen", "im Zoo"). */
export const determiners = words(`
  der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner im am vom zum
  zur beim ins ans aufs mein meine meinen meinem meiner dein deine deinen deinem deiner sein seine seinen
  seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem unserer dieser diese dieses diesen
  diesem jeder jede jedes jeden jedem
`);

/** Contractions that never precede a person's name ("im Sommer" is the season, not Herr Sommer). */
export const contractions = words(`im am vom zum zur beim ins ans aufs`);

/** Acronyms that look like a vehicle registration's district ("USB-C 3", "DIN A 4"). */
export const notRegistrationDistricts = words(`
  USB DIN PC CD DVD TV IT HD SD MP PS GB MB KB TB LTE EU US UK ID OK SMS PDF IP NR BMW VW AMD HP LG ISO EN DE
  RAM SSD HDD CPU GPU USA ABC TÜV ADAC DSL AT CH FC SV VFB BVB TSV MS MAC IOS OS AB UKW EC
`);

/** Words before a number that make it an identifier of something else, not a telephone number. */
export const notPhoneContext = words(`
  Kundennummer Bestellnummer Rechnungsnummer Artikelnummer Seriennummer Auftragsnummer Vertragsnummer
  Ticketnummer Vorgangsnummer Aktenzeichen Steuernummer Versicherungsnummer Mitgliedsnummer Kontonummer
  Nr Az ID Version Fehler Fehlercode Code PIN PUK TAN Build Modell Typ Artikel
`);

/** Units and counted things after a number, which therefore is no house number ("Am Montag 3 Kunden"). */
export const unitWords = words(`
  Uhr Euro EUR € % Prozent Stück Mal mal km kg cm mm m h min x Minuten Stunden Tage Tagen Wochen Monate
  Jahre Jahren Jahr Cent Grad
`);

/**
 * Words after "Am"/"Im"/"Zum" that are times, rooms or counted things rather than streets, so that
 * "Im Raum 3" or "Am Montag 3" is no address.
 */
export const notStreetNames = words(`
  Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Wochenende Januar Februar März April
  Mai Juni Juli August September Oktober November Dezember Jahr Jahre Monat Tag Abend Morgen Mittag Ende
  Anfang Schnitt Durchschnitt Moment Alter Raum Zimmer Büro Lager Keller Stock Gang Saal Halle Level
  Kapitel Abschnitt Teil Schritt Team Punkt Fall Bus Zug Gleis Gate Platz Rang Schalter Tisch Kasse Fach
  Regal Schrank Ordner Slot Port Steckplatz Feld Spalte Zeile Reihe Stufe Modus
  Ganzen Grunde Prinzip Übrigen Allgemeinen Wesentlichen Einzelnen Vergleich Zweifel Gegenteil Notfall
  Telefon Bildschirm Menü Router Server Rechner Laptop Display Formular Paket Tarif Vertrag Angebot
`);

/** Street words, as the end of a compound ("Musterstraße") and as a word of their own ("Berliner Straße"). */
export const streetSuffixes: readonly string[] = [
  "straße",
  "strasse",
  "str.",
  "weg",
  "gasse",
  "allee",
  "platz",
  "ring",
  "damm",
  "ufer",
  "chaussee",
  "steig",
  "pfad",
  "stieg",
  "promenade",
  "graben",
  "wall",
  "markt",
  "anger",
  "zeile",
  "kamp",
  "twiete",
  "redder",
  "brücke",
];

/** Compounds with a street word that are no street ("Arbeitsplatz 3", "Firewall 2", "Kopfzeile 1"). */
export const notStreets = words(`
  Arbeitsplatz Parkplatz Stellplatz Sitzplatz Speicherplatz Steckplatz Marktplatz Spielplatz Sportplatz
  Firewall Kopfzeile Fußzeile Eingabezeile Befehlszeile Statuszeile Adresszeile Betreffzeile Einstieg
  Anstieg Aufstieg Abstieg Umstieg Rückweg Hinweg Umweg Ausweg Lieferweg Dienstweg Rechtsweg Heimweg Datenpfad
  Suchpfad Dateipfad Supermarkt Getränkemarkt Baumarkt Flohmarkt Arbeitsmarkt Wochenmarkt Weihnachtsmarkt
  Elektromarkt Netzwerkbrücke Hering Ehering Schlüsselring Dichtungsring Kupplungsring Haltering Schutzwall
  Burggraben Wassergraben Stadtgraben Staudamm
`);

/** Prepositions that start a street name of their own ("Am Markt 3", "Im Wiesengrund 4", "An der Kirche 1"). */
export const streetPrepositions = words(`Am Im An Auf In Zum Zur Unter Hinter Vor Beim Bei Über`);

/** Prepositions (with the article that may follow them) after which a capitalised word is a place. */
export const placePrepositions = words(`
  in aus nach von bei vor über bis ab gen nahe um Richtung zwischen hinter Raum Großraum Landkreis Kreis
  Gemeinde Stadt Region Umgebung Nähe
`);

/** Platforms whose bare domain names no one ("bei amazon.de bestellt"); with a path they do. */
export const platformDomains = words(`
  amazon.de amazon.com ebay.de ebay.com google.de google.com youtube.com facebook.com instagram.com
  wikipedia.org de.wikipedia.org twitter.com x.com tiktok.com linkedin.com xing.com paypal.com paypal.de
  apple.com microsoft.com web.de gmx.de gmx.net t-online.de
`);

/** Top-level domains of bare domain names. File endings that share a code (.py, .sh, .md) are left out. */
export const topLevelDomains: readonly string[] = [
  "de",
  "at",
  "ch",
  "li",
  "lu",
  "com",
  "net",
  "org",
  "eu",
  "info",
  "biz",
  "io",
  "nl",
  "be",
  "fr",
  "it",
  "es",
  "dk",
  "se",
  "uk",
  "us",
  "online",
  "shop",
  "store",
  "app",
  "tv",
  "me",
  "cc",
  "berlin",
  "hamburg",
  "koeln",
  "bayern",
  "nrw",
  "ruhr",
  "email",
  "cloud",
  "website",
  "digital",
  "gmbh",
];
