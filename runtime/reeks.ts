// `reeks van A tot en met B` (language/ingebouwd.ts): the whole numbers A, A + 1, ..., B, empty when
// B is before A. The interpreter computes it on its exact numbers (reeksVan), compiled exact code on
// its own (reeks, as rt.reeks), the fast path on whole numbers (snelReeks, undefined where the exact
// code gives the error). A fraction, or a reeks of more than REEKS_GRENS elements, is a calculation
// error naming the values as drafters write them.
import * as G from './getal.js';
import { RegelwerkRekenFout } from './fouten.js';
import { type Num, norm, rat } from './num.js';

/** The longest reeks (B - A + 1 elements), documented in docs/taal.md. */
export const REEKS_GRENS = 100000;

/** The whole numbers from `a` up to and including `b`, or a calculation error. */
export function reeksVan(a: G.Getal, b: G.Getal): G.Getal[] {
  const tekst = (): string => `reeks van ${G.schrijfDecimaal(a)} tot en met ${G.schrijfDecimaal(b)}`;
  if (!G.isGeheel(a) || !G.isGeheel(b)) throw new RegelwerkRekenFout(`de ${tekst()} bestaat niet: begin en einde zijn hele getallen`);
  if (b.t < a.t) return [];
  const lengte = b.t - a.t + 1n;
  if (lengte > BigInt(REEKS_GRENS)) {
    throw new RegelwerkRekenFout(`de ${tekst()} heeft ${G.schrijfDecimaal(G.getal(lengte))} elementen; een reeks heeft er ten hoogste ${G.schrijfDecimaal(G.getal(REEKS_GRENS))}`);
  }
  const uit: G.Getal[] = [];
  for (let i = a.t; i <= b.t; i++) uit.push(G.getal(i));
  return uit;
}

/** In compiled exact code (rt.reeks): the same on its numbers. */
export function reeks(a: Num, b: Num): Num[] {
  return reeksVan(rat(a), rat(b)).map(norm);
}

/** In the fast path (rt.snelReeks): whole numbers in, the list out, or undefined for a reeks too long (the exact code names it). */
export function snelReeks(a: number, b: number): number[] | undefined {
  if (b < a) return [];
  if (b - a + 1 > REEKS_GRENS) return undefined;
  const uit: number[] = [];
  for (let i = a; i <= b; i++) uit.push(i);
  return uit;
}
