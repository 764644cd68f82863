// `regelwerk serve [regelingen...] [--poort 8080] [--host 127.0.0.1]`: the decision service. It
// loads, checks and compiles (through the compile cache) the policies given, starts one worker
// thread per core with their modules, and serves them over HTTP (dienst.ts) until SIGTERM or
// SIGINT, when it stops taking connections, finishes the requests under way, and ends.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { createAdaptorServer } from '@hono/node-server';
import { gecompileerdeCode } from './cache.js';
import { moduleNaam, moduleNaamFout } from './compile.js';
import { maakDienst, type Gediend } from './dienst.js';
import { leesOfFout, standaardPolicies, toonDiagnosen } from './opdrachten.js';
import { Rekenaars } from './rekenaars.js';
import { GebruiksFout, type Uitvoer } from './gebruik.js';
import { pakketMap } from './modules.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DienstStart {
  readonly regelingen: readonly string[];
  readonly poort: number;
  readonly host: string;
  readonly maxBytes: number;
  readonly tijdslimiet: number;
  readonly werkers: number;
}

/** A running service: its address, and stop() for a graceful end (what SIGTERM does). */
export interface Draaiend {
  readonly poort: number;
  readonly host: string;
  readonly rekenaars: number;
  stop(): Promise<void>;
}

/** A served policy has errors (exit 1, as `check` and `compile`); its messages went to `io`. */
export class RegelingMetFouten extends Error {}

/** The package version, for the OpenAPI document. */
function pakketVersie(): string {
  return (JSON.parse(readFileSync(join(pakketMap(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Loads and compiles the policies, starts the threads and the server. A policy with errors is a
 * problem for the caller: the messages go to `io` and this throws RegelingMetFouten.
 */
export async function startDienst(s: DienstStart, io: Uitvoer): Promise<Draaiend> {
  const gediend: Gediend[] = [];
  const code: { naam: string; js: string }[] = [];
  for (const pad of s.regelingen) {
    const fout = moduleNaamFout(pad);
    if (fout !== null) throw new GebruiksFout(fout);
    const naam = moduleNaam(pad);
    const eerder = gediend.find((x) => x.naam === naam);
    if (eerder) throw new GebruiksFout(`'${eerder.bestand}' en '${pad}' heten allebei '${naam}' in /regelingen/${naam}; geef een van beide een andere naam`);
    const r = leesOfFout(pad);
    if (!r.ok) {
      toonDiagnosen(r.diagnosen.filter((d) => d.ernst === 'fout'), r.teksten, io);
      throw new RegelingMetFouten(`'${pad}' bevat fouten; de dienst start niet`);
    }
    const c = await gecompileerdeCode({ g: r.gecontroleerd, bestand: pad, tekst: r.tekst, modules: r.modules });
    const hash = createHash('sha256').update(r.tekst);
    for (const m of r.modules) hash.update(`\0${m.naam}\0${m.tekst}`);
    gediend.push({ naam, bestand: pad, versie: hash.digest('hex').slice(0, 16), g: r.gecontroleerd, tekst: r.tekst });
    code.push({ naam, js: c!.js });
  }
  const rekenaars = await Rekenaars.maak({ modules: code }, s.werkers, s.tijdslimiet);
  const dienst = maakDienst(gediend, rekenaars, { maxBytes: s.maxBytes, tijdslimiet: s.tijdslimiet }, pakketVersie());
  // The headers get Node's own minute: under a burst of connections on a busy machine a shorter
  // limit cut requests off mid-send (the client saw ECONNRESET). The body has --tijdslimiet (dienst.ts).
  const server = createAdaptorServer({ fetch: dienst.app.fetch, serverOptions: { headersTimeout: 60_000, requestTimeout: 0 } }) as Server;
  await new Promise<void>((klaar, mis) => {
    server.once('error', mis);
    // a long queue of connections waiting to be accepted: a burst of a thousand is not refused
    server.listen({ port: s.poort, host: s.host, backlog: 4096 }, () => {
      server.off('error', mis);
      klaar();
    });
  });
  const adres = server.address() as AddressInfo;
  let gestopt: Promise<void> | null = null;
  return {
    poort: adres.port,
    host: s.host,
    rekenaars: rekenaars.aantal,
    stop: () => {
      gestopt ??= (async () => {
        const dicht = new Promise<void>((r) => server.close(() => r()));
        server.closeIdleConnections();
        // the requests under way finish (a slow client at most until its time limit runs out)
        while (dienst.lopend() > 0) await new Promise((r) => setTimeout(r, 10));
        await rekenaars.stop();
        server.closeAllConnections();
        await dicht;
      })();
      return gestopt;
    },
  };
}

/** A whole number from an option, within bounds, or a usage error naming the option. */
function geheel(tekst: string, optie: string, min: number, max: number): number {
  const n = /^\d{1,9}$/.test(tekst) ? Number(tekst) : NaN;
  if (!(n >= min && n <= max)) throw new GebruiksFout(`${optie} verwacht een geheel getal van ${min} tot en met ${max}, niet '${tekst}'`);
  return n;
}

export async function serve(args: readonly string[], io: Uitvoer): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args], allowPositionals: true, strict: true,
    options: {
      poort: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' },
      'max-mib': { type: 'string', default: '10' }, tijdslimiet: { type: 'string', default: '10000' },
      werkers: { type: 'string' },
    },
  });
  const start: DienstStart = {
    regelingen: positionals.length > 0 ? positionals : standaardPolicies(),
    poort: geheel(values.poort, '--poort', 0, 65535),
    host: values.host,
    maxBytes: geheel(values['max-mib'], '--max-mib', 1, 512) * 1024 * 1024,
    tijdslimiet: geheel(values.tijdslimiet, '--tijdslimiet', 1, 3_600_000),
    werkers: values.werkers === undefined ? Math.max(1, availableParallelism()) : geheel(values.werkers, '--werkers', 1, 256),
  };
  let d: Draaiend;
  try {
    d = await startDienst(start, io);
  } catch (x) {
    if (x instanceof RegelingMetFouten) {
      io.err(`regelwerk: ${x.message}`);
      return 1;
    }
    const code = (x as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new GebruiksFout(`poort ${start.poort} op ${start.host} is al in gebruik; kies een andere met --poort`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new GebruiksFout(`--host ${start.host} is geen adres van deze machine`);
    if (code === 'EACCES') throw new GebruiksFout(`geen toestemming om op poort ${start.poort} te luisteren; kies een poort boven 1023`);
    throw x;
  }
  io.err(`regelwerk serve: ${start.regelingen.length} regeling(en) op http://${d.host.includes(':') ? `[${d.host}]` : d.host}:${d.poort} met ${d.rekenaars} rekenaar(s); stop met Ctrl-C`);
  await new Promise<void>((klaar) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      io.err('regelwerk serve: stopt; de lopende verzoeken worden afgemaakt');
      void d.stop().then(klaar);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  return 0;
}
