// Which input objects the fast path accepts: exactly those the exact path
// accepts (runtime/json-codec.ts leesVelden: own enumerable string keys must all be declared, a
// field is read only when it is the object's own). The fast path counted for-in keys, which
// skip non-enumerable own properties and include enumerable ones of a polluted
// Object.prototype, and read fields through the prototype: it answered where the exact path
// refused. Objects drawn here carry non-enumerable own properties, symbol keys, getters, extra
// keys, arrays in place of objects, a null prototype, and Object.prototype polluted for the
// evaluation (removed in `finally`); on the input itself and on a record inside it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { gecompileerd } from '../opzet/mappen.js';
import fc from 'fast-check';
import { join } from 'node:path';
import { laad } from '../../language/index.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { vang } from './beide-engines.js';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = Number(process.env.REGELWERK_RUNS ?? 1500);

const POLICY = `regeling vormen
soort persoon is gegevens { leeftijd: getal, naam: tekst of leeg }
invoer a: bedrag
invoer b: getal of leeg
invoer p: persoon
invoer l: lijst van persoon
uitvoer s: bedrag
uitvoer t: getal
regel s is a * 2
regel t is (als b is leeg dan 0 anders b) + p.leeftijd + aantal l
`;

let g: Gecontroleerd;
let module: GecompileerdeModule;

beforeAll(async () => {
  const r = laad(POLICY, 'vormen.regel');
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  g = r.gecontroleerd;
  module = (await gecompileerd('snel-invoer', [{ g, bestand: 'vormen.regel' }]))[0]!.module;
}, 120_000);

const NAMEN = ['a', 'b', 'p', 'l', 'leeftijd', 'naam', 'extra', 'constructor', 'toString', 'parameters'];
const WAARDEN = fc.constantFrom<unknown>(1, 2.5, 0, 'x', null, undefined, true, [], {}, { leeftijd: 3 });

/** One change to an object: what the exact path reads through Object.keys and Object.hasOwn. */
type Ingreep =
  | { soort: 'verborgen'; naam: string; waarde: unknown } // non-enumerable own property
  | { soort: 'verwijder'; naam: string }
  | { soort: 'extra'; naam: string; waarde: unknown }
  | { soort: 'symbool'; waarde: unknown }
  | { soort: 'getter'; naam: string; waarde: unknown }
  | { soort: 'zonderPrototype' }
  | { soort: 'alsLijst' };

const INGREEP: fc.Arbitrary<Ingreep> = fc.oneof(
  fc.record({ soort: fc.constant('verborgen' as const), naam: fc.constantFrom(...NAMEN), waarde: WAARDEN }),
  fc.record({ soort: fc.constant('verwijder' as const), naam: fc.constantFrom(...NAMEN) }),
  fc.record({ soort: fc.constant('extra' as const), naam: fc.constantFrom(...NAMEN), waarde: WAARDEN }),
  fc.record({ soort: fc.constant('symbool' as const), waarde: WAARDEN }),
  fc.record({ soort: fc.constant('getter' as const), naam: fc.constantFrom(...NAMEN), waarde: WAARDEN }),
  fc.constant({ soort: 'zonderPrototype' as const }),
  fc.constant({ soort: 'alsLijst' as const }),
);

function pasToe(o: Record<string, unknown>, ingrepen: readonly Ingreep[]): unknown {
  let uit: Record<string, unknown> = { ...o };
  for (const i of ingrepen) {
    switch (i.soort) {
      case 'verborgen': Object.defineProperty(uit, i.naam, { value: i.waarde, enumerable: false, configurable: true, writable: true }); break;
      case 'verwijder': delete uit[i.naam]; break;
      case 'extra': Object.defineProperty(uit, i.naam, { value: i.waarde, enumerable: true, configurable: true, writable: true }); break;
      case 'symbool': (uit as Record<symbol, unknown>)[Symbol('s')] = i.waarde; break;
      case 'getter': { const w = i.waarde; Object.defineProperty(uit, i.naam, { get: () => w, enumerable: true, configurable: true }); break; }
      case 'zonderPrototype': uit = Object.assign(Object.create(null) as Record<string, unknown>, uit); break;
      case 'alsLijst': return Object.assign([], uit);
    }
  }
  return uit;
}

