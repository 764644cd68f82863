// Everything `regelwerk test` and `check` print about values is in drafter notation (€ 7,73, ja,
// 2026-03-01, 45,5%, leeg, durations in words), never JavaScript's (true, 7.73, null, undefined,
// NaN, [object Object], 1e+21). Random values of every type through every printer, and random
// failing examples in a generated policy.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as G from '../../../runtime/getal.js';
import { dagVan } from '../../../runtime/datum.js';
import type { Type } from '../../../runtime/typen.js';
import { type Waarde, LEEG, naarJson, naarInvoerJson, schrijf } from '../../../compiler/interpreter/waarde.js';
import { alsGegeven, alsLiteral, alsLiteralZonderType } from '../../../compiler/interpreter/literal.js';
import { laad } from '../../../language/index.js';
import { draaiVoorbeelden } from '../../../compiler/interpreter/voorbeelden.js';
import { exactGetal } from '../../../runtime/json.js';
import { schrijfNlGetal } from '../../../playground/src/panelen/getal-invoer.js';

const RUNS = Number(process.env.REGELWERK_RUNS ?? 300);

/** The JavaScript spellings a drafter must never see. */
const JS_VORMEN = /\btrue\b|\bfalse\b|\bnull\b|\bundefined\b|\bNaN\b|Infinity|\[object|\d[eE][+-]?\d|\d\.\d/;

const NAAM = fc.stringMatching(/^[a-z][a-z]{0,6}$/).filter((n) => !['true', 'false', 'null', 'nan', 'ja', 'nee', 'leeg'].includes(n));

/** Exact numbers: small and ordinary, huge and tiny, thirds, negative. */
const getal = fc.oneof(
  fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.nat({ max: 4 })).map(([t, d]) => G.getal(t, 10n ** BigInt(d))),
  fc.tuple(fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }), fc.nat({ max: 60 })).map(([t, d]) => G.getal(t, 10n ** BigInt(d))),
  fc.tuple(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: 1n, max: 10n ** 30n })).map(([t, n]) => G.getal(t, n)),
  fc.constantFrom(G.getal(10n ** 21n), G.getal(1n, 10n ** 25n), G.getal(-7735n, 1000n), G.getal(1, 3), G.getal(-2, 3)),
);

interface Paar { type: Type; w: Waarde }

const blad: fc.Arbitrary<Paar> = fc.oneof(
  fc.boolean().map((v): Paar => ({ type: { soort: 'ja/nee' }, w: { kind: 'ja/nee', v } })),
  getal.map((v): Paar => ({ type: { soort: 'getal' }, w: { kind: 'getal', v } })),
  getal.map((v): Paar => ({ type: { soort: 'bedrag' }, w: { kind: 'bedrag', v } })),
  getal.map((v): Paar => ({ type: { soort: 'percentage' }, w: { kind: 'percentage', v } })),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([j, m, d]): Paar => ({ type: { soort: 'datum' }, w: { kind: 'datum', v: dagVan(j, m, d)! } })),
  fc.tuple(fc.nat({ max: 500 }), fc.nat({ max: 5000 })).map(([maanden, dagen]): Paar => ({ type: { soort: 'duur' }, w: { kind: 'duur', v: { maanden, dagen } } })),
  fc.stringMatching(/^[a-z ]{0,12}$/).map((v): Paar => ({ type: { soort: 'tekst' }, w: { kind: 'tekst', v } })),
  NAAM.map((v): Paar => ({ type: { soort: 'keuze', waarden: [v] }, w: { kind: 'keuze', v } })),
);

