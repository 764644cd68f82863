// Turns Regelwerk source text into tokens. Keywords come from the one table in keywords.ts;
// comments are kept in their own group so a formatter can put them back.
import { createToken, Lexer, type TokenType, type IToken } from 'chevrotain';
import { EENHEIDWOORDEN, SLEUTELWOORDEN } from './keywords.js';
import { leesDatum } from '../runtime/datum.js';
import { COMMENTAAR, LETTER, LITERAAL, NAAM } from './lexicon.js';

/**
 * What the grammar calls a name: a lexed name (NaamLit) or a type word that is also a name
 * (`percentage`, see `ookNaam` in keywords.ts). A token category, so the CST keeps the key 'Naam'.
 */
/**
 * What the grammar accepts as the name of a field or a function parameter, and as a name in an
 * expression: a name, or a duration unit word (`jaar`, `jaren`, `dag`, ...), the natural JSON name
 * of a field. Where a unit word means a unit (`5 jaren`, `jaar van D`) the grammar tries that first.
 */
export const VeldNaam = createToken({ name: 'VeldNaam', pattern: Lexer.NA });
export const Naam = createToken({ name: 'Naam', pattern: Lexer.NA, categories: [VeldNaam] });
export const NaamLit = createToken({
  name: 'NaamLit',
  pattern: new RegExp(NAAM),
  categories: [Naam],
});

/** Does a name start with a letter (RW0007 otherwise)? */
export function begintMetLetter(naam: string): boolean {
  return new RegExp(`^[${LETTER}]`).test(naam);
}
/**
 * White space: what `\s` matches, except U+FEFF. A byte order mark is allowed once, as the first
 * character (lex turns it into a space); a second one, or one further on, is an unknown character.
 */
export const WitRuimte = createToken({ name: 'WitRuimte', pattern: /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/, group: Lexer.SKIPPED });
export const Commentaar = createToken({ name: 'Commentaar', pattern: new RegExp(COMMENTAAR), group: 'commentaar' });
export const DatumLit = createToken({ name: 'DatumLit', pattern: new RegExp(LITERAAL.datum) });
export const BedragLit = createToken({ name: 'BedragLit', pattern: new RegExp(LITERAAL.bedrag) });
export const PercentageLit = createToken({ name: 'PercentageLit', pattern: new RegExp(LITERAAL.percentage) });
export const GetalLit = createToken({ name: 'GetalLit', pattern: new RegExp(LITERAAL.getal) });
// A number written with a point (39.5%, € 7.50, 12.50, € 2.337,00, 2026.03.01): lexed as the
// literal it was meant to be, so parsing goes on without a cascade, and reported once (RW0008)
// by leesBestand with the corrected literal. The digits before a point rule out field access
// (`w.leeftijd`), which has a name before its point.
const MET_PUNT = '\\d+(?:\\.\\d+)+(?:,\\d+)?';
// A date with points: year first (2026.3.1, 2026.03.01) or Dutch day first (1.3.2026, 01.03.2026),
// with one or two digits for month and day. Not when more digits, a decimal part or a % follow:
// then it is a number with points, reported as such.
const PUNT_DATUM = '(?:\\d{4}\\.\\d{1,2}\\.\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})';
export const DatumPuntLit = createToken({ name: 'DatumPuntLit', pattern: new RegExp(`${PUNT_DATUM}(?!\\d|[.,]\\d|[ \\t]?%)`), categories: [DatumLit] });
export const BedragPuntLit = createToken({ name: 'BedragPuntLit', pattern: new RegExp(`€[ \\t]?-?${MET_PUNT}`), categories: [BedragLit] });
export const PercentagePuntLit = createToken({ name: 'PercentagePuntLit', pattern: new RegExp(`${MET_PUNT}[ \\t]?%`), categories: [PercentageLit] });
export const GetalPuntLit = createToken({ name: 'GetalPuntLit', pattern: new RegExp(MET_PUNT), categories: [GetalLit] });
const PUNT_LITERALEN = new Set<TokenType>([DatumPuntLit, BedragPuntLit, PercentagePuntLit, GetalPuntLit]);

