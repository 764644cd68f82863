// The formatter's printer for a decision table (rules tabel, tabelKop, tabelRij, tabelCel; token
// Streep): a block laid out on its own, with its columns aligned.
import { tokenMatcher, type CstNode, type IToken } from 'chevrotain';
import { Naam } from '../lexer.js';
import type { TabelCstNode, TabelKopCstNode, TabelRijCstNode } from '../cst.js';
import { tokensVan } from '../cst-lezen.js';
import { INSPRING } from './indeling.js';

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
