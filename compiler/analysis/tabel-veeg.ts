// Which pairs of rows of a `tabel uniek` the analysis must look at. Comparing every pair in exact
// arithmetic is quadratic (a 3,000-row table: 4.5 million satisfiability questions). Here each row
// gets a box: per variable the hull of what its formula allows (an interval of numbers or dates, a
// set of choices or ja/nee). Two rows whose boxes are disjoint in some variable never match
// together, and the decider would say so too: every conjunction of their combined formula
// contradicts itself on that variable. Those pairs are proven without asking; the candidates come
// from a sort-and-sweep over the variable that separates the rows best. A pair whose combined
// formula the decider would cut off as too large (MAX_CONJUNCTIES) is always a candidate, so the
// findings are exactly those of asking every pair (a generator test compares the two).
import * as G from '../../runtime/getal.js';
import { type Conjunctie, type Dnf, MAX_CONJUNCTIES } from './beslisser.js';

/** What a row's formula allows of one variable: an interval (null: unbounded) or a set of values. */
type Hull =
  | { readonly kind: 'interval'; readonly lo: G.Getal | null; readonly hi: G.Getal | null }
  | { readonly kind: 'waarden'; readonly waarden: ReadonlySet<string | boolean> };

/** A row's box: the hull of each variable it constrains in every live conjunction; 'leeg' when none is live. */
export type Doos = ReadonlyMap<string, Hull> | 'leeg';

/** The interval (closed hull) and value set one conjunction allows per variable; null when it contradicts itself. */
function conjunctieHulls(c: Conjunctie): Map<string, Hull> | null {
  const uit = new Map<string, Hull>();
  for (const a of c) {
    if (a.kind === 'open') continue;
    const h = uit.get(a.var);
    if (a.kind === 'getal') {
      if (a.op === '!=') { if (!h) uit.set(a.var, { kind: 'interval', lo: null, hi: null }); continue; }
      const oud = h?.kind === 'interval' ? h : { lo: null, hi: null };
      const lo = a.op === '>' || a.op === '>=' || a.op === '=' ? max(oud.lo, a.c) : oud.lo;
      const hi = a.op === '<' || a.op === '<=' || a.op === '=' ? min(oud.hi, a.c) : oud.hi;
      if (lo && hi && G.vergelijk(lo, hi) > 0) return null;
      uit.set(a.var, { kind: 'interval', lo, hi });
    } else {
      const hier: ReadonlySet<string | boolean> = a.kind === 'janee' ? new Set([a.waarde]) : a.waarden;
      const samen = h?.kind === 'waarden' ? new Set([...h.waarden].filter((w) => hier.has(w))) : new Set(hier);
      if (samen.size === 0) return null;
      uit.set(a.var, { kind: 'waarden', waarden: samen });
    }
  }
  return uit;
}

const max = (a: G.Getal | null, b: G.Getal): G.Getal => (a && G.vergelijk(a, b) >= 0 ? a : b);
const min = (a: G.Getal | null, b: G.Getal): G.Getal => (a && G.vergelijk(a, b) <= 0 ? a : b);

/** The box of a row: per variable, the union over its live conjunctions (a variable one leaves free is free). */
export function doosVan(f: Dnf): Doos {
  const levend = f.map(conjunctieHulls).filter((h): h is Map<string, Hull> => h !== null);
  if (levend.length === 0) return 'leeg';
  const uit = new Map<string, Hull>();
  for (const v of levend[0]!.keys()) {
    let hull: Hull | null = null;
    for (const c of levend) {
      const h = c.get(v);
      if (!h || (hull && h.kind !== hull.kind)) { hull = null; break; }
      hull = !hull ? h : h.kind === 'interval' && hull.kind === 'interval'
        ? { kind: 'interval', lo: hull.lo && h.lo ? (G.vergelijk(hull.lo, h.lo) <= 0 ? hull.lo : h.lo) : null, hi: hull.hi && h.hi ? (G.vergelijk(hull.hi, h.hi) >= 0 ? hull.hi : h.hi) : null }
        : { kind: 'waarden', waarden: new Set([...(hull as Hull & { kind: 'waarden' }).waarden, ...(h as Hull & { kind: 'waarden' }).waarden]) };
    }
    if (hull && !(hull.kind === 'interval' && hull.lo === null && hull.hi === null)) uit.set(v, hull);
  }
  return uit;
}

/** Whether two hulls share no value; intervals are closed, so only a strict gap counts. */
function hullsDisjunct(a: Hull, b: Hull): boolean {
  if (a.kind === 'interval' && b.kind === 'interval') {
    return (a.hi !== null && b.lo !== null && G.vergelijk(a.hi, b.lo) < 0) || (b.hi !== null && a.lo !== null && G.vergelijk(b.hi, a.lo) < 0);
  }
  if (a.kind === 'waarden' && b.kind === 'waarden') return ![...a.waarden].some((w) => b.waarden.has(w));
  return false;
}

