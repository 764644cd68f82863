// Runtime values of the reference interpreter, and their JSON encoding. Decoding validates
// input against the policy's types and reports the exact field path of the first problem.
import * as G from '../runtime/getal.js';
import { type Dag, leesDatum, schrijfDatum } from '../runtime/datum.js';
import { type Duur, duurVanJson, duurNaarJson, gelijkDuur, schrijfDuur } from '../runtime/duur.js';
import { type Type, zonderLeeg } from '../runtime/typen.js';
import { RegelwerkInvoerFout, RegelwerkRekenFout, beschrijfJson, invoerTekst, padMetSleutel } from '../runtime/fouten.js';
import { bereikFout, duurBereikFout } from '../runtime/bereik.js';
import { exactGetal, getalNaarJson, getalUitJson, isJsonObject } from '../runtime/json.js';

export type Waarde =
  | { readonly t: 'ja/nee'; readonly v: boolean }
  | { readonly t: 'getal'; readonly v: G.Getal }
  | { readonly t: 'bedrag'; readonly v: G.Getal }
  | { readonly t: 'percentage'; readonly v: G.Getal }
  | { readonly t: 'datum'; readonly v: Dag }
  | { readonly t: 'duur'; readonly v: Duur }
  | { readonly t: 'tekst'; readonly v: string }
  | { readonly t: 'keuze'; readonly v: string }
  | { readonly t: 'gegevens'; readonly v: ReadonlyMap<string, Waarde> }
  | { readonly t: 'lijst'; readonly v: readonly Waarde[] }
  | { readonly t: 'leeg' };

export const LEEG: Waarde = { t: 'leeg' };
export const JA: Waarde = { t: 'ja/nee', v: true };
export const NEE: Waarde = { t: 'ja/nee', v: false };

