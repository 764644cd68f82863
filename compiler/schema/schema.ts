// A policy's JSON contract as JSON Schema 2020-12: what `regelwerk schema` prints and what the
// decision service's OpenAPI document is built from. One walk over the declared types, the same
// walk the engines' JSON reader (runtime/json-codec.ts) makes, so the schema accepts what the
// engines accept. Where JSON Schema cannot say what the engines check (an `eis`, the cents of an
// amount written as a JSON number, the sum of a duration's parts), the schema accepts more and
// names the check in the description: it never refuses an input the engines accept.
import type { Gecontroleerd } from '../../language/checker.js';
import type * as A from '../../language/ast.js';
import { EENHEDEN } from '../../runtime/duur.js';
import { type Grens, type Type, schrijfType } from '../../runtime/typen.js';

export type JsonSchema = { readonly [sleutel: string]: unknown };

/** The largest whole number a part of a duration may have in JSON (runtime/json.ts geheelUitJson). */
const GROOTSTE_DEEL = Number.MAX_SAFE_INTEGER;

/**
 * A date as the engines read it: four digits for the year, 0001 to 9999 (`format: date` alone
 * lets year 0000 through), then month and day; `format: date` checks that the day exists.
 */
export const DATUM_PATROON = '^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/**
 * The cents of an amount as a JSON number: the engines read the digits as written and refuse a
 * third decimal. JSON Schema sees a double, on which `multipleOf: 0.01` refuses 0.29 (0.29 / 0.01
 * is 28.999999999999996), so the rule is stated here instead of in a keyword.
 */
export const CENTEN_TEKST = 'hoogstens 2 decimalen (hele centen): de regeling toetst dat zelf, want JSON Schema kan het op een getal niet zonder afrondingsfouten uitdrukken';

/** Input or output: an input may leave out a field that may be leeg; an output always has every field. */
type Richting = 'invoer' | 'uitvoer';

/** Where the text of an `eis` comes from: the policy's own source, for a clause without a melding. */
interface Context {
  readonly g: Gecontroleerd;
  readonly tekst: string | undefined;
  readonly richting: Richting;
}

/** An `eis` clause as the drafter wrote it (with its melding), or its melding alone without the source. */
function eisTekst(e: A.Eis, c: Context): string {
  const bron = c.tekst?.slice(e.plek.offset, e.plek.eind).replace(/\s+/g, ' ').trim();
  if (bron && bron.startsWith('eis ')) return bron;
  return e.melding ? `eis met melding "${e.melding}"` : 'een eis';
}

/** The `eis` clauses of this file's declarations: the source text of a soort declared elsewhere is not at hand. */
function eisen(eisLijst: readonly A.Eis[], c: Context, naam: string | undefined): string[] {
  const eigen = naam === undefined || c.g.bestand.declaraties.some((d) => d.kind === 'Soort' && d.naam === naam);
  return eisLijst.map((e) => eisTekst(e, eigen ? c : { ...c, tekst: undefined }));
}

/** Text for a description: the parts that are there, one sentence each. */
function beschrijving(...delen: (string | null | undefined | false)[]): string | undefined {
  const d = delen.filter((x): x is string => typeof x === 'string' && x !== '');
  return d.length === 0 ? undefined : d.join(' ');
}

/** A bound of a range as the JSON number the engines compare with (the drafter's unit). */
function grens(g: Grens): number {
  return Number(g.waarde);
}

/** minimum/maximum (or their exclusive forms) of a numeric type. */
function bereik(t: Type & { readonly min?: Grens; readonly max?: Grens }): Record<string, number> {
  const uit: Record<string, number> = {};
  if (t.min) uit[t.min.inclusief ? 'minimum' : 'exclusiveMinimum'] = grens(t.min);
  if (t.max) uit[t.max.inclusief ? 'maximum' : 'exclusiveMaximum'] = grens(t.max);
  return uit;
}

/** A duration as an object of whole units; its range and the sum of its parts are the engines' to check. */
function duurSchema(t: Type & { readonly soort: 'duur' }, c: Context): Record<string, unknown> {
  const deel = { type: 'integer', minimum: -GROOTSTE_DEEL, maximum: GROOTSTE_DEEL };
  const properties = Object.fromEntries(
    (c.richting === 'invoer' ? EENHEDEN.map((e) => e.meervoud) : ['maanden', 'dagen']).map((k) => [k, deel]),
  );
  const b = t.min || t.max ? `Bereik ${schrijfType(t).replace(/^duur /, '')}: de regeling toetst dat zelf.` : null;
  const som = c.richting === 'invoer' ? `Een duur in hele ${EENHEDEN.map((e) => e.meervoud).join(', ')}; de regeling toetst ook dat maanden en dagen samen niet groter worden dan ${GROOTSTE_DEEL}.` : 'Een duur in hele maanden en dagen.';
  return { type: 'object', properties, additionalProperties: false, minProperties: 1, description: beschrijving(som, b) };
}

