// Edge values through both engines: JSON TEXT with many digits, huge and tiny exponents, amounts
// around 7e13..9e15 and with 3+ decimals, percentages like 19.9999999999999999, dates at the
// year 1 / 9999 boundaries, duplicate keys and BOMs. Read by the exact reader (as the CLI does),
// then the interpreter and the compiled module must give identical outputs, explanations, and
// error kinds and messages. Plus one test per disagreement once found between the engines.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { laad } from '../../language/index.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { JsonFout, leesJsonTekst, isExactGetal } from '../../runtime/json.js';
import { draaiVoorbeelden } from '../../compiler/interpreter/voorbeelden.js';
import * as G from '../../runtime/getal.js';
import { type Uitkomst, vang } from './beide-engines.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { gecompileerd } from '../opzet/mappen.js';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = Math.max(300, Number(process.env.REGELWERK_RUNS ?? 2000) / 4);

const INVOER = `
invoer g: getal
invoer b: bedrag
invoer p: percentage
invoer d: datum
invoer u: duur
`;

/** One output per policy, so an error in one output does not hide the others. */
const POLICIES: Record<string, string> = {
  kwadraat: 'uitvoer x: getal\nregel x is g * g\n',
  klein: 'uitvoer x: getal\nregel x is g / 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000\n',
  bedrag: 'uitvoer x: bedrag\nregel x is b * 1000\n',
  bedragZelf: 'uitvoer x: bedrag\nregel x is b\n',
  premie: 'uitvoer x: bedrag\nregel x is p van b afgerond op centen naar beneden\n',
  onderGrens: 'parameter grens: percentage is 20%\nuitvoer x: ja/nee\nregel x is p is kleiner dan grens\n',
  percentage: 'uitvoer x: percentage\nregel x is p\n',
  datum: 'uitvoer x: datum\nregel x is d + u\n',
  datumMin: 'uitvoer x: datum\nregel x is d - u\n',
  fijn: 'uitvoer x: getal\nregel x is g / 3 afgerond op 25 decimalen\n',
  fijnBedrag: 'uitvoer x: bedrag\nregel x is b / 3 afgerond op 25 decimalen\n',
  dagen: 'uitvoer x: datum\nregel x is d + g dagen\n',
  keer: 'uitvoer x: duur\nregel x is u * g\n',
};

const geladen = new Map<string, { g: Gecontroleerd; m: GecompileerdeModule }>();

async function laadAlles(bronnen: Record<string, string>, voorvoegsel: string): Promise<void> {
  const policies = Object.entries(bronnen).map(([naam, bron]) => {
    const r = laad(`regeling T\n  bron "test"\n${bron}`, `${naam}.regel`, stdlibLader);
    expect(r.diagnosen.filter((d) => d.ernst === 'fout'), naam).toEqual([]);
    return { naam, g: r.gecontroleerd, bestand: `${voorvoegsel}${naam}.regel` };
  });
  const modules = await gecompileerd('randwaarden', policies);
  for (const [i, p] of policies.entries()) geladen.set(p.naam, { g: p.g, m: modules[i]!.module });
}

const ANDERE: Record<string, string> = {
  // the type's field order, not the literal's, in outputs, explanations and conflict messages
  volgorde: 'soort S is gegevens { a: getal, b: getal }\ninvoer x: getal\nuitvoer s: S\nuitvoer l: lijst van S\nregel s is { b: x, a: 1 }\nregel l is [{ b: 2, a: x }]\n',
  conflict: 'soort S is gegevens { a: getal, b: getal }\ninvoer x: getal\nuitvoer c: S\nregel c is { b: x, a: 1 }\n  uitzondering "een" indien x is groter dan 0 dan { b: 1, a: 2 }\n  uitzondering "twee" indien x is groter dan 0 dan { b: 2, a: 2 }\n',
  parameterEerst: 'parameter q: getal is 1\ninvoer x: getal\nuitvoer y: getal\nregel y is x * q\n',
  positie: 'invoer x: getal\nuitvoer y: getal\nregel y is [1, 2, 3][x]\n',
  parameterVolgorde: 'parameter p: gegevens { a: getal, b: tekst } is { b: "x", a: 1 }\ninvoer x: getal\nuitvoer y: getal\nregel y is p.a + x\n',
  recordIn: 'invoer r: gegevens { a: getal }\nuitvoer y: getal\nregel y is r.a\n',
  // amounts in conflict messages as in test output: € 2,50, not € 2,5; exact amounts keep their decimals
  conflictBedrag: 'invoer x: bedrag\nuitvoer c: bedrag\nregel c is x\n  uitzondering "een" indien x is groter dan € 0 dan € 2,5\n  uitzondering "twee" indien x is groter dan € 0 dan x / 1000\n',
  groot: 'invoer x: getal ten hoogste 100\nuitvoer y: getal\nregel y is x\n',
  halveDecimalen: 'invoer x: getal\nuitvoer y: getal\nregel y is x afgerond op 2,5 decimalen\n',
};

