// `regelwerk bevolking` as a process, where only a process shows it: a run killed midway leaves the
// previous output (never a truncated file), a worker thread that dies ends the run with a clear
// error instead of a hang, and --controleer refuses to report when the compiled module answers
// differently from the interpreter. The last two plant a wrong module in the run's own compile
// cache (its checksum made valid), as a compiler bug would leave one.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ROOT, regelwerkProces, tijdelijkeMap } from './cli-hulp.js';
import { duckdb, leesUit } from './bevolking-hulp.js';

const tmp = tijdelijkeMap('rw-bevolking-proces-');

/** A copy of minimumjeugdloon beside a private compile cache, so a planted module touches no other test. */
function omgeving(naam: string): { regeling: string; env: Record<string, string>; xdg: string } {
  const map = join(tmp.map(), naam);
  mkdirSync(join(map, 'xdg'), { recursive: true });
  mkdirSync(join(map, 'temp'), { recursive: true });
  const regeling = join(map, 'minimumjeugdloon.regel');
  copyFileSync(join(ROOT, 'policies/minimumjeugdloon.regel'), regeling);
  return { regeling, xdg: join(map, 'xdg'), env: { XDG_CACHE_HOME: join(map, 'xdg'), TMPDIR: join(map, 'temp') } };
}

/** Replaces the one cached module under `xdg` by itself plus `extra` (JavaScript appended), with a valid checksum. */
function plant(xdg: string, extra: string): void {
  const map = join(xdg, 'regelwerk');
  const bestanden = readdirSync(map).filter((n) => /^[0-9a-f]{40}\.js$/.test(n));
  expect(bestanden).toHaveLength(1);
  const pad = join(map, bestanden[0]!);
  // the cache file is `// regelwerk-cache sha256=<hex> ` and what the hash covers: `gebruikt=...` on its line, then the module
  const rest = `${readFileSync(pad, 'utf8').replace(/^\/\/ regelwerk-cache sha256=[0-9a-f]{64} /, '')}\n${extra}\n`;
  writeFileSync(pad, `// regelwerk-cache sha256=${createHash('sha256').update(rest).digest('hex')} ${rest}`, { mode: 0o600 });
}

async function populatie(naam: string, n: number, leeftijd = `(i % 15 + 10)`): Promise<string> {
  const pad = join(tmp.map(), `${naam}.parquet`);
  await (await duckdb()).run(`COPY (SELECT i AS id, ${leeftijd}::BIGINT AS leeftijd, i % 3 = 0 AS bbl FROM range(${n}) t(i)) TO '${pad}' (FORMAT parquet)`);
  return pad;
}

