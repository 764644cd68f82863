// The formatter's soundness check: its output must lex and parse to the same tokens, the same
// comments and the same AST (positions aside), or the file stays as it was and the result is RW0009.
// Also the other refusals: a file with syntax errors gets its diagnostics back, one nested too deep
// to process an RW0006.
import type { IToken } from 'chevrotain';
import { lex } from '../lexer.js';
import { parseTokens } from '../parser.js';
import { naarAst } from '../to-ast.js';
import { leesBestand, teDiep, teDiepeHaakjes } from '../index.js';
import { diagnose, type Diagnose } from '../diagnostics.js';
import type { BestandCstNode } from '../cst.js';

export type OpmaakResultaat =
  | { readonly ok: true; readonly tekst: string; readonly gewijzigd: boolean }
  | { readonly ok: false; readonly diagnosen: readonly Diagnose[] };

/** A file lexed and parsed without errors. */
export interface Ontleed { cst: BestandCstNode; tokens: IToken[]; commentaren: IToken[] }

/** Lexes and parses a text; null if it has a syntax error. */
export function ontleed(tekst: string): Ontleed | null {
  const l = lex(tekst);
  if (l.fouten.length > 0 || teDiepeHaakjes(l.tokens) !== null) return null;
  const p = parseTokens(l.tokens);
  if (p.fouten.length > 0) return null;
  return { cst: p.cst as BestandCstNode, tokens: l.tokens, commentaren: l.commentaren };
}

export function gecontroleerd(o: Ontleed, tekst: string, uit: string, bestandsnaam: string): OpmaakResultaat {
  const verschil = vergelijk(o, uit, bestandsnaam);
  if (verschil) return onveilig(bestandsnaam, verschil);
  return { ok: true, tekst: uit, gewijzigd: uit !== tekst };
}

export function diepGenest(o: Ontleed, bestandsnaam: string): Diagnose[] {
  try {
    return teDiep(naarAst(o.cst, bestandsnaam, o.commentaren));
  } catch (x) {
    if (!(x instanceof RangeError)) throw x;
    return [teDiepOmTeVerwerken(bestandsnaam)];
  }
}

export function syntaxDiagnosen(tekst: string, bestandsnaam: string): Diagnose[] {
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

export function onveilig(bestandsnaam: string, reden: string): OpmaakResultaat {
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
