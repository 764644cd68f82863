// The one JSON reader and writer of both engines: the walk over a declared Type, every validation
// and every message of input decoding, and the shape of encoded output and explanation values.
// What a value is differs per engine (the interpreter's tagged Waarde, compiled modules' native
// numbers, cents and day numbers), so each passes a representation (Leeswijze, Schrijfwijze) that
// only builds or reads its own values. The representations are plain objects made once, so the
// compiled hot path allocates no closure per value.
import type * as G from './getal.js';
import { type Dag, leesDatum, schrijfDatum } from './datum.js';
import { type Duur, duurNaarJson, duurVanJson } from './duur.js';
import { type Type, isVerfijnd } from './typen.js';
import { RegelwerkInvoerFout, beschrijfJson, invoerTekst, padMetSleutel, type ClausulePlek } from './fouten.js';
import { bereikFout, duurBereikFout } from './bereik.js';
import { type GetalSoort, isJsonObject } from './json.js';

// ---- reading: JSON -> an engine's values ----
//
// One walk, two modes: the throwing functions (leesJsonWaarde, leesInvoerObject, ...) throw
// RegelwerkInvoerFout at the first problem; the "...OfBevinding" ones return ONGELDIG and note
// where and why in a Bevinding, so input generators can test many candidates without building an
// exception with a stack trace for each rejected one. Same checks, same messages: the throwing
// functions are the reporting ones plus a throw.

/** How an engine builds its values while JSON input is read; W a value, R a record under construction. */
export interface Leeswijze<W, R> {
  /** An absent or null optional value. */
  readonly leeg: W;
  jaNee(b: boolean): W;
  /**
   * A JSON number of this soort (validated by getalUitJsonOfReden or an exact fast path), or the
   * reason (a string) it is none. W itself is never a string for a number.
   */
  getal(x: unknown, soort: GetalSoort): W | string;
  /** A number just read, in the drafter's unit (euros, percent), for the range check. */
  eenheden(w: W, soort: GetalSoort): G.Getal;
  datum(d: Dag): W;
  duur(u: Duur): W;
  tekst(s: string): W;
  keuze(s: string): W;
  nieuwRecord(): R;
  zetVeld(r: R, naam: string, w: W): void;
  record(r: R): W;
  lijst(elementen: W[]): W;
  /**
   * Optional: the value of a JSON record of type `t` that was read and checked before (input
   * generators check each record as they draw it), or undefined to read it now.
   */
  readonly bekend?: (x: object, t: Type) => W | undefined;
}

/**
 * Where and why a reader in report mode found its input invalid (the first problem). The path is
 * built only for a problem, on the way back up (field names and positions, innermost first), so
 * reading a valid input builds no path strings at all.
 */
export class Bevinding {
  /** The path the read started at (`werknemers[2]`, '' for the whole input). */
  basis: string;
  reden: string;
  /** The `eis` that was not met, where the interpreter knows it (RegelwerkInvoerFout.eis). */
  eis: ClausulePlek | null = null;
  /** Path parts below `basis`, innermost first: a field, a position, or a key not declared. */
  private readonly delen: (string | number | { readonly sleutel: string })[] = [];

  constructor(pad = '', reden = '') {
    this.basis = pad;
    this.reden = reden;
  }

  /** The full field path, as the throwing reader names it (`werknemers[2].uren`). */
  get pad(): string {
    let p = this.basis;
    for (let i = this.delen.length - 1; i >= 0; i--) {
      const d = this.delen[i]!;
      p = typeof d === 'number' ? `${p}[${d}]` : typeof d === 'string' ? (p ? `${p}.${d}` : d) : padMetSleutel(p, d.sleutel);
    }
    return p;
  }

  /** A new problem here: the reason, no path parts yet. */
  opnieuw(reden: string): void {
    this.reden = reden;
    this.eis = null;
    this.delen.length = 0;
  }
  /** The problem lies in field `naam` of the value being read. */
  inVeld(naam: string): void {
    this.delen.push(naam);
  }
  /** The problem lies at position `i` (0-based, as JSON) of the list being read. */
  opPositie(i: number): void {
    this.delen.push(i);
  }
  /** The problem is the undeclared key `sleutel` of the object being read. */
  inSleutel(sleutel: string): void {
    this.delen.push({ sleutel });
  }

