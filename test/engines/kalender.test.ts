// The calendar built-ins in every engine against an independent reference written here on plain
// year/month/day triples (its own month lengths, its own day count, whole months found by search
// from above, not the runtime's arithmetic): `tijdsduur van A tot B in hele jaren/maanden/weken` and
// `in dagen` over random date pairs in both orders, weighted to month ends and 29 February and to
// dates near each other; `jaar/maand/dag van D` and the date built back from them; and `de datum met
// jaar J, maand M en dag D` on whole and broken numbers, where a date that does not exist is a
// calculation error naming the values as drafters write them. Two small policies, compiled once;
// the interpreter, the exact code and the fast path must each give the reference's outcome.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../language/index.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { beideGelijk, vang } from './beide-engines.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { gecompileerd } from '../opzet/mappen.js';

const PEILDATUM = '2026-03-01';

const TIJDSDUUR = [
  'regeling Tijdsduur', '  bron "test"',
  'invoer a: datum', 'invoer b: datum',
  'uitvoer inJaren: geheel getal', 'uitvoer inMaanden: geheel getal', 'uitvoer inWeken: geheel getal', 'uitvoer inDagen: geheel getal',
  'uitvoer j: geheel getal', 'uitvoer m: geheel getal', 'uitvoer d: geheel getal', 'uitvoer terug: datum', 'uitvoer binnen: ja/nee',
  'regel inJaren is tijdsduur van a tot b in hele jaren',
  'regel inMaanden is tijdsduur van a tot b in hele maanden',
  'regel inWeken is tijdsduur van a tot b in hele weken',
  'regel inDagen is tijdsduur van a tot b in dagen',
  'regel j is jaar van a', 'regel m is maand van a', 'regel d is dag van a',
  'regel terug is de datum met jaar jaar van a, maand maand van a en dag dag van a',
  // the contract, in the language itself: A plus the whole months (years) does not pass B
  'regel binnen is a + (tijdsduur van a tot b in hele maanden) maanden <= b en a + (tijdsduur van a tot b in hele jaren) jaren <= b', '',
].join('\n');

const DATUM = [
  'regeling Datum', '  bron "test"',
  'invoer j: getal', 'invoer m: getal', 'invoer d: getal',
  'uitvoer datumUit: datum',
  'regel datumUit is de datum met jaar j, maand m en dag d', '',
].join('\n');

interface Jmd { readonly j: number; readonly m: number; readonly d: number }

// ---- the reference: nothing from runtime/ ----

function schrikkel(j: number): boolean {
  return j % 400 === 0 || (j % 100 !== 0 && j % 4 === 0);
}

