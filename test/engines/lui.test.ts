// Lazy evaluation in every engine. A fast-check generator (lui-generator.ts) writes
// random policies in which an expression that can fail (division by an input that may be 0, a
// position outside a list, `eerste van` an empty list, a rule that is leeg) stands in every
// position that is evaluated only when needed: the right of `en` and `of`, both branches of
// `als`, the options of `is een van` / `is geen van`, the rows of a `tabel eerste` after the
// deciding one and the cells of a row after one that does not match, a rule's `indien` and its
// exceptions. On random inputs the interpreter (with and without explanation), the compiled exact
// code (with and without explanation) and the compiled fast code give the same outputs, the same
// error with the same message and the same explanation tree. A second generator writes rules with
// two exceptions that apply together with different values: every engine raises the same
// conflict. All policies are compiled in one go. REGELWERK_LUI_AANTAL more policies,
// REGELWERK_LUI_RUNS more inputs per policy, REGELWERK_LUI_TEL prints what the inputs led to.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { gecompileerd } from '../opzet/mappen.js';
import fc from 'fast-check';
import { join } from 'node:path';
import { laad } from '../../language/index.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { type Uitkomst, alleEnginesGelijk } from './beide-engines.js';
import { ALLES_WAAR, conflictArb, conflictInvoerArb, invoerArb, regelingArb } from './lui-generator.js';

const ROOT = join(import.meta.dirname, '../..');
const AANTAL = Number(process.env.REGELWERK_LUI_AANTAL ?? 16);
const RUNS = Number(process.env.REGELWERK_LUI_RUNS ?? 150);
const PEIL = { peildatum: '2026-01-01' };

interface Geval { readonly tekst: string; readonly g: Gecontroleerd; module: GecompileerdeModule | null }

/** `is een van` with options that fail after one that matches, in a policy the fast path takes. */
const EEN_VAN = `regeling EenVan
  bron "test"
invoer a: getal
invoer l: lijst van getal
invoer n: geheel getal
invoer k: keuze rood, groen
uitvoer w: ja/nee
uitvoer g: ja/nee
uitvoer t: getal
regel w: ja/nee is a is een van (1, l[n], eerste van l, minimum van l)
regel g: ja/nee is a is geen van (a, laatste van l)
regel t: getal is tabel eerste
  | a                          | k              | t |
  | een van 1, l[n]            | een van rood   | 1 |
  | een van 2, eerste van l    | -              | 2 |
  | -                          | -              | 3 |
`;

/** A rule's `indien` on an input, and later `en` on the same input (a compile error once). */
const VERNAUWD = `regeling Vernauwd
  bron "test"
invoer a: getal
invoer e: ja/nee
invoer j: ja/nee
uitvoer u: ja/nee
regel vol: getal is a indien e
regel u: ja/nee is (vol is 1) of (e en j)
`;

/** Exceptions with constant values of a duration, ja/nee and a choice, one always applying (compile errors once). */
const UITZONDERINGEN = `regeling Uitzonderingen
  bron "test"
soort Kleur is keuze rood, groen, blauw
invoer p: ja/nee
invoer q: ja/nee
uitvoer termijn: duur
uitvoer vlag: ja/nee
uitvoer kleur: Kleur
regel termijn: duur is 1 dag
  uitzondering "een" indien p dan 2 maanden
  uitzondering "twee" indien q dan 2 maanden
regel vlag: ja/nee is nee
  uitzondering "een" indien p dan ja
  uitzondering "twee" indien q dan ja
regel kleur: Kleur is rood
  uitzondering "een" indien ja dan blauw
  uitzondering "twee" indien q dan groen
`;

const gevallen: Geval[] = [];
const conflicten: Geval[] = [];
let eenVan: Geval | null = null;
let vernauwd: Geval | null = null;
let uitzonderingen: Geval | null = null;

beforeAll(async () => {
  // Half with division (no fast path), half without (the fast path is compared as well).
  const lui = [...fc.sample(regelingArb(true), { numRuns: Math.ceil(AANTAL / 2) }), ...fc.sample(regelingArb(false), { numRuns: Math.floor(AANTAL / 2) })];
  const conflict = fc.sample(conflictArb, { numRuns: AANTAL });
  const alle = [...lui, ...conflict, EEN_VAN, VERNAUWD, UITZONDERINGEN].map((tekst): Geval => {
    const r = laad(tekst, 'lui.regel', stdlibLader);
    expect(r.diagnosen.filter((d) => d.ernst === 'fout'), tekst).toEqual([]);
    return { tekst, g: r.gecontroleerd, module: null };
  });
  // One compile for all (starting the type checker dominates), into the run's module folder, where
  // the modules' `@regelwerk/runtime` resolves; removed after the run.
  const modules = await gecompileerd('lui', alle.map((x, i) => ({ g: x.g, bestand: `lui${i}.regel` })));
  for (const [i, m] of modules.entries()) alle[i]!.module = m.module;
  gevallen.push(...alle.slice(0, lui.length));
  conflicten.push(...alle.slice(lui.length, lui.length + conflict.length));
  [eenVan, vernauwd, uitzonderingen] = alle.slice(-3) as [Geval, Geval, Geval];
}, 180_000);

/** What the inputs of a property led to, counted so that it cannot pass vacuously. */
interface Telling { snel: number; goed: number; fout: number; conflict: number }

