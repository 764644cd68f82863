// `regelwerk serve` under load and abuse, over real HTTP on 127.0.0.1: 1,000 concurrent requests
// each get their own answer (nothing lost, nothing mixed up), a slow client neither blocks others
// nor gets a wrong answer, a client that stops sending gets 408, a body of 100 MB is refused with
// 413 long before it is all sent (counted in bytes, not time), an evaluation that runs too long
// is stopped with 503 without taking the service down, and a graceful stop finishes the requests
// under way.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { laad } from '../../../language/index.js';
import { stdlibLader } from '../../../compiler/node/modules.js';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { invoerArbitrary } from '../../../compiler/analysis/arbitraries.js';
import { RegelwerkFout } from '../../../runtime/fouten.js';
import { ROOT, tijdelijkeMap } from './cli-hulp.js';
import { dienstVoorBestand, ruwVerzoek, traag } from './serve-hulp.js';

const PEILDATUM = '2026-01-01';
const tmp = tijdelijkeMap('serve-belasting');
const { dienst, url } = dienstVoorBestand(() => [join(ROOT, 'policies/ketenbepaling.regel')], { tijdslimiet: 1500, maxBytes: 1024 * 1024 });
const keten = laad(readFileSync(join(ROOT, 'policies/ketenbepaling.regel'), 'utf8'), 'policies/ketenbepaling.regel', stdlibLader).gecontroleerd;

/** The answer the interpreter gives: the output as JSON, or the error's kind. */
function verwacht(invoer: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(evalueer(keten, invoer, { peildatum: PEILDATUM }).uitvoer));
  } catch (x) {
    if (x instanceof RegelwerkFout) return { fout: x.soort };
    throw x;
  }
}

const KOP = (lengte: number | null, extra = ''): string =>
  `POST /regelingen/ketenbepaling/evalueer?peildatum=${PEILDATUM} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json${lengte === null ? '\r\nTransfer-Encoding: chunked' : `\r\nContent-Length: ${lengte}`}${extra}`;

describe('regelwerk serve onder belasting', () => {
  it('1.000 gelijktijdige verzoeken: elk antwoord hoort bij zijn eigen verzoek', async () => {
    const invoeren = fc.sample(invoerArbitrary(keten, { peildatum: PEILDATUM }), 1000);
    // distinct answers: every request its own contract dates, so a mixed-up answer shows
    const antwoorden = await Promise.all(invoeren.map(async (invoer) => {
      const r = await fetch(url(`/regelingen/ketenbepaling/evalueer?peildatum=${PEILDATUM}`), { method: 'POST', body: JSON.stringify(invoer) });
      const json = (await r.json()) as Record<string, unknown>;
      return r.status === 200 ? json : { fout: json.soort };
    }));
    expect(antwoorden).toHaveLength(1000);
    for (const [i, invoer] of invoeren.entries()) expect(antwoorden[i], JSON.stringify(invoer)).toEqual(verwacht(invoer));
    expect(new Set(antwoorden.map((a) => JSON.stringify(a))).size).toBeGreaterThan(10);
  }, 120_000);

  it('een trage client krijgt zijn antwoord, en houdt een ander verzoek intussen niet op', async () => {
    const invoer = { categorie: 'overig', caoSeizoensverkorting: false, contracten: [{ begin: '2024-01-01', einde: '2024-06-30', seizoenswerk: false }] };
    const tekst = JSON.stringify(invoer);
    // the slow client sends its first piece, then waits until another request has been answered
    let verder!: () => void;
    const poort = new Promise<void>((r) => { verder = r; });
    let eersteVerzonden!: () => void;
    const eerste = new Promise<void>((r) => { eersteVerzonden = r; });
    async function* stukken(): AsyncIterable<string> {
      yield tekst.slice(0, 10);
      eersteVerzonden();
      await poort;
      yield tekst.slice(10, 40);
      yield* traag([tekst.slice(40)], 100);
    }
    const traagVerzoek = ruwVerzoek(dienst().poort, KOP(Buffer.byteLength(tekst)), stukken());
    await eerste;
    const snel = await fetch(url(`/regelingen/ketenbepaling/evalueer?peildatum=${PEILDATUM}`), { method: 'POST', body: tekst });
    expect(snel.status).toBe(200);
    expect(await snel.json()).toEqual(verwacht(invoer));
    verder();
    const a = await traagVerzoek;
    expect(a.status).toBe(200);
    expect(JSON.parse(a.body)).toEqual(verwacht(invoer));
  });

  it('een client die halverwege ophoudt met zenden krijgt 408 en de verbinding sluit', async () => {
    async function* halverwege(): AsyncIterable<string> {
      yield '{"categorie": "overig", ';
    }
    const a = await ruwVerzoek(dienst().poort, KOP(1000), halverwege());
    expect(a.status).toBe(408);
    expect(a.kop.toLowerCase()).toContain('application/problem+json');
    expect(JSON.parse(a.body)).toMatchObject({ soort: 'tijdslimiet', detail: expect.stringContaining('kwam niet binnen') });
  });

  it('een lichaam van 100 MB wordt met 413 geweigerd voordat het verzonden is, met en zonder Content-Length', async () => {
    const MB100 = 100 * 1024 * 1024;
    async function* groot(): AsyncIterable<Uint8Array> {
      const stuk = new Uint8Array(64 * 1024).fill(0x20);
      for (let n = 0; n < MB100; n += stuk.byteLength) yield stuk;
    }
    const metLengte = await ruwVerzoek(dienst().poort, KOP(MB100), groot());
    expect(metLengte.status).toBe(413);
    expect(JSON.parse(metLengte.body)).toMatchObject({ soort: 'te-groot', status: 413 });
    expect(metLengte.verzonden).toBeLessThan(MB100 / 10);

    // chunked: no length up front, so the server counts and stops at its limit (1 MiB here)
    async function* chunked(): AsyncIterable<string | Uint8Array> {
      for await (const stuk of groot()) {
        yield `${stuk.byteLength.toString(16)}\r\n`;
        yield stuk;
        yield '\r\n';
      }
    }
    const zonder = await ruwVerzoek(dienst().poort, KOP(null), chunked());
    expect(zonder.status).toBe(413);
    expect(zonder.verzonden).toBeLessThan(MB100 / 10);
    // and the service still answers
    expect((await fetch(url('/gezondheid'))).status).toBe(200);
  });
});