export function gelijk(a: Waarde, b: Waarde): boolean {
  switch (a.t) {
    case 'ja/nee': case 'tekst': case 'keuze': case 'datum':
      return b.t === a.t && b.v === a.v;
    case 'getal': case 'bedrag': case 'percentage':
      return b.t === a.t && G.gelijk(a.v, b.v as G.Getal);
    case 'duur':
      return b.t === 'duur' && gelijkDuur(a.v, b.v);
    case 'gegevens':
      return b.t === 'gegevens' && a.v.size === b.v.size && [...a.v].every(([k, x]) => { const y = b.v.get(k); return y !== undefined && gelijk(x, y); });
    case 'lijst':
      return b.t === 'lijst' && a.v.length === b.v.length && a.v.every((x, i) => gelijk(x, b.v[i]!));
    case 'leeg':
      return b.t === 'leeg';
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
  switch (w.t) {
    case 'ja/nee': return w.v ? 'ja' : 'nee';
    case 'getal': case 'bedrag': case 'percentage': return G.schrijfInSoort(w.v, w.t);
    case 'datum': return schrijfDatum(w.v);
    case 'duur': return schrijfDuur(w.v);
    case 'tekst': return JSON.stringify(w.v);
    case 'keuze': return w.v;
    case 'gegevens': return `{ ${veldenOpVolgorde(w.v, type).map(([k, x, t]) => `${k}: ${schrijf(x, t)}`).join(', ')} }`;
    case 'lijst': return `[${w.v.map((x) => schrijf(x, elementType(type))).join(', ')}]`;
    case 'leeg': return 'leeg';
  }
}

const soortVan = beschrijfJson;

function veldPad(pad: string, veld: string): string {
  return pad ? `${pad}.${veld}` : veld;
}

/** Decodes JSON input into a value of `type`, or throws RegelwerkInvoerFout naming the path. */
export function leesJson(x: unknown, type: Type, pad: string): Waarde {
  const fout = (reden: string): never => { throw new RegelwerkInvoerFout(pad, reden); };
  switch (type.soort) {
    case 'leegbaar':
      return x === null || x === undefined ? LEEG : leesJson(x, type.type, pad);
    case 'ja/nee':
      return typeof x === 'boolean' ? { t: 'ja/nee', v: x } : fout(`verwacht ja/nee (true of false), maar kreeg ${soortVan(x)}`);
    case 'getal': case 'bedrag': case 'percentage': {
      const g = getalUitJson(x, type.soort, pad);
      const buiten = bereikFout(g, type);
      if (buiten) return fout(buiten);
      return { t: type.soort, v: g };
    }
    case 'datum': {
      if (typeof x !== 'string') return fout(`verwacht een datum als "JJJJ-MM-DD", maar kreeg ${soortVan(x)}`);
      const d = leesDatum(x);
      if (d === null) return fout(/^\d{4}-\d{2}-\d{2}$/.test(x) ? `"${x}" is geen bestaande datum` : `"${x}" is geen datum in de vorm JJJJ-MM-DD`);
      return { t: 'datum', v: d };
    }
    case 'duur': {
      const u = duurVanJson(x);
      if (typeof u === 'string') return fout(u);
      const buiten = duurBereikFout(u, type);
      return buiten ? fout(buiten) : { t: 'duur', v: u };
    }
    case 'tekst':
      return typeof x === 'string' ? { t: 'tekst', v: x } : fout(`verwacht een tekst, maar kreeg ${soortVan(x)}`);
    case 'keuze':
      if (typeof x !== 'string') return fout(`verwacht een van ${type.waarden.map((w) => `"${w}"`).join(', ')}, maar kreeg ${soortVan(x)}`);
      if (!type.waarden.includes(x)) return fout(`${invoerTekst(x)} is geen geldige waarde; kies uit ${type.waarden.map((w) => `"${w}"`).join(', ')}`);
      return { t: 'keuze', v: x };
    case 'gegevens': {
      if (!isJsonObject(x)) return fout(`verwacht een object met ${type.velden.map((v) => v.naam).join(', ')}, maar kreeg ${soortVan(x)}`);
      const obj = x as Record<string, unknown>;
      const bekend = new Set(type.velden.map((v) => v.naam));
      const extra = Object.keys(obj).find((k) => !bekend.has(k));
      if (extra !== undefined) throw new RegelwerkInvoerFout(padMetSleutel(pad, extra), `onbekend veld; verwacht zijn ${[...bekend].join(', ')}`);
      const velden = new Map<string, Waarde>();
      for (const v of type.velden) {
        const p = veldPad(pad, v.naam);
        // own fields only: `constructor` and `toString` are on every object's prototype
        const eigen = Object.hasOwn(obj, v.naam);
        if (!eigen && v.type.soort !== 'leegbaar') throw new RegelwerkInvoerFout(p, 'ontbreekt');
        velden.set(v.naam, leesJson(eigen ? obj[v.naam] : undefined, v.type, p));
      }
      return { t: 'gegevens', v: velden };
    }
    case 'lijst':
      if (!Array.isArray(x)) return fout(`verwacht een lijst, maar kreeg ${soortVan(x)}`);
      return { t: 'lijst', v: x.map((el, i) => leesJson(el, type.element, `${pad}[${i}]`)) };
    case 'leeg': case 'niets': case 'fout': case 'tupel':
      return fout('dit type komt niet voor in invoer');
  }
}

/**
 * A rule's value against its declared type's refinement (`geheel getal`, a range): a value
 * outside it is a calculation error, as in compiled modules (runtime `bereikRegel`).
 */
export function controleerBereik(w: Waarde, type: Type, pad = ''): void {
  const t = type.soort === 'leegbaar' ? type.type : type;
  if (w.t === 'lijst' && t.soort === 'lijst') {
    w.v.forEach((x, i) => controleerBereik(x, t.element, `${pad}[${i}]`));
    return;
  }
  if (w.t === 'gegevens' && t.soort === 'gegevens') {
    for (const v of t.velden) controleerBereik(w.v.get(v.naam) ?? LEEG, v.type, pad ? `${pad}.${v.naam}` : v.naam);
    return;
  }
  const reden = w.t === 'getal' || w.t === 'bedrag' || w.t === 'percentage' ? bereikFout(w.v, t, 'is') : w.t === 'duur' ? duurBereikFout(w.v, t, 'is') : null;
  if (reden) throw new RegelwerkRekenFout(`de waarde${pad ? ` bij ${pad}` : ''} ${reden}`);
}

/**
 * A constant as JSON input for an evaluation (the `gegeven` of an example): numbers as exact
 * numbers, so `19,9999999999999999%` reaches the policy with all its digits, not as the double 20.
 */
export function naarInvoerJson(w: Waarde): unknown {
  switch (w.t) {
    case 'getal': case 'bedrag': case 'percentage':
      return G.decimalen(w.v) === null ? getalNaarJson(w.v, w.t, '', false) : exactGetal(G.naarDecimaleTekst(w.v));
    case 'gegevens': return Object.fromEntries([...w.v].map(([k, x]) => [k, naarInvoerJson(x)]));
    case 'lijst': return w.v.map(naarInvoerJson);
    default: return naarJson(w, '', false);
  }
}

/**
 * Encodes a value as JSON. Output amounts must be whole cents (rounding is the policy's job) and
 * output numbers must fit a JSON number (getalNaarJson); explanations show intermediate values as
 * they are (`streng` false). `type` (the declared type) orders record fields.
 */
export function naarJson(w: Waarde, waar: string, streng = true, type?: Type): unknown {
  switch (w.t) {
    case 'ja/nee': case 'tekst': case 'keuze': return w.v;
    case 'getal': case 'percentage': case 'bedrag': return getalNaarJson(w.v, w.t, waar, streng);
    case 'datum': return schrijfDatum(w.v);
    case 'duur': return duurNaarJson(w.v);
    case 'gegevens': return Object.fromEntries(veldenOpVolgorde(w.v, type).map(([k, x, t]) => [k, naarJson(x, `${waar}.${k}`, streng, t)]));
    case 'lijst': return w.v.map((x, i) => naarJson(x, `${waar}[${i}]`, streng, elementType(type)));
    case 'leeg': return null;
  }
}
