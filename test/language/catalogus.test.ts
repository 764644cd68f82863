// Every diagnostic code in the catalogue is triggered by its own example, has a Dutch message,
// a position and a code frame.
import { describe, expect, it } from 'vitest';
import { CATALOGUS, type Code } from '../../language/catalogus.js';
import { laad, formatDiagnose, tekstenLader } from '../../language/index.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import { analyseer } from '../../compiler/analysis/analyse.js';
import { streng } from '../../compiler/analysis/streng.js';
import { toetsMetDekking } from '../../compiler/analysis/dekking.js';
import { naarSql } from '../../compiler/sql/index.js';

describe('diagnosecatalogus', () => {
  for (const [code, item] of Object.entries(CATALOGUS) as [Code, (typeof CATALOGUS)[Code]][]) {
    // An internal code (the formatter's soundness check) has no file that triggers it; its own
    // test is in opmaak.test.ts (controleerOpmaak with a wrong output).
    if ('intern' in item && item.intern) continue;
    it(`${code} (${item.titel}) wordt door zijn voorbeeld gemeld`, () => {
      // the policies beside it, for `gebruik regeling`
      const naast = 'naast' in item && item.naast ? item.naast : {};
      const r = laad(item.voorbeeld, 'voorbeeld.regel', stdlibLader, tekstenLader(naast));
      // RW4xxx come from the static analysis, which `regelwerk check` runs on a file without errors
      // RW5xxx are the house rules of `regelwerk check --streng`; RW5003 comes from the coverage of `regelwerk test`
      // RW60xx come from the SQL compiler (naarSql), on a file without errors (RW6011 in the postgres dialect)
      const diagnosen = code.startsWith('RW60') && r.ok ? [...naarSql(r.gecontroleerd, { dialect: code === 'RW6011' ? 'postgres' : 'duckdb', peildatum: '2026-01-01' }).diagnosen]
        : code.startsWith('RW4') && r.ok ? [...r.diagnosen, ...analyseer(r.gecontroleerd, { peildatum: '2026-01-01', runs: 200 }).diagnosen]
        : code === 'RW5003' && r.ok ? toetsMetDekking(r.gecontroleerd, { runs: 200, peildatum: '2026-01-01' }).dekking.diagnosen
          : code.startsWith('RW5') ? streng(r.bestand, r.diagnosen) : r.diagnosen;
      const d = diagnosen.find((x) => x.code === code);
      expect(d, diagnosen.map((x) => formatDiagnose(x)).join('\n')).toBeDefined();
      expect(d!.ernst).toBe(item.ernst);
      expect(d!.plek.regel).toBeGreaterThan(0);
      // in the example, or in a policy beside it that the example uses (a cycle starts there)
      const bestand = d!.bestand.replace(/\.regel$/, '');
      const tekst = formatDiagnose(d!, bestand === 'voorbeeld' ? item.voorbeeld : (naast as Record<string, string>)[bestand]);
      expect(tekst).toMatch(new RegExp(`^(voorbeeld|${Object.keys(naast).join('|') || 'voorbeeld'})\\.regel:\\d+:\\d+: ${code}: `));
      expect(tekst).toContain('^');
    });
  }

  it('codes zijn RW plus vier cijfers en hebben een oplossing', () => {
    for (const [code, item] of Object.entries(CATALOGUS)) {
      expect(code).toMatch(/^RW\d{4}$/);
      expect(item.oplossing.length).toBeGreaterThan(10);
    }
  });
});

describe('docs/diagnostics.md', () => {
  it('is gelijk aan de catalogus', async () => {
    const { readFileSync } = await import('node:fs');
    const { catalogusAlsMarkdown } = await import('../../language/catalogus-doc.js');
    const doc = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
    expect(doc, 'draai: node bin/regelwerk.js catalogus > docs/diagnostics.md').toBe(catalogusAlsMarkdown());
  });
});