/** The schema of one value of type `t`, with `extra` description text (a bron, eis clauses). */
function typeSchema(t: Type, c: Context, extra: string | undefined): Record<string, unknown> {
  const metBeschrijving = (s: Record<string, unknown>, eigen?: string): Record<string, unknown> => {
    const d = beschrijving(extra, eigen, typeof s.description === 'string' ? s.description : undefined);
    return d ? { ...s, description: d } : s;
  };
  switch (t.soort) {
    case 'ja/nee': return metBeschrijving({ type: 'boolean' });
    case 'tekst': return metBeschrijving({ type: 'string' });
    case 'datum': return metBeschrijving({ type: 'string', format: 'date', pattern: DATUM_PATROON }, 'Een datum JJJJ-MM-DD, jaar 0001 tot en met 9999.');
    case 'getal':
      return metBeschrijving({ type: t.geheel ? 'integer' : 'number', ...bereik(t) }, `Een ${schrijfType(t)}.`);
    case 'percentage':
      return metBeschrijving({ type: 'number', ...bereik(t) }, `Een ${schrijfType(t)}; 20 betekent 20%.`);
    case 'bedrag':
      return metBeschrijving({ type: 'number', ...bereik(t) }, `Een ${schrijfType(t)} in euro, ${c.richting === 'invoer' ? CENTEN_TEKST : 'in hele centen'}.`);
    case 'duur': return metBeschrijving(duurSchema(t, c));
    case 'keuze': return metBeschrijving({ ...(t.naam ? { title: t.naam } : {}), type: 'string', enum: [...t.waarden] });
    case 'gegevens': {
      const eis = c.richting === 'invoer' && t.naam ? eisen(c.g.soortEisen.get(t.naam) ?? [], c, t.naam) : [];
      return metBeschrijving(
        { ...(t.naam ? { title: t.naam } : {}), ...objectSchema(t.velden.map((v) => ({ naam: v.naam, type: v.type, beschrijving: undefined })), c) },
        eis.length > 0 ? `Niet in dit schema, wel getoetst: ${eis.join('; ')}.` : undefined,
      );
    }
    case 'lijst': {
      const eis = c.richting === 'invoer' && t.naam ? eisen(c.g.soortEisen.get(t.naam) ?? [], c, t.naam) : [];
      return metBeschrijving(
        { ...(t.naam ? { title: t.naam } : {}), type: 'array', items: typeSchema(t.element, c, undefined) },
        eis.length > 0 ? `Niet in dit schema, wel getoetst: ${eis.join('; ')}.` : undefined,
      );
    }
    case 'leegbaar': {
      const binnen = typeSchema(t.type, c, undefined);
      return metBeschrijving({ anyOf: [binnen, { type: 'null' }] }, 'Mag leeg zijn (null).');
    }
    case 'leeg': case 'niets': case 'fout': case 'tupel':
      // The checker's own types: no declared input or output has them.
      throw new Error(`het type ${schrijfType(t)} komt niet voor in een invoer of uitvoer`);
    default: {
      const _never: never = t;
      return _never;
    }
  }
}

/** An object with the given fields: every field that may not be leeg is required (for an output: every field). */
function objectSchema(velden: readonly { naam: string; type: Type; beschrijving: string | undefined }[], c: Context): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const v of velden) {
    // defineProperty: a field named __proto__ is an ordinary key of the schema too
    Object.defineProperty(properties, v.naam, { value: typeSchema(v.type, c, v.beschrijving), enumerable: true, writable: true, configurable: true });
  }
  const required = velden.filter((v) => c.richting === 'uitvoer' || v.type.soort !== 'leegbaar').map((v) => v.naam);
  return { type: 'object', properties, required, additionalProperties: false };
}

/** The description of an input or output field: its bron, and for an input the `eis` clauses named. */
function veldBeschrijving(bron: string | null, eisLijst: readonly A.Eis[], c: Context): string | undefined {
  const eis = eisen(eisLijst, c, undefined);
  return beschrijving(bron ? `Bron: ${bron}.` : null, eis.length > 0 ? `Niet in dit schema, wel getoetst: ${eis.join('; ')}.` : null);
}

/**
 * The JSON Schema (2020-12) of a checked policy's input and output. `tekst`, the policy's source,
 * lets an `eis` without a melding be named by its condition; without it, the melding alone.
 */
export function jsonSchema(g: Gecontroleerd, tekst?: string): { invoer: JsonSchema; uitvoer: JsonSchema } {
  const kop = (richting: Richting): Record<string, unknown> => ({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `${g.naam}: ${richting}`,
    ...(g.bron ? { description: `Bron: ${g.bron}.` } : {}),
  });
  const invoerContext: Context = { g, tekst, richting: 'invoer' };
  const uitvoerContext: Context = { g, tekst, richting: 'uitvoer' };
  return {
    invoer: { ...kop('invoer'), ...objectSchema(g.invoer.map((i) => ({ naam: i.naam, type: i.type, beschrijving: veldBeschrijving(i.bron, i.eisen, invoerContext) })), invoerContext) },
    uitvoer: { ...kop('uitvoer'), ...objectSchema(g.uitvoer.map((u) => ({ naam: u.naam, type: u.type, beschrijving: veldBeschrijving(u.bron, [], uitvoerContext) })), uitvoerContext) },
  };
}