/** Is this a number literal written with a point (RW0008)? */
export function isPuntLiteraal(t: IToken): boolean {
  return PUNT_LITERALEN.has(t.tokenType);
}

export type PuntSoort = 'decimaal' | 'duizendtal' | 'datum' | 'onbestaandeDatum' | 'onduidelijk';

/**
 * The year, month and day of a date written with points (`2026.3.1`, `1.3.2026`), whether or not
 * that date exists; null for anything else.
 */
function puntDatum(getal: string): { jaar: number; maand: number; dag: number } | null {
  const jmd = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(getal);
  if (jmd) return { jaar: Number(jmd[1]), maand: Number(jmd[2]), dag: Number(jmd[3]) };
  const dmj = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(getal);
  if (dmj) return { jaar: Number(dmj[3]), maand: Number(dmj[2]), dag: Number(dmj[1]) };
  return null;
}

/** A date as Regelwerk writes it, JJJJ-MM-DD, also when it does not exist (2025-02-30). */
function isoDatum({ jaar, maand, dag }: { jaar: number; maand: number; dag: number }): string {
  const twee = (x: number): string => String(x).padStart(2, '0');
  return `${String(jaar).padStart(4, '0')}-${twee(maand)}-${twee(dag)}`;
}

/**
 * What a drafter meant by a number with points, and the literal written the Regelwerk way with
 * the rest of the image (€, %, spaces) kept: `39.5%` -> `39,5%` (decimal point), `€ 2.337,00` ->
 * `€ 2337,00` (thousands points), `2026.3.1` and `1.3.2026` -> `2026-03-01` (a date). A date
 * that does not exist (`2025.2.30`) is 'onbestaandeDatum', with its text as JJJJ-MM-DD all the same.
 */
export function zonderPunt(beeld: string): { soort: PuntSoort; tekst: string } {
  const m = /\d+(?:\.\d+)+(?:,\d+)?/.exec(beeld);
  if (!m) return { soort: 'onduidelijk', tekst: beeld };
  const getal = m[0];
  const vervang = (door: string): string => beeld.slice(0, m.index) + door + beeld.slice(m.index + getal.length);
  const datum = beeld.includes('%') || beeld.includes('€') ? null : puntDatum(getal);
  if (datum) {
    const iso = isoDatum(datum);
    return { soort: leesDatum(iso) === null ? 'onbestaandeDatum' : 'datum', tekst: vervang(iso) };
  }
  const punten = getal.split('.').length - 1;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(getal) && (punten > 1 || getal.includes(','))) return { soort: 'duizendtal', tekst: vervang(getal.replace(/\./g, '')) };
  if (punten === 1 && !getal.includes(',')) return { soort: 'decimaal', tekst: vervang(getal.replace('.', ',')) };
  // several points that are no thousands groups, or a point and a comma: keep the digits only
  return { soort: 'onduidelijk', tekst: vervang(getal.replace(/[.,]/g, '')) };
}

/** A literal token's text as the AST reads it: a number with points as it was meant (see zonderPunt). */
export function literaalBeeld(t: IToken): string {
  if (!isPuntLiteraal(t)) return t.image;
  const z = zonderPunt(t.image);
  // a date lexed as a date is read as one; in a number's place any valid number will do (the
  // file has an error anyway)
  if (t.tokenType === DatumPuntLit) return z.tekst;
  return z.soort === 'datum' || z.soort === 'onbestaandeDatum' ? z.tekst.replace(/-/g, '') : z.tekst;
}
export const TekstLit = createToken({ name: 'TekstLit', pattern: new RegExp(LITERAAL.tekst) });
export const JaNee = createToken({ name: 'JaNee', pattern: /ja\/nee/ });

