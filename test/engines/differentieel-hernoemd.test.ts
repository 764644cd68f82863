// The differential test on renamed policies: every name a drafter declared in policies/ becomes
// another name (K1, el1, w, besluit, INVOER, Record, constructor, class, één, ib-ondernemer, ...;
// see namen-generator.ts) and every bron, melding and exception label a hostile text. A name that
// collides with a generated one, or a text that escapes its string or comment, makes the compiler
// fail or the engines disagree. Inputs come from the renamed policy. REGELWERK_SEED picks other
// renamings, REGELWERK_HERNOEM_VARIANTEN more renamings per policy, REGELWERK_HERNOEM_RUNS more inputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { invoerArbitrary } from '../../analysis/arbitraries.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { HERNOEM_SEED, HERNOEM_VARIANTEN, POLICIES, type Module, beideGelijk, gedeeldeModules } from './beide-engines.js';

const RUNS = Number(process.env.REGELWERK_HERNOEM_RUNS ?? 300);

const geladen = new Map<string, { g: Gecontroleerd; module: Module }>();
const sleutel = (bestand: string, seed: number): string => `${bestand}@${seed}`;
const varianten = POLICIES.flatMap((bestand, p) => Array.from({ length: HERNOEM_VARIANTEN }, (_, v) => ({ bestand, seed: HERNOEM_SEED + p * 101 + v })));

beforeAll(async () => {
  // Checked and compiled once per run, with the same renamings as snel.test.ts (beide-engines.ts).
  for (const h of (await gedeeldeModules()).hernoemd) geladen.set(sleutel(h.bestand, h.seed), { g: h.g, module: h.module as Module });
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
