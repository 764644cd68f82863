// The JSON Schema of every policy against the engines' own JSON reader, with ajv as the validator a
// caller would use: on the policy's examples, its example files, random valid input and random
// input broken in one place (a wrong type, a field missing or extra, a number out of range or with
// a third decimal, a date that does not exist), the schema accepts exactly what the reader accepts.
// The listed exceptions, where the schema accepts more: `eis` clauses (named in the description),
// an amount as a JSON number with more than two decimals, the range of a duration and a duration
// whose parts add up beyond 2^53 - 1 (both named in the description too). Every output of a valid input meets the output schema.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ajvVoor } from './ajv.js';
import type { ValidateFunction } from 'ajv';
import { laad } from '../../../language/index.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { mapLader, stdlibLader } from '../../../compiler/node/modules.js';
import { jsonSchema } from '../../../compiler/schema/schema.js';
import { invoerArbitrary, ruweInvoerArbitrary, peildatumBuitenGeldigheid } from '../../../compiler/analysis/arbitraries.js';
import { leesInvoerJson } from '../../../compiler/interpreter/waarde.js';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { voorbeeldInvoer } from '../../../compiler/interpreter/voorbeelden.js';
import { leesJsonTekst, schrijfJsonTekst } from '../../../runtime/json.js';
import { RegelwerkFout, RegelwerkInvoerFout } from '../../../runtime/fouten.js';

const ROOT = join(import.meta.dirname, '../../..');
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();
const RUNS = Number(process.env.REGELWERK_RUNS ?? 300);
const PEILDATUM = '2026-01-01';

interface Geladen {
  readonly g: Gecontroleerd;
  readonly invoer: ValidateFunction;
  readonly uitvoer: ValidateFunction;
  readonly tekst: string;
}
const geladen = new Map<string, Geladen>();

/** Every type and range the language has, in one policy, with nesting the shipped policies lack. */
const ALLE_TYPEN = `regeling AlleTypen
  bron "toets"

soort Post is gegevens { prijs: bedrag ten minste € 0, stuks: geheel getal van 1 tot en met 10, notitie: tekst of leeg, wacht: duur of leeg }

invoer a: geheel getal van -5 tot en met 120
invoer b: percentage van 0% tot 100%
invoer c: bedrag groter dan € -2,5
invoer d: getal groter dan 0 en ten hoogste 40
invoer e: duur ten minste 0 dagen
invoer f: getal kleiner dan -1,5
invoer posten: lijst van Post
invoer reeksen: lijst van lijst van datum of leeg
invoer kz: keuze x, y, z of leeg
invoer vlag: ja/nee

uitvoer u: ja/nee
uitvoer totaal: bedrag

regel u is a > 1 en b > 1% en c > € 1 en d > 1 en e = 1 dag en f < 0 en vlag
regel totaal is som van posten.prijs
`;

beforeAll(() => {
  const ajv = ajvVoor();
  for (const f of POLICIES) {
    const tekst = readFileSync(join(ROOT, 'policies', f), 'utf8');
    const r = laad(tekst, join(ROOT, 'policies', f), stdlibLader, mapLader());
    if (!r.ok) throw new Error(`${f} laadt niet`);
    const s = jsonSchema(r.gecontroleerd, tekst);
    geladen.set(f, { g: r.gecontroleerd, invoer: ajv.compile(s.invoer), uitvoer: ajv.compile(s.uitvoer), tekst });
  }
  const r = laad(ALLE_TYPEN, 'alle-typen.regel', stdlibLader);
  if (!r.ok) throw new Error(`alle-typen.regel laadt niet: ${r.diagnosen.map((d) => d.melding).join('; ')}`);
  const s = jsonSchema(r.gecontroleerd, ALLE_TYPEN);
  geladen.set('alle-typen.regel', { g: r.gecontroleerd, invoer: ajv.compile(s.invoer), uitvoer: ajv.compile(s.uitvoer), tekst: ALLE_TYPEN });
});

/** What the engines' reader says of a JSON text (types, ranges, fields; not the `eis` clauses): null or the reason. */
function lezer(g: Gecontroleerd, tekst: string): string | null {
  try {
    leesInvoerJson(leesJsonTekst(tekst), g.invoer);
    return null;
  } catch (x) {
    if (x instanceof RegelwerkInvoerFout) return x.message;
    throw x;
  }
}

/** The exceptions, where the schema may accept what the reader refuses; each one named in the schema. */
const UITZONDERINGEN = [
  /hoogstens 2 decimalen/,
  /een duur van -?\d+ (maanden|dagen) is te groot/,
  // the range of a duration: its parts are compared after adding up (12 maanden per jaar, 7 dagen per week)
  /moet .* zijn( \(bereik .*\))?, maar kreeg -?\d+ (dag|dagen|maand|maanden)( en -?\d+ (dag|dagen))?$/,
];

