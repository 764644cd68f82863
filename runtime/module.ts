// The shape of a compiled policy module: what `regelwerk compile` writes (compiler/codegen/codegen.ts
// emits these exports) and what a caller gets from `import()`. One definition for every place
// that loads a module: the CLI's compiled engine, the tests of both engines and the benchmarks.
// A test type-checks every shipped policy's module against it (test/engines/differentieel.test.ts).
import type { Type } from './typen.js';
import type { Uitleg } from './uitleg.js';

/** The options of an evaluation, as the module's `Opties` interface declares them. */
export interface ModuleOpties<P = Readonly<Record<string, unknown>>> {
  /** "JJJJ-MM-DD"; default today. Chooses the row of dated parameters. */
  readonly peildatum?: string;
  readonly parameters?: Partial<P>;
}

/** An input or output of the policy in the module's metadata. */
interface Veld {
  readonly naam: string;
  readonly type: Type;
  readonly bron: string | null;
}

/** The module's `regeling`: name, bron, validity, the parameters with their dated values, inputs and outputs. */
export interface RegelingGegevens {
  readonly naam: string;
  readonly bron: string | null;
  readonly geldigVanaf: string | null;
  readonly geldigTot: string | null;
  readonly parameters: readonly (Veld & {
    /** A value as JSON, as in the Parameters interface. */
    readonly rijen: readonly { readonly vanaf: string | null; readonly tot?: string; readonly waarde: unknown; readonly bron: string | null }[];
  })[];
  readonly invoer: readonly Veld[];
  readonly uitvoer: readonly Veld[];
}

/**
 * A compiled policy with input I, output U and parameters P (the module's Invoer, Uitvoer and
 * Parameters interfaces; `unknown` for a caller that does not know the policy). Every function
 * throws a RegelwerkFout subclass (invoer, conflict, leeg, reken) for a wrong input or result.
 */
export interface GecompileerdeModule<I = unknown, U = unknown, P = Readonly<Record<string, unknown>>> {
  readonly regeling: RegelingGegevens;
  /** Fast where it can, else exact: the same outputs and the same errors as evalueerExact. */
  evalueer(invoer: I, opties?: ModuleOpties<P>): U;
  /** The exact evaluation, the reference of the fast one. */
  evalueerExact(invoer: I, opties?: ModuleOpties<P>): U;
  /**
   * The fast evaluation alone: undefined means "not handled" (evalueer then computes exactly).
   * With `pad`, an answer also writes the case's decision path into `pad.pad`.
   */
  evalueerSnel(invoer: unknown, opties?: ModuleOpties<P>, pad?: { pad: string }): U | undefined;
  /** As evalueer, with the explanation tree. */
  evalueerMetUitleg(invoer: I, opties?: ModuleOpties<P>): { uitvoer: U; uitleg: Uitleg };
  /**
   * As evalueer (fast where it can, else exact; the same errors), with the case's decision path:
   * per rule with a choice what decided it, then the row of each dated parameter (docs/taal.md).
   */
  evalueerMetPad(invoer: I, opties?: ModuleOpties<P>): { uitvoer: U; pad: string };
  /** evalueerMetPad on the exact path alone, the reference of the fast one. */
  evalueerExactMetPad(invoer: I, opties?: ModuleOpties<P>): { uitvoer: U; pad: string };
}
