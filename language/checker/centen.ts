// Whole cents: an output of type `bedrag` must be whole cents when it is written (runtime/json.ts
// stops the evaluation otherwise), so an output whose rule may produce more decimals and does not
// round is a warning (RW2024; with --streng an error). The checker bounds the decimals of each
// value the way the fast path scales numbers (compiler/codegen/snel/vorm.ts: a sum takes the
// larger scale, a product adds the scales, a percentage of a value two more, a rounding sets
// them): a literal has its own decimals, a `bedrag` input at most 2, a `geheel getal` 0, a
// division by a constant the decimals of its inverse (none end for 3) and a division by a value
// no bound. A value out of sight (a function, a local name, a table) is taken as whole cents if
// it is an amount and is otherwise unknown, and nothing is reported from an unknown.
import type * as A from '../ast.js';
import * as G from '../../runtime/getal.js';
import { type Type, zonderLeeg } from '../../runtime/typen.js';
import { constanteGetal } from '../constante.js';
import { ketting } from '../walk.js';
import type { Checker } from './staat.js';

/** The most decimals a value can have: a count, `oneindig` (no bound), or null (not known here). */
type Decimalen = number | 'oneindig' | null;

/** A bound and, where it passes two decimals, the place and words of the first cause. */
interface Schaal { readonly d: Decimalen; readonly waarom?: { readonly tekst: string; readonly plek: A.Plek } }

const ONBEKEND: Schaal = { d: null };

function groter(a: Decimalen, b: Decimalen): Decimalen {
  if (a === 'oneindig' || b === 'oneindig') return 'oneindig';
  if (a === null || b === null) return null;
  return Math.max(a, b);
}

function opgeteld(a: Decimalen, b: Decimalen, extra: number): Decimalen {
  if (a === 'oneindig' || b === 'oneindig') return 'oneindig';
  if (a === null || b === null) return null;
  return a + b + extra;
}

function subcent(d: Decimalen): boolean {
  return d === 'oneindig' || (d !== null && d > 2);
}

/** The cause of the first operand that passes two decimals, else `eigen` where this node does. */
function met(d: Decimalen, delen: readonly Schaal[], eigen: () => { tekst: string; plek: A.Plek }): Schaal {
  if (!subcent(d)) return { d };
  return { d, waarom: delen.find((x) => subcent(x.d))?.waarom ?? eigen() };
}

/** The bound of a value of a type nothing more is known of (an input, a field of one). */
function vanType(t: Type | undefined): Decimalen {
  const k = t ? zonderLeeg(t) : undefined;
  if (k?.soort === 'lijst') return vanType(k.element);
  if (k?.soort === 'bedrag') return 2;
  if (k?.soort === 'getal' && k.geheel) return 0;
  if (k?.soort === 'getal' || k?.soort === 'percentage') return 'oneindig';
  return null;
}

function literaal(tekst: string): Decimalen {
  const g = G.vanDecimaleTekst(tekst);
  return g ? G.decimalen(g) : null;
}

export function schaal(ch: Checker, e: A.Expr, bezig: ReadonlySet<string> = new Set()): Schaal {
  switch (e.kind) {
    case 'GetalLit': case 'BedragLit': case 'PercentageLit': return { d: literaal(e.tekst) };
    case 'Negatief': return schaal(ch, e.arg, bezig);
    case 'Afronding': return { d: e.decimalen };
    case 'Als': {
      const a = schaal(ch, e.dan, bezig), b = schaal(ch, e.anders, bezig);
      return { d: groter(a.d, b.d), waarom: a.waarom ?? b.waarom };
    }
    case 'Naam': return naam(ch, e, bezig);
    case 'Rekensom': return rekensom(ch, e, bezig);
    case 'LijstOp': return e.op === 'aantal' ? { d: 0 } : schaal(ch, e.arg, bezig);
    case 'LijstLit': case 'Tupel': {
      const delen = (e.kind === 'LijstLit' ? e.elementen : e.leden).map((x) => schaal(ch, x, bezig));
      return delen.length === 0 ? { d: 0 } : { d: delen.map((x) => x.d).reduce(groter), waarom: delen.find((x) => x.waarom)?.waarom };
    }
    case 'Elke': return e.afbeelding ? schaal(ch, e.afbeelding, bezig) : schaal(ch, e.lijst, bezig);
    default: return elders(ch, e);
  }
}

/**
 * A value whose computation is out of sight here (a function call, a field, a local name, a
 * table): an amount is taken as whole cents and a whole number as whole, so `10% van x` is seen
 * to go below the cent; anything else is not known.
 */
function elders(ch: Checker, e: A.Expr): Schaal {
  const t = ch.typen.get(e);
  const k = t ? zonderLeeg(t) : undefined;
  if (k?.soort === 'bedrag' || (k?.soort === 'lijst' && zonderLeeg(k.element).soort === 'bedrag')) return { d: 2 };
  if (k?.soort === 'getal' && k.geheel) return { d: 0 };
  return ONBEKEND;
}

