// Code generation: constructs that once produced invalid or wrongly typed TypeScript, compiled,
// type-checked and run against the interpreter.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { laad } from '../../../language/index.js';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { stdlibLader } from '../../../compiler/node/modules.js';
import { gecompileerd } from '../../opzet/mappen.js';
import { uitkomst } from '../../engines/beide-engines.js';

const ROOT = join(import.meta.dirname, '../../..');

async function beide(bron: string, invoer: Record<string, unknown>, peildatum = '2026-03-01'): Promise<[unknown, unknown]> {
  const r = laad(`regeling T\n  bron "test"\n${bron}`, 't.regel', stdlibLader);
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  const mod = (await gecompileerd('codegen', [{ g: r.gecontroleerd, bestand: 't.regel' }]))[0]!.module;
  const opties = { peildatum };
  return [uitkomst(() => mod.evalueerMetUitleg(invoer, opties)), uitkomst(() => (({ uitvoer, uitleg }) => ({ uitvoer, uitleg }))(evalueer(r.gecontroleerd, invoer, opties)))];
}

describe('codegen', () => {
  it('een rekenfout noemt de binnenste regel, in beide engines gelijk', async () => {
    const [a, b] = await beide('invoer a: getal\nuitvoer b: getal\nregel b is 10 + deel\nregel deel: getal is 1 / a\n', { a: 0 });
    expect(a).toEqual(b);
    expect(a).toEqual({ fout: 'RegelwerkRekenFout', melding: "in regel 'deel': deling door nul" });
  });

  it('een parameterrij met "tot" geldt tot en met die dag; daarna is er geen waarde', async () => {
    const bron = 'parameter p: getal\n  vanaf 2025-01-01 tot 2026-02-28 is 1\n  vanaf 2026-04-01 is 2\ninvoer a: getal\nuitvoer b: getal\nregel b is a * p\n';
    const opDag = async (d: string) => {
      const [a, b] = await beide(bron, { a: 3 }, d);
      expect(a).toEqual(b);
      return a as { uitvoer?: { b: number }; fout?: string; melding?: string };
    };
    expect((await opDag('2026-02-28')).uitvoer).toEqual({ b: 3 });
    expect((await opDag('2026-04-01')).uitvoer).toEqual({ b: 6 });
    const gat = await opDag('2026-03-01');
    expect(gat.fout).toBe('RegelwerkInvoerFout');
    expect(gat.melding).toContain("parameter 'p' heeft geen waarde op 2026-03-01: de rij vanaf 2025-01-01 gold tot en met 2026-02-28");
  });

  it('een lijst afbeelden op gegevens (pijlfunctie met een object als lichaam)', async () => {
    const [a, b] = await beide(
      'invoer ws: lijst van gegevens { uren: getal, loon: bedrag }\nuitvoer uit: lijst van gegevens { totaal: bedrag }\nregel uit is elke w in ws geeft { totaal: w.uren * w.loon }\n',
      { ws: [{ uren: 3, loon: 12.5 }, { uren: 0, loon: 1 }] },
    );
    expect(a).toEqual(b);
    expect(a).toMatchObject({ uitvoer: { uit: [{ totaal: 37.5 }, { totaal: 0 }] } });
  });

  it('keuzewaarden in lijsten en takken behouden hun type', async () => {
    const [a, b] = await beide(
      'invoer x: ja/nee\ninvoer y: ja/nee\nuitvoer gronden: lijst van keuze p, q\nregel gronden is (als x dan [p] anders []) + (als y dan [q] anders [])\n',
      { x: true, y: true },
    );
    expect(a).toEqual(b);
    expect(a).toMatchObject({ uitvoer: { gronden: ['p', 'q'] } });
  });

  it('bedragen in centen, percentages en afronding zoals de interpreter', async () => {
    const [a, b] = await beide(
      'invoer a: bedrag\ninvoer p: percentage\nuitvoer b: bedrag\nuitvoer c: bedrag\nregel b is p van a afgerond op centen naar beneden\nregel c is a * 7,5% afgerond op euro\'s naar boven\n',
      { a: 1234.57, p: 7.5 },
    );
    expect(a).toEqual(b);
    // 7,5% van € 1234,57 is € 92,59275
    expect(a).toMatchObject({ uitvoer: { b: 92.59, c: 93 } });
  });
});

describe('typecontrole van gegenereerde code', () => {
  it('een typefout is een compilerfout met de plek', async () => {
    const { typeControle, CompilerFout } = await import('../../../compiler/node/compile.js');
    const fout = typeControle([{ naam: 'kapot', ts: "import * as rt from '@regelwerk/runtime';\nexport const x: number = rt.q(1, 2);\nexport const y: string = 3;\n" }]);
    await expect(fout).rejects.toBeInstanceOf(CompilerFout);
    await expect(fout).rejects.toThrow(/interne compilerfout: de gegenereerde code bevat typefouten[\s\S]*kapot\.ts[\s\S]*(TS2322|not assignable)/);
  });
  it('strikt: een impliciete any faalt ook', async () => {
    const { typeControle } = await import('../../../compiler/node/compile.js');
    await expect(typeControle([{ naam: 'los', ts: 'export function f(a) { return a; }\n' }])).rejects.toThrow(/TS7006|implicitly has an 'any' type/);
  });
});
