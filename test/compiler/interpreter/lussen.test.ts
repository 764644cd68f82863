// Never hang, never a wrong answer: every search for inputs is bounded and says when
// it gave up; monotonicity and independence compare valid inputs only.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../../language/index.js';
import { stdlibLader } from '../../../compiler/node/modules.js';
import { toetsEigenschap, toetsEigenschappen } from '../../../compiler/analysis/eigenschappen.js';
import { GeenGeldigeInvoer, invoerArbitrary, ruweInvoerArbitrary, veldArbitrary } from '../../../compiler/analysis/arbitraries.js';
import { analyseer } from '../../../compiler/analysis/analyse.js';
import { valideer } from '../../../compiler/interpreter/interpreter.js';

function geladen(tekst: string) {
  const r = laad(tekst, 'lus.regel', stdlibLader);
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  return r.gecontroleerd;
}

const LATER = `regeling Later
  bron "x"
  geldig vanaf 2025-01-01
invoer n: getal
uitvoer u: getal
regel u is n * 2
eigenschap "dubbel": u is ten minste n indien n is ten minste 0
eigenschap "n vrij": u hangt niet af van n
eigenschap "stijgend": u daalt niet als n stijgt
`;

describe('zoeken naar invoer is begrensd (nr. 9)', () => {
  it('een peildatum voor geldig vanaf: elke eigenschap meldt in het Nederlands dat er geen geldige invoer is', () => {
    const g = geladen(LATER);
    const uit = toetsEigenschappen(g, { runs: 50, seed: 1, peildatum: '2024-06-30' });
    expect(uit).toHaveLength(3);
    for (const u of uit) {
      expect(u.geslaagd).toBe(false);
      expect(u.opgegeven).toMatch(/^geen geldige invoer gevonden na \d+ poging(en)?: de peildatum 2024-06-30 valt voor 'geldig vanaf' 2025-01-01/);
    }
  });

  it('de generator van geldige invoer geeft op (met reden) in plaats van eeuwig te zoeken', () => {
    const g = geladen(LATER);
    expect(() => fc.sample(invoerArbitrary(g, { peildatum: '2024-06-30' }), 5)).toThrow(GeenGeldigeInvoer);
    expect(() => fc.sample(invoerArbitrary(g, { peildatum: '2024-06-30' }), 5)).toThrow(/valt voor 'geldig vanaf' 2025-01-01/);
    const t = geladen(LATER.replace('geldig vanaf 2025-01-01', 'geldig vanaf 2020-01-01\n  geldig tot 2023-12-31'));
    expect(() => fc.sample(invoerArbitrary(t, { peildatum: '2024-06-30' }), 5)).toThrow(/valt na 'geldig tot' 2023-12-31/);
  });

  it('eisen die nooit gehaald worden: opgeven na een begrensd aantal pogingen', () => {
    const g = geladen(`regeling Nooit
  bron "x"
invoer n: getal
  eis n is groter dan 10 en n is kleiner dan 5
uitvoer u: getal
regel u is n
eigenschap "e": u is gelijk aan n
`);
    expect(() => fc.sample(invoerArbitrary(g, { peildatum: '2026-01-01' }), 1)).toThrow(/geen geldige invoer gevonden na 1000 pogingen/);
    const [u] = toetsEigenschappen(g, { runs: 20, seed: 3, peildatum: '2026-01-01' });
    expect(u!.geslaagd).toBe(false);
    expect(u!.opgegeven).toMatch(/geen geldige invoer gevonden na 1000 pogingen: de eisen worden zelden of nooit gehaald/);
    // the analysis draws a bounded sample as well, and says it found none
    const a = analyseer(g, { runs: 20, seed: 3, peildatum: '2026-01-01' });
    expect(a.diagnosen.map((d) => d.code)).toContain('RW4008');
  });

  it('een smal bereik ver van de getallen in de regeling: de generator blijft binnen het bereik en stopt', () => {
    const g = geladen(`regeling Smal
  bron "x"
invoer n: getal
  bereik -900000 tot -800000
uitvoer u: getal
regel u is n
`);
    const xs = fc.sample(veldArbitrary(g, 'n', { peildatum: '2026-01-01' }), { numRuns: 200, seed: 7 });
    for (const x of xs) expect(x).toBeLessThanOrEqual(-800000);
    expect(fc.sample(ruweInvoerArbitrary(g, { peildatum: '2026-01-01' }), 20)).toHaveLength(20);
  });

  it("te veel invoer buiten de 'indien' is geen geslaagde eigenschap maar een melding", () => {
    const g = geladen(`regeling Zelden
  bron "x"
invoer n: getal
uitvoer u: getal
regel u is n
eigenschap "zelden": u is gelijk aan 1 indien n is gelijk aan 1 en n is niet gelijk aan 1
`);
    const [u] = toetsEigenschappen(g, { runs: 20, seed: 3, peildatum: '2026-01-01' });
    expect(u!.geslaagd).toBe(false);
    expect(u!.opgegeven).toMatch(/buiten de 'indien'/);
  });
});

describe('monotonie en onafhankelijkheid vergelijken alleen geldige invoer (nr. 10)', () => {
  const g = geladen(`regeling Mono
  bron "x"
invoer n: getal
  eis n is ten minste 0
uitvoer u: getal
regel u is n
eigenschap "d": u daalt niet als n stijgt indien n is kleiner dan 16
eigenschap "o": u hangt niet af van n indien n is groter dan 1000000
`);

  it('een ware monotonie-eigenschap slaagt, en geen ongeldige invoer wordt als tegenvoorbeeld gemeld', () => {
    for (const seed of [1, 2, 3, 42]) {
      const u = toetsEigenschap(g, g.eigenschappen[0]!, { runs: 300, seed, peildatum: '2026-01-01' });
      expect(u.tegenvoorbeeld?.melding).toBeUndefined();
      expect(u.geslaagd).toBe(true);
    }
  });

  it("beide vergeleken invoeren vallen binnen de 'indien'", () => {
    const h = geladen(`regeling Mono3
  bron "x"
invoer n: getal
  eis n is ten minste 0
uitvoer u: getal
regel u is als n is kleiner dan 16 dan n anders 0
eigenschap "d": u daalt niet als n stijgt indien n is kleiner dan 16
invoer m: getal
eigenschap "o": u hangt niet af van m indien n is kleiner dan 16
`);
    for (const e of h.eigenschappen) {
      const u = toetsEigenschap(h, e, { runs: 300, seed: 11, peildatum: '2026-01-01' });
      expect(u.tegenvoorbeeld?.melding).toBeUndefined();
      expect(u.geslaagd).toBe(true);
    }
  });

  it('elk vergeleken paar is geldig, ook na verkleinen', () => {
    const h = geladen(`regeling Mono2
  bron "x"
invoer n: getal
  eis n is ten minste 0
invoer m: getal
uitvoer u: getal
regel u is n + m
eigenschap "d": u stijgt niet als n stijgt
eigenschap "o": u hangt niet af van n
`);
    for (const e of h.eigenschappen) {
      const u = toetsEigenschap(h, e, { runs: 300, seed: 5, peildatum: '2026-01-01' });
      expect(u.geslaagd).toBe(false);
      for (const x of u.tegenvoorbeeld!.invoer) expect(() => valideer(h, x, { peildatum: '2026-01-01' })).not.toThrow();
    }
  });
});
