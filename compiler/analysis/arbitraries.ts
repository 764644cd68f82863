// fast-check generators of valid input, derived from a policy's `invoer` types and what the policy
// compares them with (kenmerken.ts): exact numbers around every threshold (getallen.ts), dates as
// far back as its spans need, with month ends and leap days, lists as long as its `aantal`
// comparisons, all within a `bereik` hint. Used by property tests and the differential test.
import fc from 'fast-check';
import type { Gecontroleerd } from '../../language/checker.js';
import { alleExpressies, wortelExpressies } from '../../language/walk.js';
import * as G from '../../runtime/getal.js';
import { dagVan, dagenInMaand, isSchrikkeljaar, jmd, leesDatum, schrijfDatum } from '../../runtime/datum.js';
import { type Type, type Verfijning, isVerfijnd, zonderLeeg } from '../../runtime/typen.js';
import { type GetalSoort, type Kenmerken, kenmerken } from './kenmerken.js';
import { type Raster, getalArb, raster, stapVan, waardeVan } from './getallen.js';
import { duurBereikFout } from '../../runtime/bereik.js';
import { duurVanJson } from '../../runtime/duur.js';
import { GelezenInvoer, RecordGeheugen, leesGeldigeInvoer, recordToets } from '../interpreter/interpreter.js';
import type { Bevinding } from '../../runtime/json-codec.js';

/** How many candidates a generator draws before it gives up on finding a valid one. */
export const MAX_POGINGEN = 1000;

/**
 * A generator gave up: in MAX_POGINGEN candidates none met the constraints (the eisen cannot be
 * met, or the peildatum lies outside the policy's validity). The message is Dutch, for drafters.
 */
export class GeenGeldigeInvoer extends Error {
  constructor(melding: string) {
    super(melding);
    this.name = 'GeenGeldigeInvoer';
  }
}

/**
 * `arb.filter(voldoet)`, but bounded: fast-check's filter loops forever when no value meets the
 * predicate. After `max` rejected candidates this calls `opgeven` (which throws or gives a
 * fallback value). `voldoet` may return a string to give up at once with that reason.
 * Shrinking stays filtered, as with fc.filter (its stream is finite).
 */
export function begrensdFilter<T>(arb: fc.Arbitrary<T>, voldoet: (x: T) => boolean | string, opgeven: Opgeven<T>, max = MAX_POGINGEN): fc.Arbitrary<T> {
  return new BegrensdFilter(arb, voldoet, opgeven, max);
}

/** What a bounded filter does when it gives up: throw GeenGeldigeInvoer, or give a fallback value. */
export type Opgeven<T> = (pogingen: number, reden: string | null, mrng: fc.Random, biasFactor: number | undefined) => fc.Value<T>;

class BegrensdFilter<T> extends fc.Arbitrary<T> {
  constructor(private readonly arb: fc.Arbitrary<T>, private readonly voldoet: (x: T) => boolean | string, private readonly opgeven: Opgeven<T>, private readonly max: number) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    for (let i = 1; i <= this.max; i++) {
      const v = this.arb.generate(mrng, biasFactor);
      const ok = this.voldoet(v.value);
      if (ok === true) return v;
      if (typeof ok === 'string') return this.opgeven(i, ok, mrng, biasFactor);
    }
    return this.opgeven(this.max, null, mrng, biasFactor);
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.arb.canShrinkWithoutContext(value) && this.voldoet(value) === true;
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    return this.arb.shrink(value, context).filter((v) => this.voldoet(v.value) === true);
  }
}

/** Why no input can be valid on this peildatum (outside 'geldig vanaf' / 'geldig tot'), or null. */
export function peildatumBuitenGeldigheid(g: Gecontroleerd, peildatum: string): string | null {
  if (g.geldigVanaf && peildatum < g.geldigVanaf) return `de peildatum ${peildatum} valt voor 'geldig vanaf' ${g.geldigVanaf}`;
  if (g.geldigTot && peildatum > g.geldigTot) return `de peildatum ${peildatum} valt na 'geldig tot' ${g.geldigTot}`;
  return null;
}

/** The Dutch message of a generator that gave up. */
export function opgegevenMelding(pogingen: number, reden: string | null): string {
  return `geen geldige invoer gevonden na ${pogingen} ${pogingen === 1 ? 'poging' : 'pogingen'}${reden ? `: ${reden}` : ''}`;
}

