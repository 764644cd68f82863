// `P op D`: a dated parameter (a local one with a `tot` and a gap, and the stdlib's
// minimumuurloon) on a date D instead of the peildatum. Random D around every row boundary (on,
// the day before and the day after each `vanaf` and `tot`) and outside the tables: the interpreter
// follows an independent reading of the rows, the exact code gives the same outcome, explanation
// and error byte for byte, and the fast path gives the same outputs or declines.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../language/index.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { uitlegAlsTekst } from '../../compiler/interpreter/uitleg-tekst.js';
import type { Uitleg } from '../../runtime/uitleg.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import { invoerArbitrary } from '../../compiler/analysis/arbitraries.js';
import { leesDatum, schrijfDatum } from '../../runtime/datum.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { beideGelijk, vang } from './beide-engines.js';
import { regelingGecompileerd } from '../opzet/mappen.js';

const REGELING = `regeling Op
  bron "test"

gebruik minimumloon

parameter toeslag: percentage
  bron "x"
  vanaf 2024-01-01 is 10%
  vanaf 2024-07-01 tot 2024-12-31 is 12,5%
  vanaf 2025-03-01 is 45% / 2

invoer d: datum
invoer e: datum
uitvoer uurloon: bedrag
uitvoer pct: percentage
uitvoer beide: bedrag

regel uurloon is minimumuurloon op d
regel pct is toeslag op e
regel beide is minimumuurloon + minimumuurloon op (d - 1 dagen)
`;

/** The rows as the tables state them: [vanaf, tot or null, value]. */
const MINIMUMUURLOON: [string, string | null, number][] = [
  ['2024-01-01', null, 13.27], ['2024-07-01', null, 13.68], ['2025-01-01', null, 14.06],
  ['2025-07-01', null, 14.4], ['2026-01-01', null, 14.71], ['2026-07-01', null, 14.99],
];
const TOESLAG: [string, string | null, number][] = [['2024-01-01', null, 10], ['2024-07-01', '2024-12-31', 12.5], ['2025-03-01', null, 22.5]];

/** The independent reading: the last row that began on or before D, unless D is past its `tot`. */
function opDatum(rijen: [string, string | null, number][], d: string): { vanaf: string; waarde: number } | null {
  const rij = [...rijen].reverse().find(([vanaf]) => vanaf <= d);
  if (!rij || (rij[1] !== null && d > rij[1])) return null;
  return { vanaf: rij[0], waarde: rij[2] };
}

const dag = (s: string): number => leesDatum(s)!;
const GRENZEN = [...MINIMUMUURLOON, ...TOESLAG].flatMap(([vanaf, tot]) => [dag(vanaf), ...(tot ? [dag(tot) + 1] : [])]);
/** A date on, just before or just after a row boundary, or anywhere in 2020–2030 (outside the tables too). */
const datum = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...GRENZEN), fc.integer({ min: -1, max: 1 })).map(([g, k]) => schrijfDatum(g + k)) },
  { weight: 1, arbitrary: fc.integer({ min: dag('2020-01-01'), max: dag('2030-12-31') }).map(schrijfDatum) },
);
const PEILDATA = ['2025-05-01', '2026-08-01', '2023-06-01'];

let g: Gecontroleerd;
let module: GecompileerdeModule;
let snel: boolean;

beforeAll(async () => {
  const r = await regelingGecompileerd('parameter-op', REGELING, 'op.regel');
  ({ g, module } = r);
  snel = !r.ts.includes('Geen snelle evaluatie');
}, 120_000);

