// JSON text -> values with every number kept exactly as written, and the number parts of both
// engines' JSON decoding and encoding. Browser-safe: no node imports. `JSON.parse` would round
// `19.9999999999999999` to 20 and `42500.0000000000001` to 42500 before any exact arithmetic,
// silently keep the last of two equal keys, and report errors in English by offset.
import * as G from './getal.js';
import { RegelwerkInvoerFout, RegelwerkRekenFout, beschrijfJson, invoerTekst, padMetSleutel } from './fouten.js';

export { type ExactGetal, exactGetal, isExactGetal } from './getal.js';

/** JSON text that cannot be read: the reason, the place (1-based), and the field path if any. */
export class JsonFout extends RegelwerkInvoerFout {
  constructor(pad: string, readonly melding: string, readonly regel: number, readonly kolom: number) {
    super(pad, `${melding} (regel ${regel}, kolom ${kolom})`);
    this.name = 'JsonFout';
  }
}

/** Deeper nesting than this is refused rather than allowed to exhaust the stack. */
export const MAX_DIEPTE = 512;

const GETAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Reads JSON text. Numbers become `ExactGetal` (the digits as written); strings, booleans,
 * null, arrays and objects are as JSON.parse gives them. A byte order mark at the start is
 * skipped (editors on Windows write one). A key twice in one object is an error naming its path.
 * Returns `any`, as JSON.parse: the value goes straight to a decoder that checks it against the
 * policy's types, so `evalueer(rt.leesJsonTekst(tekst))` type-checks against a module's Invoer.
 */
