// The kind of a duration, known to the checker only (never part of a Type, so it never reaches
// generated code): `maanden` (months and years) or `dagen` (days and weeks), with its sign where
// that is fixed. runtime/duur.ts compares two durations part by part and throws
// OnvergelijkbareDuur exactly when one has more months and the other more days: a duration in
// months against one in days fails whenever both are non-zero with the same sign (1 maand against
// 30 dagen), and never when one is zero or their signs differ. vergelijkbaar() says the same from
// the expressions, so `check` refuses the comparisons that fail and passes the ones that work.
import type * as A from '../ast.js';
import * as G from '../../runtime/getal.js';
import { constanteGetal } from '../constante.js';
import { ketting } from '../walk.js';
import type { Checker } from './staat.js';

/**
 * `teken`: 1 or -1 where fixed, 0 where it depends on the input; `waarde` the exact count of
 * months or days where the expression is constant; the kind `nul` is a constant zero.
 */
export type DuurSoort =
  | { readonly kind: 'maanden' | 'dagen'; readonly teken: -1 | 0 | 1; readonly waarde?: G.Getal }
  | { readonly kind: 'nul' };

const NUL: DuurSoort = { kind: 'nul' };

/** A constant count of one kind: its sign, or `nul`. */
function constant(kind: 'maanden' | 'dagen', waarde: G.Getal): DuurSoort {
  const t = G.vergelijk(waarde, G.NUL);
  return t === 0 ? NUL : { kind, teken: t, waarde };
}

function tegengesteld(s: DuurSoort | null): DuurSoort | null {
  if (!s || s.kind === 'nul') return s;
  return s.waarde ? constant(s.kind, G.negatief(s.waarde)) : { kind: s.kind, teken: -s.teken as -1 | 0 | 1 };
}

/** The kind of a duration expression, or null where it is unknown or mixed (an input, months plus days). */
export function duurSoort(ch: Checker, e: A.Expr, bezig: Set<string> = new Set()): DuurSoort | null {
  switch (e.kind) {
    case 'DuurExpr': {
      const eenheid = e.eenheid === 'maanden' || e.eenheid === 'jaren' ? 'maanden' : 'dagen';
      const c = constanteGetal(e.aantal);
      if (c.kind !== 'waarde') return { kind: eenheid, teken: 0 };
      const per = e.eenheid === 'jaren' ? 12n : e.eenheid === 'weken' ? 7n : 1n;
      return constant(eenheid, G.maal(c.g, G.getal(per)));
    }
    case 'Negatief': return tegengesteld(duurSoort(ch, e.arg, bezig));
    case 'Rekensom': {
      // a chain `a + b + c ...` in a loop: it is as deep as it is long
      const { eerste, schakels } = ketting(e);
      let l = duurSoort(ch, eerste, bezig);
      for (const x of schakels) l = rekenstap(ch, x, l, bezig);
      return l;
    }
    case 'Als': return een(duurSoort(ch, e.dan, bezig), duurSoort(ch, e.anders, bezig));
    case 'Naam': {
      const b = ch.bindingen.get(e);
      const sleutel = `${b?.kind}:${b && 'naam' in b ? b.naam : ''}`;
      if (!b || bezig.has(sleutel)) return null;
      const verder = new Set(bezig).add(sleutel);
      if (b.kind === 'regel') {
        const r = ch.regelDecls.get(b.naam);
        if (!r) return null;
        return [r.waarde, ...r.uitzonderingen.map((u) => u.waarde)].map((x) => duurSoort(ch, x, verder)).reduce(een);
      }
      if (b.kind === 'parameter') {
        const p = ch.parameters.get(b.naam);
        if (!p || p.rijen.length === 0) return null;
        return p.rijen.map((r) => duurSoort(ch, r.waarde, verder)).reduce(een);
      }
      return null;
    }
    default: return null;
  }
}