function naam(ch: Checker, e: A.Expr & { kind: 'Naam' }, bezig: ReadonlySet<string>): Schaal {
  const b = ch.bindingen.get(e);
  if (!b || b.kind === 'keuzewaarde' || b.kind === 'lokaal') return elders(ch, e);
  const sleutel = `${b.kind}:${b.naam}`;
  if (bezig.has(sleutel)) return ONBEKEND;
  const verder = new Set(bezig).add(sleutel);
  if (b.kind === 'invoer') {
    const d = vanType(ch.invoer.get(b.naam)?.type);
    return met(d, [], () => ({ tekst: `invoer '${b.naam}' kan ${d === 'oneindig' ? 'elk aantal decimalen' : `${d} decimalen`} hebben`, plek: e.plek }));
  }
  const waarden = b.kind === 'regel'
    ? (() => { const r = ch.regelDecls.get(b.naam); return r ? [r.waarde, ...r.uitzonderingen.map((u) => u.waarde)] : []; })()
    : ch.parameters.get(b.naam)?.rijen.map((r) => r.waarde) ?? [];
  if (waarden.length === 0) return ONBEKEND;
  const delen = waarden.map((w) => schaal(ch, w, verder));
  return { d: delen.map((x) => x.d).reduce(groter), waarom: delen.find((x) => x.waarom)?.waarom };
}

/** A chain `a + b * c ...` walked in a loop, as the checker does: it is as deep as it is long. */
function rekensom(ch: Checker, e: A.Expr & { kind: 'Rekensom' }, bezig: ReadonlySet<string>): Schaal {
  const { eerste, schakels } = ketting(e);
  let l = schaal(ch, eerste, bezig);
  for (const x of schakels) l = rekenstap(ch, x, l, schaal(ch, x.rechts, bezig));
  return l;
}

function rekenstap(ch: Checker, e: A.Expr & { kind: 'Rekensom' }, l: Schaal, r: Schaal): Schaal {
  const v = ch.rekensommen.get(e);
  if (v === undefined) return ONBEKEND;
  switch (v) {
    case 'getal+getal': case 'bedrag+bedrag': case 'percentage+percentage':
    case 'getal-getal': case 'bedrag-bedrag': case 'percentage-percentage':
      return met(groter(l.d, r.d), [l, r], () => ({ tekst: 'deze som', plek: e.plek }));
    case 'getal*getal': case 'bedrag*getal': case 'getal*bedrag': case 'percentage*getal': case 'getal*percentage':
      return met(opgeteld(l.d, r.d, 0), [l, r], () => ({ tekst: 'dit product heeft meer decimalen dan centen', plek: e.plek }));
    case 'bedrag*percentage': case 'percentage*bedrag': case 'percentage van bedrag': case 'percentage van getal': case 'percentage van percentage':
      return met(opgeteld(l.d, r.d, 2), [l, r], () => ({ tekst: 'een percentage van een bedrag heeft meer decimalen dan centen', plek: e.plek }));
    case 'getal/getal': case 'bedrag/bedrag': case 'percentage/percentage': case 'bedrag/getal': case 'percentage/getal': {
      const c = constanteGetal(e.rechts);
      const inverse = c.kind === 'waarde' && !G.gelijk(c.g, G.NUL) ? G.decimalen(G.gedeeldDoor(G.EEN, c.g)) : null;
      const d: Decimalen = l.d === null ? null : inverse === null ? 'oneindig' : opgeteld(l.d, inverse, 0);
      const door = c.kind === 'waarde' ? `door ${G.schrijfDecimaal(c.g)}` : 'door een waarde die niet vaststaat';
      return met(d, [l], () => ({ tekst: `de deling ${door} geeft ${inverse === null ? 'een breuk' : 'meer decimalen dan centen'}`, plek: e.plek }));
    }
    default: return ONBEKEND;
  }
}

/** RW2024 for each output amount (a `bedrag`, a list of them, a field of a record) whose rule may give more than whole cents. */
export function controleerCenten(ch: Checker): void {
  for (const u of ch.uitvoer.values()) {
    const r = ch.regelDecls.get(u.naam);
    if (!r) continue;
    for (const w of [r.waarde, ...r.uitzonderingen.map((x) => x.waarde)]) bedragen(ch, u.naam, w, u.type);
  }
}

/** The amounts in the value `w` of output `uitvoer` of type `t`: the value itself, its elements, or the fields of a record literal. */
function bedragen(ch: Checker, uitvoer: string, w: A.Expr, t: Type): void {
  const k = zonderLeeg(t);
  if (k.soort === 'gegevens' && w.kind === 'GegevensLit') {
    for (const v of w.velden) {
      const vt = k.velden.find((x) => x.naam === v.naam)?.type;
      if (vt) bedragen(ch, `${uitvoer}.${v.naam}`, v.waarde, vt);
    }
    return;
  }
  if (k.soort !== 'bedrag' && !(k.soort === 'lijst' && zonderLeeg(k.element).soort === 'bedrag')) return;
  const s = schaal(ch, w, new Set([`regel:${uitvoer.split('.')[0]}`]));
  if (!subcent(s.d)) return;
  const reden = s.waarom ? `: ${s.waarom.tekst} (op regel ${s.waarom.plek.regel})` : '';
  ch.meld('RW2024', `uitvoer '${uitvoer}' is ${k.soort === 'lijst' ? 'een lijst van bedragen die' : 'een bedrag dat'} meer dan hele centen kan hebben${reden}; de berekening stopt dan`, w.plek,
    'schrijf `afgerond op centen rekenkundig` (of `naar beneden`, `naar boven`, zoals de bron zegt) achter de waarde');
}
