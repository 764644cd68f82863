// The shape of an explanation tree: per output the deciding rule, the values it used and the
// bron. The one recorder of both engines (Spoor, uitleg-recorder.ts) builds it, and a compiled module's
// evalueerMetUitleg returns it (module.ts): a file of its own, so both can import it.

export type Besluit =
  | { readonly soort: 'basis' }
  /** `overschrijft`: the applicable exceptions this one (transitively) is an exception to (`op`), absent when none. */
  | { readonly soort: 'uitzondering'; readonly naam: string; readonly bron: string | null; readonly overschrijft?: readonly string[] }
  /** The row of a decision table that decided: its number, its cells as written, its bron (else the rule's). */
  | { readonly soort: 'tabel'; readonly rij: number; readonly cellen: readonly string[]; readonly bron: string | null };
export type Gebruik =
  | { readonly soort: 'invoer'; readonly naam: string; readonly waarde: unknown }
  /** `op`: the date of `P op D` (absent for a read at the peildatum). */
  | { readonly soort: 'parameter'; readonly naam: string; readonly waarde: unknown; readonly vanaf: string | null; readonly bron: string | null; readonly overschreven: boolean; readonly op?: string }
  | { readonly soort: 'regel'; readonly naam: string; readonly uitleg: UitlegKnoop }
  /** A function called in a decision table's cell: its value, its bron, and what its arguments and body read. */
  | { readonly soort: 'functie'; readonly naam: string; readonly waarde: unknown; readonly bron: string | null; readonly gebruikt: readonly Gebruik[] }
  /**
   * A used policy called (`naam(invoer: E, ...)`, `gebruik regeling naam`): the name it is called
   * by, its own name (`regeling`), bron and peildatum, the inputs the call gave and its outputs' trees.
   */
  | { readonly soort: 'regeling'; readonly naam: string; readonly regeling: string; readonly bron: string | null; readonly peildatum: string; readonly invoer: Readonly<Record<string, unknown>>; readonly uitvoer: Readonly<Record<string, UitlegKnoop>> };
export interface UitlegKnoop {
  readonly regel: string;
  readonly waarde: unknown;
  readonly bron: string | null;
  readonly besluit: Besluit;
  readonly gebruikt: readonly Gebruik[];
}
export interface Uitleg {
  readonly regeling: string;
  readonly bron: string | null;
  readonly peildatum: string;
  readonly peildatumGekozen: 'opgegeven' | 'vandaag';
  readonly uitvoer: Readonly<Record<string, UitlegKnoop>>;
}
