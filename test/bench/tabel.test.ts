// The README's bench tables are what bench/tabel.ts makes from bench/results.json: no figure in
// the README differs from the results file, and a bench run that changes the results changes
// the README with them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BEGIN, EIND, benchTabel, readmeMetTabel } from '../../bench/tabel.js';
import type { Resultaat } from '../../bench/rapport.js';

const ROOT = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const RESULTATEN = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8')) as Resultaat;

describe('de bench-tabellen in README.md', () => {
  it('zijn wat bench/tabel.ts uit bench/results.json maakt', () => {
    expect(README).toContain(BEGIN);
    expect(readmeMetTabel(README, RESULTATEN)).toBe(README);
  });

  it('staan er één keer, met elk doel en zijn oordeel', () => {
    expect(README.split(BEGIN).length).toBe(2);
    expect(README.split(EIND).length).toBe(2);
    const tabel = benchTabel(RESULTATEN);
    for (const d of RESULTATEN.targets) expect(tabel).toContain(`| ${d.target} | ${d.met ? 'yes' : '**no**'} | ${d.measured} |`);
  });

  it('volgen een ander resultaat', () => {
    const ander = { ...RESULTATEN, date: '1999-12-31' };
    const nieuw = readmeMetTabel(README, ander);
    expect(nieuw).not.toBe(README);
    expect(nieuw).toContain('1999-12-31');
    expect(readmeMetTabel(nieuw, RESULTATEN)).toBe(README);
  });
});
