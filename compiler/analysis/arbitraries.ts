// fast-check generators of valid input, derived from a policy's `invoer` types. Numbers cluster
// around every literal and parameter value in the policy so thresholds are hit on both sides;
// dates favour month ends and leap days. Used by property tests and the differential test.
import fc from 'fast-check';
import type { Gecontroleerd } from '../../language/checker.js';
import { alleExpressies, wortelExpressies } from '../../language/walk.js';
import * as G from '../../runtime/getal.js';
import { dagVan, dagenInMaand, isSchrikkeljaar, jmd, leesDatum, schrijfDatum } from '../../runtime/datum.js';
import { type Type, type Verfijning, isVerfijnd } from '../../runtime/typen.js';
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
  /** Maximum list length (default 8). Above 8, lengths are drawn from the whole range. */
  readonly maxLijst?: number;
}

interface Kenmerken {
  readonly getallen: number[];
  readonly bedragen: number[];
  readonly percentages: number[];
  readonly datums: number[];
  readonly teksten: string[];
}

const rond2 = (x: number): number => Math.round(x * 100) / 100;

/** Literal values per policy and peildatum, collected once (every field's generator uses them). */
const kenmerkenCache = new WeakMap<Gecontroleerd, Map<number, Kenmerken>>();
function kenmerken(g: Gecontroleerd, peildatum: number): Kenmerken {
  let perDatum = kenmerkenCache.get(g);
  if (!perDatum) kenmerkenCache.set(g, (perDatum = new Map()));
  let k = perDatum.get(peildatum);
  if (!k) perDatum.set(peildatum, (k = verzamelKenmerken(g, peildatum)));
  return k;
}

/** Literal values in the policy (and its parameters), with neighbours on both sides. */
function verzamelKenmerken(g: Gecontroleerd, peildatum: number): Kenmerken {
  const k: Kenmerken = { getallen: [0, 1], bedragen: [0, 0.01], percentages: [0, 100], datums: [peildatum], teksten: [''] };
  const roots = [...wortelExpressies(g.bestand), ...g.parameters.flatMap((p) => p.rijen.map((r) => r.waarde))];
  for (const root of roots) {
    for (const e of alleExpressies(root)) {
      if (e.kind === 'GetalLit' || e.kind === 'BedragLit' || e.kind === 'PercentageLit') {
        const v = G.naarJsNumber(G.vanDecimaleTekst(e.tekst)!);
        const doel = e.kind === 'GetalLit' ? k.getallen : e.kind === 'BedragLit' ? k.bedragen : k.percentages;
        doel.push(v, v - 1, v + 1, rond2(v - 0.01), rond2(v + 0.01));
        // getal literals often scale amounts (12 × a month) or are hours: also offer them as amounts
        if (e.kind === 'GetalLit') k.bedragen.push(v);
        if (e.kind === 'PercentageLit') k.getallen.push(v);
      } else if (e.kind === 'DatumLit') {
        const d = leesDatum(e.tekst);
        if (d !== null) k.datums.push(d - 1, d, d + 1);
      } else if (e.kind === 'TekstLit') k.teksten.push(e.waarde);
      else if (e.kind === 'RegelingAanroep' && e.datum !== null) {
        // `naam(...) op D`: the days around each row boundary of the used policy's parameters
        for (const p of g.regelingen.get(e.naam)?.parameters ?? []) {
          for (const r of p.rijen) for (const grens of [r.vanaf, r.tot]) {
            const d = grens === null ? null : leesDatum(grens);
            if (d !== null) k.datums.push(d - 1, d, d + 1);
          }
        }
      } else if (e.kind === 'OpDatum') {
        // `P op D`: the days around each row boundary of P, where D changes the row
        const b = g.bindingen.get(e.arg);
        const p = b?.kind === 'parameter' ? g.parameters.find((x) => x.naam === b.naam) : undefined;
        for (const r of p?.rijen ?? []) {
          for (const grens of [r.vanaf, r.tot]) {
            const d = grens === null ? null : leesDatum(grens);
            if (d !== null) k.datums.push(d - 1, d, d + 1);
          }
        }
      }
    }
  }
  return k;
}

