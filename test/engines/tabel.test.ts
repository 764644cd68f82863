// Decision tables in all three engines. A fast-check generator builds random tables
// over getal, geheel getal, ja/nee, keuze, bedrag and datum columns, with random cell tests, a
// random hit policy and hostile names; on random inputs the interpreter, the compiled exact code
// and the compiled fast code agree byte for byte, and all equal a tiny reference evaluator below.
// The analysis' gap and overlap reports are confirmed by evaluating their concrete input.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { laad } from '../../language/index.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import type { Gecontroleerd } from '../../language/checker.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { uitlegAlsTekst } from '../../compiler/interpreter/uitleg-tekst.js';
import type { Uitleg } from '../../runtime/uitleg.js';
import { analyseer } from '../../compiler/analysis/analyse.js';
import { GEVAARLIJKE_NAMEN, isNaam } from './namen-generator.js';
import { beideGelijk, vang } from './beide-engines.js';
import { gecompileerd } from '../opzet/mappen.js';

const ROOT = join(import.meta.dirname, '../..');
const TABELLEN = Number(process.env.REGELWERK_TABEL_AANTAL ?? 24);
const RUNS = Number(process.env.REGELWERK_TABEL_RUNS ?? 150);
const PEIL = { peildatum: '2026-01-01' };

// ---- the random table ----

type Soort = 'getal' | 'geheel getal' | 'ja/nee' | 'keuze' | 'bedrag' | 'datum' | 'getal of leeg';
const SOORTEN: readonly Soort[] = ['getal', 'geheel getal', 'ja/nee', 'keuze', 'bedrag', 'datum', 'getal of leeg'];
const KEUZES = ['rood', 'groen', 'blauw'];
const DATUMS = ['2025-12-31', '2026-01-01', '2026-01-02', '2026-06-30', '2026-07-01'];
const BEDRAGEN = [0, 1.5, 2, 3.25, 5];

/** A cell test: as written, and as the reference evaluator reads it. */
interface Cel { readonly tekst: string; readonly past: (x: unknown) => boolean }
interface Kolom { readonly naam: string; readonly soort: Soort }
interface Tabel {
  readonly regel: string;
  readonly beleid: 'eerste' | 'uniek';
  readonly kolommen: readonly Kolom[];
  readonly rijen: readonly { readonly cellen: readonly Cel[]; readonly uit: number | null; readonly bron: string | null }[];
}

const ELK: Cel = { tekst: '-', past: () => true };

function getalTekst(n: number, bedrag: boolean): string {
  const t = String(Math.abs(n)).replace('.', ',');
  return bedrag ? `€ ${n < 0 ? '-' : ''}${t}` : n < 0 ? `-${t}` : t;
}

