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
const VERWACHT = 'b997d25cef36971558abf2776e55713a6bff0ce597ab53b132daed2589ef8f44';

/** The hash of each policy's generated code as last recorded, so a failure names the policies that changed. */
const PER_REGELING: Readonly<Record<string, string>> = {
  'aov-zelfstandigen.regel': '148429319fe5ec725b86df717f8c3ab1f23b038224431ddfee374a4d4a7253e0',
  'basiscontract.regel': '5c4a721be8310b90c5d3cd783791b48332e6558e45f2ca6d2ebe616ecc97d12d',
  'certificering-uitleners.regel': '639216c16dcfb53fe879b95fc415e737455d647b25421d0a103ca90f42319fb9',
  'crisisregeling-personeelsbehoud.regel': '64436d52e5207064bb102ac652b80e83daf4d6fb83a9b2ba77ca6aedbf8b1af0',
  'ketenbepaling.regel': '773750205e0ef5773c71bdc7aa6a7cd9b316d330011215329de9159ee770bc0c',
  'loondoorbetaling-bij-ziekte.regel': 'e66226696ea610183b5a99808761d2cdc5992e41491740fa062b8adad4feed95',
  'minimumjeugdloon.regel': '8eaa802b3247d2b688b921e07a67c531cc3235b6560ac72f64c798bda6ab43cf',
  'reintegratie-kleine-werkgevers.regel': 'c859fa04b5672d785575eb9a5374d4f5c3a750a91ae7055c1a56c84b907a3839',
  'schijnzelfstandigheid.regel': '2fc15e158c3ef1799541f5d0e6b3f9bf1f78cb15f45add541e365e10f304572f',
  'uitzendfasen.regel': 'd688c9bb685eab56a4493502313da6691f4caaef17a474096f709b19a3620abf',
  'ww-premie.regel': 'e697862ae2dd064ae8e852ad2ba80474c87119872a5c321ba5412cb09152f861',
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
