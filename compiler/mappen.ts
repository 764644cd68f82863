// Creating directories (`mkdir -p`) without Node 20's `mkdirSync(p, { recursive: true })`, which
// loops forever at 100 % CPU under /proc (`--uit /proc/x`, XDG_CACHE_HOME=/proc/x) instead of failing.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Creates `pad` and its missing parents, one level at a time; a failure throws the system error. */
export function maakMap(pad: string, mode?: number): void {
  const ontbrekend: string[] = [];
  for (let p = resolve(pad); !existsSync(p); p = dirname(p)) {
    ontbrekend.push(p);
    if (dirname(p) === p) break;
  }
  for (const map of ontbrekend.reverse()) {
    try {
      mkdirSync(map, mode === undefined ? undefined : { mode });
    } catch (x) {
      if ((x as NodeJS.ErrnoException).code !== 'EEXIST') throw x; // made meanwhile by a parallel run: fine
    }
  }
}
