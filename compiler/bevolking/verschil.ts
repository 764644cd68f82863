// The difference report of a population run with variants, aggregated one row at a time so ten
// million cases take the memory of the report, not of the cases: per variant, per output and per
// `--groepeer` group the cases that changed, the exact total and mean difference, the biggest
// winners and losers, and the decision paths that changed (old pad -> new pad, counted). Without
// variants it still sums the base run per group and counts its decision paths.
import { type Getal, NUL, afronden, gedeeldDoor, getal, plus, min, vergelijk } from '../../runtime/getal.js';
import type { Type } from '../../runtime/typen.js';
import { type KolomSoort, alsGetal, kolomSoort } from './kolommen.js';

/** One engine's answer for one case: the output cells (exact text, null for leeg), `fout` and `pad`. */
export interface RijUitkomst {
  readonly cellen: readonly (string | null)[];
  readonly fout: string | null;
  readonly pad: string | null;
}

export interface UitvoerKolom {
  readonly naam: string;
  readonly type: Type;
}

/** A case in a top list: its id (or row number), the old and the new value and the difference. */
export interface Uitschieter {
  readonly wie: string;
  readonly oud: Getal;
  readonly nieuw: Getal;
  readonly verschil: Getal;
}

/** What one variant did to one output in one group (or the whole population). */
export interface UitvoerVerschil {
  readonly uitvoer: string;
  readonly soort: KolomSoort;
  /** The output's own kind for writing its values: `bedrag`, `percentage`, `getal`, or another. */
  readonly eenheid: string;
  gewijzigd: number;
  /** Cases where both engines gave a number: the total and mean difference are over these. */
  vergeleken: number;
  totaal: Getal;
  readonly winnaars: Uitschieter[];
  readonly verliezers: Uitschieter[];
}

export interface GroepVerschil {
  /** The group's value as text; null for the whole population. */
  readonly groep: string | null;
  gevallen: number;
  /** Cases where an output or `fout` differs (a path that differs alone is counted as a transition). */
  gewijzigd: number;
  readonly uitvoer: UitvoerVerschil[];
}

export interface VariantVerschil {
  readonly naam: string;
  readonly totaal: GroepVerschil;
  readonly groepen: Map<string, GroepVerschil>;
  fouten: number;
  /** `oud pad -> nieuw pad` with how many cases took that step. */
  readonly overgangen: Map<string, number>;
}

export interface BasisGroep {
  readonly groep: string | null;
  gevallen: number;
  fouten: number;
  /** Per output that adds up (an amount or a number; null for a percentage and the rest) the exact sum over the group. */
  readonly sommen: (Som | null)[];
}

export interface Rapport {
  readonly uitvoer: readonly UitvoerKolom[];
  readonly groepeer: string | null;
  readonly basis: { readonly totaal: BasisGroep; readonly groepen: Map<string, BasisGroep>; readonly paden: Map<string, number> };
  readonly varianten: readonly VariantVerschil[];
}

/** More distinct values than this in the `--groepeer` column make a report nobody reads. */
export const MAX_GROEPEN = 1000;
/** Distinct decision paths (or path transitions) kept apart; the rest is counted as one. */
export const MAX_PADEN = 10_000;
export const OVERIGE_PADEN = '(overige paden)';

export class TeVeelGroepen extends Error {}

/** Collects the rows of a run in order; `rapport` is the result at any moment. */
export class Verschillen {
  private readonly r: Rapport;
  private readonly soorten: readonly KolomSoort[];

  /** Per variant, the parameters it fixes: their `naam@datum` entries leave its paths by design, not by a change. */
  private readonly vast: readonly (readonly string[])[];

  constructor(private readonly uitvoer: readonly UitvoerKolom[], varianten: readonly (string | { readonly naam: string; readonly parameters: readonly string[] })[], groepeer: string | null, private readonly top = 5) {
    this.vast = varianten.map((v) => (typeof v === 'string' ? [] : v.parameters));
    this.soorten = uitvoer.map((u) => kolomSoort(u.type));
    this.r = {
      uitvoer, groepeer,
      basis: { totaal: this.basisGroep(null), groepen: new Map(), paden: new Map() },
      varianten: varianten.map((v) => ({ naam: typeof v === 'string' ? v : v.naam, totaal: this.groepVerschil(null), groepen: new Map(), fouten: 0, overgangen: new Map() })),
    };
  }

