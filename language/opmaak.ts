// The formatter (`regelwerk fmt`): prints a .regel file in the house style of policies/ and
// stdlib/, from the CST and the token stream, so the drafter's wording ("1 dag", "elk", "is na",
// brackets) and every comment stay as written. Only whitespace and line breaks change. Before it
// returns, it proves that: the output must lex and parse to the same AST, tokens and comments.
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
// A grammar rule this module does not know (a new construct) is printed verbatim.
// Just over 600 lines: the layout and the soundness check that guards it belong in one module.
import { tokenMatcher, type CstElement, type CstNode, type IToken } from 'chevrotain';
import { lex, Naam } from './lexer.js';
import { grammaticaProducties, parseTokens } from './parser.js';
import { naarAst } from './to-ast.js';
import { leesBestand, teDiep, teDiepeHaakjes } from './index.js';
import { diagnose, type Diagnose } from './diagnostics.js';
import type { BestandCstNode, OptelExprCstNode, PostfixExprCstNode, TabelCstNode, TabelKopCstNode, TabelRijCstNode, UnairExprCstNode } from './cst.js';

export interface OpmaakOpties {
  /** For the tests: rules to treat as unknown (printed verbatim), as a new grammar rule would be. */
  readonly onbekendeRegels?: readonly string[];
}

export type OpmaakResultaat =
  | { readonly ok: true; readonly tekst: string; readonly gewijzigd: boolean }
  | { readonly ok: false; readonly diagnosen: readonly Diagnose[] };

/** The widest line before a condition is broken before its `en`/`of`. */
export const REGELBREEDTE = 100;
const INSPRING = 2;

/** The grammar rules this printer lays out; any other rule is printed as written. */
const BEKENDE_REGELS = new Set([
  'bestand', 'kop', 'bronClausule', 'declaratie', 'gebruikDecl', 'soortDecl', 'invoerDecl', 'bereikDecl',
  'eisClausule', 'bereikClausule', 'uitvoerDecl', 'parameterDecl', 'parameterRij', 'functieDecl', 'regelDecl',
  'uitzondering', 'voorbeeldenPeildatumDecl', 'voorbeeldDecl', 'toewijzing', 'eigenschapDecl', 'type', 'basisType',
  'typeBereik', 'ondergrens', 'bovengrens', 'veldDef', 'expressie', 'alsExpr', 'lambdaExpr', 'ofExpr', 'enExpr',
  'nietExpr', 'vergelijking', 'woordOperator', 'symboolOperator', 'afrondExpr', 'afronding', 'optelExpr', 'maalExpr',
  'unairExpr', 'lijstOp', 'postfixExpr', 'duurEenheid', 'primair', 'veldWaarde',
]);

/** Declarations and clauses: their sub-parts may each start a line of their own. */
const CLAUSULE_HOUDERS = new Set([
  'kop', 'gebruikDecl', 'soortDecl', 'invoerDecl', 'bereikDecl', 'eisClausule', 'bereikClausule', 'uitvoerDecl',
  'parameterDecl', 'parameterRij', 'functieDecl', 'regelDecl', 'uitzondering', 'voorbeeldenPeildatumDecl',
  'voorbeeldDecl', 'toewijzing', 'eigenschapDecl',
]);
const CLAUSULE_DELEN = new Set(['bronClausule', 'eisClausule', 'bereikClausule', 'uitzondering', 'parameterRij', 'toewijzing', 'expressie', 'optelExpr']);
const CLAUSULE_WOORDEN = new Set(['indien', 'dan', 'melding', 'gegeven', 'verwacht', 'peildatum', 'parameter', 'fout', 'geldig']);

// ---- the tree around each token ----