function punct(name: string, pattern: RegExp): TokenType {
  return createToken({ name, pattern });
}
export const KleinerGelijk = punct('KleinerGelijk', /<=|≤/);
export const GroterGelijk = punct('GroterGelijk', />=|≥/);
export const Ongelijk = punct('Ongelijk', /!=|<>|≠/);
export const Kleiner = punct('Kleiner', /</);
export const Groter = punct('Groter', />/);
export const Gelijk = punct('Gelijk', /=/);
export const Dubbelepunt = punct('Dubbelepunt', /:/);
export const Komma = punct('Komma', /,/);
export const Punt = punct('Punt', /\./);
export const HaakOpen = punct('HaakOpen', /\(/);
export const HaakSluit = punct('HaakSluit', /\)/);
export const BlokOpen = punct('BlokOpen', /\[/);
export const BlokSluit = punct('BlokSluit', /\]/);
export const AccOpen = punct('AccOpen', /\{/);
export const AccSluit = punct('AccSluit', /\}/);
export const Plus = punct('Plus', /\+/);
export const Min = punct('Min', /-|−/);
export const Maal = punct('Maal', /\*|×/);
export const Deel = punct('Deel', /\//);
/** The column separator of a decision table (`| leeftijd | bbl | ... |`). */
export const Streep = punct('Streep', /\|/);

/** One token type per keyword, by its word. */
export const K: Readonly<Record<string, TokenType>> = Object.fromEntries(
  SLEUTELWOORDEN.map(({ woord, ookNaam }) => [
    woord,
    createToken({
      name: `K_${woord.replace(/'/g, '')}`,
      pattern: new RegExp(woord.replace(/'/g, "'")),
      longer_alt: NaamLit,
      ...(ookNaam ? { categories: [Naam] } : EENHEIDWOORDEN.includes(woord) ? { categories: [VeldNaam] } : {}),
    }),
  ]),
);

export function kw(woord: string): TokenType {
  const t = K[woord];
  if (!t) throw new Error(`onbekend sleutelwoord in de grammatica: ${woord}`);
  return t;
}

// Longer keywords first where one is a prefix of another (e.g. "elke" before "elk").
const keywordTokens = Object.values(K).sort(
  (a, b) => String(b.PATTERN).length - String(a.PATTERN).length,
);

export const ALLE_TOKENS: TokenType[] = [
  WitRuimte, Commentaar, DatumLit, DatumPuntLit, BedragPuntLit, BedragLit, PercentagePuntLit, PercentageLit, GetalPuntLit, GetalLit, TekstLit, JaNee,
  ...keywordTokens,
  NaamLit, Naam, VeldNaam,
  KleinerGelijk, GroterGelijk, Ongelijk, Kleiner, Groter, Gelijk, Dubbelepunt, Komma, Punt,
  HaakOpen, HaakSluit, BlokOpen, BlokSluit, AccOpen, AccSluit, Plus, Min, Maal, Deel, Streep,
];

// Built on first use, like the parser: a CLI start that never reads a policy need not pay for it.
// Its pattern validations only check this token table, so they run in the tests
// (controleerTokens), not at every start.
let regelwerkLexer: Lexer | null = null;

export function controleerTokens(): void {
  new Lexer(ALLE_TOKENS, { positionTracking: 'full', ensureOptimizations: true, skipValidations: false });
}

export interface LexResultaat {
  tokens: IToken[];
  commentaren: IToken[];
  fouten: { offset: number; regel: number; kolom: number; lengte: number; tekst: string }[];
}

export function lex(tekst: string): LexResultaat {
  regelwerkLexer ??= new Lexer(ALLE_TOKENS, { positionTracking: 'full', ensureOptimizations: false, skipValidations: true });
  // One byte order mark at the very start (editors on Windows write one) counts as a space, so
  // every offset stays that of the text; any other U+FEFF is RW0001.
  const r = regelwerkLexer.tokenize(tekst.charCodeAt(0) === 0xfeff ? ` ${tekst.slice(1)}` : tekst);
  return {
    tokens: r.tokens,
    commentaren: r.groups['commentaar'] ?? [],
    fouten: r.errors.map((e) => ({
      offset: e.offset,
      regel: e.line ?? 1,
      kolom: e.column ?? 1,
      lengte: e.length,
      tekst: tekst.substr(e.offset, e.length),
    })),
  };
}