/** The schema and the reader agree on one JSON text, up to the listed exceptions. */
function eens(x: Geladen, tekst: string): { schema: boolean; lezer: string | null } {
  const schema = x.invoer(JSON.parse(tekst));
  const reden = lezer(x.g, tekst);
  if (schema !== (reden === null)) {
    const toegestaan = schema && reden !== null && UITZONDERINGEN.some((u) => u.test(reden));
    if (!toegestaan) {
      throw new Error(`schema ${schema ? 'aanvaardt' : 'weigert'} wat de regeling ${reden === null ? 'aanvaardt' : `weigert (${reden})`}: ${tekst}\najv: ${JSON.stringify(x.invoer.errors)}`);
    }
  }
  return { schema, lezer: reden };
}

/** Every place in a JSON value: its path (keys and positions) and the value there. */
function plekken(x: unknown, pad: (string | number)[] = []): { pad: (string | number)[]; waarde: unknown }[] {
  const uit = [{ pad, waarde: x }];
  if (Array.isArray(x)) x.forEach((y, i) => uit.push(...plekken(y, [...pad, i])));
  else if (typeof x === 'object' && x !== null) for (const [k, y] of Object.entries(x)) uit.push(...plekken(y, [...pad, k]));
  return uit;
}

const VERVANGERS: readonly unknown[] = [
  null, true, 'x', '', 0, -1, 1, 1.5, -0.01, 100, 100.01, 1e15, 1e300, 9007199254740993, 0.29, 1.005,
  [], {}, [1], { dagen: 1.5 }, { weken: 2 }, { jaren: 1, dagen: -3 }, { maanden: 9007199254740991, jaren: 1 },
  '2025-02-29', '2024-02-29', '0000-01-01', '0001-01-01', '9999-12-31', '2025-13-01', '2025-2-3', '12025-01-01',
  'scholier', 'ib-ondernemer', 'inlener',
];

type Breuk =
  | { readonly kind: 'vervang'; readonly waarde: unknown }
  | { readonly kind: 'weg' }
  | { readonly kind: 'extra' }
  | { readonly kind: 'decimalen'; readonly plus: number }
  | { readonly kind: 'grens'; readonly factor: number };

const breukArb: fc.Arbitrary<Breuk> = fc.oneof(
  fc.constantFrom(...VERVANGERS).map((waarde): Breuk => ({ kind: 'vervang', waarde })),
  fc.constant<Breuk>({ kind: 'weg' }),
  fc.constant<Breuk>({ kind: 'extra' }),
  fc.constantFrom(0.001, 0.005, 0.011, 0.1).map((plus): Breuk => ({ kind: 'decimalen', plus })),
  fc.constantFrom(-1, 0, 0.5, 1.5, 1000).map((factor): Breuk => ({ kind: 'grens', factor })),
);

/** The input with one place broken; a place that the break does not fit (a number for `weg` at the top) stays. */
function breek(invoer: unknown, plek: { pad: (string | number)[]; waarde: unknown }, b: Breuk): unknown {
  const kopie: unknown = JSON.parse(JSON.stringify(invoer));
  const ouderPad = plek.pad.slice(0, -1);
  const laatste = plek.pad[plek.pad.length - 1];
  let ouder: unknown = kopie;
  for (const k of ouderPad) ouder = (ouder as Record<string | number, unknown>)[k];
  const zet = (w: unknown): unknown => {
    if (laatste === undefined) return w;
    (ouder as Record<string | number, unknown>)[laatste] = w;
    return kopie;
  };
  const hier = laatste === undefined ? kopie : (ouder as Record<string | number, unknown>)[laatste];
  switch (b.kind) {
    case 'vervang': return zet(b.waarde);
    case 'weg':
      if (laatste === undefined) return kopie;
      if (Array.isArray(ouder)) ouder.splice(laatste as number, 1);
      else delete (ouder as Record<string, unknown>)[laatste];
      return kopie;
    case 'extra':
      if (typeof hier === 'object' && hier !== null && !Array.isArray(hier)) (hier as Record<string, unknown>).onbekendVeld = 1;
      else if (Array.isArray(hier)) hier.push(hier[0] ?? null);
      return kopie;
    case 'decimalen': return typeof hier === 'number' ? zet(Number((hier + b.plus).toFixed(3))) : kopie;
    case 'grens': return typeof hier === 'number' ? zet(hier === 0 ? b.factor - 1 : hier * b.factor) : kopie;
  }
}

