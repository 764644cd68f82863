// The difference report of a population run (compiler/bevolking/verschil.ts) against a naive
// recomputation over all rows kept in memory: counts, exact totals, top winners and losers, path
// transitions and groups, for random populations with random changes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NUL, getal, gelijk, min, plus, vanDecimaleTekst, vergelijk, type Getal } from '../../../runtime/getal.js';
import { MAX_GROEPEN, Som, TeVeelGroepen, Verschillen, gemiddeld, type RijUitkomst } from '../../../compiler/bevolking/verschil.js';
import type { Type } from '../../../runtime/typen.js';

const UITVOER: { naam: string; type: Type }[] = [
  { naam: 'loon', type: { soort: 'leegbaar', type: { soort: 'bedrag' } } },
  { naam: 'recht', type: { soort: 'ja/nee' } },
];

const cent = fc.integer({ min: -50_000, max: 50_000 }).map((c) => (c / 100).toFixed(2));
const uitkomst = fc.record({
  loon: fc.option(cent, { nil: null }),
  recht: fc.constantFrom('true', 'false'),
  fout: fc.option(fc.constantFrom('ongeldige invoer bij \'x\': kapot'), { nil: null, freq: 8 }),
  pad: fc.constantFrom('t=rij 1', 't=rij 2', 't=geen rij'),
}).map((x): RijUitkomst => ({ cellen: x.fout ? [null, null] : [x.loon, x.recht], fout: x.fout, pad: x.fout ? null : x.pad }));
const rij = fc.record({ groep: fc.constantFrom('a', 'b', 'c'), basis: uitkomst, variant: uitkomst, zelfde: fc.boolean(), alleenPad: fc.constantFrom('t=rij 1', 't=rij 2', null) })
  // sometimes the same answer by another path
  .map((r) => (r.alleenPad !== null && r.zelfde && r.basis.fout === null ? { ...r, zelfde: false, variant: { ...r.basis, pad: r.alleenPad } } : r));