/** One token, or one verbatim stretch of source (a rule the printer does not know, or a table). */
interface Stuk {
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

function isToken(e: CstElement): e is IToken {
  return (e as IToken).image !== undefined;
}

/**
 * A printer for a CST rule that is laid out as a block of its own (like a decision table). It
 * gets the node and the column it starts at, and returns the text (lines after the first carry
 * their full indentation). The soundness check guards whatever it prints.
 */
/** Prints a whole node with the comments inside it, or null when it cannot place them (then: as written). */
type BlokPrinter = (node: CstNode, commentaren: readonly IToken[]) => string | null;

const BLOK_PRINTERS: Readonly<Record<string, BlokPrinter>> = { tabel: printTabel };

/**
 * Splits the CST into pieces in source order: tokens, and verbatim stretches for unknown rules
 * (and for a block printer's node: its own layout, or verbatim if a comment sits inside it).
 */
function stukken(cst: CstNode, bron: string, bekend: ReadonlySet<string>, commentaren: readonly IToken[] = []): Stuk[] {
  const uit: Stuk[] = [];
  const bezoek = (n: CstNode, pad: CstNode[], sleutel: string): void => {
    const blok = BLOK_PRINTERS[n.name];
    if (!bekend.has(n.name) || blok) {
      const ts = tokensVan(n);
      if (ts.length === 0) return;
      const start = ts[0]!.startOffset, eind = ts[ts.length - 1]!.endOffset! + 1;
      const gedrukt = blok?.(n, commentaren.filter((c) => start < c.startOffset && c.startOffset < eind)) ?? null;
      const eigen = gedrukt !== null;
      const tekst = gedrukt ?? bron.slice(start, eind);
      uit.push({ tekst, start, eind, token: ts[0]!, pad, sleutel: n.name, letterlijk: true, relatief: eigen });
      return;
    }
    const binnen = [...pad, n];
    for (const [k, kinderen] of Object.entries(n.children)) {
      for (const e of kinderen) {
        if (isToken(e)) {
          if (!Number.isFinite(e.startOffset)) continue;
          uit.push({ tekst: e.image, start: e.startOffset, eind: e.endOffset! + 1, token: e, pad: binnen, sleutel: k, letterlijk: false, relatief: false });
        } else bezoek(e, binnen, e.name);
      }
    }
  };
  bezoek(cst, [], cst.name);
  return uit.sort((a, b) => a.start - b.start);
}

function tokensVan(n: CstNode): IToken[] {
  const uit: IToken[] = [];
  const loop = (m: CstNode): void => {
    for (const kinderen of Object.values(m.children)) for (const e of kinderen) {
      if (isToken(e)) { if (Number.isFinite(e.startOffset)) uit.push(e); } else loop(e);
    }
  };
  loop(n);
  return uit.sort((a, b) => a.startOffset - b.startOffset);
}

// ---- comments, attached to the tokens ----

/** The comments around one piece: on their own lines before it, and at the end of its line. */
export interface Aangehecht {
  readonly ervoor: IToken[];
  na: IToken | null;
}

/**
 * Attaches every comment to a piece: a comment on a line of its own leads the next piece, a
 * comment after code on the same line trails the piece before it. Comments after the last piece
 * are returned apart (the file's closing comments).
 */
export function hechtCommentaar(bron: string, posities: readonly { start: number; eind: number }[], commentaren: readonly IToken[]): { per: Aangehecht[]; slot: IToken[] } {
  const per: Aangehecht[] = posities.map(() => ({ ervoor: [], na: null }));
  const slot: IToken[] = [];
  let i = 0;
  for (const c of commentaren) {
    while (i < posities.length && posities[i]!.start < c.startOffset) i++;
    const vorige = i > 0 ? posities[i - 1]! : null;
    const opEigenRegel = vorige === null || bron.slice(vorige.eind, c.startOffset).includes('\n');
    if (!opEigenRegel && per[i - 1]!.na === null) per[i - 1]!.na = c;
    else if (i < posities.length) per[i]!.ervoor.push(c);
    else slot.push(c);
  }
  return { per, slot };
}

// ---- layout ----

/** The node both pieces sit in, and the part of it that holds `b`. */
function gemeenschappelijk(a: Stuk, b: Stuk): { node: CstNode | null; deel: string } {
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
function breukMagBlijven(a: Stuk, b: Stuk): boolean {
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
function eersteStukVan(node: CstNode, s: readonly Stuk[], i: number): number {
  const c = eersteCache.get(node);
  if (c !== undefined) return c;
  let j = i;
  while (j > 0 && s[j - 1]!.pad.includes(node)) j--;
  eersteCache.set(node, j);
  return j;
}

/** Lays the pieces out into lines; `extraBreuk` holds pieces that must start a line (long lines). */
function leg(bron: string, s: readonly Stuk[], per: readonly Aangehecht[], slot: readonly IToken[], extraBreuk: ReadonlySet<number>): { regels: Regel[]; regelVan: number[] } {
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
function langeRegels(regels: readonly Regel[], s: readonly Stuk[]): number[] {
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
function openBlokken(regels: readonly Regel[], s: readonly Stuk[], regelVan: (i: number) => number): number[] {
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

function schrijf(regels: readonly Regel[]): string {
  const uit: string[] = [];
  for (const r of regels) {
    if (r.leegErvoor && uit.length > 0) uit.push('');
    uit.push((' '.repeat(r.inspring) + r.tekst).trimEnd());
  }
  return uit.length ? `${uit.join('\n')}\n` : '';
}

// ---- decision tables (/work SPEC-tabel: rules tabel, tabelKop, tabelRij, tabelCel; token Streep) ----

/**
 * Prints a decision table with its columns aligned: every cell padded to the widest in its
 * column. The words before the first row (`tabel eerste`) stay on the first line; each row starts
 * a line of its own, indented 2 under the line the table starts on. A row's cells are the tokens
 * between its `|` tokens, joined with the usual spacing, so the printer needs no more of the cell
 * rules than that. A table with a comment inside is printed as written (see stukken).
 */
export function printTabel(node: CstNode, commentaren: readonly IToken[] = []): string | null {
  const t = node as TabelCstNode;
  const rijen: (TabelKopCstNode | TabelRijCstNode)[] = [...(t.children.tabelKop ?? []), ...(t.children.tabelRij ?? [])].sort((a, b) => eersteOffset(a) - eersteOffset(b));
  const eersteRij = rijen[0] ? eersteOffset(rijen[0]) : Infinity;
  const kopTokens = tokensVan(node).filter((x) => x.startOffset < eersteRij);
  const kop = kopTokens.map((x) => x.image).join(' ');
  // Each comment goes with a line: at the end of the line it ends (the kop or a row), else on its
  // own line before the next row. One inside a row, between its cells, cannot be placed: null.
  const stukken = [kopTokens, ...rijen.map((r) => tokensVan(r))];
  const voor: string[][] = stukken.map(() => []);
  const achter: (string | null)[] = stukken.map(() => null);
  for (const c of commentaren) {
    const binnen = stukken.some((ts) => ts.length > 0 && ts[0]!.startOffset < c.startOffset && c.startOffset < ts[ts.length - 1]!.startOffset);
    if (binnen) return null;
    let i = stukken.length - 1;
    while (i >= 0 && !(stukken[i]!.length > 0 && stukken[i]!.at(-1)!.startOffset < c.startOffset)) i--;
    const laatste = i >= 0 ? stukken[i]!.at(-1)! : undefined;
    if (laatste && laatste.endLine === c.startLine && achter[i] === null) achter[i] = c.image;
    else if (i + 1 < stukken.length) voor[i + 1]!.push(c.image);
    else return null;
  }
  const cellen = rijen.map((r) => cellenVan(tokensVan(r)));
  const breedte: number[] = [];
  for (const rij of cellen) rij.forEach((c, k) => { breedte[k] = Math.max(breedte[k] ?? 0, c.length); });
  const metStaart = (regel: string, i: number): string => (achter[i] === null ? regel : `${regel} ${achter[i]}`);
  const regels = [
    ...(kop.length > 0 ? [metStaart(kop, 0)] : []),
    ...cellen.flatMap((rij, r) => [...voor[r + 1]!, metStaart(`| ${rij.map((c, k) => c.padEnd(breedte[k]!)).join(' | ')} |`, r + 1)]),
  ];
  return regels.join(`\n${' '.repeat(INSPRING)}`);
}

function eersteOffset(n: CstNode): number {
  return tokensVan(n)[0]?.startOffset ?? Infinity;
}

/** The cells of one row: the tokens between its `|`, each cell as one text. */
function cellenVan(ts: readonly IToken[]): string[] {
  const uit: string[] = [];
  let cel: IToken[] | null = null;
  for (const tok of ts) {
    if (tok.tokenType.name === 'Streep') {
      if (cel) uit.push(celTekst(cel));
      cel = [];
    } else cel?.push(tok);
  }
  return uit;
}

function celTekst(ts: readonly IToken[]): string {
  let uit = '';
  ts.forEach((tok, k) => {
    const vorige = ts[k - 1];
    const plak = vorige !== undefined && (/^[,.):\]]/.test(tok.image) || /^[(.[]$/.test(vorige.image) || (tok.image === '(' && tokenMatcher(vorige, Naam)));
    uit += k === 0 ? tok.image : (plak ? '' : ' ') + tok.image;
  });
  return uit;
}

// ---- the formatter ----

let bekendeRegels: ReadonlySet<string> | null = null;

/** The rules this printer lays out that the grammar really has; tables only once they exist. */
function bekend(): ReadonlySet<string> {
  if (bekendeRegels) return bekendeRegels;
  const inGrammatica = new Set(Object.keys(grammaticaProducties()));
  const tabel = ['tabel', 'tabelKop', 'tabelRij', 'tabelCel'].every((r) => inGrammatica.has(r));
  bekendeRegels = new Set([...BEKENDE_REGELS, ...(tabel ? ['tabel'] : [])]);
  return bekendeRegels;
}

interface Ontleed { cst: BestandCstNode; tokens: IToken[]; commentaren: IToken[] }

function ontleed(tekst: string): Ontleed | null {
  const l = lex(tekst);
  if (l.fouten.length > 0 || teDiepeHaakjes(l.tokens) !== null) return null;
  const p = parseTokens(l.tokens);
  if (p.fouten.length > 0) return null;
  return { cst: p.cst as BestandCstNode, tokens: l.tokens, commentaren: l.commentaren };
}

/** Prints a parsed file; no checks. */
function print(bron: string, o: Ontleed, regels: ReadonlySet<string>): string {
  const s = stukken(o.cst, bron, regels, o.commentaren);
  // Comments inside a verbatim stretch are part of its text.
  const letterlijk = s.filter((x) => x.letterlijk);
  const vrij = o.commentaren.filter((c) => !letterlijk.some((x) => x.start < c.startOffset && c.startOffset < x.eind));
  const { per, slot } = hechtCommentaar(bron, s, vrij);
  let extra = new Set<number>();
  let l = leg(bron, s, per, slot, extra);
  // Until no line asks for another break. Each round breaks a long line only before its outermost
  // en/of, so a line nested n brackets deep takes n rounds; a fixed number of rounds left a long
  // line that the next run broke further (fmt was not idempotent). This ends: every round adds at
  // least one piece to `extra`, and there are s.length pieces.
  for (;;) {
    const regelVan = l.regelVan;
    const nieuw = [...openBlokken(l.regels, s, (i) => regelVan[i]!), ...langeRegels(l.regels, s)].filter((i) => !extra.has(i));
    if (nieuw.length === 0) break;
    extra = new Set([...extra, ...nieuw]);
    l = leg(bron, s, per, slot, extra);
  }
  lijnVeldenUit(l.regels, l.regelVan, s);
  return schrijf(l.regels);
}

/**
 * A `gegevens { ... }` type or a record written one field per line gets its values in one
 * column: `begin:        datum` over `seizoenswerk: ja/nee`. Several fields on a line stay as
 * they are.
 */
function lijnVeldenUit(regels: Regel[], regelVan: readonly number[], s: readonly Stuk[]): void {
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

/**
 * Formats a .regel file. A file with syntax errors is not touched: its diagnostics come back.
 * The output is checked (same AST without positions, same tokens, same comments) before it is
 * returned; if the check fails, the result is an RW0009 and the file stays as it was.
 */
export function formatteer(tekst: string, bestandsnaam: string, opties: OpmaakOpties = {}): OpmaakResultaat {
  let o: Ontleed | null;
  try {
    o = ontleed(tekst);
  } catch (x) {
    if (!(x instanceof RangeError)) throw x;
    o = null;
  }
  if (o === null) {
    const diagnosen = syntaxDiagnosen(tekst, bestandsnaam);
    return { ok: false, diagnosen };
  }
  // Refused as the loader refuses it, whatever stack is left: printing and the soundness check recurse.
  const diep = diepGenest(o, bestandsnaam);
  if (diep.length > 0) return { ok: false, diagnosen: diep };
  let uit: string;
  try {
    const weg = new Set(opties.onbekendeRegels ?? []);
    uit = print(tekst, o, weg.size ? new Set([...bekend()].filter((r) => !weg.has(r))) : bekend());
  } catch (x) {
    return onveilig(bestandsnaam, `de opmaak liep vast (${x instanceof Error ? x.message : String(x)})`);
  }
  return gecontroleerd(o, tekst, uit, bestandsnaam);
}

/**
 * The soundness check on its own: `uit` offered as the formatting of `tekst` (a file without
 * syntax errors) is accepted, or refused with RW0009 saying what changed. formatteer ends in it.
 */
export function controleerOpmaak(tekst: string, uit: string, bestandsnaam: string): OpmaakResultaat {
  const o = ontleed(tekst);
  if (o === null) return { ok: false, diagnosen: syntaxDiagnosen(tekst, bestandsnaam) };
  return gecontroleerd(o, tekst, uit, bestandsnaam);
}

function gecontroleerd(o: Ontleed, tekst: string, uit: string, bestandsnaam: string): OpmaakResultaat {
  const verschil = vergelijk(o, uit, bestandsnaam);
  if (verschil) return onveilig(bestandsnaam, verschil);
  return { ok: true, tekst: uit, gewijzigd: uit !== tekst };
}

function diepGenest(o: Ontleed, bestandsnaam: string): Diagnose[] {
  try {
    return teDiep(naarAst(o.cst, bestandsnaam, o.commentaren));
  } catch (x) {
    if (!(x instanceof RangeError)) throw x;
    return [teDiepOmTeVerwerken(bestandsnaam)];
  }
}

function syntaxDiagnosen(tekst: string, bestandsnaam: string): Diagnose[] {
  const SYNTAX = new Set(['RW0001', 'RW0002', 'RW0005', 'RW0006']);
  try {
    const ds = leesBestand(tekst, bestandsnaam).diagnosen.filter((d) => SYNTAX.has(d.code));
    if (ds.length > 0) return ds;
  } catch (x) {
    if (!(x instanceof RangeError)) throw x;
  }
  return [teDiepOmTeVerwerken(bestandsnaam)];
}

function teDiepOmTeVerwerken(bestandsnaam: string): Diagnose {
  return diagnose('RW0006', 'de regeling is te diep genest om te verwerken', bestandsnaam, { offset: 0, eind: 1, regel: 1, kolom: 1 },
    'splits de expressie in kleinere regels (een hulpregel per deel)');
}

function onveilig(bestandsnaam: string, reden: string): OpmaakResultaat {
  return {
    ok: false,
    diagnosen: [diagnose('RW0009', `interne fout in de opmaak: ${reden}; het bestand is niet gewijzigd`, bestandsnaam,
      { offset: 0, eind: 1, regel: 1, kolom: 1 }, 'meld dit als fout in Regelwerk, met het bestand')],
  };
}

/** The soundness check: null if the output means exactly what the input meant, else the difference. */
function vergelijk(o: Ontleed, uit: string, bestandsnaam: string): string | null {
  const n = ontleed(uit);
  if (n === null) return 'de opgemaakte tekst bevat een syntaxfout';
  const a = o.tokens.map((t) => t.image), b = n.tokens.map((t) => t.image);
  const k = a.findIndex((x, i) => x !== b[i]);
  if (a.length !== b.length || k >= 0) return `de woorden veranderden (bij '${a[k] ?? b[a.length] ?? ''}')`;
  const ca = o.commentaren.map((c) => c.image.trimEnd()), cb = n.commentaren.map((c) => c.image.trimEnd());
  if (ca.join('\n') !== cb.join('\n')) return 'het commentaar veranderde';
  const astIn = naarAst(o.cst, bestandsnaam, o.commentaren), astUit = naarAst(n.cst, bestandsnaam, n.commentaren);
  if (!gelijkZonderPlek(astIn, astUit)) return 'de betekenis (AST) veranderde';
  return null;
}

/**
 * Deep equality that ignores positions (every key ending in plek/Plek). A loop over pairs still
 * to compare, not recursion: a sum of thousands of terms is an AST as deep as it is long.
 */
export function gelijkZonderPlek(a: unknown, b: unknown): boolean {
  const stapel: [unknown, unknown][] = [[a, b]];
  while (stapel.length > 0) {
    const [x, y] = stapel.pop()!;
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const kx = Object.keys(x).filter((k) => !/plek$/i.test(k)), ky = Object.keys(y).filter((k) => !/plek$/i.test(k));
    if (kx.length !== ky.length) return false;
    for (const k of kx) stapel.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]]);
  }
  return true;
}

/**
 * For the tests: the offsets of the gaps between tokens where a line break is joined by the
 * formatter (so inserting one there must not change the output).
 */
export function samengevoegdeBreuken(tekst: string): number[] {
  const o = ontleed(tekst);
  if (!o) return [];
  const s = stukken(o.cst, tekst, bekend());
  const uit: number[] = [];
  for (let i = 1; i < s.length; i++) {
    const { node } = gemeenschappelijk(s[i - 1]!, s[i]!);
    if (node === null || node.name === 'bestand') continue;
    if (!breukMagBlijven(s[i - 1]!, s[i]!)) uit.push(s[i - 1]!.eind);
  }
  return uit;
}
