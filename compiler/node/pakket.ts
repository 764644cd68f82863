// Where the installed package is: its root, a stdlib module's file and the runtime compiled modules
// import. Nothing else, so that a run from the cache finds them without loading the language.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest folder above this file with stdlib/ and package.json. */
export function pakketMap(): string {
  let map = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(map, 'package.json')) && existsSync(join(map, 'stdlib'))) return map;
    map = dirname(map);
  }
  throw new Error('regelwerk: de pakketmap met stdlib/ is niet gevonden');
}

/** The file of stdlib module `naam` (`gebruik minimumloon`), or null for a name that is none. */
export function stdlibPad(naam: string): string | null {
  if (!/^[a-z][a-z0-9-]*$/i.test(naam)) return null;
  return join(pakketMap(), 'stdlib', `${naam}.regel`);
}

/**
 * The entry of the runtime package (@regelwerk/runtime) as Node resolves it from here: in this
 * repository the workspace's runtime/dist/, in an install node_modules/@regelwerk/runtime/dist/.
 */
export function runtimeIngang(): string {
  return import.meta.resolve('@regelwerk/runtime');
}
