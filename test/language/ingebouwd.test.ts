// The built-in table (language/ingebouwd.ts) is what the checker resolves every built-in use to:
// each built-in on arguments of every unit is accepted exactly when the table has a row for it, with
// the row's result type and the row's variant recorded for the engines; otherwise an error and no
// variant. A built-in written as an `Ingebouwd` node is tested from its row's phrase alone.
import { describe, expect, it } from 'vitest';
import { laad } from '../../language/index.js';
import { INGEBOUWDE, type IngebouwdeRegel } from '../../language/ingebouwd.js';
import { alleExpressies } from '../../language/walk.js';
import type * as A from '../../language/ast.js';
import { schrijfType } from '../../runtime/typen.js';

const EENHEDEN = ['getal', 'bedrag', 'percentage', 'datum', 'duur', 'tekst', 'ja/nee'] as const;

/** How each built-in is written on inputs x, y (of one unit) or l (a list of it). */
function gebruiken(): { naam: string; vorm: IngebouwdeRegel['vorm']; tekst: string; lijst: boolean; n: number }[] {
  const lijstOps = ['aantal l', 'som van l', 'minimum van l', 'maximum van l', 'eerste van l', 'laatste van l'].map((tekst) => ({ naam: tekst.split(' ')[0]!, vorm: 'LijstOp' as const, tekst, lijst: true, n: 1 }));
  const tupels = ['minimum', 'maximum'].map((naam) => ({ naam, vorm: 'LijstOp' as const, tekst: `${naam} van (x, y)`, lijst: false, n: 1 }));
  const generiek = [...new Map(INGEBOUWDE.filter((r) => r.vorm === 'Ingebouwd').map((r) => [r.naam, r])).values()].map((r) => ({
    naam: r.naam, vorm: 'Ingebouwd' as const, tekst: r.frase.replace(/\bX\b/, 'x').replace(/\bY\b/, 'y').replace(/\bZ\b/, 'y'), lijst: false, n: r.argumenten.length,
  }));
  return [...lijstOps, ...tupels, { naam: 'afgerond', vorm: 'Afronding', tekst: 'x afgerond op 2 decimalen', lijst: false, n: 1 }, ...generiek];
}

function knoop(g: { bestand: A.Bestand }, vorm: string): A.Expr {
  const gevonden: A.Expr[] = [];
  for (const d of g.bestand.declaraties) {
    if (d.kind !== 'Regel') continue;
    for (const e of alleExpressies(d.waarde)) if (e.kind === vorm) gevonden.push(e);
  }
  expect(gevonden).toHaveLength(1);
  return gevonden[0]!;
}

describe('de tabel van ingebouwde bewerkingen', () => {
  it('heeft per variant één rij, en per vorm, naam en eenheden hooguit één', () => {
    expect(new Set(INGEBOUWDE.map((r) => r.variant)).size).toBe(INGEBOUWDE.length);
    expect(new Set(INGEBOUWDE.map((r) => `${r.vorm} ${r.naam} ${r.argumenten.join(',')}`)).size).toBe(INGEBOUWDE.length);
  });

  it('de checker volgt de tabel voor elke bewerking op elke eenheid, en legt de variant vast', () => {
    const bereikt = new Set<string>();
    for (const gebruik of gebruiken()) {
      for (const eenheid of EENHEDEN) {
        const invoer = gebruik.lijst ? `invoer l: lijst van ${eenheid}` : `invoer x: ${eenheid}\ninvoer y: ${eenheid}`;
        const bron = `regeling T\n  bron "test"\n${invoer}\nuitvoer u: ja/nee\nregel u is ja\nregel r is ${gebruik.tekst}\n`;
        const res = laad(bron, 't.regel');
        const fouten = res.diagnosen.filter((d) => d.ernst === 'fout');
        const rij = INGEBOUWDE.find((r) => r.vorm === gebruik.vorm && r.naam === gebruik.naam
          && (r.argumenten as readonly string[]).every((a) => a === '*' || a === eenheid));
        const wat = `${gebruik.tekst} op ${eenheid}`;
        const e = knoop(res.gecontroleerd, gebruik.vorm);
        if (rij) {
          expect(fouten, wat).toEqual([]);
          expect(res.gecontroleerd.ingebouwden.get(e), wat).toBe(rij.variant);
          expect(schrijfType(res.gecontroleerd.typen.get(e)!), wat).toBe(rij.uitkomst === '*' ? eenheid : `${'lijst' in rij ? 'lijst van ' : ''}${'geheel' in rij ? 'geheel ' : ''}${rij.uitkomst}`);
          bereikt.add(rij.variant);
        } else {
          expect(fouten.length, wat).toBeGreaterThan(0);
          expect(res.gecontroleerd.ingebouwden.has(e), wat).toBe(false);
        }
      }
    }
    expect([...bereikt].sort()).toEqual(INGEBOUWDE.map((r) => r.variant).sort());
  });
});
