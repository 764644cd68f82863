// The generators reach what a policy compares: a cap after 36 years of service, a list longer than
// the 10 years a branch needs, a pair of cases that disproves a monotonicity property, a `bereik`
// on a date or a list; and generated numbers are exact decimals in their type's grain.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../../language/index.js';
import { toetsEigenschap, type EigenschapUitkomst } from '../../../compiler/analysis/eigenschappen.js';
import { veldArbitrary } from '../../../compiler/analysis/arbitraries.js';
import type { Gecontroleerd } from '../../../language/checker.js';

const KOP = 'regeling T\n  bron "test"\n';
const PEILDATUM = '2026-03-01';

function geladen(tekst: string): Gecontroleerd {
  const r = laad(KOP + tekst, 't.regel');
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  return r.gecontroleerd;
}

/** Every property of the policy with the default 1,000 runs; the seed comes from the suite. */
function toets(g: Gecontroleerd, runs = 1000): EigenschapUitkomst[] {
  return g.eigenschappen.map((e) => toetsEigenschap(g, e, { runs, seed: fc.readConfigureGlobal().seed, peildatum: PEILDATUM }));
}

const TRANSITIE = `invoer indienst: datum
invoer uitdienst: datum
  eis uitdienst is na indienst
invoer maandloon: bedrag ten minste € 0
uitvoer dienstjaren: geheel getal
uitvoer vergoeding: bedrag
regel dienstjaren is tijdsduur van indienst tot uitdienst in hele jaren
regel vergoeding is (maandloon * dienstjaren / 3) afgerond op centen naar beneden
  uitzondering "plafond" indien dienstjaren is ten minste 36 dan maandloon * 12
eigenschap "nooit meer dan een jaarloon": vergoeding is ten hoogste maandloon * 12
`;

const WW = `soort Loonjaar is gegevens { kalenderjaar: geheel getal van 1950 tot en met 2100, uren: getal ten minste 0 }
invoer loonjaren: lijst van Loonjaar
invoer jaarVanWerkloosheid: geheel getal van 1990 tot en met 2040
uitvoer duurInMaanden: getal
regel arbeidsverleden is aantal (elke j in loonjaren waarvoor j.uren is ten minste 208 en j.kalenderjaar is kleiner dan jaarVanWerkloosheid en j.kalenderjaar is ten minste jaarVanWerkloosheid - 5)
regel duurInMaanden is 3 + arbeidsverleden
  uitzondering "lang verleden" indien aantal loonjaren is groter dan 10 dan 3 + arbeidsverleden / 2
`;

