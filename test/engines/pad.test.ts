// The decision path (`pad`) in every engine: the interpreter (padVan, the reference), the exact
// compiled code (evalueerExactMetPad), evalueerMetPad and the fast path where it answers give the
// same outputs and the same path byte for byte, or the same error. On every shipped policy (its
// examples and random valid cases, also renamed with hostile names and labels), on random
// composed policies (samenstel-generator.ts) made lazy so that a listed rule no output needs may
// fail (`fout`, `geen rij`) while the case succeeds, and on a small policy whose paths are written
// out by hand. Counters show every kind of entry occurred and the fast path answered.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad, formatDiagnose } from '../../language/index.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import type { Gecontroleerd } from '../../language/checker.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { padOpzet, padVan } from '../../compiler/interpreter/pad.js';
import { kiesPeildatum, voorbeeldInvoer } from '../../compiler/interpreter/voorbeelden.js';
import { invoerArbitrary, peildatumBuitenGeldigheid } from '../../compiler/analysis/arbitraries.js';
import { gecompileerd } from '../opzet/mappen.js';
import { gedeeldeModules, uitkomst } from './beide-engines.js';
import { invoerArb, optiesArb, samenstelArb } from './samenstel-generator.js';

type Opties = { peildatum?: string; parameters?: Readonly<Record<string, unknown>> };
type Telling = Record<string, number>;

function tel(telling: Telling, wat: string): void {
  telling[wat] = (telling[wat] ?? 0) + 1;
}

/**
 * Every engine's path on one case, byte for byte as JSON: the interpreter's padVan against the
 * exact code, evalueerMetPad and the fast path (when it answers); the outputs also those of
 * evalueer. Counts the kinds of entries of the reference's path.
 */
function padGelijk(g: Gecontroleerd, module: GecompileerdeModule, invoer: unknown, opties: Opties, waar: string, telling: Telling): void {
  const referentie = uitkomst(() => padVan(g, invoer, opties));
  const tekst = JSON.stringify(referentie);
  expect(JSON.stringify(uitkomst(() => module.evalueerExactMetPad(invoer, opties))), `${waar}\nexact`).toBe(tekst);
  expect(JSON.stringify(uitkomst(() => module.evalueerMetPad(invoer, opties))), `${waar}\nevalueerMetPad`).toBe(tekst);
  const gewoon = uitkomst(() => ({ uitvoer: evalueer(g, invoer, opties).uitvoer }));
  const zonderPad = 'pad' in (referentie as object) ? { uitvoer: (referentie as { uitvoer: unknown }).uitvoer } : referentie;
  expect(JSON.stringify(gewoon), `${waar}\nevalueer`).toBe(JSON.stringify(zonderPad));
  const p = { pad: '\u0000' };
  const snel = module.evalueerSnel(invoer, opties, p);
  if (snel !== undefined) {
    tel(telling, 'snel');
    expect(JSON.stringify({ uitvoer: snel, pad: p.pad }), `${waar}\nsnel`).toBe(tekst);
  }
  if (!('pad' in (referentie as object))) return tel(telling, 'fout van het geval');
  const pad = (referentie as { pad: string }).pad;
  if (pad === '') tel(telling, 'leeg pad');
  for (const deel of pad === '' ? [] : pad.split('; ')) {
    const m = /^[^=@]+(?:=(basis|u:|rij |geen rij|fout)|@)/u.exec(deel);
    tel(telling, m ? (m[1] ?? '@') : `onbekend: ${deel}`);
  }
}

/** The checked policy of a text that must check without errors. */
function gecontroleerd(tekst: string, bestand: string): Gecontroleerd {
  const r = laad(tekst, bestand, stdlibLader);
  expect(r.diagnosen.filter((d) => d.ernst === 'fout').map((d) => formatDiagnose(d)), tekst).toEqual([]);
  return r.gecontroleerd;
}

const PEILDATUMS = ['2024-06-30', '2025-01-01', '2025-07-01', '2026-01-01', '2026-03-01', '2026-07-01'];
const RUNS = Math.max(50, Number(process.env.REGELWERK_RUNS ?? 2000) / 5);

