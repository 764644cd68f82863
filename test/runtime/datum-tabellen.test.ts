// The calendar tables of runtime/datum.ts and the fast path's date helpers on them (runtime/snel.ts)
// against an independent reference, JavaScript's own proleptic Gregorian calendar (Date in UTC,
// with setUTCFullYear so the years 1 to 99 are not read as 1901 to 1999): every day of the years
// 1 to 9999 in both directions, and month steps with the day clamped, on random days.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EERSTE_DAG, LAATSTE_DAG, dagVan, jmd } from '../../runtime/datum.js';
import { snelDatum, snelPlusDatum, snelPlusMaanden, snelSchrijfDatum } from '../../runtime/snel.js';

const DAG_MS = 86_400_000;

/** Year, month and day of day number d by Date. */
function referentie(d: number): { jaar: number; maand: number; dag: number } {
  const x = new Date(d * DAG_MS);
  return { jaar: x.getUTCFullYear(), maand: x.getUTCMonth() + 1, dag: x.getUTCDate() };
}

/** The day number of j-m-t by Date (t may be past the month's end: Date rolls over). */
function dagRef(j: number, m: number, t: number): number {
  const x = new Date(0);
  x.setUTCFullYear(j, m - 1, t);
  return Math.round(x.getTime() / DAG_MS);
}

const tekst = (j: number, m: number, t: number): string => `${String(j).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(t).padStart(2, '0')}`;

describe('kalendertabellen', () => {
  it('elke dag van 0001-01-01 tot en met 9999-12-31: dagnummer, jaar-maand-dag en tekst heen en terug', () => {
    expect(EERSTE_DAG).toBe(dagRef(1, 1, 1));
    expect(LAATSTE_DAG).toBe(dagRef(9999, 12, 31));
    let fout = 0;
    for (let d = EERSTE_DAG; d <= LAATSTE_DAG; d++) {
      const r = referentie(d);
      const x = jmd(d);
      if (x.jaar !== r.jaar || x.maand !== r.maand || x.dag !== r.dag || dagVan(r.jaar, r.maand, r.dag) !== d) fout++;
      // the text helpers on a sample (every 7th day and every first and last of a month)
      if (d % 7 === 0 || r.dag === 1 || referentie(d + 1).dag === 1) {
        const s = tekst(r.jaar, r.maand, r.dag);
        if (snelDatum(s) !== d || snelSchrijfDatum(d) !== s) fout++;
      }
      if (fout > 0) throw new Error(`dag ${d}: ${JSON.stringify({ tabel: x, referentie: r })}`);
    }
  });

  it('ongeldige datums zijn NaN', () => {
    for (const s of ['0000-01-01', '2023-02-29', '2100-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-01', '20a4-01-01', '2024/01/01', '+024-01-01', ' 024-01-01']) expect(snelDatum(s), s).toBeNaN();
    for (const s of ['2024-02-29', '2000-02-29', '0004-02-29', '9996-02-29']) expect(snelDatum(s), s).not.toBeNaN();
  });

  it('maanden erbij, de dag afgekapt op de laatste van de maand, buiten de kalender NaN', () => {
    fc.assert(
      fc.property(fc.integer({ min: EERSTE_DAG, max: LAATSTE_DAG }), fc.integer({ min: -120_000, max: 120_000 }), fc.integer({ min: -400, max: 400 }), (d, n, k) => {
        const r = referentie(d);
        const totaal = r.jaar * 12 + r.maand - 1 + n;
        const j = Math.floor(totaal / 12);
        const m = totaal - j * 12 + 1;
        const verwacht = j < 1 || j > 9999 ? NaN : dagRef(j, m, Math.min(r.dag, referentie(dagRef(j, m + 1, 1) - 1).dag));
        expect(snelPlusMaanden(d, n)).toBe(verwacht);
        const metDagen = verwacht + k;
        expect(snelPlusDatum(d, n, k)).toBe(metDagen >= EERSTE_DAG && metDagen <= LAATSTE_DAG ? metDagen : NaN);
      }),
      { numRuns: 2000 },
    );
  });
});
