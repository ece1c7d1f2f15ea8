// Invented German text for the generated blog: titles, Markdown bodies, comments and names.
// Deterministic (seeded), so two runs generate the same blog. Nothing here comes from real posts.
import { markdownToPlainText } from "../../../lib/markdown/render";

/** mulberry32: small, fast and good enough to spread test data */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => {
      if (list.length === 0) throw new RangeError("pick from an empty list");
      return list[Math.floor(next() * list.length)] as (typeof list)[number];
    },
    chance: (probability) => next() < probability,
    skewed: (size, power) => Math.min(size - 1, Math.floor(size * next() ** power)),
    normal: () => {
      // Box-Muller; 1 - next() keeps the logarithm finite
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    hex: (length) => {
      let out = "";
      while (out.length < length)
        out += Math.floor(next() * 0x100000000)
          .toString(16)
          .padStart(8, "0");
      return out.slice(0, length);
    },
  };
}

export interface Random {
  /** In [0, 1) */
  next(): number;
  /** Whole number in [min, max] */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(probability: number): boolean;
  /** Index in [0, size) with small indexes more likely the larger `power` is (a long tail) */
  skewed(size: number, power: number): number;
  /** Standard normal */
  normal(): number;
  hex(length: number): string;
}

const nouns = [
  "Kunde",
  "Kundin",
  "Angebot",
  "Rechnung",
  "Termin",
  "Werkstatt",
  "Drucker",
  "Server",
  "Tür",
  "Fenster",
  "Küche",
  "Treppe",
  "Lieferung",
  "Ersatzteil",
  "Anruf",
  "Mahnung",
  "Garantie",
  "Reklamation",
  "Baustelle",
  "Schlüssel",
  "Passwort",
  "Router",
  "Heizung",
  "Dachrinne",
  "Fliese",
  "Schrank",
  "Kostenvoranschlag",
  "Rückruf",
  "Beratung",
  "Lieferschein",
  "Auftrag",
  "Vertrag",
  "Kasse",
  "Theke",
  "Bestellung",
  "Paket",
  "Wasserhahn",
  "Steckdose",
  "Laptop",
  "Software",
  "Datensicherung",
  "Tapete",
  "Parkett",
  "Geländer",
  "Briefkasten",
  "Zaun",
  "Garage",
  "Hecke",
  "Regal",
  "Sofa",
  "Matratze",
  "Brille",
  "Uhr",
  "Fahrrad",
  "Anhänger",
  "Reifen",
  "Bremse",
  "Motor",
  "Inspektion",
  "Gutachten",
  "Quittung",
  "Beschwerde",
  "Rabatt",
] as const;

const adjectives = [
  "dringend",
  "kaputt",
  "neu",
  "alt",
  "teuer",
  "günstig",
  "schief",
  "laut",
  "leise",
  "pünktlich",
  "verspätet",
  "falsch",
  "richtig",
  "seltsam",
  "freundlich",
  "ungeduldig",
  "gründlich",
  "schnell",
  "langsam",
  "geheimnisvoll",
  "beleidigt",
  "erleichtert",
  "müde",
  "hartnäckig",
  "großzügig",
  "knapp",
] as const;

const verbs = [
  "reparieren",
  "bestellen",
  "abholen",
  "zurückgeben",
  "ausmessen",
  "einbauen",
  "anrufen",
  "verschieben",
  "erklären",
  "bezahlen",
  "reklamieren",
  "umtauschen",
  "prüfen",
  "aufbauen",
  "abschleifen",
  "streichen",
  "verlegen",
  "installieren",
  "sichern",
  "verhandeln",
  "liefern",
  "zusagen",
  "absagen",
  "vergessen",
] as const;

const places = [
  "im Laden",
  "auf der Baustelle",
  "am Telefon",
  "in der Werkstatt",
  "beim Kunden",
  "im Büro",
  "an der Theke",
  "im Keller",
  "auf dem Dachboden",
  "im Hinterhof",
  "in der Praxis",
  "im Lager",
] as const;

const times = [
  "am Montagmorgen",
  "kurz vor Feierabend",
  "am Freitagnachmittag",
  "in der Mittagspause",
  "zwei Tage vor Weihnachten",
  "mitten im Urlaub",
  "um halb acht",
  "nach drei Wochen",
  "am letzten Tag",
] as const;

