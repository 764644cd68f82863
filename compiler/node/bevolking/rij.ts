// One case of a population run, the same in every engine: the row's JSON (made by DuckDB) read
// exactly and converted to the policy's input, evaluated, and the answer as cells of text with
// `fout` (the message `regelwerk run` gives for that case) and `pad`. The worker threads run it
// with compiled modules, `--controleer` with the interpreter; so a difference is the engines', not
// this code's.
import { leesJsonTekst } from '../../../runtime/json.js';
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

/** The policy's input of a row: DuckDB's JSON of the input columns, read exactly, each field converted to its declared type. */
export function invoerVanRij(tekst: string, velden: readonly Veld[]): Record<string, unknown> {
  const ruw = leesJsonTekst(tekst) as Record<string, unknown>;
  const uit: Record<string, unknown> = {};
  for (const v of velden) {
    if (!Object.hasOwn(ruw, v.naam)) continue;
    Object.defineProperty(uit, v.naam, { value: alsInvoer(ruw[v.naam], v.type), enumerable: true, writable: true, configurable: true });
  }
  return uit;
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
