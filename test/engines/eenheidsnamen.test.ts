// Duration unit words as field and parameter names (`jaar`, the natural JSON name of a record
// field; a parameter `jaren`) in every engine: the interpreter, the exact code and the fast path
// read, build and return the fields under those names alike, next to `jaar van D` and `n jaren`,
// which keep their meaning. One small policy, compiled once, over random input.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../language/index.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { beideGelijk, vang } from './beide-engines.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { gecompileerd } from '../opzet/mappen.js';

const BRON = [
  'regeling Eenheidsnamen', '  bron "test"',
  'soort Loonjaar is gegevens { jaar: geheel getal, dagen: geheel getal }',
  'functie inMaanden(jaren: geheel getal, maand: geheel getal): geheel getal is jaren * 12 + maand',
  'invoer loonjaren: lijst van Loonjaar', '  bron "t"',
  'invoer d: datum', '  bron "t"',
  'uitvoer dagenVanaf: geheel getal', '  bron "t"',
  'uitvoer jaartallen: lijst van geheel getal', '  bron "t"',
  'uitvoer huidig: Loonjaar', '  bron "t"',
  'uitvoer totaalMaanden: geheel getal', '  bron "t"',
  'uitvoer eind: datum', '  bron "t"',
  'regel dagenVanaf is som van (elk l in loonjaren waarvoor l.jaar is ten minste jaar van d geeft l.dagen)', '  bron "t"',
  'regel jaartallen is loonjaren.jaar', '  bron "t"',
  'regel huidig is { jaar: jaar van d, dagen: dag van d }', '  bron "t"',
  'regel totaalMaanden is inMaanden(aantal loonjaren, maand van d)', '  bron "t"',
  'regel eind is d + (aantal loonjaren) jaren', '  bron "t"', '',
].join('\n');

let geladen: { g: Gecontroleerd; module: GecompileerdeModule } | undefined;

beforeAll(async () => {
  const res = laad(BRON, 'eenheidsnamen.regel');
  expect(res.diagnosen).toEqual([]);
  const [m] = await gecompileerd('eenheidsnamen', [{ g: res.gecontroleerd, bestand: 'eenheidsnamen.regel' }]);
  geladen = { g: res.gecontroleerd, module: m!.module };
}, 120_000);

describe('eenheden als namen van velden en parameters', () => {
  it('interpreter, exacte code en snel pad geven dezelfde velden jaar en dagen', () => {
    const { g, module } = geladen!;
    const opties = { peildatum: '2026-03-01' };
    let snel = 0;
    const loonjaar = fc.record({ jaar: fc.integer({ min: 2020, max: 2030 }), dagen: fc.integer({ min: 0, max: 366 }) });
    fc.assert(
      fc.property(fc.array(loonjaar, { maxLength: 6 }), fc.integer({ min: 0, max: 3000 }), (loonjaren, n) => {
        const d = new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10);
        const invoer = { loonjaren, d };
        const [j, m, dag] = d.split('-').map(Number) as [number, number, number];
        const verwacht = {
          dagenVanaf: loonjaren.filter((l) => l.jaar >= j).reduce((s, l) => s + l.dagen, 0),
          jaartallen: loonjaren.map((l) => l.jaar),
          huidig: { jaar: j, dagen: dag },
          totaalMaanden: loonjaren.length * 12 + m,
        };
        expect(vang(() => evalueer(g, invoer, opties))).toMatchObject({ ok: true, uitvoer: verwacht });
        beideGelijk(g, module, invoer, opties);
        const s = module.evalueerSnel(invoer, opties);
        if (s === undefined) return;
        snel++;
        expect(s).toEqual(module.evalueer(invoer, opties));
      }),
      { numRuns: 100 },
    );
    expect(snel).toBe(100);
  });
});