  /** The error the throwing reader gives for this problem. */
  alsFout(): RegelwerkInvoerFout {
    return new RegelwerkInvoerFout(this.pad, this.reden, this.eis);
  }
}

/** What a reader in report mode returns for invalid input; the Bevinding says where and why. */
export const ONGELDIG: unique symbol = Symbol('ongeldig');
export type Ongeldig = typeof ONGELDIG;

function ongeldig(b: Bevinding, reden: string): Ongeldig {
  b.opnieuw(reden);
  return ONGELDIG;
}

/** The field names of a record type (or of a policy's inputs), computed once per description. */
const veldnamenCache = new WeakMap<object, ReadonlySet<string>>();
function veldnamen(velden: readonly { readonly naam: string }[]): ReadonlySet<string> {
  let namen = veldnamenCache.get(velden);
  if (!namen) {
    namen = new Set(velden.map((v) => v.naam));
    veldnamenCache.set(velden, namen);
  }
  return namen;
}

/**
 * Fields of a JSON object against declared fields: an unknown field is an error at its own path,
 * a missing non-optional field is 'ontbreekt'. Own fields only: `constructor` or `toString` are
 * found on every object's prototype, and a missing field must read as missing.
 */
function leesVelden<W, R>(obj: Readonly<Record<string, unknown>>, velden: readonly { readonly naam: string; readonly type: Type }[], onbekend: string, l: Leeswijze<W, R>, b: Bevinding): R | Ongeldig {
  const namen = veldnamen(velden);
  for (const k of Object.keys(obj)) {
    if (!namen.has(k)) {
      ongeldig(b, `${onbekend} ${velden.map((v) => v.naam).join(', ')}`);
      b.inSleutel(k);
      return ONGELDIG;
    }
  }
  const uit = l.nieuwRecord();
  for (const v of velden) {
    const eigen = Object.hasOwn(obj, v.naam);
    const w = !eigen && v.type.soort !== 'leegbaar' ? ongeldig(b, 'ontbreekt') : lees(eigen ? obj[v.naam] : undefined, v.type, l, b);
    if (w === ONGELDIG) {
      b.inVeld(v.naam);
      return ONGELDIG;
    }
    l.zetVeld(uit, v.naam, w);
  }
  return uit;
}

/** Decodes and validates one JSON value of type `t`, or throws RegelwerkInvoerFout naming the path. */
export function leesJsonWaarde<W, R>(x: unknown, t: Type, pad: string, l: Leeswijze<W, R>): W {
  const b = new Bevinding();
  const w = leesJsonWaardeOfBevinding(x, t, pad, l, b);
  if (w === ONGELDIG) throw b.alsFout();
  return w;
}

/** leesJsonWaarde in report mode: the value, or ONGELDIG with the path (from `pad`) and reason noted in `b`. */
export function leesJsonWaardeOfBevinding<W, R>(x: unknown, t: Type, pad: string, l: Leeswijze<W, R>, b: Bevinding): W | Ongeldig {
  b.basis = pad;
  return lees(x, t, l, b);
}

