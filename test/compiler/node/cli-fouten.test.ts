// User errors at the command line are Dutch usage errors (exit 2) that name the path, never an
// English system error as "interne fout" (exit 70); a batch reports each bad case and still
// evaluates the good ones; `--invoer -` reads standard input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as hulp from './cli-hulp.js';
import { ONBEVOEGD, ROOT, geefAan, mapVoorAnder, regelwerkProces, type CliUitkomst } from './cli-hulp.js';
import { kopieerPakket, metTijdelijkeMap } from './cache-hulp.js';

metTijdelijkeMap();

let tmp = '';
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/compiler/node/cli.js'))) spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  tmp = mkdtempSync(join(tmpdir(), 'regelwerk-cli-fouten-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/**
 * The command in this process, with its own cache directory; with standard input (`input`) as a
 * real process, since only a process has its own stdin.
 */
async function regelwerk(args: string[], input?: string): Promise<CliUitkomst> {
  const env = { XDG_CACHE_HOME: join(tmp, 'cache') };
  if (input !== undefined) return regelwerkProces(args, { input, env });
  const vorig = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = env.XDG_CACHE_HOME;
  try {
    return await hulp.regelwerk(...args);
  } finally {
    if (vorig === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = vorig;
  }
}

function bestand(naam: string, inhoud: string): string {
  const p = join(tmp, naam);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, inhoud);
  return p;
}

/** A usage error: exit 2, a Dutch message that names the path, no system error text. */
function gebruiksFout(r: { code: number; err: string }, pad: string): void {
  expect(r.code, r.err).toBe(2);
  expect(r.err).toMatch(/^regelwerk: /);
  expect(r.err).toContain(`'${pad}'`);
  expect(r.err).not.toMatch(/interne fout|EEXIST|ENOTDIR|EACCES|EISDIR|ENOENT/);
}

const DELING = 'regeling Deling\n  bron "test"\ninvoer x: getal\nuitvoer y: getal\nregel y is 12 / x\n';

describe('bestandsfouten op een opgegeven pad', () => {
  it('compile --uit op een bestand', async () => {
    const uit = bestand('een-bestand', 'x');
    gebruiksFout(await regelwerk(['compile', 'policies/ketenbepaling.regel', '--uit', uit]), uit);
  });
  it('compile --uit /dev/null', async () => {
    gebruiksFout(await regelwerk(['compile', 'policies/ketenbepaling.regel', '--uit', '/dev/null']), '/dev/null');
  });
  // Node 20's recursive mkdirSync loops forever under /proc; these runs hung at 100 % CPU.
  it.skipIf(!existsSync('/proc/self'))('compile --uit onder /proc: een gebruiksfout, geen oneindige lus', async () => {
    gebruiksFout(await regelwerk(['compile', 'policies/ketenbepaling.regel', '--uit', '/proc/bestaat-niet/gen']), '/proc/bestaat-niet/gen');
  });
  // From a copy of the package: without a user cache a run uses the package's own, not this one's.
  it.skipIf(!existsSync('/proc/self'))('XDG_CACHE_HOME onder /proc: de run gaat door zonder cache', () => {
    const r = regelwerkProces(['run', 'policies/ww-premie.regel', '--invoer', 'policies/voorbeelden/ww-premie.json', '--peildatum', '2026-03-01'], { env: { XDG_CACHE_HOME: '/proc/bestaat-niet' }, timeout: 60_000, pakket: kopieerPakket() });
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toBeInstanceOf(Array);
  });
  it('compile --uit onder een bestand', async () => {
    const uit = join(bestand('nog-een-bestand', 'x'), 'gen');
    gebruiksFout(await regelwerk(['compile', 'policies/ketenbepaling.regel', '--uit', uit]), uit);
  });
  // As root (CI) no mode binds: there the command runs as ONBEVOEGD, in a folder of its own.
  it('compile --uit in een alleen-lezen map', async () => {
    const basis = ONBEVOEGD ? mapVoorAnder('regelwerk-alleen-lezen-') : tmp;
    const uit = join(basis, 'alleen-lezen');
    mkdirSync(uit);
    chmodSync(uit, 0o500);
    const args = ['compile', 'policies/ketenbepaling.regel', '--uit', uit];
    if (ONBEVOEGD) geefAan(basis, ONBEVOEGD);
    const r = ONBEVOEGD ? regelwerkProces(args, { als: ONBEVOEGD, env: { XDG_CACHE_HOME: basis, TMPDIR: basis } }) : await regelwerk(args);
    chmodSync(uit, 0o700);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain(uit);
    expect(r.err).not.toMatch(/interne fout|EACCES/);
  });
  it.each(['run', 'check', 'test', 'compile'])('%s op een map', async (opdracht) => {
    const map = join(tmp, `map-${opdracht}.regel`);
    mkdirSync(map);
    const extra = opdracht === 'run' ? ['--invoer', 'policies/voorbeelden/ketenbepaling.json'] : opdracht === 'compile' ? ['--uit', join(tmp, 'gen-map')] : [];
    const r = await regelwerk([opdracht, map, ...extra]);
    gebruiksFout(r, map);
    expect(r.err).toContain('is een map');
  });
  it('run --invoer op een map', async () => {
    const map = join(tmp, 'invoer-map');
    mkdirSync(map);
    gebruiksFout(await regelwerk(['run', 'policies/ketenbepaling.regel', '--invoer', map]), map);
  });
  it('twee regelingen met dezelfde naam in één --uit: geweigerd, niets geschreven', async () => {
    const a = bestand('a/deling.regel', DELING);
    const b = bestand('b/deling.regel', DELING.replace('12 / x', '24 / x'));
    const uit = join(tmp, 'gen-dubbel');
    const r = await regelwerk(['compile', a, b, '--uit', uit]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`'${a}' en '${b}'`);
    expect(r.err).toContain("module 'deling'");
    expect(existsSync(uit) ? readdirSync(uit) : []).toEqual([]);
  });
});

