// What a policy compares its inputs with, collected once per policy and peildatum, so generated
// cases reach every threshold: the numbers of each kind as exact decimals, the dates cases must lie
// around (dated parameter rows, date constants, and those dates moved back by every span in years,
// months, weeks or days the policy compares a duration with: an age of 67, 36 years of service),
// and per list input the lengths the policy compares its `aantal` with. arbitraries.ts draws from it.
import type { Gecontroleerd } from '../../language/checker.js';
import type * as A from '../../language/ast.js';
import { alleExpressies, wortelExpressies } from '../../language/walk.js';
import * as G from '../../runtime/getal.js';
import { leesDatum, plusDagen, plusMaanden } from '../../runtime/datum.js';

export type GetalSoort = 'getal' | 'bedrag' | 'percentage';

/** The calendar units a span can be counted in (`tijdsduur ... in hele jaren`, `36 jaar`). */
type Spanne = 'jaren' | 'maanden' | 'weken' | 'dagen';

export interface Kenmerken {
  /** The policy's numbers per kind, exact, with their neighbours on both sides added later. */
  readonly getallen: Readonly<Record<GetalSoort, readonly G.Getal[]>>;
  /** Decimals of the finest literal per kind (at least the kind's grain), at most MAX_DECIMALEN. */
  readonly decimalen: Readonly<Record<GetalSoort, number>>;
  /** Day numbers that matter: the peildatum, constants, row boundaries and the spans back from them. */
  readonly datums: readonly number[];
  /** How far back from the peildatum dates are drawn, in days: 70 years, or more if a span needs it. */
  readonly terug: number;
  readonly teksten: readonly string[];
  /** Per list input: the lengths `aantal` of it is compared with, and one either side. */
  readonly lengtes: ReadonlyMap<string, readonly number[]>;
}

/** Generated numbers have at most this many decimals, whatever the policy's finest literal. */
const MAX_DECIMALEN = 6;
/** The grain of each kind without finer literals: whole cents, hundredths of a percent or number. */
const KORREL: Record<GetalSoort, number> = { getal: 2, bedrag: 2, percentage: 2 };
/** Spans beyond this many years and lengths beyond this many elements are not sought out. */
const MAX_JAREN = 120;
const MAX_LENGTE = 200;
/** How far back dates are drawn at least (seldom: most stay within ten years of the peildatum). */
const TERUG = Math.round(365.25 * 70);

const cache = new WeakMap<Gecontroleerd, Map<number, Kenmerken>>();

/** The Kenmerken of a policy on a peildatum (a day number), collected once. */
export function kenmerken(g: Gecontroleerd, peildatum: number): Kenmerken {
  let perDatum = cache.get(g);
  if (!perDatum) cache.set(g, (perDatum = new Map()));
  let k = perDatum.get(peildatum);
  if (!k) perDatum.set(peildatum, (k = verzamel(g, peildatum)));
  return k;
}