/** One arithmetic node of a duration chain: `l` is the kind of its left operand. */
function rekenstap(ch: Checker, e: A.Expr & { kind: 'Rekensom' }, l: DuurSoort | null, bezig: Set<string>): DuurSoort | null {
  const v = ch.rekensommen.get(e);
  if (v === 'datum-datum') return { kind: 'dagen', teken: 0 };
  if (v === 'duur+duur') return som(l, duurSoort(ch, e.rechts, bezig));
  if (v === 'duur-duur') return som(l, tegengesteld(duurSoort(ch, e.rechts, bezig)));
  if (v === 'duur*getal' || v === 'getal*duur') {
    const s = v === 'duur*getal' ? l : duurSoort(ch, e.rechts, bezig);
    const k = v === 'duur*getal' ? e.rechts : e.links;
    if (!s || s.kind === 'nul') return s;
    const c = constanteGetal(k);
    if (c.kind !== 'waarde') return { kind: s.kind, teken: 0 };
    if (s.waarde) return constant(s.kind, G.maal(s.waarde, c.g));
    const t = G.vergelijk(c.g, G.NUL);
    return t === 0 ? NUL : { kind: s.kind, teken: (s.teken * t) as -1 | 0 | 1 };
  }
  return null;
}

/** The kind of a sum: zero adds nothing, months plus days is mixed (and compares where it can). */
function som(a: DuurSoort | null, b: DuurSoort | null): DuurSoort | null {
  if (a?.kind === 'nul') return b;
  if (b?.kind === 'nul') return a;
  if (a && b && a.kind === b.kind && a.waarde && b.waarde) return constant(a.kind, G.plus(a.waarde, b.waarde));
  if (!a || !b || a.kind !== b.kind) return null;
  return { kind: a.kind, teken: a.teken === b.teken ? a.teken : 0 };
}

/**
 * One of two values (the branches of `als`, the rows of a parameter): the kind both have; where
 * one may be zero the comparison can succeed, so that is no kind.
 */
function een(a: DuurSoort | null, b: DuurSoort | null): DuurSoort | null {
  if (!a || !b || a.kind !== b.kind) return null;
  if (a.kind === 'nul' || b.kind === 'nul') return a;
  if (a.waarde && b.waarde && G.vergelijk(a.waarde, b.waarde) === 0) return a;
  return { kind: a.kind, teken: a.teken === b.teken ? a.teken : 0 };
}

/**
 * Whether a comparison of the two durations fails at run time for every value of their kinds:
 * one in months, the other in days, and their signs not fixed to differ. Returns the kinds
 * for the message, or null where the comparison can succeed.
 */
export function onvergelijkbaar(a: DuurSoort | null, b: DuurSoort | null): { maanden: boolean } | null {
  if (!a || !b || a.kind === 'nul' || b.kind === 'nul' || a.kind === b.kind) return null;
  if (a.teken !== 0 && b.teken !== 0 && a.teken !== b.teken) return null;
  return { maanden: a.kind === 'maanden' };
}

/** RW2023 where comparing the durations a and b (both sides, a table column and its cell) fails by onvergelijkbaar. */
export function duurvergelijking(ch: Checker, a: A.Expr, b: A.Expr, plek: A.Plek): void {
  const o = onvergelijkbaar(duurSoort(ch, a), duurSoort(ch, b));
  if (!o) return;
  const [m, d] = o.maanden ? [a, b] : [b, a];
  ch.meld('RW2023', `een duur in maanden (${broncode(m)}) en een duur in dagen (${broncode(d)}) zijn niet te vergelijken: een maand is geen vast aantal dagen, dus de berekening stopt zodra beide niet nul zijn`, plek,
    'vergelijk datums in plaats van duren (`begin + 6 maanden is na einde`), of tel de duur in één eenheid met `tijdsduur van A tot B in dagen` (of `in hele maanden`)');
}

/** How the message names a side of a comparison: the name or literal the drafter wrote. */
function broncode(e: A.Expr): string {
  if (e.kind === 'Naam') return `'${e.naam}'`;
  if (e.kind === 'DuurExpr' && e.aantal.kind === 'GetalLit') return `\`${e.aantal.tekst} ${e.eenheid}\``;
  if (e.kind === 'DuurExpr' && e.aantal.kind === 'Naam') return `\`${e.aantal.naam} ${e.eenheid}\``;
  return 'een berekende duur';
}