beforeAll(async () => {
  await laadAlles({ ...Object.fromEntries(Object.entries(POLICIES).map(([k, v]) => [k, INVOER + v])), ...ANDERE }, 'rw-');
}, 180_000);

function beide(naam: string, invoer: unknown, opties: Record<string, unknown> = { peildatum: '2026-01-01' }): Uitkomst {
  const { g, m } = geladen.get(naam)!;
  const a = vang(() => evalueer(g, invoer, opties));
  const b = vang(() => m.evalueerMetUitleg(invoer, opties));
  expect(b, naam).toEqual(a);
  // byte-identical, key order included (toEqual ignores the order of keys)
  expect(JSON.stringify(b), naam).toBe(JSON.stringify(a));
  return a;
}

const GELDIG = '{"g": 3, "b": 10.5, "p": 20, "d": "2026-01-31", "u": {"maanden": 1}}';

function met(veld: string, json: string): unknown {
  return leesJsonTekst(GELDIG.replace(new RegExp(`"${veld}": [^,}]+(})?`), `"${veld}": ${json}$1`));
}

describe('getallen uit JSON-tekst: exact, in beide engines', () => {
  it('19.9999999999999999 % is kleiner dan 20 %, niet gelijk', () => {
    const r = beide('onderGrens', met('p', '19.9999999999999999'));
    expect(r).toMatchObject({ ok: true, uitvoer: { x: true } });
    expect(beide('onderGrens', met('p', '20.0000000000000000'))).toMatchObject({ ok: true, uitvoer: { x: false } });
  });

  it('een bedrag met meer dan 2 decimalen is een invoerfout, ook als een double het niet ziet', () => {
    expect(beide('bedragZelf', met('b', '42500.0000000000001'))).toEqual({ ok: false, soort: 'invoer', melding: "ongeldige invoer bij 'b': een bedrag heeft hoogstens 2 decimalen (centen), maar kreeg 42500,0000000000001" });
    expect(beide('bedragZelf', met('b', '42500.00000000000000'))).toMatchObject({ ok: true, uitvoer: { x: 42500 } });
  });

  it('bedragen vanaf 7e13 worden op de cent gelezen; een JS-getal betekent String(x)', () => {
    // The double 82915698060083.09 prints as 82915698060083.1 (both decimals are the same
    // double); the compiled runtime read it as ...083,09 (Math.round(x * 100)), the interpreter
    // as ...083,10. Now both take String(x).
    for (const b of [82915698060083.09, 80751495736155.41, 70000000000000.01]) {
      const r = beide('bedragZelf', { g: 1, b, p: 1, d: '2026-01-01', u: { dagen: 1 } });
      expect(r, String(b)).toMatchObject({ ok: true, uitvoer: { x: Number(String(b)) } });
    }
    // As JSON text the digits are exact; ...083,09 cannot be written back as a JSON number.
    expect(beide('bedragZelf', met('b', '82915698060083.09'))).toMatchObject({ ok: false, soort: 'reken', melding: expect.stringContaining('op de cent') });
    expect(beide('premie', leesJsonTekst(GELDIG.replace('"p": 20', '"p": 50').replace('"b": 10.5', '"b": 82915698060083.09')))).toMatchObject({ ok: true, uitvoer: { x: 41457849030041.54 } });
  });
});

