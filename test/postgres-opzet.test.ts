// The throw-away PostgreSQL cluster of the SQL tests (test/opzet/postgres.ts) itself: it answers,
// listens on its own socket only (no TCP), does not run as root, and leaves nothing behind; without
// PostgreSQL the reason names the remedy, a block of tests fails under CI and is skipped elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { postgresOntbreekt } from './opzet/postgres.js';
import { beschrijfMetPostgres } from './opzet/postgres-toets.js';

const ROOT = join(import.meta.dirname, '..');

it('zonder PostgreSQL zegt de reden wat ontbreekt en hoe het te installeren', () => {
  const reden = postgresOntbreekt('/bestaat/niet');
  expect(reden).toContain('initdb, pg_ctl, postgres niet gevonden in /bestaat/niet');
  expect(reden).toContain('apt-get install -y postgresql-15');
});

it('zonder PostgreSQL faalt een blok onder CI met de reden, en wordt het elders overgeslagen met de reden in zijn naam', () => {
  // A vitest of its own on a fixture (not a *.test.ts of this run), with PostgreSQL "missing".
  const map = mkdtempSync(join(tmpdir(), 'regelwerk-pg-ontbreekt-'));
  try {
    const config = join(map, 'vitest.config.mjs');
    writeFileSync(config, `export default { test: { include: ['test/fixtures/postgres/ontbreekt.fixture.ts'] } };\n`);
    const json = join(map, 'uitkomst.json');
    const env: NodeJS.ProcessEnv = { ...process.env, REGELWERK_PG_BIN: '/bestaat/niet', NO_COLOR: '1' };
    delete env.CI;
    const r = spawnSync(join(ROOT, 'node_modules/.bin/vitest'), ['run', '--config', config, '--root', ROOT, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
    const tekst = `${r.stdout}${r.stderr}`;
    expect(r.status, tekst).toBe(1);
    expect(tekst).toContain('FAIL  test/fixtures/postgres/ontbreekt.fixture.ts > onder CI');
    expect(tekst).toContain('Error: CI=true, maar PostgreSQL 15 ontbreekt: initdb, pg_ctl, postgres niet gevonden in /bestaat/niet. Installeer het met `apt-get install -y postgresql-15`');
    expect(tekst).toContain('regelwerk: overgeslagen: buiten CI: PostgreSQL 15 ontbreekt');
    const uitkomst = JSON.parse(readFileSync(json, 'utf8')) as { testResults: { assertionResults: { ancestorTitles: string[]; status: string }[] }[] };
    const blokken = uitkomst.testResults.flatMap((f) => f.assertionResults).map((a) => [a.ancestorTitles[0]!.replace(/: initdb[\s\S]*$/, ''), a.status]);
    expect(blokken).toEqual([['onder CI', 'skipped'], ['buiten CI (overgeslagen: PostgreSQL 15 ontbreekt', 'skipped']]);
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
});

beschrijfMetPostgres('een wegwerpcluster', 2, (clusters) => {
  it('antwoordt, alleen op de socket in zijn eigen map, en niet als root', async () => {
    const [a, b] = clusters();
    expect(a!.map).not.toBe(b!.map);
    for (const c of [a!, b!]) {
      const client = await c.verbind();
      const r = await client.query<{ versie: string; adressen: string; map: string; gebruiker: string; getal: string; datum: string }>(
        "SELECT current_setting('server_version_num') AS versie, current_setting('listen_addresses') AS adressen, "
        + "current_setting('unix_socket_directories') AS map, pg_catalog.pg_get_userbyid(datdba) AS gebruiker, "
        + "1.10::numeric(18,2) * 3 AS getal, DATE '2026-03-01' AS datum FROM pg_database WHERE datname = 'postgres'");
      const rij = r.rows[0]!;
      expect(Number(rij.versie)).toBeGreaterThanOrEqual(150000);
      expect(rij.adressen).toBe('');
      expect(rij.map).toBe(c.map);
      // exact values arrive as text, never as a double or a Date in the local time zone
      expect(rij.getal).toBe('3.30');
      expect(rij.datum).toBe('2026-03-01');
      expect(existsSync(join(c.map, `.s.PGSQL.${c.poort}`))).toBe(true);
      // the server process runs as the owner of the folder, not as root
      if (process.getuid?.() === 0) expect(statSync(join(c.map, 'data')).uid).not.toBe(0);
    }
  });

  it('stop haalt de server en de map weg, en mag twee keer', async () => {
    const c = clusters()[1]!;
    await c.stop();
    await c.stop();
    expect(existsSync(c.map)).toBe(false);
    expect(readdirSync(tmpdir()).filter((n) => join(tmpdir(), n) === c.map)).toEqual([]);
  });
});