/** The random tests of one column type; values are few so rows overlap and leave gaps. */
function celArb(soort: Soort): fc.Arbitrary<Cel> {
  const orde = <T>(waarden: readonly T[], tekst: (x: T) => string, kleiner: (a: T, b: T) => boolean): fc.Arbitrary<Cel> => {
    const w = fc.constantFrom(...waarden);
    return fc.oneof(
      fc.constant(ELK),
      w.map((a) => ({ tekst: tekst(a), past: (x: unknown) => x === a })),
      w.map((a) => ({ tekst: `niet ${tekst(a)}`, past: (x: unknown) => x !== a })),
      w.map((a) => ({ tekst: `ten minste ${tekst(a)}`, past: (x: unknown) => !kleiner(x as T, a) })),
      w.map((a) => ({ tekst: `ten hoogste ${tekst(a)}`, past: (x: unknown) => !kleiner(a, x as T) })),
      w.map((a) => ({ tekst: `groter dan ${tekst(a)}`, past: (x: unknown) => kleiner(a, x as T) })),
      w.map((a) => ({ tekst: `kleiner dan ${tekst(a)}`, past: (x: unknown) => kleiner(x as T, a) })),
      fc.tuple(w, w).map(([a, b]) => ({ tekst: `${tekst(a)} tot en met ${tekst(b)}`, past: (x: unknown) => !kleiner(x as T, a) && !kleiner(b, x as T) })),
      fc.tuple(w, w).map(([a, b]) => ({ tekst: `een van ${tekst(a)}, ${tekst(b)}`, past: (x: unknown) => x === a || x === b })),
      fc.tuple(w, w).map(([a, b]) => ({ tekst: `geen van ${tekst(a)}, ${tekst(b)}`, past: (x: unknown) => x !== a && x !== b })),
    );
  };
  const num = (a: number, b: number): boolean => a < b;
  switch (soort) {
    case 'getal': case 'geheel getal': return orde([-2, -1, 0, 1, 3], (n) => getalTekst(n, false), num);
    case 'bedrag': return orde(BEDRAGEN, (n) => getalTekst(n, true), num);
    case 'datum': return fc.oneof(
      orde(DATUMS, (d) => d, (a, b) => a < b),
      fc.constantFrom(...DATUMS).map((d) => ({ tekst: `na ${d}`, past: (x: unknown) => (x as string) > d })),
      fc.constantFrom(...DATUMS).map((d) => ({ tekst: `voor ${d}`, past: (x: unknown) => (x as string) < d })),
    );
    case 'ja/nee': return fc.oneof(
      fc.constant(ELK),
      fc.boolean().map((b) => ({ tekst: b ? 'ja' : 'nee', past: (x: unknown) => x === b })),
      fc.boolean().map((b) => ({ tekst: `niet ${b ? 'ja' : 'nee'}`, past: (x: unknown) => x !== b })),
    );
    // A column that can be leeg: tests on leeg, equality and choice (ordering is an error there, RW2019).
    case 'getal of leeg': return fc.oneof(
      fc.constant(ELK),
      fc.constant({ tekst: 'leeg', past: (x: unknown) => x === null }),
      fc.constant({ tekst: 'niet leeg', past: (x: unknown) => x !== null }),
      fc.constantFrom(-1, 0, 2).map((a) => ({ tekst: getalTekst(a, false), past: (x: unknown) => x === a })),
      fc.constantFrom(-1, 0, 2).map((a) => ({ tekst: `niet ${getalTekst(a, false)}`, past: (x: unknown) => x !== a })),
      fc.tuple(fc.constantFrom(-1, 0, 2), fc.constantFrom(-1, 0, 2)).map(([a, b]) => ({ tekst: `een van ${getalTekst(a, false)}, ${getalTekst(b, false)}`, past: (x: unknown) => x === a || x === b })),
      fc.tuple(fc.constantFrom(-1, 0, 2), fc.constantFrom(-1, 0, 2)).map(([a, b]) => ({ tekst: `geen van ${getalTekst(a, false)}, ${getalTekst(b, false)}`, past: (x: unknown) => x !== a && x !== b })),
    );
    case 'keuze': return fc.oneof(
      fc.constant(ELK),
      fc.constantFrom(...KEUZES).map((k) => ({ tekst: k, past: (x: unknown) => x === k })),
      fc.constantFrom(...KEUZES).map((k) => ({ tekst: `niet ${k}`, past: (x: unknown) => x !== k })),
      fc.tuple(fc.constantFrom(...KEUZES), fc.constantFrom(...KEUZES)).map(([a, b]) => ({ tekst: `een van ${a}, ${b}`, past: (x: unknown) => x === a || x === b })),
    );
  }
}

const NAMEN = [...new Set([...GEVAARLIJKE_NAMEN, 'leeftijd', 'bbl', 'datum-in', 'Ĳzer'])].filter((n) => isNaam(n) && !KEUZES.includes(n));
const HOSTIELE_BRON = ['art. 2', 'a"b', '*/ (globalThis as any).__pwned = 1 /*', '${x}', '\\u2028', 'back\\\\slash'];

const tabelArb: fc.Arbitrary<Tabel> = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...NAMEN), { minLength: 2, maxLength: 4 }), fc.array(fc.constantFrom(...SOORTEN), { minLength: 3, maxLength: 3 }), fc.constantFrom('eerste' as const, 'uniek' as const))
  .chain(([namen, soorten, beleid]) => {
    const kolommen = namen.slice(1).map((naam, i) => ({ naam, soort: soorten[i]! }));
    const rij = fc.record({
      cellen: fc.tuple(...kolommen.map((k) => celArb(k.soort))),
      uit: fc.option(fc.integer({ min: -5, max: 50 }), { freq: 5 }),
      bron: fc.option(fc.constantFrom(...HOSTIELE_BRON), { freq: 2 }),
    });
    return fc.array(rij, { minLength: 1, maxLength: 6 }).map((rijen) => ({ regel: namen[0]!, beleid, kolommen, rijen }));
  });

