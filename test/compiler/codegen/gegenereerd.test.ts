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
const VERWACHT = '5ea98a21868080b77630748c5ad0bf9f55473a86e57604fe36a386309aa6f21e';

/** The hash of each policy's generated code as last recorded, so a failure names the policies that changed. */
const PER_REGELING: Readonly<Record<string, string>> = {
  'aov-zelfstandigen.regel': 'bb7f84696c7bf1d3fd9e1a83a67a71c5e50766efac7abfb79022e1cbc0054c33',
  'basiscontract.regel': '43d440f9690ce7fc8c70f51d682008aa287eed25704a1a14452a206f7a1c7286',
  'certificering-uitleners.regel': 'e58e5f1f57e60b7e67b96aa1801c0856ec5f0fe6b2f200f8a2e34bdde6394981',
  'crisisregeling-personeelsbehoud.regel': 'e307f0dfb0210c6d32ea00f781beb1421664571d6bbf910c8977922bd3f62d67',
  'ketenbepaling.regel': '438496021ce8d3fce7b834e5efae976f7ccecf0530c6889f84695f5b39f45921',
  'loondoorbetaling-bij-ziekte.regel': '3b9be265911bfb37528d85f82d81b93d187e13a0b416483b3f5884983fb97546',
  'minimumjeugdloon.regel': 'dde3e5f5447038b7f2dc0d44e056fd501a5ad2b05b02b1cec4f9e14266d133ce',
  'reintegratie-kleine-werkgevers.regel': '0e280fae27608db4d2ea119856dc25f5b9d266a9e7c4239044b25505143b71e5',
  'schijnzelfstandigheid.regel': '739d8037b40008e0f702575c4d3b3523e68030732336662499c17561926fd92e',
  'uitzendfasen.regel': '51a7c1bf3c144683e302093f9a7217509c74087399e557952ebd670a00506248',
  'ww-premie.regel': 'bf0c32c8912dbaf79a26a8ed75ac473d3f00d91d6eccfb6c643de49588c95343',
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
