// The built-in operations on values, in one place: their phrase, signature, the typed variant the
// engines dispatch on, the runtime function compiled code calls and how the interpreter and the fast
// path compute them. As the operator table (operatoren.ts) does for arithmetic, the checker resolves
// each use of a built-in once to a variant of this table (Gecontroleerd.ingebouwden); the interpreter,
// the exact code generator and the fast path read only that variant.
//
// The AST node a built-in is written as (`vorm`): the list operations (`aantal`, `som van`, ...) are
// LijstOp and the decimal rounding Afronding, each with its own checking in the checker (a tuple,
// an empty list, a hint for the element type). Every built-in since is an `Ingebouwd` node with
// positional arguments, checked from the row alone (units of the arguments -> unit of the result,
// RW2003 when no row fits), walked by walk.ts without further work.
//
// A new built-in (docs/architectuur.md has the checklist): the phrase in the grammar (parser.ts, then
// `npm run genereer:cst`) and to-ast.ts building `{ kind: 'Ingebouwd', naam, argumenten }`; its rows
// here; the runtime function; new words in keywords.ts. The build then fails until every engine has
// a case for each new variant: the switches on IngebouwdVariant in compiler/interpreter/ingebouwd.ts,
// compiler/codegen/codegen.ts and compiler/codegen/snel.ts end in `const _never: never = variant`.
// (No import of ast.ts: the AST names its Ingebouwd nodes with IngebouwdNaam from here.)
import { type Type, T, lijstVan } from '../runtime/typen.js';
import { REEKS_GRENS } from '../runtime/reeks.js';

/** The units built-ins work on; `lijst` of the element unit in the signature text. */
export type Eenheid = 'getal' | 'bedrag' | 'percentage' | 'datum' | 'duur';

export interface IngebouwdeRegel {
  /** The AST node the built-in is written as. */
  readonly vorm: 'LijstOp' | 'Afronding' | 'Ingebouwd';
  /** The name in that node: LijstOp's op, `afgerond`, or the Ingebouwd's naam. */
  readonly naam: string;
  /** How drafters write it. */
  readonly frase: string;
  /** The units of the arguments (for LijstOp the list's element unit, `*` any element type). */
  readonly argumenten: readonly (Eenheid | '*')[];
  /** The unit of the result (`*`: the element type). */
  readonly uitkomst: Eenheid | '*';
  /** The typed name the engines dispatch on. */
  readonly variant: string;
  /** What compiled exact code calls (`rt.<runtime>`), or null where it writes plain TypeScript. */
  readonly runtime: string | null;
  /** How the interpreter computes it (compiler/interpreter/). */
  readonly interpreter: string;
  /** Whether the fast path computes it on scaled integers, or why it declines. */
  readonly snel: string;
  /** A hint for RW2003 when no row of this name fits the arguments (Ingebouwd only). */
  readonly tip?: string;
  /** The result is a whole number (`geheel getal`). */
  readonly geheel?: true;
  /** The result is a list of the unit (`lijst van geheel getal` with `geheel`). */
  readonly lijst?: true;
}

const ORDENBAAR = ['getal', 'bedrag', 'percentage', 'datum', 'duur'] as const;

