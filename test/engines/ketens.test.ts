// Long flat chains and deep-ish nesting. A sum of thousands of terms is an
// ordinary thing in a table of amounts; it is parsed flat but is a left-leaning tree as deep as it
// is long, and every walk over it (checker, formatter and its soundness check, interpreter,
// both code generators, the analysis) once recursed and overflowed the stack. Random policies
// with chains of every operator kind (`+ -`, `* /`, `en of`, dates and durations, lists, the
// appends of a fold), some thousands of terms long, and expressions nested a few dozen levels:
// `check` accepts them, `fmt` is sound and idempotent, the interpreter, the compiled exact path and
// the fast path agree. Real nesting beyond the limit is a diagnostic, never a crash.
import { beforeAll, describe, expect, it } from 'vitest';
import { gecompileerd } from '../opzet/mappen.js';
import fc from 'fast-check';
import { join } from 'node:path';
import { laad } from '../../language/index.js';
import { formatteer } from '../../language/opmaak.js';
import { invoerArbitrary } from '../../compiler/analysis/arbitraries.js';
import { analyseer } from '../../compiler/analysis/analyse.js';
import { genereer } from '../../compiler/codegen/codegen.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { beideGelijk } from './beide-engines.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = Number(process.env.REGELWERK_RUNS ?? 40);

/** A chain `t0 op t1 op t2 ...` of `lengte` terms. */
function keten(eerste: fc.Arbitrary<string>, term: fc.Arbitrary<string>, ops: readonly string[], lengte: fc.Arbitrary<number>): fc.Arbitrary<string> {
  return lengte.chain((n) => fc.tuple(eerste, fc.array(fc.tuple(fc.constantFrom(...ops), term), { minLength: n - 1, maxLength: n - 1 })))
    .map(([t0, rest]) => [t0, ...rest.map(([op, t]) => `${op} ${t}`)].join(' '));
}

const BEDRAG = fc.constantFrom('a', '€ 1,25', '€ 0,01', '€ 100', 'a * b', 'a * 2', '€ 3 * b', 'a / 4', '10% van a', '(a afgerond op centen)', 'a / b');
const GETAL = fc.constantFrom('b', '2', '1', '-1', '0,5', '(b + 1)', '(b - 2)');
const JANEE = fc.constantFrom('p', 'q', 'niet p', 'b > 3', 'a is ten minste € 10', 'b = 0', '(p of q)', 'a is groter dan € 0');
const DUUR = fc.constantFrom('1 dag', '2 weken', '3 maanden', '1 jaar', '1 dag * 2', '(2 weken - 1 dag)');
const LIJST = fc.constantFrom('[b]', '[1, 2]', '[b * 2, b]');

/** Nested expressions of a given depth: each level one of the operator kinds, around the one below. */
function genestBedrag(diepte: number): fc.Arbitrary<string> {
  if (diepte === 0) return BEDRAG;
  return fc.tuple(fc.integer({ min: 0, max: 6 }), BEDRAG, genestBedrag(diepte - 1), genestJaNee(Math.min(diepte - 1, 2))).map(([k, t, x, c]) => [
    `${t} + (${x})`, `(${x}) * 2`, `-(${x})`, `als ${c} dan ${x} anders ${t}`, `(${x}) afgerond op centen`, `maximum van (${x}, ${t})`, `(${x}) - ${t} + (${t})`,
  ][k]!);
}

function genestJaNee(diepte: number): fc.Arbitrary<string> {
  if (diepte === 0) return JANEE;
  return fc.tuple(fc.integer({ min: 0, max: 4 }), JANEE, genestJaNee(diepte - 1), fc.constantFrom('p', 'q')).map(([k, t, x, n]) => [
    `niet (${x})`, `${t} en (${x})`, `(${x}) of ${t}`, `als ${t} dan ${x} anders ${t}`, `(${x}) = ${n}`,
  ][k]!);
}

/** Chain lengths: mostly short, sometimes hundreds of terms (the fixed policies below have thousands). */
const LENGTE = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 30 }) }, { weight: 1, arbitrary: fc.integer({ min: 100, max: 400 }) });

const POLICY = fc.record({
  totaal: keten(BEDRAG, BEDRAG, ['+', '-'], LENGTE),
  product: keten(GETAL, GETAL, ['*', '/'], fc.integer({ min: 1, max: 200 })),
  logisch: keten(JANEE, JANEE, ['en', 'of'], LENGTE),
  datum: keten(fc.constant('d'), DUUR, ['+', '-'], fc.integer({ min: 1, max: 300 })),
  tijd: keten(DUUR, DUUR, ['+', '-'], LENGTE),
  reeks: keten(LIJST, LIJST, ['+'], fc.integer({ min: 1, max: 300 })),
  gevouwen: keten(fc.constant('k'), fc.constantFrom('[x]', '[x * 2, b]', '[1]'), ['+'], fc.integer({ min: 2, max: 300 })),
  genest: fc.integer({ min: 1, max: 25 }).chain(genestBedrag),
  voorwaarde: fc.integer({ min: 1, max: 25 }).chain(genestJaNee),
}).map((r) => `regeling ketens
invoer a: bedrag
invoer b: getal
invoer p: ja/nee
invoer q: ja/nee
invoer d: datum
uitvoer totaal: bedrag
uitvoer product: getal
uitvoer logisch: ja/nee
uitvoer datum: datum
uitvoer tijd: duur
uitvoer reeks: lijst van getal
uitvoer gevouwen: lijst van getal
uitvoer genest: bedrag
uitvoer voorwaarde: ja/nee
regel totaal is ${r.totaal}
regel product is ${r.product}
regel logisch is ${r.logisch}
regel datum is ${r.datum}
regel tijd is ${r.tijd}
regel reeks is ${r.reeks}
regel gevouwen is vouw x in [1, 2, b] met k beginnend bij []: ${r.gevouwen}
regel genest is ${r.genest}
regel voorwaarde is ${r.voorwaarde}
`);

