// Code generation: constructs that once produced invalid or wrongly typed TypeScript, compiled,
// type-checked and run against the interpreter.
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { laad } from '../../language/index.js';
import { compileer, schrijfModules } from '../../compiler/compile.js';
import { evalueer } from '../../compiler/interpreter.js';
import { stdlibLader } from '../../compiler/modules.js';

const ROOT = join(import.meta.dirname, '../..');

async function beide(bron: string, invoer: Record<string, unknown>): Promise<[unknown, unknown]> {
  const r = laad(`regeling T\n  bron "test"\n${bron}`, 't.regel', stdlibLader);
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  const map = join(ROOT, '.regelwerk-cache', `codegen-${process.pid}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(map, { recursive: true });
  const [m] = await compileer([{ g: r.gecontroleerd, bestand: 't.regel' }]);
  schrijfModules([m!], map);
  const mod = (await import(pathToFileURL(join(map, 't.js')).href)) as { evalueerMetUitleg(i: unknown, o: unknown): unknown };
  const opties = { peildatum: '2026-03-01' };
  return [mod.evalueerMetUitleg(invoer, opties), (({ uitvoer, uitleg }) => ({ uitvoer, uitleg }))(evalueer(r.gecontroleerd, invoer, opties))];
}

describe('codegen', () => {
  it('een lijst afbeelden op gegevens (pijlfunctie met een object als lichaam)', async () => {
    const [a, b] = await beide(
      'invoer ws: lijst van gegevens { uren: getal, loon: bedrag }\nuitvoer uit: lijst van gegevens { totaal: bedrag }\nregel uit is elke w in ws geeft { totaal: w.uren * w.loon }\n',
      { ws: [{ uren: 3, loon: 12.5 }, { uren: 0, loon: 1 }] },
    );
    expect(a).toEqual(b);
  });

  it('keuzewaarden in lijsten en takken behouden hun type', async () => {
    const [a, b] = await beide(
      'invoer x: ja/nee\ninvoer y: ja/nee\nuitvoer gronden: lijst van keuze p, q\nregel gronden is (als x dan [p] anders []) + (als y dan [q] anders [])\n',
      { x: true, y: true },
    );
    expect(a).toEqual(b);
  });

  it('bedragen in centen, percentages en afronding zoals de interpreter', async () => {
    const [a, b] = await beide(
      'invoer a: bedrag\ninvoer p: percentage\nuitvoer b: bedrag\nuitvoer c: bedrag\nregel b is p van a afgerond op centen naar beneden\nregel c is a * 7,5% afgerond op euro\'s naar boven\n',
      { a: 1234.57, p: 7.5 },
    );
    expect(a).toEqual(b);
  });
});
