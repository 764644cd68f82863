// One case of a population run, the same in every engine: the row's JSON (made by DuckDB) read
// exactly and converted to the policy's input, evaluated, and the answer as cells of text with
// `fout` (the message `regelwerk run` gives for that case) and `pad`. The worker threads run it
// with compiled modules, `--controleer` with the interpreter; so a difference is the engines', not
// this code's.
import { leesJsonTekst } from '../../../runtime/json.js';
import { alsJsGetallen } from '../stroom.js';
import { RegelwerkFout } from '../../../runtime/fouten.js';
import type { Type } from '../../../runtime/typen.js';
import { type KolomSoort, alsInvoer, celTekst, kolomSoort } from '../../bevolking/kolommen.js';
import type { RijUitkomst } from '../../bevolking/verschil.js';

export interface Veld {
  readonly naam: string;
  readonly type: Type;
}

/** An engine as a population run calls it: the outputs by name, and the decision path (null when it has none). */
export type RijEngine = (invoer: Readonly<Record<string, unknown>>, opties: { peildatum?: string }) => { uitvoer: unknown; pad: string | null };

/**
 * True when JSON.parse reads this JSON exactly: every number has at most 15 significant digits (a
 * double holds that decimal, and writes it back the same), no exponent, and is not -0. Anything
 * else goes through the exact reader, so 19.9999999999999999 is never 20. One pass over the
 * characters (it runs for every case): strings are skipped, each number's digits counted.
 */
export function veiligVoorParse(tekst: string): boolean {
  const n = tekst.length;
  let i = 0;
  while (i < n) {
    const c = tekst.charCodeAt(i);
    if (c === 34) {
      // a string: to its closing quote, past every escaped character
      for (i++; i < n; i++) {
        const d = tekst.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      i++;
      continue;
    }
    const min = c === 45;
    if (!min && (c < 48 || c > 57)) {
      i++;
      continue;
    }
    // a number: -?digits(.digits)?, its significant digits counted from the first that is not 0
    let j = min ? i + 1 : i;
    let cijfers = 0;
    let nietNul = false;
    for (; j < n; j++) {
      const d = tekst.charCodeAt(j);
      if (d === 46) {
        const e = tekst.charCodeAt(j + 1);
        if (!(e >= 48 && e <= 57)) break;
        continue;
      }
      if (d === 101 || d === 69) {
        if (j > (min ? i + 1 : i)) return false;
        break;
      }
      if (d < 48 || d > 57) break;
      if (d !== 48) nietNul = true;
      if (nietNul) cijfers++;
    }
    if (cijfers > 15 || (min && !nietNul && j > i + 1)) return false;
    i = j === i ? i + 1 : j;
  }
  return true;
}

/**
 * The policy's input of a row: DuckDB's JSON of the input columns, each field converted to its
 * declared type; a number a double holds exactly as a JavaScript number (what the fast path reads),
 * any other exactly (`alsJsGetallen`, as `regelwerk run` does).
 */
export function invoerVanRij(tekst: string, velden: readonly Veld[]): Record<string, unknown> {
  const ruw = (veiligVoorParse(tekst) ? JSON.parse(tekst) : leesJsonTekst(tekst)) as Record<string, unknown>;
  // DuckDB wrote exactly the input columns there are, so the object is the input once each field
  // has its type; a field is only replaced where that changes it (text in a CSV, an exact number)
  // or removed where it is NULL
  for (const v of velden) {
    if (!Object.hasOwn(ruw, v.naam)) continue;
    const x = ruw[v.naam];
    // an empty cell, NULL in DuckDB, is an absent value: 'ontbreekt', or leeg for an input `of leeg` (as in SQL)
    if (x === null) {
      delete ruw[v.naam];
      continue;
    }
    const y = typeof x === 'object' || typeof x === 'string' ? alsJsGetallen(alsInvoer(x, v.type)) : x;
    if (y !== x) Object.defineProperty(ruw, v.naam, { value: y, enumerable: true, writable: true, configurable: true });
  }
  return ruw;
}

/** The kinds of the output columns, once per run. */
export function soorten(uitvoer: readonly Veld[]): KolomSoort[] {
  return uitvoer.map((u) => kolomSoort(u.type));
}

/**
 * One case through one engine. An error of the case (invalid input, a conflict, leeg, a division
 * by zero) is its `fout`, every output and the path empty; it never ends the run.
 */
export function rekenRij(engine: RijEngine, invoer: Readonly<Record<string, unknown>>, peildatum: string | null, uitvoer: readonly Veld[], s: readonly KolomSoort[]): RijUitkomst {
  try {
    const { uitvoer: u, pad } = engine(invoer, peildatum === null ? {} : { peildatum });
    const o = u as Record<string, unknown>;
    return { cellen: uitvoer.map((v, k) => celTekst(o[v.naam], s[k]!)), fout: null, pad };
  } catch (f) {
    const melding = f instanceof RegelwerkFout ? f.message : `interne fout: ${f instanceof Error ? f.message : String(f)}`;
    return { cellen: uitvoer.map(() => null), fout: melding, pad: null };
  }
}
