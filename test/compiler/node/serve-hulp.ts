// What the tests of `regelwerk serve` share: a service started in this process from the built
// dist/ (as the CLI runs it) on 127.0.0.1 and a free port, stopped after the file, and a raw HTTP
// client over a socket for what fetch hides (a body sent slowly, or never finished).
import { afterAll, beforeAll } from 'vitest';
import { connect } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './cli-hulp.js';
import type { DienstStart, Draaiend } from '../../../compiler/node/serve.js';

export const BOTSING = `regeling Botsing
  bron "toets"

invoer a: getal

uitvoer u: getal

regel u is 1
  uitzondering "x" indien a > 0 dan 2
  uitzondering "y" indien a > 1 en a < 4 dan 3

uitvoer v: getal

regel v is 1
  indien a < 5
`;

/** A service for one test file, of the policies `regelingen()` names then: `dienst()` after beforeAll; stopped (gracefully) after the file. */
export function dienstVoorBestand(regelingen: () => readonly string[], opties: Partial<DienstStart> = {}): { dienst: () => Draaiend; url: (pad: string) => string } {
  let d: Draaiend | null = null;
  beforeAll(async () => {
    const { startDienst } = (await import(pathToFileURL(join(ROOT, 'dist/compiler/node/serve.js')).href)) as typeof import('../../../compiler/node/serve.js');
    const meldingen: string[] = [];
    d = await startDienst({ poort: 0, host: '127.0.0.1', maxBytes: 1024 * 1024, tijdslimiet: 5000, werkers: 2, regelingen: regelingen(), ...opties }, { out: (s) => meldingen.push(s), err: (s) => meldingen.push(s) });
  }, 180_000);
  afterAll(async () => {
    await d?.stop();
  });
  return { dienst: () => d!, url: (pad) => `http://127.0.0.1:${d!.poort}${pad}` };
}

/** A raw HTTP/1.1 exchange: the status line's code and the body, and how many body bytes were sent. */
export interface RuwAntwoord {
  readonly status: number;
  readonly kop: string;
  readonly body: string;
  readonly verzonden: number;
}

/**
 * Sends `kop` (the request line and headers, without the blank line), then the body from `stukken`
 * (each awaited before it is written: a slow client waits between pieces), and reads the answer
 * until the server closes or the response is complete. Stops sending once an answer arrives.
 */
export function ruwVerzoek(poort: number, kop: string, stukken: AsyncIterable<Uint8Array | string>): Promise<RuwAntwoord> {
  return new Promise((klaar, mis) => {
    const sok = connect(poort, '127.0.0.1');
    let ontvangen = '';
    let verzonden = 0;
    let antwoord = false;
    const af = (): void => {
      const i = ontvangen.indexOf('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(ontvangen)?.[1] ?? 0);
      klaar({ status, kop: i >= 0 ? ontvangen.slice(0, i) : ontvangen, body: i >= 0 ? ontvangen.slice(i + 4) : '', verzonden });
      sok.destroy();
    };
    sok.on('data', (d) => {
      antwoord = true;
      ontvangen += d.toString('utf8');
      const i = ontvangen.indexOf('\r\n\r\n');
      const lengte = /content-length: (\d+)/i.exec(ontvangen.slice(0, i))?.[1];
      if (i >= 0 && lengte !== undefined && Buffer.byteLength(ontvangen.slice(i + 4)) >= Number(lengte)) af();
      // a streamed (chunked) answer is complete at its last, empty chunk
      if (i >= 0 && lengte === undefined && ontvangen.endsWith('\r\n0\r\n\r\n')) af();
    });
    sok.on('close', af);
    sok.on('error', (e) => (antwoord ? af() : mis(e)));
    sok.on('connect', () => {
      void (async () => {
        sok.write(`${kop}\r\n\r\n`);
        for await (const s of stukken) {
          if (antwoord || sok.destroyed) return;
          const b = typeof s === 'string' ? Buffer.from(s) : s;
          verzonden += b.byteLength;
          // wait for the socket to drain: a server that stops reading stops us too
          if (!sok.write(b)) await new Promise<void>((r) => { const t = setTimeout(r, 50); sok.once('drain', () => { clearTimeout(t); r(); }); });
        }
      })().catch(() => undefined);
    });
  });
}

export async function* traag(stukken: readonly string[], pauze: number): AsyncIterable<string> {
  for (const s of stukken) {
    await new Promise((r) => setTimeout(r, pauze));
    yield s;
  }
}