function verzamel(g: Gecontroleerd, peildatum: number): Kenmerken {
  const getallen: Record<GetalSoort, Map<string, G.Getal>> = { getal: new Map(), bedrag: new Map(), percentage: new Map() };
  const decimalen = { ...KORREL };
  const voeg = (soort: GetalSoort, x: G.Getal): void => {
    getallen[soort].set(G.naarDecimaleTekst(x), x);
    const d = G.decimalen(x);
    if (soort !== 'bedrag' && d !== null) decimalen[soort] = Math.min(MAX_DECIMALEN, Math.max(decimalen[soort], d));
  };
  for (const s of ['getal', 'bedrag', 'percentage'] as const) voeg(s, G.NUL);
  voeg('getal', G.EEN);
  voeg('percentage', G.HONDERD);
  const ankers = new Set<number>([peildatum]);
  const teksten = new Set<string>(['']);
  const roots = [...wortelExpressies(g.bestand), ...g.parameters.flatMap((p) => p.rijen.map((r) => r.waarde))];
  for (const root of roots) {
    for (const e of alleExpressies(root)) {
      if (e.kind === 'GetalLit' || e.kind === 'BedragLit' || e.kind === 'PercentageLit') {
        const v = G.vanDecimaleTekst(e.tekst);
        if (!v) continue;
        voeg(e.kind === 'GetalLit' ? 'getal' : e.kind === 'BedragLit' ? 'bedrag' : 'percentage', v);
        // getal literals often scale amounts (12 × a month) or are hours: also offer them as amounts
        if (e.kind === 'GetalLit' && G.decimalen(v) !== null && G.decimalen(v)! <= 2) voeg('bedrag', v);
        if (e.kind === 'PercentageLit') voeg('getal', v);
      } else if (e.kind === 'DatumLit') {
        const d = leesDatum(e.tekst);
        if (d !== null) ankers.add(d);
      } else if (e.kind === 'TekstLit') teksten.add(e.waarde);
      else if (e.kind === 'RegelingAanroep' && e.datum !== null) {
        // `naam(...) op D`: each row boundary of the used policy's parameters
        for (const p of g.regelingen.get(e.naam)?.parameters ?? []) {
          for (const r of p.rijen) for (const grens of [r.vanaf, r.tot]) {
            const d = grens === null ? null : leesDatum(grens);
            if (d !== null) ankers.add(d);
          }
        }
      } else if (e.kind === 'OpDatum') {
        // `P op D`: the days around each row boundary of P, where D changes the row
        const b = g.bindingen.get(e.arg);
        const p = b?.kind === 'parameter' ? g.parameters.find((x) => x.naam === b.naam) : undefined;
        for (const r of p?.rijen ?? []) {
          for (const grens of [r.vanaf, r.tot]) {
            const d = grens === null ? null : leesDatum(grens);
            if (d !== null) ankers.add(d);
          }
        }
      }
    }
  }
  const { spannen, lengtes } = vergelekenMet(g, roots);
  const datums = new Set<number>();
  // Even without a comparison that says so, a career or a life must fit: 36 years of service
  // under a cap no longer written as years (a mutant without it), or an age of 67.
  let terug = TERUG;
  for (const a of ankers) {
    for (const d of [a - 1, a, a + 1]) datums.add(d);
    for (const [eenheid, ns] of spannen) {
      // one span either side too: 37 years of service is past a cap at 36
      for (const n of new Set([...ns].flatMap((x) => [x - 1, x, x + 1]).filter((x) => x >= 0))) {
        const d = eenheid === 'jaren' ? plusMaanden(a, -12 * n) : eenheid === 'maanden' ? plusMaanden(a, -n) : plusDagen(a, -(eenheid === 'weken' ? 7 * n : n));
        for (const x of [d - 1, d, d + 1]) datums.add(x);
        if (a === peildatum) terug = Math.max(terug, peildatum - d + 366 * 2);
      }
    }
  }
  return {
    getallen: { getal: [...getallen.getal.values()], bedrag: [...getallen.bedrag.values()], percentage: [...getallen.percentage.values()] },
    decimalen, datums: [...datums].sort((x, y) => x - y), terug, teksten: [...teksten],
    lengtes: new Map([...lengtes].map(([n, ls]) => [n, [...new Set([...ls].flatMap((l) => [l - 1, l, l + 1]))].filter((l) => l >= 0 && l <= MAX_LENGTE).sort((x, y) => x - y)])),
  };
}

/**
 * The whole numbers the policy compares a span with (`leeftijd is ten minste 67` where leeftijd
 * is a `tijdsduur ... in hele jaren`, `indienst + 36 jaar`), by unit, and the numbers it compares
 * the `aantal` of a list input with, by input. A rule carries what its definition counts, so
 * `regel leeftijd is tijdsduur ...` makes `leeftijd` a span in years wherever it is compared.
 */