export interface GeneratorOpties {
  readonly peildatum: string;
  /**
   * A faster check of a record of a soort with eisen (the compiled fast path): `[true]` for a
   * record that is read and meets them, `[false]` for one that is read and does not; undefined
   * says nothing, and the interpreter checks it.
   */
  readonly snelRecord?: (soort: string) => ((json: unknown, opties: { readonly peildatum: string }) => readonly unknown[] | undefined) | null;
  /** Maximum list length (default 8). Above 8, lengths are drawn from the whole range. */
  readonly maxLijst?: number;
}

/** Durations, within a declared range (`duur ten minste 0 dagen`) when there is one. */
function duurArb(t: Type): fc.Arbitrary<unknown> {
  const basis = fc.oneof(fc.integer({ min: 0, max: 800 }).map((n) => ({ dagen: n })), fc.integer({ min: 0, max: 72 }).map((n) => ({ maanden: n })));
  if (!isVerfijnd(t)) return basis;
  const v = t as Verfijning;
  const json = (u: { maanden: number; dagen: number }): Record<string, number> => (u.maanden === 0 ? { dagen: u.dagen } : u.dagen === 0 ? { maanden: u.maanden } : { maanden: u.maanden, dagen: u.dagen });
  const geldig = (x: unknown): boolean => { const u = duurVanJson(x); return typeof u !== 'string' && duurBereikFout(u, t) === null; };
  const randen = [v.min?.duur, v.max?.duur].filter((u): u is { maanden: number; dagen: number } => u !== undefined)
    .flatMap((u) => [u, { ...u, dagen: u.dagen + 1 }, { ...u, dagen: u.dagen - 1 }, { ...u, maanden: u.maanden + 1 }, { ...u, maanden: u.maanden - 1 }])
    .map(json).filter(geldig);
  if (randen.length === 0) return basis;
  return fc.oneof({ weight: 5, arbitrary: basis.map((x) => (geldig(x) ? x : randen[0])) }, { weight: 2, arbitrary: fc.constantFrom(...randen) });
}

/**
 * Dates: around the peildatum (ten years back, five ahead), and as far back as the policy's spans
 * need (an age of 67, 36 years of service), with the days that matter over-weighted (constants,
 * row boundaries, those moved back by each span, a day either side), and month ends and leap days.
 * A `bereik` hint keeps every date within it.
 */
function datumArb(k: Kenmerken, peildatum: number, hint: { van: number; tot: number } | null): fc.Arbitrary<string> {
  const van = hint ? hint.van : peildatum - 365 * 10;
  const tot = hint ? hint.tot : peildatum + 365 * 5;
  const ver = hint ? van : Math.min(van, peildatum - k.terug);
  const jaarVan = jmd(van).jaar;
  const jaarTot = jmd(tot).jaar;
  const binnen = (d: number): boolean => d >= ver && d <= tot;
  const jaren = fc.integer({ min: jaarVan, max: jaarTot });
  const maandEinde = fc.tuple(jaren, fc.integer({ min: 1, max: 12 })).map(([j, m]) => dagVan(j, m, dagenInMaand(j, m))!);
  const schrikkeldag = jaren.map((j) => { let x = j; while (!isSchrikkeljaar(x)) x++; return dagVan(x, 2, 29)!; });
  const bekend = k.datums.filter(binnen);
  const delen: { weight: number; arbitrary: fc.Arbitrary<number> }[] = [
    { weight: 4, arbitrary: fc.integer({ min: van, max: tot }) },
    { weight: 2, arbitrary: maandEinde },
    { weight: 1, arbitrary: schrikkeldag },
  ];
  if (ver < van) delen.push({ weight: 1, arbitrary: fc.integer({ min: ver, max: tot }) });
  if (bekend.length > 0) delen.push({ weight: 3, arbitrary: fc.constantFrom(...bekend) });
  // a month end or leap day past the hint's edge falls back to the edge
  return fc.oneof(...delen).map((d) => schrijfDatum(Math.min(tot, Math.max(ver, d))));
}

/**
 * Lists: 0..8 elements (or `maxLijst`), and also the lengths the policy compares `aantal` of this
 * input with (one either side), all within a `bereik` hint on the list's length.
 */
