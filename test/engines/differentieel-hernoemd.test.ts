// The differential test on renamed policies: every name a drafter declared in policies/ becomes
// another name (K1, el1, w, besluit, INVOER, Record, constructor, class, één, ib-ondernemer, ...;
// see namen-generator.ts) and every bron, melding and exception label a hostile text. A name that
// collides with a generated one, or a text that escapes its string or comment, makes the compiler
// fail or the engines disagree. Inputs come from the renamed policy. REGELWERK_SEED picks other
// renamings, REGELWERK_HERNOEM_VARIANTEN more renamings per policy, REGELWERK_HERNOEM_RUNS more inputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { laad } from '../../language/index.js';
import { stdlibLader } from '../../node/modules.js';
import { compileer } from '../../node/compile.js';
import { invoerArbitrary } from '../../analysis/arbitraries.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { hernoem } from './namen-generator.js';
import { type Module, beideGelijk } from './beide-engines.js';
import { moduleMap } from '../opzet/mappen.js';

const ROOT = join(import.meta.dirname, '../..');
const SEED = Number(process.env.REGELWERK_SEED ?? 20261001);
const VARIANTEN = Number(process.env.REGELWERK_HERNOEM_VARIANTEN ?? 1);
const RUNS = Number(process.env.REGELWERK_HERNOEM_RUNS ?? 300);
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();

const varianten = POLICIES.flatMap((bestand, p) => Array.from({ length: VARIANTEN }, (_, v) => ({ bestand, seed: SEED + p * 101 + v })));
const geladen = new Map<string, { g: Gecontroleerd; module: Module }>();
const sleutel = (bestand: string, seed: number): string => `${bestand}@${seed}`;

beforeAll(async () => {
  const policies = varianten.map(({ bestand, seed }, i) => {
    const h = hernoem(readFileSync(join(ROOT, 'policies', bestand), 'utf8'), seed);
    const r = laad(h.tekst, bestand, stdlibLader);
    expect(r.diagnosen.filter((d) => d.ernst === 'fout'), `${bestand} (seed ${seed})`).toEqual([]);
    return { g: r.gecontroleerd, bestand: `h${i}.regel` };
  });
  // One compile for all variants: starting the type checker dominates.
  const modules = await compileer(policies);
  const map = moduleMap('hernoemd');
  mkdirSync(map, { recursive: true });
  for (const [i, m] of modules.entries()) {
    writeFileSync(join(map, `h${i}.js`), m.js);
    const { bestand, seed } = varianten[i]!;
    geladen.set(sleutel(bestand, seed), { g: policies[i]!.g, module: (await import(pathToFileURL(join(map, `h${i}.js`)).href)) as Module });
  }
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
