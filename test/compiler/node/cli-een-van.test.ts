// `regelwerk run` on the example that split the engines: `a is een van (1, 10 / b)` with a = 1, b = 0. One
// case on a cold cache is answered by the interpreter; a batch compiles the policy and caches the
// module, which the next single case then uses. Both must give the same answer, the same
// explanation and the same errors: the options are evaluated one at a time, from the left.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type CliUitkomst, regelwerk, tijdelijkeMap } from './cli-hulp.js';

const { map, bestand } = tijdelijkeMap('regelwerk-een-van-');

/** `regelwerk ...args` with its own user cache ($XDG_CACHE_HOME), restored afterwards. */
async function metCache(cache: string, ...args: string[]): Promise<CliUitkomst> {
  const oud = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = cache;
  try {
    return await regelwerk(...args);
  } finally {
    if (oud === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = oud;
  }
}

function gecachteModules(cache: string): string[] {
  const m = join(cache, 'regelwerk');
  return existsSync(m) ? readdirSync(m).filter((f) => f.endsWith('.js')) : [];
}

describe('run: is een van, koud en na een batch', () => {
  it('een latere optie die zou falen wordt niet uitgerekend: hetzelfde antwoord en dezelfde uitleg, uit welke engine ook', async () => {
    // a comment no earlier run has seen: the policy is in no cache yet
    const regeling = bestand('een-van.regel', [
      'regeling W', '  bron "test"', 'invoer a: getal', 'invoer b: getal', 'uitvoer w: ja/nee',
      'regel w: ja/nee is a is een van (1, 10 / b)', `-- ${randomBytes(8).toString('hex')}`, '',
    ].join('\n'));
    const een = bestand('een.json', '{"a":1,"b":0}');
    const nodig = bestand('nodig.json', '{"a":3,"b":0}');
    const batch = bestand('batch.json', '[{"a":1,"b":0},{"a":10,"b":1}]');
    const cache = join(map(), 'cache');
    const opties = ['--peildatum', '2026-03-01', '--uitleg'];

    const koud = await metCache(cache, 'run', regeling, '--invoer', een, ...opties);
    expect(koud.code, koud.err).toBe(0);
    expect(JSON.parse(koud.out)).toMatchObject({ uitvoer: { w: true } });
    // only a is used: the second option was never evaluated, so b is not in the explanation
    expect(JSON.parse(koud.out).uitleg.uitvoer.w.gebruikt).toEqual([{ soort: 'invoer', naam: 'a', waarde: 1 }]);
    expect(gecachteModules(cache)).toEqual([]);

    const b = await metCache(cache, 'run', regeling, '--invoer', batch, ...opties);
    expect(b.code, b.err).toBe(0);
    expect(gecachteModules(cache)).toHaveLength(1);
    const [eerste, tweede] = JSON.parse(b.out) as { uitvoer: unknown; uitleg: unknown }[];
    expect(eerste).toEqual(JSON.parse(koud.out));
    expect(tweede).toMatchObject({ uitvoer: { w: true } });

    // the same single case again, now from the cached module: the same text as cold
    expect(await metCache(cache, 'run', regeling, '--invoer', een, ...opties)).toEqual(koud);
    for (const formaat of ['json', 'tekst']) {
      const interpreter = await metCache(cache, 'run', regeling, '--invoer', een, ...opties, '--formaat', formaat, '--engine', 'interpreter');
      expect(await metCache(cache, 'run', regeling, '--invoer', een, ...opties, '--formaat', formaat, '--engine', 'compiled')).toEqual(interpreter);
    }
    // when the second option is needed, both engines fail on it alike
    const fout = { code: 3, out: '', err: "in regel 'w': deling door nul\n" };
    expect(await metCache(cache, 'run', regeling, '--invoer', nodig, ...opties, '--engine', 'interpreter')).toEqual(fout);
    expect(await metCache(cache, 'run', regeling, '--invoer', nodig, ...opties, '--engine', 'compiled')).toEqual(fout);
  });
});