function lijstArb(element: fc.Arbitrary<unknown>, lengtes: readonly number[], opties: GeneratorOpties, hint: { van: number; tot: number } | null): fc.Arbitrary<unknown[]> {
  const maxLijst = opties.maxLijst ?? 8;
  // A larger maxLijst asks for long lists (explanations shorten lists over 20): the full range.
  const groot = opties.maxLijst !== undefined && opties.maxLijst > 8 ? { size: 'max' as const } : {};
  if (!hint && lengtes.length === 0) return fc.array(element, { maxLength: maxLijst, ...groot });
  const min = hint?.van ?? 0;
  const max = hint ? hint.tot : Math.max(maxLijst, ...lengtes);
  const gewoon = fc.array(element, { minLength: min, maxLength: Math.max(min, Math.min(max, maxLijst)), ...groot });
  const gezocht = lengtes.filter((n) => n >= min && n <= max);
  const precies = (n: fc.Arbitrary<number>): fc.Arbitrary<unknown[]> => n.chain((l) => fc.array(element, { minLength: l, maxLength: l }));
  const delen: { weight: number; arbitrary: fc.Arbitrary<unknown[]> }[] = [{ weight: 3, arbitrary: gewoon }];
  if (gezocht.length > 0) delen.push({ weight: 2, arbitrary: precies(fc.constantFrom(...gezocht)) });
  if (hint && max > maxLijst) delen.push({ weight: 1, arbitrary: precies(fc.integer({ min, max })) });
  return fc.oneof(...delen);
}

/** A `bereik` hint in the generator's terms: exact numbers, day numbers, or a list's length. */
type Hint =
  | { readonly kind: 'getal'; readonly van: G.Getal; readonly tot: G.Getal }
  | { readonly kind: 'datum'; readonly van: number; readonly tot: number }
  | { readonly kind: 'lengte'; readonly van: number; readonly tot: number };

/**
 * Values of a type. `naam` and `hint` only for an invoer itself (not for a list's elements or a
 * record's fields): the lengths compared with its `aantal`, and its `bereik`.
 */
function typeArb(t: Type, k: Kenmerken, g: Gecontroleerd, opties: GeneratorOpties, peildatum: number, naam: string | null = null, hint: Hint | null = null): fc.Arbitrary<unknown> {
  switch (t.soort) {
    case 'ja/nee': return fc.boolean();
    case 'getal': case 'bedrag': case 'percentage': return getalArb(raster(k, t.soort, t, hint?.kind === 'getal' ? hint : null), t.soort);
    case 'datum': return datumArb(k, peildatum, hint?.kind === 'datum' ? hint : null);
    case 'duur': return duurArb(t);
    case 'tekst': return fc.oneof(fc.constantFrom(...k.teksten), fc.string({ maxLength: 8 }));
    case 'keuze': return fc.constantFrom(...t.waarden);
    case 'lijst': {
      const lijst = lijstArb(typeArb(t.element, k, g, opties, peildatum), (naam && k.lengtes.get(naam)) || [], opties, hint?.kind === 'lengte' ? hint : null);
      // Lists of records with a date are usually histories in date order (contracts, periods);
      // offer them sorted too, or a policy that requires the order would rarely see long lists.
      const datumVeld = t.element.soort === 'gegevens' ? t.element.velden.find((v) => v.type.soort === 'datum')?.naam : undefined;
      if (!datumVeld) return lijst;
      const gesorteerd = lijst.map((l) => [...(l as Record<string, string>[])].sort((a, b) => (a[datumVeld]! < b[datumVeld]! ? -1 : a[datumVeld]! > b[datumVeld]! ? 1 : 0)));
      return fc.oneof({ weight: 1, arbitrary: lijst }, { weight: 3, arbitrary: gesorteerd });
    }
    case 'leegbaar': return fc.option(typeArb(t.type, k, g, opties, peildatum, naam, hint), { freq: 5, nil: null });
    case 'gegevens': {
      const rec = fc.record(Object.fromEntries(t.velden.map((v) => [v.naam, typeArb(v.type, k, g, opties, peildatum)])));
      // Records with `eis` clauses are chosen here, per record, so valid lists stay likely: the
      // first of up to eight candidates that meets them, drawn one at a time (most records pass
      // at the first or second). Bounded: when none of eight does, one more candidate is taken
      // as it is; the whole input is validated afterwards anyway.
      if (!t.naam || !g.soortEisen.has(t.naam)) return rec;
      const interpreter = recordToets(g, t, opties.peildatum, recordGeheugen(g, opties.peildatum));
      const snel = opties.snelRecord?.(t.naam) ?? null;
      const peil = { peildatum: opties.peildatum };
      const voldoet = snel ? (x: unknown): boolean => {
        const r = snel(x, peil);
        return r === undefined ? interpreter(x) : r[0] === true;
      } : interpreter;
      return begrensdFilter(rec, voldoet, (_n, _r, mrng, bias) => rec.generate(mrng, bias), 8);
    }
    case 'leeg': case 'niets': case 'fout': case 'tupel': return fc.constant(null);
  }
}

