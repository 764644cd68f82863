// The words of the decision path (runtime/pad.ts), shared by every engine: the entry of what decided
// a rule, the dated parameters' part at a peildatum (the row kiesRij would choose), and the joining.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kiesRij } from '../../runtime/runtime.js';
import { padKeuze, padParameters, padTekst, type PadParameter } from '../../runtime/pad.js';

describe('runtime/pad.ts', () => {
  it('what decided a rule, as its entry writes it', () => {
    expect(padKeuze({ soort: 'basis' })).toBe('basis');
    expect(padKeuze({ soort: 'uitzondering', naam: 'bbl; 18 jaar', bron: null, overschrijft: ['a'] })).toBe('u:bbl; 18 jaar');
    expect(padKeuze({ soort: 'tabel', rij: 7, cellen: ['18', 'ja'], bron: null })).toBe('rij 7');
  });

  it('a parameter: the vanaf of the row in force, - for an undated one; none in force or overridden: left out', () => {
    const ps: PadParameter[] = [
      { naam: 'a', rijen: [{ vanaf: null }, { vanaf: '2025-01-01' }] },
      { naam: 'b', rijen: [{ vanaf: '2025-01-01', tot: '2025-03-31' }, { vanaf: '2025-07-01' }] },
    ];
    expect(padParameters(ps, '2024-12-31', null)).toEqual(['a@-']);
    expect(padParameters(ps, '2025-02-01', null)).toEqual(['a@2025-01-01', 'b@2025-01-01']);
    expect(padParameters(ps, '2025-04-01', null)).toEqual(['a@2025-01-01']);
    expect(padParameters(ps, '2025-07-01', new Map([['a', 1]]))).toEqual(['b@2025-07-01']);
  });

  it('the row of a parameter is the row kiesRij chooses, on any day', () => {
    const dag = fc.tuple(fc.integer({ min: 2023, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([j, m, d]) => `${j}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const rijen = fc.uniqueArray(dag, { minLength: 1, maxLength: 5 }).chain((ds) => {
      const vanaf = [...ds].sort();
      return fc.tuple(...vanaf.map((v) => fc.option(dag.filter((t) => t >= v), { freq: 3 }).map((tot) => ({ vanaf: v, ...(tot ? { tot } : {}) }))));
    });
    fc.assert(fc.property(rijen, fc.boolean(), dag, (rs, ongedateerd, peil) => {
      const alle: { vanaf: string | null; tot?: string }[] = ongedateerd ? [{ vanaf: null }, ...rs] : rs;
      let verwacht: string[];
      try {
        verwacht = [`p@${kiesRij('p', alle.map((r) => ({ ...r, tot: r.tot ?? null, waarde: 0, bron: null })), peil, null).vanaf ?? '-'}`];
      } catch {
        verwacht = [];
      }
      expect(padParameters([{ naam: 'p', rijen: alle }], peil, null)).toEqual(verwacht);
    }));
  });

  it("entries joined by '; ', empty when there are none", () => {
    expect(padTekst([], [])).toBe('');
    expect(padTekst(['x=basis'], [])).toBe('x=basis');
    expect(padTekst([], ['p@2025-01-01'])).toBe('p@2025-01-01');
    expect(padTekst(['x=basis', 'y=rij 2'], ['p@2025-01-01'])).toBe('x=basis; y=rij 2; p@2025-01-01');
  });
});