const roles = [
  "$Chef",
  "$Kundin",
  "$Kunde",
  "$Azubi",
  "$Verkäufer",
  "$Nachbarin",
  "$Hausmeister",
  "$Praxis",
  "$Kollegin",
  "$Lieferant",
  "$Buchhaltung",
  "$Vermieterin",
  "$Architekt",
  "$Schwiegersohn",
  "$Stammkunde",
] as const;

export const castPlaceholders = roles;

const castNames: Record<(typeof roles)[number], string> = {
  $Chef: "der Chef",
  $Kundin: "die Kundin",
  $Kunde: "der Kunde",
  $Azubi: "der Azubi",
  $Verkäufer: "der Verkäufer",
  $Nachbarin: "die Nachbarin",
  $Hausmeister: "der Hausmeister",
  $Praxis: "die Praxis",
  $Kollegin: "die Kollegin",
  $Lieferant: "der Lieferant",
  $Buchhaltung: "die Buchhaltung",
  $Vermieterin: "die Vermieterin",
  $Architekt: "der Architekt",
  $Schwiegersohn: "der Schwiegersohn",
  $Stammkunde: "der Stammkunde",
};

export function castDisplayName(placeholder: (typeof roles)[number]): string {
  return castNames[placeholder];
}

const firstNames = [
  "Anna",
  "Ben",
  "Clara",
  "David",
  "Elif",
  "Finn",
  "Greta",
  "Hannes",
  "Ida",
  "Jonas",
  "Kemal",
  "Lina",
  "Malte",
  "Nora",
  "Ole",
  "Paula",
  "Quentin",
  "Rosa",
  "Sven",
  "Tilda",
  "Umut",
  "Vera",
  "Willi",
  "Yara",
] as const;

const lastNames = [
  "Albers",
  "Brandt",
  "Claassen",
  "Dietz",
  "Ehlers",
  "Fuchs",
  "Gerdes",
  "Hoffmann",
  "Imhof",
  "Jansen",
  "Krüger",
  "Lorenz",
  "Meyer",
  "Neumann",
  "Otto",
  "Peters",
  "Quast",
  "Richter",
  "Schulz",
  "Thiel",
] as const;

export function personName(random: Random): string {
  return `${random.pick(firstNames)} ${random.pick(lastNames)}`;
}

export function commenterName(random: Random): string {
  return random.chance(0.5)
    ? random.pick(firstNames)
    : `${random.pick(firstNames)} ${random.pick(lastNames)[0]}.`;
}