function invoerVan(g: Gecontroleerd, naam: string): Gecontroleerd['invoer'][number] {
  const i = g.invoer.find((x) => x.naam === naam);
  if (!i) throw new Error(`onbekende invoer '${naam}'`);
  return i;
}

/** Generates inputs of one invoer field. */
export function veldArbitrary(g: Gecontroleerd, naam: string, opties: GeneratorOpties): fc.Arbitrary<unknown> {
  const peildatum = leesDatum(opties.peildatum)!;
  return typeArb(invoerVan(g, naam).type, kenmerken(g, peildatum), g, opties, peildatum, naam, hintVan(g, naam));
}

/** The `bereik` hint of an invoer in the generator's terms, or null (none, or not constant). */
function hintVan(g: Gecontroleerd, naam: string): Hint | null {
  const b = g.bereiken.get(naam) ?? null;
  if (!b) return null;
  const getal = (e: typeof b.van): G.Getal | null => {
    if (e.kind === 'Negatief') { const x = getal(e.arg); return x === null ? null : G.negatief(x); }
    if (e.kind === 'GetalLit' || e.kind === 'BedragLit' || e.kind === 'PercentageLit') return G.vanDecimaleTekst(e.tekst);
    return null;
  };
  if (b.van.kind === 'DatumLit' && b.tot.kind === 'DatumLit') {
    const [van, tot] = [leesDatum(b.van.tekst), leesDatum(b.tot.tekst)];
    return van === null || tot === null || van > tot ? null : { kind: 'datum', van, tot };
  }
  const [van, tot] = [getal(b.van), getal(b.tot)];
  if (van === null || tot === null || G.vergelijk(van, tot) > 0) return null;
  if (zonderLeeg(invoerVan(g, naam).type).soort === 'lijst') {
    return G.isGeheel(van) && G.isGeheel(tot) && van.t >= 0n && tot.t <= 100_000n ? { kind: 'lengte', van: Number(van.t), tot: Number(tot.t) } : null;
  }
  return { kind: 'getal', van, tot };
}

/** The grid of a numeric invoer, made once per policy, input and peildatum's kenmerken. */
const rasters = new WeakMap<Kenmerken, Map<string, Raster>>();
function rasterVan(g: Gecontroleerd, naam: string, soort: GetalSoort, t: Verfijning, k: Kenmerken): Raster {
  let perNaam = rasters.get(k);
  if (!perNaam) rasters.set(k, (perNaam = new Map()));
  let r = perNaam.get(naam);
  if (!r) {
    const hint = hintVan(g, naam);
    perNaam.set(naam, (r = raster(k, soort, t, hint?.kind === 'getal' ? hint : null)));
  }
  return r;
}

/**
 * How a monotonicity search moves one input up from its value in a case: by the smallest step
 * (a grain, a day, the next choice, nee to ja) or to the next value the policy compares it with
 * (a threshold, a date that matters). Null when there is nothing above it (or the type has no
 * order); the caller then draws a random other value.
 */
export function omhoog(g: Gecontroleerd, naam: string, opties: GeneratorOpties, waarde: unknown, wijze: 'stap' | 'drempel'): unknown {
  const t = zonderLeeg(invoerVan(g, naam).type);
  const peildatum = leesDatum(opties.peildatum)!;
  const k = kenmerken(g, peildatum);
  switch (t.soort) {
    case 'ja/nee': return waarde === false ? true : null;
    case 'keuze': { const i = t.waarden.indexOf(waarde as string); return i >= 0 && i + 1 < t.waarden.length ? t.waarden[i + 1] : null; }
    case 'getal': case 'bedrag': case 'percentage': {
      const r = rasterVan(g, naam, t.soort, t, k);
      const n = stapVan(r, waarde);
      if (n === null) return null;
      const volgende = wijze === 'stap' ? n + 1 : r.bekend.find((b) => b > n);
      return volgende === undefined || (r.hi !== null && volgende > r.hi) ? null : waardeVan(r, volgende);
    }
    case 'datum': {
      const d = typeof waarde === 'string' ? leesDatum(waarde) : null;
      if (d === null) return null;
      const volgende = wijze === 'stap' ? d + 1 : k.datums.find((x) => x > d);
      return volgende === undefined ? null : schrijfDatum(volgende);
    }
    default: return null;
  }
}

