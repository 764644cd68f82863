// The report of a population run as text and as an HTML page (compiler/bevolking/tekst.ts, html.ts):
// values as drafters write them, and every value from the input escaped in the page, which loads
// nothing from anywhere.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Verschillen, type RijUitkomst } from '../../../compiler/bevolking/verschil.js';
import { rapportAlsTekst, verschil } from '../../../compiler/bevolking/tekst.js';
import { esc, rapportAlsHtml } from '../../../compiler/bevolking/html.js';
import { getal } from '../../../runtime/getal.js';
import type { Type } from '../../../runtime/typen.js';

const UITVOER: { naam: string; type: Type }[] = [
  { naam: 'uurloon', type: { soort: 'leegbaar', type: { soort: 'bedrag' } } },
  { naam: 'percentage', type: { soort: 'leegbaar', type: { soort: 'percentage' } } },
];
const u = (loon: string, pct: string, pad = 'staffel=rij 6'): RijUitkomst => ({ cellen: [loon, pct], fout: null, pad });

function voorbeeld(groep: string, id: string): Verschillen {
  const v = new Verschillen(UITVOER, ['hoger'], 'leeftijd');
  v.voeg(1, id, groep, u('7.36', '50'), [u('8.09', '55', 'staffel=rij 5')]);
  v.voeg(2, null, '19', u('8.83', '60'), [u('8.83', '60')]);
  v.voeg(3, null, groep, u('7.36', '50'), [u('7.00', '45.5')]);
  return v;
}

describe('rapportAlsTekst', () => {
  it('writes amounts, percentages and differences as drafters do', () => {
    const t = rapportAlsTekst(voorbeeld('18', '42').rapport);
    expect(t).toContain('Bevolking: 3 gevallen, 0 met een fout');
    expect(t).toContain('€ 23,55'); // 7,36 + 8,83 + 7,36
    expect(t).toContain('+€ 0,37'); // 0,73 - 0,36
    expect(t).toContain('42: € 7,36 -> € 8,09 (+€ 0,73)');
    expect(t).toContain('rij 3: 50% -> 45,5% (-4,5%)');
    expect(t).toContain('1  staffel=rij 6 -> staffel=rij 5');
    expect(t).not.toMatch(/\d\.\d/); // no decimal point anywhere
    expect(verschil(getal(-5n, 100n), 'bedrag')).toBe('-€ 0,05');
  });
});

describe('rapportAlsHtml', () => {
  it('escapes every value from the input and the policy', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (groep, id) => {
      const html = rapportAlsHtml(voorbeeld(`<b>${groep}`, `"${id}<i>`).rapport, `<titel & "x">`);
      // the only tags are the page's own: no value from outside opens one
      expect(html).not.toContain('<b>');
      expect(html).not.toContain('<i>');
      expect(html).toContain(esc(`<b>${groep}`.length > 24 ? `<b>${groep}`.slice(0, 23) : `<b>${groep}`));
      expect(html).toContain('&#60;titel &#38; &#34;x&#34;&#62;');
    }));
  });

  it('is one self-contained page: no script, nothing fetched, a bar per group', () => {
    const html = rapportAlsHtml(voorbeeld('18', '42').rapport, 'minimumjeugdloon');
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
    expect((html.match(/<rect /g) ?? []).length).toBe(2); // the amount per group; a percentage's differences do not add up
    expect(html).toContain('class="pos"');
  });
});
