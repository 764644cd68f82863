// The layout of the formatter: the piece it lays out (Stuk: a token or a verbatim stretch, cut from
// the CST by stukken.ts), how pieces go into lines in the house style of policies/ and stdlib/, and
// writing the lines.
//
// Layout rules, in short:
// - a declaration starts at column 0; its clauses (bron, eis, indien, uitzondering, gegeven, ...)
//   and a body on its own line are indented 2 further than the line their node starts on;
// - the drafter's line breaks are kept where the house style allows a choice (before a clause, an
//   expression after `is`/`dan`/`:`, before dan/anders/en/of/+/-, inside brackets after a comma);
//   breaks anywhere else are joined;
// - a line longer than 100 columns is broken before the outermost en/of on it;
// - one space between tokens, none inside () and [] or before , : . ), and none for calls and
//   indexing; blank lines collapse to one; one newline at the end; trailing spaces go.
import { tokenMatcher, type CstNode, type IToken } from 'chevrotain';
import { Naam } from '../lexer.js';
import type { OptelExprCstNode, PostfixExprCstNode, UnairExprCstNode } from '../cst.js';
import type { Aangehecht } from './commentaar.js';

/** The widest line before a condition is broken before its `en`/`of`. */
export const REGELBREEDTE = 100;
export const INSPRING = 2;

/** Declarations and clauses: their sub-parts may each start a line of their own. */
const CLAUSULE_HOUDERS = new Set([
  'kop', 'gebruikDecl', 'soortDecl', 'invoerDecl', 'bereikDecl', 'eisClausule', 'bereikClausule', 'uitvoerDecl',
  'parameterDecl', 'parameterRij', 'functieDecl', 'regelDecl', 'uitzondering', 'voorbeeldenPeildatumDecl',
  'voorbeeldDecl', 'toewijzing', 'eigenschapDecl',
]);
const CLAUSULE_DELEN = new Set(['bronClausule', 'eisClausule', 'bereikClausule', 'uitzondering', 'parameterRij', 'toewijzing', 'expressie', 'optelExpr']);
const CLAUSULE_WOORDEN = new Set(['indien', 'dan', 'melding', 'gegeven', 'verwacht', 'peildatum', 'parameter', 'fout', 'geldig']);

/** One token, or one verbatim stretch of source (a rule the printer does not know, or a table). */
export interface Stuk {
  readonly tekst: string;
  readonly start: number;
  readonly eind: number; // offset just past it
  /** The token, for a plain token; the first token of a verbatim stretch. */
  readonly token: IToken;
  /** The CST nodes around it, from the root down (without the node of a verbatim stretch). */
  readonly pad: readonly CstNode[];
  /** The key under which its parent holds it (token type name or label). */
  readonly sleutel: string;
  readonly letterlijk: boolean;
  /** A block printer's text: its later lines are indented relative to the line it starts on. */
  readonly relatief: boolean;
}

/** The node both pieces sit in, and the part of it that holds `b`. */
export function gemeenschappelijk(a: Stuk, b: Stuk): { node: CstNode | null; deel: string } {
  let k = 0;
  while (k < a.pad.length && k < b.pad.length && a.pad[k] === b.pad[k]) k++;
  const node = k > 0 ? b.pad[k - 1]! : null;
  const deel = k < b.pad.length ? b.pad[k]!.name : b.sleutel;
  return { node, deel };
}

function woord(s: Stuk): string {
  return s.letterlijk ? '' : s.token.tokenType.name.startsWith('K_') ? s.token.image : '';
}

const OPENERS = new Set(['HaakOpen', 'BlokOpen', 'AccOpen']);
const SLUITERS = new Set(['HaakSluit', 'BlokSluit', 'AccSluit']);
const REKEN = new Set(['Plus', 'Min', 'Maal', 'Deel']);

function soort(s: Stuk): string {
  return s.letterlijk ? '' : s.token.tokenType.name;
}

/** A name: a lexed name, or a type word used as one (the token category Naam). */
function isNaam(s: Stuk): boolean {
  return !s.letterlijk && tokenMatcher(s.token, Naam);
}

/**
 * May a line break before `b` (after `a`) stay as the drafter wrote it? Elsewhere the printer
 * joins the lines (samengevoegdeBreuken lists those places for the tests).
 */