describe('Verschillen', () => {
  it('counts, sums and ranks as a naive recomputation over every row does', () => {
    fc.assert(fc.property(fc.array(rij, { maxLength: 200 }), (rijen) => {
      const v = new Verschillen(UITVOER, ['x'], 'groep', 3);
      rijen.forEach((r, i) => v.voeg(i + 1, `id${i}`, r.groep, r.basis, [r.zelfde ? r.basis : r.variant]));
      const rap = v.rapport;
      const varianten = rijen.map((r) => (r.zelfde ? r.basis : r.variant));
      // changed: an output or the error; a path that differs alone is a transition, not a change
      const anders = rijen.map((r, i) => JSON.stringify([r.basis.cellen, r.basis.fout]) !== JSON.stringify([varianten[i]!.cellen, varianten[i]!.fout]));
      const x = rap.varianten[0]!;
      expect(x.totaal.gevallen).toBe(rijen.length);
      expect(x.totaal.gewijzigd).toBe(anders.filter(Boolean).length);
      // per output: changed cells, the exact total and the mean of the numeric differences
      const diffs: { wie: string; d: Getal }[] = [];
      let gewijzigdLoon = 0;
      rijen.forEach((r, i) => {
        const o = r.basis.cellen[0] ?? null;
        const n = varianten[i]!.cellen[0] ?? null;
        if (o === n) return;
        gewijzigdLoon++;
        if (o !== null && n !== null) diffs.push({ wie: `id${i}`, d: min(vanDecimaleTekst(n)!, vanDecimaleTekst(o)!) });
      });
      const loon = x.totaal.uitvoer[0]!;
      expect(loon.gewijzigd).toBe(gewijzigdLoon);
      expect(loon.vergeleken).toBe(diffs.length);
      expect(gelijk(loon.totaal, diffs.reduce((a, b) => plus(a, b.d), NUL))).toBe(true);
      if (diffs.length === 0) expect(gemiddeld(loon)).toBeNull();
      // the winners: the three largest positive differences, the earliest first among equals
      const winnaars = diffs.filter((d) => vergelijk(d.d, NUL) > 0).sort((a, b) => vergelijk(b.d, a.d)).slice(0, 3);
      expect(loon.winnaars.map((w) => w.wie)).toEqual(winnaars.map((w) => w.wie));
      const verliezers = diffs.filter((d) => vergelijk(d.d, NUL) < 0).sort((a, b) => vergelijk(a.d, b.d)).slice(0, 3);
      expect(loon.verliezers.map((w) => w.wie)).toEqual(verliezers.map((w) => w.wie));
      // the groups add up to the whole
      const groepen = [...x.groepen.values()];
      expect(groepen.reduce((a, g) => a + g.gewijzigd, 0)).toBe(x.totaal.gewijzigd);
      expect(gelijk(groepen.reduce((a, g) => plus(a, g.uitvoer[0]!.totaal), NUL), loon.totaal)).toBe(true);
      // path transitions: one per case whose path changed
      const overgangen = [...x.overgangen.values()].reduce((a, b) => a + b, 0);
      expect(overgangen).toBe(rijen.filter((r, i) => r.basis.pad !== varianten[i]!.pad).length);
      // the base: its sum of amounts and its errors
      const som = rijen.reduce((a, r) => (r.basis.cellen[0] ? plus(a, vanDecimaleTekst(r.basis.cellen[0])!) : a), NUL);
      expect(gelijk(rap.basis.totaal.sommen[0]!.waarde, som)).toBe(true);
      expect(rap.basis.totaal.sommen[1]).toBeNull();
      expect(rap.basis.totaal.fouten).toBe(rijen.filter((r) => r.basis.fout !== null).length);
    }));
  });

  it('a parameter a variant fixes leaves its paths without being a changed path', () => {
    const v = new Verschillen(UITVOER, [{ naam: 'x', parameters: ['minimumuurloon'] }], null);
    const u = (loon: string, pad: string): RijUitkomst => ({ cellen: [loon, 'true'], fout: null, pad });
    v.voeg(1, null, null, u('7.36', 'staffel=rij 6; minimumuurloon@2026-01-01'), [u('7.50', 'staffel=rij 6')]);
    v.voeg(2, null, null, u('7.36', 'staffel=rij 6; minimumuurloon@2026-01-01'), [u('7.50', 'staffel=rij 5')]);
    expect([...v.rapport.varianten[0]!.overgangen]).toEqual([['staffel=rij 6 -> staffel=rij 5', 1]]);
    expect(v.rapport.varianten[0]!.totaal.gewijzigd).toBe(2);
  });

  it('Som adds decimals of any scale exactly', () => {
    const tekst = fc.tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: 0, max: 9 }))
      .map(([t, sch]) => { const a = (t < 0n ? -t : t).toString().padStart(sch + 1, '0'); return `${t < 0n ? '-' : ''}${sch === 0 ? a : `${a.slice(0, -sch)}.${a.slice(-sch)}`}`; });
    fc.assert(fc.property(fc.array(fc.oneof(tekst, fc.constant('1e+21'))), (xs) => {
      const som = new Som();
      xs.forEach((x) => som.voeg(x));
      expect(gelijk(som.waarde, xs.reduce((a, x) => plus(a, vanDecimaleTekst(x)!), NUL))).toBe(true);
    }));
  });

  it('the mean of an amount is in cents, rounded half up', () => {
    const v = new Verschillen(UITVOER, ['x'], null);
    const u = (loon: string): RijUitkomst => ({ cellen: [loon, 'true'], fout: null, pad: '' });
    v.voeg(1, null, null, u('1.00'), [u('1.01')]);
    v.voeg(2, null, null, u('1.00'), [u('1.01')]);
    v.voeg(3, null, null, u('1.00'), [u('1.00')]);
    v.voeg(4, null, null, u('1.00'), [u('1.00')]);
    v.voeg(5, null, null, u('1.00'), [u('1.02')]);
    const loon = v.rapport.varianten[0]!.totaal.uitvoer[0]!;
    expect(loon.gewijzigd).toBe(3);
    expect(gelijk(loon.totaal, getal(4n, 100n))).toBe(true);
    // 0,04 / 3 = 0,01333... -> € 0,01
    expect(gelijk(gemiddeld(loon)!, getal(1n, 100n))).toBe(true);
    expect(v.rapport.varianten[0]!.totaal.uitvoer[0]!.winnaars.map((w) => w.wie)).toEqual(['rij 5', 'rij 1', 'rij 2']);
  });

  it('refuses a grouping column with more values than a report can show', () => {
    const v = new Verschillen(UITVOER, [], 'id');
    const u: RijUitkomst = { cellen: ['1.00', 'true'], fout: null, pad: '' };
    for (let i = 0; i < MAX_GROEPEN; i++) v.voeg(i + 1, null, `g${i}`, u, []);
    expect(() => v.voeg(MAX_GROEPEN + 1, null, 'nog een', u, [])).toThrow(TeVeelGroepen);
  });
});
