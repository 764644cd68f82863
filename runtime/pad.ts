// The decision path of one case (`pad`): the words of its entries and how they are joined, and
// the dated parameters' part, written once here so that the interpreter, the exact and the fast
// compiled code (and whoever reads the text, such as a population report) agree on every byte.
// Which rules and parameters are listed is decided at compile time (compiler/interpreter/pad.ts).
import type { Besluit } from './uitleg.js';
import { RegelwerkFout, RegelwerkLeeg } from './fouten.js';

/** A rule's entry when evaluating it failed for this case (a conflict, an error below it). */
export const PAD_FOUT = 'fout';
/** A rule's entry when its decision table was reached and no row matched (the rule is leeg). */
export const PAD_GEEN_RIJ = 'geen rij';

/** What decided a rule, as its entry writes it: `basis`, `u:<label>` or `rij <n>`. */
export function padKeuze(b: Besluit): string {
  switch (b.soort) {
    case 'basis': return 'basis';
    case 'uitzondering': return `u:${b.naam}`;
    case 'tabel': return `rij ${b.rij}`;
    default: {
      const _never: never = b;
      return String(_never);
    }
  }
}

/** A decision table that no row matches: noted as `geen rij` when a path is asked, then the rule is leeg. */
export function geenRij(regel: string, bron: string | null, keuzes: Map<string, string> | undefined): never {
  if (keuzes) keuzes.set(regel, PAD_GEEN_RIJ);
  throw new RegelwerkLeeg(regel, bron);
}

/**
 * A listed rule's entry: `bereken` evaluates it on purpose (also when no output needed it), and
 * what decided it was noted in `keuzes` on the way; a Regelwerk error makes the entry `fout`
 * (never the case's error), anything else is a crash and goes on.
 */
export function padRegel(naam: string, keuzes: ReadonlyMap<string, string>, bereken: () => unknown): string {
  try {
    bereken();
  } catch (x) {
    if (!(x instanceof RegelwerkFout)) throw x;
  }
  return `${naam}=${keuzes.get(naam) ?? PAD_FOUT}`;
}

/** A listed dated parameter: its name and its rows' dates, as in the module's metadata. */
export interface PadParameter {
  readonly naam: string;
  readonly rijen: readonly { readonly vanaf: string | null; readonly tot?: string | null }[];
}

/**
 * The parameters' entries at a peildatum: `naam@JJJJ-MM-DD`, the `vanaf` of the row in force (`-`
 * for a row without a date). A parameter given a value for the evaluation has one value and is
 * left out, as is one with no row in force on that day (a read of it fails the case anyway).
 */
export function padParameters(ps: readonly PadParameter[], peildatum: string, overschreven: ReadonlyMap<string, unknown> | null): string[] {
  const uit: string[] = [];
  for (const p of ps) {
    if (overschreven?.has(p.naam)) continue;
    const vanaf = rijVanaf(p.rijen, peildatum);
    if (vanaf !== undefined) uit.push(`${p.naam}@${vanaf ?? '-'}`);
  }
  return uit;
}

/** The `vanaf` of the row in force on `peildatum` (as kiesRij chooses it), or undefined for none. */
function rijVanaf(rijen: PadParameter['rijen'], peildatum: string): string | null | undefined {
  for (let i = rijen.length - 1; i >= 0; i--) {
    const r = rijen[i]!;
    if (r.vanaf === null || r.vanaf <= peildatum) return r.tot && peildatum > r.tot ? undefined : r.vanaf;
  }
  return undefined;
}

/** The whole path: the rules' entries, then the parameters', joined by `; ` ('' when there are none). */
export function padTekst(regels: readonly string[], parameters: readonly string[]): string {
  return regels.length === 0 ? parameters.join('; ') : parameters.length === 0 ? regels.join('; ') : `${regels.join('; ')}; ${parameters.join('; ')}`;
}
