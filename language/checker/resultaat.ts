// The public shape of a checked policy: what the checker hands to the interpreter, the analysis,
// codegen and the editor (Gecontroleerd), with the facts it keeps per declaration and per name.
import type * as A from '../ast.js';
import type { Type } from '../../runtime/typen.js';
import type { Rekenvariant } from '../operatoren.js';
import type { IngebouwdVariant } from '../ingebouwd.js';

export type Binding =
  | { readonly kind: 'invoer'; readonly naam: string }
  | { readonly kind: 'parameter'; readonly naam: string }
  | { readonly kind: 'regel'; readonly naam: string }
  | { readonly kind: 'lokaal'; readonly naam: string }
  | { readonly kind: 'keuzewaarde'; readonly waarde: string };

export interface InvoerInfo { readonly naam: string; readonly type: Type; readonly bron: string | null; readonly eisen: readonly A.Eis[]; readonly decl: A.Declaratie & { kind: 'Invoer' } }
export interface UitvoerInfo { readonly naam: string; readonly type: Type; readonly bron: string | null; readonly decl: A.Declaratie & { kind: 'Uitvoer' } }
export interface ParameterInfo { readonly naam: string; readonly type: Type; readonly bron: string | null; readonly rijen: readonly A.ParameterRij[]; readonly module: string | null; readonly decl: A.Declaratie & { kind: 'Parameter' } }
export interface RegelInfo { readonly naam: string; type: Type; readonly decl: A.Declaratie & { kind: 'Regel' }; readonly isUitvoer: boolean }
export interface FunctieInfo { readonly naam: string; readonly parameters: readonly { naam: string; type: Type }[]; readonly type: Type; readonly decl: A.Declaratie & { kind: 'Functie' } }

/**
 * A name bound inside a declaration of this file: a function's parameter, a record soort's field
 * (in its eisen), or the variable of `elk`, `er is een`, `voor alle` or `vouw` (and its
 * accumulator), with the type the checker gave it. The editor's completion and hover read these,
 * so they know the scopes the checker used.
 */
export interface LokaleNaam {
  readonly naam: string;
  readonly type: Type;
  /** Where the name is written where it is bound. */
  readonly plek: A.Plek;
  /** The expression or function declaration that binds it; within it the name means this binding. */
  readonly binder: A.Plek;
}

export interface Gecontroleerd {
  readonly bestand: A.Bestand;
  readonly naam: string;
  readonly bron: string | null;
  readonly geldigVanaf: string | null;
  readonly geldigTot: string | null;
  readonly invoer: readonly InvoerInfo[];
  readonly uitvoer: readonly UitvoerInfo[];
  readonly parameters: readonly ParameterInfo[];
  readonly regels: ReadonlyMap<string, RegelInfo>;
  readonly functies: ReadonlyMap<string, FunctieInfo>;
  /** Input constraints of named record types, by soort name. */
  readonly soortEisen: ReadonlyMap<string, readonly A.Eis[]>;
  /** Rules and functions in an order where each comes after what it uses. */
  readonly volgorde: readonly string[];
  readonly typen: ReadonlyMap<A.Expr, Type>;
  readonly bindingen: ReadonlyMap<A.Expr, Binding>;
  /** Each arithmetic operation resolved to its variant in the operator table, once (operatoren.ts). */
  readonly rekensommen: ReadonlyMap<A.Expr, Rekenvariant>;
  /** Each use of a built-in resolved to its variant in the built-in table, once (ingebouwd.ts). */
  readonly ingebouwden: ReadonlyMap<A.Expr, IngebouwdVariant>;
  readonly voorbeelden: readonly (A.Declaratie & { kind: 'Voorbeeld' })[];
  /** `voorbeelden peildatum D`: the file-wide peildatum of voorbeelden without their own, or null. */
  readonly voorbeeldenPeildatum: string | null;
  readonly eigenschappen: readonly (A.Declaratie & { kind: 'Eigenschap' })[];
  /** Range hints for generated input, by invoer name (`bereik` clause or `invoer bereik`). */
  readonly bereiken: ReadonlyMap<string, { readonly van: A.Expr; readonly tot: A.Expr }>;
  /** Every local name the checker bound, in the order it met them. */
  readonly lokaleNamen: readonly LokaleNaam[];
  /** The policies this one uses (`gebruik regeling naam`), checked, by the name it calls them by. */
  readonly regelingen: ReadonlyMap<string, Gecontroleerd>;
}

/** A policy used with `gebruik regeling naam`, loaded and checked without errors. */
export interface GebruikteRegeling {
  readonly naam: string;
  readonly gecontroleerd: Gecontroleerd;
}

export interface Module {
  readonly naam: string;
  readonly bestand: A.Bestand;
}
