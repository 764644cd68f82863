// Files and directories as the CLI reads and makes them: text must be valid UTF-8 (a wrong byte is
// an error, not a silent U+FFFD that changes a name or a value), and directories are made without
// Node 20's `mkdirSync(p, { recursive: true })`, which loops forever at 100 % CPU under /proc
// (`--uit /proc/x`, XDG_CACHE_HOME=/proc/x) instead of failing.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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

/** Text that is not valid UTF-8; `byte` is the offset of the first wrong byte. */
export class GeenUtf8 extends Error {
  constructor(readonly byte: number) {
    super(`geen geldige UTF-8-tekst (een ongeldige byte op positie ${byte})`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file (or of standard input: 0); throws GeenUtf8 for bytes that are no UTF-8. */
export function leesTekst(bron: string | 0): string {
  const bytes = readFileSync(bron);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new GeenUtf8(eersteFouteByte(bytes));
  }
}

/** Where decoding fails: the longest prefix that decodes. */
function eersteFouteByte(bytes: Uint8Array): number {
  let goed = 0;
  let fout = bytes.length;
  while (fout - goed > 1) {
    const midden = (goed + fout) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, midden), { stream: true });
      goed = midden;
    } catch {
      fout = midden;
    }
  }
  return goed;
}
