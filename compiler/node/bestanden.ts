// Files and directories as the CLI reads and makes them: text must be valid UTF-8 (a wrong byte is
// an error, not a silent U+FFFD that changes a name or a value), and directories are made without
// Node 20's `mkdirSync(p, { recursive: true })`, which loops forever at 100 % CPU under /proc
// (`--uit /proc/x`, XDG_CACHE_HOME=/proc/x) instead of failing. Every file is read with a bound
// (leesTekst): `--invoer /dev/zero` or a FIFO that never ends is refused after the bound, not read
// until memory runs out.
import { closeSync, existsSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { GebruiksFout } from './gebruik.js';

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

/** A file (or standard input) larger than the bound it is read with; `grens` in bytes. */
export class TeGroot extends Error {
  constructor(readonly grens: number) {
    super(`groter dan ${schrijfGrootte(grens)}`);
  }
}

const MIB = 1024 * 1024;

/** The bound for a policy file (.regel): the largest policy in policies/ is under 100 KiB. */
export const REGELING_GRENS = 4 * MIB;

/** The default bound for one `--invoer` (JSON); REGELWERK_MAX_INVOER_MIB sets another. */
export const INVOER_GRENS = 64 * MIB;

/** `1 MiB`, `64 MiB`; a bound that is not a whole number of MiB in bytes (`1.000 bytes`). */
export function schrijfGrootte(bytes: number): string {
  return bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes.toLocaleString('nl-NL')} bytes`;
}

// ignoreBOM: the text is the file's, byte order mark included; the readers (the lexer, the JSON
// reader) each accept one at the start, so a second one is an error instead of silently skipped.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of a file (or of standard input: 0), read at most `grens` bytes: one byte more and it
 * throws TeGroot without reading on. Throws GeenUtf8 for bytes that are no UTF-8.
 */
export function leesTekst(bron: string | 0, grens: number): string {
  const bytes = leesBegrensd(bron, grens);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new GeenUtf8(eersteFouteByte(bytes));
  }
}

/** Up to `grens` bytes of the file; TeGroot as soon as byte grens + 1 arrives. */
function leesBegrensd(bron: string | 0, grens: number): Uint8Array {
  const fd = bron === 0 ? 0 : openSync(bron, 'r');
  try {
    // Doubling (by at least 1 MiB): a small file costs a small buffer, a huge one stops at the bound.
    let buffer = Buffer.allocUnsafe(Math.min(grens + 1, 64 * 1024));
    let gelezen = 0;
    for (;;) {
      if (gelezen === buffer.length) {
        if (gelezen > grens) throw new TeGroot(grens);
        const groter = Buffer.allocUnsafe(Math.min(grens + 1, buffer.length + Math.max(buffer.length, MIB)));
        buffer.copy(groter, 0, 0, gelezen);
        buffer = groter;
      }
      const n = leesStuk(fd, buffer, gelezen);
      if (n === 0) return buffer.subarray(0, gelezen);
      gelezen += n;
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** One read; standard input in non-blocking mode (EAGAIN) is waited for instead of failing. */
export function leesStuk(fd: number, buffer: Buffer, van: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, van, buffer.length - van, null);
    } catch (x) {
      if ((x as NodeJS.ErrnoException).code !== 'EAGAIN') throw x;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** Where decoding fails: the longest prefix that decodes. */
export function eersteFouteByte(bytes: Uint8Array): number {
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

/** The text of a policy file (UTF-8, at most REGELING_GRENS bytes), as every command reads it. */
export function leesRegeling(pad: string): string {
  return leesTekst(resolve(pad), REGELING_GRENS);
}

/** Sets the bound on one `--invoer` case, in MiB. */
export const INVOER_GRENS_VAR = 'REGELWERK_MAX_INVOER_MIB';
export const INVOER_HOGER = `de grens voor één geval; een hogere grens zet u met ${INVOER_GRENS_VAR} (in MiB)`;

/**
 * A file system error on a path the user gave, as a usage error in Dutch that names the path;
 * anything that is not a file system error is returned unchanged (to be rethrown).
 */
export function padFout(x: unknown, wat: string, pad: string): unknown {
  if (x instanceof GeenUtf8) return new GebruiksFout(`${wat} '${pad}' is ${x.message}; sla het op als UTF-8`);
  if (x instanceof TeGroot) return new GebruiksFout(`${wat} '${pad}' is ${x.message}, ${wat === 'invoerbestand' ? INVOER_HOGER : 'de grens voor een regeling; splits haar in kleinere regelingen'}`);
  const code = (x as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !(x instanceof Error) || !('syscall' in x)) return x;
  const p = `${wat} '${pad}'`;
  switch (code) {
    case 'ENOENT': return new GebruiksFout(`${p} bestaat niet`);
    case 'EISDIR': return new GebruiksFout(`${p} is een map, geen bestand`);
    case 'ENOTDIR': return new GebruiksFout(`${p}: een deel van het pad is geen map`);
    case 'EEXIST': return new GebruiksFout(`${p} bestaat al en is geen map`);
    case 'EACCES': case 'EPERM': return new GebruiksFout(`geen toegang tot ${p}`);
    case 'EROFS': return new GebruiksFout(`${p} ligt op een alleen-lezen bestandssysteem`);
    case 'ENOSPC': case 'EDQUOT': return new GebruiksFout(`geen schijfruimte meer voor ${p}`);
    case 'ENAMETOOLONG': return new GebruiksFout(`de naam van ${p} is te lang`);
    case 'ELOOP': return new GebruiksFout(`${p}: te veel symbolische koppelingen na elkaar`);
    default: return new GebruiksFout(`${p} is niet te gebruiken (${code})`);
  }
}
