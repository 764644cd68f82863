// Input of the fast path: validation of the JSON input per field by generated code (typeof,
// `===` chains for choices, records by their own fields, `eis` inline), read into fast values;
// and the ranges of declared types, for inputs and for rules' values. Any problem bails: the
// exact path then gives the error with its field path.
import { type Type, bevatVerfijning, zonderLeeg } from '../../../runtime/typen.js';
import { eigenschap, js, keuzeType, sleutel } from '../ts-code.js';
import { type W, BODEM, INVOER_SCHAAL, PRIM, geschaald, getalCode, macht, nee, num, tsElement } from './vorm.js';
import type { Schrijver } from './schrijver.js';
import type { Expressies } from './expressies.js';

/** The scale an input number is read at: 0 for a whole number, else 2, more if a bound has more decimals. */
export function invoerSchaal(t: Type & { soort: 'getal' | 'percentage' | 'bedrag' }): number {
  if (t.soort === 'getal' && t.geheel) return 0;
  let s = t.soort === 'bedrag' ? 2 : INVOER_SCHAAL;
  for (const gr of [t.min, t.max]) if (gr) s = Math.max(s, geschaald(gr.waarde, 0).s);
  if (t.soort === 'bedrag' && s > 2) nee('grens van een bedrag met meer dan 2 decimalen');
  return s;
}

/** The most decimals an input number is read with (value · 10^s below 10^15: a billion at 6). */
export const FIJNSTE_SCHAAL = 6;

/**
 * The numeric input types (getal that is not whole, percentage; in records and lists too) whose
 * scale `kiesSchalen` may raise, each once, in the order of the inputs.
 */
export function verfijnbareInvoer(typen: readonly Type[]): Type[] {
  const uit: Type[] = [];
  const loop = (t: Type): void => {
    switch (t.soort) {
      case 'leegbaar': loop(t.type); return;
      case 'lijst': loop(t.element); return;
      case 'gegevens': for (const v of t.velden) loop(v.type); return;
      case 'getal': case 'percentage':
        if (!(t.soort === 'getal' && t.geheel) && !uit.includes(t)) uit.push(t);
        return;
      default: return;
    }
  };
  for (const t of typen) loop(t);
  return uit;
}

/**
 * Whether every value of a numeric type lies within a billion of zero by its declared range
 * (`van 0% tot en met 100%`): then reading it at FIJNSTE_SCHAAL loses no value the fast path read
 * before (it reads up to 10^15 units of its scale); an input without both bounds keeps its scale.
 */
function begrensd(t: Type & { soort: 'getal' | 'percentage' }): boolean {
  if (!t.min || !t.max) return false;
  return [t.min.waarde, t.max.waarde].every((w) => Math.abs(Number(w.replace(',', '.'))) <= 1e9);
}

/**
 * The scales inputs are read at: each numeric input with a range (verfijnbareInvoer, begrensd) at
 * FIJNSTE_SCHAAL instead of INVOER_SCHAAL when that leaves every product and quotient at its scale (`schaalKosten` of the
 * generated code unchanged): a percentage only compared (`werkvermindering is ten minste 20%`) then
 * takes 19,995% on the fast path, while a number in a product keeps its 2 decimals, so its products
 * do not leave the safe integers sooner. `genereer` generates with the scales given; a scale that
 * makes the code unsupported is not taken.
 */
export function kiesSchalen<T extends { readonly kosten: number }>(typen: readonly Type[], genereer: (schalen: ReadonlyMap<Type, number>) => T, isNee: (f: unknown) => boolean): T {
  const kandidaten = verfijnbareInvoer(typen).filter((t) => (t.soort === 'getal' || t.soort === 'percentage') && invoerSchaal(t) < FIJNSTE_SCHAAL && begrensd(t));
  let schalen = new Map<Type, number>();
  let beste = genereer(schalen);
  const probeer = (extra: readonly Type[]): boolean => {
    const proef = new Map(schalen);
    for (const t of extra) proef.set(t, FIJNSTE_SCHAAL);
    try {
      const r = genereer(proef);
      if (r.kosten !== beste.kosten) return false;
      schalen = proef;
      beste = r;
      return true;
    } catch (f) {
      if (!isNee(f)) throw f;
      return false;
    }
  };
  // all at once first (one more generation in the common case), else one at a time
  if (kandidaten.length > 0 && !probeer(kandidaten) && kandidaten.length > 1) for (const t of kandidaten) probeer([t]);
  return beste;
}