describe('voorbeelden geven hun getallen exact door', () => {
  it('gegeven p is 19,9999999999999999% komt niet als 20 % aan; verwachte gegevens in typevolgorde', () => {
    const r = laad(`regeling T\n  bron "test"\n${INVOER}soort S is gegevens { a: getal, b: getal }\nuitvoer onder: ja/nee\nuitvoer s: S\nregel onder is p is kleiner dan 20%\nregel s is { a: g, b: 1 }\n` +
      'voorbeeld "net onder"\n  gegeven\n    g is 2\n    b is € 1\n    p is 19,9999999999999999%\n    d is 2026-01-01\n    u is 1 dag\n  verwacht\n    onder is ja\n    s is { b: 1, a: 2 }\n', 'v.regel', stdlibLader);
    expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
    expect(draaiVoorbeelden(r.gecontroleerd)).toMatchObject([{ naam: 'net onder', geslaagd: true, verschillen: [] }]);
  });
});

describe('een exact getal waar een object hoort', () => {
  it('is een getal, geen object met een veld decimaal', () => {
    expect(beide('recordIn', leesJsonTekst('5'))).toEqual({ ok: false, soort: 'invoer', melding: 'ongeldige invoer: de invoer moet een JSON-object zijn' });
    expect(beide('recordIn', leesJsonTekst('{"r": 5}'))).toEqual({ ok: false, soort: 'invoer', melding: "ongeldige invoer bij 'r': verwacht een object met a, maar kreeg het getal 5" });
    const metDuur = (u: string): unknown => leesJsonTekst(`{"g": 1, "b": 1, "p": 1, "d": "2026-01-31", "u": ${u}}`);
    expect(beide('datum', metDuur('7'))).toEqual({ ok: false, soort: 'invoer', melding: `ongeldige invoer bij 'u': een duur moet een object zijn, bijvoorbeeld {"dagen": 7} of {"maanden": 3}` });
    expect(beide('datum', metDuur('{"dagen": 7.0}'))).toMatchObject({ ok: true, uitvoer: { x: '2026-02-07' } });
  });
});

describe('uitvoer die geen JSON-getal kan zijn: een rekenfout, gelijk in beide engines', () => {
  it('1e400 is geen null en 1e-400 geen 0', () => {
    expect(beide('kwadraat', met('g', '1e200'))).toEqual({ ok: false, soort: 'reken', melding: "uitvoer 'x': de waarde is te groot voor een JSON-getal (groter dan 1,8·10^308)" });
    expect(beide('klein', met('g', '1e-100'))).toMatchObject({ ok: false, soort: 'reken', melding: expect.stringContaining('te dicht bij nul') });
  });

  it('een groot bedrag: dezelfde (juiste) fout in beide engines', () => {
    // whole cents, but more than a double holds to the cent (it would print ...409,94)
    expect(beide('bedragZelf', met('b', '90071992547409.93'))).toEqual({ ok: false, soort: 'reken', melding: "uitvoer 'x': het bedrag € 90071992547409,93 is te groot om op de cent als JSON-getal te schrijven" });
    // beyond 2^53 cents but exact as a double: fine, and the same in both engines
    expect(beide('bedrag', met('b', '9000000000000.01'))).toMatchObject({ ok: true, uitvoer: { x: 9000000000000010 } });
  });
});

describe('datums buiten 0001..9999 zijn een rekenfout in beide engines', () => {
  it('datum + duur na 9999-12-31, en datum - duur voor 0001-01-01', () => {
    expect(beide('datum', leesJsonTekst('{"g": 1, "b": 1, "p": 1, "d": "9999-06-01", "u": {"jaren": 1}}'))).toEqual({
      ok: false, soort: 'reken', melding: "in regel 'x': rekenfout: 9999-06-01 + 12 maanden valt buiten de kalender (0001-01-01 tot en met 9999-12-31)",
    });
    expect(beide('datumMin', leesJsonTekst('{"g": 1, "b": 1, "p": 1, "d": "0001-01-01", "u": {"dagen": 1}}'))).toMatchObject({ ok: false, soort: 'reken' });
    expect(beide('datum', leesJsonTekst('{"g": 1, "b": 1, "p": 1, "d": "9999-12-30", "u": {"dagen": 1}}'))).toMatchObject({ ok: true, uitvoer: { x: '9999-12-31' } });
  });
});

