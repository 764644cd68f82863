// Sick pay (loondoorbetaling bij ziekte) on inputs as they occur: a first day of illness from 2024,
// a pay day up to three years later with the boundaries of the waiting days, week 52/53 and the end
// of the period over-weighted, workers of 13 to 70 with birthdays on and around the pay day. The
// policy's own properties are drawn from a window of dates where hardly anyone is 15 or older;
// here every relation is checked where the youth minimum wage decides, against an independent
// calculation in plain integers and by metamorphic relations, on the reference interpreter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dagenInMaand, dagVan, jmd, schrijfDatum } from '../../runtime/datum.js';
import { centen, dag, evalueerUit, laadRegeling, plusDagen, type Invoer } from './hulp.js';

const g = laadRegeling('loondoorbetaling-bij-ziekte');

/** stdlib/minimumloon.regel, minimumuurloon in cents, as published (shared/reference/minimumloon.md). */
const WML: readonly (readonly [string, number])[] = [
  ['2024-01-01', 1327], ['2024-07-01', 1368], ['2025-01-01', 1406], ['2025-07-01', 1440], ['2026-01-01', 1471], ['2026-07-01', 1499],
];
/** Besluit minimumjeugdloon art. 2 and 3, in tenths of a percent: [age, without bbl, with bbl]. */
const STAFFEL: readonly (readonly [number, number, number])[] = [
  [20, 800, 615], [19, 600, 525], [18, 500, 455], [17, 395, 395], [16, 345, 345], [15, 300, 300],
];

/** Whole years from birth to day, by the calendar: the birthday of 29 February is 28 February in other years. */
function leeftijdOp(geboortedatum: string, datum: string): number {
  const b = jmd(dag(geboortedatum)!);
  const d = jmd(dag(datum)!);
  const verjaardag = Math.min(b.dag, dagenInMaand(d.jaar, b.maand));
  const gehad = d.maand > b.maand || (d.maand === b.maand && d.dag >= verjaardag);
  return d.jaar - b.jaar - (gehad ? 0 : 1);
}

/** Round half up of teller / noemer, for non-negative integers. */
const rond = (teller: number, noemer: number): number => Math.floor((2 * teller + noemer) / (2 * noemer));

/** The youth minimum per hour in cents on the day, or null under 15. */
function minimumOp(leeftijd: number, bbl: boolean, datum: string): number | null {
  const wml = [...WML].reverse().find(([vanaf]) => vanaf <= datum)![1];
  if (leeftijd >= 21) return wml;
  const rij = STAFFEL.find(([l]) => l === leeftijd);
  return rij ? rond(wml * (bbl ? rij[2] : rij[1]), 1000) : null;
}

/** What BW 7:629 gives, computed without the language. */
function verwacht(x: Invoer): Record<string, unknown> {
  const eerste = dag(x.eersteZiektedag)!;
  const loondag = dag(x.loondag)!;
  const dagen = loondag - eerste;
  const leeftijd = leeftijdOp(x.geboortedatum as string, x.loondag as string);
  const laatste = eerste + 7 * (104 + (x.loonsanctieWeken as number)) - 1;
  const recht = loondag <= laatste && dagen >= (x.wachtdagen as number);
  const minimum = dagen < 364 ? minimumOp(leeftijd, x.bbl as boolean, x.loondag as string) : null;
  const zeventig = rond(centen(x.loonPerUur) * 70, 100);
  const bedrag = !recht ? 0 : Math.max(zeventig, minimum ?? 0);
  return {
    rechtOpLoon: recht,
    percentage: recht ? 70 : null,
    doorbetaaldLoonPerUur: bedrag / 100,
    minimumPerUur: minimum === null ? null : minimum / 100,
    laatsteDagLoondoorbetaling: schrijfDatum(laatste),
    leeftijd,
    ziekteweek: Math.floor(dagen / 7) + 1,
  };
}

/** Days after the first day of illness, the boundaries over-weighted. */
const dagenNaEerste = fc.oneof(
  fc.integer({ min: 0, max: 1200 }),
  fc.constantFrom(0, 1, 2, 3, 362, 363, 364, 365, 726, 727, 728, 729),
);