export function leesJsonTekst(tekst: string): any {
  const bom = tekst.charCodeAt(0) === 0xfeff ? 1 : 0;
  let i = bom;

  const fout = (melding: string, op = i, pad = ''): never => {
    const voor = tekst.slice(bom, op);
    const regel = voor.split('\n').length;
    throw new JsonFout(pad, melding, regel, voor.length - voor.lastIndexOf('\n'));
  };
  const teken = (k: number): string => {
    if (k >= tekst.length) return 'het einde van de tekst';
    const c = tekst.codePointAt(k)!;
    // a character that does not show (a control, a second byte order mark, a non-breaking space) by its number
    return c !== 0x20 && /[\p{C}\p{Z}]/u.test(String.fromCodePoint(c)) ? `teken U+${c.toString(16).toUpperCase().padStart(4, '0')}` : `'${String.fromCodePoint(c)}'`;
  };
  const wit = (): void => {
    for (;;) {
      const c = tekst.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else return;
    }
  };
  const verwacht = (wat: string): never => fout(`verwacht ${wat}, maar vond ${teken(i)}`);

  const leesTekst = (): string => {
    const begin = i;
    i++; // the opening quote
    let uit = '';
    let stuk = i;
    for (;;) {
      if (i >= tekst.length) fout('tekst zonder afsluitend aanhalingsteken', begin);
      const c = tekst.charCodeAt(i);
      if (c === 0x22) {
        uit += tekst.slice(stuk, i);
        i++;
        return uit;
      }
      if (c < 0x20) fout(`${teken(i)} moet in een tekst geschreven worden als escape (\\n, \\t, \\u....)`);
      if (c !== 0x5c) {
        i++;
        continue;
      }
      uit += tekst.slice(stuk, i);
      const e = tekst[i + 1];
      if (e === 'u') {
        const hex = tekst.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fout('\\u moet gevolgd worden door vier hexadecimale cijfers');
        uit += String.fromCharCode(parseInt(hex, 16));
        i += 6;
      } else if (e !== undefined && e in ESCAPE) {
        uit += ESCAPE[e];
        i += 2;
      } else {
        fout(`onbekende escape \\${e ?? ''} in een tekst`);
      }
      stuk = i;
    }
  };

  const leesWaarde = (pad: string, diepte: number): unknown => {
    wit();
    const c = tekst[i];
    if (c === '{') {
      if (diepte >= MAX_DIEPTE) fout(`meer dan ${MAX_DIEPTE} niveaus genest`);
      i++;
      const obj: Record<string, unknown> = {};
      const gezien = new Set<string>();
      wit();
      if (tekst[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        wit();
        if (tekst[i] !== '"') verwacht('een sleutel tussen aanhalingstekens');
        const plek = i;
        const sleutel = leesTekst();
        const veld = padMetSleutel(pad, sleutel);
        if (gezien.has(sleutel)) fout(`de sleutel ${invoerTekst(sleutel)} staat twee keer in hetzelfde object`, plek, veld);
        gezien.add(sleutel);
        wit();
        if (tekst[i] !== ':') verwacht("':' na de sleutel");
        i++;
        // defineProperty: a key "__proto__" is an ordinary field, as with JSON.parse
        Object.defineProperty(obj, sleutel, { value: leesWaarde(veld, diepte + 1), enumerable: true, writable: true, configurable: true });
        wit();
        if (tekst[i] === ',') {
          i++;
          continue;
        }
        if (tekst[i] === '}') {
          i++;
          return obj;
        }
        verwacht("',' of '}'");
      }
    }
    if (c === '[') {
      if (diepte >= MAX_DIEPTE) fout(`meer dan ${MAX_DIEPTE} niveaus genest`);
      i++;
      const lijst: unknown[] = [];
      wit();
      if (tekst[i] === ']') {
        i++;
        return lijst;
      }
      for (;;) {
        lijst.push(leesWaarde(`${pad}[${lijst.length}]`, diepte + 1));
        wit();
        if (tekst[i] === ',') {
          i++;
          continue;
        }
        if (tekst[i] === ']') {
          i++;
          return lijst;
        }
        verwacht("',' of ']'");
      }
    }
    if (c === '"') return leesTekst();
    for (const [woord, waarde] of [['true', true], ['false', false], ['null', null]] as const) {
      if (tekst.startsWith(woord, i)) {
        i += woord.length;
        return waarde;
      }
    }
    GETAL.lastIndex = i;
    const m = GETAL.exec(tekst);
    if (m) {
      i += m[0].length;
      if (/[\d.eE+-]/.test(tekst[i] ?? '')) fout(`${m[0]}${tekst[i]} is geen getal in JSON-schrijfwijze`);
      return G.exactGetal(m[0]);
    }
    if (c === ',' && /^\d/.test(tekst.slice(i + 1))) fout('een decimaal getal schrijf je in JSON met een punt, niet met een komma');
    return verwacht(tekst.trim() === '' ? 'een JSON-waarde (het bestand is leeg)' : 'een JSON-waarde');
  };

  const waarde = leesWaarde('', 0);
  wit();
  if (i < tekst.length) verwacht('het einde van de tekst na de JSON-waarde');
  return waarde;
}

/**
 * Writes a JSON value as indented JSON text, the counterpart of leesJsonTekst: an ExactGetal
 * keeps every digit it was read with (JSON.stringify would write its fields instead).
 */
export function schrijfJsonTekst(x: unknown, inspringing = ''): string {
  if (x === null || x === undefined) return 'null';
  if (G.isExactGetal(x)) return x.decimaal;
  if (typeof x === 'number') return Number.isFinite(x) ? String(x) : 'null';
  if (typeof x === 'boolean') return x ? 'true' : 'false';
  if (typeof x === 'string') return JSON.stringify(x);
  const dieper = `${inspringing}  `;
  if (Array.isArray(x)) {
    if (x.length === 0) return '[]';
    return `[\n${x.map((y) => dieper + schrijfJsonTekst(y, dieper)).join(',\n')}\n${inspringing}]`;
  }
  if (typeof x === 'object') {
    const delen = Object.entries(x as Record<string, unknown>);
    if (delen.length === 0) return '{}';
    return `{\n${delen.map(([k, y]) => `${dieper}${JSON.stringify(k)}: ${schrijfJsonTekst(y, dieper)}`).join(',\n')}\n${inspringing}}`;
  }
  return 'null';
}

/** A JSON object (not null, a list or an exact number, which are objects to JavaScript too). */
export function isJsonObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !G.isExactGetal(x);
}

// ---- numbers in, numbers out: one definition for the interpreter and compiled modules ----

export type GetalSoort = 'getal' | 'bedrag' | 'percentage';

/**
 * How a number given as input reads in a message: with a decimal comma as the drafter typed it
 * (`14,001`, which a Dutch reader would take for 14001 if written 14.001), a huge or tiny one as
 * `1·10^400` (G.schrijfDecimaal), and hostile input too long to read shortened.
 */
function alsGeschreven(x: number | G.ExactGetal): string {
  const t = typeof x === 'number' ? String(x) : x.decimaal;
  if (t.length > MAX_GETAL_TEKENS) return `${t.slice(0, 20)}…${t.slice(-10)} (${t.length} tekens)`.replace(/\./g, ',');
  const g = G.vanDecimaleTekst(t);
  return g ? G.schrijfDecimaal(g) : t.replace('.', ',');
}

/**
 * A JSON number may be this long. Exact doubles need under 800 digits; the bound keeps hostile
 * input (a million digits) from making every later operation on it slow.
 */