/** The walk itself; on a problem, each level adds its part of the path on the way back up. */
function lees<W, R>(x: unknown, t: Type, l: Leeswijze<W, R>, b: Bevinding): W | Ongeldig {
  switch (t.soort) {
    case 'leegbaar':
      return x === null || x === undefined ? l.leeg : lees(x, t.type, l, b);
    case 'ja/nee':
      return typeof x === 'boolean' ? l.jaNee(x) : ongeldig(b, `verwacht ja/nee (true of false), maar kreeg ${beschrijfJson(x)}`);
    case 'getal': case 'bedrag': case 'percentage': {
      const w = l.getal(x, t.soort);
      if (typeof w === 'string') return ongeldig(b, w);
      if (!isVerfijnd(t)) return w;
      const buiten = bereikFout(l.eenheden(w, t.soort), t);
      return buiten ? ongeldig(b, buiten) : w;
    }
    case 'datum': {
      if (typeof x !== 'string') return ongeldig(b, `verwacht een datum als "JJJJ-MM-DD", maar kreeg ${beschrijfJson(x)}`);
      const d = leesDatum(x);
      if (d === null) return ongeldig(b, /^\d{4}-\d{2}-\d{2}$/.test(x) ? `"${x}" is geen bestaande datum` : `"${x}" is geen datum in de vorm JJJJ-MM-DD`);
      return l.datum(d);
    }
    case 'duur': {
      const u = duurVanJson(x);
      if (typeof u === 'string') return ongeldig(b, u);
      const buiten = duurBereikFout(u, t);
      return buiten ? ongeldig(b, buiten) : l.duur(u);
    }
    case 'tekst':
      return typeof x === 'string' ? l.tekst(x) : ongeldig(b, `verwacht een tekst, maar kreeg ${beschrijfJson(x)}`);
    case 'keuze':
      if (typeof x !== 'string') return ongeldig(b, `verwacht een van ${t.waarden.map((w) => `"${w}"`).join(', ')}, maar kreeg ${beschrijfJson(x)}`);
      if (!t.waarden.includes(x)) return ongeldig(b, `${invoerTekst(x)} is geen geldige waarde; kies uit ${t.waarden.map((w) => `"${w}"`).join(', ')}`);
      return l.keuze(x);
    case 'gegevens': {
      if (!isJsonObject(x)) return ongeldig(b, `verwacht een object met ${t.velden.map((v) => v.naam).join(', ')}, maar kreeg ${beschrijfJson(x)}`);
      if (l.bekend) {
        const w = l.bekend(x, t);
        if (w !== undefined) return w;
      }
      const r = leesVelden(x, t.velden, 'onbekend veld; verwacht zijn', l, b);
      return r === ONGELDIG ? ONGELDIG : l.record(r);
    }
    case 'lijst': {
      if (!Array.isArray(x)) return ongeldig(b, `verwacht een lijst, maar kreeg ${beschrijfJson(x)}`);
      const uit: W[] = new Array<W>(x.length);
      for (let i = 0; i < x.length; i++) {
        const w = lees(x[i], t.element, l, b);
        if (w === ONGELDIG) {
          b.opPositie(i);
          return ONGELDIG;
        }
        uit[i] = w;
      }
      return l.lijst(uit);
    }
    default:
      return ongeldig(b, 'dit type komt niet voor in invoer');
  }
}

/** Reads the top-level input object: unknown fields and missing fields are errors. */
export function leesInvoerObject<W, R>(json: unknown, velden: readonly { readonly naam: string; readonly type: Type }[], l: Leeswijze<W, R>): R {
  const b = new Bevinding();
  const r = leesInvoerObjectOfBevinding(json, velden, l, b);
  if (r === ONGELDIG) throw b.alsFout();
  return r;
}

/** leesInvoerObject in report mode: the record, or ONGELDIG with the path and reason noted in `b`. */
export function leesInvoerObjectOfBevinding<W, R>(json: unknown, velden: readonly { readonly naam: string; readonly type: Type }[], l: Leeswijze<W, R>, b: Bevinding): R | Ongeldig {
  b.basis = '';
  if (!isJsonObject(json)) return ongeldig(b, 'de invoer moet een JSON-object zijn');
  return leesVelden(json, velden, 'onbekende invoer; deze regeling kent', l, b);
}

/** Overridden parameters by name, in the order given; a Map, so no name is found on a prototype. */
export function leesParameterJson<W, R>(json: Readonly<Record<string, unknown>> | undefined, parameters: readonly { readonly naam: string; readonly type: Type }[], l: Leeswijze<W, R>): Map<string, W> {
  const uit = new Map<string, W>();
  for (const naam of Object.keys(json ?? {})) {
    const p = parameters.find((x) => x.naam === naam);
    if (!p) throw new RegelwerkInvoerFout(`parameter ${naam}`, `onbekende parameter; deze regeling kent ${parameters.map((x) => x.naam).join(', ')}`);
    uit.set(naam, leesJsonWaarde(json![naam], p.type, `parameter ${naam}`, l));
  }
  return uit;
}

// ---- writing: an engine's values -> JSON ----

