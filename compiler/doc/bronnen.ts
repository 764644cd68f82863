// The passages of the two letters (docs/bronnen/) that the policies cite, and how a `bron` text
// finds its passage: one table, for the playground's "geciteerde brieftekst" and for the law
// pages of `regelwerk doc`. Browser-safe: the letters' texts come in as arguments.

export const HERVORMING = 'kamerbrief-hervorming-arbeidsmarkt-2023-04-03.txt';
export const ZIEKTE = 'kamerbrief-loondoorbetaling-bij-ziekte-2022.txt';

/** The letters, by file name in docs/bronnen/, with the title a reader knows them by. */
export const BRIEVEN: Readonly<Record<string, string>> = {
  [HERVORMING]: 'Voortgangsbrief hervorming arbeidsmarkt, 3 april 2023',
  [ZIEKTE]: 'Kamerbrief loondoorbetaling bij ziekte, 2022',
};

export interface Passage {
  /** How a bron names the passage, to find it in a bron text: '§ 3a', 'Bijlage 2, Ketenbepaling'. */
  readonly sleutel: string;
  readonly kop: string;
  /** The letter's file name in docs/bronnen/. */
  readonly brief: string;
  /** Line numbers in the letter's file (from 1, inclusive), from docs/bronnen/README.md. */
  readonly van: number;
  readonly tot: number;
}

const P = (sleutel: string, kop: string, van: number, tot: number, brief = HERVORMING): Passage => ({ sleutel, kop, brief, van, tot });

/** Every passage a policy cites, with its place in the letter (the table in docs/bronnen/README.md). */
export const PASSAGES = {
  p3a: P('§ 3a', '§ 3a Arbeidsongeschiktheidsverzekering (AOV) voor zelfstandigen', 340, 477),
  p3b: P('§ 3b', '§ 3b Roosterzekerheid en inkomenszekerheid oproepcontracten', 478, 524),
  p3c: P('§ 3c', '§ 3c Sneller zekerheid bij uitzendwerk', 525, 566),
  p3d: P('§ 3d', '§ 3d Tijdelijk werk is tijdelijk', 567, 602),
  p3g: P('§ 3g', '§ 3g Wendbaarheid binnen vast contract', 660, 680),
  p4: P('§ 4', '§ 4 Eerder duidelijkheid over de re-integratieverplichtingen van kleine en middelgrote werkgevers', 681, 823),
  p5: P('§ 5', '§ 5 Binding van werknemers bij crisis en calamiteiten', 824, 932),
  p6: P('§ 6', '§ 6 Voorkomen schijnzelfstandigheid', 933, 989),
  b1: P('Bijlage 1', 'Bijlage 1 AOV voor zelfstandigen', 1200, 1373),
  b2oproep: P('Bijlage 2, Oproepcontracten', 'Bijlage 2 Oproepcontracten', 1423, 1496),
  b2uitzend: P('Bijlage 2, Uitzendcontracten', 'Bijlage 2 Uitzendcontracten/Terbeschikkingstelling van arbeidskrachten', 1497, 1533),
  b2cert: P('Bijlage 2, Certificeringsstelsel', 'Bijlage 2 Certificeringsstelsel', 1534, 1563),
  b2keten: P('Bijlage 2, Ketenbepaling', 'Bijlage 2 Ketenbepaling', 1564, 1616),
  b3: P('Bijlage 3', 'Bijlage 3 Eerder duidelijkheid over de re-integratieverplichtingen van kleine werkgevers', 1617, 1760),
  ziekteCommunicatie: P('communicatie', 'Loondoorbetaling bij ziekte: communicatie (maximaal twee jaar loondoorbetaling)', 46, 110, ZIEKTE),
  ziekte: P('loondoorbetaling bij ziekte', 'Loondoorbetaling bij ziekte: RIV-toets, re-integratie en tweede spoor', 104, 246, ZIEKTE),
} as const satisfies Record<string, Passage>;

