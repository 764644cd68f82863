// Runtime values of the reference interpreter, and their JSON encoding. Decoding validates
// input against the policy's types and reports the exact field path of the first problem.
import * as G from '../../runtime/getal.js';
import { type Dag, schrijfDatum } from '../../runtime/datum.js';
import { type Duur, gelijkDuur, schrijfDuur } from '../../runtime/duur.js';
import { type Type, zonderLeeg } from '../../runtime/typen.js';
import { RegelwerkRekenFout } from '../../runtime/fouten.js';
import { bereikFout, duurBereikFout } from '../../runtime/bereik.js';
import { type GetalSoort, exactGetal, getalNaarJson, getalUitJsonOfReden } from '../../runtime/json.js';
import { type Bevinding, type Leeswijze, type Ongeldig, type Schrijfwijze, leesInvoerObject, leesInvoerObjectOfBevinding, leesJsonWaarde, leesJsonWaardeOfBevinding, leesParameterJson, schrijfJsonWaarde, schrijfUitlegWaarde } from '../../runtime/json-codec.js';

export type Waarde =
  | { readonly kind: 'ja/nee'; readonly v: boolean }
  | { readonly kind: 'getal'; readonly v: G.Getal }
  | { readonly kind: 'bedrag'; readonly v: G.Getal }
  | { readonly kind: 'percentage'; readonly v: G.Getal }
  | { readonly kind: 'datum'; readonly v: Dag }
  | { readonly kind: 'duur'; readonly v: Duur }
  | { readonly kind: 'tekst'; readonly v: string }
  | { readonly kind: 'keuze'; readonly v: string }
  | { readonly kind: 'gegevens'; readonly v: ReadonlyMap<string, Waarde> }
  | { readonly kind: 'lijst'; readonly v: readonly Waarde[] }
  | { readonly kind: 'leeg' };

export const LEEG: Waarde = { kind: 'leeg' };
export const JA: Waarde = { kind: 'ja/nee', v: true };
export const NEE: Waarde = { kind: 'ja/nee', v: false };

export function gelijk(a: Waarde, b: Waarde): boolean {
  switch (a.kind) {
    case 'ja/nee': case 'tekst': case 'keuze': case 'datum':
      return b.kind === a.kind && b.v === a.v;
    case 'getal': case 'bedrag': case 'percentage':
      return b.kind === a.kind && G.gelijk(a.v, b.v as G.Getal);
    case 'duur':
      return b.kind === 'duur' && gelijkDuur(a.v, b.v);
    case 'gegevens':
      return b.kind === 'gegevens' && a.v.size === b.v.size && [...a.v].every(([k, x]) => { const y = b.v.get(k); return y !== undefined && gelijk(x, y); });
    case 'lijst':
      return b.kind === 'lijst' && a.v.length === b.v.length && a.v.every((x, i) => gelijk(x, b.v[i]!));
    case 'leeg':
      return b.kind === 'leeg';
  }
}

/**
 * The fields of a record value in the order of its type (the order compiled modules use), or in
 * the value's own order when the type is unknown. One definition for output, explanations and
 * conflict messages, so a literal `{ b: 1, a: 2 }` of a soort declared `a, b` prints `a` first.
 */
export function veldenOpVolgorde(w: ReadonlyMap<string, Waarde>, type?: Type): [string, Waarde, Type | undefined][] {
  const t = type && zonderLeeg(type);
  if (t?.soort !== 'gegevens') return [...w].map(([k, x]) => [k, x, undefined]);
  return t.velden.map((v) => [v.naam, w.get(v.naam) ?? LEEG, v.type]);
}

export function elementType(type?: Type): Type | undefined {
  const t = type && zonderLeeg(type);
  return t?.soort === 'lijst' ? t.element : undefined;
}

/** How a value reads in messages and explanations (Dutch notation); `type` orders record fields. */
export function schrijf(w: Waarde, type?: Type): string {
  switch (w.kind) {
    case 'ja/nee': return w.v ? 'ja' : 'nee';
    case 'getal': case 'bedrag': case 'percentage': return G.schrijfInSoort(w.v, w.kind);
    case 'datum': return schrijfDatum(w.v);
    case 'duur': return schrijfDuur(w.v);
    case 'tekst': return JSON.stringify(w.v);
    case 'keuze': return w.v;
    case 'gegevens': return `{ ${veldenOpVolgorde(w.v, type).map(([k, x, t]) => `${k}: ${schrijf(x, t)}`).join(', ')} }`;
    case 'lijst': return `[${w.v.map((x) => schrijf(x, elementType(type))).join(', ')}]`;
    case 'leeg': return 'leeg';
  }
}

