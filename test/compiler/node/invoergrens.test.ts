// Every file the CLI reads has a bound (node/bestanden.ts): 64 MiB per `--invoer` (or
// REGELWERK_MAX_INVOER_MIB), 4 MiB per policy file. A file, standard input, /dev/zero or a FIFO
// that never ends is refused with a Dutch usage error (exit 2) after reading one byte past the
// bound, never read to the end first (`run --invoer /dev/zero` grew to 9.6 GB before).
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, regelwerk, regelwerkProces, tijdelijkeMap } from './cli-hulp.js';
import { INVOER_GRENS, REGELING_GRENS, TeGroot, leesTekst } from '../../../compiler/node/bestanden.js';

const tmp = tijdelijkeMap('regelwerk-invoergrens-');
const POLICY = 'regeling Grens\n  bron "test"\ninvoer x: getal\nuitvoer y: getal\nregel y: getal is x\n';
const MIB = 1024 * 1024;

/** A file of `bytes` zero bytes, sparse: no disk space and no time to write it. */
function nullen(naam: string, bytes: number): string {
  const pad = join(tmp.map(), naam);
  const fd = openSync(pad, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return pad;
}

/** A JSON input of exactly `bytes` bytes: `{"x":1}` and spaces. */
/** One case of exactly `bytes` bytes (white space inside the object counts; the bound is per case). */
function jsonVan(bytes: number): string {
  return `{"x":1${' '.repeat(bytes - 7)}}`;
}

function teGroot(r: { code: number; err: string }, wat: string, grens: string): void {
  expect(r.code, r.err).toBe(2);
  expect(r.err).toContain(`${wat} is groter dan ${grens}`);
  expect(r.err).not.toMatch(/interne fout|heap|ENOMEM/);
}

describe('de grens per invoer', () => {
  it('leesTekst leest tot en met de grens, en één byte meer is te groot', () => {
    const pad = tmp.bestand('precies.json', 'x'.repeat(1000));
    expect(leesTekst(pad, 1000)).toHaveLength(1000);
    expect(() => leesTekst(pad, 999)).toThrow(TeGroot);
    expect(() => leesTekst('/dev/zero', MIB)).toThrow('groter dan 1 MiB');
  });

  it('run --invoer /dev/zero: geweigerd bij de standaardgrens van 64 MiB, exit 2', async () => {
    const policy = tmp.bestand('grens.regel', POLICY);
    teGroot(await regelwerk('run', policy, '--invoer', '/dev/zero'), "invoerbestand '/dev/zero'", '64 MiB');
  });

  it('een bestand van precies 64 MiB wordt gelezen, één byte meer niet', async () => {
    const policy = tmp.bestand('grens.regel', POLICY);
    // exactly 64 MiB is read: the zero bytes are then no JSON (a different error), not too large
    const precies = nullen('precies-64.json', INVOER_GRENS);
    const gelezen = await regelwerk('run', policy, '--invoer', precies, '--engine', 'interpreter');
    expect(gelezen.code, gelezen.err).toBe(2);
    expect(gelezen.err).toContain('is geen geldige JSON');
    expect(gelezen.err).not.toContain('groter dan');
    const over = nullen('over-64.json', INVOER_GRENS + 1);
    const r = await regelwerk('run', policy, '--invoer', over);
    teGroot(r, `invoerbestand '${over}'`, '64 MiB');
    expect(r.err).toContain('REGELWERK_MAX_INVOER_MIB');
  });

  it('REGELWERK_MAX_INVOER_MIB zet een andere grens, en een ongeldige waarde is een gebruiksfout', async () => {
    const policy = tmp.bestand('grens.regel', POLICY);
    const twee = tmp.bestand('twee-mib.json', jsonVan(2 * MIB));
    const met = async (waarde: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> => {
      process.env.REGELWERK_MAX_INVOER_MIB = waarde;
      try {
        return await regelwerk('run', policy, '--invoer', twee, ...args);
      } finally {
        delete process.env.REGELWERK_MAX_INVOER_MIB;
      }
    };
    teGroot(await met('1'), `een geval in invoerbestand '${twee}'`, '1 MiB');
    const goed = await met('2', '--engine', 'interpreter');
    expect(goed.code, goed.err).toBe(0);
    for (const fout of ['0', '-1', '1.5', 'veel', '513', '99999']) {
      const r = await met(fout);
      expect(r.code, fout).toBe(2);
      expect(r.err).toContain(`REGELWERK_MAX_INVOER_MIB verwacht een geheel aantal MiB van 1 tot en met 512, niet '${fout}'`);
    }
  });

  it('--invoer -: standaardinvoer boven de grens, ook /dev/zero als standaardinvoer', () => {
    const policy = tmp.bestand('grens.regel', POLICY);
    const env = { REGELWERK_MAX_INVOER_MIB: '1' };
    teGroot(regelwerkProces(['run', policy, '--invoer', '-'], { input: jsonVan(MIB + 1), env }), 'een geval in de standaardinvoer', '1 MiB');
    const precies = regelwerkProces(['run', policy, '--invoer', '-', '--engine', 'interpreter'], { input: jsonVan(MIB), env });
    expect(precies.code, precies.err).toBe(0);
    const nul = openSync('/dev/zero', 'r');
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/regelwerk.js'), 'run', policy, '--invoer', '-'], { cwd: ROOT, encoding: 'utf8', stdio: [nul, 'pipe', 'pipe'], env: { ...process.env, ...env }, timeout: 60_000, killSignal: 'SIGKILL' });
      teGroot({ code: r.status ?? -1, err: r.stderr }, 'een geval in de standaardinvoer', '1 MiB');
    } finally {
      closeSync(nul);
    }
  });

  it('een FIFO die nooit ophoudt wordt na de grens geweigerd', async () => {
    const policy = tmp.bestand('grens.regel', POLICY);
    const fifo = join(tmp.map(), 'eindeloos.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The writer writes zeros until the reader closes the FIFO (then SIGPIPE ends it).
    const schrijver = spawn('sh', ['-c', `exec cat /dev/zero > '${fifo}'`], { stdio: 'ignore' });
    const klaar = new Promise<void>((k) => schrijver.on('exit', () => k()));
    try {
      const r = await new Promise<{ code: number; err: string }>((k) => {
        const p = spawn(process.execPath, [join(ROOT, 'bin/regelwerk.js'), 'run', policy, '--invoer', fifo], { cwd: ROOT, env: { ...process.env, REGELWERK_MAX_INVOER_MIB: '1' } });
        let err = '';
        p.stderr.on('data', (d: Buffer) => { err += d.toString('utf8'); });
        p.on('close', (code) => k({ code: code ?? -1, err }));
      });
      teGroot(r, `invoerbestand '${fifo}'`, '1 MiB');
    } finally {
      if (schrijver.exitCode === null) schrijver.kill('SIGKILL');
      await klaar;
    }
  });
});

describe('de grens per regeling', () => {
  it('check, run en fmt weigeren een regeling boven 4 MiB met een Nederlandse fout', async () => {
    expect(REGELING_GRENS).toBe(4 * MIB);
    // A valid policy padded with comment lines to one byte over the bound.
    const kop = POLICY;
    const groot = tmp.bestand('groot.regel', `${kop}${'-- opvulling\n'.repeat(Math.ceil((REGELING_GRENS + 1 - kop.length) / 13))}`);
    expect(readFileSync(groot).length).toBeGreaterThan(REGELING_GRENS);
    for (const args of [['check', groot], ['run', groot, '--invoer', '/dev/null'], ['fmt', '--check', groot]]) {
      const r = await regelwerk(...args);
      teGroot(r, `bestand '${groot}'`, '4 MiB');
      expect(r.err).toContain('de grens voor een regeling');
    }
    teGroot(await regelwerk('check', '/dev/zero'), "bestand '/dev/zero'", '4 MiB');
  });
});