function getalArb(k: Kenmerken, soort: 'getal' | 'bedrag' | 'percentage', v: Verfijning = {}): fc.Arbitrary<number> {
  const bekend = soort === 'getal' ? k.getallen : soort === 'bedrag' ? k.bedragen : k.percentages;
  const max = soort === 'percentage' ? 100 : soort === 'bedrag' ? 250_000 : 1_000;
  const basis = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...new Set(bekend)) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: soort === 'getal' ? 60 : max }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100) },
    { weight: 1, arbitrary: fc.integer({ min: -max * 10, max: -1 }).map((c) => c / 10) },
  ).map((x) => (soort === 'bedrag' ? rond2(x) : x));
  if (!isVerfijnd({ soort, ...v })) return krimpAlsGetal(basis, 100);
  const lo = v.min ? Number(v.min.waarde) : undefined;
  const hi = v.max ? Number(v.max.waarde) : undefined;
  return krimpAlsGetal(binnenBereikArb(basis, soort, v), v.geheel ? 1 : 100, lo, hi);
}

type KrimpContext = { readonly eigen: unknown } | { readonly stap: unknown };

/**
 * A number from any branch (one of the policy's thresholds, a random amount) also shrinks like a
 * plain number: first the branch's own shrinks, then toward 0 (or the range edge nearest to it)
 * in steps of the type's grain (a cent, or 1 for a whole number). Without this a counterexample
 * found among the policy's constants only shrinks to smaller constants, and can stay far from the
 * threshold a drafter needs to see. Shrinks leave a declared range never; eisen are checked by the
 * property's filter as for every shrink.
 */
function krimpAlsGetal(arb: fc.Arbitrary<number>, schaal: number, min?: number, max?: number): fc.Arbitrary<number> {
  const grens = Math.floor(Number.MAX_SAFE_INTEGER / schaal);
  const a = min === undefined ? -grens : Math.ceil(min * schaal - 1e-6);
  const b = max === undefined ? grens : Math.floor(max * schaal + 1e-6);
  // A range beyond exact steps (€ 10^21 and up) or without a single step (0,001 to 0,009 in
  // cents): the branch's own shrinking only, as before.
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || a > b) return arb;
  return new KrimpAlsGetal(arb, schaal, fc.integer({ min: a, max: b }));
}

class KrimpAlsGetal extends fc.Arbitrary<number> {
  constructor(private readonly arb: fc.Arbitrary<number>, private readonly schaal: number, private readonly stappen: fc.Arbitrary<number>) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<number> {
    const v = this.arb.generate(mrng, biasFactor);
    return new fc.Value(v.value, { eigen: v.context } satisfies KrimpContext);
  }

  /** The value in steps of the grain, or null when it is off the grid or outside the range. */
  private stapVan(value: unknown): number | null {
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    const n = Math.round(value * this.schaal);
    return Math.abs(n - value * this.schaal) < 1e-6 && this.stappen.canShrinkWithoutContext(n) ? n : null;
  }

  canShrinkWithoutContext(value: unknown): value is number {
    return this.stapVan(value) !== null;
  }

  shrink(value: number, context: unknown): fc.Stream<fc.Value<number>> {
    const c = context as KrimpContext | undefined;
    const n = this.stapVan(value);
    // a value off the grid keeps only its own shrinks
    const stap = n === null ? fc.Stream.nil<fc.Value<number>>() : this.stappen.shrink(n, c && 'stap' in c ? c.stap : undefined)
      .map((w) => new fc.Value(w.value / this.schaal, { stap: w.context } satisfies KrimpContext));
    if (c && 'eigen' in c) return this.arb.shrink(value, c.eigen).map((w) => new fc.Value(w.value, { eigen: w.context } satisfies KrimpContext)).join(stap);
    return stap;
  }
}

/**
 * Numbers of a type with a declared range or `geheel getal`: only valid values, with both edges
 * and the values just inside them over-weighted, and the usual candidates (thresholds of the
 * policy) folded into the range, so narrow ranges need no filter that could run forever.
 */