const GEVAL = fc.record({
  a: fc.constantFrom(0, 1.5, 10),
  b: fc.constantFrom<unknown>(null, 3, undefined),
  leeftijd: fc.constantFrom(18, 40),
  buiten: fc.array(INGREEP, { maxLength: 3 }),
  binnen: fc.array(INGREEP, { maxLength: 3 }),
  inLijst: fc.boolean(),
  // Object.prototype polluted during the evaluation: an enumerable field, declared or not
  vervuiling: fc.option(fc.record({ naam: fc.constantFrom(...NAMEN), waarde: WAARDEN }), { nil: null }),
});

function uitkomst(f: () => unknown): { ok: true; json: string } | { ok: false; soort: string } {
  try {
    return { ok: true, json: JSON.stringify(f()) };
  } catch (x) {
    const soort = (x as { soort?: unknown }).soort;
    if (typeof soort !== 'string') throw x;
    return { ok: false, soort };
  }
}

describe('het snelle pad neemt precies de invoer aan die het exacte pad aanneemt', () => {
  it(`objecten met verborgen, geërfde, symbolische en extra velden (${RUNS} gevallen)`, () => {
    let snel = 0, geweigerd = 0;
    fc.assert(fc.property(GEVAL, (c) => {
      const persoon = pasToe({ leeftijd: c.leeftijd, naam: 'x' }, c.binnen);
      const basis: Record<string, unknown> = { a: c.a, p: c.inLijst ? { leeftijd: 1 } : persoon, l: c.inLijst ? [persoon] : [] };
      if (c.b !== undefined) basis.b = c.b;
      const invoer = pasToe(basis, c.buiten);
      const opties = { peildatum: '2026-01-01' };
      const proto = Object.prototype as Record<string, unknown>;
      const had = c.vervuiling !== null && Object.hasOwn(proto, c.vervuiling.naam);
      if (c.vervuiling && !had) proto[c.vervuiling.naam] = c.vervuiling.waarde;
      try {
        const exact = uitkomst(() => module.evalueerExact(invoer, opties));
        const s = module.evalueerSnel(invoer, opties);
        if (s !== undefined) {
          snel++;
          expect(exact).toEqual({ ok: true, json: JSON.stringify(s) });
        }
        if (!exact.ok) geweigerd++;
        // and the interpreter reads the input as the compiled module does
        const i = vang(() => evalueer(g, invoer, opties));
        expect(i.ok ? { ok: true, json: JSON.stringify(i.uitvoer) } : { ok: false, soort: i.soort }).toEqual(exact);
      } finally {
        if (c.vervuiling && !had) delete proto[c.vervuiling.naam];
      }
    }), { numRuns: RUNS });
    // both kinds of case were drawn: the fast path answered, and the exact path refused
    expect(snel).toBeGreaterThan(RUNS / 20);
    expect(geweigerd).toBeGreaterThan(RUNS / 20);
  });

  it('de gevallen uit de melding', () => {
    const opties = { peildatum: '2026-01-01' };
    const geldig = (): Record<string, unknown> => ({ a: 1, p: { leeftijd: 18 }, l: [] });
    // a required field only on a polluted Object.prototype
    const proto = Object.prototype as Record<string, unknown>;
    proto.a = 1;
    try {
      const zonderA = geldig();
      delete zonderA.a;
      expect(module.evalueerSnel(zonderA, opties)).toBeUndefined();
      expect(() => module.evalueerExact(zonderA, opties)).toThrow(/ontbreekt/);
    } finally {
      delete proto.a;
    }
    // a declared field non-enumerable, an undeclared one enumerable: the counts matched
    const verborgen = geldig();
    delete verborgen.a;
    Object.defineProperty(verborgen, 'a', { value: 1, enumerable: false });
    verborgen.extra = 1;
    expect(module.evalueerSnel(verborgen, opties)).toBeUndefined();
    expect(() => module.evalueerExact(verborgen, opties)).toThrow(/onbekende invoer/);
    // `parameters: null` (here also what a polluted prototype gives) is no override in both engines
    const zonder = { peildatum: '2026-01-01', parameters: null } as unknown as { peildatum: string };
    expect(evalueer(g, geldig(), zonder).uitvoer).toEqual(module.evalueerExact(geldig(), zonder));
  });
});