export function breukMagBlijven(a: Stuk, b: Stuk): boolean {
  if (OPENERS.has(soort(a)) || soort(a) === 'Komma' || SLUITERS.has(soort(b))) return true;
  if (a.letterlijk || b.letterlijk) return true;
  const { node, deel } = gemeenschappelijk(a, b);
  if (node === null) return true;
  const n = node.name;
  if (n === 'bestand' || n === 'declaratie') return true;
  if (n === 'eigenschapDecl' && soort(a) === 'Dubbelepunt') return true;
  if (n === 'afrondExpr') return woord(b) === 'afgerond';
  if (CLAUSULE_HOUDERS.has(n)) return CLAUSULE_DELEN.has(deel) || CLAUSULE_WOORDEN.has(woord(b));
  if (n === 'alsExpr') return deel === 'expressie' || woord(b) === 'dan' || woord(b) === 'anders';
  if (n === 'lambdaExpr') return deel === 'expressie' || ['waarvoor', 'geeft', 'geldt'].includes(woord(b));
  if (n === 'ofExpr' || n === 'enExpr') return woord(b) === 'of' || woord(b) === 'en';
  if (n === 'optelExpr' || n === 'maalExpr') return REKEN.has(soort(b)) || woord(b) === 'van';
  return false;
}

/** The spaces between two pieces on one line. */
function tussenruimte(a: Stuk, b: Stuk): string {
  const sa = soort(a), sb = soort(b);
  if (['Komma', 'Dubbelepunt', 'Punt', 'HaakSluit', 'BlokSluit'].includes(sb)) return '';
  if (sa === 'Punt' || sa === 'HaakOpen' || sa === 'BlokOpen') return '';
  if (sa === 'AccOpen' && sb === 'AccSluit') return '';
  if (sb === 'HaakOpen' && isNaam(a)) return '';
  if (sb === 'BlokOpen' && ouder<PostfixExprCstNode>(b, 'postfixExpr')?.children.BlokOpen?.includes(b.token)) return '';
  // A unary minus sticks to its operand, unless that would make `--`, a comment.
  if (sa === 'Min' && ouder<UnairExprCstNode>(a, 'unairExpr')?.children.Min?.includes(a.token) && !/^[-−]/.test(b.tekst)) return '';
  return ' ';
}

interface Regel {
  inspring: number;
  tekst: string;
  /** Index of the first piece on it, or -1 for a comment line or blank line. */
  eersteStuk: number;
  leegErvoor: boolean;
}

/** The indentation of piece `i` when it starts a line. */
function inspringing(bron: string, s: readonly Stuk[], i: number, regelVan: readonly number[], regels: readonly Regel[], haakjes: readonly number[]): number {
  return basisInspringing(bron, s, i, regelVan, regels, haakjes) + hangendeOperator(bron, s, i);
}

/**
 * A sum written with its operators at the start of the lines puts its first term under the
 * others: `    (a)` over `  + (b)`.
 */
function hangendeOperator(bron: string, s: readonly Stuk[], i: number): number {
  const b = s[i]!;
  for (const n of b.pad) {
    if (!isOptelExpr(n) || eersteStukVan(n, s, i) !== i) continue;
    const ops = [...(n.children.Plus ?? []), ...(n.children.Min ?? [])];
    const voorOp = (t: IToken): string => bron.slice(bron.lastIndexOf('\n', t.startOffset) + 1, t.startOffset);
    if (ops.length > 0 && ops.every((t) => voorOp(t).trim() === '')) return INSPRING;
    return 0;
  }
  return 0;
}

function isOptelExpr(n: CstNode): n is OptelExprCstNode {
  return n.name === 'optelExpr';
}

/** The innermost node around a piece, if it is the named rule (typed by the generated CST). */
function ouder<N extends CstNode>(s: Stuk, naam: N['name']): N | null {
  const n = s.pad[s.pad.length - 1];
  return n?.name === naam ? (n as N) : null;
}

function basisInspringing(bron: string, s: readonly Stuk[], i: number, regelVan: readonly number[], regels: readonly Regel[], haakjes: readonly number[]): number {
  const b = s[i]!;
  if (i === 0) return 0;
  const a = s[i - 1]!;
  const inspringVan = (j: number): number => regels[regelVan[j]!]!.inspring;
  const open = haakjes[haakjes.length - 1];
  if (SLUITERS.has(soort(b)) && open !== undefined) return inspringVan(open);
  const { node, deel } = gemeenschappelijk(a, b);
  if (node === null || node.name === 'bestand' || node.name === 'declaratie') return 0;
  const eerste = eersteStukVan(node, s, i);
  let basis = inspringVan(eerste);
  if (open !== undefined && s[open]!.start > s[eerste]!.start) basis = inspringVan(open);
  const begintRegel = (j: number): boolean => regels[regelVan[j]!]!.eersteStuk === j;
  if (node.name === 'voorbeeldDecl' && deel === 'toewijzing' && woord(a) !== 'parameter') {
    return basis + 2 * INSPRING;
  }
  if (node.name === 'alsExpr' && (woord(b) === 'dan' || woord(b) === 'anders')) return basis;
  const voegwoord = ((node.name === 'ofExpr' || node.name === 'enExpr') && (woord(b) === 'en' || woord(b) === 'of'))
    || ((node.name === 'optelExpr' || node.name === 'maalExpr') && (REKEN.has(soort(b)) || woord(b) === 'van'));
  if (voegwoord && begintRegel(eerste)) return basis - hangendeOperator(bron, s, eerste);
  return basis + INSPRING;
}

