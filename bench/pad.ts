// What the decision path costs `evalueer`: the fast path counts, per rule of the path, what decided
// it in a local (`kz<n>`) and tests once whether a path was asked. The bench writes a copy of a
// compiled module with those counters and that test taken out (the code as it was before them), so
// `evalueer` with and without them, and `evalueerMetPad`, are timed side by side in one run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GecompileerdeModule } from '../runtime/runtime.js';

/** The counters and the test of the decision path in the compiled JavaScript of the fast path. */
const TELLERS = [/\blet kz\d+ = 0;/g, /\bkz\d+ = \d+;/g, /\bif \(pad !== undefined\)[^;]*;/g];

/**
 * Two copies of the module `naam` of `uitmap`, each for `evalueer` alone: one as compiled, one
 * without the decision path's counters; or null when it has none. Copies, since a module whose
 * fast path is also called with a path (evalueerMetPad) is a different shape of work for V8.
 */
export async function padKopieen<I, U>(uitmap: string, naam: string): Promise<{ met: GecompileerdeModule<I, U>; zonder: GecompileerdeModule<I, U> } | null> {
  const js = readFileSync(join(uitmap, `${naam}.js`), 'utf8');
  let zonder = js;
  let weg = 0;
  for (const t of TELLERS) zonder = zonder.replace(t, () => { weg++; return ''; });
  if (weg === 0) return null;
  const laad = async (soort: string, tekst: string): Promise<GecompileerdeModule<I, U>> => {
    const pad = join(uitmap, `${naam}.${soort}.js`);
    writeFileSync(pad, tekst);
    return (await import(pathToFileURL(pad).href)) as GecompileerdeModule<I, U>;
  };
  return { met: await laad('met-pad', js), zonder: await laad('zonder-pad', zonder) };
}
