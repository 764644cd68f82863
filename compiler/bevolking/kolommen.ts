// The cells of a population run, converted without Node: an input cell as the policy's JSON input
// (a CSV holds every cell as text, so "7.35" at an amount becomes the exact number 7.35 and "ja" at
// a yes/no becomes true), an output value as the exact text of its column, and the SQL type that
// holds every row of a column exactly (chosen after the run, from the digits the rows had).
import { isExactGetal, exactGetal } from '../../runtime/json.js';
import { naarDecimaleTekst, vanDecimaleTekst, vanJsNumber } from '../../runtime/getal.js';
import { leesJsonTekst } from '../../runtime/json.js';
import type { Type } from '../../runtime/typen.js';

const GETAL_TEKST = /^\s*[+-]?\d+(?:[.,]\d+)?\s*$/;

/**
 * A value read from a cell (by DuckDB's JSON of the row) as the JSON the policy reads at type `t`.
 * Text where the type wants something else is converted when it clearly means that (a number, a
 * yes/no, a list or record written as JSON); anything else is left as it is, so the engine's own
 * validation names the field and says what it expected, as `regelwerk run` does.
 */
export function alsInvoer(x: unknown, t: Type): unknown {
  if (x === null || x === undefined) return x;
  switch (t.soort) {
    case 'leegbaar': return alsInvoer(x, t.type);
    case 'getal': case 'bedrag': case 'percentage':
      if (typeof x === 'string' && GETAL_TEKST.test(x)) return exactGetal(x.trim().replace(',', '.').replace(/^\+/, ''));
      return x;
    case 'ja/nee':
      if (typeof x !== 'string') return x;
      switch (x.trim().toLowerCase()) {
        case 'ja': case 'true': case 'waar': return true;
        case 'nee': case 'false': case 'onwaar': return false;
        default: return x;
      }
    case 'gegevens': {
      const o = uitJsonTekst(x);
      if (typeof o !== 'object' || o === null || Array.isArray(o) || isExactGetal(o)) return o;
      const uit: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(o)) {
        const veld = t.velden.find((f) => f.naam === k);
        Object.defineProperty(uit, k, { value: veld ? alsInvoer(v, veld.type) : v, enumerable: true, writable: true, configurable: true });
      }
      return uit;
    }
    case 'lijst': {
      const l = uitJsonTekst(x);
      return Array.isArray(l) ? l.map((e) => alsInvoer(e, t.element)) : l;
    }
    default: return x;
  }
}

/** A list or record written as JSON text in a cell (CSV), read exactly; other text unchanged. */
function uitJsonTekst(x: unknown): unknown {
  if (typeof x !== 'string' || !/^\s*[[{]/.test(x)) return x;
  try {
    return leesJsonTekst(x);
  } catch {
    return x;
  }
}

/** How an output column is written: the kind of its cells. */
export type KolomSoort = 'getal' | 'ja/nee' | 'datum' | 'tekst' | 'json';

export function kolomSoort(t: Type): KolomSoort {
  switch (t.soort) {
    case 'leegbaar': return kolomSoort(t.type);
    case 'getal': case 'bedrag': case 'percentage': return 'getal';
    case 'ja/nee': return 'ja/nee';
    case 'datum': return 'datum';
    case 'tekst': case 'keuze': return 'tekst';
    default: return 'json';
  }
}

/**
 * An output value as the text of its cell, or null for leeg: a number as exact decimal text
 * (never `1e+21`), a yes/no as `true`/`false`, a date as it is, a record, list or duration as JSON.
 */
export function celTekst(x: unknown, soort: KolomSoort): string | null {
  if (x === null || x === undefined) return null;
  switch (soort) {
    case 'getal': {
      if (isExactGetal(x)) return x.decimaal;
      if (typeof x === 'number') {
        // String(x) is the shortest decimal of the double, exact for what the engines return,
        // unless it is written with an exponent (from 1e21, and below 1e-6)
        const t = String(x);
        if (!t.includes('e')) return t;
        const g = vanJsNumber(x);
        return g === null ? t : naarDecimaleTekst(g);
      }
      return String(x);
    }
    case 'ja/nee': return x === true ? 'true' : x === false ? 'false' : String(x);
    case 'datum': case 'tekst': return typeof x === 'string' ? x : JSON.stringify(x);
    case 'json': return JSON.stringify(x, (_k, v: unknown) => (isExactGetal(v) ? Number(v.decimaal) : v));
    default: { const _never: never = soort; return _never; }
  }
}

/** The digits seen in a number column: enough to choose a DECIMAL that holds every row exactly. */
export class Cijfers {
  private heel = 1;
  private schaal: number;

  /** `minimumSchaal`: 2 for an amount, whose column keeps its cents even when every row is whole euros. */
  constructor(minimumSchaal = 0) {
    this.schaal = minimumSchaal;
  }

  /**
   * Takes in one cell; true when it is decimal text (`-?digits[.digits]`), which needs no escaping
   * anywhere. Read by hand, not by a regular expression: it runs for every number of every case.
   */
  voeg(tekst: string): boolean {
    const n = tekst.length;
    let i = n > 0 && tekst.charCodeAt(0) === 45 ? 1 : 0;
    const begin = i;
    while (i < n && tekst.charCodeAt(i) === 48) i++;
    let punt = -1;
    for (let k = begin; k < n; k++) {
      const c = tekst.charCodeAt(k);
      if (c === 46 && punt < 0 && k > begin && k < n - 1) punt = k;
      else if (c < 48 || c > 57) {
        this.heel = Infinity;
        return false;
      }
    }
    if (n === begin) {
      this.heel = Infinity;
      return false;
    }
    const eind = punt < 0 ? n : punt;
    // leading zeros do not count, but a whole part of only zeros is one digit
    const heel = Math.max(eind - Math.min(i, eind), 1);
    if (heel > this.heel) this.heel = heel;
    const schaal = punt < 0 ? 0 : n - punt - 1;
    if (schaal > this.schaal) this.schaal = schaal;
    return true;
  }

  /** What was seen, to be passed between threads: digits before the point, and after it. */
  get staat(): readonly [number, number] {
    return [this.heel, this.schaal];
  }

  /** Takes in what another collector saw (a thread's batch). */
  neem([heel, schaal]: readonly [number, number]): void {
    if (heel > this.heel) this.heel = heel;
    if (schaal > this.schaal) this.schaal = schaal;
  }

  /** `DECIMAL(p,s)` when every row fits in 38 digits, else VARCHAR (the exact text). */
  sqlType(): string {
    const p = this.heel + this.schaal;
    return p <= 38 ? `DECIMAL(${Math.max(p, 1)},${this.schaal})` : 'VARCHAR';
  }
}

/** The SQL type of an output column of this kind (numbers: from the digits the rows had). */
export function kolomType(soort: KolomSoort, cijfers: Cijfers | null): string {
  switch (soort) {
    case 'getal': return cijfers?.sqlType() ?? 'VARCHAR';
    case 'ja/nee': return 'BOOLEAN';
    case 'datum': return 'DATE';
    case 'tekst': return 'VARCHAR';
    case 'json': return 'JSON';
    default: { const _never: never = soort; return _never; }
  }
}

/** Decimal text as an exact value for arithmetic in the report (null when it is not a number). */
export function alsGetal(tekst: string | null): ReturnType<typeof vanDecimaleTekst> {
  return tekst === null ? null : vanDecimaleTekst(tekst);
}