describe('het beslispad van de meegeleverde regelingen', () => {
  it(`voorbeelden en ${RUNS} willekeurige gevallen per regeling, ook hernoemd: elke engine hetzelfde pad`, async () => {
    const gedeeld = await gedeeldeModules();
    const telling: Telling = {};
    // a hostile label may hold '; ' itself: the renamed policies' entries are not counted
    const hernoemd: Telling = {};
    const alle = [...[...gedeeld.gewoon].map(([f, x]) => ({ ...x, naam: f, runs: RUNS, telling })), ...gedeeld.hernoemd.map((x) => ({ ...x, naam: `${x.bestand} hernoemd (seed ${x.seed})`, runs: Math.ceil(RUNS / 4), telling: hernoemd }))];
    for (const { g, module, naam, runs, telling } of alle) {
      for (const v of g.voorbeelden) {
        const { invoer, opties } = voorbeeldInvoer(g, v);
        padGelijk(g, module, invoer, { ...opties, peildatum: kiesPeildatum(g, v).peildatum }, `${naam}: voorbeeld ${v.naam}`, telling);
      }
      const binnen = PEILDATUMS.filter((p) => !peildatumBuitenGeldigheid(g, p));
      const peildatum = fc.constantFrom(...binnen);
      fc.assert(fc.property(fc.tuple(peildatum, peildatum.chain((p) => invoerArbitrary(g, { peildatum: p }))), ([p, invoer]) => {
        padGelijk(g, module, invoer, { peildatum: p }, `${naam} op ${p}: ${JSON.stringify(invoer)}`, telling);
      }), { numRuns: runs });
    }
    // not vacuous: the fast path answered, and exceptions, table rows and dated parameters were listed
    for (const soort of ['snel', 'basis', 'u:', 'rij ', '@', 'leeg pad']) expect(telling[soort] ?? 0, soort).toBeGreaterThan(0);
    expect(Object.keys(telling).filter((k) => k.startsWith('onbekend'))).toEqual([]);
  }, 240_000);
});

/**
 * A composed policy made lazy: its exception tree `e` and its table `t` are no outputs but read by
 * the output `z` in one branch each, so in a case one of them may fail (a conflict, no row, an
 * error below) and only its entry says so. The table loses its catch-all row, if drawn.
 */
function lui(tekst: string): string {
  return tekst
    // without its catch-all row the table more often has no row (`geen rij`)
    .replace(/\n {2}\|(?: - \|)+ 0 \| - \|\n/u, '\n')
    .replace('uitvoer e: getal\n', '')
    .replace('uitvoer t: getal\n', 'uitvoer z: getal\n')
    .replace(/\n$/, '\nregel z: getal is als p dan e anders t\n  bron "lui"\n');
}

const AANTAL = Number(process.env.REGELWERK_SAMENSTEL_AANTAL ?? 8);
const SAMENSTEL_RUNS = Number(process.env.REGELWERK_SAMENSTEL_RUNS ?? 100);

/** A small policy whose paths are written out by hand below. */
const HAND = `regeling Hand
  bron "test"

gebruik minimumloon

parameter tarief: percentage
  vanaf 2025-01-01 is 10%
  vanaf 2025-07-01 tot 2025-12-31 is 12%
  vanaf 2026-03-01 is 14%

parameter vast: getal
  vanaf 2025-01-01 is 3

invoer n: geheel getal
invoer p: ja/nee

uitvoer uit: getal
uitvoer loon: bedrag

functie via(x: geheel getal): getal is x + b

regel uit: getal is als p dan via(n) anders c

regel a: getal is 1
  uitzondering "groot" indien n > 10 dan 2
  uitzondering "groter" op "groot" indien n > 20 dan 3

regel b: getal is a + vast

regel c: getal is tabel eerste
  | n             | c  |
  | kleiner dan 0 | 5  |
  | 0 tot en met 9 | 6 |

regel d: getal is 1
  uitzondering "nooit gelezen" indien n > 0 dan 2

regel loon: bedrag is tarief van minimumuurloon afgerond op centen
`;

