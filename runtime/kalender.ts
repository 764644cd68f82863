// The calendar built-ins (language/ingebouwd.ts): `tijdsduur van A tot B in hele jaren` (maanden,
// weken, `in dagen`), `jaar van D` (maand, dag) and `de datum met jaar J, maand M en dag D`. Both
// engines and the fast path compute them here, on the day numbers of datum.ts: the interpreter on
// its exact numbers (datumUitGetallen), compiled code on its own (datumUit, as rt.datumUit), the fast
// path on plain integers (snelDatumUit, NaN for a date that does not exist: the exact code then
// names it).
//
// Whole years and months are counted with the language's own date arithmetic (plusMaanden, which
// clamps to the end of a shorter month): the largest N with A + N maanden ≤ B. So the age on B of
// someone born on A is `tijdsduur van A tot B in hele jaren`, and A plus the whole months never
// passes B. Someone born on 29 February is a year older on 28 February of a common year, because
// 29 February plus one year is 28 February there.
import * as G from './getal.js';
import { type Dag, dagVan, dagenInMaand, jmd, plusMaanden } from './datum.js';
import { RegelwerkRekenFout } from './fouten.js';
import { type Num, rat } from './num.js';

export type TijdsduurEenheid = 'jaren' | 'maanden' | 'weken' | 'dagen';
export type DatumDeel = 'jaar' | 'maand' | 'dag';

/** The largest N with a + N × `per` months ≤ b, for a ≤ b. */
function heleMaanden(a: Dag, b: Dag, per: 1 | 12): number {
  const x = jmd(a);
  const y = jmd(b);
  // a + n × per months lands in the month of b or earlier; in b's month only its day can pass b,
  // and then one step fewer lands in an earlier month
  const n = Math.floor(((y.jaar - x.jaar) * 12 + (y.maand - x.maand)) / per);
  return plusMaanden(a, n * per) > b ? n - 1 : n;
}

/** The tijdsduur from `a` to `b` in whole `eenheid`; b before a gives minus the tijdsduur from b to a. */
export function tijdsduur(a: Dag, b: Dag, eenheid: TijdsduurEenheid): number {
  if (b < a) return 0 - tijdsduur(b, a, eenheid);
  switch (eenheid) {
    case 'jaren': return heleMaanden(a, b, 12);
    case 'maanden': return heleMaanden(a, b, 1);
    case 'weken': return Math.floor((b - a) / 7);
    case 'dagen': return b - a;
    default: {
      const _never: never = eenheid;
      throw new RangeError(`onbekende eenheid ${String(_never)}`);
    }
  }
}

/** The year, month or day (of the month) of a date. */
export function datumDeel(d: Dag, deel: DatumDeel): number {
  return jmd(d)[deel];
}

/** Why no date has this year, month and day (all whole), or null when one does. */
function waaromNiet(j: number, m: number, d: number): string | null {
  if (j < 1 || j > 9999) return 'een jaar loopt van 1 tot en met 9999';
  if (m < 1 || m > 12) return 'een maand loopt van 1 tot en met 12';
  const lengte = dagenInMaand(j, m);
  if (d < 1 || d > lengte) return `maand ${m} van ${j} heeft ${lengte} dagen`;
  return null;
}

/** The date of year `j`, month `m` and day `d`, or a calculation error naming them as drafters write them. */
export function datumUitGetallen(j: G.Getal, m: G.Getal, d: G.Getal): Dag {
  const delen = [j, m, d];
  const tekst = (): string => `de datum met jaar ${G.schrijfDecimaal(j)}, maand ${G.schrijfDecimaal(m)} en dag ${G.schrijfDecimaal(d)}`;
  if (!delen.every(G.isGeheel)) throw new RegelwerkRekenFout(`${tekst()} bestaat niet: jaar, maand en dag zijn hele getallen`);
  // beyond the safe integers no date exists either; the bounds below name it
  const [jn, mn, dn] = delen.map((x) => (x.t > 100000n ? 100000 : x.t < -100000n ? -100000 : Number(x.t))) as [number, number, number];
  const reden = waaromNiet(jn, mn, dn);
  if (reden !== null) throw new RegelwerkRekenFout(`${tekst()} bestaat niet: ${reden}`);
  return dagVan(jn, mn, dn)!;
}

/** In compiled exact code (rt.datumUit): the same on its numbers. */
export function datumUit(j: Num, m: Num, d: Num): Dag {
  if (typeof j === 'number' && typeof m === 'number' && typeof d === 'number') {
    const dag = dagVan(j, m, d);
    if (dag !== null) return dag;
  }
  return datumUitGetallen(rat(j), rat(m), rat(d));
}

/** In the fast path (rt.snelDatumUit): whole numbers in, the day number out, or NaN where no date is (the exact code names it). */
export function snelDatumUit(j: number, m: number, d: number): number {
  return dagVan(j, m, d) ?? NaN;
}