/** Emits validation of JSON value `x` of type `t`; returns the internal value, or bails. */
export function lees(sn: Expressies, x: string, t: Type, inLijst = false): W {
  switch (t.soort) {
    case 'leegbaar': {
      const r = sn.tmp();
      if (inLijst) sn.bail(`${x} === undefined`);
      const b = sn.blok(() => lees(sn, x, t.type));
      sn.emit(`let ${r} = null;`)
      sn.emit(`if (${x} !== null && ${x} !== undefined) {`);
      sn.plaats(b.regels);
      sn.emit(`  ${r} = ${b.w.c};`);
      sn.emit('}');
      return { c: r, v: b.w.v };
    }
    case 'ja/nee':
      sn.bail(`typeof ${x} !== 'boolean'`);
      return { c: x, v: PRIM };
    case 'tekst':
      sn.bail(`typeof ${x} !== 'string'`);
      return { c: x, v: PRIM };
    case 'keuze':
      sn.bail(t.waarden.length === 0 ? 'true' : t.waarden.map((w) => `${x} !== ${js(w)}`).join(' && '));
      return sn.vast(`${x} as ${keuzeType(t.waarden)}`, PRIM);
    case 'datum': {
      sn.bail(`typeof ${x} !== 'string'`);
      const d = sn.vast(`rt.snelDatum(${x})`, PRIM);
      sn.bail(`${d.c} !== ${d.c}`);
      return d;
    }
    case 'getal': case 'percentage': case 'bedrag': {
      const sc = sn.invoerSchalen.get(t) ?? invoerSchaal(t);
      sn.bail(`typeof ${x} !== 'number'`);
      // v = round(x * 10^s) with v / 10^s === x and |v| < 10^15: then x is the double nearest
      // to v / 10^s, a decimal of at most 15 significant digits, so String(x) (how the exact
      // path reads a JS number) is that decimal; and every such decimal passes (see README).
      const v = sn.tmp();
      sn.emit(`const ${v} = ${sc === 0 ? x : `Math.round(${x} * ${macht(sc)})`} + 0;`);
      sn.bail(sc === 0 ? `!(${v} < 1e15 && ${v} > -1e15 && Math.round(${v}) === ${v})` : `${v} / ${macht(sc)} !== ${x} || !(${v} < 1e15 && ${v} > -1e15)`);
      bereik(sn, { c: v, v: num(sc) }, t);
      return { c: v, v: num(sc) };
    }
    case 'gegevens': {
      sn.bail(`typeof ${x} !== 'object' || ${x} === null || !rt.snelGewoon(${x})`);
      if (t.velden.some((v) => v.naam === 'decimaal')) {
        sn.bail(`rt.snelExact in ${x}`);
      }
      const obj = sn.vast(`${x} as { readonly [k: string]: unknown }`, PRIM).c;
      const fs = leesVelden(sn, obj, t.velden.map((v) => v.naam));
      const velden = t.velden.map((v, k) => ({ naam: v.naam, f: fs[k]!, type: v.type }));
      const gelezen = velden.map((v) => [v.naam, lees(sn, v.f, v.type)] as const);
      const scope = new Map<string, W>(gelezen);
      for (const eis of (t.naam && sn.g.soortEisen.get(t.naam)) || []) {
        sn.bail(`!${sn.ex(eis.voorwaarde, scope).c}`);
      }
      return sn.vast(`{ ${gelezen.map(([n_, w]) => `${sleutel(n_)}: ${w.c}`).join(', ')} }`, { kind: 'rec', v: new Map(gelezen.map(([n_, w]) => [n_, w.v])) });
    }
    case 'lijst': {
      sn.bail(`!Array.isArray(${x})`);
      const r = sn.tmp();
      const i = sn.tmp();
      const el = sn.tmp();
      sn.emit(`const ${r}: ${tsElement(t)}[] = [];`);
      const b = sn.blok(() => {
        sn.emit(`const ${el}: unknown = ${x}[${i}];`);
        const w = lees(sn, el, t.element, true);
        sn.emit(`${r}.push(${w.c});`);
        return w.v;
      });
      sn.emit(`for (let ${i} = 0; ${i} < ${x}.length; ${i}++) {`);
      sn.plaats(b.regels);
      sn.emit('}');
      const w: W = { c: r, v: { kind: 'lijst', el: b.w } };
      // a list soort's eisen over the whole list: a failing one leaves the answer to the exact path
      const naam = t.naam;
      for (const eis of (naam && sn.g.soortEisen.get(naam)) || []) sn.bail(`!${sn.ex(eis.voorwaarde, new Map([[naam!, w]])).c}`);
      return w;
    }
    default: return nee(`invoer van type ${t.soort}`);
  }
}