const invoer: fc.Arbitrary<Invoer> = fc
  .record({
    eerste: fc.integer({ min: dag('2024-01-01')!, max: dag('2027-12-31')! }),
    na: dagenNaEerste,
    leeftijd: fc.integer({ min: 13, max: 70 }),
    verjaardag: fc.oneof(fc.integer({ min: -400, max: 400 }), fc.integer({ min: -2, max: 2 })),
    februari29: fc.boolean(),
    loonCenten: fc.oneof(fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 400, max: 2200 })),
    wachtdagen: fc.integer({ min: 0, max: 2 }),
    bbl: fc.boolean(),
    loonsanctieWeken: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 52 })),
  })
  .map((r) => {
    const loondag = r.eerste + r.na;
    const { jaar } = jmd(loondag);
    // a birthday near the pay day (or 29 February of a leap year), `leeftijd` years before it
    let geboren = r.februari29 ? dagVan(2000 + 4 * Math.floor((jaar - r.leeftijd - 2000) / 4), 2, 29)! : loondag - 365 * r.leeftijd + r.verjaardag;
    if (geboren >= loondag) geboren = loondag - 1;
    return {
      loonPerUur: r.loonCenten / 100,
      geboortedatum: schrijfDatum(geboren),
      eersteZiektedag: schrijfDatum(r.eerste),
      loondag: schrijfDatum(loondag),
      wachtdagen: r.wachtdagen,
      bbl: r.bbl,
      loonsanctieWeken: r.loonsanctieWeken,
    };
  });

describe('loondoorbetaling bij ziekte: onafhankelijk nagerekend en metamorfe relaties', () => {
  it('rekent zoals BW 7:629 zonder de taal: leeftijd, week, wachtdagen, minimumjeugdloon op de loondag, 70%', () => {
    const gezien = { jeugd: 0, minimumBeslist: 0, wachtdag: 0, na104: 0 };
    fc.assert(
      fc.property(invoer, (x) => {
        const v = verwacht(x);
        expect(evalueerUit(g, x), JSON.stringify(x)).toEqual(v);
        if ((v.leeftijd as number) < 21 && v.minimumPerUur !== null) gezien.jeugd++;
        if (v.rechtOpLoon && v.minimumPerUur !== null && v.doorbetaaldLoonPerUur === v.minimumPerUur) gezien.minimumBeslist++;
        if (!v.rechtOpLoon && v.minimumPerUur !== null) gezien.wachtdag++;
        if (!v.rechtOpLoon && v.minimumPerUur === null) gezien.na104++;
      }),
      { numRuns: 600 },
    );
    // the generator reaches every case the policy distinguishes
    for (const [geval, n] of Object.entries(gezien)) expect(n, geval).toBeGreaterThan(5);
  });

  it('een dag later in het eerste jaar: het minimum daalt nooit (ouder, en het minimumloon wordt alleen geïndexeerd)', () => {
    fc.assert(
      fc.property(invoer, (x) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, loondag: plusDagen(x.loondag as string, 1) });
        if (voor.minimumPerUur === null || na.minimumPerUur === null) return;
        expect(centen(na.minimumPerUur)).toBeGreaterThanOrEqual(centen(voor.minimumPerUur));
      }),
      { numRuns: 300 },
    );
  });

  it('elke week loonsanctie verlengt de loondoorbetaling met precies een week', () => {
    fc.assert(
      fc.property(invoer, fc.integer({ min: 0, max: 52 }), (x, weken) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, loonsanctieWeken: weken });
        const verschil = weken - (x.loonsanctieWeken as number);
        expect(dag(na.laatsteDagLoondoorbetaling)! - dag(voor.laatsteDagLoondoorbetaling)!).toBe(7 * verschil);
        if (verschil >= 0 && voor.rechtOpLoon === true) expect(na.rechtOpLoon).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('de wachtdagen raken alleen de eerste dagen', () => {
    fc.assert(
      fc.property(invoer, fc.integer({ min: 0, max: 2 }), (x, wachtdagen) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, wachtdagen });
        const dagen = dag(x.loondag)! - dag(x.eersteZiektedag)!;
        if (dagen >= 2) expect(na).toEqual(voor);
        else expect(na.rechtOpLoon).toBe(dagen >= wachtdagen);
      }),
      { numRuns: 300 },
    );
  });
});