/** "schief" → "schiefe", "müde" stays "müde" */
function inflected(random: Random): string {
  const adjective = random.pick(adjectives);
  return adjective.endsWith("e") ? adjective : `${adjective}e`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(random: Random, speaker?: string): string {
  const noun = random.pick(nouns);
  const other = random.pick(nouns);
  switch (random.int(0, 7)) {
    case 0:
      return `${speaker ?? "Die Kundin"} wollte ${times[random.int(0, times.length - 1)]} die ${noun} ${random.pick(verbs)}.`;
    case 1:
      return `Die ${noun} war ${random.pick(adjectives)}, und niemand wusste, warum.`;
    case 2:
      return `${capitalise(random.pick(places))} stand plötzlich eine ${inflected(random)} ${other}.`;
    case 3:
      return `Wir mussten die ${noun} zweimal ${random.pick(verbs)}, weil die ${other} fehlte.`;
    case 4:
      return `${capitalise(random.pick(times))} kam der Anruf wegen der ${noun}.`;
    case 5:
      return `Ob die ${noun} ${random.pick(adjectives)} oder nur ${random.pick(adjectives)} war, blieb offen.`;
    case 6:
      return `Am Ende half eine ${inflected(random)} ${other} mehr als jede ${noun}.`;
    default:
      return `Niemand hatte daran gedacht, die ${noun} vorher zu ${random.pick(verbs)}.`;
  }
}

function narrative(random: Random): string {
  const count = random.int(3, 6);
  return Array.from({ length: count }, () => sentence(random)).join(" ");
}

function dialogue(random: Random, anecdote: boolean): string {
  const speakers = anecdote ? [random.pick(roles), random.pick(roles), "Ich"] : ["Kundin", "Ich"];
  const lines = random.int(3, 6);
  return Array.from({ length: lines }, (_, index) => {
    const speaker = speakers[index % speakers.length] ?? "Ich";
    const aside = random.chance(0.2) ? `<${random.pick(adjectives)}> ` : "";
    return `${speaker}: ${aside}${sentence(random, speaker.startsWith("$") ? speaker : undefined)}`;
  }).join("\n");
}

function list(random: Random): string {
  const items = random.int(3, 5);
  return Array.from(
    { length: items },
    () => `- ${capitalise(random.pick(nouns))} ${random.pick(verbs)}, ${random.pick(places)}`,
  ).join("\n");
}

function heading(random: Random): string {
  return `## ${capitalise(inflected(random))} ${random.pick(nouns)} ${random.pick(places)}`;
}

function quote(random: Random): string {
  return `> ${sentence(random)}`;
}

/** A paragraph of Markdown with its plain-text form, computed once by the app's own function */
export interface Block {
  markdown: string;
  plain: string;
  words: number;
}

function toBlock(markdown: string): Block {
  const plain = markdownToPlainText(markdown);
  return { markdown, plain, words: plain.match(/\S+/g)?.length ?? 0 };
}

export interface BlockPools {
  article: Block[];
  anecdote: Block[];
  headings: Block[];
}

/** Reused paragraphs: rendering each through the Markdown pipeline once keeps generation fast */
export function createBlockPools(random: Random, size: number): BlockPools {
  const article: Block[] = [];
  const anecdote: Block[] = [];
  for (let i = 0; i < size; i++) {
    const kind = random.int(0, 9);
    const markdown =
      kind < 6
        ? narrative(random)
        : kind < 8
          ? dialogue(random, false)
          : kind < 9
            ? list(random)
            : quote(random);
    article.push(toBlock(markdown));
    anecdote.push(toBlock(kind < 4 ? narrative(random) : kind < 9 ? dialogue(random, true) : quote(random)));
  }
  const headings = Array.from({ length: Math.max(10, Math.floor(size / 10)) }, () =>
    toBlock(heading(random)),
  );
  return { article, anecdote, headings };
}

/** A post body of several blocks; the words add up because blocks never run together */
export function composeBody(random: Random, pools: BlockPools, anecdote: boolean): Block[] {
  const pool = anecdote ? pools.anecdote : pools.article;
  const count = random.int(4, 9);
  const blocks: Block[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 1 && random.chance(0.15)) blocks.push(random.pick(pools.headings));
    blocks.push(random.pick(pool));
  }
  return blocks;
}

export function postTitle(random: Random): string {
  const noun = random.pick(nouns);
  switch (random.int(0, 5)) {
    case 0:
      return `Die ${inflected(random)} ${noun}`;
    case 1:
      return `Wie wir die ${noun} ${random.pick(verbs)} wollten`;
    case 2:
      return `${capitalise(random.pick(times))}: die ${noun}`;
    case 3:
      return `Warum man die ${noun} nie ${random.pick(places)} ${random.pick(verbs)} sollte`;
    case 4:
      return `${noun} und ${random.pick(nouns)}`;
    default:
      return `Noch einmal: die ${noun} ${random.pick(places)}`;
  }
}

export function commentBody(random: Random): string {
  const sentences = random.int(1, 3);
  const openers = ["Kenne ich!", "Herrlich.", "Bei uns genauso.", "Das glaube ich sofort.", "Oh nein.", ""];
  return [random.pick(openers), ...Array.from({ length: sentences }, () => sentence(random))]
    .filter(Boolean)
    .join(" ");
}

export function termName(random: Random, index: number): string {
  const base = `${capitalise(inflected(random))} ${random.pick(nouns)}`;
  // Names repeat after a while; the number keeps every one distinct
  return index < 40 ? base : `${base} ${index}`;
}

export const searchWords = [
  "kunde",
  "rechnung",
  "drucker",
  "treppe",
  "garantie",
  "geländer",
  "schwiegersohn",
  "dachrinne",
  "mahnung",
  "inspektion",
  "quittung",
  "parkett",
  "heizung",
  "wasserhahn",
  "hartnäckig",
  "geheimnisvoll",
] as const;
