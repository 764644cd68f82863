// Reading Chevrotain's CST: the tokens and nodes a node holds under a key (without the tokens
// error recovery inserted), keywords by their word, the position and span of a token or node, and
// all tokens under a node in source order. The AST builder (to-ast) and the formatter read it so.
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type * as A from './ast.js';

export type Kinderen = Record<string, CstElement[] | undefined>;

export function isToken(e: CstElement): e is IToken {
  return (e as IToken).image !== undefined;
}

export function tokens(ctx: Kinderen, naam: string): IToken[] {
  return (ctx[naam] ?? []).filter(isToken).filter((t) => !t.isInsertedInRecovery);
}
export function token(ctx: Kinderen, naam: string, i = 0): IToken | undefined {
  return tokens(ctx, naam)[i];
}
export function nodes(ctx: Kinderen, naam: string): CstNode[] {
  return (ctx[naam] ?? []).filter((e): e is CstNode => !isToken(e));
}
export function node(ctx: Kinderen, naam: string, i = 0): CstNode | undefined {
  return nodes(ctx, naam)[i];
}
export function kw(ctx: Kinderen, woord: string): IToken[] {
  return tokens(ctx, `K_${woord.replace(/'/g, '')}`);
}

const LEGE_PLEK: A.Plek = { offset: 0, eind: 0, regel: 1, kolom: 1 };

export function tokenPlek(t: IToken): A.Plek {
  return { offset: t.startOffset, eind: (t.endOffset ?? t.startOffset) + 1, regel: t.startLine ?? 1, kolom: t.startColumn ?? 1 };
}

/** First and last real token under a CST node, memoised: plekVan is asked at every level of an expression. */
const grenzen = new WeakMap<CstNode, { eerste: IToken | undefined; laatste: IToken | undefined }>();

function tokenGrenzen(n: CstNode): { eerste: IToken | undefined; laatste: IToken | undefined } {
  const bekend = grenzen.get(n);
  if (bekend) return bekend;
  let eerste: IToken | undefined;
  let laatste: IToken | undefined;
  const neem = (e: IToken | undefined): void => {
    if (!e) return;
    if (!eerste || e.startOffset < eerste.startOffset) eerste = e;
    if (!laatste || e.startOffset > laatste.startOffset) laatste = e;
  };
  for (const lijst of Object.values(n.children)) {
    for (const e of lijst ?? []) {
      if (isToken(e)) {
        if (!e.isInsertedInRecovery && !Number.isNaN(e.startOffset)) neem(e);
      } else {
        const g = tokenGrenzen(e);
        neem(g.eerste);
        neem(g.laatste);
      }
    }
  }
  const g = { eerste, laatste };
  grenzen.set(n, g);
  return g;
}

/** The span of a CST node: from its first to its last real token. */
export function plekVan(n: CstNode | undefined, terugval: A.Plek = LEGE_PLEK): A.Plek {
  if (!n) return terugval;
  const { eerste, laatste } = tokenGrenzen(n);
  if (!eerste || !laatste) return terugval;
  const begin = tokenPlek(eerste);
  return { ...begin, eind: (laatste.endOffset ?? laatste.startOffset) + 1 };
}

export function tussen(a: A.Plek, b: A.Plek): A.Plek {
  return { offset: a.offset, regel: a.regel, kolom: a.kolom, eind: Math.max(a.eind, b.eind) };
}

/** Every real token under a node (not one error recovery inserted), in source order. */
export function tokensVan(n: CstNode): IToken[] {
  const uit: IToken[] = [];
  const loop = (m: CstNode): void => {
    for (const kinderen of Object.values(m.children)) for (const e of kinderen) {
      if (isToken(e)) { if (Number.isFinite(e.startOffset)) uit.push(e); } else loop(e);
    }
  };
  loop(n);
  return uit.sort((a, b) => a.startOffset - b.startOffset);
}
