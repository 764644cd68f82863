// Typed AST nodes for Regelwerk. Every node is a member of a discriminated union on `kind` and
// carries its position, so diagnostics, explanations and the editor can point at the source.

import type { DuurEenheid } from '../runtime/duur.js';
import type { IngebouwdNaam } from './ingebouwd.js';

export interface Plek {
  readonly offset: number;
  readonly eind: number; // offset just past the node
  readonly regel: number;
  readonly kolom: number;
}

export type BasisTypeNaam = 'ja/nee' | 'getal' | 'bedrag' | 'percentage' | 'datum' | 'duur' | 'tekst';

export interface Naamplek {
  readonly naam: string;
  readonly plek: Plek;
}

/** A bound of a declared range: a literal (`0%`, `€ 0`, `-1`, `0 dagen`), inclusive or not. */
export interface GrensExpr {
  readonly waarde: Expr;
  readonly inclusief: boolean;
}

export type TypeExpr =
  | {
    readonly kind: 'BasisType'; readonly naam: BasisTypeNaam; readonly plek: Plek;
    /** `geheel getal`; and the range written after getal, bedrag, percentage or duur. */
    readonly geheel?: boolean; readonly min?: GrensExpr; readonly max?: GrensExpr;
  }
  | { readonly kind: 'KeuzeType'; readonly waarden: readonly Naamplek[]; readonly plek: Plek }
  | { readonly kind: 'GegevensType'; readonly velden: readonly VeldDef[]; readonly plek: Plek }
  | { readonly kind: 'LijstType'; readonly element: TypeExpr; readonly plek: Plek }
  | { readonly kind: 'NaamType'; readonly naam: string; readonly plek: Plek }
  | { readonly kind: 'LeegbaarType'; readonly basis: TypeExpr; readonly plek: Plek };

export interface VeldDef {
  readonly naam: string;
  readonly type: TypeExpr;
  readonly plek: Plek;
}

// The units come from the runtime's one unit table.
export type { DuurEenheid };
export type Richting = 'naar beneden' | 'naar boven' | 'rekenkundig' | 'bankiers';
export type VergelijkOp = '=' | '!=' | '<' | '<=' | '>' | '>=';
export type LijstOpNaam = 'aantal' | 'som' | 'minimum' | 'maximum' | 'eerste' | 'laatste';

export type Expr =
  | { readonly kind: 'GetalLit'; readonly tekst: string; readonly plek: Plek }
  | { readonly kind: 'BedragLit'; readonly tekst: string; readonly plek: Plek }
  | { readonly kind: 'PercentageLit'; readonly tekst: string; readonly plek: Plek }
  | { readonly kind: 'DatumLit'; readonly tekst: string; readonly plek: Plek }
  | { readonly kind: 'TekstLit'; readonly waarde: string; readonly plek: Plek }
  | { readonly kind: 'JaNeeLit'; readonly waarde: boolean; readonly plek: Plek }
  | { readonly kind: 'LeegLit'; readonly plek: Plek }
  | { readonly kind: 'Peildatum'; readonly plek: Plek }
  /** `P op D`: the value of the dated parameter P on date D instead of the peildatum. */
  | { readonly kind: 'OpDatum'; readonly arg: Expr; readonly datum: Expr; readonly plek: Plek }
  | { readonly kind: 'Naam'; readonly naam: string; readonly plek: Plek }
  | { readonly kind: 'Aanroep'; readonly naam: string; readonly naamPlek: Plek; readonly argumenten: readonly Expr[]; readonly plek: Plek }
  /**
   * `naam(invoer: E, ...)` of a policy used with `gebruik regeling naam`, optionally `op D` (its
   * peildatum): a record of its outputs. Built for a name of such a declaration, or for any call
   * with a named argument (the checker reports a name that is no used policy).
   */
  | { readonly kind: 'RegelingAanroep'; readonly naam: string; readonly naamPlek: Plek; readonly argumenten: readonly Argument[]; readonly datum: Expr | null; readonly plek: Plek }
  | { readonly kind: 'Tupel'; readonly leden: readonly Expr[]; readonly plek: Plek }
  | { readonly kind: 'LijstLit'; readonly elementen: readonly Expr[]; readonly plek: Plek }
  | { readonly kind: 'GegevensLit'; readonly velden: readonly { readonly naam: string; readonly waarde: Expr; readonly plek: Plek }[]; readonly plek: Plek }
  | { readonly kind: 'Veld'; readonly object: Expr; readonly veld: string; readonly veldPlek: Plek; readonly plek: Plek }
  | { readonly kind: 'Index'; readonly lijst: Expr; readonly index: Expr; readonly plek: Plek }
  | { readonly kind: 'DuurExpr'; readonly aantal: Expr; readonly eenheid: DuurEenheid; readonly plek: Plek }
  | { readonly kind: 'Negatief'; readonly arg: Expr; readonly plek: Plek }
  | { readonly kind: 'Niet'; readonly arg: Expr; readonly plek: Plek }
  | { readonly kind: 'Rekensom'; readonly op: '+' | '-' | '*' | '/' | 'van'; readonly links: Expr; readonly rechts: Expr; readonly plek: Plek }
  | { readonly kind: 'Logisch'; readonly op: 'en' | 'of'; readonly links: Expr; readonly rechts: Expr; readonly plek: Plek }
  | { readonly kind: 'Vergelijking'; readonly op: VergelijkOp; readonly links: Expr; readonly rechts: Expr; readonly plek: Plek }
  | { readonly kind: 'EenVan'; readonly negatief: boolean; readonly waarde: Expr; readonly opties: readonly Expr[]; readonly plek: Plek }
  | { readonly kind: 'IsLeeg'; readonly negatief: boolean; readonly arg: Expr; readonly plek: Plek }
  | { readonly kind: 'Als'; readonly voorwaarde: Expr; readonly dan: Expr; readonly anders: Expr; readonly plek: Plek }
  | { readonly kind: 'Afronding'; readonly arg: Expr; readonly decimalen: number; readonly richting: Richting; readonly plek: Plek }
  | { readonly kind: 'LijstOp'; readonly op: LijstOpNaam; readonly arg: Expr; readonly plek: Plek }
  /** A built-in operation with positional arguments, a row of language/ingebouwd.ts. */
  | { readonly kind: 'Ingebouwd'; readonly naam: IngebouwdNaam; readonly argumenten: readonly Expr[]; readonly plek: Plek }
  | { readonly kind: 'Kwantor'; readonly kwantor: 'er is een' | 'voor alle'; readonly variabele: Naamplek; readonly lijst: Expr; readonly voorwaarde: Expr; readonly plek: Plek }
  | { readonly kind: 'Elke'; readonly variabele: Naamplek; readonly lijst: Expr; readonly filter: Expr | null; readonly afbeelding: Expr | null; readonly plek: Plek }
  | { readonly kind: 'Vouw'; readonly variabele: Naamplek; readonly lijst: Expr; readonly accumulator: Naamplek; readonly begin: Expr; readonly stap: Expr; readonly plek: Plek }
  /** A decision table; only the value of a rule, never nested in another expression. */
  | { readonly kind: 'Tabel'; readonly beleid: TabelBeleid; readonly kolommen: readonly TabelKolom[]; readonly uitvoerKop: TabelKop; readonly heeftBron: boolean; readonly rijen: readonly TabelRij[]; readonly plek: Plek }
  | { readonly kind: 'Fout'; readonly plek: Plek };