function lengte(j: number, m: number): number {
  if (m === 2) return schrikkel(j) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Days since 0001-01-01, counted year by year in blocks and month by month. */
function dagnummer(x: Jmd): number {
  const y = x.j - 1;
  let n = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  for (let m = 1; m < x.m; m++) n += lengte(x.j, m);
  return n + x.d - 1;
}

function vergelijk(a: Jmd, b: Jmd): number {
  return a.j !== b.j ? a.j - b.j : a.m !== b.m ? a.m - b.m : a.d - b.d;
}

/** a + n months, the day clamped to the end of a shorter month. */
function plusMaanden(a: Jmd, n: number): Jmd {
  const index = a.j * 12 + (a.m - 1) + n;
  const j = Math.floor(index / 12);
  const m = index - j * 12 + 1;
  return { j, m, d: Math.min(a.d, lengte(j, m)) };
}

/** The largest N with a + N × per months ≤ b (a ≤ b), searched downwards from a bound past it. */
function heleMaanden(a: Jmd, b: Jmd, per: number): number {
  let n = Math.floor(((b.j - a.j) * 12 + b.m - a.m) / per) + 1;
  while (vergelijk(plusMaanden(a, n * per), b) > 0) n--;
  return n;
}

function referentie(a: Jmd, b: Jmd): { jaren: number; maanden: number; weken: number; dagen: number } {
  if (vergelijk(b, a) < 0) {
    const r = referentie(b, a);
    return { jaren: -r.jaren || 0, maanden: -r.maanden || 0, weken: -r.weken || 0, dagen: -r.dagen || 0 };
  }
  const dagen = dagnummer(b) - dagnummer(a);
  return { jaren: heleMaanden(a, b, 12), maanden: heleMaanden(a, b, 1), weken: Math.floor(dagen / 7), dagen };
}

function tekst(x: Jmd): string {
  return `${String(x.j).padStart(4, '0')}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;
}

/** A number as drafters write it: a decimal comma. */
function schrijf(x: number): string {
  return String(x).replace('.', ',');
}

// ---- generators: month ends, 29 February and dates close together ----

const jaar = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1990, max: 2040 }) },
  { weight: 1, arbitrary: fc.constantFrom(1, 2, 1900, 2000, 2100, 2400, 9998, 9999) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 9999 }) },
);
const dagKeuze = fc.oneof(fc.constant('einde' as const), fc.constantFrom(1, 28, 29, 30, 31), fc.integer({ min: 1, max: 31 }));

function datumIn(j: fc.Arbitrary<number>): fc.Arbitrary<Jmd> {
  return fc.tuple(j, fc.oneof(fc.constant(2), fc.integer({ min: 1, max: 12 })), dagKeuze).map(([j, m, k]) => ({ j, m, d: k === 'einde' ? lengte(j, m) : Math.min(k, lengte(j, m)) }));
}

const datum = datumIn(jaar);
const paar = fc.oneof(
  fc.tuple(datum, datum),
  datum.chain((a) => fc.tuple(fc.constant(a), datumIn(fc.integer({ min: Math.max(1, a.j - 3), max: Math.min(9999, a.j + 3) })))),
);

const geladen: { tijdsduur?: { g: Gecontroleerd; module: GecompileerdeModule; snel: boolean }; datum?: { g: Gecontroleerd; module: GecompileerdeModule; snel: boolean } } = {};

beforeAll(async () => {
  const policies = [TIJDSDUUR, DATUM].map((bron, i) => {
    const res = laad(bron, `kalender${i}.regel`);
    expect(res.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
    return { g: res.gecontroleerd, bestand: `kalender${i}.regel` };
  });
  const [t, d] = await gecompileerd('kalender', policies);
  geladen.tijdsduur = { g: policies[0]!.g, module: t!.module, snel: !t!.ts.includes('Geen snelle evaluatie') };
  geladen.datum = { g: policies[1]!.g, module: d!.module, snel: !d!.ts.includes('Geen snelle evaluatie') };
}, 120_000);

describe('tijdsduur, jaar/maand/dag van en de datum met', () => {
  it('tijdsduur in hele jaren, maanden, weken en dagen en de delen van een datum geven in elke engine wat de referentie geeft', () => {
    const { g, module, snel } = geladen.tijdsduur!;
    expect(snel).toBe(true);
    let snelGeantwoord = 0;
    fc.assert(
      fc.property(paar, fc.boolean(), ([x, y], om) => {
        const [a, b] = om ? [y, x] : [x, y];
        const r = referentie(a, b);
        // with B before A the result is minus the tijdsduur from B to A, and A plus it may pass B
        const binnen = vergelijk(plusMaanden(a, r.maanden), b) <= 0 && vergelijk(plusMaanden(a, 12 * r.jaren), b) <= 0;
        if (vergelijk(a, b) <= 0) expect(binnen).toBe(true);
        const verwacht = { inJaren: r.jaren, inMaanden: r.maanden, inWeken: r.weken, inDagen: r.dagen, j: a.j, m: a.m, d: a.d, terug: tekst(a), binnen };
        const invoer = { a: tekst(a), b: tekst(b) };
        const opties = { peildatum: PEILDATUM };
        expect(vang(() => evalueer(g, invoer, opties))).toMatchObject({ ok: true, uitvoer: verwacht });
        beideGelijk(g, module, invoer, opties);
        const s = module.evalueerSnel(invoer, opties);
        if (s === undefined) return;
        snelGeantwoord++;
        expect(s).toEqual(verwacht);
      }),
      { numRuns: 400 },
    );
    expect(snelGeantwoord).toBe(400);
  });

  it('de leeftijd op een dag: jarig op 29 februari is in een gewoon jaar op 28 februari een jaar ouder', () => {
    const { g } = geladen.tijdsduur!;
    const leeftijd = (a: string, b: string): unknown => (evalueer(g, { a, b }, { peildatum: PEILDATUM }).uitvoer as { inJaren: number }).inJaren;
    expect(leeftijd('2008-02-29', '2026-02-27')).toBe(17);
    expect(leeftijd('2008-02-29', '2026-02-28')).toBe(18);
    expect(leeftijd('2008-03-01', '2026-02-28')).toBe(17);
    expect(leeftijd('2008-03-01', '2026-03-01')).toBe(18);
    expect(leeftijd('2026-03-01', '2008-03-01')).toBe(-18);
    // 31 January plus one month is 28 February: a whole month has passed on that day
    const maanden = (a: string, b: string): unknown => (evalueer(g, { a, b }, { peildatum: PEILDATUM }).uitvoer as { inMaanden: number }).inMaanden;
    expect(maanden('2025-01-31', '2025-02-28')).toBe(1);
    expect(maanden('2025-01-31', '2025-02-27')).toBe(0);
    // the other way round: minus the whole months from 31 January to 28 February
    expect(maanden('2025-02-28', '2025-01-31')).toBe(-1);
  });

  it('de datum met jaar, maand en dag: een bestaande datum, of een rekenfout die de waarden noemt, in elke engine', () => {
    const { g, module, snel } = geladen.datum!;
    expect(snel).toBe(true);
    let snelGeantwoord = 0;
    let fouten = 0;
    let bestaand = 0;
    const geheel = (min: number, max: number): fc.Arbitrary<number> => fc.oneof({ weight: 8, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }).map((x) => x + 0.5) });
    fc.assert(
      fc.property(fc.oneof(jaar, fc.constantFrom(0, -1, 10000)), geheel(-1, 14), geheel(-1, 32), (j, m, d) => {
        const invoer = { j, m, d };
        const opties = { peildatum: PEILDATUM };
        const bestaat = [j, m, d].every(Number.isInteger) && j >= 1 && j <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= lengte(j, m);
        const uitkomst = vang(() => evalueer(g, invoer, opties));
        if (bestaat) {
          bestaand++;
          expect(uitkomst).toMatchObject({ ok: true, uitvoer: { datumUit: tekst({ j, m, d }) } });
        } else {
          fouten++;
          expect(uitkomst).toMatchObject({ ok: false, soort: 'reken' });
          expect((uitkomst as { melding: string }).melding).toContain(`de datum met jaar ${schrijf(j)}, maand ${schrijf(m)} en dag ${schrijf(d)} bestaat niet`);
        }
        beideGelijk(g, module, invoer, opties);
        const s = module.evalueerSnel(invoer, opties);
        if (s === undefined) return;
        snelGeantwoord++;
        expect(bestaat).toBe(true);
        expect(s).toEqual({ datumUit: tekst({ j, m, d }) });
      }),
      { numRuns: 400 },
    );
    // the fast path answers every date that exists, and leaves the others to the exact code
    expect(fouten).toBeGreaterThan(20);
    expect(bestaand).toBeGreaterThan(60);
    expect(snelGeantwoord).toBe(bestaand);
  });

  it('zegt waarom een datum niet bestaat', () => {
    const { g } = geladen.datum!;
    const melding = (j: number, m: number, d: number): string => {
      const u = vang(() => evalueer(g, { j, m, d }, { peildatum: PEILDATUM }));
      return u.ok ? '' : u.melding;
    };
    expect(melding(2025, 2, 30)).toContain('de datum met jaar 2025, maand 2 en dag 30 bestaat niet: maand 2 van 2025 heeft 28 dagen');
    expect(melding(2024, 2, 30)).toContain('maand 2 van 2024 heeft 29 dagen');
    expect(melding(0, 1, 1)).toContain('de datum met jaar 0, maand 1 en dag 1 bestaat niet: een jaar loopt van 1 tot en met 9999');
    expect(melding(2026, 13, 1)).toContain('de datum met jaar 2026, maand 13 en dag 1 bestaat niet: een maand loopt van 1 tot en met 12');
    expect(melding(2026, 1.5, 1)).toContain('de datum met jaar 2026, maand 1,5 en dag 1 bestaat niet: jaar, maand en dag zijn hele getallen');
  });
});