export const MAX_GETAL_TEKENS = 1000;

/**
 * The exact value of a JSON number given for a `getal`, `bedrag` (euros) or `percentage`:
 * an ExactGetal is taken digit for digit, a JS number as its shortest round-trip decimal
 * (`String(x)`, so 0.1 is one tenth). Anything else, an amount with more than 2 decimals, or a
 * number beyond 10^±10000, is a RegelwerkInvoerFout at `pad`.
 */
export function getalUitJson(x: unknown, soort: GetalSoort, pad: string): G.Getal {
  const g = getalUitJsonOfReden(x, soort);
  if (typeof g === 'string') throw new RegelwerkInvoerFout(pad, g);
  return g;
}

/** getalUitJson without throwing: the exact value, or the reason (as a string) it is not one. */
export function getalUitJsonOfReden(x: unknown, soort: GetalSoort): G.Getal | string {
  let g: G.Getal | null;
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) return `${x} is geen eindig getal`;
    g = G.vanJsNumber(x);
  } else if (G.isExactGetal(x)) {
    if (x.decimaal.length > MAX_GETAL_TEKENS) return `een getal heeft hoogstens ${MAX_GETAL_TEKENS} tekens, maar kreeg ${alsGeschreven(x)}`;
    g = G.vanDecimaleTekst(x.decimaal);
  } else {
    return `verwacht ${soort === 'bedrag' ? 'een bedrag in euro' : soort === 'percentage' ? 'een percentage (20 betekent 20%)' : 'een getal'}, maar kreeg ${beschrijfJson(x)}`;
  }
  if (!g) return `${alsGeschreven(x)} is geen getal binnen het bereik 10^-10000 tot 10^10000`;
  if (soort === 'bedrag' && (G.decimalen(g) ?? 99) > 2) return `een bedrag heeft hoogstens 2 decimalen (centen), maar kreeg ${alsGeschreven(x)}`;
  return g;
}

/** A whole number in JSON (a duration's parts): a safe integer, or null if x is none. */
export function geheelUitJson(x: unknown): number | null {
  const g = typeof x === 'number' ? (Number.isSafeInteger(x) ? G.getal(x) : null) : G.isExactGetal(x) && x.decimaal.length <= 40 ? G.vanDecimaleTekst(x.decimaal) : null;
  if (!g || !G.isGeheel(g) || g.t > 9007199254740991n || g.t < -9007199254740991n) return null;
  return Number(g.t);
}

const KLEINSTE_NORMALE = G.vanDecimaleTekst('2.2250738585072014e-308')!;

/**
 * The JSON number of an output value. A JSON number is read as a double, so: a value beyond the
 * double range (it would print as null) or so close to zero that a double loses its digits (it
 * would print as 0) is a RegelwerkRekenFout; an output amount must be whole cents and come back
 * from its JSON number to the same cents (up to € 10^13 always; beyond that, cents a double cannot
 * hold are an error). Other numbers are the nearest double (15 to 17 significant digits).
 * Explanations (`streng` false) show intermediate amounts as they are.
 */
export function getalNaarJson(g: G.Getal, soort: GetalSoort, waar: string, streng = true): number {
  if (soort === 'bedrag' && streng) {
    const d = G.decimalen(g);
    if (d === null || d > 2) throw new RegelwerkRekenFout(`${waar}: het bedrag ${G.schrijfInSoort(g, 'bedrag')} is niet afgerond op centen; schrijf 'afgerond op centen' in de regel`);
  }
  const x = G.naarJsNumber(g);
  if (!streng) return x === 0 ? 0 : x;
  if (!Number.isFinite(x)) throw new RegelwerkRekenFout(`${waar}: ${soort === 'bedrag' ? 'het bedrag' : 'de waarde'} is te groot voor een JSON-getal (groter dan 1,8·10^308)`);
  if (g.t !== 0n && G.vergelijk(G.getal(g.t < 0n ? -g.t : g.t, g.n), KLEINSTE_NORMALE) < 0) {
    throw new RegelwerkRekenFout(`${waar}: de waarde ligt te dicht bij nul voor een JSON-getal (dichter dan 2,2·10^-308, maar niet 0); rond de waarde af in de regel`);
  }
  if (soort === 'bedrag' && streng && !G.gelijk(G.vanJsNumber(x)!, g)) {
    throw new RegelwerkRekenFout(`${waar}: het bedrag ${G.schrijfInSoort(g, 'bedrag')} is te groot om op de cent als JSON-getal te schrijven`);
  }
  return x === 0 ? 0 : x;
}
