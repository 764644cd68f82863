// `regelwerk fmt` and the Prettier plugin end to end: rewriting, --check, syntax errors, and the
// plugin through Prettier's API and through the real prettier CLI (resolving regelwerk/prettier
// through the package's self-reference).
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { ROOT, regelwerk, regelwerkProces } from './cli-hulp.js';

const GOUD = join(ROOT, 'test/fixtures/opmaak');
const ROMMEL = readFileSync(join(GOUD, 'inspringing.regel'), 'utf8');
const NET = readFileSync(join(GOUD, 'inspringing.opgemaakt.regel'), 'utf8');
const KAPOT = readFileSync(join(GOUD, 'syntaxfout.regel'), 'utf8');

let tmp = '';
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/compiler/node/prettier.js'))) spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  tmp = mkdtempSync(join(tmpdir(), 'regelwerk-fmt-'));
});

function map(naam: string, bestanden: Record<string, string>): string {
  const m = join(tmp, naam);
  for (const [pad, inhoud] of Object.entries(bestanden)) {
    mkdirSync(join(m, pad, '..'), { recursive: true });
    writeFileSync(join(m, pad), inhoud);
  }
  return m;
}

describe('regelwerk fmt', () => {
  it('maakt een map op (ook submappen), noemt de gewijzigde bestanden en laat opgemaakte staan', async () => {
    const m = map('schrijf', { 'a.regel': ROMMEL, 'sub/b.regel': NET, 'sub/geen.txt': ROMMEL });
    const r = await regelwerk('fmt', m);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(`opgemaakt: ${join(m, 'a.regel')}\n`);
    expect(readFileSync(join(m, 'a.regel'), 'utf8')).toBe(NET);
    expect(readFileSync(join(m, 'sub/geen.txt'), 'utf8')).toBe(ROMMEL);
  });

  it('--check schrijft niets, noemt wat niet is opgemaakt en eindigt met 1', async () => {
    const m = map('check', { 'a.regel': ROMMEL, 'b.regel': NET });
    const r = await regelwerk('fmt', '--check', m);
    expect(r.code).toBe(1);
    expect(r.out).toBe(`niet opgemaakt: ${join(m, 'a.regel')}\n`);
    expect(r.err).toContain('1 van 2 bestanden niet opgemaakt');
    expect(readFileSync(join(m, 'a.regel'), 'utf8')).toBe(ROMMEL);
    expect((await regelwerk('fmt', '--check', join(m, 'b.regel'))).code).toBe(0);
  });

  it('een syntaxfout: diagnosen in het Nederlands (RW-code, bestand:regel:kolom), bestand ongemoeid, exit 1', async () => {
    const m = map('kapot', { 'k.regel': KAPOT, 'a.regel': ROMMEL });
    const r = await regelwerk('fmt', m);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(m, 'k.regel')}:6:1: RW0002: onverwacht`);
    expect(readFileSync(join(m, 'k.regel'), 'utf8')).toBe(KAPOT);
    // the other files are still formatted
    expect(readFileSync(join(m, 'a.regel'), 'utf8')).toBe(NET);
  });

  // That policies/ and stdlib/ are formatted is checked once, per file, in test/language/opmaak.test.ts.

  it('zonder paden: de map policies/, zoals regelwerk test (nooit de hele boom)', () => {
    // a project like this repository, whose test/fixtures holds unformatted goldens
    const m = map('project', { 'policies/a.regel': ROMMEL, 'policies/b.regel': NET, 'test/fixtures/c.regel': ROMMEL });
    const r = regelwerkProces(['fmt', '--check'], { cwd: m });
    expect(r.code, r.err).toBe(1);
    expect(r.out).toBe(`niet opgemaakt: ${join('policies', 'a.regel')}\n`);
    expect(r.err).toContain('1 van 2 bestanden niet opgemaakt');
  });

  it('een pad dat niet bestaat is een gebruiksfout (exit 2)', async () => {
    const r = await regelwerk('fmt', join(tmp, 'bestaat-niet'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('bestaat niet');
  });

  it('staat in de hulp', async () => {
    expect((await regelwerk('--help')).out).toContain('regelwerk fmt [--check]');
  });
});

describe('Prettier-plugin regelwerk/prettier', () => {
  const plugin = pathToFileURL(join(ROOT, 'dist/compiler/node/prettier.js')).href;

  it('via de API: prettier.format geeft de opmaak van regelwerk fmt', async () => {
    const uit = await prettier.format(ROMMEL, { parser: 'regelwerk', plugins: [plugin] });
    expect(uit).toBe(NET);
  });

  it('via de API: herkent .regel aan de extensie', async () => {
    const uit = await prettier.format(ROMMEL, { filepath: 'x.regel', plugins: [plugin] });
    expect(uit).toBe(NET);
  });

  it('via de API: een syntaxfout gooit een fout met de Nederlandse diagnose', async () => {
    await expect(prettier.format(KAPOT, { parser: 'regelwerk', plugins: [plugin] })).rejects.toThrow(/RW0002: onverwacht/);
  });

  it('via de echte prettier-CLI, met regelwerk/prettier opgelost via de zelfverwijzing van het pakket', () => {
    const m = map('prettier', { 'a.regel': ROMMEL, 'k.regel': KAPOT });
    const cli = join(ROOT, 'node_modules/prettier/bin/prettier.cjs');
    const r = spawnSync(process.execPath, [cli, '--plugin', 'regelwerk/prettier', '--write', join(m, 'a.regel')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(m, 'a.regel'), 'utf8')).toBe(NET);
    const k = spawnSync(process.execPath, [cli, '--plugin', 'regelwerk/prettier', '--check', join(m, 'k.regel')], { cwd: ROOT, encoding: 'utf8' });
    expect(k.status).not.toBe(0);
    expect(k.stderr).toContain('RW0002');
    expect(readFileSync(join(m, 'k.regel'), 'utf8')).toBe(KAPOT);
  });
});