/** Every built-in of the language, one row per variant. */
export const INGEBOUWDE = [
  { vorm: 'LijstOp', naam: 'aantal', frase: 'aantal L', argumenten: ['*'], uitkomst: 'getal', variant: 'aantal', runtime: null, interpreter: 'de lengte van de lijst', snel: 'ja: .length' },
  { vorm: 'LijstOp', naam: 'som', frase: 'som van L', argumenten: ['getal'], uitkomst: 'getal', variant: 'som getal', runtime: 'som', interpreter: 'G.plus over de elementen, vanaf 0', snel: 'ja: een lus met bewaking' },
  { vorm: 'LijstOp', naam: 'som', frase: 'som van L', argumenten: ['bedrag'], uitkomst: 'bedrag', variant: 'som bedrag', runtime: 'som', interpreter: 'G.plus over de elementen, vanaf 0', snel: 'ja: een lus met bewaking' },
  { vorm: 'LijstOp', naam: 'som', frase: 'som van L', argumenten: ['percentage'], uitkomst: 'percentage', variant: 'som percentage', runtime: 'som', interpreter: 'G.plus over de elementen, vanaf 0', snel: 'ja: een lus met bewaking' },
  ...ORDENBAAR.flatMap((u) => (['minimum', 'maximum'] as const).map((naam) => ({
    vorm: 'LijstOp', naam, frase: `${naam} van L, ${naam} van (a, b, ...)`, argumenten: [u], uitkomst: u, variant: `${naam} ${u}` as const,
    runtime: 'extreem', interpreter: 'vergelijk over de elementen; een lege lijst is een rekenfout',
    snel: u === 'duur' ? `nee: ${naam} van duur` : 'ja: een lus, een lege lijst valt terug',
  } as const))),
  { vorm: 'LijstOp', naam: 'eerste', frase: 'eerste van L', argumenten: ['*'], uitkomst: '*', variant: 'eerste', runtime: 'eerste', interpreter: 'het eerste element; een lege lijst is een rekenfout', snel: 'ja: een lege lijst valt terug' },
  { vorm: 'LijstOp', naam: 'laatste', frase: 'laatste van L', argumenten: ['*'], uitkomst: '*', variant: 'laatste', runtime: 'laatste', interpreter: 'het laatste element; een lege lijst is een rekenfout', snel: 'ja: een lege lijst valt terug' },
  ...(['getal', 'bedrag', 'percentage'] as const).map((u) => ({
    vorm: 'Afronding', naam: 'afgerond', frase: 'X afgerond op N decimalen | centen | euro\'s | hele getallen [richting]', argumenten: [u], uitkomst: u,
    variant: `afgerond ${u}` as const, runtime: 'afronden', interpreter: 'G.afronden', snel: 'ja: deling met rest op de schaal',
  } as const)),
  // X and Y of one unit (a percentage to a multiple of a percentage: 0,25%-punten); Y > 0, else a calculation error
  ...(['naar boven', 'naar beneden'] as const).flatMap((richting) => (['getal', 'bedrag', 'percentage'] as const).map((u) => ({
    vorm: 'Ingebouwd', naam: `veelvoud ${richting}` as const, frase: `X afgerond ${richting} op veelvoud van Y`, argumenten: [u, u], uitkomst: u,
    variant: `veelvoud ${richting} ${u}` as const, runtime: 'veelvoud', interpreter: 'veelvoudVan (runtime/veelvoud.ts)',
    snel: 'ja: rest op de gemeenschappelijke schaal; Y ≤ 0 valt terug op de exacte code',
    tip: 'rond een getal af op een veelvoud van een getal, een bedrag op een veelvoud van een bedrag, een percentage op een veelvoud van een percentage',
  } as const))),
  // the calendar (runtime/kalender.ts): whole numbers from dates and a date from whole numbers
  ...(['jaren', 'maanden', 'weken', 'dagen'] as const).map((eenheid) => ({
    vorm: 'Ingebouwd', naam: `tijdsduur ${eenheid}` as const, frase: `tijdsduur van X tot Y in ${eenheid === 'dagen' ? '' : 'hele '}${eenheid}`, argumenten: ['datum', 'datum'], uitkomst: 'getal', geheel: true,
    variant: `tijdsduur ${eenheid}` as const, runtime: 'tijdsduur', interpreter: 'tijdsduur (runtime/kalender.ts)',
    snel: 'ja: rt.tijdsduur op de dagnummers',
    tip: 'een tijdsduur loopt van een datum tot een datum',
  } as const)),
  ...(['jaar', 'maand', 'dag'] as const).map((deel) => ({
    vorm: 'Ingebouwd', naam: `${deel} van` as const, frase: `${deel} van X`, argumenten: ['datum'], uitkomst: 'getal', geheel: true,
    variant: `${deel} van` as const, runtime: 'datumDeel', interpreter: 'datumDeel (runtime/kalender.ts)',
    snel: 'ja: rt.datumDeel op het dagnummer',
    tip: `${deel} van X neemt ${deel === 'jaar' ? 'het jaar' : deel === 'maand' ? 'de maand (1 tot en met 12)' : 'de dag van de maand'} van een datum X`,
  } as const)),
  {
    vorm: 'Ingebouwd', naam: 'datum met', frase: 'de datum met jaar X, maand Y en dag Z', argumenten: ['getal', 'getal', 'getal'], uitkomst: 'datum',
    variant: 'datum met', runtime: 'datumUit', interpreter: 'datumUitGetallen (runtime/kalender.ts); een datum die niet bestaat is een rekenfout',
    snel: 'ja: rt.snelDatumUit op hele getallen; een datum die niet bestaat valt terug op de exacte code',
    tip: 'jaar, maand en dag zijn hele getallen, bijvoorbeeld de datum met jaar jaar van peildatum, maand 1 en dag 1',
  },
  {
    vorm: 'Ingebouwd', naam: 'reeks', frase: 'reeks van X tot en met Y', argumenten: ['getal', 'getal'], uitkomst: 'getal', geheel: true, lijst: true,
    variant: 'reeks', runtime: 'reeks', interpreter: `reeksVan (runtime/reeks.ts); leeg als Y < X, een rekenfout bij een breuk of meer dan ${REEKS_GRENS} elementen`,
    snel: 'ja: rt.snelReeks op hele getallen; een breuk of een te lange reeks valt terug op de exacte code',
    tip: 'een reeks loopt van een geheel getal tot en met een geheel getal, bijvoorbeeld reeks van 1 tot en met 52',
  },
] as const satisfies readonly IngebouwdeRegel[];