  get rapport(): Rapport {
    return this.r;
  }

  /** One case: its row number (from 1), id and group (null when absent), and each engine's answer. */
  voeg(rij: number, id: string | null, groep: string | null, basis: RijUitkomst, varianten: readonly RijUitkomst[]): void {
    const wie = id ?? `rij ${rij}`;
    const bg = groep === null ? null : this.haal(this.r.basis.groepen, groep, () => this.basisGroep(groep));
    for (const b of bg ? [this.r.basis.totaal, bg] : [this.r.basis.totaal]) this.telBasis(b, basis);
    if (basis.pad !== null) tel(this.r.basis.paden, basis.pad);
    varianten.forEach((v, i) => {
      const vv = this.r.varianten[i]!;
      if (v.fout !== null) vv.fouten++;
      const vg = groep === null ? null : this.haal(vv.groepen, groep, () => this.groepVerschil(groep));
      // a case changed when an answer did (an output or its error); a path alone is counted below
      const anders = v.fout !== basis.fout || v.cellen.some((c, k) => c !== basis.cellen[k]);
      for (const g of vg ? [vv.totaal, vg] : [vv.totaal]) {
        g.gevallen++;
        if (anders) g.gewijzigd++;
        if (anders) this.telVerschil(g, wie, basis, v);
      }
      const oud = this.vast[i]!.length > 0 && basis.pad !== null ? zonderParameters(basis.pad, this.vast[i]!) : basis.pad;
      if (v.pad !== oud) tel(vv.overgangen, `${oud ?? '(ongeldig)'} -> ${v.pad ?? '(ongeldig)'}`);
    });
  }

  private telBasis(b: BasisGroep, u: RijUitkomst): void {
    b.gevallen++;
    if (u.fout !== null) b.fouten++;
    u.cellen.forEach((c, k) => {
      if (c !== null) b.sommen[k]?.voeg(c);
    });
  }

  private telVerschil(g: GroepVerschil, wie: string, basis: RijUitkomst, v: RijUitkomst): void {
    g.uitvoer.forEach((u, k) => {
      const oudTekst = basis.cellen[k] ?? null;
      const nieuwTekst = v.cellen[k] ?? null;
      if (oudTekst === nieuwTekst) return;
      u.gewijzigd++;
      if (u.soort !== 'getal') return;
      const oud = alsGetal(oudTekst);
      const nieuw = alsGetal(nieuwTekst);
      if (!oud || !nieuw) return;
      const d = min(nieuw, oud);
      u.vergeleken++;
      u.totaal = plus(u.totaal, d);
      const x: Uitschieter = { wie, oud, nieuw, verschil: d };
      if (vergelijk(d, NUL) > 0) voegInTop(u.winnaars, x, this.top, (a, b) => vergelijk(b.verschil, a.verschil));
      if (vergelijk(d, NUL) < 0) voegInTop(u.verliezers, x, this.top, (a, b) => vergelijk(a.verschil, b.verschil));
    });
  }

  private haal<T>(m: Map<string, T>, groep: string, maak: () => T): T {
    let x = m.get(groep);
    if (x === undefined) {
      if (m.size >= MAX_GROEPEN) throw new TeVeelGroepen(`de kolom '${this.r.groepeer ?? ''}' van --groepeer heeft meer dan ${MAX_GROEPEN.toLocaleString('nl-NL')} verschillende waarden; groepeer op een kolom met minder waarden (een leeftijd, een regio)`);
      x = maak();
      m.set(groep, x);
    }
    return x;
  }

  private basisGroep(groep: string | null): BasisGroep {
    return { groep, gevallen: 0, fouten: 0, sommen: this.uitvoer.map((u) => (telOp(u.type) ? new Som() : null)) };
  }

