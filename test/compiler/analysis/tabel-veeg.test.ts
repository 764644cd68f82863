// The sweep over a `tabel uniek` (compiler/analysis/tabel-veeg.ts) against asking every pair of rows:
// on random tables (numbers, amounts, ja/nee, choices, a computed amount and a computed choice as
// columns; ranges, comparisons, `niet`, `een van`, `geen van`, `-`; with and without an `indien`,
// exceptions and eisen), the analysis gives the same diagnostics, the same count of proofs, the same
// unproven questions and the same proofs in the same order. The sweep must also have skipped pairs
// (counted), or the comparison proves nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseer } from '../../../compiler/analysis/analyse.js';
import { Beslisser } from '../../../compiler/analysis/beslisser.js';
import { kandidaten } from '../../../compiler/analysis/tabel-veeg.js';
import { laad } from '../../../language/index.js';
import { stdlibLader } from '../../../compiler/node/modules.js';

const PEILDATUM = '2026-01-01';

type Kolom = 'n' | 'b' | 'k' | 's' | 'h' | 'g';
const getal = (k: Kolom) => (k === 'b' || k === 'h' ? fc.integer({ min: 0, max: 12 }).map((x) => `€ ${x * 5},00`) : fc.integer({ min: -2, max: 12 }).map(String));

function celArb(k: Kolom): fc.Arbitrary<string> {
  if (k === 'k') return fc.constantFrom('ja', 'nee', '-');
  if (k === 's' || k === 'g') return fc.constantFrom('x', 'niet y', 'een van x, z', 'geen van x, y', '-', 'z');
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant('-') },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', 'niet ', 'ten minste ', 'ten hoogste ', 'groter dan ', 'kleiner dan '), getal(k)).map(([w, c]) => w + c) },
    { weight: 4, arbitrary: fc.tuple(getal(k), getal(k)).map(([x, y]) => (k === 'b' || k === 'h' ? [x, y].sort((p, q) => Number(p.slice(2, -3)) - Number(q.slice(2, -3))) : [x, y].sort((p, q) => Number(p) - Number(q))).join(' tot en met ')) },
  );
}

const tabelArb = fc.record({
  kolommen: fc.uniqueArray(fc.constantFrom<Kolom>('n', 'n', 'b', 'k', 's', 'h', 'g'), { minLength: 1, maxLength: 3 }),
  rijen: fc.integer({ min: 2, max: 30 }),
  indien: fc.option(fc.constantFrom('k', 'n is groter dan 3', 's is niet z'), { nil: undefined }),
  uitzondering: fc.option(fc.constantFrom('n is 7', 'b is ten minste € 50,00', 'niet k'), { nil: undefined }),
  eis: fc.option(fc.constantFrom('n is niet 5', 'b is ten hoogste € 40,00'), { nil: undefined }),
}).chain((r) => fc.array(fc.tuple(...r.kolommen.map(celArb)), { minLength: r.rijen, maxLength: r.rijen }).map((cellen) => ({ ...r, cellen })));

interface Tabel { readonly kolommen: readonly Kolom[]; readonly cellen: readonly (readonly string[])[]; readonly indien?: string; readonly uitzondering?: string; readonly eis?: string }

function tekst(r: Tabel): string {
  return [
    'regeling T', '  bron "generator"',
    'invoer n: geheel getal van -5 tot en met 20', ...(r.eis?.startsWith('n') ? [`  eis ${r.eis}`] : []),
    'invoer b: bedrag van € 0 tot en met € 80', ...(r.eis?.startsWith('b') ? [`  eis ${r.eis}`] : []),
    'invoer k: ja/nee', 'invoer s: keuze x, y, z',
    'uitvoer t: getal',
    'regel h: bedrag is b * 0,5 + € 5',
    'regel g: keuze x, y, z is als k dan x anders als n is groter dan 4 dan y anders z',
    'regel t: getal is tabel uniek',
    `  | ${[...r.kolommen, 't'].join(' | ')} |`,
    ...r.cellen.map((c, i) => `  | ${[...c, String(i + 1)].join(' | ')} |`),
    ...(r.indien ? [`  indien ${r.indien}`] : []),
    ...(r.uitzondering ? [`  uitzondering "u" indien ${r.uitzondering} dan 99`] : []),
    '',
  ].join('\n');
}

describe('de veeg over een unieke tabel', () => {
  it('vindt precies wat elk paar vragen vindt, in dezelfde volgorde, en slaat paren over', () => {
    let overgeslagen = 0;
    fc.assert(fc.property(tabelArb, (r) => {
      const t = tekst(r);
      const l = laad(t, 't.regel', stdlibLader);
      if (!l.ok) throw new Error(`${l.diagnosen.map((d) => d.melding).join('\n')}\n${t}`);
      const opties = { peildatum: PEILDATUM, runs: 60, seed: 7 };
      const veeg = analyseer(l.gecontroleerd, opties);
      const alle = analyseer(l.gecontroleerd, { ...opties, alleParen: true });
      const kort = (a: typeof veeg) => ({
        diagnosen: a.diagnosen.map((d) => `${d.code} ${d.plek.regel}:${d.plek.kolom} ${d.melding}`),
        bewezen: a.bewezen, nietBewezen: a.nietBewezenVragen, bewijzen: a.bewijzen,
      });
      expect(kort(veeg), t).toEqual(kort(alle));
      const tabel = l.gecontroleerd.regels.get('t')!.decl.waarde;
      if (tabel.kind !== 'Tabel') throw new Error('geen tabel');
      const b = new Beslisser(l.gecontroleerd, PEILDATUM);
      const kand = kandidaten(tabel.rijen.map((x) => b.dnf(x.voorwaarde)), 1);
      overgeslagen += tabel.rijen.length * (tabel.rijen.length - 1) / 2 - kand.reduce((s, x) => s + x.length, 0);
    }), { numRuns: 80 });
    expect(overgeslagen).toBeGreaterThan(300);
  });
});