/** Complete input objects of the right types, valid or not (an `eis` may fail). */
export function ruweInvoerArbitrary(g: Gecontroleerd, opties: GeneratorOpties): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(g.invoer.map((i) => [i.naam, veldArbitrary(g, i.naam, opties)])));
}

/** Generates complete, valid input objects (every `eis` holds). */
export function invoerArbitrary(g: Gecontroleerd, opties: GeneratorOpties, lezer: InvoerLezer = invoerLezer(g, opties.peildatum)): fc.Arbitrary<Record<string, unknown>> {
  return geldigFilter(g, ruweInvoerArbitrary(g, opties), opties.peildatum, (x) => [x], lezer);
}

/**
 * Reads generated inputs for one policy and peildatum, each object once: the filter that checks a
 * candidate and the property that evaluates it share the decoded values (GelezenInvoer).
 */
export interface InvoerLezer {
  /** The read input, or why it is invalid (never throws for invalid input). */
  lees(invoer: unknown): GelezenInvoer | Bevinding;
  /**
   * True when a faster engine already handled the input (its fast path answers only valid
   * input), so the filter need not read it; false says nothing, and `lees` decides.
   */
  snelGeldig?(invoer: unknown): boolean;
}

export function invoerLezer(g: Gecontroleerd, peildatum: string): InvoerLezer {
  // The inputs read last: fast-check hands a value to the property right after the filter
  // accepted it. A small ring, not a WeakMap (an entry per generated input is work for the
  // garbage collector); an input no longer in it is simply read again.
  const N = 16;
  const invoeren: unknown[] = new Array<unknown>(N).fill(undefined);
  const uitkomsten: (GelezenInvoer | Bevinding | undefined)[] = new Array<GelezenInvoer | Bevinding | undefined>(N).fill(undefined);
  let volgende = 0;
  const opties = { peildatum };
  const geheugen = recordGeheugen(g, peildatum);
  return {
    lees(invoer) {
      if (typeof invoer !== 'object' || invoer === null) return leesGeldigeInvoer(g, invoer, opties, geheugen);
      for (let i = 0; i < N; i++) if (invoeren[i] === invoer) return uitkomsten[i]!;
      const r = leesGeldigeInvoer(g, invoer, opties, geheugen);
      invoeren[volgende] = invoer;
      uitkomsten[volgende] = r;
      volgende = (volgende + 1) % N;
      return r;
    },
  };
}

/** The records the generators of a policy checked on a peildatum, shared with its input readers. */
const recordGeheugens = new WeakMap<Gecontroleerd, Map<string, RecordGeheugen>>();
function recordGeheugen(g: Gecontroleerd, peildatum: string): RecordGeheugen {
  let perDatum = recordGeheugens.get(g);
  if (!perDatum) recordGeheugens.set(g, (perDatum = new Map()));
  let r = perDatum.get(peildatum);
  if (!r) perDatum.set(peildatum, (r = new RecordGeheugen()));
  return r;
}

/**
 * Keeps the generated values whose inputs (`invoeren(x)`) are all valid on `peildatum`; bounded:
 * after MAX_POGINGEN candidates, or at once when the peildatum lies outside the policy's
 * validity, it throws GeenGeldigeInvoer with the reason.
 */
export function geldigFilter<T>(g: Gecontroleerd, arb: fc.Arbitrary<T>, peildatum: string, invoeren: (x: T) => readonly unknown[], lezer: InvoerLezer = invoerLezer(g, peildatum)): fc.Arbitrary<T> {
  let laatste: Bevinding | null = null;
  const buiten = peildatumBuitenGeldigheid(g, peildatum);
  return begrensdFilter(arb, (x) => {
    if (buiten) return buiten;
    for (const invoer of invoeren(x)) {
      if (lezer.snelGeldig?.(invoer)) continue;
      const r = lezer.lees(invoer);
      if (r instanceof GelezenInvoer) continue;
      // A parameter without a value on the peildatum: no input can help.
      if (r.pad === 'peildatum') return r.reden;
      laatste = r;
      return false;
    }
    return true;
  }, (n, reden) => {
    // the message of the error valideer would throw, made once, when the generator gives up
    const melding = laatste ? laatste.alsFout().message : null;
    throw new GeenGeldigeInvoer(opgegevenMelding(n, reden ?? (melding ? `de eisen worden zelden of nooit gehaald; de laatste poging gaf: ${melding}` : null)));
  });
}