describe('P op D', () => {
  it('kiest de rij op D in alle engines, ook rond elke rijgrens en buiten de tabel', () => {
    expect(snel).toBe(true);
    let snelGeantwoord = 0;
    let fouten = 0;
    fc.assert(
      fc.property(datum, datum, fc.constantFrom(...PEILDATA), (d, e, peildatum) => {
        const invoer = { d, e };
        const opties = { peildatum };
        const uur = opDatum(MINIMUMUURLOON, d);
        const pct = opDatum(TOESLAG, e);
        const nu = opDatum(MINIMUMUURLOON, peildatum);
        const gisteren = opDatum(MINIMUMUURLOON, schrijfDatum(dag(d) - 1));
        const uitkomst = vang(() => evalueer(g, invoer, opties));
        if (uur && pct && nu && gisteren) {
          expect(uitkomst).toMatchObject({ ok: true, uitvoer: { uurloon: uur.waarde, pct: pct.waarde, beide: Math.round((nu.waarde + gisteren.waarde) * 100) / 100 } });
          // the explanation names the row and the date it was read on
          const gebruikt = (uitkomst as { uitleg: { uitvoer: { uurloon: { gebruikt: unknown[] } } } }).uitleg.uitvoer.uurloon.gebruikt;
          expect(gebruikt).toContainEqual(expect.objectContaining({ soort: 'parameter', naam: 'minimumuurloon', vanaf: uur.vanaf, op: d, overschreven: false }));
        } else {
          fouten++;
          expect(uitkomst).toMatchObject({ ok: false, soort: 'invoer' });
          expect((uitkomst as { melding: string }).melding).toMatch(/ongeldige invoer bij 'peildatum': parameter '(minimumuurloon|toeslag)' heeft geen waarde op \d{4}-\d\d-\d\d: de (tabel begint op|rij vanaf 2024-07-01 gold tot en met 2024-12-31)/);
        }
        beideGelijk(g, module, invoer, opties);
        const s = module.evalueerSnel(invoer, opties);
        if (s === undefined) return;
        snelGeantwoord++;
        expect(uitkomst.ok).toBe(true);
        expect(s).toEqual((uitkomst as { uitvoer: unknown }).uitvoer);
      }),
      { numRuns: 400 },
    );
    // both kinds of outcome were drawn, and the fast path answered most valid inputs
    expect(fouten).toBeGreaterThan(20);
    expect(snelGeantwoord).toBeGreaterThan(100);
  });

  it('de uitleg noemt de rij en de datum, één regel per gelezen datum', () => {
    const u = module.evalueerMetUitleg({ d: '2025-07-01', e: '2025-03-01' }, { peildatum: '2026-01-01' }).uitleg as Uitleg;
    const tekst = uitlegAlsTekst(u, g);
    expect(tekst).toContain('parameter minimumuurloon = € 14,40 (rij vanaf 2025-07-01, op 2025-07-01)');
    expect(tekst).toContain('parameter minimumuurloon = € 14,06 (rij vanaf 2025-01-01, op 2025-06-30)');
    expect(tekst).toContain('parameter minimumuurloon = € 14,71 (rij vanaf 2026-01-01) —');
    expect(tekst).toContain('parameter toeslag = 22,5% (rij vanaf 2025-03-01, op 2025-03-01)');
  });

  it('de invoergenerator van eigenschappen en analyse trekt datums rond elke rijgrens van P', () => {
    const getrokken = new Set(fc.sample(invoerArbitrary(g, { peildatum: '2025-05-01' }), { numRuns: 3000 }).flatMap((x) => [x.d, x.e] as string[]));
    for (const grens of ['2025-07-01', '2026-07-01', '2024-07-01']) {
      for (const k of [-1, 0, 1]) expect(getrokken, `${grens} ${k}`).toContain(schrijfDatum(dag(grens) + k));
    }
    // the day after toeslag's row ends (its `tot`), where the gap begins
    expect(getrokken).toContain('2025-01-01');
    expect(getrokken).toContain('2024-12-31');
  });

  it('een D buiten de tabel is dezelfde fout als een peildatum erbuiten', () => {
    const opD = vang(() => evalueer(g, { d: '2023-12-31', e: '2025-03-01' }, { peildatum: '2025-05-01' }));
    const opPeildatum = vang(() => evalueer(g, { d: '2025-05-01', e: '2025-03-01' }, { peildatum: '2023-12-31' }));
    expect(opD).toMatchObject({ ok: false, soort: 'invoer' });
    expect(opD).toEqual(opPeildatum);
  });

  it('een opgegeven parameter geldt op elke datum, in beide engines', () => {
    const opties = { peildatum: '2025-05-01', parameters: { minimumuurloon: 20 } };
    const invoer = { d: '2020-01-01', e: '2025-03-01' };
    expect(evalueer(g, invoer, opties).uitvoer).toMatchObject({ uurloon: 20, beide: 40 });
    const a = vang(() => evalueer(g, invoer, opties));
    const b = vang(() => module.evalueerMetUitleg(invoer, opties));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('de checker bij P op D', () => {
  const fouten = (tekst: string): string[] => laad(`regeling T\n  bron "t"\ngebruik minimumloon\n${tekst}`, 't.regel', stdlibLader).diagnosen.filter((d) => d.ernst === 'fout').map((d) => `${d.code} ${d.melding}${d.suggestie ? ` | ${d.suggestie}` : ''}`);

  it('aanvaardt een parameter met datumrijen, ook uit de stdlib', () => {
    expect(fouten('invoer d: datum\nuitvoer b: bedrag\nregel b is minimumuurloon op d * 2\n')).toEqual([]);
    expect(fouten('parameter p: getal\n  vanaf 2025-01-01 is 1\nuitvoer b: getal\nregel b is p op 2025-06-01\n')).toEqual([]);
  });

  it('weigert een invoer, een regel of een parameter met één waarde (RW2020) met een suggestie', () => {
    expect(fouten('invoer loon: bedrag\ninvoer d: datum\nuitvoer b: bedrag\nregel b is loon op d\n')).toEqual([expect.stringMatching(/^RW2020 'op' met een datum: 'loon' is een invoer, geen parameter met rijen 'vanaf' \| 'P op D' leest/)]);
    expect(fouten('invoer d: datum\nuitvoer b: bedrag\nregel b is c op d\nregel c: bedrag is € 1\n')).toEqual([expect.stringMatching(/^RW2020 .*'c' is een regel/)]);
    expect(fouten('parameter p: getal is 3\ninvoer d: datum\nuitvoer b: getal\nregel b is p op d\n')).toEqual([expect.stringMatching(/^RW2020 .*parameter 'p' heeft één waarde .* \| laat 'op' weg/)]);
    expect(fouten('invoer d: datum\nuitvoer b: bedrag\nregel b is (minimumuurloon * 2) op d\n')).toEqual([expect.stringMatching(/^RW2020 .*links van 'op' staat geen parameter/)]);
  });

  it('eist een datum na op', () => {
    expect(fouten('invoer n: getal\nuitvoer b: bedrag\nregel b is minimumuurloon op n\n')).toEqual([expect.stringMatching(/^RW20\d\d .*datum na 'op'/)]);
  });
});