describe('regelwerk bevolking as a process', () => {
  it('--controleer refuses to report when the compiled module differs from the interpreter', async () => {
    const o = omgeving('controleer');
    const invoer = await populatie('controleer', 300);
    const uit = join(tmp.map(), 'controleer-goed.parquet');
    let r = regelwerkProces(['bevolking', o.regeling, '--invoer', invoer, '--uit', uit, '--peildatum', '2026-01-01', '--controleer', '300'], { env: o.env });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('300 gevallen opnieuw gerekend met de interpreter');
    // a module that is one cent off for 18 years without bbl
    plant(o.xdg, `{ const echt = evalueerMetPad; evalueerMetPad = (invoer, opties) => { const u = echt(invoer, opties); return invoer.leeftijd === 18 && !invoer.bbl ? { ...u, uitvoer: { ...u.uitvoer, uurloon: u.uitvoer.uurloon + 0.01 } } : u; }; }`);
    const fout = join(tmp.map(), 'controleer-fout.parquet');
    r = regelwerkProces(['bevolking', o.regeling, '--invoer', invoer, '--uit', fout, '--peildatum', '2026-01-01', '--controleer', '300'], { env: o.env });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--controleer: rij \d+ \(id \d+\): uurloon is '7\.37' uit de gecompileerde module maar '7\.36' uit de interpreter/);
    expect(r.err).toContain('er is niets geschreven');
    expect(existsSync(fout)).toBe(false);
    // without the check the wrong answers would have been written: it is the check that stops them
    r = regelwerkProces(['bevolking', o.regeling, '--invoer', invoer, '--uit', fout, '--peildatum', '2026-01-01'], { env: o.env });
    expect(r.code).toBe(0);
    expect((await leesUit(fout)).filter((x) => x.uurloon === '7.37').length).toBeGreaterThan(0);
  });

  it('a worker thread that dies ends the run with a clear error, not a hang', async () => {
    const o = omgeving('sterf');
    const invoer = await populatie('sterf', 30_000, `CASE WHEN i = 25000 THEN 99 ELSE i % 15 + 10 END`);
    const uit = join(tmp.map(), 'sterf.csv');
    writeFileSync(uit, 'vorige uitvoer\n');
    let r = regelwerkProces(['bevolking', o.regeling, '--invoer', invoer, '--uit', uit, '--werkers', '2', '--peildatum', '2026-01-01'], { env: o.env });
    expect(r.code, r.err).toBe(0);
    // three batches on two threads, finished in any order: each row's answer still stands beside its own input
    const rijen = await leesUit(uit);
    expect(rijen).toHaveLength(30_000);
    const percentage: Record<string, string | null> = { '21': '100', '20': '80', '15': '30', '99': '100', '10': null };
    rijen.forEach((x, i) => {
      expect(x.id).toBe(String(i));
      if (!x.bbl && String(x.leeftijd) in percentage) expect(x.percentage === null ? null : String(x.percentage).replace(/\.0+$/, ''), `rij ${i}`).toBe(percentage[String(x.leeftijd)]);
    });
    plant(o.xdg, `{ const echt = evalueerMetPad; evalueerMetPad = (invoer, opties) => { if (invoer.leeftijd === 99) process.exit(7); return echt(invoer, opties); }; }`);
    writeFileSync(uit, 'vorige uitvoer\n');
    r = regelwerkProces(['bevolking', o.regeling, '--invoer', invoer, '--uit', uit, '--werkers', '2'], { env: o.env, timeout: 60_000 });
    expect(r.code).toBe(70);
    expect(r.err).toContain('een rekenthread stopte onverwacht (exitcode 7) bij partij 3');
    expect(r.err).toContain('er is niets geschreven');
    expect(readFileSync(uit, 'utf8')).toBe('vorige uitvoer\n');
    expect(readdirSync(tmp.map()).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a run killed midway leaves the previous output, never a truncated file', async () => {
    const o = omgeving('kill');
    const invoer = await populatie('kill', 200_000);
    const uit = join(tmp.map(), 'kill-uit.parquet');
    for (const signaal of ['SIGKILL', 'SIGTERM'] as const) {
      writeFileSync(uit, 'vorige uitvoer');
      // what an earlier killed run left (SIGKILL cannot be handled): only new files count
      const eerder = new Set([...readdirSync(tmp.map()), ...readdirSync(o.env.TMPDIR!)]);
      const nieuw = (map: string): string[] => readdirSync(map).filter((n) => !eerder.has(n));
      // killed once the temporary output exists (SIGKILL: while DuckDB writes it) or once the
      // threads are rekenend (SIGTERM: the handler removes what it made)
      const { code, gezien } = await new Promise<{ code: number | null; gezien: string }>((klaar) => {
        const p = spawn(process.execPath, [join(ROOT, 'bin/regelwerk.js'), 'bevolking', o.regeling, '--invoer', invoer, '--uit', uit, '--werkers', '1'], { env: { ...process.env, ...o.env } });
        let gezien = '';
        const kijk = setInterval(() => {
          const tijdelijk = nieuw(tmp.map()).find((n) => n.startsWith('.kill-uit.parquet.') && n.endsWith('.tmp'));
          const bezig = nieuw(o.env.TMPDIR!).some((n) => n.startsWith('regelwerk-bevolking-'));
          if (signaal === 'SIGKILL' ? tijdelijk : bezig) {
            gezien = tijdelijk ?? 'rekenend';
            clearInterval(kijk);
            p.kill(signaal);
          }
        }, 1);
        p.on('close', (c) => { clearInterval(kijk); klaar({ code: c, gezien }); });
      });
      expect(gezien, `${signaal}: de run eindigde voordat hij halverwege was`).not.toBe('');
      expect(code).not.toBe(0);
      if (signaal === 'SIGTERM') {
        expect(code).toBe(143);
        expect(nieuw(tmp.map())).toEqual([]);
        expect(nieuw(o.env.TMPDIR!)).toEqual([]);
      }
      expect(readFileSync(uit, 'utf8')).toBe('vorige uitvoer');
    }
    // the next run tidies what the killed one could not, and writes the whole output
    const r = regelwerkProces(['bevolking', o.regeling, '--invoer', invoer, '--uit', uit, '--werkers', '2'], { env: o.env });
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(tmp.map()).filter((n) => n.startsWith('.kill-uit'))).toEqual([]);
    expect(readdirSync(o.env.TMPDIR!).filter((n) => n.startsWith('regelwerk-bevolking-'))).toEqual([]);
    expect(await leesUit(uit)).toHaveLength(200_000);
  });
});