function binnenBereikArb(basis: fc.Arbitrary<number>, soort: 'getal' | 'bedrag' | 'percentage', v: Verfijning): fc.Arbitrary<number> {
  const stap = v.geheel ? 1 : soort === 'bedrag' ? 0.01 : 0.1;
  const rond = (x: number): number => (v.geheel ? Math.round(x) : soort === 'bedrag' ? rond2(x) : x);
  const lo = v.min ? Number(v.min.waarde) : undefined;
  const hi = v.max ? Number(v.max.waarde) : undefined;
  const geldig = (x: number): boolean => Number.isFinite(x) && (!v.geheel || Number.isInteger(x)) &&
    (lo === undefined || x > lo || (x === lo && v.min!.inclusief)) && (hi === undefined || x < hi || (x === hi && v.max!.inclusief));
  const randen = [lo, lo === undefined ? undefined : lo + stap, hi, hi === undefined ? undefined : hi - stap, v.geheel && lo !== undefined ? Math.ceil(lo) : undefined, v.geheel && hi !== undefined ? Math.floor(hi) : undefined]
    .filter((x): x is number => x !== undefined).map(rond).filter(geldig);
  const midden = lo !== undefined && hi !== undefined ? rond((lo + hi) / 2) : lo !== undefined ? rond(lo + 1) : hi !== undefined ? rond(hi - 1) : 0;
  const reserve = randen[0] ?? (geldig(midden) ? midden : undefined);
  // no valid value at all (an empty range of whole numbers): nothing valid to offer
  if (reserve === undefined) return basis;
  const vouw = (x0: number): number => {
    let x = rond(x0);
    if (lo !== undefined && hi !== undefined && (x < lo || x > hi)) x = rond(lo + (((x - lo) % (hi - lo)) + (hi - lo)) % (hi - lo));
    else if (lo !== undefined && x < lo) x = rond(2 * lo - x);
    else if (hi !== undefined && x > hi) x = rond(2 * hi - x);
    return geldig(x) ? x : reserve;
  };
  const delen: { weight: number; arbitrary: fc.Arbitrary<number> }[] = [{ weight: 5, arbitrary: basis.map(vouw) }];
  if (randen.length > 0) delen.push({ weight: 3, arbitrary: fc.constantFrom(...new Set(randen)) });
  if (lo !== undefined && hi !== undefined) {
    const schaal = v.geheel ? 1 : soort === 'bedrag' ? 100 : 10;
    const a = Math.ceil(lo * schaal);
    const b = Math.floor(hi * schaal);
    if (a <= b && Number.isSafeInteger(a) && Number.isSafeInteger(b)) delen.push({ weight: 2, arbitrary: fc.integer({ min: a, max: b }).map((n) => vouw(n / schaal)) });
  }
  return fc.oneof(...delen);
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

function datumArb(k: Kenmerken, peildatum: number): fc.Arbitrary<string> {
  const van = peildatum - 365 * 10;
  const tot = peildatum + 365 * 5;
  const { jaar } = jmd(peildatum);
  const jaren = fc.integer({ min: jaar - 10, max: jaar + 5 });
  const maandEinde = fc.tuple(jaren, fc.integer({ min: 1, max: 12 })).map(([j, m]) => dagVan(j, m, dagenInMaand(j, m))!);
  const schrikkeldag = jaren.map((j) => { let x = j; while (!isSchrikkeljaar(x)) x++; return dagVan(x, 2, 29)!; });
  return fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: van, max: tot }) },
    { weight: 2, arbitrary: maandEinde },
    { weight: 1, arbitrary: schrikkeldag },
    { weight: 2, arbitrary: fc.constantFrom(...k.datums) },
  ).map(schrijfDatum);
}

