// The differential test on renamed policies: every name a drafter declared in policies/ becomes
// another name (K1, el1, w, besluit, INVOER, Record, constructor, class, één, ib-ondernemer, ...;
// see namen-generator.ts) and every bron, melding and exception label a hostile text. A name that
// collides with a generated one, or a text that escapes its string or comment, makes the compiler
// fail or the engines disagree. Inputs come from the renamed policy. REGELWERK_SEED picks other
// renamings, REGELWERK_HERNOEM_VARIANTEN more renamings per policy, REGELWERK_HERNOEM_RUNS more inputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoerArbitrary } from '../../compiler/analysis/arbitraries.js';
import { laad } from '../../language/index.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import { hernoem } from './namen-generator.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { HERNOEM_SEED, HERNOEM_VARIANTEN, POLICIES, beideGelijk, gedeeldeModules } from './beide-engines.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = Number(process.env.REGELWERK_HERNOEM_RUNS ?? 300);

const geladen = new Map<string, { g: Gecontroleerd; module: GecompileerdeModule }>();
const sleutel = (bestand: string, seed: number): string => `${bestand}@${seed}`;
const varianten = POLICIES.flatMap((bestand, p) => Array.from({ length: HERNOEM_VARIANTEN }, (_, v) => ({ bestand, seed: HERNOEM_SEED + p * 101 + v })));

beforeAll(async () => {
  // Checked and compiled once per run, with the same renamings as snel.test.ts (beide-engines.ts).
  for (const h of (await gedeeldeModules()).hernoemd) geladen.set(sleutel(h.bestand, h.seed), { g: h.g, module: h.module as GecompileerdeModule });
  expect(geladen.size).toBe(varianten.length);
  expect((globalThis as { __pwned?: unknown }).__pwned, 'importeren voert geen code uit de regeling uit').toBeUndefined();
}, 180_000);

afterAll(() => {
  expect((globalThis as { __pwned?: unknown }).__pwned, 'evalueren voert geen code uit de regeling uit').toBeUndefined();
});

const peildatum = fc.constantFrom('2024-06-30', '2025-01-01', '2025-07-01', '2026-01-01', '2026-03-01');

describe.each(varianten)('hernoemd: $bestand (seed $seed)', ({ bestand, seed }) => {
  it(`interpreter en gecompileerde code zijn het eens (${RUNS} invoeren)`, () => {
    const { g, module } = geladen.get(sleutel(bestand, seed))!;
    const arb = fc.tuple(peildatum, peildatum.chain((p) => invoerArbitrary(g, { peildatum: p })));
    fc.assert(
      fc.property(arb, ([p, invoer]) => {
        beideGelijk(g, module, invoer, { peildatum: p });
        expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
      }),
      { numRuns: RUNS, seed },
    );
  });
});

describe('de hernoeming zelf', () => {
  // A type word the drafter declared as a name stays as it is (it is no NaamLit), so no other name
  // may become it: minimumjeugdloon's `uitvoer percentage` did, for about one seed in ten.
  const namen = Array.from({ length: 20 }, (_, i) => `n${i + 1}`);
  const TYPEWOORDEN_ALS_NAAM = ['regeling T', '  bron "test"', 'invoer getal: getal', 'invoer bedrag: bedrag', 'invoer datum: datum', 'invoer duur: duur',
    'invoer tekst: tekst', 'uitvoer percentage: percentage', ...namen.map((n) => `uitvoer ${n}: getal`), 'regel percentage is 5%',
    ...namen.map((n) => `regel ${n} is getal + 1`), ''].join('\n');

  it('een regeling met typewoorden als naam blijft bij elke seed geldig', () => {
    expect(laad(TYPEWOORDEN_ALS_NAAM, 't.regel', stdlibLader).diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
    fc.assert(fc.property(fc.integer(), (seed) => {
      const r = laad(hernoem(TYPEWOORDEN_ALS_NAAM, seed).tekst, 't.regel', stdlibLader);
      expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
    }), { numRuns: 100 });
  });

  it.each([160959912, 80190, 119785].map((seed) => [seed]))('minimumjeugdloon.regel, seed %i', (seed) => {
    const r = laad(hernoem(readFileSync(join(ROOT, 'policies', 'minimumjeugdloon.regel'), 'utf8'), seed).tekst, 'minimumjeugdloon.regel', stdlibLader);
    expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  });
});
