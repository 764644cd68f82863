// Voorbeeldregelingen (policies/*.regel, meegebundeld) en de passages uit de Kamerbrieven die elke regeling citeert.
const REGELINGEN = import.meta.glob<string>('../../policies/*.regel', { query: '?raw', import: 'default', eager: true });
const BRIEVEN = import.meta.glob<string>('../../docs/bronnen/*.txt', { query: '?raw', import: 'default', eager: true });

export const STANDAARD_VOORBEELD = 'ketenbepaling.regel';

const bestandsnaam = (pad: string): string => pad.slice(pad.lastIndexOf('/') + 1);

/** Bestandsnaam (zoals `ketenbepaling.regel`) → tekst. */
export const VOORBEELDEN: ReadonlyMap<string, string> = new Map(
  Object.entries(REGELINGEN).map(([pad, tekst]) => [bestandsnaam(pad), tekst] as const).sort(([a], [b]) => a.localeCompare(b)),
);

/** De naam na `regeling` (voor de kiezer), of de bestandsnaam. */
export function titelVan(bestand: string): string {
  const tekst = VOORBEELDEN.get(bestand) ?? '';
  const m = /^regeling\s+(\S+)/m.exec(tekst);
  return m?.[1] ? `${m[1]} (${bestand})` : bestand;
}

const HERVORMING = 'kamerbrief-hervorming-arbeidsmarkt-2023-04-03.txt';
const ZIEKTE = 'kamerbrief-loondoorbetaling-bij-ziekte-2022.txt';
const BRIEFTITEL: Record<string, string> = {
  [HERVORMING]: 'Voortgangsbrief hervorming arbeidsmarkt, 3 april 2023',
  [ZIEKTE]: 'Kamerbrief loondoorbetaling bij ziekte, 2022',
};

export interface Passage {
  /** Hoe een bron de passage noemt, voor het markeren bij de cursor: '§ 3a', 'Bijlage 2, Ketenbepaling'. */
  readonly sleutel: string;
  readonly kop: string;
  readonly brief: string;
  /** Regelnummers in het briefbestand (vanaf 1, inclusief), uit docs/bronnen/README.md. */
  readonly van: number;
  readonly tot: number;
}

const P = (sleutel: string, kop: string, van: number, tot: number, brief = HERVORMING): Passage => ({ sleutel, kop, brief, van, tot });

const PASSAGES = {
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

/** Welke passages elke voorbeeldregeling citeert (uit de tabel in docs/bronnen/README.md en de kop van elk bestand). */
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

export function passagesVan(bestand: string): readonly Passage[] {
  return PER_REGELING[bestand] ?? [];
}

/** De tekst van een passage, als leesbare alinea's (de brief is op regelbreedte afgebroken). */
export function passageTekst(p: Passage): string[] {
  const pad = Object.keys(BRIEVEN).find((k) => k.endsWith(`/${p.brief}`));
  const regels = (pad ? BRIEVEN[pad] ?? '' : '').split(/\r?\n/).slice(p.van - 1, p.tot);
  const alineas: string[] = [];
  let huidig: string[] = [];
  const sluit = (): void => { if (huidig.length) alineas.push(huidig.join(' ').replace(/(\p{L})- (\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ').trim()); huidig = []; };
  for (const r of regels) {
    if (r.trim() === '') sluit(); else huidig.push(r.trim());
  }
  sluit();
  return alineas.filter((a) => a.length > 0);
}

export function briefTitel(p: Passage): string {
  return BRIEFTITEL[p.brief] ?? p.brief;
}

/** Passages waarnaar een bron-tekst verwijst ('§ 3a', 'Bijlage 1', 'Bijlage 2, Ketenbepaling'). */
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
