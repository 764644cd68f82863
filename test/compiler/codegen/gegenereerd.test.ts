// The generated TypeScript of every policy is a contract: a change to it must be intended, not a
// side effect of a refactoring. This test generates the code of every policy in policies/ (those that
// use the stdlib with it, as `regelwerk compile` does) with the pure generator `genereer`, before
// prettier, and compares one SHA-256 over all of it with the hash recorded below.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genereer } from '../../../compiler/codegen/codegen.js';
import { laadBestand } from '../../../compiler/node/modules.js';

const ROOT = join(import.meta.dirname, '../../..');

/**
 * The SHA-256 over the generated code of all policies (see `totaal`). Update it only when a change
 * to generated code is intended, in the same commit as that change, and say in the commit message
 * why the generated code changed.
 */
const VERWACHT = 'd6c9e6ccad31c6d8a039a49579ee4b1fb285d7fb5a4904295f46b644c29a6718';

/** The hash of each policy's generated code as last recorded, so a failure names the policies that changed. */
const PER_REGELING: Readonly<Record<string, string>> = {
  'aov-zelfstandigen.regel': 'ffdba0a1b9dc3d5b37e1d6bfcc74214f11b6f69c42cc8de2b2f17797828b6798',
  'basiscontract.regel': 'b517d23e44a689ca84a478acaacdda60aef7104fb3f74ea9c12e48cba6df8167',
  'certificering-uitleners.regel': '1d7c8b66fdd0b37285a4fefbd533d99356324eb95e2bdd7c149aca8d18f5284c',
  'crisisregeling-personeelsbehoud.regel': '34a8907e4d127cd7c2e8ac4bee55f6896eb8dfc0f6bd1933a417034ce0fac566',
  'ketenbepaling.regel': '0a177600b655b46c5669fa5ac2cd275406c59e27150acd60d404d814ca292c10',
  'loondoorbetaling-bij-ziekte.regel': 'efaf3d7bc1703e6c44eb3b966ff92fde540ee1898c7f8638de78927f5052db84',
  'minimumjeugdloon.regel': 'f11a6e861b4903efc1921916265d7be4eaa291b12a65e029f108ab5042afa662',
  'reintegratie-kleine-werkgevers.regel': 'f19f6ac29a18b6be5d9cd1d3ba557770a247481dc447315d148e30a41f8ca90d',
  'schijnzelfstandigheid.regel': '635da961449c9cd7b0905d0bbb5a70e99f88713f6390be31f9199226e7551447',
  'uitzendfasen.regel': '0e7c31716c884f0650b437b0a18c397d5625366f8c694e808f5a1c8fa1cf608d',
  'ww-premie.regel': '691f7e8c551972a38dabe16f6212090d38400e518028e84b08834c83748d03d8',
};

/** The generated TypeScript of each policy in policies/, by file name, in file-name order. */
function gegenereerd(): [string, string][] {
  const bestanden = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();
  return bestanden.map((f) => {
    const r = laadBestand(join(ROOT, 'policies', f));
    expect(r.diagnosen.filter((d) => d.ernst === 'fout'), f).toEqual([]);
    return [f, genereer(r.gecontroleerd)];
  });
}

const sha256 = (tekst: string): string => createHash('sha256').update(tekst, 'utf8').digest('hex');

/** One hash over all policies: each file name and its code, framed by their lengths so no two lists run together. */
function totaal(code: readonly (readonly [string, string])[]): string {
  return sha256(code.map(([f, ts]) => `${f.length}:${f}${ts.length}:${ts}`).join(''));
}

describe('generated code of every policy (byte for byte)', () => {
  const code = gegenereerd();

  it('is the code recorded by its hash', () => {
    const nu = totaal(code);
    const per = Object.fromEntries(code.map(([f, ts]) => [f, sha256(ts)]));
    const veranderd = [...new Set([...Object.keys(per), ...Object.keys(PER_REGELING)])].filter((f) => per[f] !== PER_REGELING[f]).sort();
    expect(nu, [
      'De gegenereerde TypeScript van de regelingen in policies/ is veranderd' + (veranderd.length > 0 ? ` (${veranderd.join(', ')})` : '') + '.',
      'Was dat niet de bedoeling, dan verandert deze wijziging het gedrag van gecompileerde modules: zoek de oorzaak',
      '(vergelijk `node bin/regelwerk.js compile policies/*.regel --uit /tmp/voor` op de vorige commit met /tmp/na).',
      'Was het wel de bedoeling, werk dan in test/compiler/codegen/gegenereerd.test.ts VERWACHT en PER_REGELING bij,',
      'in dezelfde commit als de verandering, en zeg in het commitbericht waarom de gegenereerde code verandert:',
      `const VERWACHT = '${nu}';`,
      `const PER_REGELING: Readonly<Record<string, string>> = ${JSON.stringify(per, null, 2).replace(/"/g, "'")};`,
    ].join('\n')).toBe(VERWACHT);
  });

  it('covers every policy, and one changed character changes the hash', () => {
    expect(code.length).toBeGreaterThanOrEqual(9);
    for (const [f, ts] of code) expect(ts.length, f).toBeGreaterThan(1000);
    // Any single character of any policy's code, changed, gives another hash.
    const nu = totaal(code);
    for (const [i, [f, ts]] of code.entries()) {
      for (const plek of [0, ts.length >> 1, ts.length - 1]) {
        const anders = code.map(([g, t], j) => [g, j === i ? t.slice(0, plek) + (t[plek] === 'x' ? 'y' : 'x') + t.slice(plek + 1) : t] as const);
        expect(totaal(anders), `${f} @${plek}`).not.toBe(nu);
      }
    }
    // Moving text from one policy's code to the next also changes it (the lengths frame each file).
    const [[f0, a], [f1, b]] = [code[0]!, code[1]!];
    expect(totaal([[f0, a + b.slice(0, 1)], [f1, b.slice(1)], ...code.slice(2)])).not.toBe(nu);
  });

  it('is the same when generated again (the generator is pure)', () => {
    expect(totaal(gegenereerd())).toBe(totaal(code));
  });
});