describe('regelwerk serve: een bevolking die blijft hangen', () => {
  it('na de tijdslimiet zonder invoer eindigt de stroom met een fout na de antwoorden tot dan', async () => {
    const regel = `${JSON.stringify({ categorie: 'overig', caoSeizoensverkorting: false, contracten: [{ begin: '2024-01-01', einde: '2024-06-30', seizoenswerk: false }] })}\n`;
    async function* eenRegelEnStil(): AsyncIterable<string> {
      yield `${Buffer.byteLength(regel).toString(16)}\r\n${regel}\r\n`;
    }
    const a = await ruwVerzoek(dienst().poort, KOP(null).replace('/evalueer', '/bevolking'), eenRegelEnStil());
    expect(a.status).toBe(200);
    const regels = a.body.split('\r\n').filter((x) => x.startsWith('{')).flatMap((x) => x.trim().split('\n')).map((x) => JSON.parse(x) as { regel: number; fout?: { soort: string } });
    expect(regels.map((x) => x.regel)).toEqual([1, 2]);
    expect(regels[0]).toHaveProperty('uitvoer');
    expect(regels[1]!.fout).toMatchObject({ soort: 'tijdslimiet' });
  });
});

describe('regelwerk serve: een evaluatie die te lang duurt', () => {
  it('krijgt 503, haar thread wordt vervangen en de dienst antwoordt daarna gewoon', async () => {
    const { startDienst } = (await import(pathToFileURL(join(ROOT, 'dist/compiler/node/serve.js')).href)) as typeof import('../../../compiler/node/serve.js');
    // quadratic in the list: 40,000 numbers are 1.6·10^9 comparisons, far beyond the limit
    const pad = join(tmp.map(), 'kwadratisch.regel');
    writeFileSync(pad, 'regeling Kwadratisch\n  bron "toets"\n\ninvoer l: lijst van getal\n\nuitvoer u: getal\n\nregel u is aantal (elke a in l waarvoor aantal (elke b in l waarvoor b = a) = 1)\n');
    const d = await startDienst({ regelingen: [pad], poort: 0, host: '127.0.0.1', maxBytes: 10 * 1024 * 1024, tijdslimiet: 300, werkers: 1 }, { out: () => undefined, err: () => undefined });
    try {
      const post = (l: number[]): Promise<Response> => fetch(`http://127.0.0.1:${d.poort}/regelingen/kwadratisch/evalueer`, { method: 'POST', body: JSON.stringify({ l }) });
      const lang = await post(Array.from({ length: 40_000 }, (_, i) => i));
      expect(lang.status).toBe(503);
      expect(await lang.json()).toMatchObject({ soort: 'tijdslimiet', detail: expect.stringContaining('afgebroken') });
      const kort = await post([1, 2, 2]);
      expect(kort.status).toBe(200);
      expect(await kort.json()).toEqual({ u: 1 });
    } finally {
      await d.stop();
    }
  }, 60_000);
});

describe('regelwerk serve stopt netjes', () => {
  it('stop() maakt een lopend verzoek af en neemt daarna geen verbindingen meer aan', async () => {
    const { startDienst } = (await import(pathToFileURL(join(ROOT, 'dist/compiler/node/serve.js')).href)) as typeof import('../../../compiler/node/serve.js');
    const d = await startDienst({ regelingen: [join(ROOT, 'policies/minimumjeugdloon.regel')], poort: 0, host: '127.0.0.1', maxBytes: 1024, tijdslimiet: 5000, werkers: 1 }, { out: () => undefined, err: () => undefined });
    const tekst = '{"leeftijd": 18, "bbl": false}';
    const lopend = ruwVerzoek(d.poort, `POST /regelingen/minimumjeugdloon/evalueer?peildatum=${PEILDATUM} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${tekst.length}`, traag([tekst.slice(0, 5), tekst.slice(5)], 200));
    await new Promise((r) => setTimeout(r, 100));
    const gestopt = d.stop();
    const a = await lopend;
    expect(a.status).toBe(200);
    expect(JSON.parse(a.body)).toMatchObject({ rechtOpMinimumloon: true });
    await gestopt;
    await expect(fetch(`http://127.0.0.1:${d.poort}/gezondheid`)).rejects.toThrow();
  });
});