/** How the interpreter holds input values: tagged Waarde, records as Maps. */
const TAGGED: Leeswijze<Waarde, Map<string, Waarde>> = {
  leeg: LEEG,
  jaNee: (b) => (b ? JA : NEE),
  getal: (x, soort) => {
    const g = getalUitJsonOfReden(x, soort);
    return typeof g === 'string' ? g : { kind: soort, v: g };
  },
  eenheden: (w) => (w as { readonly v: G.Getal }).v,
  datum: (d) => ({ kind: 'datum', v: d }),
  duur: (u) => ({ kind: 'duur', v: u }),
  tekst: (s) => ({ kind: 'tekst', v: s }),
  keuze: (s) => ({ kind: 'keuze', v: s }),
  nieuwRecord: () => new Map(),
  zetVeld: (r, naam, w) => {
    r.set(naam, w);
  },
  record: (r) => ({ kind: 'gegevens', v: r }),
  lijst: (l) => ({ kind: 'lijst', v: l }),
};

/** Decodes JSON input into a value of `type`, or throws RegelwerkInvoerFout naming the path (the shared reader). */
export function leesJson(x: unknown, type: Type, pad: string): Waarde {
  return leesJsonWaarde(x, type, pad, TAGGED);
}

/** The top-level input object as values by input name (the shared reader: same checks, same messages). */
export function leesInvoerJson(json: unknown, velden: readonly { readonly naam: string; readonly type: Type }[]): Map<string, Waarde> {
  return leesInvoerObject(json, velden, TAGGED);
}

/** leesJson in report mode: the value, or ONGELDIG with the path and reason in `b` (the shared reader). */
export function leesJsonOfBevinding(x: unknown, type: Type, pad: string, b: Bevinding): Waarde | Ongeldig {
  return leesJsonWaardeOfBevinding(x, type, pad, TAGGED, b);
}

/**
 * leesInvoerJson in report mode: the values, or ONGELDIG with the path and reason in `b` (the
 * shared reader). `bekend` gives records that were read and checked before (input generators).
 */
export function leesInvoerJsonOfBevinding(json: unknown, velden: readonly { readonly naam: string; readonly type: Type }[], b: Bevinding, bekend?: (x: object, t: Type) => Waarde | undefined): Map<string, Waarde> | Ongeldig {
  return leesInvoerObjectOfBevinding(json, velden, bekend ? taggedMet(bekend) : TAGGED, b);
}

/** TAGGED with a `bekend` hook, made once per hook. */
const metBekend = new WeakMap<object, Leeswijze<Waarde, Map<string, Waarde>>>();
function taggedMet(bekend: (x: object, t: Type) => Waarde | undefined): Leeswijze<Waarde, Map<string, Waarde>> {
  let l = metBekend.get(bekend);
  if (!l) metBekend.set(bekend, (l = { ...TAGGED, bekend }));
  return l;
}

/** Overridden parameters by name (the shared reader). */
export function leesParametersJson(json: Readonly<Record<string, unknown>> | undefined, parameters: readonly { readonly naam: string; readonly type: Type }[]): Map<string, Waarde> {
  return leesParameterJson(json, parameters, TAGGED);
}

/**
 * A rule's value against its declared type's refinement (`geheel getal`, a range): a value
 * outside it is a calculation error, as in compiled modules (runtime `bereikRegel`).
 */