  private groepVerschil(groep: string | null): GroepVerschil {
    return {
      groep, gevallen: 0, gewijzigd: 0,
      uitvoer: this.uitvoer.map((u, k) => nieuwUitvoerVerschil(u, this.soorten[k]!)),
    };
  }
}

/**
 * An exact sum of decimal texts as one whole number at the largest scale seen: a row costs a
 * BigInt addition, not the fraction arithmetic (with its gcd) of runtime/getal.ts.
 */
export class Som {
  private som = 0n;
  private schaal = 0;
  /** A text that is no plain decimal (a number the engines wrote otherwise) is added exactly the slow way. */
  private rest: Getal = NUL;

  voeg(tekst: string): void {
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(tekst);
    if (!m) {
      const g = alsGetal(tekst);
      if (g) this.rest = plus(this.rest, g);
      return;
    }
    const fractie = m[3] ?? '';
    if (fractie.length > this.schaal) {
      this.som *= 10n ** BigInt(fractie.length - this.schaal);
      this.schaal = fractie.length;
    }
    const x = BigInt(m[2]! + fractie.padEnd(this.schaal, '0'));
    this.som += m[1] ? -x : x;
  }

  get waarde(): Getal {
    return plus(getal(this.som, 10n ** BigInt(this.schaal)), this.rest);
  }
}

/** An amount or a number adds up over cases; a percentage (of each case's own base) does not. */
function telOp(t: Type): boolean {
  const k = t.soort === 'leegbaar' ? t.type : t;
  return k.soort === 'bedrag' || k.soort === 'getal';
}

function nieuwUitvoerVerschil(u: UitvoerKolom, soort: KolomSoort): UitvoerVerschil {
  const t = u.type.soort === 'leegbaar' ? u.type.type : u.type;
  return { uitvoer: u.naam, soort, eenheid: t.soort, gewijzigd: 0, vergeleken: 0, totaal: NUL, winnaars: [], verliezers: [] };
}

/** A path without the entries of these parameters (`naam@JJJJ-MM-DD`). */
export function zonderParameters(pad: string, parameters: readonly string[]): string {
  return pad.split('; ').filter((x) => !parameters.some((p) => x.startsWith(`${p}@`))).join('; ');
}

/** Counts `sleutel`, keeping at most MAX_PADEN keys apart (the rest under OVERIGE_PADEN). */
function tel(m: Map<string, number>, sleutel: string): void {
  const n = m.get(sleutel);
  if (n !== undefined) m.set(sleutel, n + 1);
  else if (m.size < MAX_PADEN) m.set(sleutel, 1);
  else m.set(OVERIGE_PADEN, (m.get(OVERIGE_PADEN) ?? 0) + 1);
}

/** Keeps the `top` first by `orde` (stable: of equals, the earliest case stays). */
function voegInTop(lijst: Uitschieter[], x: Uitschieter, top: number, orde: (a: Uitschieter, b: Uitschieter) => number): void {
  if (lijst.length >= top && orde(x, lijst[lijst.length - 1]!) >= 0) return;
  let i = lijst.length;
  while (i > 0 && orde(x, lijst[i - 1]!) < 0) i--;
  lijst.splice(i, 0, x);
  if (lijst.length > top) lijst.pop();
}

/** The mean difference over the compared cases, rounded for reading (cents for an amount), or null. */
export function gemiddeld(u: UitvoerVerschil): Getal | null {
  if (u.vergeleken === 0) return null;
  return afronden(gedeeldDoor(u.totaal, getal(u.vergeleken)), u.eenheid === 'bedrag' ? 2 : 4, 'rekenkundig');
}

/** The entries of a count, most first (then by key, so the order never depends on arrival). */
export function meesteEerst(m: ReadonlyMap<string, number>, n: number): [string, number][] {
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, n);
}

/** Groups in a stable order: by number when every value is one, else by text. */
export function groepenOpVolgorde<T>(m: ReadonlyMap<string, T>): [string, T][] {
  const numeriek = [...m.keys()].every((k) => alsGetal(k) !== null);
  return [...m].sort(([a], [b]) => (numeriek ? vergelijk(alsGetal(a)!, alsGetal(b)!) : a < b ? -1 : a > b ? 1 : 0));
}