describe.each([...POLICIES, 'alle-typen.regel'])('het JSON Schema aanvaardt wat de regeling aanvaardt: %s', (bestand) => {
  it('de voorbeelden en het voorbeeldbestand', () => {
    const x = geladen.get(bestand)!;
    for (const v of x.g.voorbeelden) {
      const { invoer } = voorbeeldInvoer(x.g, v);
      const uitkomst = eens(x, schrijfJsonTekst(invoer));
      // an example that is not meant to fail has valid input
      if (!v.verwachtFout) expect(uitkomst.schema, v.naam).toBe(true);
    }
    const naam = bestand.replace(/\.regel$/, '');
    for (const f of readdirSync(join(ROOT, 'policies/voorbeelden')).filter(() => POLICIES.includes(bestand)).filter((f) => f === `${naam}.json` || f.startsWith(`${naam}-`))) {
      const json: unknown = leesJsonTekst(readFileSync(join(ROOT, 'policies/voorbeelden', f), 'utf8'));
      for (const geval of Array.isArray(json) ? json : [json]) expect(eens(x, schrijfJsonTekst(geval)).schema, f).toBe(true);
    }
  });

  it(`willekeurige geldige invoer, en haar uitvoer past op het uitvoerschema (${RUNS} gevallen)`, () => {
    const x = geladen.get(bestand)!;
    if (peildatumBuitenGeldigheid(x.g, PEILDATUM)) return;
    fc.assert(fc.property(invoerArbitrary(x.g, { peildatum: PEILDATUM }), (invoer) => {
      const tekst = JSON.stringify(invoer);
      expect(eens(x, tekst)).toEqual({ schema: true, lezer: null });
      let uitvoer: unknown;
      try {
        uitvoer = evalueer(x.g, leesJsonTekst(tekst), { peildatum: PEILDATUM }).uitvoer;
      } catch (f) {
        if (f instanceof RegelwerkFout) return;
        throw f;
      }
      const ok = x.uitvoer(JSON.parse(JSON.stringify(uitvoer)));
      if (!ok) throw new Error(`uitvoer past niet op het schema: ${JSON.stringify(uitvoer)}\n${JSON.stringify(x.uitvoer.errors)}`);
    }), { numRuns: RUNS });
  });

  it(`willekeurige invoer op één plek gebroken (${RUNS * 4} gevallen)`, () => {
    const x = geladen.get(bestand)!;
    const arb = ruweInvoerArbitrary(x.g, { peildatum: PEILDATUM }).chain((invoer) => {
      const p = plekken(invoer);
      return fc.tuple(fc.constant(invoer), fc.constantFrom(...p), breukArb);
    });
    let geweigerd = 0;
    fc.assert(fc.property(arb, ([invoer, plek, b]) => {
      if (!eens(x, JSON.stringify(breek(invoer, plek, b))).schema) geweigerd++;
    }), { numRuns: RUNS * 4 });
    // the breaks do break: most inputs broken in one place are refused by both
    expect(geweigerd).toBeGreaterThan(RUNS);
  });
});

describe('de keuzes van het schema', () => {
  it('multipleOf 0.01 weigert een geldig bedrag: daarom staan de centen in de beschrijving', () => {
    const ajv = ajvVoor();
    const centen = ajv.compile({ type: 'number', multipleOf: 0.01 });
    expect(centen(0.29)).toBe(false);
    expect(lezer(geladen.get('aov-zelfstandigen.regel')!.g, JSON.stringify({ ...voorbeeld('aov-zelfstandigen.regel'), jaarinkomen: 0.29 }))).toBeNull();
  });

  it('elk bedrag in de invoer noemt de centen, elke eis staat in de beschrijving', () => {
    const x = geladen.get('ketenbepaling.regel')!;
    const s = JSON.stringify(jsonSchema(x.g, x.tekst).invoer);
    expect(s).toContain('eis einde is ten minste begin');
    expect(s).toContain('eis aantal contracten is groter dan 0');
    const r = geladen.get('reintegratie-kleine-werkgevers.regel')!;
    const t = jsonSchema(r.g, r.tekst).invoer as { properties: Record<string, { description: string }> };
    expect(t.properties.gemiddeldPremieloon!.description).toMatch(/eis gemiddeldPremieloon is groter dan € 0.*hoogstens 2 decimalen/s);
  });

  it('een datum in het jaar 0000 bestaat niet, ook niet voor het schema', () => {
    const x = geladen.get('reintegratie-kleine-werkgevers.regel')!;
    const invoer = { ...voorbeeld('reintegratie-kleine-werkgevers.regel'), eersteZiektedag: '0000-06-01' };
    expect(eens(x, JSON.stringify(invoer))).toMatchObject({ schema: false });
  });
});

/** The first example's input of a policy, as plain JSON. */
function voorbeeld(bestand: string): Record<string, unknown> {
  const x = geladen.get(bestand)!;
  return JSON.parse(schrijfJsonTekst(voorbeeldInvoer(x.g, x.g.voorbeelden[0]!).invoer)) as Record<string, unknown>;
}
