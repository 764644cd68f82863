// The comments of a file, each attached to a piece of it: a comment on a line of its own leads the
// next piece, one after code trails the piece before it; the layout puts them back there.
import type { IToken } from 'chevrotain';

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