function vergelekenMet(g: Gecontroleerd, roots: readonly A.Expr[]): { spannen: Map<Spanne, Set<number>>; lengtes: Map<string, Set<number>> } {
  const spannen = new Map<Spanne, Set<number>>();
  const lengtes = new Map<string, Set<number>>();
  const regelMerken = new Map<string, ReadonlySet<string>>();
  const merkenVanRegel = (naam: string): ReadonlySet<string> => {
    const klaar = regelMerken.get(naam);
    if (klaar) return klaar;
    regelMerken.set(naam, new Set()); // a cycle (reported by the checker) counts nothing
    const d = g.regels.get(naam)?.decl;
    const uit = new Set<string>();
    if (d) for (const x of [d.waarde, ...d.uitzonderingen.map((u) => u.waarde)]) for (const m of merken(x)) uit.add(m);
    regelMerken.set(naam, uit);
    return uit;
  };
  // What an expression counts: spans (`jaren`, ...) and lengths of list inputs (`aantal:naam`).
  const merken = (e: A.Expr): Set<string> => {
    const uit = new Set<string>();
    for (const x of alleExpressies(e)) {
      if (x.kind === 'Ingebouwd' && x.naam.startsWith('tijdsduur ')) uit.add(x.naam.slice('tijdsduur '.length));
      else if (x.kind === 'LijstOp' && x.op === 'aantal') {
        for (const y of alleExpressies(x.arg)) {
          const b = y.kind === 'Naam' ? g.bindingen.get(y) : undefined;
          if (b?.kind === 'invoer') uit.add(`aantal:${b.naam}`);
        }
      } else if (x.kind === 'Naam') {
        const b = g.bindingen.get(x);
        if (b?.kind === 'regel') for (const m of merkenVanRegel(b.naam)) uit.add(m);
      }
    }
    return uit;
  };
  const noteer = (merk: string, getallen: readonly number[]): void => {
    for (const n of getallen) {
      if (merk.startsWith('aantal:')) {
        const naam = merk.slice('aantal:'.length);
        if (!lengtes.has(naam)) lengtes.set(naam, new Set());
        lengtes.get(naam)!.add(n);
      } else if (n <= MAX_JAREN * (merk === 'jaren' ? 1 : merk === 'maanden' ? 12 : merk === 'weken' ? 53 : 366)) {
        const s = merk as Spanne;
        if (!spannen.has(s)) spannen.set(s, new Set());
        spannen.get(s)!.add(n);
      }
    }
  };
  for (const root of roots) {
    for (const e of alleExpressies(root)) {
      if (e.kind === 'Vergelijking') {
        const [l, r] = [merken(e.links), merken(e.rechts)];
        for (const m of l) noteer(m, heleGetallen(g, e.rechts));
        for (const m of r) noteer(m, heleGetallen(g, e.links));
      } else if (e.kind === 'EenVan') {
        for (const m of merken(e.waarde)) noteer(m, e.opties.flatMap((o) => heleGetallen(g, o)));
      } else if (e.kind === 'DuurExpr') {
        noteer(e.eenheid, heleGetallen(g, e.aantal));
      }
    }
  }
  return { spannen, lengtes };
}

/** The whole, non-negative numbers written in an expression or in the parameters it names. */
function heleGetallen(g: Gecontroleerd, e: A.Expr): number[] {
  const uit: number[] = [];
  const lees = (x: A.Expr): void => {
    if (x.kind !== 'GetalLit') return;
    const v = G.vanDecimaleTekst(x.tekst);
    if (v && G.isGeheel(v) && v.t >= 0n && v.t <= 100_000n) uit.push(Number(v.t));
  };
  for (const x of alleExpressies(e)) {
    lees(x);
    const b = x.kind === 'Naam' ? g.bindingen.get(x) : undefined;
    if (b?.kind === 'parameter') for (const r of g.parameters.find((p) => p.naam === b.naam)?.rijen ?? []) for (const y of alleExpressies(r.waarde)) lees(y);
  }
  return uit;
}