const paar: fc.Arbitrary<Paar> = fc.letrec<{ p: Paar }>((tie) => ({
  p: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    blad,
    blad.map((b): Paar => ({ type: { soort: 'leegbaar', type: b.type }, w: LEEG })),
    fc.tuple(blad, fc.array(fc.constant(null), { maxLength: 4 })).map(([b, xs]): Paar => ({ type: { soort: 'lijst', element: b.type }, w: { kind: 'lijst', v: xs.map(() => b.w) } })),
    fc.uniqueArray(fc.tuple(NAAM, tie('p')), { selector: ([n]) => n, minLength: 1, maxLength: 3 })
      .map((velden): Paar => ({ type: { soort: 'gegevens', velden: velden.map(([naam, p]) => ({ naam, type: p.type })) }, w: { kind: 'gegevens', v: new Map(velden.map(([naam, p]) => [naam, p.w])) } })),
  ),
})).p;

function drafterNotatie(tekst: string, p: Paar): void {
  expect(tekst, tekst).not.toMatch(JS_VORMEN);
  const t = p.type.soort === 'leegbaar' ? p.type.type : p.type;
  if (p.w.kind === 'leeg') expect(tekst).toBe('leeg');
  else if (t.soort === 'ja/nee') expect(tekst).toMatch(/^(ja|nee)$/);
  else if (t.soort === 'bedrag') expect(tekst).toMatch(/^€ -?\d/);
  else if (t.soort === 'percentage') expect(tekst).toMatch(/%$/);
  else if (t.soort === 'datum') expect(tekst).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  else if (t.soort === 'duur') expect(tekst).toMatch(/\d+ (dag|dagen|maand|maanden)/);
}

describe('waarden in de notatie van de opsteller', () => {
  it('every printer writes every value kind in drafter notation', () => {
    fc.assert(fc.property(paar, (p) => {
      drafterNotatie(schrijf(p.w, p.type), p);
      const json = naarJson(p.w, '', false, p.type);
      drafterNotatie(alsLiteral(json, p.type), p);
      expect(alsLiteralZonderType(json)).not.toMatch(JS_VORMEN);
      // as source text (a pasteable example) every digit, and no shortened 1·10^21
      const exact = naarInvoerJson(p.w);
      expect(alsLiteral(exact, p.type, true)).not.toMatch(/·|\d\.\d|\btrue\b|\bfalse\b|\bnull\b|undefined|NaN|\[object/);
      expect(alsGegeven({ x: json }, [{ naam: 'x', type: p.type }])).toBe(`x is ${alsLiteral(json, p.type)}`);
    }), { numRuns: RUNS });
  });

  it('values from outside (an API caller) still read as words', () => {
    for (const x of [NaN, Infinity, -Infinity, undefined, null, true, false, 1e21, 7.73, 0.455, [1.5, null], { a: true, b: { c: 1e-7 } }, 10n]) {
      expect(alsLiteralZonderType(x), String(x)).not.toMatch(JS_VORMEN);
      expect(alsLiteral(x, { soort: 'getal' }), String(x)).not.toMatch(JS_VORMEN);
    }
    expect(alsLiteral(0.455, { soort: 'percentage' })).toBe('0,455%');
    expect(alsLiteral(7.73, { soort: 'bedrag' })).toBe('€ 7,73');
    expect(alsLiteral(-7.5, { soort: 'bedrag' })).toBe('€ -7,50');
    expect(alsLiteralZonderType({ a: true, b: null })).toBe('{ a: ja, b: leeg }');
  });
});

const TYPEN: { naam: string; type: string; t: Type; waarde: fc.Arbitrary<unknown> }[] = [
  { naam: 'b', type: 'bedrag', t: { soort: 'bedrag' }, waarde: fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100) },
  { naam: 'p', type: 'percentage', t: { soort: 'percentage' }, waarde: fc.integer({ min: -100000, max: 100000 }).map((x) => x / 1000) },
  { naam: 'g', type: 'getal', t: { soort: 'getal' }, waarde: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }).map((x) => x / 7), fc.constant(1e21), fc.constant(1e-7)) },
  { naam: 'j', type: 'ja/nee', t: { soort: 'ja/nee' }, waarde: fc.boolean() },
  { naam: 'd', type: 'datum of leeg', t: { soort: 'leegbaar', type: { soort: 'datum' } }, waarde: fc.option(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))) },
  { naam: 'l', type: 'lijst van bedrag', t: { soort: 'lijst', element: { soort: 'bedrag' } }, waarde: fc.array(fc.integer({ min: -99999, max: 99999 }).map((c) => c / 100), { maxLength: 3 }) },
];