/** Every engine on one input (alleEnginesGelijk), the outcome counted. Returns the interpreter's outcome. */
function allesGelijk(x: Geval, invoer: unknown, telling: Telling): Uitkomst {
  const { referentie, snel } = alleEnginesGelijk(x.g, x.module!, invoer, PEIL, x.tekst);
  if (snel) telling.snel++;
  if (referentie.ok) telling.goed++;
  else if (referentie.soort === 'conflict') telling.conflict++;
  else telling.fout++;
  return referentie;
}

const nieuweTelling = (): Telling => ({ snel: 0, goed: 0, fout: 0, conflict: 0 });

describe('een expressie die kan falen, op elke plek die pas zo nodig wordt uitgerekend', () => {
  it('interpreter, exacte code (met en zonder uitleg) en snelle code: dezelfde uitvoer, fout en uitleg', () => {
    expect(gevallen).toHaveLength(AANTAL);
    const telling = nieuweTelling();
    for (const x of gevallen) fc.assert(fc.property(invoerArb, (invoer) => { allesGelijk(x, invoer, telling); }), { numRuns: RUNS });
    if (process.env.REGELWERK_LUI_TEL) console.log(telling);
    // Not vacuous: many inputs end in an error and many do not, and the fast path answers.
    const totaal = AANTAL * RUNS;
    expect(telling.fout).toBeGreaterThan(totaal / 10);
    expect(telling.goed).toBeGreaterThan(totaal / 20);
    expect(telling.snel).toBeGreaterThan(totaal / 200);
  });

  it('is een van stopt bij de eerste gelijke optie, in elke engine; de snelle weg geeft dan ook antwoord', () => {
    const x = eenVan!;
    const invoer = { a: 1, l: [], n: 5, k: 'rood' };
    // leeg lijst, positie 5: every option after the first fails, and none is evaluated
    expect(allesGelijk(x, invoer, nieuweTelling())).toMatchObject({ ok: true, uitvoer: { w: true, g: false, t: 1 } });
    expect(x.module!.evalueerSnel(invoer, PEIL)).toEqual({ w: true, g: false, t: 1 });
    // what the explanation says was used: only a (and k for the table), never l or n
    const uitleg = (evalueer(x.g, invoer, PEIL).uitleg.uitvoer);
    for (const r of ['w', 'g']) expect(uitleg[r]!.gebruikt.map((u) => u.naam)).toEqual(['a']);
    expect(uitleg['t']!.gebruikt.map((u) => u.naam)).toEqual(['a', 'k']);
    // a later option is evaluated when the earlier ones differ, and then it fails alike
    const verder = { a: 3, l: [], n: 5, k: 'groen' };
    expect(allesGelijk(x, verder, nieuweTelling())).toEqual({ ok: false, soort: 'reken', melding: "in regel 'w': positie 5 bestaat niet in een lijst van 0 element(en)" });
    fc.assert(fc.property(
      fc.record({ a: fc.constantFrom(0, 1, 2, 3), l: fc.array(fc.constantFrom(1, 2, 3), { maxLength: 2 }), n: fc.constantFrom(0, 1, 2, 3), k: fc.constantFrom('rood', 'groen') }),
      (i) => { allesGelijk(x, i, nieuweTelling()); },
    ), { numRuns: 200 });
  });

  it('een invoer die een eerdere `indien` al vernauwde, in `en`: de snelle weg compileert en rekent', () => {
    const x = vernauwd!;
    const telling = nieuweTelling();
    for (const e of [false, true]) for (const j of [false, true]) for (const a of [0, 1]) allesGelijk(x, { a, e, j }, telling);
    expect(x.module!.evalueerSnel({ a: 0, e: true, j: true }, PEIL)).toEqual({ u: true });
    expect(telling.snel).toBe(4);
  });
});

describe('twee uitzonderingen die samen gelden met verschillende waarden', () => {
  it('elke engine geeft hetzelfde conflict, met dezelfde melding; waar ze niet botsen dezelfde waarde', () => {
    expect(conflicten).toHaveLength(AANTAL);
    const telling = nieuweTelling();
    for (const x of conflicten) {
      // By construction "een" and "twee" apply here with different values: a conflict naming both.
      const r = allesGelijk(x, ALLES_WAAR, telling);
      expect(r, x.tekst).toMatchObject({ ok: false, soort: 'conflict' });
      expect((r as { melding: string }).melding, x.tekst).toMatch(/^conflict in regel 'r': uitzondering 'een'( \(bron: art\. 1\))? geeft .+ en uitzondering 'twee' geeft .+$/);
      fc.assert(fc.property(conflictInvoerArb, (invoer) => { allesGelijk(x, invoer, telling); }), { numRuns: RUNS });
    }
    if (process.env.REGELWERK_LUI_TEL) console.log(telling);
    expect(telling.conflict).toBeGreaterThan(AANTAL * 2);
    expect(telling.goed).toBeGreaterThan(AANTAL * RUNS / 10);
    expect(telling.snel).toBeGreaterThan(0);
  });

  it('constante waarden van een keuze, een duur en ja/nee: de snelle weg compileert, beslist en laat het conflict over', () => {
    const x = uitzonderingen!;
    const telling = nieuweTelling();
    const uitkomsten = [false, true].flatMap((p) => [false, true].map((q) => allesGelijk(x, { p, q }, telling)));
    const conflict = "conflict in regel 'kleur': uitzondering 'een' geeft blauw en uitzondering 'twee' geeft groen";
    expect(uitkomsten.map((u) => (u.ok ? u.uitvoer : u.melding))).toEqual([
      { termijn: { dagen: 1 }, vlag: false, kleur: 'blauw' },
      conflict,
      { termijn: { maanden: 2 }, vlag: true, kleur: 'blauw' },
      conflict,
    ]);
    expect(telling.snel).toBe(2);
  });
});