describe('wat de engines eerder verschillend deden (item 7)', () => {
  it('afgerond op 25 decimalen: in geen van beide een fout', () => {
    expect(beide('fijn', met('g', '1'))).toMatchObject({ ok: true, uitvoer: { x: 0.3333333333333333 } });
    expect(beide('fijn', met('g', '3'))).toMatchObject({ ok: true, uitvoer: { x: 1 } });
    expect(beide('fijnBedrag', met('b', '1'))).toMatchObject({ ok: false, soort: 'reken' }); // not whole cents
    expect(beide('fijnBedrag', met('b', '3'))).toMatchObject({ ok: true, uitvoer: { x: 1 } });
  });

  it('bedragen in een conflictmelding met twee decimalen (€ 2,50), exacte tussenbedragen met al hun decimalen', () => {
    expect(beide('conflictBedrag', { x: 39371904 })).toEqual({ ok: false, soort: 'conflict', melding: "conflict in regel 'c': uitzondering 'een' geeft € 2,50 en uitzondering 'twee' geeft € 39371,904" });
  });

  it('een getal als 1e400 in een melding kort geschreven (1·10^400), niet in 401 cijfers; decimalen met een komma', () => {
    expect(beide('groot', leesJsonTekst('{"x": 1e400}'))).toEqual({ ok: false, soort: 'invoer', melding: "ongeldige invoer bij 'x': moet ten hoogste 100 zijn, maar kreeg 1·10^400" });
    expect(beide('groot', leesJsonTekst('{"x": 100.5}'))).toEqual({ ok: false, soort: 'invoer', melding: "ongeldige invoer bij 'x': moet ten hoogste 100 zijn, maar kreeg 100,5" });
  });

  it('gegevens in de volgorde van het type, in uitvoer, uitleg en conflictmelding', () => {
    const r = beide('volgorde', { x: 5 });
    expect(JSON.stringify(r.ok && r.uitvoer)).toBe('{"s":{"a":1,"b":5},"l":[{"a":5,"b":2}]}');
    expect(beide('conflict', { x: 5 })).toEqual({ ok: false, soort: 'conflict', melding: "conflict in regel 'c': uitzondering 'een' geeft { a: 2, b: 1 } en uitzondering 'twee' geeft { a: 2, b: 2 }" });
  });

  it('een parameter van een soort staat in de uitleg in de volgorde van het type', () => {
    const r = beide('parameterVolgorde', { x: 1 });
    expect(JSON.stringify(r)).toContain('"naam":"p","waarde":{"a":1,"b":"x"}');
  });

  it('afronden op 2,5 decimalen is in beide engines dezelfde rekenfout (de compiled code sloeg hem over)', () => {
    expect(beide('halveDecimalen', { x: 1 })).toEqual({ ok: false, soort: 'reken', melding: "in regel 'y': rekenfout: afronden kan op 0 tot en met 1000 hele decimalen, niet op 2,5" });
  });

  it('een foute parameter wordt voor een foute invoer gemeld', () => {
    expect(beide('parameterEerst', { x: 'twee' }, { peildatum: '2026-01-01', parameters: { q: 'drie' } })).toEqual({
      ok: false, soort: 'invoer', melding: "ongeldige invoer bij 'parameter q': verwacht een getal, maar kreeg de tekst \"drie\"",
    });
    expect(beide('parameterEerst', { x: 2 }, { peildatum: '2026-01-01', parameters: { q: leesJsonTekst('2.50') } })).toMatchObject({ ok: true, uitvoer: { y: 5 } });
  });

  it('een reusachtig geheel getal als positie, aantal dagen of factor: dezelfde melding', () => {
    expect(beide('positie', leesJsonTekst('{"x": 1e20}'))).toEqual({ ok: false, soort: 'reken', melding: "in regel 'y': de positie in de lijst is te groot: 100000000000000000000" });
    expect(beide('dagen', met('g', '1e20'))).toMatchObject({ ok: false, soort: 'reken' });
    expect(beide('keer', met('g', '1e20'))).toMatchObject({ ok: false, soort: 'reken' });
  });
});

// ---- the generator ----

