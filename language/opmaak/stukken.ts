// The tree around each token: the CST split into pieces in source order (Stuk), each with the
// nodes around it, as the layout reads them. A rule the printer does not know (a new construct) is
// one verbatim piece; a rule with a block printer of its own (a decision table) is one piece with
// its own layout.
import type { CstNode, IToken } from 'chevrotain';
import { isToken, tokensVan } from '../cst-lezen.js';
import type { Stuk } from './indeling.js';
import { printTabel } from './tabellen.js';

/**
 * A printer for a CST rule that is laid out as a block of its own (like a decision table): prints
 * the whole node with the comments inside it (its later lines indented relative to the line it
 * starts on), or null when it cannot place them (then: as written). The soundness check guards
 * whatever it prints.
 */
type BlokPrinter = (node: CstNode, commentaren: readonly IToken[]) => string | null;

const BLOK_PRINTERS: Readonly<Record<string, BlokPrinter>> = { tabel: printTabel };

/**
 * Splits the CST into pieces in source order: tokens, and verbatim stretches for unknown rules
 * (and for a block printer's node: its own layout, or verbatim if a comment sits inside it).
 */
export function stukken(cst: CstNode, bron: string, bekend: ReadonlySet<string>, commentaren: readonly IToken[] = []): Stuk[] {
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
