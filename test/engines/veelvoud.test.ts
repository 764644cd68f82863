// `X afgerond naar boven/beneden op veelvoud van Y` in every engine against an independent BigInt
// reference: X and Y in hundredths (negative X too; Y zero or negative as well, which is a calculation
// error naming Y as drafters write it), one small policy per variant of the built-in table, compiled
// once. The interpreter, the exact code and the fast path must each give the reference's outcome.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../language/index.js';
import { INGEBOUWDE } from '../../language/ingebouwd.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { beideGelijk, vang } from './beide-engines.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { gecompileerd } from '../opzet/mappen.js';

const PEILDATUM = '2026-03-01';
const RIJEN = INGEBOUWDE.filter((r) => r.naam === 'veelvoud naar boven' || r.naam === 'veelvoud naar beneden');

function regeling(r: (typeof RIJEN)[number]): string {
  return [
    'regeling Veelvoud', '  bron "test"', `invoer x: ${r.uitkomst}`, `invoer y: ${r.uitkomst}`,
    `uitvoer uitkomst: ${r.uitkomst}`, `regel uitkomst is ${r.frase.replace(/\bX\b/, 'x').replace(/\bY\b/, 'y')}`, '',
  ].join('\n');
}

/** floor(a / b) for b > 0, in BigInt (division truncates towards zero). */
function vloer(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b > a ? q - 1n : q;
}

/** The reference: the multiple in hundredths, or null for a Y of zero or less. */
function referentie(x: bigint, y: bigint, naarBoven: boolean): bigint | null {
  if (y <= 0n) return null;
  const q = naarBoven ? -vloer(-x, y) : vloer(x, y);
  return q * y;
}

/** Y in hundredths as drafters write it in this unit (the reference's own notation). */
function schrijf(h: bigint, eenheid: string): string {
  const teken = h < 0n ? '-' : '';
  const a = h < 0n ? -h : h;
  const heel = (a / 100n).toString();
  const rest = (a % 100n).toString().padStart(2, '0');
  const getal = rest === '00' ? heel : eenheid === 'bedrag' ? `${heel},${rest}` : `${heel},${rest.replace(/0$/, '')}`;
  return eenheid === 'bedrag' ? `€ ${teken}${getal}` : eenheid === 'percentage' ? `${teken}${getal}%` : `${teken}${getal}`;
}

const geladen = new Map<string, { g: Gecontroleerd; module: GecompileerdeModule; snel: boolean }>();

beforeAll(async () => {
  const policies = RIJEN.map((r, i) => {
    const res = laad(regeling(r), `veelvoud${i}.regel`);
    expect(res.diagnosen.filter((d) => d.ernst === 'fout'), r.variant).toEqual([]);
    return { g: res.gecontroleerd, bestand: `veelvoud${i}.regel` };
  });
  for (const [i, { module, ts }] of (await gecompileerd('veelvoud', policies)).entries()) {
    geladen.set(RIJEN[i]!.variant, { g: policies[i]!.g, module, snel: !ts.includes('Geen snelle evaluatie') });
  }
}, 120_000);

// X up to 10^13 hundredths either way; Y mostly small and positive, sometimes zero or negative
const honderdsten = fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n });
const stap = fc.oneof({ weight: 6, arbitrary: fc.bigInt({ min: 1n, max: 10_000n }) }, { weight: 2, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 12n }) }, { weight: 1, arbitrary: fc.bigInt({ min: -500n, max: 0n }) });

describe('afgerond op veelvoud van', () => {
  it('is een rij per richting en eenheid', () => {
    expect(RIJEN.map((r) => r.variant).sort()).toEqual(['naar beneden', 'naar boven'].flatMap((w) => ['bedrag', 'getal', 'percentage'].map((u) => `veelvoud ${w} ${u}`)).sort());
  });

  describe.each(RIJEN.map((r) => r.variant))('%s', (variant) => {
    it('interpreter, exacte code en snel pad geven wat de BigInt-referentie geeft', () => {
      const { g, module, snel } = geladen.get(variant)!;
      const rij = RIJEN.find((r) => r.variant === variant)!;
      expect(snel).toBe(true);
      let snelGeantwoord = 0;
      fc.assert(
        fc.property(honderdsten, stap, (x, y) => {
          const invoer = { x: Number(x) / 100, y: Number(y) / 100 };
          const opties = { peildatum: PEILDATUM };
          const verwacht = referentie(x, y, rij.naam === 'veelvoud naar boven');
          const uitkomst = vang(() => evalueer(g, invoer, opties));
          if (verwacht === null) {
            expect(uitkomst).toMatchObject({ ok: false, soort: 'reken' });
            expect((uitkomst as { melding: string }).melding).toContain(`afronden op een veelvoud van ${schrijf(y, rij.uitkomst)} kan niet, want ${schrijf(y, rij.uitkomst)} is niet groter dan nul`);
          } else {
            expect(uitkomst).toMatchObject({ ok: true, uitvoer: { uitkomst: Number(verwacht) / 100 } });
          }
          beideGelijk(g, module, invoer, opties);
          const s = module.evalueerSnel(invoer, opties);
          if (s === undefined) return;
          snelGeantwoord++;
          expect(verwacht).not.toBeNull();
          expect(s).toEqual({ uitkomst: Number(verwacht) / 100 });
        }),
        { numRuns: 300 },
      );
      expect(snelGeantwoord).toBeGreaterThan(200);
    });
  });
});