export function controleerBereik(w: Waarde, type: Type, pad = ''): void {
  const t = type.soort === 'leegbaar' ? type.type : type;
  if (w.kind === 'lijst' && t.soort === 'lijst') {
    w.v.forEach((x, i) => controleerBereik(x, t.element, `${pad}[${i}]`));
    return;
  }
  if (w.kind === 'gegevens' && t.soort === 'gegevens') {
    for (const v of t.velden) controleerBereik(w.v.get(v.naam) ?? LEEG, v.type, pad ? `${pad}.${v.naam}` : v.naam);
    return;
  }
  const reden = w.kind === 'getal' || w.kind === 'bedrag' || w.kind === 'percentage' ? bereikFout(w.v, t, 'is') : w.kind === 'duur' ? duurBereikFout(w.v, t, 'is') : null;
  if (reden) throw new RegelwerkRekenFout(`de waarde${pad ? ` bij ${pad}` : ''} ${reden}`);
}

/**
 * A constant as JSON input for an evaluation (the `gegeven` of an example): numbers as exact
 * numbers, so `19,9999999999999999%` reaches the policy with all its digits, not as the double 20.
 */
export function naarInvoerJson(w: Waarde): unknown {
  switch (w.kind) {
    case 'getal': case 'bedrag': case 'percentage':
      return G.decimalen(w.v) === null ? getalNaarJson(w.v, w.kind, '', false) : exactGetal(G.naarDecimaleTekst(w.v));
    case 'gegevens': return Object.fromEntries([...w.v].map(([k, x]) => [k, naarInvoerJson(x)]));
    case 'lijst': return w.v.map(naarInvoerJson);
    default: return naarJson(w, '', false);
  }
}

const TAGGED_UIT: Schrijfwijze<Waarde> = {
  isLeeg: (w) => w.kind === 'leeg',
  // the value's own soort: a constant written for a rule of another numeric soort keeps its own
  getal: (w, _soort, waar, streng) => getalNaarJson((w as { readonly v: G.Getal }).v, w.kind as GetalSoort, waar, streng),
  dag: (w) => (w as { readonly v: Dag }).v,
  duur: (w) => (w as { readonly v: Duur }).v,
  veld: (w, naam) => (w.kind === 'gegevens' ? w.v.get(naam) ?? LEEG : LEEG),
  elementen: (w) => (w.kind === 'lijst' ? w.v : []),
  kaal: (w) => ('v' in w ? w.v : null),
};

/**
 * The type of a value whose declared type the caller does not have (a constant's leaves): its own
 * tags, record fields in its own order, a list's element type joined over its elements.
 */
function typeVan(w: Waarde): Type {
  switch (w.kind) {
    case 'gegevens': return { soort: 'gegevens', velden: [...w.v].map(([naam, x]) => ({ naam, type: typeVan(x) })) };
    case 'lijst': return { soort: 'lijst', element: w.v.reduce<Type>((t, x) => verenig(t, typeVan(x)), { soort: 'leeg' }) };
    case 'keuze': return { soort: 'keuze', waarden: [w.v] };
    default: return { soort: w.kind };
  }
}

/** Two elements' types as one: a leeg element takes the other's type, records and lists field by field. */
function verenig(a: Type, b: Type): Type {
  if (a.soort === 'leeg') return b;
  if (b.soort === 'leeg') return a;
  if (a.soort === 'lijst' && b.soort === 'lijst') return { soort: 'lijst', element: verenig(a.element, b.element) };
  if (a.soort === 'gegevens' && b.soort === 'gegevens') {
    const velden = a.velden.map((v) => ({ naam: v.naam, type: verenig(v.type, b.velden.find((x) => x.naam === v.naam)?.type ?? v.type) }));
    return { soort: 'gegevens', velden: [...velden, ...b.velden.filter((x) => !velden.some((v) => v.naam === x.naam))] };
  }
  return a;
}

/**
 * Encodes a value as JSON (the shared writer). Output amounts must be whole cents (rounding is the
 * policy's job) and output numbers must fit a JSON number (getalNaarJson); explanations show
 * intermediate values as they are (`streng` false). `type` (the declared type) orders record fields.
 */
export function naarJson(w: Waarde, waar: string, streng = true, type?: Type): unknown {
  return schrijfJsonWaarde(w, type ?? typeVan(w), waar, streng, TAGGED_UIT);
}

/** A value as JSON for an explanation: as naarJson (not strict), long lists shortened (the shared writer). */
export function naarUitlegJson(w: Waarde, waar: string, type?: Type): unknown {
  return schrijfUitlegWaarde(w, type ?? typeVan(w), waar, TAGGED_UIT);
}