/** How an engine's values are read while they are written as JSON. */
export interface Schrijfwijze<W> {
  isLeeg(w: W): boolean;
  /** A number as a JSON number (getalNaarJson's checks; `streng`: outputs, whole cents). */
  getal(w: W, soort: GetalSoort, waar: string, streng: boolean): number;
  dag(w: W): Dag;
  duur(w: W): Duur;
  veld(w: W, naam: string): W;
  elementen(w: W): readonly W[];
  /** ja/nee, tekst, keuze: the JavaScript value itself. */
  kaal(w: W): unknown;
}

/**
 * Encodes a value of type `t` as JSON; record fields in the order of the type. Output numbers must
 * fit a JSON number and amounts be whole cents (`streng`); explanations show values as they are.
 */
export function schrijfJsonWaarde<W>(w: W, t: Type, waar: string, streng: boolean, s: Schrijfwijze<W>): unknown {
  if (s.isLeeg(w)) return null;
  switch (t.soort) {
    case 'leegbaar': return schrijfJsonWaarde(w, t.type, waar, streng, s);
    case 'getal': case 'percentage': case 'bedrag': return s.getal(w, t.soort, waar, streng);
    case 'datum': return schrijfDatum(s.dag(w));
    case 'duur': return duurNaarJson(s.duur(w));
    case 'gegevens': {
      const uit: Record<string, unknown> = {};
      for (const v of t.velden) uit[v.naam] = schrijfJsonWaarde(s.veld(w, v.naam), v.type, `${waar}.${v.naam}`, streng, s);
      return uit;
    }
    case 'lijst': return s.elementen(w).map((x, i) => schrijfJsonWaarde(x, t.element, `${waar}[${i}]`, streng, s));
    default: return s.kaal(w);
  }
}

// ---- explanation values: long lists shortened ----

/** Lists longer than this are shortened in explanations (not in outputs). */
export const UITLEG_LIJST_MAX = 20;
/** How many elements a shortened list shows at its start and at its end. */
export const UITLEG_LIJST_RAND = 5;

/** A long list in an explanation: its length, the first and last few elements, how many left out. */
export interface IngekorteLijst {
  readonly aantal: number;
  readonly eerste: readonly unknown[];
  readonly weggelaten: number;
  readonly laatste: readonly unknown[];
}

export function isIngekorteLijst(x: unknown): x is IngekorteLijst {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'weggelaten' in x && 'eerste' in x && 'laatste' in x && 'aantal' in x;
}

/**
 * A list as an explanation shows it: in full up to UITLEG_LIJST_MAX elements, else shortened to
 * the first and last UITLEG_LIJST_RAND. Both engines use this, so their trees stay identical, and
 * only the shown elements are converted: the explanation of a million contracts stays small.
 */
export function uitlegLijst<T>(l: readonly T[], naar: (x: T, i: number) => unknown): unknown {
  if (l.length <= UITLEG_LIJST_MAX) return l.map(naar);
  const kop = l.slice(0, UITLEG_LIJST_RAND).map(naar);
  const staart = l.slice(l.length - UITLEG_LIJST_RAND).map((x, i) => naar(x, l.length - UITLEG_LIJST_RAND + i));
  const uit: IngekorteLijst = { aantal: l.length, eerste: kop, weggelaten: l.length - 2 * UITLEG_LIJST_RAND, laatste: staart };
  return uit;
}

/** A value as JSON for an explanation: as schrijfJsonWaarde (not strict), long lists shortened. */
export function schrijfUitlegWaarde<W>(w: W, t: Type, waar: string, s: Schrijfwijze<W>): unknown {
  if (s.isLeeg(w)) return null;
  switch (t.soort) {
    case 'leegbaar': return schrijfUitlegWaarde(w, t.type, waar, s);
    case 'gegevens': {
      const uit: Record<string, unknown> = {};
      for (const v of t.velden) uit[v.naam] = schrijfUitlegWaarde(s.veld(w, v.naam), v.type, `${waar}.${v.naam}`, s);
      return uit;
    }
    case 'lijst': return uitlegLijst(s.elementen(w), (x, i) => schrijfUitlegWaarde(x, t.element, `${waar}[${i}]`, s));
    default: return schrijfJsonWaarde(w, t, waar, false, s);
  }
}