function typeTekst(s: Soort): string {
  return s === 'keuze' ? `keuze ${KEUZES.join(', ')}` : s;
}

/**
 * Every second row's number goes through a function (`zelfde(3)`): its call is a node of the
 * explanation with the function's bron (a hostile one, so it is escaped in the generated code too).
 */
const FUNCTIE = 'zelfde';

function alsRegeling(t: Tabel): string {
  const bronTekst = (b: string | null): string => (b === null ? '-' : `"${b.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  const uit = (r: Tabel['rijen'][number], i: number): string => (r.uit === null ? 'leeg' : i % 2 === 1 ? `${FUNCTIE}(${getalTekst(r.uit, false)})` : getalTekst(r.uit, false));
  return [
    'regeling Willekeurig',
    '  bron "test"',
    `functie ${FUNCTIE}(n: getal): getal is n`,
    `  bron ${bronTekst(HOSTIELE_BRON[2]!)}`,
    ...t.kolommen.map((k) => `invoer ${k.naam}: ${typeTekst(k.soort)}`),
    `uitvoer ${t.regel}: getal of leeg`,
    `regel ${t.regel}: getal of leeg is tabel ${t.beleid}`,
    `  | ${t.kolommen.map((k) => k.naam).join(' | ')} | ${t.regel} | bron |`,
    ...t.rijen.map((r, i) => `  | ${r.cellen.map((c) => c.tekst).join(' | ')} | ${uit(r, i)} | ${bronTekst(r.bron)} |`),
    '  bron "de regel"',
    '',
  ].join('\n');
}

function invoerArb(t: Tabel): fc.Arbitrary<Record<string, unknown>> {
  const waarde = (s: Soort): fc.Arbitrary<unknown> => {
    switch (s) {
      case 'getal': return fc.constantFrom(-3, -2, -1.5, -1, 0, 0.5, 1, 2, 3, 4);
      case 'getal of leeg': return fc.constantFrom(null, -1, 0, 1, 2);
      case 'geheel getal': return fc.integer({ min: -3, max: 4 });
      case 'bedrag': return fc.constantFrom(...BEDRAGEN, 1, 4.99);
      case 'ja/nee': return fc.boolean();
      case 'keuze': return fc.constantFrom(...KEUZES);
      case 'datum': return fc.constantFrom(...DATUMS, '2025-01-01', '2027-01-01');
    }
  };
  return fc.tuple(...t.kolommen.map((k) => waarde(k.soort))).map((ws) => Object.fromEntries(t.kolommen.map((k, i) => [k.naam, ws[i]])));
}

/** The reference semantics, from the spec: which rows match, then the hit policy. */
function referentie(t: Tabel, invoer: Record<string, unknown>): { ok: true; waarde: number | null } | { ok: false; soort: 'leeg' | 'conflict' } {
  const treffers = t.rijen.filter((r) => r.cellen.every((c, i) => c.past(invoer[t.kolommen[i]!.naam])));
  if (treffers.length === 0) return { ok: false, soort: 'leeg' };
  if (t.beleid === 'uniek' && treffers.length > 1) return { ok: false, soort: 'conflict' };
  return { ok: true, waarde: treffers[0]!.uit };
}

const gevallen: { t: Tabel; tekst: string; g: Gecontroleerd; module: GecompileerdeModule }[] = [];

/** A table with a field header, `indien`, an exception and overlapping `uniek` rows. */
const SAMENGESTELD = `regeling Samen
  bron "s"
soort Werknemer is gegevens { leeftijd: geheel getal, bbl: ja/nee }
invoer w: Werknemer
invoer uitgezonderd: ja/nee
invoer actief: ja/nee
uitvoer pct: percentage of leeg
regel pct: percentage of leeg is tabel uniek
  | w.leeftijd       | w.bbl | pct   | bron     |
  | ten minste 21    | -     | 100%  | "art. 2" |
  | 20               | nee   | 80%   | -        |
  | 20               | ja    | 61,5% | "art. 3" |
  | kleiner dan 20   | -     | leeg  | -        |
  | 19 tot en met 20 | ja    | 50%   | -        |
  indien actief
  bron "de regel"
  uitzondering "vrij" indien uitgezonderd dan 0%
`;
let samengesteld: { g: Gecontroleerd; module: GecompileerdeModule } | null = null;

beforeAll(async () => {
  const tabellen = fc.sample(tabelArb, { numRuns: TABELLEN, seed: 20261201 });
  const geladen = tabellen.map((t) => {
    const tekst = alsRegeling(t);
    const r = laad(tekst, 'tabel.regel', stdlibLader);
    expect(r.diagnosen.filter((d) => d.ernst === 'fout'), tekst).toEqual([]);
    return { t, tekst, g: r.gecontroleerd };
  });
  const samen = laad(SAMENGESTELD, 'samen.regel', stdlibLader);
  expect(samen.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  const modules = await gecompileerd('tabel', [...geladen, { g: samen.gecontroleerd }].map((x, i) => ({ g: x.g, bestand: `t${i}.regel` })));
  for (const [i, { module, ts }] of modules.entries()) {
    expect(ts).not.toContain('*/ (globalThis as any).__pwned');
    if (i === geladen.length) samengesteld = { g: samen.gecontroleerd, module };
    else gevallen.push({ ...geladen[i]!, module });
  }
}, 180_000);

describe('willekeurige beslistabellen', () => {
  it('interpreter, exacte en snelle code en de referentie zijn het eens', () => {
    expect(gevallen.length).toBe(TABELLEN);
    let metSnel = 0;
    let functieRijen = 0;
    for (const { t, tekst, g, module } of gevallen) {
      // a policy without a fast path has `evalueerSnel` that only returns undefined (compiler/codegen/snel.ts)
      const heeftSnel = !/^function evalueerSnel\(_invoer/.test(String(module.evalueerSnel));
      if (heeftSnel) metSnel++;
      let exactGoed = 0;
      let snelGoed = 0;
      fc.assert(
        fc.property(invoerArb(t), (invoer) => {
          beideGelijk(g, module, invoer, PEIL);
          const a = vang(() => evalueer(g, invoer, PEIL));
          const ref = referentie(t, invoer);
          if (ref.ok) expect(a, tekst).toMatchObject({ ok: true, uitvoer: { [t.regel]: ref.waarde } });
          else expect(a, tekst).toMatchObject({ ok: false, soort: ref.soort });
          // a row whose number goes through the function: the explanation has the call with its bron
          const rij = ref.ok ? (a as { uitleg: Uitleg }).uitleg.uitvoer[t.regel]!.besluit : null;
          if (rij?.soort === 'tabel' && rij.rij % 2 === 0 && ref.ok && ref.waarde !== null) {
            functieRijen++;
            expect((a as { uitleg: Uitleg }).uitleg.uitvoer[t.regel]!.gebruikt.filter((x) => x.soort === 'functie'), tekst)
              .toEqual([{ soort: 'functie', naam: FUNCTIE, waarde: ref.waarde, bron: HOSTIELE_BRON[2], gebruikt: [] }]);
          }
          const snel = module.evalueerSnel(invoer, PEIL);
          if (a.ok) exactGoed++;
          if (snel !== undefined) {
            snelGoed++;
            expect(JSON.stringify(snel)).toBe(JSON.stringify(module.evalueerExact(invoer, PEIL)));
          }
          if (ref.ok) expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
        }),
        { numRuns: RUNS, seed: 7 },
      );
      // measured: where a table has a fast path it answers every case the exact path answers
      if (heeftSnel) expect(snelGoed, tekst).toBeGreaterThanOrEqual(0.95 * exactGoed);
      // no fast path only for a `getal of leeg` column (one `niet 5` cell there used to disable it)
      else expect(t.kolommen.map((k) => k.soort), tekst).toContain('getal of leeg');
    }
    // measured: 19 of the 24 tables have a fast path
    expect(metSnel).toBeGreaterThanOrEqual(17);
    expect(functieRijen).toBeGreaterThan(100);
  });

  it('de snelle code beslist de gewone gevallen zelf', () => {
    let beantwoord = 0;
    for (const { t, g, module, tekst } of gevallen) {
      if (/^function evalueerSnel\(_invoer/.test(String(module.evalueerSnel))) continue;
      for (const invoer of fc.sample(invoerArb(t), { numRuns: 20, seed: 3 })) {
        // every input the exact path answers, the fast path answers too
        if (!vang(() => evalueer(g, invoer, PEIL)).ok) continue;
        expect(module.evalueerSnel(invoer, PEIL), `${tekst}\n${JSON.stringify(invoer)}`).toBeDefined();
        beantwoord++;
      }
    }
    expect(beantwoord).toBeGreaterThan(100);
  });

  it('elk gat en elke overlap die de analyse meldt klopt met haar invoer; een volledige tabel heeft geen gat', () => {
    const gemeld = { RW4009: 0, RW4010: 0, RW4011: 0, volledig: 0 };
    for (const { t, tekst, g } of gevallen) {
      const analyse = analyseer(g, { peildatum: PEIL.peildatum, runs: 100 });
      const bevindingen = analyse.diagnosen;
      for (const b of bevindingen) if (b.code === 'RW4009' || b.code === 'RW4010' || b.code === 'RW4011') gemeld[b.code]++;
      // A row that never decides (proven) is never the deciding row on random inputs.
      for (const b of bevindingen.filter((x) => x.code === 'RW4011')) {
        const n = Number(/rij (\d+)/.exec(b.melding)![1]);
        fc.assert(fc.property(invoerArb(t), (invoer) => {
          const i = t.rijen.findIndex((r) => r.cellen.every((c, j) => c.past(invoer[t.kolommen[j]!.naam])));
          return t.beleid === 'eerste' ? i !== n - 1 : !t.rijen[n - 1]!.cellen.every((c, j) => c.past(invoer[t.kolommen[j]!.naam]));
        }), { numRuns: RUNS, seed: 13 });
      }
      for (const b of bevindingen) {
        if (b.code !== 'RW4009' && b.code !== 'RW4010') continue;
        // the message shows the input as a drafter writes it; the input itself is kept as data
        expect(b.melding).toMatch(/bijvoorbeeld bij invoer /);
        const invoer = analyse.tegenvoorbeelden.get(b)! as Record<string, unknown>;
        expect(invoer, b.melding).toBeDefined();
        const ref = referentie(t, invoer);
        if (b.code === 'RW4009') expect(ref, `${tekst}\n${b.melding}`).toEqual({ ok: false, soort: 'leeg' });
        else expect(t.rijen.filter((r) => r.cellen.every((c, i) => c.past(invoer[t.kolommen[i]!.naam]))).length, `${tekst}\n${b.melding}`).toBeGreaterThan(1);
      }
      if (!bevindingen.some((b) => b.code === 'RW4009')) {
        gemeld.volledig++;
        fc.assert(fc.property(invoerArb(t), (invoer) => referentie(t, invoer).ok || (referentie(t, invoer) as { soort: string }).soort !== 'leeg'), { numRuns: RUNS, seed: 11 });
      }
    }
    // The sample is not vacuous: it has gaps, overlaps, rows that never decide and complete tables.
    expect(gemeld.RW4009).toBeGreaterThan(0);
    expect(gemeld.RW4011).toBeGreaterThan(0);
    expect(gemeld.RW4010).toBeGreaterThan(0);
    expect(gemeld.volledig).toBeGreaterThan(0);

  });
});

describe('een tabel met veldkop, indien, uitzondering en overlap', () => {
  it('alle engines zijn het eens op elke combinatie; uitzondering, indien en tabel in die volgorde', () => {
    const { g, module } = samengesteld!;
    const uitkomsten = new Set<string>();
    for (let leeftijd = 17; leeftijd <= 22; leeftijd++) {
      for (const bbl of [false, true]) for (const actief of [false, true]) for (const uitgezonderd of [false, true]) {
        const invoer = { w: { leeftijd, bbl }, actief, uitgezonderd };
        beideGelijk(g, module, invoer, PEIL);
        const a = vang(() => evalueer(g, invoer, PEIL));
        const snel = module.evalueerSnel(invoer, PEIL);
        if (snel !== undefined) expect(JSON.stringify(snel)).toBe(JSON.stringify(module.evalueerExact(invoer, PEIL)));
        else if (a.ok) uitkomsten.add('snel gaf geen antwoord op een gewoon geval');
        uitkomsten.add(a.ok ? JSON.stringify(a.uitvoer) : a.soort);
        if (uitgezonderd) expect(a).toMatchObject({ ok: true, uitvoer: { pct: 0 } });
        else if (!actief) expect(a).toMatchObject({ ok: false, soort: 'leeg' });
      }
    }
    expect([...uitkomsten].sort()).toEqual(['conflict', 'leeg', '{"pct":0}', '{"pct":100}', '{"pct":80}', '{"pct":null}'].sort());
    expect(() => evalueer(g, { w: { leeftijd: 20, bbl: true }, actief: true, uitgezonderd: false }, PEIL))
      .toThrow("conflict in regel 'pct': rij 3 (bron: art. 3) geeft 61,5% en rij 5 geeft 50%");
  });

  it('de analyse vindt de twee overlappende paren, met invoer', () => {
    const a = analyseer(samengesteld!.g, { peildatum: PEIL.peildatum, runs: 100 }).diagnosen.filter((d) => d.code === 'RW4010');
    expect(a.map((d) => /^rij (\d+) en rij (\d+)/.exec(d.melding)!.slice(1).join('+')).sort()).toEqual(['3+5', '4+5']);
  });
});

// ---- one table by hand: the youth wage ----

const JEUGD = `regeling Jeugd
  bron "Besluit minimumjeugdloon"

invoer leeftijd: geheel getal
invoer bbl: ja/nee
uitvoer jeugdpercentage: percentage of leeg

regel jeugdpercentage: percentage of leeg is tabel eerste
  | leeftijd         | bbl | jeugdpercentage | bron                               |
  | ten minste 21    | -   | 100%            | "Besluit minimumjeugdloon, art. 2" |
  | 20               | nee | 80%             | "Besluit minimumjeugdloon, art. 2" |
  | 20               | ja  | 61,5%           | "Besluit minimumjeugdloon, art. 3" |
  | 15 tot en met 19 | -   | 30%             | -                                  |
  | kleiner dan 15   | -   | leeg            | -                                  |
  bron "Besluit minimumjeugdloon, art. 2 en 3"
`;

describe('een tabel als het minimumjeugdloon', () => {
  const r = laad(JEUGD, 'jeugd.regel', stdlibLader);

  it('is foutloos', () => {
    expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  });

  it('de uitleg noemt de rij, haar cellen zoals geschreven en haar bron, of anders die van de regel', () => {
    const a = evalueer(r.gecontroleerd, { leeftijd: 20, bbl: true }, PEIL);
    expect(a.uitvoer).toEqual({ jeugdpercentage: 61.5 });
    expect(a.uitleg.uitvoer['jeugdpercentage']!.besluit).toEqual({ soort: 'tabel', rij: 3, cellen: ['20', 'ja', '61,5%'], bron: 'Besluit minimumjeugdloon, art. 3' });
    const tekst = uitlegAlsTekst(a.uitleg, r.gecontroleerd);
    expect(tekst).toContain('[rij 3: 20 | ja | 61,5%]');
    expect(tekst).toContain('bron: Besluit minimumjeugdloon, art. 3');
    const b = evalueer(r.gecontroleerd, { leeftijd: 16, bbl: false }, PEIL);
    expect(b.uitleg.uitvoer['jeugdpercentage']!.besluit).toEqual({ soort: 'tabel', rij: 4, cellen: ['15 tot en met 19', '-', '30%'], bron: 'Besluit minimumjeugdloon, art. 2 en 3' });
  });
});

describe('tabel uniek', () => {
  const TEKST = `regeling U
  bron "x"
invoer a: getal
uitvoer r: getal
regel r: getal is tabel uniek
  | a            | r |
  | ten minste 0 | 1 |
  | ten hoogste 5 | 2 |
`;
  it('twee rijen die passen zijn een conflict dat beide rijen noemt', () => {
    const g = laad(TEKST, 'u.regel', stdlibLader).gecontroleerd;
    expect(() => evalueer(g, { a: 3 }, PEIL)).toThrow("conflict in regel 'r': rij 1 geeft 1 en rij 2 geeft 2");
    expect(evalueer(g, { a: 7 }, PEIL).uitvoer).toEqual({ r: 1 });
  });
});

describe('lange tabellen (meer rijen dan in één functie passen)', () => {
  // A table of hundreds of rows is cut into parts (codegen TABEL_DEEL); a long `else if` chain or
  // sum made the compiler overflow its stack, and one very large function stops TypeScript's
  // control flow analysis (TS2563). Random rows, repeated past two parts, and a numbered `uniek`
  // table with one overlap at its end.
  const LANG = 900;
  const lang: { t: Tabel; g: Gecontroleerd; module: GecompileerdeModule; tekst: string }[] = [];
  beforeAll(async () => {
    const [eerste] = fc.sample(tabelArb.map((t) => ({ ...t, beleid: 'eerste' as const })), { numRuns: 1, seed: 99 });
    const herhaald: Tabel = { ...eerste!, rijen: Array.from({ length: LANG }, (_, i) => ({ ...eerste!.rijen[i % eerste!.rijen.length]!, uit: i % 50 })) };
    const kolom: Kolom = { naam: 'x', soort: 'geheel getal' };
    const genummerd: Tabel = {
      regel: 'r', beleid: 'uniek', kolommen: [kolom],
      rijen: [
        ...Array.from({ length: LANG }, (_, i) => ({ cellen: [{ tekst: String(i), past: (x: unknown) => x === i }], uit: i % 40, bron: HOSTIELE_BRON[i % HOSTIELE_BRON.length]! })),
        { cellen: [{ tekst: 'kleiner dan 0', past: (x: unknown) => (x as number) < 0 }], uit: null, bron: null },
        { cellen: [{ tekst: `${LANG - 1} tot en met ${LANG + 5}`, past: (x: unknown) => (x as number) >= LANG - 1 && (x as number) <= LANG + 5 }], uit: 1, bron: null },
      ],
    };
    const geladen = [herhaald, genummerd].map((t) => {
      const tekst = alsRegeling(t);
      const r = laad(tekst, 'lang.regel', stdlibLader);
      expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
      return { t, tekst, g: r.gecontroleerd };
    });
    const modules = await gecompileerd('tabel-lang', geladen.map((x, i) => ({ g: x.g, bestand: `lang${i}.regel` })));
    for (const [i, { module }] of modules.entries()) lang.push({ ...geladen[i]!, module });
  }, 180_000);

  it('compileren, en alle engines en de referentie zijn het eens, ook over een conflict aan het eind', () => {
    expect(lang).toHaveLength(2);
    const [herhaald, genummerd] = lang as [typeof lang[0], typeof lang[0]];
    fc.assert(fc.property(invoerArb(herhaald.t), (invoer) => {
      beideGelijk(herhaald.g, herhaald.module, invoer, PEIL);
      const ref = referentie(herhaald.t, invoer);
      const a = vang(() => evalueer(herhaald.g, invoer, PEIL));
      if (ref.ok) expect(a).toMatchObject({ ok: true, uitvoer: { [herhaald.t.regel]: ref.waarde } });
      else expect(a).toMatchObject({ ok: false, soort: ref.soort });
    }), { numRuns: 60, seed: 3 });
    for (const x of [-2, 0, 1, 399, 400, 401, 799, 800, 801, LANG - 2, LANG - 1, LANG, LANG + 5, LANG + 6]) {
      const invoer = { x };
      beideGelijk(genummerd.g, genummerd.module, invoer, PEIL);
      const ref = referentie(genummerd.t, invoer);
      const a = vang(() => evalueer(genummerd.g, invoer, PEIL));
      if (ref.ok) expect(a, String(x)).toMatchObject({ ok: true, uitvoer: { r: ref.waarde } });
      else expect(a, String(x)).toMatchObject({ ok: false, soort: ref.soort });
    }
  }, 120_000);
});