describe('tekst die geen UTF-8 is', () => {
  // readFileSync(.., 'utf8') maakte van een foute byte stil U+FFFD: een andere naam of waarde.
  it('een invoerbestand met een ongeldige byte: gebruiksfout met de positie', async () => {
    const invoer = join(tmp, 'latin1.json');
    writeFileSync(invoer, Buffer.from([...Buffer.from('{"x": "a'), 0xff, ...Buffer.from('"}')]));
    const r = await regelwerk(['run', 'policies/ww-premie.regel', '--invoer', invoer]);
    gebruiksFout(r, invoer);
    expect(r.err).toContain('geen geldige UTF-8-tekst (een ongeldige byte op positie 8)');
  });
  it('een regeling met een ongeldige byte: gebruiksfout, niets gecontroleerd', async () => {
    const regeling = join(tmp, 'latin1.regel');
    writeFileSync(regeling, Buffer.from([...Buffer.from('regeling X\n  bron "caf'), 0xe9, ...Buffer.from('"\n')]));
    const r = await regelwerk(['check', regeling]);
    gebruiksFout(r, regeling);
    expect(r.err).toContain('geen geldige UTF-8-tekst');
  });
});

describe('--runs heeft een bovengrens', () => {
  it.each(['check', 'test'])('%s --runs 1000001: Nederlandse melding, exit 2', async (opdracht) => {
    const r = await regelwerk([opdracht, 'policies/ketenbepaling.regel', '--runs', '1000001']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--runs is ten hoogste 1.000.000');
  });
});

describe('run: invoer van stdin en een reeks gevallen', () => {
  it('--invoer - leest de standaardinvoer', async () => {
    const r = await regelwerk(['run', bestand('deling.regel', DELING), '--invoer', '-'], JSON.stringify({ x: 4 }));
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ y: 3 });
    const kapot = await regelwerk(['run', bestand('deling2.regel', DELING), '--invoer', '-'], '{kapot');
    expect(kapot.code).toBe(2);
    expect(kapot.err).toContain('de standaardinvoer is geen geldige JSON');
  });

  it.each(['compiled', 'interpreter'])('een ongeldig geval: de andere krijgen hun uitkomst, het foute een foutobject, exit 2 (%s)', async (engine) => {
    const invoer = bestand(`reeks-${engine}.json`, JSON.stringify([{ x: 1 }, { x: 0 }, { x: 'drie' }, { x: 6 }]));
    const r = await regelwerk(['run', bestand(`d-${engine}.regel`, DELING), '--invoer', invoer, '--engine', engine]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^geval 2: .*deling door nul/im);
    expect(r.err).toMatch(/^geval 3: ongeldige invoer bij 'x'/m);
    const uit = JSON.parse(r.out) as unknown[];
    expect(uit[0]).toEqual({ y: 12 });
    expect(uit[1]).toMatchObject({ fout: { soort: 'reken' } });
    expect(uit[2]).toMatchObject({ fout: { soort: 'invoer', pad: 'x', melding: expect.stringContaining("ongeldige invoer bij 'x'") as unknown } });
    expect(uit[3]).toEqual({ y: 2 });
  });

  it('alleen evaluatiefouten: exit 3, met --uitleg en als tekst', async () => {
    const regeling = bestand('d3.regel', DELING);
    const invoer = bestand('reeks3.json', JSON.stringify([{ x: 0 }, { x: 3 }]));
    const json = await regelwerk(['run', regeling, '--invoer', invoer, '--uitleg']);
    expect(json.code).toBe(3);
    const uit = JSON.parse(json.out) as [{ fout: { soort: string } }, { uitvoer: unknown }];
    expect(uit[0].fout.soort).toBe('reken');
    expect(uit[1].uitvoer).toEqual({ y: 4 });
    const tekst = await regelwerk(['run', regeling, '--invoer', invoer, '--formaat', 'tekst']);
    expect(tekst.code).toBe(3);
    expect(tekst.out).toMatch(/== geval 1 ==\nfout \(reken\): /);
    expect(tekst.out).toContain('== geval 2 ==\n{\n  "y": 4\n}');
  });

  it('één geval (geen reeks) blijft zoals het was: melding op stderr, niets op stdout', async () => {
    const r = await regelwerk(['run', bestand('d4.regel', DELING), '--invoer', bestand('een.json', JSON.stringify({ x: 0 }))]);
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).not.toContain('geval');
  });
});

describe('--parameter met een naam van het prototype', () => {
  // `{}[naam] = ...` zette voor __proto__ het prototype (de waarde verdween) en vond constructor al.
  it.each(['__proto__', 'constructor', 'toString'])('--parameter %s=5 is een onbekende parameter, in beide engines', async (naam) => {
    for (const engine of ['compiled', 'interpreter']) {
      const r = await regelwerk(['run', 'policies/ww-premie.regel', '--invoer', 'policies/voorbeelden/ww-premie.json', '--peildatum', '2026-03-01', '--engine', engine, '--parameter', `${naam}=5`]);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toContain(`ongeldige invoer bij 'parameter ${naam}': onbekende parameter`);
    }
  });
});
