// The operator table (language/operatoren.ts) is the checker's only unit algebra: every operator on
// every pair of units is accepted exactly when the table has a row, with the row's result type and
// the row's variant recorded for the engines; everything else is RW2003 with the usual message.
import { describe, expect, it } from 'vitest';
import { laad } from '../../language/index.js';
import { REKENREGELS, type Rekenoperator } from '../../language/operatoren.js';
import { alleExpressies } from '../../language/walk.js';
import type * as A from '../../language/ast.js';
import { schrijfType } from '../../runtime/typen.js';

const OPERATOREN: readonly Rekenoperator[] = ['+', '-', '*', '/', 'van'];
/** A unit as the table names it, the declared type of an input of it, and units outside the table. */
const EENHEDEN: readonly { eenheid: string; type: string }[] = [
  { eenheid: 'getal', type: 'getal' }, { eenheid: 'bedrag', type: 'bedrag' }, { eenheid: 'percentage', type: 'percentage' },
  { eenheid: 'datum', type: 'datum' }, { eenheid: 'duur', type: 'duur' }, { eenheid: 'lijst', type: 'lijst van getal' },
  { eenheid: 'tekst', type: 'tekst' }, { eenheid: 'ja/nee', type: 'ja/nee' },
];

function rekensom(g: { bestand: A.Bestand }): A.Expr & { kind: 'Rekensom' } {
  const gevonden: (A.Expr & { kind: 'Rekensom' })[] = [];
  for (const d of g.bestand.declaraties) {
    if (d.kind !== 'Regel') continue;
    for (const e of alleExpressies(d.waarde)) if (e.kind === 'Rekensom') gevonden.push(e);
  }
  expect(gevonden).toHaveLength(1);
  return gevonden[0]!;
}

describe('de operatortabel', () => {
  it('heeft per operator en eenheden één rij, en een variant die zegt wat er staat', () => {
    const sleutels = REKENREGELS.map((r) => `${r.links} ${r.op} ${r.rechts}`);
    expect(new Set(sleutels).size).toBe(REKENREGELS.length);
    expect(new Set(REKENREGELS.map((r) => r.variant)).size).toBe(REKENREGELS.length);
    for (const r of REKENREGELS) expect(r.variant).toBe(r.op === 'van' ? `${r.links} van ${r.rechts}` : `${r.links}${r.op}${r.rechts}`);
  });

  it('de checker volgt de tabel voor elke operator op elk paar eenheden, en legt de variant vast', () => {
    let aanvaard = 0;
    for (const op of OPERATOREN) {
      for (const l of EENHEDEN) {
        for (const r of EENHEDEN) {
          const bron = `regeling T\n  bron "test"\ninvoer x: ${l.type}\ninvoer y: ${r.type}\nuitvoer u: ja/nee\nregel u is ja\nregel r is x ${op} y\n`;
          const res = laad(bron, 't.regel');
          const fouten = res.diagnosen.filter((d) => d.ernst === 'fout');
          const rij = REKENREGELS.find((x) => x.op === op && x.links === l.eenheid && x.rechts === r.eenheid);
          const wat = `${l.type} ${op} ${r.type}`;
          if (rij) {
            aanvaard++;
            expect(fouten, wat).toEqual([]);
            const e = rekensom(res.gecontroleerd);
            expect(res.gecontroleerd.rekensommen.get(e), wat).toBe(rij.variant);
            expect(schrijfType(res.gecontroleerd.typen.get(e)!), wat).toBe(rij.uitkomst === 'lijst' ? 'lijst van getal' : rij.uitkomst);
          } else {
            expect(fouten.map((d) => [d.code, d.melding]), wat).toEqual([['RW2003', `'${op}' is niet gedefinieerd voor ${l.type} en ${r.type}`]]);
            expect(res.gecontroleerd.rekensommen.size, wat).toBe(0);
          }
        }
      }
    }
    expect(aanvaard).toBe(REKENREGELS.length);
  });

  it('lijsten die niet samengaan passen niet, ook al staat lijst + lijst in de tabel', () => {
    const res = laad('regeling T\n  bron "test"\ninvoer x: lijst van getal\ninvoer y: lijst van datum\nuitvoer u: ja/nee\nregel u is ja\nregel r is x + y\n', 't.regel');
    expect(res.diagnosen.filter((d) => d.ernst === 'fout').map((d) => d.code)).toEqual(['RW2003']);
    expect(res.gecontroleerd.rekensommen.size).toBe(0);
  });
});
