// The worker threads of `regelwerk serve` on their own: answers come back to the evaluation that
// asked (not in completion order), a full queue turns work away with 503 instead of growing
// without bound, and stop() finishes what is queued. The modules here are plain JavaScript given
// as text, as the service hands the threads its compiled policies.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './cli-hulp.js';

/** A module whose evaluation echoes its input's `n` (an exact number as read) and marks whether it got `uitleg`. */
const ECHO = `export function evalueer(x) { if (x.stop) process.exit(3); return { n: x.n.decimaal }; }
export function evalueerMetUitleg(x) { return { uitvoer: { n: x.n.decimaal }, uitleg: 'ja' }; }`;

async function rekenaars(): Promise<typeof import('../../../compiler/node/rekenaars.js')> {
  return (await import(pathToFileURL(join(ROOT, 'dist/compiler/node/rekenaars.js')).href)) as typeof import('../../../compiler/node/rekenaars.js');
}

describe('de rekenaars van de beslisdienst', () => {
  it('elk antwoord gaat naar zijn eigen opdracht, ook met twee threads tegelijk', async () => {
    const { Rekenaars } = await rekenaars();
    const r = await Rekenaars.maak({ modules: [{ naam: 'echo', js: ECHO }] }, 2, 10_000);
    try {
      const antwoorden = await Promise.all(Array.from({ length: 500 }, (_, i) => r.reken({ naam: 'echo', tekst: `{"n": ${i}}`, uitleg: i % 3 === 0 })));
      for (const [i, a] of antwoorden.entries()) expect(JSON.parse(a.json!)).toEqual(i % 3 === 0 ? { uitvoer: { n: String(i) }, uitleg: 'ja' } : { n: String(i) });
      expect((await r.reken({ naam: 'echo', tekst: '{"n": ', uitleg: false })).probleem).toMatchObject({ status: 400, soort: 'invoer' });
      expect((await r.reken({ naam: 'anders', tekst: '{}', uitleg: false })).probleem).toMatchObject({ status: 404 });
    } finally {
      await r.stop();
    }
  });

  it('een thread die onverwacht stopt: zijn evaluatie krijgt een 500, een nieuwe thread neemt het over', async () => {
    const { Rekenaars } = await rekenaars();
    const r = await Rekenaars.maak({ modules: [{ naam: 'echo', js: ECHO }] }, 1, 10_000);
    try {
      expect((await r.reken({ naam: 'echo', tekst: '{"n": 1, "stop": true}', uitleg: false })).probleem).toMatchObject({ status: 500, melding: expect.stringContaining('stopte onverwacht') });
      expect((await r.reken({ naam: 'echo', tekst: '{"n": 2}', uitleg: false })).json).toBe('{"n":"2"}');
    } finally {
      await r.stop();
    }
  });

  it('een volle wachtrij weigert met 503, en stop() maakt de wachtrij af', async () => {
    const { Rekenaars } = await rekenaars();
    const r = await Rekenaars.maak({ modules: [{ naam: 'echo', js: ECHO }] }, 1, 10_000);
    // all in one tick: one goes to the thread, maxWachtrij wait, the rest is turned away
    const n = r.maxWachtrij + 1 + 5;
    const beloften = Array.from({ length: n }, (_, i) => r.reken({ naam: 'echo', tekst: `{"n": ${i}}`, uitleg: false }));
    await r.stop();
    const antwoorden = await Promise.all(beloften);
    const druk = antwoorden.filter((a) => a.probleem?.soort === 'druk');
    expect(druk).toHaveLength(5);
    expect(antwoorden.slice(0, n - 5).every((a, i) => a.json === JSON.stringify({ n: String(i) }))).toBe(true);
  });
});
