// Demo content for an empty database: German, invented, anonymised. Shape in ./demo-types.
import type { DemoContent } from "./demo-types";

/** A Markdown code fence; backticks cannot appear unescaped in the template literals below. */
const fence = "```";

const illustration = {
  width: 1200,
  height: 630,
  credit: "Illustration: Casebook-Demo",
  source: "Quelle: eigene Grafik",
} as const;

export const demoContent: DemoContent = {
  authors: [
    {
      key: "jana",
      name: "Jana Wendt",
      email: "jana@example.org",
      slug: "jana-wendt",
      bio: "Leitet die Redaktion von Casebook. Hat zehn Jahre in der Kundenbetreuung eines Handwerksverbands gearbeitet und sammelt seitdem Geschichten von Menschen, die täglich mit Kundschaft zu tun haben.",
      role: "ADMIN",
    },
    {
      key: "mirko",
      name: "Mirko Hasselbach",
      email: "mirko@example.org",
      slug: "mirko-hasselbach",
      bio: "Techniker in einem kleinen Systemhaus. Repariert Drucker, richtet Datensicherungen ein und schreibt auf, was er dabei erlebt – gründlich anonymisiert.",
      role: "EDITOR",
    },
    {
      key: "frieda",
      name: "Frieda Kolbe",
      email: "frieda@example.org",
      slug: "frieda-kolbe",
      bio: "Schreinergesellin in einem Betrieb mit sechs Leuten. Mag Eiche, ehrliche Angebote und Kundschaft, die vorher sagt, was sie will.",
      role: "AUTHOR",
    },
  ],

  categories: [
    {
      slug: "aus-dem-alltag",
      name: "Aus dem Alltag",
      description: "Kleine und größere Begebenheiten aus Werkstatt, Büro und Kundengespräch.",
    },
    {
      slug: "werkstatt",
      name: "Werkstatt",
      description:
        "Wie wir arbeiten: Handwerk, Technik und die Tricks, die man nicht in der Ausbildung lernt.",
    },
    {
      slug: "kundenservice",
      name: "Kundenservice",
      description: "Rückrufe, Absagen, Beschwerden – und wie man dabei freundlich bleibt.",
    },
    {
      slug: "preise-und-angebote",
      name: "Preise & Angebote",
      description: "Über Stundensätze, Rabatte und die Frage, was Arbeit eigentlich kosten darf.",
    },
    {
      slug: "in-eigener-sache",
      name: "In eigener Sache",
      description: "Neuigkeiten aus den Betrieben und aus der Redaktion.",
    },
  ],

  tags: [
    { slug: "kundschaft", name: "Kundschaft" },
    { slug: "it-service", name: "IT-Service" },
    { slug: "schreinerei", name: "Schreinerei" },
    { slug: "kleinbetrieb", name: "Kleinbetrieb" },
    { slug: "telefon", name: "Telefon" },
    { slug: "chefsache", name: "Chefsache" },
    { slug: "ehrlichkeit", name: "Ehrlichkeit" },
    { slug: "kommunikation", name: "Kommunikation" },
    { slug: "preise", name: "Preise" },
    { slug: "aufmass", name: "Aufmaß" },
    { slug: "lehrjahre", name: "Lehrjahre" },
    { slug: "urlaub", name: "Urlaub" },
    { slug: "nein-sagen", name: "Nein sagen" },
    { slug: "datensicherung", name: "Datensicherung" },
    { slug: "termine", name: "Termine" },
    { slug: "reklamation", name: "Reklamation" },
  ],

  series: [
    {
      slug: "aus-dem-systemhaus",
      title: "Aus dem Systemhaus",
      description:
        "Geschichten aus einem kleinen IT-Dienstleister: Drucker, Server, Kabel – und ein Chef, der jedes Problem schon einmal gelöst hat. Angeblich.",
      cast: [
        {
          placeholder: "$Chef",
          displayName: "der Chef",
          description:
            "der Inhaber, seit 30 Jahren im Geschäft und überzeugt, dass ein Neustart fast alles löst",
        },
        {
          placeholder: "$Verkäufer",
          displayName: "der Verkäufer",
          description: "verkauft gern und schnell, verspricht Liefertermine, bevor er den Großhändler fragt",
        },
        {
          placeholder: "$Azubi",
          displayName: "der Azubi",
          description: "im zweiten Lehrjahr, stiller Beobachter mit sehr trockenem Humor",
        },
        {
          placeholder: "$Kunde_Autohaus",
          displayName: "der Kunde vom Autohaus",
          description: "Geschäftsführer eines Autohauses mit Filiale, Stammkunde seit vielen Jahren",
        },
        {
          placeholder: "$Praxis",
          displayName: "die Praxis",
          description: "eine Therapiepraxis mit vier Behandlungsräumen und einem sehr alten Faxgerät",
        },
        {
          placeholder: "$Stadt_in_der_Nähe",
          displayName: "die Stadt in der Nähe",
          description: "eine Kreisstadt, eine halbe Autostunde entfernt",
        },
      ],
    },
    {
      slug: "hobelspaene",
      title: "Hobelspäne",
      description:
        "Aus einer Schreinerei mit sechs Leuten: Maßarbeit, Aufmaß und Kundschaft, die genau weiß, was sie will – bis sie es vor sich sieht.",
      cast: [
        {
          placeholder: "$Meisterin",
          displayName: "die Meisterin",
          description: "führt die Schreinerei in zweiter Generation und misst lieber dreimal als einmal",
        },
        {
          placeholder: "$Geselle",
          displayName: "der Geselle",
          description: "seit zwanzig Jahren an der Hobelbank, redet wenig und trifft jeden Winkel",
        },
        {
          placeholder: "$Kundin_Neubau",
          displayName: "die Kundin mit dem Neubau",
          description: "baut ein Einfamilienhaus und hat für jedes Zimmer eine Mappe voller Bilder",
        },
        {
          placeholder: "$Architekt",
          displayName: "der Architekt",
          description: "plant sorgfältig, aber gern mit Maßen, die es nur auf dem Papier gibt",
        },
        {
          placeholder: "$Baumarkt",
          displayName: "der Baumarkt",
          description: "der große Baumarkt an der Umgehungsstraße, gefühlt unser härtester Mitbewerber",
        },
      ],
    },
  ],

  posts: [
    // ───────────── Aus dem Systemhaus, Folge 1
    {
      slug: "der-drucker-der-nur-montags-streikt",
      title: "Der Drucker, der nur montags streikt",
      excerpt:
        "Ein Drucker, der an vier Tagen der Woche tadellos arbeitet und montags den Dienst verweigert. Die Lösung fand sich um Viertel nach sechs.",
      kind: "ANECDOTE",
      publishedAt: "2025-11-12T08:15:00+01:00",
      authorKey: "mirko",
      categorySlug: "aus-dem-alltag",
      tags: ["it-service", "kundschaft", "telefon"],
      series: { slug: "aus-dem-systemhaus", position: 1 },
      body: `Montag, kurz nach acht. Die Kaffeemaschine hatte gerade erst angefangen zu blubbern, da klingelte schon das Telefon.

$Kunde_Autohaus: <aufgebracht> Der Drucker geht schon wieder nicht!
Ich: Guten Morgen. Welcher Drucker denn?
$Kunde_Autohaus: Der große im Verkaufsraum. Wie letzten Montag. Und den Montag davor.
Ich: Und an den anderen Tagen?
$Kunde_Autohaus: Da geht er. Aber montags brauchen wir ihn am dringendsten!

Ich schrieb mir alles auf und ging rüber zu $Chef. Er hörte sich die Geschichte an, ohne vom Bildschirm aufzusehen.

$Chef: Neustart.
Ich: Haben sie schon gemacht. Dreimal.
$Chef: Dann der Treiber.
Ich: Der Drucker druckt dienstags bis freitags einwandfrei. Mit demselben Treiber.
$Chef: <seufzt> Dann fahr halt hin.

Also fuhr ich hin. Als ich ankam, druckte der Drucker natürlich tadellos. $Kunde_Autohaus stand daneben und sah mich an, als hätte ich ihn persönlich vorgeführt.

Ich ließ mir die Protokolle zeigen. Jeden Montag zwischen sechs und halb acht verlor nicht nur der Drucker die Verbindung, sondern der halbe Verkaufsraum. Nur merkte das um diese Uhrzeit niemand außer dem Drucker, der dabei jedes Mal seine Warteschlange verlor.

Die Lösung fand ich eine Woche später, als ich mich montags um sechs mit einem Thermobecher in den Verkaufsraum setzte. Um Viertel nach sechs kam die Reinigungskraft, grüßte freundlich, zog den Stecker der Steckdosenleiste unter dem Empfangstresen und steckte ihre Bodenmaschine ein. An genau dieser Leiste hing auch der Switch.

Ich: Darf ich fragen, warum ausgerechnet diese Steckdose?
Reinigungskraft: <zuckt mit den Schultern> Die anderen sind alle hinter den Autos.

Dagegen ließ sich wenig sagen. Seitdem gibt es unter dem Tresen eine zweite Steckdose mit einem großen, handgeschriebenen Schild: „Für die Bodenmaschine“. Der Drucker druckt jetzt auch montags.

Zurück in der Firma erzählte ich die Geschichte $Chef.

$Chef: <zufrieden> Siehst du. Neustart. Der Switch hat jeden Montag einen bekommen. Hab ich doch gesagt.`,
      comments: [
        {
          authorName: "Netzwerkerin",
          authorEmail: "netzwerkerin@example.net",
          body: "Ich habe laut gelacht. Bei uns war es mal ein Wasserkocher in der Teeküche, der jeden Morgen um acht den Access Point mitgenommen hat.",
          minutesAfter: 190,
        },
        {
          authorName: "Feierabendbastler",
          authorEmail: "bastler@example.com",
          body: "Der Schluss! „Hab ich doch gesagt.“\nIch glaube, ich kenne deinen Chef.",
          minutesAfter: 520,
          replies: [
            {
              authorName: "Mirko Hasselbach",
              authorEmail: "mirko@example.org",
              authorKey: "mirko",
              body: "Ich fürchte, den kennt jeder. Er hat nur überall einen anderen Namen.",
              minutesAfter: 575,
            },
          ],
        },
      ],
    },

    // ───────────── Hobelspäne, Folge 1
    {
      slug: "die-kueche-vom-bild",
      title: "Die Küche vom Bild",
      excerpt:
        "Eine Kundin mit einer Mappe voller Bilder, ein Plan mit einem Meter und einem Zentimeter – und ein Zollstock, der anderer Meinung ist.",
      kind: "ANECDOTE",
      publishedAt: "2025-12-03T08:00:00+01:00",
      authorKey: "frieda",
      categorySlug: "werkstatt",
      tags: ["schreinerei", "aufmass", "kundschaft"],
      series: { slug: "hobelspaene", position: 1 },
      cover: {
        ...illustration,
        src: "/demo/werkstatt.svg",
        alt: "Flache Grafik: gestapelte Holzbretter in Brauntönen neben einem grauen Sägeblatt",
        caption: "Erst messen, dann reden, dann noch mal messen.",
      },
      body: `Bei uns in der Schreinerei gibt es eine Regel, die älter ist als ich: Erst messen, dann reden, dann noch mal messen. $Meisterin hat sie von ihrem Vater übernommen und erinnert uns so oft daran, dass $Geselle schon die Augen verdreht, bevor sie den Mund aufmacht.

An diesem Morgen stand $Kundin_Neubau in der Werkstatt, eine dicke Mappe unter dem Arm.

$Kundin_Neubau: <schlägt die Mappe auf> Genau so soll sie werden. Genau so.
$Meisterin: Eine schöne Küche. Eiche?
$Kundin_Neubau: Eiche. Grifflos. Und die Nische für den Kühlschrank wie hier auf dem Bild.
$Meisterin: Haben Sie die Pläne vom Haus dabei?
$Kundin_Neubau: Die hat $Architekt. Aber da steht alles drin, der ist sehr genau.

Die Pläne kamen zwei Tage später. Laut Plan war die Nische einen Meter und einen Zentimeter breit. $Meisterin legte das Blatt auf die Hobelbank und sah es lange an.

$Meisterin: Wir fahren hin und messen.
$Geselle: <seufzt> Steht doch da.
$Meisterin: Auf Papier steht viel.

Also fuhren wir hin. Der Rohbau roch nach frischem Estrich, und $Kundin_Neubau führte uns stolz durch jedes Zimmer. In der Küche legte $Geselle den Zollstock an. Einmal oben, einmal in der Mitte, einmal unten.

$Geselle: Neunundneunzig oben. Neunundneunzig fünf in der Mitte. Einen Meter unten.
Ich: Also nirgends einen Meter eins.
$Geselle: <trocken> Nirgends.

Der Kühlschrank, den $Kundin_Neubau längst bestellt hatte, war genau einen Meter breit. Mit den Blenden aus ihrer Mappe hätte er nie gepasst.

$Meisterin rief $Architekt an. Das Gespräch war kurz, und ich habe nur ihre Hälfte gehört.

$Meisterin: Ja. Ja, ich weiß, was im Plan steht. Nein, wir haben dreimal gemessen. Gern, kommen Sie vorbei, wir bringen den Zollstock mit.

Er kam nicht vorbei. Wir haben die Blenden um zwei Zentimeter schmaler gebaut und den Übergang mit einer Schattenfuge gelöst, die man auf den Bildern in der Mappe gar nicht sieht. $Kundin_Neubau hat den Unterschied nie bemerkt.

Beim Einbau stand sie in ihrer fertigen Küche, strich über die Eiche und sagte:

$Kundin_Neubau: <glücklich> Genau wie auf dem Bild.

$Geselle hat nur genickt. Auf der Rückfahrt hat er zum ersten Mal seit Wochen nicht die Augen verdreht, als $Meisterin mit ihrer Regel anfing.`,
      comments: [
        {
          authorName: "Tischlerin aus dem Norden",
          authorEmail: "tischlerin.nord@example.net",
          authorUrl: "https://example.net/tischlerin",
          body: "Schattenfuge rettet Leben. Oder zumindest Küchen. Schön erzählt, ich freue mich auf die nächsten Folgen!",
          minutesAfter: 240,
        },
      ],
    },

    // ───────────── Artikel: Rückruf
    {
      slug: "zurueckrufen-ist-eine-dienstleistung",
      title: "Zurückrufen ist eine Dienstleistung",
      excerpt:
        "Kundschaft verzeiht fast alles, nur nicht das Gefühl, vergessen worden zu sein. Ein paar einfache Regeln für verlässliche Rückrufe im kleinen Betrieb.",
      kind: "ARTICLE",
      publishedAt: "2025-11-26T10:00:00+01:00",
      authorKey: "jana",
      categorySlug: "kundenservice",
      tags: ["kundschaft", "telefon", "kommunikation"],
      cover: {
        ...illustration,
        src: "/demo/gespraech.svg",
        alt: "Flache Grafik: zwei Sprechblasen in Salbeigrün und Terrakotta auf hellem Grund",
        caption: "Ein Rückruf ist oft der erste echte Kontakt.",
      },
      body: `Wer in einem kleinen Betrieb arbeitet, kennt das: Das Telefon klingelt genau dann, wenn beide Hände voll sind. Der Anrufbeantworter springt an, und irgendwann zwischen Mittagspause und Feierabend soll der Rückruf passieren. Oft passiert er nicht. Nicht aus böser Absicht, sondern weil der Tag einfach voll war.

Wir haben in den letzten Monaten mit vielen Betrieben gesprochen, die auf Casebook über ihren Alltag schreiben. Ein Satz kam dabei immer wieder: **Kundinnen und Kunden verzeihen fast alles, nur nicht das Gefühl, vergessen worden zu sein.**

## Warum der Rückruf so viel zählt

Ein Rückruf ist oft der erste echte Kontakt. Die Anruferin hat ein Problem, vielleicht schon seit Tagen, und hat sich endlich durchgerungen, zum Hörer zu greifen. Wenn dann zwei Tage nichts passiert, ist die Stimmung beim Rückruf eine ganz andere als am ersten Tag.

> Der beste Rückruf ist der, nach dem die Kundin sagt: „Oh, das ging aber schnell.“

Das heißt nicht, dass man alles stehen und liegen lassen muss. Es heißt nur, dass man ein *verlässliches* Versprechen geben sollte – und es dann hält.

## Was sich bewährt hat

Aus den Gesprächen haben wir eine kleine Liste mitgenommen, die ohne teure Software auskommt:

- **Feste Rückrufzeiten:** zum Beispiel jeden Tag um 11 und um 16 Uhr. Die Ansage auf dem Anrufbeantworter nennt genau diese Zeiten.
- **Eine einzige Liste:** nicht drei Notizblöcke und zwei Postfächer, sondern ein Ort, an dem alle offenen Rückrufe stehen.
- **Abhaken erst nach dem Gespräch:** Eine Nachricht auf der Mailbox zählt als Versuch, nicht als erledigt.
- **Ein ehrlicher Zwischenstand:** „Ich kann Ihnen heute noch nicht sagen, woran es liegt, aber ich melde mich bis Donnerstag.“ Auch das ist ein guter Rückruf.

## Und wenn doch einmal etwas untergeht?

Dann hilft nur Ehrlichkeit. Niemand erwartet Perfektion von einem Betrieb mit vier Leuten. Ein „Tut mir leid, Ihr Zettel ist bei mir unter einen Stapel gerutscht“ wirkt menschlicher als jede Ausrede über eine angeblich kaputte Telefonanlage.

Wer mag, findet unter [example.org/rueckruf-vorlagen](https://example.org/rueckruf-vorlagen) ein paar Textbausteine für Ansagen und E-Mails. Sie sind bewusst schlicht gehalten, damit jeder sie an den eigenen Ton anpassen kann.

Wie handhabt ihr das in eurem Betrieb? Wir freuen uns über Erfahrungen in den Kommentaren.`,
      comments: [
        {
          authorName: "Druckerflüsterin",
          authorEmail: "druckerfluesterin@example.com",
          body: "Die festen Rückrufzeiten haben wir vor einem halben Jahr eingeführt, und ehrlich gesagt hat das mehr gebracht als die neue Telefonanlage. Die Leute warten viel entspannter, wenn sie wissen, bis wann.",
          minutesAfter: 95,
          replies: [
            {
              authorName: "Jana Wendt",
              authorEmail: "jana@example.org",
              authorKey: "jana",
              body: "Das freut uns zu hören! Stehen die Zeiten bei euch auch auf der Website oder nur auf der Ansage?",
              minutesAfter: 180,
              replies: [
                {
                  authorName: "Druckerflüsterin",
                  authorEmail: "druckerfluesterin@example.com",
                  body: "Auf beidem. Und ganz klein unten auf jeder Rechnung – da hat sie neulich sogar eine Kundin entdeckt und uns dafür gelobt.",
                  minutesAfter: 245,
                },
              ],
            },
          ],
        },
        {
          authorName: "Kalle vom Kundendienst",
          authorEmail: "kalle@example.net",
          authorUrl: "https://example.net/kalle",
          body: "„Abhaken erst nach dem Gespräch“ – genau das. Bei uns galt jahrelang: Nachricht hinterlassen heißt erledigt. Die Kundschaft sah das naturgemäß anders.",
          minutesAfter: 310,
        },
        {
          authorName: "Sonnenblume64",
          authorEmail: "sonnenblume64@example.com",
          body: "Als Kundin kann ich nur sagen: Mir ist ein Betrieb lieber, der ehrlich „Donnerstag“ sagt, als einer, der „gleich“ sagt und sich nie meldet.\nDanke für den schönen Beitrag!",
          minutesAfter: 1440,
        },
      ],
    },

    // ───────────── Aus dem Systemhaus, Folge 2
    {
      slug: "bis-freitag-versprochen",
      title: "Bis Freitag, versprochen",
      excerpt:
        "$Verkäufer hat einen Server zugesagt. Bis Freitag. Es ist Mittwoch, und die Lieferzeit beträgt drei Wochen.",
      kind: "ANECDOTE",
      publishedAt: "2026-01-21T09:00:00+01:00",
      authorKey: "mirko",
      categorySlug: "kundenservice",
      tags: ["it-service", "termine", "chefsache", "kundschaft"],
      series: { slug: "aus-dem-systemhaus", position: 2 },
      body: `Es gibt Sätze, bei denen sich in der Technik allen gleichzeitig die Nackenhaare aufstellen. „Ich hab da mal was zugesagt“ ist einer davon. Vor allem, wenn $Verkäufer ihn sagt.

$Verkäufer: <strahlend> Gute Nachrichten! $Praxis bekommt den neuen Server.
Ich: Schön. Wann?
$Verkäufer: Bis Freitag.
Ich: Welchen Freitag?
$Verkäufer: Na, diesen.
$Azubi: <leise> Heute ist Mittwoch.

Der Server aus dem Angebot hatte laut Großhändler eine Lieferzeit von drei Wochen. Das stand übrigens auch im Angebot, ganz unten im Kleingedruckten, das $Verkäufer offenbar selbst nicht gelesen hatte.

Ich ging zu $Chef.

Ich: Wir haben ein Problem.
$Chef: Wir haben immer ein Problem. Welches heute?
Ich: Der Server für $Praxis. Versprochen bis Freitag, lieferbar in drei Wochen.
$Chef: <reibt sich die Stirn> Und was für ein Problem hat $Praxis eigentlich?

Das war, wie sich herausstellte, die klügste Frage der Woche. Ich rief an. Das eigentliche Problem war nicht der alte Server, sondern die Terminsoftware, die seit einem Update beim Start drei Minuten brauchte. Der neue Server war die Idee von $Verkäufer gewesen, nicht die der Praxis.

$Azubi und ich fuhren am Donnerstag hin. Die Software suchte beim Start nach einem Lizenzdienst, den es seit dem Update nicht mehr gab, und wartete jedes Mal drei Minuten, bis sie aufgab. Eine Zeile in einer Konfigurationsdatei, und sie startete in vier Sekunden.

Der Hersteller hätte uns für diese Auskunft gern ein „Premium-Supportpaket“ für 49 \\$ im Monat verkauft. Die Antwort stand, ganz ohne Paket, in seinem eigenen Forum.

Am Freitag rief $Praxis an und bedankte sich. Den neuen Server wollten sie trotzdem haben – aber jetzt in Ruhe, mit Liefertermin im nächsten Monat.

$Verkäufer: <zufrieden> Siehste. Bis Freitag. Hab ich doch gesagt.
$Azubi: <noch leiser> Er hat nicht mal gefragt, was wir gemacht haben.`,
    },

    // ───────────── Hobelspäne, Folge 2
    {
      slug: "was-kostet-das-im-baumarkt",
      title: "Was kostet das im Baumarkt?",
      excerpt:
        "Irgendwann zückt jemand das Handy und zeigt ein Regal für ein Zehntel des Preises. $Meisterin wird weder beleidigt noch billiger.",
      kind: "ANECDOTE",
      publishedAt: "2026-02-18T09:30:00+01:00",
      authorKey: "frieda",
      categorySlug: "preise-und-angebote",
      tags: ["schreinerei", "preise", "kundschaft", "ehrlichkeit"],
      series: { slug: "hobelspaene", position: 2 },
      body: `Irgendwann kommt in jedem Angebotsgespräch der Moment, in dem jemand das Handy zückt. Diesmal ging es um eine Regalwand für das Arbeitszimmer von $Kundin_Neubau: vom Boden bis zur Decke, mit einer Leiter auf einer Schiene.

$Kundin_Neubau: <hält das Handy hoch> Bei $Baumarkt gibt es so ein Regal für ein Zehntel.
$Meisterin: Darf ich mal sehen?
$Kundin_Neubau: Bitte.
$Meisterin: <nickt> Ein schönes Regal. Zwei Meter hoch.
$Kundin_Neubau: Ja, und?
$Meisterin: Ihr Arbeitszimmer ist zwei Meter achtundsechzig hoch. Und die Wand hat eine Dachschräge.

Man kann in so einem Moment zwei Fehler machen: beleidigt sein oder sofort mit dem Preis runtergehen. $Meisterin macht keinen von beiden. Sie nahm einen Bleistift und fing an zu zeichnen.

$Meisterin: Wir können das so machen: Sie kaufen drei von den Regalen bei $Baumarkt und stellen sie nebeneinander. Oben bleiben achtundsechzig Zentimeter frei, da sammelt sich Staub. In die Schräge passt keins, da sammelt sich auch Staub. Und die Leiter müssen wir an die Wand schrauben, weil das Regal sie nicht hält.
$Kundin_Neubau: <zögernd> Das klingt nicht so schön.
$Meisterin: Es ist auch nicht schön. Aber es ist günstig. Und das ist völlig in Ordnung, wenn Ihnen das wichtiger ist.

$Geselle stand die ganze Zeit daneben und schliff an einer Tischplatte, als ginge ihn das alles nichts an. Als $Kundin_Neubau gegangen war, machte er die Maschine aus.

$Geselle: Die kommt wieder.
Ich: Woher willst du das wissen?
$Geselle: <zuckt mit den Schultern> Sie hat gefragt, ob wir die Schräge hinkriegen. Wer das fragt, kommt wieder.

Sie kam zwei Wochen später wieder. Nicht für die ganze Wand, sondern für die Schräge und die Leiter. Den Rest hat sie bei $Baumarkt gekauft, und wir haben unseren Teil so geplant, dass alles zusammenpasst. Ein kleinerer Auftrag, aber eine zufriedene Kundin, die uns seitdem zweimal weiterempfohlen hat.

$Meisterin sagt dazu nur: „Wer Preise vergleicht, will wissen, wofür er bezahlt. Also sag es ihm.“`,
      comments: [
        {
          authorName: "Holzwurm",
          authorEmail: "holzwurm@example.net",
          body: "Genau so! Nicht beleidigt sein und nicht mit dem Preis runtergehen. Das hänge ich mir über die Werkbank.",
          minutesAfter: 300,
          replies: [
            {
              authorName: "Frieda Kolbe",
              authorEmail: "frieda@example.org",
              authorKey: "frieda",
              body: "Bei uns hängt es schon – gleich neben der Regel mit dem Messen.",
              minutesAfter: 420,
              replies: [
                {
                  authorName: "Holzwurm",
                  authorEmail: "holzwurm@example.net",
                  body: "Dann bestellen wir die Schilder am besten im Doppelpack. 😄",
                  minutesAfter: 505,
                },
              ],
            },
          ],
        },
        {
          authorName: "Baumarktkundin",
          authorEmail: "baumarktkundin@example.com",
          body: "Ich gestehe: Ich war auch mal genau diese Kundin. Und ja, am Ende habe ich die Schräge dann doch machen lassen.",
          minutesAfter: 1210,
        },
      ],
    },

    // ───────────── Artikel: Preise (Kommentare geschlossen)
    {
      slug: "ehrlich-kalkuliert",
      title: "Ehrlich kalkuliert: Warum unsere Preise auf der Website stehen",
      excerpt:
        "Jahrelang stand bei uns „Preise auf Anfrage“. Seit einem Jahr sind Stundensätze und Pauschalen öffentlich – was wir dabei gelernt haben.",
      kind: "ARTICLE",
      publishedAt: "2026-03-11T09:00:00+01:00",
      authorKey: "mirko",
      categorySlug: "preise-und-angebote",
      tags: ["preise", "ehrlichkeit", "kleinbetrieb", "kundschaft"],
      commentsOpen: false,
      body: `Lange stand auf unserer Website bei den Preisen nur ein Satz: „Preise auf Anfrage.“ Das klang seriös, dachten wir. In Wahrheit war es bequem. Wir mussten uns nicht festlegen, und jeder Kunde bekam ein Angebot, das irgendwie zu seinem Auftreten passte.

Vor einem Jahr haben wir das geändert. Seitdem stehen unsere Stundensätze und die häufigsten Pauschalen öffentlich im Netz. Hier ist, was wir dabei gelernt haben.

## Was öffentlich ist

Wir haben uns auf wenige, klare Positionen beschränkt:

| Leistung | Preis (netto) | Abrechnung |
| --- | ---: | --- |
| Arbeitsstunde Technik | 92 € | je angefangene Viertelstunde |
| Anfahrt im Stadtgebiet | 25 € | pauschal |
| Einrichtung eines Arbeitsplatzes | 180 € | pauschal, ohne Hardware |
| Wartung je Gerät | 14 € | monatlich |

Alles, was darüber hinausgeht, bekommt nach wie vor ein eigenes Angebot. Aber die Grundlage ist für alle gleich.

## Was sich verändert hat

Die erste Überraschung: Es kamen **nicht weniger** Anfragen, sondern andere. Wer anruft, kennt unsere Preise und hat sich schon entschieden, dass sie grundsätzlich passen. Die Gespräche, in denen wir eine halbe Stunde erklären und am Ende „Das ist uns zu teuer“ hören, sind fast verschwunden.

Die zweite Überraschung: Wir verhandeln seltener. Früher haben wir Rabatte gegeben, weil wir glaubten, der Kunde erwarte das. Heute sagen wir:

> Das ist der Preis, den alle zahlen. Wenn wir Ihnen etwas nachlassen, müssten wir es beim Nächsten draufschlagen – und das wäre unfair.

Die meisten nicken. Einige wenige gehen. Das ist in Ordnung.

## Was wir anderen Betrieben raten würden

1. *Klein anfangen.* Drei oder vier Positionen reichen, um Vertrauen aufzubauen.
2. Dazuschreiben, was **nicht** enthalten ist. Das erspart mehr Diskussionen als jeder Rabatt.
3. Die Kalkulation in zwei Sätzen erklären. Kundinnen verstehen sehr gut, dass eine Arbeitsstunde nicht nur aus Arbeit besteht, sondern auch aus Fahrzeug, Werkzeug, Weiterbildung und Buchhaltung.
4. Die Preise einmal im Jahr anpassen und das vorher ankündigen.

Eine ausführlichere Rechnung, wie sich ein Stundensatz zusammensetzt, steht unter [example.org/stundensatz](https://example.org/stundensatz).

## Nachtrag

Wir haben die Kommentare unter diesem Beitrag nach ein paar Wochen geschlossen, weil sich die Diskussion nur noch im Kreis drehte. Was bis dahin geschrieben wurde, bleibt gern stehen – es waren viele kluge Gedanken dabei.`,
      comments: [
        {
          authorName: "Holzwurm",
          authorEmail: "holzwurm@example.net",
          body: "Mutig! Wir überlegen das seit Jahren und trauen uns nicht. Was macht ihr, wenn ein Mitbewerber einfach fünf Euro drunter geht?",
          minutesAfter: 60,
          replies: [
            {
              authorName: "Mirko Hasselbach",
              authorEmail: "mirko@example.org",
              authorKey: "mirko",
              body: "Dann geht der eine oder andere eben dorthin. Bisher kamen die meisten wieder, spätestens beim zweiten Problem. Der Preis ist nicht das Einzige, was Kunden vergleichen.",
              minutesAfter: 150,
            },
          ],
        },
        {
          authorName: "Rechenschieber",
          authorEmail: "rechenschieber@example.com",
          authorUrl: "https://example.net/rechenschieber",
          body: "Die Abrechnung je angefangene Viertelstunde finde ich als Kunde sehr fair. Anderswo wird jede angefangene Stunde voll berechnet, und das erfährt man erst auf der Rechnung.",
          minutesAfter: 410,
        },
        {
          authorName: "Anna aus dem Büro",
          authorEmail: "anna.buero@example.com",
          body: "Punkt 2 ist Gold wert. Seit wir dazuschreiben, dass die Entsorgung von Altgeräten extra kostet, gibt es darüber keine einzige Diskussion mehr.",
          minutesAfter: 2880,
        },
        {
          authorName: "Nörgelpeter",
          authorEmail: "noergelpeter@example.net",
          body: "Schön und gut, aber 92 Euro die Stunde? Dafür arbeite ich zwei Stunden.",
          minutesAfter: 4010,
          replies: [
            {
              authorName: "Holzwurm",
              authorEmail: "holzwurm@example.net",
              body: "Die 92 Euro sind ja nicht sein Lohn, das steht doch im Text: Fahrzeug, Werkzeug, Weiterbildung, Buchhaltung. Rechne mal nach, was davon übrig bleibt.",
              minutesAfter: 4100,
              replies: [
                {
                  authorName: "Nörgelpeter",
                  authorEmail: "noergelpeter@example.net",
                  body: "Hm. Na gut, wenn man es so sieht.",
                  minutesAfter: 4290,
                },
              ],
            },
          ],
        },
      ],
    },

    // ───────────── Aus dem Systemhaus, Folge 3
    {
      slug: "das-wichtigste-kabel-der-welt",
      title: "Das wichtigste Kabel der Welt",
      excerpt:
        "Die Filiale hat kein Internet, und $Chef stellt die Diagnose am Telefon: Es ist das Kabel. Es ist immer das Kabel.",
      kind: "ANECDOTE",
      publishedAt: "2026-04-08T07:45:00+02:00",
      authorKey: "mirko",
      categorySlug: "aus-dem-alltag",
      tags: ["it-service", "chefsache", "telefon", "lehrjahre"],
      series: { slug: "aus-dem-systemhaus", position: 3 },
      body: `Die Filiale von $Kunde_Autohaus in $Stadt_in_der_Nähe hatte kein Internet. Der Anruf kam um halb neun, und $Chef nahm ihn selbst an. Das kommt selten vor und geht selten gut aus.

$Chef: Leuchtet am Router was?
$Kunde_Autohaus: Ich bin nicht vor Ort. Meine Mitarbeiterin sagt, da leuchtet gar nichts.
$Chef: <nickt wissend> Gar nichts. Aha. Dann ist es das Kabel.

Er legte auf, griff in die Kiste mit den Netzwerkkabeln, zog ein gelbes heraus und hielt es $Azubi hin wie einen Staffelstab.

$Chef: Du fährst nach $Stadt_in_der_Nähe und tauschst das Kabel.
$Azubi: Welches Kabel denn?
$Chef: Das kaputte.
$Azubi: Und wenn es nicht das Kabel ist?
$Chef: <gekränkt> Es ist immer das Kabel.

Ich gab $Azubi heimlich noch einen Laptop, ein Ersatznetzteil und meine Handynummer mit. Eine halbe Stunde hin, eine halbe Stunde zurück, für ein Kabel, das zwei Euro kostet. Aber mit $Chef zu diskutieren, wenn er „immer“ sagt, kostet mehr.

Um zehn klingelte mein Handy.

$Azubi: Ich bin da. Das Internet geht wieder.
Ich: Was war es?
$Azubi: Eine Störung beim Anbieter, im ganzen Ort. Stand auf deren Störungsseite. Seit Viertel vor zehn ist sie behoben.
Ich: Und warum hat am Router nichts geleuchtet?
$Azubi: <flüstert> Weil jemand den Nachtmodus für die Lämpchen eingeschaltet hat. Der ist jetzt aus.
Ich: Und das Kabel?
$Azubi: Liegt noch im Auto. Ich hab's nicht mal ausgepackt.

Mittags war $Azubi zurück und legte das gelbe Kabel, noch aufgerollt, wortlos auf den Schreibtisch von $Chef.

$Chef: Und? Lief's?
$Azubi: Läuft wieder.
$Chef: <zufrieden> Siehst du. Das Kabel.

$Azubi hat nichts dazu gesagt. Ich glaube, er hat an diesem Tag mehr über Kundenservice gelernt als in einem ganzen Jahr Berufsschule. Das gelbe Kabel liegt seitdem in seiner Schublade. Er nennt es „das wichtigste Kabel der Welt“.`,
    },

    // ───────────── Hobelspäne, Folge 3
    {
      slug: "zwei-zentimeter",
      title: "Zwei Zentimeter",
      excerpt:
        "Die Decke im Neubau ist eben, sagt der Architekt. Sie ist nur nicht waagerecht, sagt der Geselle – und holt eine Leiste aus dem Transporter.",
      kind: "ANECDOTE",
      publishedAt: "2026-05-27T07:30:00+02:00",
      authorKey: "frieda",
      categorySlug: "werkstatt",
      tags: ["schreinerei", "aufmass", "reklamation", "lehrjahre"],
      series: { slug: "hobelspaene", position: 3 },
      body: `Einbauschränke sind die Königsdisziplin in einem Neubau. Nicht wegen der Schränke, sondern wegen der Wände. Kein Haus ist so gerade wie sein Plan, und je neuer ein Haus ist, desto fester glauben alle Beteiligten, dass es diesmal anders ist.

Für das Schlafzimmer von $Kundin_Neubau hatten wir einen Schrank über die ganze Wand geplant, bis unter die Decke. Am Tag der Montage stand $Architekt schon in der Tür, als wir die ersten Korpusse die Treppe hochtrugen.

$Architekt: <freundlich> Ich wollte nur mal schauen. Schönes Detail, die Fuge zur Decke.
$Meisterin: Wenn die Decke mitspielt.
$Architekt: <lacht> Die Decke ist neu. Die ist gerade.

Nach einer Stunde standen drei Korpusse. Beim vierten, ganz rechts, blieb oben ein Spalt. Nicht viel. Aber man sah ihn.

$Geselle: Zwei Zentimeter.
$Architekt: Das kann nicht sein. Die Decke ist eben.
$Geselle: <hält die Wasserwaage hoch> Eben ist sie. Nur nicht waagerecht.

Es folgte eine längere Diskussion zwischen $Architekt und $Meisterin darüber, ob zwei Zentimeter auf vier Metern eine Toleranz sind oder ein Mangel, und wer dafür geradestehen muss. Ich sortierte in der Zeit die Blenden und tat so, als würde ich nicht zuhören.

$Geselle diskutierte nicht. Er ging runter zum Transporter, holte eine Leiste aus Eiche, die wir für solche Fälle immer dabeihaben, und zeichnete sie auf der Werkbank im Flur an. Schräg. Null Millimeter links, zwanzig rechts.

Ich: Woher wusstest du, dass wir die brauchen?
$Geselle: <hobelt weiter> Man braucht sie immer.

Als die Diskussion im Schlafzimmer vorbei war, saß die Leiste. Man sieht sie nur, wenn man weiß, dass sie da ist. $Architekt betrachtete sie lange.

$Architekt: Die sieht man ja gar nicht.
$Meisterin: Nein. Dafür haben wir sie gemacht.

Auf der Rechnung stand die Leiste als eigener Posten, mit einer halben Stunde Arbeit. $Kundin_Neubau hat sie ohne Nachfrage bezahlt und die Rechnung an $Architekt weitergeleitet. Was daraus geworden ist, weiß ich nicht. Aber seitdem liegen im Transporter zwei solcher Leisten statt einer.`,
    },

    // ───────────── Artikel: Nein sagen
    {
      slug: "nein-sagen-ohne-die-tuer-zuzuschlagen",
      title: "Nein sagen, ohne die Tür zuzuschlagen",
      excerpt:
        "Nicht jeder Auftrag ist ein guter Auftrag. Wie kleine Betriebe freundlich absagen – und warum ein ehrliches Nein oft die bessere Antwort ist.",
      kind: "ARTICLE",
      publishedAt: "2026-06-17T08:30:00+02:00",
      authorKey: "jana",
      categorySlug: "kundenservice",
      tags: ["nein-sagen", "kundschaft", "kommunikation", "ehrlichkeit"],
      body: `Es gibt Aufträge, die man besser nicht annimmt. Den Kunden, der im ersten Gespräch schon drei andere Betriebe schlechtmacht. Die Anfrage, für die man eigentlich nicht das richtige Werkzeug hat. Den Termin, der nur mit einer Nachtschicht zu halten wäre.

Trotzdem fällt das Neinsagen vielen schwer, gerade in kleinen Betrieben. Jeder Auftrag zählt, und wer ablehnt, hat das Gefühl, Geld auf der Straße liegen zu lassen.

## Ein Nein ist auch eine Auskunft

Wir glauben: Ein klares Nein ist oft die **freundlichere** Antwort als ein zögerliches Ja. Wer einen Auftrag halbherzig annimmt, erledigt ihn meistens auch halbherzig. Am Ende sind beide Seiten unzufrieden, und der Ärger ist größer, als es die Absage je gewesen wäre.

> Ein ehrliches „Das können wir nicht gut“ ist mehr wert als ein „Das kriegen wir schon irgendwie hin“.

## Wie man absagt, ohne zu verletzen

Aus den Geschichten auf Casebook haben wir ein paar Muster gesammelt, die immer wieder funktionieren:

- **Früh absagen.** Je länger man wartet, desto mehr Hoffnung macht sich die andere Seite.
- **Den Grund nennen, aber kurz.** Niemand braucht einen Aufsatz. „Wir sind bis Ende August ausgebucht“ reicht.
- **Eine Alternative anbieten**, wenn es eine gibt: einen späteren Termin, einen Kollegen, der genau das macht, oder eine kleinere Lösung.
- **Sich nicht rechtfertigen.** Wer sich fünfmal entschuldigt, lädt zum Verhandeln ein.

## Wenn jemand nicht lockerlässt

Manche nehmen ein Nein nicht an. Dann hilft es, freundlich bei der Sache zu bleiben und den Satz im Zweifel einfach zu wiederholen. *Nicht lauter, nicht länger, nur noch einmal.* Erstaunlich oft ist das Gespräch danach zu Ende – und zwar ohne Streit.

Eine Leserin hat uns erzählt, dass sie für solche Fälle eine Karteikarte neben dem Telefon liegen hat, mit drei Sätzen darauf. Die Idee gefiel uns so gut, dass es unter [example.org/nein-sagen](https://example.org/nein-sagen) jetzt eine Vorlage dafür gibt.

## Und danach?

Ein Nein heute schließt ein Ja morgen nicht aus. Einige der treuesten Stammkunden, von denen uns Betriebe erzählen, haben beim ersten Mal eine Absage bekommen – und sind später wiedergekommen, gerade weil man ehrlich mit ihnen war.`,
      comments: [
        {
          authorName: "Fliesenfee",
          authorEmail: "fliesenfee@example.net",
          body: "Der Punkt mit dem Rechtfertigen hat mich erwischt. Ich entschuldige mich immer dreimal, und genau dann fängt das Verhandeln an.",
          minutesAfter: 120,
          replies: [
            {
              authorName: "Jana Wendt",
              authorEmail: "jana@example.org",
              authorKey: "jana",
              body: "Da sind Sie in guter Gesellschaft – uns in der Redaktion geht es genauso. Die Karteikarte hilft wirklich, probieren Sie es aus!",
              minutesAfter: 205,
              replies: [
                {
                  authorName: "Fliesenfee",
                  authorEmail: "fliesenfee@example.net",
                  body: "Schon geschrieben. Sie klebt jetzt neben dem Telefon, mit Klebeband, damit sie keiner wegräumt.",
                  minutesAfter: 262,
                },
              ],
            },
          ],
        },
        {
          authorName: "Belegsammler",
          authorEmail: "belegsammler@example.com",
          authorUrl: "https://example.net/belegsammler",
          body: "Wir empfehlen bei Absagen inzwischen immer aktiv eine Kollegin oder einen Kollegen weiter. Kostet nichts, und die revanchieren sich erstaunlich oft.",
          minutesAfter: 600,
        },
        {
          authorName: "Tom aus der Werkstatt",
          authorEmail: "tom.werkstatt@example.net",
          body: "Das schwierigste Nein ist das an Stammkunden. Da hilft mir auch keine Karteikarte.",
          minutesAfter: 1500,
          replies: [
            {
              authorName: "Frieda Kolbe",
              authorEmail: "frieda@example.org",
              authorKey: "frieda",
              body: "Geht mir genauso. Bei uns hilft es, wenn wir wenigstens einen späteren Termin anbieten können. Dann ist es kein Nein, sondern ein „nicht jetzt“.",
              minutesAfter: 1710,
            },
          ],
        },
      ],
    },

    // ───────────── Aus dem Systemhaus, Folge 4
    {
      slug: "abschied-vom-faxgeraet",
      title: "Abschied vom Faxgerät",
      excerpt:
        "Die Praxis schafft ihr Faxgerät ab. Eine Meldung, die niemanden interessiert – außer den Chef, der es vor einundzwanzig Jahren selbst aufgebaut hat.",
      kind: "ANECDOTE",
      publishedAt: "2026-07-15T10:30:00+02:00",
      authorKey: "mirko",
      categorySlug: "aus-dem-alltag",
      tags: ["it-service", "kundschaft", "chefsache"],
      series: { slug: "aus-dem-systemhaus", position: 4 },
      body: `$Praxis hat ihr Faxgerät abgeschafft. Das klingt nach einer Meldung, die niemanden interessiert, aber bei uns war es ein kleines Ereignis. Das Gerät stand dort länger, als $Azubi auf der Welt ist, und wir hatten es über die Jahre dreimal gerettet, zweimal mit Teilen aus einem baugleichen Modell, das $Chef irgendwo im Keller aufbewahrte.

Der Anruf kam an einem Dienstag.

$Praxis: Wir möchten das Fax abmelden. Unsere Partner schicken inzwischen alles anders.
Ich: Wirklich alle?
$Praxis: <lacht> Bis auf einen. Aber der hat versprochen, auch umzustellen, wenn wir ihn lieb bitten.

Ich gab es an $Chef weiter. Er saß einen Moment still da.

$Chef: Das Ding hab ich damals selbst aufgebaut. Mit Telefonkabel quer durch den Flur.
Ich: Soll ich es abholen?
$Chef: <nach einer Pause> Nein. Ich fahr selbst.

Er fuhr tatsächlich selbst, nahm $Azubi mit und kam nach zwei Stunden zurück. Unter dem einen Arm das Faxgerät, in der anderen Hand einen Teller mit Kuchen, den ihnen die Leute aus der Praxis mitgegeben hatten.

$Azubi: <grinsend> Die haben sich bei ihm bedankt. Für zwanzig Jahre Fax.
$Chef: Einundzwanzig.

Den Rest der Umstellung hat übrigens $Verkäufer erledigt, und zwar mustergültig: Angebot, Liefertermin, Einweisung, alles pünktlich. Ich habe ihn gefragt, ob er krank sei.

$Verkäufer: <beleidigt> Ich kann das schon. Ich hab nur diesmal vorher gefragt, was die eigentlich brauchen.

Ich habe mir das Datum notiert.

Das Faxgerät steht jetzt im Lager auf dem obersten Regal, ausgesteckt, mit einem Zettel darauf: „Nicht entsorgen“. Handschrift von $Chef. Ich glaube nicht, dass es jemals wieder jemand einschaltet. Aber ich glaube auch nicht, dass es jemand wegwirft.`,
      comments: [
        {
          authorName: "Lötkolben",
          authorEmail: "loetkolben@example.net",
          authorUrl: "https://example.net/loetkolben",
          body: "„Nicht entsorgen“ – wir haben genau so ein Regal. Mit einem Modem, einem Nadeldrucker und einer Tastatur, auf der die Hälfte der Buchstaben fehlt.\nSchöne Serie, danke!",
          minutesAfter: 330,
        },
      ],
    },

    // ───────────── Artikel: Betriebsurlaub
    {
      slug: "betriebsurlaub-im-kleinbetrieb",
      title: "Zwei Wochen zu, und das ist gut so",
      excerpt:
        "Jeden Sommer schließt unsere Schreinerei für zwei Wochen komplett. Warum wir alle gleichzeitig gehen und wie wir es der Kundschaft sagen.",
      kind: "ARTICLE",
      publishedAt: "2026-08-05T07:00:00+02:00",
      authorKey: "frieda",
      categorySlug: "in-eigener-sache",
      tags: ["urlaub", "kleinbetrieb", "kundschaft", "schreinerei"],
      cover: {
        ...illustration,
        src: "/demo/urlaub.svg",
        alt: "Flache Grafik: sanfte grüne Hügel unter einer ockerfarbenen Sonne, ein einzelner Baum",
        caption: "Zwei Wochen im Jahr steht die Werkstatt still.",
      },
      body: `In unserer Schreinerei hängt ab Mitte Juli ein Zettel an der Tür: „Betriebsurlaub vom 3. bis 16. August.“ Jedes Jahr steht jemand davor und schüttelt ungläubig den Kopf. Zwei Wochen zu? Mitten im Sommer, wenn alle Zeit für ihre Projekte haben?

Ja. Genau dann.

## Warum wir alle gleichzeitig gehen

Wir sind sechs Leute. Wenn zwei davon im Urlaub sind, schaffen die anderen vier nicht zwei Drittel der Arbeit, sondern eher die Hälfte – und sind danach selbst urlaubsreif. Also machen wir es wie früher viele Handwerksbetriebe: Wir schließen komplett.

Das hat Vorteile, die man erst nach ein paar Jahren richtig merkt:

- Niemand kommt aus dem Urlaub zurück und findet einen Berg halb fertiger Aufträge von Kolleginnen und Kollegen.
- Die Maschinen werden in dieser Zeit gewartet, ohne dass deswegen die Arbeit liegen bleibt.
- **Alle** sind wirklich weg. Kein „Kannst du nur ganz kurz mal nachschauen?“.

## Wie wir es der Kundschaft sagen

Der Zettel an der Tür ist nur der letzte Schritt. Wichtiger ist, dass es niemand erst dort erfährt. Wir schreiben den Betriebsurlaub schon im Frühjahr in jedes Angebot, sprechen ihn bei jedem Aufmaß an und planen Liefertermine so, dass nichts in diese zwei Wochen fällt.

> Wer früh Bescheid weiß, ärgert sich nicht. Wer es vom Anrufbeantworter erfährt, schon.

Für echte Notfälle – ein Wasserschaden an einer Einbauküche, eine Haustür, die nicht mehr schließt – nennt die Ansage eine Nummer. Die klingelt *sehr* selten: In drei Jahren waren es genau zwei Anrufe.

## Was wir dabei gelernt haben

Die ehrliche Antwort: Es hat uns keinen einzigen Kunden gekostet, von dem wir wüssten. Es gab Stirnrunzeln, ein paar Diskussionen, und einmal hat jemand einen Auftrag verschoben. Aber niemand ist deswegen zur Konkurrenz gegangen.

Dafür kommen wir jedes Jahr zurück und haben richtig Lust auf die Werkstatt. Das merkt man, glaube ich, auch an der Arbeit.

Wer selbst über einen Betriebsurlaub nachdenkt: Unter [example.org/betriebsurlaub](https://example.org/betriebsurlaub) steht, wie unsere Ansage und unser Hinweis im Angebot genau lauten.`,
      comments: [
        {
          authorName: "Elektro-Ela",
          authorEmail: "elektro.ela@example.com",
          body: "Wir machen seit Jahren Betriebsurlaub zwischen den Jahren. Die Kundschaft hat sich schneller daran gewöhnt als wir selbst.",
          minutesAfter: 90,
          replies: [
            {
              authorName: "Frieda Kolbe",
              authorEmail: "frieda@example.org",
              authorKey: "frieda",
              body: "Zwischen den Jahren haben wir zusätzlich auch zu. Ganz ehrlich: Das sind die schönsten Tage im Jahr.",
              minutesAfter: 200,
            },
          ],
        },
        {
          authorName: "Kleinunternehmer",
          authorEmail: "kleinunternehmer@example.net",
          body: "Und was ist mit Notfällen, die wirklich nicht warten können? Zwei Anrufe in drei Jahren klingt fast zu schön.",
          minutesAfter: 500,
          replies: [
            {
              authorName: "Frieda Kolbe",
              authorEmail: "frieda@example.org",
              authorKey: "frieda",
              body: "Ist aber so! Viele „Notfälle“ lösen sich, wenn man freundlich nachfragt. Eine klemmende Schublade klemmt auch in zwei Wochen noch – und wird dann in Ruhe repariert.",
              minutesAfter: 620,
            },
          ],
        },
        {
          authorName: "Urlaubsreif",
          authorEmail: "urlaubsreif@example.com",
          body: "Schöner Text! Darf ich den Absatz über die Ansage für unseren Betrieb übernehmen? Wir sind auch nur fünf Leute.",
          minutesAfter: 2000,
          status: "PENDING",
        },
      ],
    },

    // ───────────── Hobelspäne, Folge 4
    {
      slug: "kuchen-zum-einzug",
      title: "Kuchen zum Einzug",
      excerpt:
        "Ein Jahr nach dem ersten Gespräch über die Küche steht die Kundin wieder in der Werkstatt. Diesmal ohne Mappe, dafür mit einem Blech Kuchen.",
      kind: "ANECDOTE",
      publishedAt: "2026-09-09T16:00:00+02:00",
      authorKey: "frieda",
      categorySlug: "aus-dem-alltag",
      tags: ["schreinerei", "kundschaft"],
      series: { slug: "hobelspaene", position: 4 },
      body: `Ein Jahr nach dem ersten Gespräch über die Küche stand $Kundin_Neubau wieder in der Werkstatt. Diesmal ohne Mappe, dafür mit einem Blech Kuchen, in Alufolie eingeschlagen und noch warm.

$Kundin_Neubau: <etwas verlegen> Wir wohnen jetzt seit drei Monaten drin. Ich wollte mich bedanken.
$Meisterin: Das wäre doch nicht nötig gewesen.
$Kundin_Neubau: Doch. Ich weiß, dass ich anstrengend war.

$Geselle schaute an der Formatkreissäge kurz auf und tat dann so, als hätte er nichts gehört. Ich habe trotzdem gesehen, dass er grinste.

Wir kochten Kaffee und setzten uns in den Pausenraum, was wir mit Kundschaft sonst nie machen. $Kundin_Neubau zeigte Fotos: die Küche, das Regal mit der Leiter in der Schräge, den Schlafzimmerschrank mit der Leiste, die man nicht sieht. Auf jedem Foto war schon gelebt worden. Kinderzeichnungen an der Kühlschrankblende, Bücher quer im Regal, ein Pullover über der Leiter.

$Kundin_Neubau: Wissen Sie, was das Beste ist?
$Meisterin: Sagen Sie es mir.
$Kundin_Neubau: Dass ich nie darüber nachdenke. Alles geht einfach auf und zu.

Das ist vermutlich das schönste Lob, das man einer Schreinerei machen kann. Nicht jemand, der sagt: „Wie schön!“ Sondern jemand, der gar nicht mehr merkt, dass da Arbeit drinsteckt, weil es einfach funktioniert.

Als sie gegangen war, stand noch der halbe Kuchen auf dem Tisch. $Geselle nahm sich ein zweites Stück.

$Geselle: <mit vollem Mund> Und $Architekt?
$Meisterin: <lacht> Hat uns einen neuen Auftrag geschickt.
$Geselle: Mit Plänen?
$Meisterin: Mit Plänen. Und mit dem Satz: „Bitte vor Ort nachmessen.“

Ich habe die Mail ausgedruckt und an die Pinnwand gehängt. Sie hängt da immer noch, direkt neben der Regel von $Meisterin: Erst messen, dann reden, dann noch mal messen.`,
    },

    // ───────────── Artikel: Datensicherung (mit Skript)
    {
      slug: "datensicherung-fuer-kleine-bueros",
      title: "Die Datensicherung, die wir jedem Kunden einrichten",
      excerpt:
        "Bevor wir den Drucker anschließen, richten wir eine Datensicherung ein. Hier ist unser schlichtes Skript – und der Teil, der noch wichtiger ist.",
      kind: "ARTICLE",
      publishedAt: "2026-10-14T08:00:00+02:00",
      authorKey: "mirko",
      categorySlug: "werkstatt",
      tags: ["datensicherung", "it-service", "kleinbetrieb"],
      cover: {
        ...illustration,
        src: "/demo/datensicherung.svg",
        alt: "Flache Grafik: drei gestapelte Speichereinschübe in Blaugrün, daneben ein kreisförmiger Pfeil mit Haken",
        caption: "Drei Kopien, zwei Medien, eine außer Haus.",
      },
      body: `Die Anrufe, bei denen uns das Herz in die Hose rutscht, beginnen fast immer mit demselben Satz: „Der Rechner geht nicht mehr an, und da war alles drauf.“ Deshalb richten wir bei jedem neuen Kunden als Erstes eine Datensicherung ein – noch vor dem Drucker, noch vor dem WLAN.

## Die Grundregel

Wir halten uns an die bekannte **3-2-1-Regel**:

- *drei* Kopien der Daten,
- auf *zwei* verschiedenen Medien,
- davon *eine* außer Haus.

Für ein kleines Büro heißt das meistens: die Daten auf dem Rechner oder dem kleinen Server, eine Kopie auf einer USB-Festplatte im Schrank und eine verschlüsselte Kopie bei einem Speicheranbieter.

## Das Skript

Für die Kopie auf die USB-Platte nutzen wir auf Linux-Rechnern ein kurzes Skript, das jede Nacht läuft. Es ist absichtlich einfach gehalten, damit wir es auch in fünf Jahren noch auf einen Blick verstehen:

${fence}bash
#!/bin/sh
# Nächtliche Sicherung auf die USB-Platte; die letzten 14 Stände bleiben erhalten.
set -eu

QUELLE="/srv/buero"
ZIEL="/mnt/sicherung"
HEUTE="$(date +%Y-%m-%d)"

mountpoint -q "$ZIEL" || { echo "Sicherungsplatte fehlt" >&2; exit 1; }

rsync -a --delete --link-dest="$ZIEL/letzte" "$QUELLE/" "$ZIEL/$HEUTE/"
ln -sfn "$ZIEL/$HEUTE" "$ZIEL/letzte"

ls -1d "$ZIEL"/20??-??-?? | head -n -14 | xargs -r rm -rf
${fence}

Das Skript legt für jeden Tag einen eigenen Ordner an. Dank \`--link-dest\` belegen unveränderte Dateien dabei keinen zusätzlichen Platz, sie werden nur verlinkt. Ein Eintrag in der Crontab wie \`30 2 * * * /usr/local/bin/sicherung.sh\` sorgt dafür, dass es jede Nacht um halb drei läuft.

> Eine Datensicherung, die nie zurückgespielt wurde, ist nur eine Hoffnung.

## Der wichtigste Teil: der Test

Einmal im Quartal stellen wir bei jedem Kunden eine zufällige Datei aus der Sicherung wieder her – gemeinsam mit jemandem aus dem Büro. Das dauert zehn Minuten und hat zwei Effekte: Wir wissen, dass es funktioniert, und unsere Kunden wissen, *wo* ihre Daten liegen.

## Was wir nicht machen

Wir verkaufen keine Sicherung, die nur wir bedienen können. Jede Kundin bekommt eine Seite Anleitung, auf der steht, wo die Platte liegt und wie man an die Datei von gestern kommt. Unsere Vorlage dafür gibt es unter [example.org/anleitung-sicherung](https://example.org/anleitung-sicherung).

Wenn bei euch die letzte Wiederherstellung schon länger her ist: Heute wäre ein guter Tag dafür.`,
      comments: [
        {
          authorName: "Bitschubser",
          authorEmail: "bitschubser@example.net",
          authorUrl: "https://example.net/bitschubser",
          body: "Schönes, schlichtes Skript. Ein Hinweis: Wenn die Platte voll ist, bricht rsync ab, und wegen set -e läuft das Aufräumen danach gar nicht mehr. Eine Mail bei Fehlern wäre noch nett.",
          minutesAfter: 45,
          replies: [
            {
              authorName: "Mirko Hasselbach",
              authorEmail: "mirko@example.org",
              authorKey: "mirko",
              body: "Guter Punkt, danke! Bei unseren Kunden hängt noch eine Überwachung dran, die morgens meckert, wenn der Ordner von heute fehlt. Die wollte ich im Beitrag nicht auch noch erklären.",
              minutesAfter: 130,
              replies: [
                {
                  authorName: "Bitschubser",
                  authorEmail: "bitschubser@example.net",
                  authorUrl: "https://example.net/bitschubser",
                  body: "Richtige Reihenfolge: erst sichern, dann meckern lassen. 😉",
                  minutesAfter: 165,
                },
              ],
            },
          ],
        },
        {
          authorName: "Top SEO Angebote",
          authorEmail: "angebote@example.net",
          authorUrl: "https://example.net/backlinks-guenstig",
          body: "Toller Artikel!!! Jetzt 5000 Backlinks zum Sonderpreis kaufen und sofort auf Platz 1. Nur heute!!!",
          minutesAfter: 300,
          status: "SPAM",
        },
        {
          authorName: "Praxisorga",
          authorEmail: "praxisorga@example.com",
          body: "Der Test einmal im Quartal ist bei uns tatsächlich der Moment, in dem alle verstehen, wofür die Platte im Schrank da ist. Vorher war das nur „das Ding vom IT-Menschen“.",
          minutesAfter: 910,
        },
      ],
    },

    // ───────────── Entwurf (nicht öffentlich)
    {
      slug: "ein-jahr-casebook",
      title: "Ein Jahr Casebook: Was wir gelernt haben",
      excerpt:
        "Ein erster Rückblick der Redaktion: was gut lief, was wir ändern wollen und wobei ihr helfen könnt.",
      kind: "ARTICLE",
      status: "DRAFT",
      publishedAt: "2026-10-28T09:00:00+01:00",
      authorKey: "jana",
      categorySlug: "in-eigener-sache",
      tags: ["kleinbetrieb", "kommunikation"],
      body: `*Entwurf – Zahlen vor der Veröffentlichung bitte noch einmal prüfen.*

Vor einem Jahr ist Casebook mit einer Handvoll Geschichten gestartet. Heute schreiben hier Betriebe aus dem Handwerk, aus der IT und aus Büros, die man eher nicht mit Anekdoten verbindet. Zeit für einen ersten, ehrlichen Rückblick.

## Was gut lief

- **Die Serien.** Geschichten mit denselben Figuren werden deutlich öfter bis zum Ende gelesen als einzelne Beiträge.
- **Die Kommentare.** Sie sind fast immer freundlich, oft klug und manchmal besser als der Beitrag, unter dem sie stehen.
- *Die Anonymisierung.* Niemand hat sich bei uns beschwert, in einer Geschichte wiedererkannt worden zu sein.

Überrascht hat uns, wie viele Leserinnen und Leser selbst gar nicht aus einem Betrieb kommen, sondern einfach gern Geschichten aus dem Arbeitsalltag anderer lesen. Für sie ist Casebook ein Blick hinter den Tresen – und für die Betriebe eine Gelegenheit zu zeigen, wie viel Sorgfalt in ihrer Arbeit steckt.

## Was wir ändern wollen

Neue Autorinnen und Autoren warten zu lange, bis ihr erster Beitrag erscheint. Das liegt an uns, nicht an ihnen: Die Durchsicht der Anonymisierung bleibt oft tagelang in der Redaktion liegen.

> Eine gute Geschichte wird nicht besser, wenn sie drei Wochen liegt.

Wir wollen deshalb feste Tage für die Durchsicht einführen und auf jeden neuen Beitrag innerhalb einer Woche antworten. Außerdem soll es eine kurze Checkliste geben, mit der man schon vor dem Einreichen prüfen kann, ob Namen, Orte und Firmen wirklich ersetzt sind.

## Was ihr tun könnt

Schreibt uns, was euch fehlt. Das Formular unter [example.org/rueckmeldung](https://example.org/rueckmeldung) landet direkt bei der Redaktion, und wir lesen alles – auch die Kritik, gerade die.

Danke, dass ihr dabei seid.`,
    },

    // ───────────── Geplant (erscheint erst 2027)
    {
      slug: "rabatt-fuer-stammkunden",
      title: "Rabatt für Stammkunden",
      excerpt:
        "Ein Anruf kurz vor Feierabend: Jemand möchte einen Stammkundenrabatt. Der letzte Auftrag liegt allerdings eine Weile zurück.",
      kind: "ANECDOTE",
      status: "SCHEDULED",
      publishedAt: "2027-02-03T07:30:00+01:00",
      authorKey: "frieda",
      categorySlug: "aus-dem-alltag",
      tags: ["preise", "kundschaft", "schreinerei"],
      body: `Kurz vor Feierabend klingelte in der Werkstatt das Telefon. Ich war die Letzte, also ging ich ran.

Kunde: Ich bin ja schon lange Kunde bei Ihnen.
Ich: Das freut uns. Worum geht es denn?
Kunde: <vertraulich> Ich hätte gern einen Stammkundenrabatt.
Ich: Wann waren Sie denn zuletzt bei uns?
Kunde: Das muss so Ende der Neunziger gewesen sein. Ein Schuhregal.
Ich: <blättert in der alten Kartei> Da war ich noch gar nicht auf der Welt.
Kunde: Sehen Sie. So lange schon!

Dagegen war schwer etwas zu sagen. Wir haben ihm trotzdem keinen Rabatt gegeben, sondern ein ehrliches Angebot. Ganz unten stand, von Hand dazugeschrieben: „Schön, dass Sie wieder da sind.“

Er hat das Angebot angenommen. Beim Abholen hat er erzählt, dass das Schuhregal noch steht. Ich glaube, das hat ihn mehr gefreut als jeder Rabatt. Und uns auch.`,
    },
  ],
};