/** Bails when a number of type `t` lies outside its declared range or is not whole. */
export function bereik(sn: Schrijver, w: W, t: Type & { geheel?: true; min?: { waarde: string; inclusief: boolean }; max?: { waarde: string; inclusief: boolean } }): void {
  if (w.v.kind !== 'num') return nee('bereik');
  if (t.geheel && w.v.s > 0) sn.bail(`${w.c} % ${macht(w.v.s)} !== 0`);
  for (const [gr, op] of [[t.min, (i: boolean) => (i ? '<' : '<=')], [t.max, (i: boolean) => (i ? '>' : '>=')]] as const) {
    if (!gr) continue;
    const b = geschaald(gr.waarde, 0);
    const sc = Math.max(b.s, w.v.s);
    const links = sn.schaal(w, sc);
    const rechts = b.waarde * 10 ** (sc - b.s);
    if (!Number.isSafeInteger(rechts)) nee('grens te groot');
    sn.bail(`${links} ${op(gr.inclusief)} ${getalCode(rechts)}`);
  }
}

/** A rule's value against its declared type's refinement (as rt.bereikRegel), bailing. */
export function bereikRegel(sn: Schrijver, w: W, t: Type, leeg: boolean): void {
  if (!bevatVerfijning(t)) return;
  if (leeg || t.soort === 'leegbaar') {
    const b = sn.blok(() => bereikRegel(sn, w, zonderLeeg(t), false));
    sn.emit(`if (${w.c} !== null) {`);
    sn.plaats(b.regels);
    sn.emit('}');
    return;
  }
  switch (t.soort) {
    case 'getal': case 'percentage': case 'bedrag':
      if (w.v.kind === 'bodem') return;
      bereik(sn, w, t);
      return;
    case 'lijst': {
      if (w.v.kind === 'bodem' || (w.v.kind === 'lijst' && w.v.el.kind === 'bodem')) return;
      if (w.v.kind !== 'lijst') return nee('bereik van een lijst');
      const i = sn.tmp();
      const el = w.v.el;
      sn.emit(`for (let ${i} = 0; ${i} < ${w.c}.length; ${i}++) {`);
      sn.diepte++;
      bereikRegel(sn, { c: `${w.c}[${i}]!`, v: el }, t.element, true);
      sn.diepte--;
      sn.emit('}');
      return;
    }
    case 'gegevens': {
      if (w.v.kind !== 'rec') return nee('bereik van een record');
      for (const v of t.velden) bereikRegel(sn, { c: eigenschap(w.c, v.naam), v: w.v.v.get(v.naam) ?? BODEM }, v.type, true);
      return;
    }
    default: return nee(`bereik van ${t.soort}`);
  }
}

/**
 * The fields of an input object as the exact path reads them (json-codec.ts leesVelden), in the
 * order of `namen`; not handled when the object has a field the type does not declare. The exact
 * path checks its own enumerable string keys (Object.keys). for-in yields those and the inherited
 * enumerable ones; `evalueerSnel` has made sure Object.prototype has none (snel.ts), and the
 * object's prototype is Object.prototype or null (rt.snelGewoon), so here for-in yields exactly
 * its own enumerable keys, without an Object.hasOwn per key. The declared ones are counted: when
 * all were, each is an own property and is read directly; otherwise each is read only if it is
 * its own (a non-enumerable own field is still read, a missing one is undefined).
 */
export function leesVelden(sn: Schrijver, obj: string, namen: readonly string[]): string[] {
  const n = sn.tmp();
  const k = sn.tmp();
  // the count is read once per field: with thousands of fields TypeScript's flow analysis of it runs out of stack
  const tellen = namen.length <= 64;
  const bekend = namen.length ? `${namen.map((x) => `case ${js(x)}: `).join('')}${tellen ? `${n}++; ` : ''}break; ` : '';
  if (tellen) sn.emit(`let ${n} = 0;`);
  sn.emit(`for (const ${k} in ${obj}) switch (${k}) { ${bekend}default: return undefined; }`);
  return namen.map((x) => sn.vast(`(${tellen ? `${n} === ${namen.length} || ` : ''}Object.hasOwn(${obj}, ${js(x)}) ? ${obj}[${js(x)}] : undefined) as unknown`, PRIM).c);
}
