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
const VERWACHT = '6a18bdf45c056e13c724abd9bd6f347895a31394a2482ace88ca28957f6d9e1d';

/** The hash of each policy's generated code as last recorded, so a failure names the policies that changed. */
const PER_REGELING: Readonly<Record<string, string>> = {
  'aov-zelfstandigen.regel': 'fddc77459546638dec8101c98633b70439a01b0c1b6eccf7f40463cacb24244d',
  'basiscontract.regel': 'f8d20ac2a877b22bc15991aecebf451987579396283f1c1c19387c5d9f02a040',
  'certificering-uitleners.regel': '656a05b7c871f4e636c3fb51732f0b7b6534b0bddee6feeb1bb97d3276ace8da',
  'crisisregeling-personeelsbehoud.regel': '8d46ecf66da3f70cb021e152337f3b5e77a9cf1a1b4c87beb25994681e061880',
  'ketenbepaling.regel': '632519eb72ddb55f3a2ab0926d2728aca229734d7980cac9a9c42fc3e7f4f162',
  'loondoorbetaling-bij-ziekte.regel': '0471d25a4db78c2819d24a82777de030cbfafb7f2e7120ae67cd1ff82cd6aad7',
  'minimumjeugdloon.regel': '37e0623c34833f1d15e63d1adebef270d390494f616e1fb98ede2f9b0680dcd6',
  'reintegratie-kleine-werkgevers.regel': 'e12adaf9aec9393bf494dcb6b8e7818b192aee4e6bdcab764c021730f0ca46fd',
  'schijnzelfstandigheid.regel': '23367e519c893d22a0835394bfbb7df52829fb8b6351f01fa2ff7259de7389ea',
  'uitzendfasen.regel': '2893ea607d0db02e10e8bb438936fd350ccb5991835074218e55ff4073bf9b2e',
  'ww-premie.regel': '94f7dd92ae5ee2cfdf1f55aa75272d4171df1d6c5a98c7ff8769253fdfd7ed2e',
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
