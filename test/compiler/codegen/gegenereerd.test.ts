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
const VERWACHT = '369c20d188499200c7349e91c14d75142258e5b9703a8970da7ad36a90bb0ae6';

/** The hash of each policy's generated code as last recorded, so a failure names the policies that changed. */
const PER_REGELING: Readonly<Record<string, string>> = {
  'aov-zelfstandigen.regel': '39d8d5a57bfe940b50ed3b9e94c0e61bace18d19ee2ec2c71e2a4d79aaa6a7c8',
  'basiscontract.regel': 'cff965775750911fc4c0b08aaba46df455ba4dbec954381c25af597b0c08abc1',
  'certificering-uitleners.regel': '2ceef4ce7c35b6a46370d1bee11e38c2ae1f117ff690a06d9e55e8ba7fb90261',
  'crisisregeling-personeelsbehoud.regel': 'c8e91e1156ce56129cc03ad7c486c18e013abb82fd108db9657cd71daa459f79',
  'ketenbepaling.regel': 'd155c332676aaa395de7c4fef6f2f6d8a3619224b50177c56b54b73704e3a50f',
  'loondoorbetaling-bij-ziekte.regel': '20fc73c43067ed9908f2c33d24ffafd82dd67c57d172de347ef4b42b93857fb7',
  'minimumjeugdloon.regel': 'b84533abe7a347849453fb6eced2aad64849f0b52c4a1b66805fe9c8cae483a7',
  'reintegratie-kleine-werkgevers.regel': 'bf9566ec6e552188f30a10db8410d9bbedcdeed75e5cc810c476b6881e5dd6cd',
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