/** `eerste`: the first matching row decides; `uniek`: at most one row may match. */
export type TabelBeleid = 'eerste' | 'uniek';

/** A header cell: its expression (an input column's subject, or the rule's name), its text. */
export interface TabelKop {
  readonly expr: Expr;
  readonly tekst: string;
  readonly plek: Plek;
}

/** An input column: the header expression every test in the column is about. */
export type TabelKolom = TabelKop;

/** The test an input cell makes on its column, before desugaring. */
export type CelToets =
  | { readonly kind: 'elk' }
  | { readonly kind: 'leeg'; readonly negatief: boolean }
  | { readonly kind: 'vergelijk'; readonly op: VergelijkOp; readonly waarde: Expr }
  | { readonly kind: 'bereik'; readonly van: Expr; readonly tot: Expr }
  | { readonly kind: 'eenVan'; readonly negatief: boolean; readonly opties: readonly Expr[] }
  | { readonly kind: 'fout'; readonly reden: string };

export interface TabelCel {
  /** The cell as the drafter wrote it (trimmed source text), for explanations. */
  readonly tekst: string;
  readonly plek: Plek;
}

export interface TabelRij {
  /** 1-based, counting rows below the header. */
  readonly nummer: number;
  /** The input cells' tests; as many as there are columns when the row has the right length. */
  readonly toetsen: readonly (TabelCel & { readonly toets: CelToets })[];
  /** The tests as one ordinary condition on the header expressions (JaNeeLit ja when all are `-`). */
  readonly voorwaarde: Expr;
  /** The copies of the header expressions in `voorwaarde`, the value each test is about. */
  readonly onderwerpen: readonly Expr[];
  readonly uitvoer: Expr;
  readonly uitvoerCel: TabelCel;
  readonly bron: Bron | null;
  /** A bron cell that is neither a text nor `-` (the checker reports it). */
  readonly bronOngeldig: Plek | null;
  /** The row's cells as written, input and output (not the bron column). */
  readonly cellen: readonly string[];
  /** How many cells the row has in the source (the checker compares it to the header). */
  readonly aantalCellen: number;
  readonly plek: Plek;
}

export type ExprKind = Expr['kind'];

/** An argument of a policy call: `naam: waarde`, or a bare value (naam null; the checker refuses it). */
export interface Argument {
  readonly naam: string | null;
  readonly naamPlek: Plek;
  readonly waarde: Expr;
}

