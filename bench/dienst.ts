// The decision service's row: requests per second over real HTTP on 127.0.0.1 (keep-alive, a fixed
// number of requests in flight) against the same policy's compiled `evalueer` called in this
// process on the same inputs, as a ratio: what HTTP, JSON text and the worker threads cost, and
// what the threads win back on more cores.
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { startDienst } from '../compiler/node/serve.js';
import type { GecompileerdeModule } from '../runtime/runtime.js';

export interface DienstMeting {
  readonly requests: number;
  readonly inFlight: number;
  readonly workers: number;
  readonly requestsPerSecond: number;
  readonly inProcessPerSecond: number;
  /** requestsPerSecond / inProcessPerSecond (wall clock both). */
  readonly ratioToInProcess: number;
}

/** Serves `policy` and sends every input `rondes` times, `inFlight` at a time; checks each answer first. */
export async function meetDienst(root: string, policy: string, module: GecompileerdeModule, invoeren: readonly unknown[], peildatum: string, rondes: number, fout: (s: string) => never): Promise<DienstMeting> {
  const werkers = Math.max(1, availableParallelism());
  const d = await startDienst({ regelingen: [join(root, 'policies', `${policy}.regel`)], poort: 0, host: '127.0.0.1', maxBytes: 10 * 1024 * 1024, tijdslimiet: 60_000, werkers }, { out: () => undefined, err: () => undefined });
  const teksten = invoeren.map((x) => JSON.stringify(x));
  const url = `http://127.0.0.1:${d.poort}/regelingen/${policy}/evalueer?peildatum=${peildatum}`;
  const vraag = async (tekst: string): Promise<unknown> => {
    const r = await fetch(url, { method: 'POST', body: tekst });
    return r.status === 200 ? r.json() : { status: r.status, ...((await r.json()) as object) };
  };
  const inFlight = 64;
  try {
    // the same answers as the module in this process, before anything is timed
    for (const [i, tekst] of teksten.slice(0, 200).entries()) {
      const verwacht = (() => { try { return JSON.parse(JSON.stringify(module.evalueer(invoeren[i], { peildatum }))) as unknown; } catch { return null; } })();
      const a = await vraag(tekst);
      if (verwacht !== null && !isDeepStrictEqual(a, verwacht)) fout(`regelwerk serve geeft op ${tekst} ${JSON.stringify(a)}, de module ${JSON.stringify(verwacht)}`);
    }
    let volgende = 0;
    const totaal = teksten.length * rondes;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: inFlight }, async () => {
      while (volgende < totaal) await vraag(teksten[volgende++ % teksten.length]!);
    }));
    const httpMs = performance.now() - t0;
    const t1 = performance.now();
    for (let r = 0; r < rondes; r++) {
      for (const x of invoeren) {
        try { module.evalueer(JSON.parse(JSON.stringify(x)), { peildatum }); } catch { /* an error is an answer too */ }
      }
    }
    const binnenMs = performance.now() - t1;
    const requestsPerSecond = totaal / (httpMs / 1000);
    const inProcessPerSecond = totaal / (binnenMs / 1000);
    return { requests: totaal, inFlight, workers: d.rekenaars, requestsPerSecond, inProcessPerSecond, ratioToInProcess: requestsPerSecond / inProcessPerSecond };
  } finally {
    await d.stop();
  }
}
