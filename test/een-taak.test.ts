// One duty per file in the compiler and the runtime: a file that does several things is split by
// duty, not excused. Every file opens with a header comment that says what it is for; no header
// apologises for the file's length; and no file grows past 600 lines.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const MAPPEN = ['compiler', 'runtime'];
const MAX_REGELS = 600;

function bronnen(map: string): string[] {
  return readdirSync(join(ROOT, map)).flatMap((f) => {
    const pad = `${map}/${f}`;
    if (statSync(join(ROOT, pad)).isDirectory()) return bronnen(pad);
    return /\.(ts|mts)$/.test(f) && !f.endsWith('.d.ts') ? [pad] : [];
  });
}

const TEKSTEN: ReadonlyMap<string, string> = new Map(MAPPEN.flatMap(bronnen).map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));

/** The comment lines a file opens with, up to its first line of code. */
function kop(tekst: string): string[] {
  const regels = tekst.split('\n');
  const eind = regels.findIndex((r) => !r.startsWith('//'));
  return regels.slice(0, eind < 0 ? regels.length : eind);
}

describe('one duty per file in compiler/ and runtime/', () => {
  it('reads the sources it checks', () => {
    expect(TEKSTEN.size).toBeGreaterThan(30);
    expect(TEKSTEN.has('compiler/codegen/snel.ts')).toBe(true);
  });

  it('every file opens with a header that says what it is for', () => {
    expect([...TEKSTEN].filter(([, t]) => kop(t).join(' ').length < 40).map(([f]) => f)).toEqual([]);
  });

  it('no header apologises for the length of its file', () => {
    const excuus = /\b(longer|langer) (than|dan) \d+ (lines|regels)\b/i;
    expect([...TEKSTEN].filter(([, t]) => excuus.test(kop(t).join(' '))).map(([f]) => f)).toEqual([]);
  });

  it(`no file is longer than ${MAX_REGELS} lines`, () => {
    const lang = [...TEKSTEN].map(([f, t]) => [f, t.split('\n').length] as const).filter(([, n]) => n > MAX_REGELS + 1);
    expect(lang.map(([f, n]) => `${f}: ${n} regels`)).toEqual([]);
  });
});
