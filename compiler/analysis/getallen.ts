// Generated numbers, amounts and percentages as exact decimals: every value is a whole number of
// steps of its grain (a cent, a hundredth of a percent, or the finest decimal the policy writes),
// drawn, folded into a range and shrunk as an integer, and only then divided by the grain's scale.
// So a counterexample reads `0,01`, never `0,009999999999990905`. Values cluster around the
// policy's own numbers (both sides of every threshold) and a range's edges.
import fc from 'fast-check';
import * as G from '../../runtime/getal.js';
import type { Verfijning } from '../../runtime/typen.js';
import type { GetalSoort, Kenmerken } from './kenmerken.js';

/** The grid one input's numbers lie on: its scale, its valid steps lo..hi, the known steps. */
export interface Raster {
  /** 10^decimals: a value is steps / schaal. */
  readonly schaal: number;
  readonly lo: number | null;
  readonly hi: number | null;
  /** The policy's numbers and their neighbours, in steps, within lo..hi, sorted (with repeats). */
  readonly bekend: readonly number[];
}

const GROOTSTE: Record<GetalSoort, number> = { getal: 1_000, bedrag: 250_000, percentage: 100 };

/** Steps of x on a grid of `schaal`, rounded down or up when x lies between two steps. */
function stappen(x: G.Getal, schaal: number, richting: 'beneden' | 'boven'): number | null {
  const teller = x.t * BigInt(schaal);
  let q = teller / x.n;
  const rest = teller % x.n;
  if (rest !== 0n && (teller < 0n) === (richting === 'boven')) q += teller < 0n ? -1n : 1n;
  const n = Number(q);
  return Number.isSafeInteger(n) ? n : null;
}

/** The grid of one numeric input: its type's refinement and an optional range hint, in steps. */
export function raster(k: Kenmerken, soort: GetalSoort, v: Verfijning, hint: { van: G.Getal; tot: G.Getal } | null): Raster {
  const grenzen = [v.min?.waarde, v.max?.waarde].filter((x): x is string => x !== undefined).map((x) => G.vanDecimaleTekst(x)!);
  if (hint) grenzen.push(hint.van, hint.tot);
  // The finest decimals the policy and the bounds write; finer still while the range holds no step
  // of the grid (`groter dan -0,06 en kleiner dan -0,05` has none in hundredths, -0,055 in thousandths).
  let d = v.geheel ? 0 : Math.max(k.decimalen[soort], ...grenzen.map((x) => Math.min(6, G.decimalen(x) ?? 6)));
  for (;;) {
    const r = stappenBereik(v, hint, 10 ** d);
    // an amount stays in cents: a range without a whole cent has no valid amount at all
    if (v.geheel || soort === 'bedrag' || d >= 6 || r.lo === null || r.hi === null || r.lo <= r.hi) return metBekend(k, soort, 10 ** d, r.lo, r.hi);
    d++;
  }
}

/** The valid steps lo..hi of a refinement and a range hint on a grid of `schaal`. */
function stappenBereik(v: Verfijning, hint: { van: G.Getal; tot: G.Getal } | null, schaal: number): { lo: number | null; hi: number | null } {
  let lo: number | null = null;
  let hi: number | null = null;
  if (v.min) {
    const x = G.vanDecimaleTekst(v.min.waarde)!;
    const s = stappen(x, schaal, 'boven');
    lo = s === null ? null : s + (!v.min.inclusief && stappen(x, schaal, 'beneden') === s ? 1 : 0);
  }
  if (v.max) {
    const x = G.vanDecimaleTekst(v.max.waarde)!;
    const s = stappen(x, schaal, 'beneden');
    hi = s === null ? null : s - (!v.max.inclusief && stappen(x, schaal, 'boven') === s ? 1 : 0);
  }
  if (hint) {
    // a hint narrows what the type allows; a hint outside it is ignored rather than leaving nothing
    const hl = stappen(hint.van, schaal, 'boven');
    const hh = stappen(hint.tot, schaal, 'beneden');
    const nl = hl === null ? lo : lo === null ? hl : Math.max(lo, hl);
    const nh = hh === null ? hi : hi === null ? hh : Math.min(hi, hh);
    if (nl === null || nh === null || nl <= nh) [lo, hi] = [nl, nh];
  }
  return { lo, hi };
}

/** The grid with the policy's numbers and their neighbours as known steps. */
function metBekend(k: Kenmerken, soort: GetalSoort, schaal: number, lo: number | null, hi: number | null): Raster {
  // Kept with repeats: a value near several of the policy's numbers (20 and its neighbour 19 in
  // a whole-number grid, where a step and a whole coincide) is drawn more often.
  const korrel = korrelVan(schaal);
  const bekend: number[] = [];
  for (const x of k.getallen[soort]) {
    for (const s of new Set([stappen(x, schaal, 'beneden'), stappen(x, schaal, 'boven')])) {
      if (s === null) continue;
      bekend.push(s, s - korrel, s + korrel, s - schaal, s + schaal);
    }
  }
  const r = { schaal, lo, hi, bekend: [] as number[] };
  return { ...r, bekend: bekend.map((n) => vouw(r, n)).filter((n): n is number => n !== null).sort((x, y) => x - y) };
}