export interface Bron {
  readonly tekst: string;
  readonly plek: Plek;
}

export interface Eis {
  readonly voorwaarde: Expr;
  readonly melding: string | null;
  readonly plek: Plek;
}

export interface Toewijzing {
  readonly naam: string;
  readonly waarde: Expr;
  readonly plek: Plek;
}

export interface Uitzondering {
  readonly label: string;
  /** `uitzondering "b" op "a"`: the label of the exception this one is an exception to (null: none). */
  readonly ouder: string | null;
  /** Where the parent label is written (for RW2021/RW2022); the exception's own place without one. */
  readonly ouderPlek: Plek;
  readonly voorwaarde: Expr;
  readonly waarde: Expr;
  readonly bron: Bron | null;
  readonly plek: Plek;
}

export interface ParameterRij {
  readonly vanaf: string | null; // "YYYY-MM-DD", null for an undated parameter
  readonly tot: string | null; // last day the row applies ("tot en met"); null: until the next row
  readonly waarde: Expr;
  readonly bron: Bron | null;
  readonly plek: Plek;
}

export type EigenschapVorm =
  | { readonly kind: 'Bewering'; readonly expressie: Expr }
  | { readonly kind: 'Onafhankelijk'; readonly uitvoer: readonly Naamplek[]; readonly invoer: Naamplek }
  | { readonly kind: 'Monotoon'; readonly uitvoer: Naamplek; readonly richting: 'stijgt' | 'daalt'; readonly invoer: Naamplek };

export type Declaratie =
  /** `gebruik naam` (a stdlib module) or, with `regeling`, `gebruik regeling naam` (the policy naam.regel beside this file). */
  | { readonly kind: 'Gebruik'; readonly naam: string; readonly regeling: boolean; readonly plek: Plek; readonly naamPlek: Plek }
  | { readonly kind: 'Bereik'; readonly naam: string; readonly van: Expr; readonly tot: Expr; readonly plek: Plek; readonly naamPlek: Plek }
  | { readonly kind: 'Soort'; readonly naam: string; readonly type: TypeExpr; readonly eisen: readonly Eis[]; readonly bron: Bron | null; readonly plek: Plek; readonly naamPlek: Plek }
  | { readonly kind: 'Invoer'; readonly naam: string; readonly type: TypeExpr; readonly eisen: readonly Eis[]; readonly bereik: { readonly van: Expr; readonly tot: Expr } | null; readonly bron: Bron | null; readonly plek: Plek; readonly naamPlek: Plek }
  | { readonly kind: 'Uitvoer'; readonly naam: string; readonly type: TypeExpr; readonly bron: Bron | null; readonly plek: Plek; readonly naamPlek: Plek }
  | { readonly kind: 'Parameter'; readonly naam: string; readonly type: TypeExpr; readonly rijen: readonly ParameterRij[]; readonly bron: Bron | null; readonly plek: Plek; readonly naamPlek: Plek }
  | { readonly kind: 'Functie'; readonly naam: string; readonly parameters: readonly VeldDef[]; readonly type: TypeExpr; readonly lichaam: Expr; readonly bron: Bron | null; readonly plek: Plek; readonly naamPlek: Plek }
  | { readonly kind: 'Regel'; readonly naam: string; readonly type: TypeExpr | null; readonly waarde: Expr; readonly indien: Expr | null; readonly bron: Bron | null; readonly uitzonderingen: readonly Uitzondering[]; readonly plek: Plek; readonly naamPlek: Plek }
  | { readonly kind: 'Voorbeeld'; readonly naam: string; readonly bron: Bron | null; readonly peildatum: string | null; readonly parameters: readonly Toewijzing[]; readonly gegeven: readonly Toewijzing[]; readonly verwacht: readonly Toewijzing[]; readonly verwachtFout: { readonly tekst: string | null } | null; readonly plek: Plek }
  /** `voorbeelden peildatum D`: the file-wide peildatum of voorbeelden that give none. */
  | { readonly kind: 'VoorbeeldenPeildatum'; readonly peildatum: string; readonly plek: Plek }
  | { readonly kind: 'Eigenschap'; readonly naam: string; readonly vorm: EigenschapVorm; readonly indien: Expr | null; readonly bron: Bron | null; readonly plek: Plek };

export interface Kop {
  readonly naam: string;
  readonly bron: Bron | null;
  readonly geldigVanaf: string | null;
  readonly geldigTot: string | null;
  readonly plek: Plek;
}

export interface Commentaar {
  readonly tekst: string;
  readonly plek: Plek;
}

export interface Bestand {
  readonly bestandsnaam: string;
  readonly kop: Kop | null;
  readonly declaraties: readonly Declaratie[];
  readonly commentaren: readonly Commentaar[];
}

/** Exhaustiveness helper for switches over `kind`. */
export function onmogelijk(x: never): never {
  throw new Error(`onverwacht AST-knooppunt: ${JSON.stringify(x)}`);
}