describe('generatoren die halen wat de regeling vergelijkt', () => {
  it('een plafond na 36 dienstjaren wordt bereikt: de mutant zonder plafond faalt, het origineel niet', () => {
    expect(toets(geladen(TRANSITIE)).map((u) => u.geslaagd)).toEqual([true]);
    const mutant = geladen(TRANSITIE.replace(/ {2}uitzondering "plafond".*\n/, ''));
    const [u] = toets(mutant);
    expect(u!.geslaagd).toBe(false);
    expect(u!.tegenvoorbeeld!.melding).toBe('de bewering is onwaar');
  });

  it('een leeftijd van 67 komt voor: leeftijden tegen 67 vergeleken, geboortedatums tot ver terug', () => {
    const g = geladen(`invoer geboortedatum: datum
uitvoer aow: ja/nee
regel leeftijd is tijdsduur van geboortedatum tot peildatum in hele jaren
regel aow is leeftijd is ten minste 67
eigenschap "niemand heeft aow": niet aow
`);
    const [u] = toets(g);
    expect(u!.geslaagd).toBe(false);
    // born at least 67 years before the peildatum
    expect((u!.tegenvoorbeeld!.invoer[0]!.geboortedatum as string) <= '1959-03-01').toBe(true);
  });

  it('lijsten worden zo lang als waarmee aantal ze vergelijkt: de onjuiste "ten hoogste 8" faalt', () => {
    const g = geladen(`${WW}eigenschap "hooguit acht": aantal loonjaren is ten hoogste 8\n`);
    const [u] = toets(g);
    expect(u!.geslaagd).toBe(false);
    // one of the lengths around the 10 the policy compares with
    expect((u!.tegenvoorbeeld!.invoer[0]!.loonjaren as unknown[]).length).toBeGreaterThan(8);
  });

  it('een regel die na meer dan 10 jaren arbeidsverleden negatief wordt, wordt gevonden', () => {
    const kapot = WW.replace('dan 3 + arbeidsverleden / 2', 'dan -4,5');
    const g = geladen(`${kapot}eigenschap "nooit negatief": duurInMaanden is ten minste 0\n`);
    expect(toets(g)[0]!.geslaagd).toBe(false);
    const heel = geladen(`${WW}eigenschap "nooit negatief": duurInMaanden is ten minste 0\n`);
    expect(toets(heel)[0]!.geslaagd).toBe(true);
  });

  it('monotonie zoekt paren: een onjuiste "daalt niet" valt door één invoer te verschuiven', () => {
    const g = geladen(`${WW}eigenschap "langer bij later": duurInMaanden daalt niet als jaarVanWerkloosheid stijgt\n`);
    const [u] = toets(g);
    expect(u!.geslaagd).toBe(false);
    const [a, b] = u!.tegenvoorbeeld!.invoer;
    // the same case, only the moved input differs
    expect({ ...a, jaarVanWerkloosheid: 0 }).toEqual({ ...b, jaarVanWerkloosheid: 0 });
    expect(u!.tegenvoorbeeld!.melding).toMatch(/^'duurInMaanden' daalt van [\d,]+ naar [\d,]+ als 'jaarVanWerkloosheid' stijgt van \d+ naar \d+$/);
  });

  it('monotonie mag een regel noemen: de uitvoer als die regel stijgt', () => {
    const regeling = `soort Loonjaar is gegevens { kalenderjaar: geheel getal van 1950 tot en met 2100, uren: getal ten minste 0 }
invoer loonjaren: lijst van Loonjaar
uitvoer duurInMaanden: getal
regel arbeidsverleden is aantal (elke j in loonjaren waarvoor j.uren is ten minste 208)
regel duurInMaanden is 3 + arbeidsverleden
  uitzondering "lang" indien aantal loonjaren is groter dan 10 dan 3 + arbeidsverleden / 2
eigenschap "meer verleden, niet korter": duurInMaanden daalt niet als arbeidsverleden stijgt
`;
    // true without the exception for long histories
    expect(toets(geladen(regeling.replace(/ {2}uitzondering.*\n/, '')))[0]!.geslaagd).toBe(true);
    // with it, ten years of which three count give 6 months, one more counted year 5
    const [u] = toets(geladen(regeling));
    expect(u!.geslaagd).toBe(false);
    expect(u!.tegenvoorbeeld!.melding).toMatch(/^'duurInMaanden' daalt van [\d,]+ naar [\d,]+ als 'arbeidsverleden' stijgt van \d+ naar \d+$/);
  });

  it('een bereik op een datum houdt gegenereerde datums erbinnen, een bereik op een lijst haar lengte', () => {
    const g = geladen(`invoer geboren: datum bereik 1950-01-01 tot 1960-12-31
invoer perioden: lijst van getal bereik 20 tot 40
uitvoer u: ja/nee
regel u is geboren is voor 1955-01-01 en aantal perioden is groter dan 30
eigenschap "e": u of niet u
`);
    const opties = { peildatum: PEILDATUM };
    for (const d of fc.sample(veldArbitrary(g, 'geboren', opties), 500) as string[]) expect(d >= '1950-01-01' && d <= '1960-12-31', d).toBe(true);
    const lengtes = (fc.sample(veldArbitrary(g, 'perioden', opties), 300) as unknown[][]).map((l) => l.length);
    expect(Math.min(...lengtes)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...lengtes)).toBeLessThanOrEqual(40);
    // the thresholds inside are reached: 30 and 31 elements
    expect(lengtes).toContain(31);
  });

  it('gegenereerde getallen zijn exacte decimalen in de korrel van hun soort', () => {
    const g = geladen(`invoer b: bedrag
invoer p: percentage van 0% tot en met 100%
invoer x: getal groter dan 0,5 en ten hoogste 1000,01
invoer f: getal
uitvoer u: bedrag
regel u is (b * p + € 0,01 * x * f) afgerond op centen rekenkundig
eigenschap "e": u is ten minste € 0 of u is kleiner dan € 0
`);
    const opties = { peildatum: PEILDATUM };
    const decimalen = (x: number): number => (String(x).split('.')[1] ?? '').length;
    for (const naam of ['b', 'p', 'x', 'f']) {
      for (const v of fc.sample(veldArbitrary(g, naam, opties), 2000) as number[]) {
        expect(decimalen(v), `${naam} = ${v}`).toBeLessThanOrEqual(2);
        expect(String(v)).not.toMatch(/e/);
      }
    }
  });

  it('elk gegenereerd getal ligt op het raster en binnen het bereik, voor willekeurige grenzen en drempels', () => {
    // bounds and a threshold with 0 to 3 decimals, inclusive or not; the grid is the finest of them and hundredths
    const decimaal = fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 0, max: 3 })).map(([n, d]) => ({ n, d, tekst: (n / 10 ** d).toFixed(d).replace('.', ',') }));
    fc.assert(fc.property(decimaal, decimaal, decimaal, fc.boolean(), fc.boolean(), fc.constantFrom('getal', 'bedrag', 'percentage'), (a, b, drempel, vanIn, totIn, soort) => {
      const [lo, hi] = a.n / 10 ** a.d <= b.n / 10 ** b.d ? [a, b] : [b, a];
      if (lo.n / 10 ** lo.d === hi.n / 10 ** hi.d && !(vanIn && totIn)) return;
      const waarde = (x: { tekst: string }): string => (soort === 'bedrag' ? `€ ${x.tekst}` : soort === 'percentage' ? `${x.tekst}%` : x.tekst);
      if (soort === 'bedrag' && (lo.d > 2 || hi.d > 2 || drempel.d > 2)) return;
      const r = laad(`${KOP}invoer x: ${soort} ${vanIn ? 'ten minste' : 'groter dan'} ${waarde(lo)} en ${totIn ? 'ten hoogste' : 'kleiner dan'} ${waarde(hi)}
uitvoer u: ja/nee
regel u is x is groter dan ${waarde(drempel)}
`, 't.regel');
      if (r.diagnosen.some((d) => d.ernst === 'fout')) return;
      // the finest decimals written; finer while no step of it lies in the range (as the generator does)
      let grid = 10 ** Math.max(2, lo.d, hi.d, soort === 'bedrag' ? 0 : drempel.d);
      const leeg = (gr: number): boolean => {
        const [l, h] = [Math.round((lo.n / 10 ** lo.d) * gr), Math.round((hi.n / 10 ** hi.d) * gr)];
        return (vanIn ? l : l + 1) > (totIn ? h : h - 1);
      };
      if (soort === 'bedrag' && leeg(grid)) return; // no whole cent in the range: no valid amount exists
      while (leeg(grid) && grid < 1e6) grid *= 10;
      for (const x of fc.sample(veldArbitrary(r.gecontroleerd, 'x', { peildatum: PEILDATUM }), 50) as number[]) {
        const n = Math.round(x * grid);
        expect(n / grid, `${x} op raster 1/${grid}`).toBe(x);
        const [l, h] = [Math.round((lo.n / 10 ** lo.d) * grid), Math.round((hi.n / 10 ** hi.d) * grid)];
        expect(vanIn ? n >= l : n > l, `${x} boven ${lo.tekst}`).toBe(true);
        expect(totIn ? n <= h : n < h, `${x} onder ${hi.tekst}`).toBe(true);
      }
    }), { numRuns: 150 });
  });

  it('een verkleind tegenvoorbeeld wordt exact geschreven: 0,01, niet 0,009999999999990905', () => {
    const g = geladen(`invoer b: bedrag bereik 1000 tot 2000
invoer y: getal van 0,25 tot en met 3,75
uitvoer u: bedrag
regel u is b
eigenschap "te krap": u is ten hoogste € 1000
eigenschap "een gat": y is ten hoogste 1,1 of y is ten minste 1,2
`);
    const [bedrag] = toets(g);
    expect(bedrag!.tegenvoorbeeld!.invoer[0]!.b).toBe(1000.01);
    expect(bedrag!.tegenvoorbeeld!.voorbeeld).toContain('b is € 1000,01');
    // the generators used to fold 1,1 into the range as 1,1000000000000227 (about one seed in three)
    const gat = g.eigenschappen[1]!;
    for (let i = 0; i < 15; i++) {
      const u = toetsEigenschap(g, gat, { runs: 1000, seed: fc.readConfigureGlobal().seed! + i, peildatum: PEILDATUM });
      expect(u.tegenvoorbeeld!.invoer[0]!.y).toBe(1.11);
      expect(u.tegenvoorbeeld!.voorbeeld).toMatch(/y is 1,11\n/);
    }
  });
});