/** Whether two rows never match together by their boxes alone. */
export function dozenDisjunct(a: Doos, b: Doos): boolean {
  if (a === 'leeg' || b === 'leeg') return true;
  for (const [v, h] of a) {
    const g = b.get(v);
    if (g && hullsDisjunct(h, g)) return true;
  }
  return false;
}

/**
 * For each row i, the rows j > i the analysis must ask about (in ascending order); every other pair
 * is proven disjoint by the boxes. `vooraf` is the number of conjunctions of what every question
 * starts with (the eisen and "no exception applies", after the decider's own cut-off); `alle`
 * gives every pair (the reference the test compares with).
 */
export function kandidaten(formules: readonly Dnf[], vooraf: number, alle = false): number[][] {
  const n = formules.length;
  if (alle) return Array.from({ length: n }, (_, i) => Array.from({ length: n - i - 1 }, (__, k) => i + 1 + k));
  const dozen = formules.map(doosVan);
  // a pair whose combined formula the decider would cut off is always asked about
  const groot = formules.map((f) => f.length > 0 && vooraf * f.length * f.length > MAX_CONJUNCTIES);
  const bewezenDisjunct = (i: number, j: number): boolean => formules[i]!.length === 0 || formules[j]!.length === 0
    || (vooraf * formules[i]!.length * formules[j]!.length <= MAX_CONJUNCTIES && dozenDisjunct(dozen[i]!, dozen[j]!));
  const uit: number[][] = Array.from({ length: n }, () => []);
  const v = besteVariabele(dozen);
  if (v === null) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (!bewezenDisjunct(i, j)) uit[i]!.push(j);
    return uit;
  }
  // sort and sweep over v: rows whose intervals on v overlap, plus the rows v leaves free
  const interval = (i: number): { lo: G.Getal | null; hi: G.Getal | null } => {
    const d = dozen[i]!;
    const h = d === 'leeg' ? undefined : d.get(v);
    return h?.kind === 'interval' ? h : { lo: null, hi: null };
  };
  const volgorde = [...Array(n).keys()].sort((a, b) => vergelijkLo(interval(a).lo, interval(b).lo) || a - b);
  let actief: number[] = [];
  // a row without a box on v (free, or 'leeg') stays in the sweep's active set and meets every row;
  // a row whose pair formula the decider would cut off must meet every row as well
  const altijd = new Set<number>();
  for (let i = 0; i < n; i++) if (groot[i]) altijd.add(i);
  const kandidaat = new Set<string>();
  const voeg = (a: number, b: number): void => { kandidaat.add(a < b ? `${a},${b}` : `${b},${a}`); };
  for (const r of volgorde) {
    const lo = interval(r).lo;
    if (lo !== null) actief = actief.filter((q) => { const hi = interval(q).hi; return hi === null || G.vergelijk(hi, lo) >= 0; });
    for (const q of actief) voeg(q, r);
    actief.push(r);
  }
  for (const a of altijd) for (let b = 0; b < n; b++) if (b !== a) voeg(a, b);
  for (const k of kandidaat) {
    const [a, b] = k.split(',').map(Number) as [number, number];
    if (!bewezenDisjunct(a, b)) uit[a]!.push(b);
  }
  for (const l of uit) l.sort((a, b) => a - b);
  return uit;
}

function vergelijkLo(a: G.Getal | null, b: G.Getal | null): number {
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  return G.vergelijk(a, b);
}

/** The numeric variable whose intervals leave the fewest overlapping pairs (null: none bounds two rows). */
function besteVariabele(dozen: readonly Doos[]): string | null {
  const vars = new Set<string>();
  for (const d of dozen) if (d !== 'leeg') for (const [v, h] of d) if (h.kind === 'interval') vars.add(v);
  let beste: string | null = null;
  let minste = Infinity;
  for (const v of vars) {
    const iv = dozen.map((d) => { const h = d === 'leeg' ? undefined : d.get(v); return h?.kind === 'interval' ? h : { lo: null, hi: null }; });
    const los = iv.map((x) => x.lo).filter((x): x is G.Getal => x !== null).sort(G.vergelijk);
    // disjoint pairs: for each interval, the rows that start after it ends
    let disjunct = 0;
    for (const x of iv) {
      if (x.hi === null) continue;
      let l = 0, h = los.length;
      while (l < h) { const m = (l + h) >> 1; if (G.vergelijk(los[m]!, x.hi) <= 0) l = m + 1; else h = m; }
      disjunct += los.length - l;
    }
    const overlap = (dozen.length * (dozen.length - 1)) / 2 - disjunct;
    if (overlap < minste) { minste = overlap; beste = v; }
  }
  return beste;
}