/** The names of the built-ins written as an `Ingebouwd` node. */
export type IngebouwdNaam = Extract<(typeof INGEBOUWDE)[number], { readonly vorm: 'Ingebouwd' }>['naam'];

/** The typed variant of a built-in use, as the checker resolved it. */
export type IngebouwdVariant = (typeof INGEBOUWDE)[number]['variant'];

/** The variants written as one AST node (`LijstOp`, `Afronding`, `Ingebouwd`). */
export type VariantVan<V extends IngebouwdeRegel['vorm']> = Extract<(typeof INGEBOUWDE)[number], { readonly vorm: V }>['variant'];

/** The row of each variant. */
export const INGEBOUWDE_REGEL: Readonly<Record<IngebouwdVariant, IngebouwdeRegel>> = Object.fromEntries(INGEBOUWDE.map((r) => [r.variant, r])) as unknown as Record<IngebouwdVariant, IngebouwdeRegel>;

function zoek(vorm: IngebouwdeRegel['vorm'], naam: string, eenheden: readonly string[]): string | null {
  const rijen: readonly IngebouwdeRegel[] = INGEBOUWDE;
  const r = rijen.find((x) => x.vorm === vorm && x.naam === naam && x.argumenten.length === eenheden.length
    && x.argumenten.every((a, i) => a === '*' || a === eenheden[i]));
  return r ? r.variant : null;
}

/** The variant of a list operation on elements of unit `element` (for `som` the unit of its result). */
export function lijstOpVariant(op: string, element: string): VariantVan<'LijstOp'> | null {
  return zoek('LijstOp', op, [element]) as VariantVan<'LijstOp'> | null;
}

/** The variant of `X afgerond op ...` for X of unit `soort`. */
export function afrondingVariant(soort: string): VariantVan<'Afronding'> | null {
  return zoek('Afronding', 'afgerond', [soort]) as VariantVan<'Afronding'> | null;
}

/** The variant and result type of an `Ingebouwd` node on arguments of these types, or null (RW2003). */
export function ingebouwdeRegel(naam: IngebouwdNaam, argumenten: readonly Type[]): { readonly variant: VariantVan<'Ingebouwd'>; readonly type: Type } | null {
  const variant = zoek('Ingebouwd', naam, argumenten.map((t) => t.soort)) as VariantVan<'Ingebouwd'> | null;
  if (variant === null) return null;
  const regel = INGEBOUWDE_REGEL[variant as IngebouwdVariant];
  const uitkomst = regel.uitkomst;
  if (regel.geheel) return { variant, type: regel.lijst ? lijstVan({ soort: 'getal', geheel: true }) : { soort: 'getal', geheel: true } };
  return { variant, type: uitkomst === '*' ? argumenten[0]! : T[uitkomst] };
}

/** The variant the checker recorded for `e` (`Gecontroleerd.ingebouwden`); a missing one is an internal error. */
export function ingebouwdVariant<E extends { readonly kind: string }, K extends IngebouwdeRegel['vorm']>(ingebouwden: ReadonlyMap<E, IngebouwdVariant>, e: E & { readonly kind: K }): VariantVan<K> {
  const v = ingebouwden.get(e);
  if (v === undefined || INGEBOUWDE_REGEL[v].vorm !== e.kind) throw new Error(`interne fout: ingebouwde bewerking '${e.kind}' niet opgelost`);
  return v as unknown as VariantVan<K>;
}