const eersteCache = new WeakMap<CstNode, number>();

/** The index of the first piece inside `node`, searching back from piece `i`. */
export function eersteStukVan(node: CstNode, s: readonly Stuk[], i: number): number {
  const c = eersteCache.get(node);
  if (c !== undefined) return c;
  let j = i;
  while (j > 0 && s[j - 1]!.pad.includes(node)) j--;
  eersteCache.set(node, j);
  return j;
}

/** Lays the pieces out into lines; `extraBreuk` holds pieces that must start a line (long lines). */
export function leg(bron: string, s: readonly Stuk[], per: readonly Aangehecht[], slot: readonly IToken[], extraBreuk: ReadonlySet<number>): { regels: Regel[]; regelVan: number[] } {
  const regels: Regel[] = [];
  const regelVan: number[] = [];
  const haakjes: number[] = [];
  let naCommentaar = false;
  const commentaarRegels = (cs: readonly IToken[], inspring: number, vanaf: number): void => {
    let vorigEind = vanaf;
    for (const c of cs) {
      const leeg = regels.length > 0 && /\n[ \t\r]*\n/.test(bron.slice(vorigEind, c.startOffset));
      regels.push({ inspring, tekst: c.image.trimEnd(), eersteStuk: -1, leegErvoor: leeg });
      vorigEind = c.endOffset! + 1;
    }
  };
  for (let i = 0; i < s.length; i++) {
    const b = s[i]!;
    const a = i > 0 ? s[i - 1]! : null;
    const { ervoor, na } = per[i]!;
    const vorigEind = a ? (per[i - 1]!.na?.endOffset ?? a.eind - 1) + 1 : 0;
    const tussen = bron.slice(vorigEind, ervoor[0]?.startOffset ?? b.start);
    const breukInBron = a === null || tussen.includes('\n') || ervoor.length > 0;
    const { node } = a ? gemeenschappelijk(a, b) : { node: null };
    const nieuweDeclaratie = a === null || node === null || node.name === 'bestand';
    const breek = nieuweDeclaratie || naCommentaar || ervoor.length > 0 || extraBreuk.has(i) || (breukInBron && breukMagBlijven(a!, b));
    if (breek) {
      const inspring = inspringing(bron, s, i, regelVan, regels, haakjes);
      const leeg = regels.length > 0 && /\n[ \t\r]*\n/.test(tussen);
      const eindVoor = ervoor.length ? ervoor[ervoor.length - 1]!.endOffset! + 1 : 0;
      commentaarRegels(ervoor, inspring, vorigEind);
      const leegNaCommentaar = ervoor.length > 0 && /\n[ \t\r]*\n/.test(bron.slice(eindVoor, b.start));
      regels.push({ inspring, tekst: stukTekst(b, inspring), eersteStuk: i, leegErvoor: ervoor.length ? leegNaCommentaar : leeg });
    } else {
      const r = regels[regels.length - 1]!;
      r.tekst += tussenruimte(a!, b) + stukTekst(b, r.inspring);
    }
    regelVan[i] = regels.length - 1;
    if (OPENERS.has(soort(b))) haakjes.push(i);
    if (SLUITERS.has(soort(b))) haakjes.pop();
    naCommentaar = na !== null;
    if (na) regels[regels.length - 1]!.tekst += ` ${na.image.trimEnd()}`;
  }
  const laatsteEind = s.length ? (per[s.length - 1]!.na?.endOffset ?? s[s.length - 1]!.eind - 1) + 1 : 0;
  commentaarRegels(slot, 0, laatsteEind);
  return { regels, regelVan };
}

function stukTekst(s: Stuk, inspring: number): string {
  return s.relatief ? s.tekst.replace(/\n/g, `\n${' '.repeat(inspring)}`) : s.tekst;
}