/**
 * The sampled policies, and two fixed ones with the sums: 3,000 terms of amounts and of
 * `en`, with every operand a different input so the engines cannot agree by luck.
 */
const POLICIES = [
  ...fc.sample(POLICY, 2),
  `regeling lang\ninvoer a: bedrag\ninvoer b: bedrag\nuitvoer s: bedrag\nregel s is ${Array.from({ length: 3000 }, (_, i) => ['a', 'b', `€ ${i},${String(i % 100).padStart(2, '0')}`][i % 3]).join(' + ')}\n`,
  `regeling lang\ninvoer p: ja/nee\ninvoer b: getal\nuitvoer s: ja/nee\nregel s is p${Array.from({ length: 3000 }, (_, i) => ` ${i % 7 ? 'en' : 'of'} b > ${i}`).join('')}\n`,
];

const geladen: { tekst: string; g: Gecontroleerd; module: GecompileerdeModule }[] = [];

beforeAll(async () => {
  const gs = POLICIES.map((tekst, i) => {
    const r = laad(tekst, `k${i}.regel`);
    expect(r.diagnosen.filter((d) => d.ernst === 'fout').map((d) => `${d.code} ${d.melding}`), tekst.slice(0, 2000)).toEqual([]);
    return r.gecontroleerd;
  });
  // Without prettier (it only lays out); the nesting of the generated code is bounded below.
  const modules = await gecompileerd('ketens', gs.map((g, i) => ({ g, bestand: `k${i}.regel` })));
  for (const [i, { module }] of modules.entries()) geladen.push({ tekst: POLICIES[i]!, g: gs[i]!, module });
}, 120_000);

describe('lange ketens en diepe nesting', () => {
  it('fmt is gezond en idempotent, ook op duizenden termen', () => {
    for (const { tekst } of geladen) {
      const r = formatteer(tekst, 'k.regel');
      expect(r.ok, r.ok ? '' : r.diagnosen.map((d) => d.melding).join('\n')).toBe(true);
      if (!r.ok) continue;
      const opnieuw = formatteer(r.tekst, 'k.regel');
      expect(opnieuw.ok && opnieuw.tekst).toBe(r.tekst);
    }
  });

  it('de analyse loopt over lange ketens', () => {
    for (const { g } of geladen) expect(() => analyseer(g, { runs: 20, peildatum: '2026-01-01' })).not.toThrow();
  });

  it('interpreter, exact pad en snel pad zijn het eens', () => {
    const snel = geladen.map(() => 0);
    for (const [i, { g, module }] of geladen.entries()) {
      fc.assert(fc.property(invoerArbitrary(g, { peildatum: '2026-01-01' }), (invoer) => {
        beideGelijk(g, module, invoer, { peildatum: '2026-01-01' });
        const s = module.evalueerSnel(invoer, { peildatum: '2026-01-01' });
        if (s === undefined) return;
        snel[i]!++;
        expect(JSON.stringify(s)).toBe(JSON.stringify(module.evalueerExact(invoer, { peildatum: '2026-01-01' })));
      }), { numRuns: RUNS });
    }
    // the sum of 3,000 amounts stays within the fast path's bounds: it must answer there
    expect(snel[POLICIES.length - 2]).toBeGreaterThanOrEqual(RUNS / 2);
  });
});

/** The deepest nesting of brackets in a text. */
function haakdiepte(tekst: string): number {
  let d = 0, max = 0;
  for (const c of tekst) {
    if (c === '(' || c === '[' || c === '{') max = Math.max(max, ++d);
    else if (c === ')' || c === ']' || c === '}') d--;
  }
  return max;
}

describe('de grenzen', () => {
  it('gegenereerde code is niet dieper genest dan de regeling, hoe lang een keten ook is', () => {
    // prettier and tsc recurse on nesting: a chain is written in pieces (codegen.ts inStukken)
    for (const { g } of geladen.slice(-2)) expect(haakdiepte(genereer(g))).toBeLessThan(80);
  });

  it('een som van 10.000 termen: check, fmt en de interpreter', () => {
    const tekst = `regeling lang\ninvoer a: bedrag\nuitvoer s: bedrag\nregel s is ${Array.from({ length: 10_000 }, (_, i) => (i % 2 ? 'a' : '€ 0,01')).join(' + ')}\n`;
    const r = laad(tekst, 'lang.regel');
    expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
    const f = formatteer(tekst, 'lang.regel');
    expect(f.ok).toBe(true);
    expect(evalueer(r.gecontroleerd, { a: 1 }, { peildatum: '2026-01-01' }).uitvoer).toEqual({ s: 5050 });
  });

  it('echte nesting voorbij de grens is een melding, geen vastloper', () => {
    for (const [open, dicht] of [['-(', ')'], ['niet (', ')'], ['als p dan (', ') anders a'], ['a + (', ')'], ['(', ') afgerond op centen']]) {
      const tekst = `regeling diep\ninvoer a: bedrag\ninvoer p: ja/nee\nuitvoer s: bedrag\nregel s is ${open!.repeat(300)}a${dicht!.repeat(300)}\n`;
      const r = laad(tekst, 'diep.regel');
      expect(r.ok).toBe(false);
      expect(r.diagnosen.map((d) => d.code)).toContain('RW0006');
      const f = formatteer(tekst, 'diep.regel');
      expect(f.ok).toBe(false);
      if (!f.ok) expect(f.diagnosen.map((d) => d.code)).toEqual(['RW0006']);
    }
  });
});
