// A throw-away PostgreSQL 15 cluster, for the tests and the bench that run the SQL of a policy on a
// real server: initdb into a new temporary folder, listening on a unix socket in that folder only
// (no TCP: listen_addresses is empty), a free port, and stopped and removed afterwards, also when
// the process ends without its tests' clean-up. PostgreSQL refuses to run as root, so as root the
// server runs as the `postgres` user (runuser); the folder is that user's, mode 0700, so only it and
// root reach the socket (hence `trust` authentication). No vitest here: bench/ starts clusters too
// (the tests' hooks are in postgres-toets.ts).
import { spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Where Debian's postgresql-15 puts its programs (REGELWERK_PG_BIN for another place). */
export const PG_BIN = process.env.REGELWERK_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const PROGRAMMAS = ['initdb', 'pg_ctl', 'postgres'] as const;
/** The user the server runs as when this process is root. */
const PG_GEBRUIKER = 'postgres';
/** A unix socket's path may not exceed 107 bytes (sun_path); the socket is `<map>/.s.PGSQL.<poort>`. */
const MAX_SOCKETPAD = 100;

const isRoot = process.getuid?.() === 0;

/** Why no cluster can start on this machine (a Dutch sentence with the remedy), or null when one can. */
export function postgresOntbreekt(bin: string = PG_BIN): string | null {
  const weg = PROGRAMMAS.filter((p) => !existsSync(join(bin, p)));
  if (weg.length > 0) {
    return `PostgreSQL 15 ontbreekt: ${weg.join(', ')} niet gevonden in ${bin}. `
      + 'Installeer het met `apt-get install -y postgresql-15` (.ci/run doet dat), of wijs REGELWERK_PG_BIN naar de map met initdb en pg_ctl.';
  }
  if (isRoot && pgGebruiker() === null) {
    return `de gebruiker ${PG_GEBRUIKER} bestaat niet: PostgreSQL weigert als root te draaien en draait hier als ${PG_GEBRUIKER} `
      + '(het pakket postgresql-15 maakt die gebruiker aan).';
  }
  return null;
}

/** One running cluster: its folder, its port, how to connect, and how to stop it. */
export interface Cluster {
  /** The temporary folder: data/ (the cluster), the socket and the server's log. */
  readonly map: string;
  readonly poort: number;
  /** What `pg` needs to reach it (the socket folder as host). */
  readonly verbinding: pg.ClientConfig;
  /** A new connected client; NUMERIC, BIGINT and DATE arrive as their exact text, never as JS numbers or Dates. */
  verbind(): Promise<pg.Client>;
  /** Stops the server and removes the folder (idempotent); also closes the clients `verbind` made. */
  stop(): Promise<void>;
}

/** Starts a new cluster (throws with the reason and the server's log when it cannot). */
export async function startCluster(): Promise<Cluster> {
  const ontbreekt = postgresOntbreekt();
  if (ontbreekt !== null) throw new Error(ontbreekt);
  const map = mkdtempSync(join(socketBasis(), 'regelwerk-pg-'));
  const data = join(map, 'data');
  const log = join(map, 'server.log');
  let draait = false;
  const opruimen = (): void => {
    if (draait) alsPostgres('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '30']);
    draait = false;
    rmSync(map, { recursive: true, force: true });
  };
  // Also when the process ends without the clean-up (an uncaught error, process.exit): synchronously.
  process.on('exit', opruimen);
  try {
    const gebruiker = isRoot ? pgGebruiker() : null;
    if (gebruiker) chownSync(map, gebruiker.uid, gebruiker.gid);
    moet(alsPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']), 'initdb');
    const poort = await vrijePoort();
    // In postgresql.conf rather than on pg_ctl's command line, which goes through a shell.
    appendFileSync(data + '/postgresql.conf', [
      '',
      '# regelwerk: a throw-away cluster for tests, reachable through its own socket folder only',
      "listen_addresses = ''",
      `unix_socket_directories = '${map.replaceAll("'", "''")}'`,
      `port = ${poort}`,
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      '',
    ].join('\n'));
    draait = true;
    const start = alsPostgres('pg_ctl', ['start', '-D', data, '-l', log, '-w', '-t', '60']);
    if (start.status !== 0) {
      draait = false;
      throw new Error(`PostgreSQL startte niet (pg_ctl start, code ${start.status}):\n${start.uitvoer}\n${staart(log)}`);
    }
    const verbinding: pg.ClientConfig = { host: map, port: poort, user: 'postgres', database: 'postgres', types: { getTypeParser: exacteTekst } };
    const clients: pg.Client[] = [];
    let gestopt = false;
    return {
      map,
      poort,
      verbinding,
      async verbind() {
        const c = new pg.Client(verbinding);
        await c.connect();
        clients.push(c);
        return c;
      },
      async stop() {
        if (gestopt) return;
        gestopt = true;
        await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
        if (draait) moet(alsPostgres('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '60']), 'pg_ctl stop');
        draait = false;
        process.off('exit', opruimen);
        opruimen();
      },
    };
  } catch (x) {
    process.off('exit', opruimen);
    opruimen();
    throw x;
  }
}

/** Text as PostgreSQL sends it for exact types (NUMERIC, BIGINT, DATE, timestamps); pg's own parser otherwise. */
const EXACT = new Set([pg.types.builtins.NUMERIC, pg.types.builtins.INT8, pg.types.builtins.DATE, pg.types.builtins.TIMESTAMP, pg.types.builtins.TIMESTAMPTZ]);
const exacteTekst = ((oid: number, formaat?: 'text' | 'binary') => EXACT.has(oid) ? (v: string) => v : pg.types.getTypeParser(oid, formaat ?? 'text')) as typeof pg.types.getTypeParser;

/** The folder for the cluster's folder: the run's temporary folder, unless its path is too long for a socket. */
function socketBasis(): string {
  const basis = tmpdir();
  return basis.length + '/regelwerk-pg-XXXXXX/.s.PGSQL.65535'.length <= MAX_SOCKETPAD ? basis : '/tmp';
}

interface Uitkomst {
  readonly status: number | null;
  readonly uitvoer: string;
}

/** A PostgreSQL program from PG_BIN, as the postgres user when this process is root. */
function alsPostgres(programma: (typeof PROGRAMMAS)[number], args: readonly string[]): Uitkomst {
  const pad = join(PG_BIN, programma);
  const [opdracht, argumenten] = isRoot ? ['runuser', ['-u', PG_GEBRUIKER, '--', pad, ...args]] : [pad, [...args]];
  const r = spawnSync(opdracht, argumenten, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  return { status: r.status, uitvoer: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? r.error.message : ''}`.trim() };
}

function moet(u: Uitkomst, wat: string): void {
  if (u.status !== 0) throw new Error(`${wat} mislukte (code ${u.status}):\n${u.uitvoer}`);
}

function pgGebruiker(): { uid: number; gid: number } | null {
  const id = (optie: string): number | null => {
    const r = spawnSync('id', [optie, PG_GEBRUIKER], { encoding: 'utf8' });
    return r.status === 0 ? Number(r.stdout.trim()) : null;
  };
  const uid = id('-u');
  const gid = id('-g');
  return uid === null || gid === null ? null : { uid, gid };
}

/** A port no one listens on now (the socket's name; the server opens no TCP port). */
function vrijePoort(): Promise<number> {
  return new Promise((klaar, mis) => {
    const s = createServer();
    s.once('error', mis);
    s.listen(0, '127.0.0.1', () => {
      const adres = s.address();
      s.close(() => (adres !== null && typeof adres === 'object' ? klaar(adres.port) : mis(new Error('geen vrije poort'))));
    });
  });
}

/** The last lines of the server's log, for an error message. */
function staart(log: string): string {
  if (!existsSync(log)) return '(geen serverlog)';
  return `serverlog ${log}:\n${readFileSync(log, 'utf8').split('\n').slice(-20).join('\n')}`;
}