describe('mislukte voorbeelden in een gegenereerde regeling', () => {
  it('expected and got are in drafter notation', () => {
    fc.assert(fc.property(fc.tuple(...TYPEN.map((t) => fc.tuple(t.waarde, t.waarde))), (paren) => {
      const regels = ['regeling Notatie', '  bron "test"'];
      for (const t of TYPEN) regels.push(`invoer ${t.naam}: ${t.type}`, `uitvoer u${t.naam}: ${t.type}`, `regel u${t.naam}: ${t.type} is ${t.naam}`);
      regels.push('voorbeeld "mislukt"', '  gegeven');
      TYPEN.forEach((t, i) => regels.push(`    ${t.naam} is ${alsLiteral(paren[i]![0], t.t, true)}`));
      regels.push('  verwacht');
      TYPEN.forEach((t, i) => regels.push(`    u${t.naam} is ${alsLiteral(paren[i]![1], t.t, true)}`));
      const tekst = `${regels.join('\n')}\n`;
      const r = laad(tekst, 'notatie.regel');
      expect(r.diagnosen.filter((d) => d.ernst === 'fout'), tekst).toEqual([]);
      const [u] = draaiVoorbeelden(r.gecontroleerd);
      for (const v of u!.verschillen) {
        expect(v).toMatch(/^u\w+: verwacht .+, kreeg .+$/);
        expect(v, tekst).not.toMatch(JS_VORMEN);
      }
      // a difference is reported exactly where the two values differ
      const anders = TYPEN.filter((t, i) => alsLiteral(paren[i]![0], t.t, true) !== alsLiteral(paren[i]![1], t.t, true)).map((t) => `u${t.naam}`);
      expect(u!.verschillen.map((v) => v.split(':')[0])).toEqual(anders);
    }), { numRuns: Math.ceil(RUNS / 3) });
  });

  it('conflict messages are in drafter notation', () => {
    fc.assert(fc.property(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: -99999, max: 99999 }), (a, b) => {
      fc.pre(a !== b);
      const [x, y] = [alsLiteral(a / 100, { soort: 'bedrag' }), alsLiteral(b / 100, { soort: 'bedrag' })];
      const tekst = `regeling C\n  bron "t"\ninvoer j: ja/nee\nuitvoer c: bedrag\nregel c: bedrag is € 0\n  uitzondering "een" indien j dan ${x}\n  uitzondering "twee" indien j dan ${y}\nvoorbeeld "v"\n  gegeven\n    j is ja\n  verwacht\n    c is € 0\n`;
      const r = laad(tekst, 'c.regel');
      const [u] = draaiVoorbeelden(r.gecontroleerd);
      expect(u!.verschillen.join('\n')).toContain(`geeft ${x} en uitzondering 'twee' geeft ${y}`);
      expect(u!.verschillen.join('\n')).not.toMatch(JS_VORMEN);
    }), { numRuns: 50 });
  });

  it('an amount in cents has one notation in messages, pasteable examples and the playground form', () => {
    // a BigInt reference: euros, then the cents as two digits unless they are zero
    const referentie = (c: bigint): string => {
      const a = c < 0n ? -c : c;
      return `${c < 0n ? '-' : ''}${a / 100n}${a % 100n === 0n ? '' : `,${String(a % 100n).padStart(2, '0')}`}`;
    };
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (c) => {
      const cijfers = referentie(c);
      const g = G.getal(c, 100n);
      const json = exactGetal(G.naarDecimaleTekst(g));
      expect(G.schrijfInSoort(g, 'bedrag')).toBe(`€ ${cijfers}`);
      expect(alsLiteral(json, { soort: 'bedrag' }, true)).toBe(`€ ${cijfers}`);
      expect(schrijfNlGetal(json, 'bedrag')).toBe(cijfers);
    }), { numRuns: RUNS });
  });
});