/** Which passages each shipped policy cites (the table in docs/bronnen/README.md and each file's head). */
const PER_REGELING: Readonly<Record<string, readonly Passage[]>> = {
  'aov-zelfstandigen.regel': [PASSAGES.p3a, PASSAGES.b1],
  'basiscontract.regel': [PASSAGES.p3b, PASSAGES.b2oproep],
  'certificering-uitleners.regel': [PASSAGES.p3c, PASSAGES.b2cert],
  'crisisregeling-personeelsbehoud.regel': [PASSAGES.p5],
  'ketenbepaling.regel': [PASSAGES.p3d, PASSAGES.b2keten],
  'loondoorbetaling-bij-ziekte.regel': [PASSAGES.ziekteCommunicatie, PASSAGES.ziekte],
  'reintegratie-kleine-werkgevers.regel': [PASSAGES.p4, PASSAGES.b3, PASSAGES.ziekte],
  'schijnzelfstandigheid.regel': [PASSAGES.p6],
  'uitzendfasen.regel': [PASSAGES.p3c, PASSAGES.b2uitzend],
  'ww-premie.regel': [PASSAGES.p3g, PASSAGES.p3b],
};

/**
 * The passages a policy cites: for a shipped policy (by file name, without folders) the table's;
 * for another, every passage one of its `bron` texts names.
 */
export function passagesVan(bestand: string, bronnen: readonly string[] = []): readonly Passage[] {
  const naam = bestand.slice(bestand.lastIndexOf('/') + 1);
  const bekend = PER_REGELING[naam];
  if (bekend) return bekend;
  const alle: readonly Passage[] = Object.values(PASSAGES);
  return alle.filter((p) => bronnen.some((b) => passagesInBron(b, [p]).length > 0));
}

/**
 * A stretch of a letter as readable paragraphs (the letter is wrapped at line width; a word broken
 * with a hyphen at a line end is joined again), each with the line it starts on.
 */
export function alineas(brieftekst: string, van = 1, tot = Number.MAX_SAFE_INTEGER): { regel: number; tekst: string }[] {
  const regels = brieftekst.split(/\r?\n/);
  const uit: { regel: number; tekst: string }[] = [];
  let huidig: string[] = [];
  let begin = van;
  const sluit = (): void => {
    const tekst = huidig.join(' ').replace(/(\p{L})- (\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ').trim();
    if (tekst.length > 0) uit.push({ regel: begin, tekst });
    huidig = [];
  };
  for (let n = van; n <= Math.min(tot, regels.length); n++) {
    const r = regels[n - 1]!;
    if (r.trim() === '') sluit();
    else {
      if (huidig.length === 0) begin = n;
      huidig.push(r.trim());
    }
  }
  sluit();
  return uit;
}

/** The text of a passage, as readable paragraphs. */
export function passageTekst(p: Passage, brieftekst: string): string[] {
  return alineas(brieftekst, p.van, p.tot).map((a) => a.tekst);
}

export function briefTitel(p: Passage): string {
  return BRIEVEN[p.brief] ?? p.brief;
}

/** Passages a bron text refers to ('§ 3a', 'Bijlage 1', 'Bijlage 2, Ketenbepaling'). */
export function passagesInBron(bron: string, kandidaten: readonly Passage[]): Passage[] {
  return kandidaten.filter((p) => {
    if (p.sleutel.startsWith('§')) return new RegExp(`${p.sleutel.replace(' ', '\\s*')}(?![0-9a-z])`).test(bron);
    if (p.sleutel.startsWith('Bijlage')) {
      const [bijlage, onderdeel] = p.sleutel.split(', ');
      return new RegExp(`${bijlage}(?![0-9])`).test(bron) && (!onderdeel || bron.includes(onderdeel.split('/')[0] ?? onderdeel));
    }
    return bron.toLowerCase().includes(p.sleutel);
  });
}

/** Words that say nothing about which paragraph is meant. */
const STOPWOORDEN = new Set(['kamerbrief', 'hervorming', 'arbeidsmarkt', 'bijlage', 'april', 'interpretatie', 'artikel', 'wordt', 'worden', 'zijn', 'heeft', 'hebben', 'deze', 'voor', 'naar', 'door', 'onder', 'tussen', 'wanneer', 'zoals', 'issue']);

function woorden(tekst: string): Set<string> {
  return new Set((tekst.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !STOPWOORDEN.has(w)));
}

/**
 * The paragraph of the passage a bron quotes or paraphrases: the one sharing the most words
 * (of five letters or more) with the bron text; null when none shares two.
 */
export function geciteerdeAlinea(bron: string, p: Passage, brieftekst: string): { regel: number; tekst: string } | null {
  const gezocht = woorden(bron);
  let beste: { regel: number; tekst: string } | null = null;
  let score = 1;
  for (const a of alineas(brieftekst, p.van, p.tot)) {
    let s = 0;
    for (const w of woorden(a.tekst)) if (gezocht.has(w)) s++;
    if (s > score) { score = s; beste = a; }
  }
  return beste;
}