/** Pieces that must start a line because their line is too long: the outermost en/of on it. */
export function langeRegels(regels: readonly Regel[], s: readonly Stuk[]): number[] {
  const uit: number[] = [];
  for (let r = 0; r < regels.length; r++) {
    const regel = regels[r]!;
    if (regel.eersteStuk < 0 || regel.inspring + regel.tekst.length <= REGELBREEDTE) continue;
    const eind = regels.slice(r + 1).find((x) => x.eersteStuk >= 0)?.eersteStuk ?? s.length;
    let diepte = Infinity;
    let kandidaten: number[] = [];
    for (let i = regel.eersteStuk + 1; i < eind; i++) {
      const w = woord(s[i]!);
      const ouder = s[i]!.pad[s[i]!.pad.length - 1]?.name;
      if (!((w === 'en' && ouder === 'enExpr') || (w === 'of' && ouder === 'ofExpr'))) continue;
      const d = s[i]!.pad.length;
      if (d < diepte) { diepte = d; kandidaten = [i]; } else if (d === diepte) kandidaten.push(i);
    }
    uit.push(...kandidaten);
    // A body right after `is` that has to break goes to a line of its own, as in the house style.
    const node = kandidaten.length ? s[kandidaten[0]!]!.pad[s[kandidaten[0]!]!.pad.length - 1]! : null;
    if (node) {
      const eerste = eersteStukVan(node, s, kandidaten[0]!);
      if (eerste > regel.eersteStuk && woord(s[eerste - 1]!) === 'is' && breukMagBlijven(s[eerste - 1]!, s[eerste]!)) uit.push(eerste);
    }
  }
  return uit;
}

/**
 * A record or list that spans lines opens and closes on lines of its own: the elements go under
 * each other, the closing bracket under the line that opened it.
 */
export function openBlokken(regels: readonly Regel[], s: readonly Stuk[], regelVan: (i: number) => number): number[] {
  const uit: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = soort(s[i]!);
    if (k === 'AccOpen' || k === 'BlokOpen' || k === 'HaakOpen') open.push(i);
    if (k !== 'AccSluit' && k !== 'BlokSluit' && k !== 'HaakSluit') continue;
    const o = open.pop();
    if (o === undefined || k === 'HaakSluit' || i === o + 1 || regelVan(o) === regelVan(i)) continue;
    if (regels[regelVan(o + 1)]!.eersteStuk !== o + 1) uit.push(o + 1);
    if (regels[regelVan(i)]!.eersteStuk !== i) uit.push(i);
  }
  return uit;
}

export function schrijf(regels: readonly Regel[]): string {
  const uit: string[] = [];
  for (const r of regels) {
    if (r.leegErvoor && uit.length > 0) uit.push('');
    uit.push((' '.repeat(r.inspring) + r.tekst).trimEnd());
  }
  return uit.length ? `${uit.join('\n')}\n` : '';
}

/**
 * A `gegevens { ... }` type or a record written one field per line gets its values in one
 * column: `begin:        datum` over `seizoenswerk: ja/nee`. Several fields on a line stay as
 * they are.
 */
export function lijnVeldenUit(regels: Regel[], regelVan: readonly number[], s: readonly Stuk[]): void {
  const open: number[] = [];
  for (let j = 0; j < s.length; j++) {
    if (soort(s[j]!) === 'AccOpen') open.push(j);
    if (soort(s[j]!) !== 'AccSluit') continue;
    const i = open.pop();
    if (i === undefined) continue;
    const houder = s[i]!.pad[s[i]!.pad.length - 1];
    const velden: number[] = [];
    for (let k = i + 1; k < j; k++) {
      const veld = s[k]!.pad[s[k]!.pad.length - 1];
      const isVeld = (veld?.name === 'veldDef' || veld?.name === 'veldWaarde') && s[k]!.pad[s[k]!.pad.length - 2] === houder && isNaam(s[k]!);
      if (isVeld && soort(s[k + 1]!) === 'Dubbelepunt' && s[k - 1] && (k === i + 1 || soort(s[k - 1]!) === 'Komma')) velden.push(k);
    }
    if (velden.length < 2 || velden.some((k) => regels[regelVan[k]!]!.eersteStuk !== k || regelVan[k + 1] !== regelVan[k])) continue;
    const breed = Math.max(...velden.map((k) => s[k]!.tekst.length));
    for (const k of velden) {
      const r = regels[regelVan[k]!]!;
      const naam = s[k]!.tekst;
      const rest = r.tekst.slice(naam.length + 1).trimStart();
      r.tekst = rest ? `${naam}:${' '.repeat(breed - naam.length + 1)}${rest}` : `${naam}:`;
    }
  }
}