function typeArb(t: Type, k: Kenmerken, g: Gecontroleerd, opties: GeneratorOpties, peildatum: number): fc.Arbitrary<unknown> {
  switch (t.soort) {
    case 'ja/nee': return fc.boolean();
    case 'getal': case 'bedrag': case 'percentage': return getalArb(k, t.soort, t);
    case 'datum': return datumArb(k, peildatum);
    case 'duur': return duurArb(t);
    case 'tekst': return fc.oneof(fc.constantFrom(...k.teksten), fc.string({ maxLength: 8 }));
    case 'keuze': return fc.constantFrom(...t.waarden);
    case 'lijst': {
      // A larger maxLijst asks for long lists (explanations shorten lists over 20): the full range.
      const lijst = fc.array(typeArb(t.element, k, g, opties, peildatum), { maxLength: opties.maxLijst ?? 8, ...(opties.maxLijst !== undefined && opties.maxLijst > 8 ? { size: 'max' as const } : {}) });
      // Lists of records with a date are usually histories in date order (contracts, periods);
      // offer them sorted too, or a policy that requires the order would rarely see long lists.
      const datumVeld = t.element.soort === 'gegevens' ? t.element.velden.find((v) => v.type.soort === 'datum')?.naam : undefined;
      if (!datumVeld) return lijst;
      const gesorteerd = lijst.map((l) => [...(l as Record<string, string>[])].sort((a, b) => (a[datumVeld]! < b[datumVeld]! ? -1 : a[datumVeld]! > b[datumVeld]! ? 1 : 0)));
      return fc.oneof({ weight: 1, arbitrary: lijst }, { weight: 3, arbitrary: gesorteerd });
    }
    case 'leegbaar': return fc.option(typeArb(t.type, k, g, opties, peildatum), { freq: 5, nil: null });
    case 'gegevens': {
      const rec = fc.record(Object.fromEntries(t.velden.map((v) => [v.naam, typeArb(v.type, k, g, opties, peildatum)])));
      // Records with `eis` clauses are chosen here, per record, so valid lists stay likely: the
      // first of up to eight candidates that meets them, drawn one at a time (most records pass
      // at the first or second). Bounded: when none of eight does, one more candidate is taken
      // as it is; the whole input is validated afterwards anyway.
      if (!t.naam || !g.soortEisen.has(t.naam)) return rec;
      const voldoet = recordToets(g, t, opties.peildatum, recordGeheugen(g, opties.peildatum));
      return begrensdFilter(rec, voldoet, (_n, _r, mrng, bias) => rec.generate(mrng, bias), 8);
    }
    case 'leeg': case 'niets': case 'fout': case 'tupel': return fc.constant(null);
  }
}

/** Generates inputs of one invoer field. */
export function veldArbitrary(g: Gecontroleerd, naam: string, opties: GeneratorOpties): fc.Arbitrary<unknown> {
  const peildatum = leesDatum(opties.peildatum)!;
  const i = g.invoer.find((x) => x.naam === naam);
  if (!i) throw new Error(`onbekende invoer '${naam}'`);
  const k = kenmerken(g, peildatum);
  const bereik = bereikVan(g, naam);
  const arb = typeArb(i.type, k, g, opties, peildatum);
  if (!bereik) return arb;
  // Bounded: the generated numbers may never fall in a narrow range far from the policy's
  // literals; then the range's ends are used instead.
  const rand = fc.constantFrom(bereik.van, bereik.tot);
  const binnen = begrensdFilter(arb, (x) => typeof x !== 'number' || (x >= bereik.van && x <= bereik.tot), (_n, _r, mrng, bias) => rand.generate(mrng, bias) as fc.Value<unknown>, 100);
  const t = i.type;
  if (t.soort !== 'getal' && t.soort !== 'bedrag' && t.soort !== 'percentage') return fc.oneof(binnen, rand);
  // an end of the range shrinks toward the policy's thresholds too, within the range
  return krimpAlsGetal(fc.oneof(binnen, rand) as fc.Arbitrary<number>, t.geheel ? 1 : 100, bereik.van, bereik.tot);
}

function bereikVan(g: Gecontroleerd, naam: string): { van: number; tot: number } | null {
  const b = g.bereiken.get(naam) ?? null;
  if (!b) return null;
  const getal = (e: typeof b.van): number | null => {
    if (e.kind === 'Negatief') { const x = getal(e.arg); return x === null ? null : -x; }
    if (e.kind === 'GetalLit' || e.kind === 'BedragLit' || e.kind === 'PercentageLit') return G.naarJsNumber(G.vanDecimaleTekst(e.tekst)!);
    return null;
  };
  const van = getal(b.van);
  const tot = getal(b.tot);
  return van === null || tot === null ? null : { van, tot };
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