describe('het beslispad in willekeurige samengestelde regelingen en een regeling met de hand', () => {
  const gevallen: { tekst: string; g: Gecontroleerd; module: GecompileerdeModule }[] = [];
  beforeAll(async () => {
    const teksten = [...fc.sample(samenstelArb(false), { numRuns: Math.ceil(AANTAL / 2) }), ...fc.sample(samenstelArb(true), { numRuns: Math.floor(AANTAL / 2) })].map(lui);
    const alle = [...teksten, HAND].map((tekst, i) => ({ tekst, g: gecontroleerd(tekst, `pad${i}.regel`) }));
    const modules = await gecompileerd('pad', alle.map((x, i) => ({ g: x.g, bestand: `pad${i}.regel` })));
    gevallen.push(...modules.map((m, i) => ({ ...alle[i]!, module: m.module })));
  }, 180_000);

  it('interpreter, exacte code en snelle code: hetzelfde pad, ook met fout en geen rij bij een regel die geen uitvoer nodig had', () => {
    const telling: Telling = {};
    for (const x of gevallen.slice(0, -1)) {
      expect(padOpzet(x.g).regels).toEqual(['t', 'e']);
      fc.assert(fc.property(invoerArb, optiesArb, (invoer, opties) => {
        padGelijk(x.g, x.module, invoer, opties, `${x.tekst}\nbij invoer ${JSON.stringify(invoer)} met ${JSON.stringify(opties)}`, telling);
      }), { numRuns: SAMENSTEL_RUNS });
    }
    // the policy by hand too, on random cases: its table has no row above 9, so `geen rij` occurs
    // whatever tables the generator drew for this seed
    const hand = gevallen.at(-1)!;
    const handInvoer = fc.record({ n: fc.integer({ min: -3, max: 30 }), p: fc.boolean() });
    const handOpties = fc.record({ peildatum: fc.constantFrom('2025-03-01', '2025-07-01', '2026-03-01', '2026-01-15') });
    fc.assert(fc.property(handInvoer, handOpties, (invoer, opties) => {
      padGelijk(hand.g, hand.module, invoer, opties, `regeling Hand bij invoer ${JSON.stringify(invoer)} met ${JSON.stringify(opties)}`, telling);
    }), { numRuns: SAMENSTEL_RUNS });
    for (const soort of ['snel', 'basis', 'u:', 'rij ', 'geen rij', 'fout', '@', 'fout van het geval']) expect(telling[soort] ?? 0, soort).toBeGreaterThan(0);
    expect(Object.keys(telling).filter((k) => k.startsWith('onbekend'))).toEqual([]);
  });

  it('de regels met een keuze die de uitvoer bereikt, in volgorde van declaratie; parameters met meer dan één rij', () => {
    const { g, module } = gevallen.at(-1)!;
    // a through the function via and b; d is reached by no output; vast has one row
    expect(padOpzet(g).regels).toEqual(['a', 'c']);
    expect(padOpzet(g).parameters.map((p) => p.naam)).toEqual(['minimumuurloon', 'tarief']);
    const pad = (invoer: unknown, opties: Opties): unknown => {
      const r = uitkomst(() => padVan(g, invoer, opties));
      padGelijk(g, module, invoer, opties, JSON.stringify([invoer, opties]), {});
      return (r as { pad?: string }).pad ?? r;
    };
    expect(pad({ n: 5, p: true }, { peildatum: '2025-03-01' })).toBe('a=basis; c=rij 2; minimumuurloon@2025-01-01; tarief@2025-01-01');
    expect(pad({ n: 15, p: true }, { peildatum: '2025-07-01' })).toBe('a=u:groot; c=geen rij; minimumuurloon@2025-07-01; tarief@2025-07-01');
    expect(pad({ n: 25, p: false }, { peildatum: '2026-03-01' })).toMatchObject({ fout: 'RegelwerkLeeg' });
    expect(pad({ n: 25, p: true }, { peildatum: '2026-03-01' })).toBe('a=u:groter; c=geen rij; minimumuurloon@2026-01-01; tarief@2026-03-01');
    expect(pad({ n: -1, p: false }, { peildatum: '2026-03-01' })).toBe('a=basis; c=rij 1; minimumuurloon@2026-01-01; tarief@2026-03-01');
    // a parameter given for the evaluation has one value: not listed
    expect(pad({ n: 0, p: false }, { peildatum: '2026-03-01', parameters: { tarief: 20 } })).toBe('a=basis; c=rij 2; minimumuurloon@2026-01-01');
    // no row of tarief in force: the case fails on reading it
    expect(pad({ n: 0, p: false }, { peildatum: '2026-01-15' })).toMatchObject({ fout: 'RegelwerkInvoerFout' });
    expect(pad({ n: 'x', p: false }, { peildatum: '2026-03-01' })).toMatchObject({ fout: 'RegelwerkInvoerFout' });
  });
});