const cijfers = (min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((c) => c.join(''));
const heel = fc.oneof(fc.constant('0'), fc.tuple(fc.constantFrom(...'123456789'), cijfers(0, 22)).map(([a, b]) => a + b));

/** A JSON number as text: many digits, huge and tiny exponents, near the double and cent limits. */
const getalTekst: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('', '-'), heel, fc.option(cijfers(1, 25), { nil: undefined }), fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 420 })), { nil: undefined }))
    .map(([s, h, f, e]) => `${s}${h}${f === undefined ? '' : `.${f}`}${e ? `${e[0]}${e[1]}${e[2]}` : ''}`),
  // amounts around 7e13 .. 9e15 euros, with 0..4 decimals
  fc.tuple(fc.bigInt({ min: 70_000_000_000_000n, max: 9_000_000_000_000_000n }), fc.constantFrom('', '.0', '.01', '.99', '.5', '.001', '.010', '.9999')).map(([h, f]) => `${h}${f}`),
  // 19.999...9 and 20.000...1
  fc.integer({ min: 1, max: 30 }).chain((k) => fc.constantFrom(`19.${'9'.repeat(k)}`, `20.${'0'.repeat(k)}1`, `0.${'0'.repeat(k)}1`)),
  fc.constantFrom('1e308', '1.7976931348623157e308', '1.8e308', '2.2250738585072014e-308', '5e-324', '1e-400', '1e400', '-0', '0.0', '1e-10001', '1e10001'),
);

const jaar = fc.oneof(fc.constantFrom(1, 2, 9998, 9999), fc.integer({ min: 1, max: 9999 }));
const datumTekst = fc.tuple(jaar, fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 28, 29, 30, 31)).map(([j, m, d]) => `"${String(j).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}"`);
const duurTekst = fc.tuple(fc.constantFrom('dagen', 'maanden', 'jaren', 'weken'), fc.oneof(fc.integer({ min: -12_000, max: 12_000 }).map(String), getalTekst)).map(([k, v]) => `{"${k}": ${v}}`);

/** A whole input object as JSON text, sometimes with a BOM or a key twice. */
const invoerTekst = fc.tuple(getalTekst, getalTekst, getalTekst, fc.oneof({ weight: 9, arbitrary: datumTekst }, { weight: 1, arbitrary: getalTekst }), fc.oneof({ weight: 9, arbitrary: duurTekst }, { weight: 1, arbitrary: getalTekst }), fc.constantFrom('', '', '', '\uFEFF'), fc.constantFrom('', '', '', ', "g": 1', ', "onbekend": 1'))
  .map(([g, b, p, d, u, bom, extra]) => `${bom}{"g": ${g}, "b": ${b}, "p": ${p}, "d": ${d}, "u": ${u}${extra}}`);

describe('randwaarden-generator: beide engines gelijk op exacte JSON-tekst', () => {
  it(`JSON-tekst met randgetallen, datums en duren (${RUNS} gevallen per regeling)`, () => {
    const namen = Object.keys(POLICIES);
    fc.assert(
      fc.property(invoerTekst, fc.constantFrom('2025-06-30', '2026-01-01'), (tekst, peildatum) => {
        let invoer: unknown;
        try {
          invoer = leesJsonTekst(tekst);
        } catch (x) {
          // the reader refuses text (a key twice) with its own error, the same for both engines
          expect(x).toBeInstanceOf(JsonFout);
          expect((x as JsonFout).pad).toBe('g');
          return;
        }
        for (const naam of namen) {
          beide(naam, invoer, { peildatum });
          // the same numbers as JS numbers (what an API caller passes): the engines agree too
          beide(naam, alsJsGetallen(invoer), { peildatum });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('de vergelijking met 20 % is exact, welke cijfers er ook staan', () => {
    fc.assert(
      fc.property(getalTekst, (p) => {
        const r = beide('onderGrens', met('p', p));
        const exact = G.vanDecimaleTekst(p);
        if (exact && r.ok) expect((r.uitvoer as { x: boolean }).x).toBe(G.vergelijk(exact, G.getal(20)) < 0);
      }),
      { numRuns: RUNS },
    );
  });
});

function alsJsGetallen(x: unknown): unknown {
  if (isExactGetal(x)) return Number(x.decimaal);
  if (Array.isArray(x)) return x.map(alsJsGetallen);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, alsJsGetallen(v)]));
  return x;
}
