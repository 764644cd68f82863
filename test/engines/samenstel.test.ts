// The constructs of the calendar and of the law's structure, composed at random (the generator is
// samenstel-generator.ts): tijdsduur in each unit, jaar/maand/dag van, de datum met, P op D on a
// local dated table with random rows and on the stdlib's minimumuurloon, parameters as exact
// arithmetic (also 1 / 3), exception trees of depth 1–3 with random parents, reeks, unit words as
// names, eis on a list, functions in table cells; in rule bodies, `als` branches, table headers
// and cells, exception conditions and values, function bodies, `een van` and arithmetic. On random
// inputs, peildatums (month ends, 29 February) and parameters given as with --parameter, the
// interpreter (with and without explanation), the compiled exact code (with and without
// explanation) and the fast path give the same outputs, the same error with the same message and
// the same explanation tree. Counters show that every construct was drawn and every outcome
// occurred. All policies are compiled in one batch. REGELWERK_SAMENSTEL_AANTAL more policies,
// REGELWERK_SAMENSTEL_RUNS more inputs per policy, REGELWERK_SAMENSTEL_TEL prints the counters.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad, formatDiagnose } from '../../language/index.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import { CompilerFout } from '../../compiler/node/compile.js';
import type { Gecontroleerd } from '../../language/checker.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { gecompileerd } from '../opzet/mappen.js';
import { alleEnginesGelijk } from './beide-engines.js';
import { CONSTRUCTIES, invoerArb, optiesArb, samenstelArb } from './samenstel-generator.js';

const AANTAL = Number(process.env.REGELWERK_SAMENSTEL_AANTAL ?? 16);
const RUNS = Number(process.env.REGELWERK_SAMENSTEL_RUNS ?? 120);

interface Geval {
  readonly tekst: string;
  readonly g: Gecontroleerd;
  readonly module: GecompileerdeModule;
  /** the policy has a fast path (no parameter like 1 / 3) */
  readonly snel: boolean;
}

const gevallen: Geval[] = [];

/** Checks a policy (no errors allowed: the generator writes well-typed ones only). */
function gecontroleerd(tekst: string, bestand: string): Gecontroleerd {
  const r = laad(tekst, bestand, stdlibLader);
  const fouten = r.diagnosen.filter((d) => d.ernst === 'fout');
  expect(fouten.map((d) => formatDiagnose(d)), tekst).toEqual([]);
  return r.gecontroleerd;
}

beforeAll(async () => {
  // Half with parameters like 1 / 3 (no fast path), half with finitely many decimals (the fast path is compared too).
  const teksten = [...fc.sample(samenstelArb(false), { numRuns: Math.ceil(AANTAL / 2) }), ...fc.sample(samenstelArb(true), { numRuns: Math.floor(AANTAL / 2) })];
  const alle = teksten.map((tekst, i) => ({ tekst, g: gecontroleerd(tekst, `samenstel${i}.regel`) }));
  // One compile for all (starting the type checker dominates); a compiler error names the policy's text.
  const modules = await gecompileerd('samenstel', alle.map((x, i) => ({ g: x.g, bestand: `samenstel${i}.regel` })), { typen: true }).catch((x: unknown) => {
    if (!(x instanceof CompilerFout)) throw x;
    const i = Number(/samenstel(\d+)\.ts/.exec(x.message)?.[1] ?? -1);
    throw new Error(`${x.message}\n\nin de regeling:\n${teksten[i] ?? '(onbekend)'}`);
  });
  gevallen.push(...modules.map((m, i) => ({ ...alle[i]!, module: m.module, snel: !m.ts.includes('Geen snelle evaluatie') })));
}, 180_000);

/** What the evaluations led to, counted so that the property cannot pass vacuously. */
type Telling = Record<string, number>;

function tel(telling: Telling, wat: string): void {
  telling[wat] = (telling[wat] ?? 0) + 1;
}

/** Every engine on one input (alleEnginesGelijk), the outcome counted. */
function allesGelijk(x: Geval, invoer: unknown, opties: { peildatum: string; parameters?: Record<string, unknown> }, telling: Telling): void {
  const { referentie, snel } = alleEnginesGelijk(x.g, x.module, invoer, opties, `${x.tekst}\nbij invoer ${JSON.stringify(invoer)} met ${JSON.stringify(opties)}`);
  if (snel) tel(telling, 'snel');
  if (referentie.ok) {
    tel(telling, 'waarde');
    const uitleg = JSON.stringify(referentie.uitleg);
    if (uitleg.includes('"overschrijft"')) tel(telling, 'overschreven');
    if (uitleg.includes('"soort":"functie"')) tel(telling, 'functie in tabel uitgelegd');
  } else {
    tel(telling, referentie.soort);
    if (/ bestaat niet: /.test(referentie.melding)) tel(telling, 'datum bestaat niet');
    if (/heeft geen waarde op /.test(referentie.melding)) tel(telling, 'parameter buiten tabel');
    if (/parameter/.test(referentie.melding) && opties.parameters) tel(telling, 'ongeldige parameter');
    if (/uitzondering '[^']+' geeft .* en uitzondering/.test(referentie.melding)) tel(telling, 'conflict van uitzonderingen');
  }
}

describe('de nieuwe constructies samengesteld met de oude, in elke positie', () => {
  it('interpreter, exacte code (met en zonder uitleg) en snelle code: dezelfde uitvoer, fout en uitleg', () => {
    expect(gevallen).toHaveLength(AANTAL);
    const telling: Telling = {};
    for (const x of gevallen) {
      for (const [naam, patroon] of CONSTRUCTIES) if (patroon.test(x.tekst)) tel(telling, `getrokken: ${naam}`);
      if (x.snel) tel(telling, 'regeling met snel pad');
      const t0 = performance.now();
      fc.assert(fc.property(invoerArb, optiesArb, (invoer, opties) => { allesGelijk(x, invoer, opties, telling); }), { numRuns: RUNS });
      if (process.env.REGELWERK_SAMENSTEL_TEL) process.stderr.write(`${gevallen.indexOf(x)}: ${Math.round(performance.now() - t0)} ms\n`);
    }
    if (process.env.REGELWERK_SAMENSTEL_TEL) console.log(telling);
    // Not vacuous: every construct was drawn, every outcome occurred, and the fast path answered.
    for (const [naam] of CONSTRUCTIES) expect(telling[`getrokken: ${naam}`] ?? 0, naam).toBeGreaterThan(0);
    const totaal = AANTAL * RUNS;
    expect(telling['waarde'] ?? 0).toBeGreaterThan(totaal / 40);
    for (const uitkomst of ['conflict', 'conflict van uitzonderingen', 'leeg', 'reken', 'invoer', 'datum bestaat niet', 'parameter buiten tabel', 'overschreven', 'functie in tabel uitgelegd']) {
      expect(telling[uitkomst] ?? 0, uitkomst).toBeGreaterThan(0);
    }
    expect(telling['regeling met snel pad'] ?? 0).toBeGreaterThan(0);
    expect(telling['snel'] ?? 0).toBeGreaterThan(0);
  });
});