/** A step folded into lo..hi (wrapped for a closed range, mirrored at a single edge), or null when empty. */
export function vouw(r: Pick<Raster, 'lo' | 'hi'>, n: number): number | null {
  const { lo, hi } = r;
  if (lo !== null && hi !== null) {
    if (lo > hi) return null;
    return n >= lo && n <= hi ? n : lo + ((((n - lo) % (hi - lo + 1)) + (hi - lo + 1)) % (hi - lo + 1));
  }
  if (lo !== null && n < lo) return 2 * lo - n;
  if (hi !== null && n > hi) return 2 * hi - n;
  return n;
}

/** A value of the grid: exact, since steps and scale are whole numbers a double holds exactly. */
export const waardeVan = (r: Raster, n: number): number => n / r.schaal;

/** The steps of a value on the grid, or null when it is not on it. */
export function stapVan(r: Raster, x: unknown): number | null {
  if (typeof x !== 'number' || !Number.isFinite(x)) return null;
  const n = Math.round(x * r.schaal);
  return Number.isSafeInteger(n) && n / r.schaal === x && (r.lo === null || n >= r.lo) && (r.hi === null || n <= r.hi) ? n : null;
}

/**
 * The kind's own grain in steps: random values and a literal's neighbours are in hundredths even
 * where a finer literal made the grid finer (only that literal itself has its many decimals, so
 * most generated values stay as a drafter writes them, and the fast path answers them).
 */
function korrelVan(schaal: number): number {
  return schaal >= 100 ? schaal / 100 : 1;
}

/** Numbers of one input: exact decimals on its grid, around the policy's numbers and the range's edges. */
export function getalArb(r: Raster, soort: GetalSoort): fc.Arbitrary<number> {
  const { schaal, lo, hi } = r;
  const max = GROOTSTE[soort];
  const korrel = korrelVan(schaal);
  const delen: { weight: number; arbitrary: fc.Arbitrary<number> }[] = [
    { weight: 3, arbitrary: fc.integer({ min: 0, max: soort === 'getal' ? 60 : max }).map((n) => n * schaal) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: max * (schaal / korrel) }).map((n) => n * korrel) },
    { weight: 1, arbitrary: fc.integer({ min: -max * (schaal / korrel), max: -1 }).map((n) => n * korrel) },
  ];
  if (r.bekend.length > 0) delen.push({ weight: 4, arbitrary: fc.constantFrom(...r.bekend) });
  const reserve = lo ?? hi ?? 0;
  const binnen = (n: number): number => vouw(r, n) ?? reserve;
  const randen = [lo, lo === null ? null : lo + 1, hi, hi === null ? null : hi - 1].filter((n): n is number => n !== null && vouw(r, n) === n);
  const gevouwen: { weight: number; arbitrary: fc.Arbitrary<number> }[] = [{ weight: 5, arbitrary: fc.oneof(...delen).map(binnen) }];
  if (randen.length > 0) gevouwen.push({ weight: 3, arbitrary: fc.constantFrom(...new Set(randen)) });
  if (lo !== null && hi !== null && lo <= hi) {
    const [a, b] = [Math.ceil(lo / korrel), Math.floor(hi / korrel)];
    gevouwen.push({ weight: 2, arbitrary: a <= b ? fc.integer({ min: a, max: b }).map((n) => n * korrel) : fc.integer({ min: lo, max: hi }) });
  }
  const basis = lo === null && hi === null ? fc.oneof(...delen) : fc.oneof(...gevouwen);
  // fc.integer shrinks toward 0, or toward the range's edge nearest to it
  const leeg = lo !== null && hi !== null && lo > hi;
  const krimp = new KrimpAlsGetal(basis, leeg ? null : fc.integer({ min: lo ?? Number.MIN_SAFE_INTEGER, max: hi ?? Number.MAX_SAFE_INTEGER }));
  return krimp.map((n) => waardeVan(r, n), (x) => {
    const n = stapVan(r, x);
    if (n === null) throw new Error('geen waarde van dit raster');
    return n;
  });
}

type KrimpContext = { readonly eigen: unknown } | { readonly stap: unknown };

/**
 * A step from any branch (one of the policy's thresholds, a random amount) also shrinks like a
 * plain integer: first the branch's own shrinks, then toward 0 (or the range edge nearest to it)
 * one grain at a time. Without this a counterexample found among the policy's constants only
 * shrinks to smaller constants, and can stay far from the threshold a drafter needs to see.
 * Shrinks never leave the range; eisen are checked by the property's filter as for every shrink.
 */
class KrimpAlsGetal extends fc.Arbitrary<number> {
  constructor(private readonly arb: fc.Arbitrary<number>, private readonly stappen: fc.Arbitrary<number> | null) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<number> {
    const v = this.arb.generate(mrng, biasFactor);
    return new fc.Value(v.value, { eigen: v.context } satisfies KrimpContext);
  }

  canShrinkWithoutContext(value: unknown): value is number {
    return typeof value === 'number' && Number.isSafeInteger(value) && this.stappen !== null && this.stappen.canShrinkWithoutContext(value);
  }

  shrink(value: number, context: unknown): fc.Stream<fc.Value<number>> {
    const c = context as KrimpContext | undefined;
    const stap = this.stappen === null || !this.canShrinkWithoutContext(value) ? fc.Stream.nil<fc.Value<number>>()
      : this.stappen.shrink(value, c && 'stap' in c ? c.stap : undefined).map((w) => new fc.Value(w.value, { stap: w.context } satisfies KrimpContext));
    if (c && 'eigen' in c) return this.arb.shrink(value, c.eigen).map((w) => new fc.Value(w.value, { eigen: w.context } satisfies KrimpContext)).join(stap);
    return stap;
  }
}
