// The reaching phase of the coverage (compiler/analysis/dekking.ts): a clause no generated case
// reaches gets an input built by the decider and the properties run on it (a property broken
// only there fails), a clause no valid input reaches is proven so, and one the decider cannot
// solve is RW5003 with the reason.
import { describe, expect, it } from 'vitest';
import { laad } from '../../../language/index.js';
import { toetsMetDekking } from '../../../compiler/analysis/dekking.js';
import { toetsEigenschappen } from '../../../compiler/analysis/eigenschappen.js';
import { tests } from '../../../playground/src/panelen/werk.js';

const REGELING = `regeling Bereik
  bron "t"
invoer c: getal
invoer a: geheel getal
  eis a is groter dan 1
invoer b: geheel getal
  eis b is groter dan 1
uitvoer x: getal
regel y: getal is c * 3 + 7
regel x: getal is 0
  uitzondering "smal" indien y is 1000007,5 dan 1
  uitzondering "nooit" indien a is kleiner dan 0 dan 2
  uitzondering "product" indien a * b is 1000003 dan 3
eigenschap "nul": x is 0
`;

describe('bereiken na de willekeurige fase', () => {
  const g = laad(REGELING, 'bereik.regel').gecontroleerd;
  const opties = { runs: 300, seed: 7, peildatum: '2026-01-01' };

  it('de willekeurige fase alleen vindt de gebroken uitzondering niet', () => {
    expect(toetsEigenschappen(g, opties).every((u) => u.geslaagd)).toBe(true);
  });

  it('de beslisser bouwt een invoer voor de uitzondering en de eigenschap faalt erop', () => {
    const { dekking } = toetsMetDekking(g, opties);
    const smal = dekking.clausules.find((c) => c.naam === "regel 'x', uitzondering 'smal'")!;
    expect(smal.status).toBe('geconstrueerd');
    expect(smal.gevallen).toBe(0);
    expect(smal.invoer?.c).toBe(333333.5);
    expect(dekking.schendingen.map((s) => [s.eigenschap, s.clausule, s.tegenvoorbeeld.melding])).toEqual([['nul', "regel 'x', uitzondering 'smal'", 'de bewering is onwaar']]);
    expect(dekking.schendingen[0]!.tegenvoorbeeld.voorbeeld).toContain('c is 333333,5');
  });

  it('een uitzondering die geen geldige invoer haalt is bewezen onbereikbaar, geen RW5003', () => {
    const { dekking } = toetsMetDekking(g, opties);
    expect(dekking.clausules.find((c) => c.naam === "regel 'x', uitzondering 'nooit'")!.status).toBe('onbereikbaar');
    expect(dekking.diagnosen.map((d) => d.melding).join('\n')).not.toContain('nooit');
  });

  it('wat de beslisser niet kan oplossen is eerlijk niet bereikt: RW5003 met de reden', () => {
    const { dekking } = toetsMetDekking(g, opties);
    const product = dekking.clausules.find((c) => c.naam === "regel 'x', uitzondering 'product'")!;
    expect(product.status).toBe('niet bereikt');
    expect(product.reden).toBe('de beslisser kan deze voorwaarde niet oplossen');
    expect(dekking.diagnosen.map((d) => [d.code, d.ernst, d.plek.regel, d.melding])).toEqual([[
      'RW5003', 'waarschuwing', 13, "regel 'x', uitzondering 'product' wordt door geen voorbeeld en geen gegenereerd geval bereikt; de beslisser kan deze voorwaarde niet oplossen",
    ]]);
  });

  it('een voorbeeld dat de clausule bereikt, maakt haar bereikt', () => {
    const metVoorbeeld = laad(`${REGELING}voorbeeld "product"
  gegeven
    c is 0
    a is 1000003
    b is 1
  verwacht
    x is 3
`.replace('eis b is groter dan 1', 'eis b is groter dan 0'), 'bereik.regel').gecontroleerd;
    const { dekking } = toetsMetDekking(metVoorbeeld, opties);
    const product = dekking.clausules.find((c) => c.naam === "regel 'x', uitzondering 'product'")!;
    expect([product.status, product.voorbeelden]).toEqual(['bereikt', 1]);
    expect(dekking.diagnosen).toEqual([]);
  });
});

describe('de speeltuin (het werk van de evaluatie-worker)', () => {
  it('geeft de dekking mee, en een eigenschap die faalt op de invoer van de beslisser als mislukte eigenschap', () => {
    const u = tests(REGELING, 'bereik.regel', 200, () => {});
    if (typeof u === 'string') throw new Error(u);
    expect([u.dekking.totaal, u.dekking.bereikt]).toEqual([5, 3]);
    expect(u.dekking.clausules.map((c) => [c.naam, c.status])).toEqual([
      ["regel 'y', basisdefinitie", 'bereikt'], ["regel 'x', basisdefinitie", 'bereikt'],
      ["regel 'x', uitzondering 'smal'", 'geconstrueerd'], ["regel 'x', uitzondering 'nooit'", 'onbereikbaar'], ["regel 'x', uitzondering 'product'", 'niet bereikt'],
    ]);
    const mislukt = u.resultaten.filter((r) => !r.geslaagd);
    expect(mislukt.map((r) => [r.kind, r.naam, r.details[1]])).toEqual([['eigenschap', 'nul', "bij de invoer die de beslisser bouwde om regel 'x', uitzondering 'smal' te bereiken"]]);
    expect(mislukt[0]!.voorbeeldTekst).toContain('c is 333333,5');
  });
});
