// Dates as integer day numbers (days since 1970-01-01, proleptic Gregorian), so date arithmetic
// is integer arithmetic and no time zone or Date object can shift a day. For the years 1 to 9999
// (every date a policy can hold) a day number and its year, month and day are found in tables
// (the first day of each year, the first day of each month of a year, the month of each day of a
// year), a few array reads instead of divisions; outside them Hinnant's formulas below.

export type Dag = number;

export function isSchrikkeljaar(j: number): boolean {
  return (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0;
}

const MAANDLENGTE = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function dagenInMaand(j: number, m: number): number {
  if (!Number.isInteger(m) || m < 1 || m > 12) throw new RangeError(`ongeldige maand: ${m}`);
  return m === 2 && isSchrikkeljaar(j) ? 29 : MAANDLENGTE[m - 1]!;
}

// Howard Hinnant's days_from_civil: years counted from March so the leap day is last,
// in 400-year eras of 146097 days. Valid for any year, including before year 1.
function dagenVanCiviel(jaar: number, maand: number, dag: number): Dag {
  const y = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (maand > 2 ? maand - 3 : maand + 9) + 2) / 5) + dag - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// ---- the tables, years 1 to 9999 ----

/** NIEUWJAAR[j]: the day number of j-01-01, for j = 1 .. 10000 (10000: the day after 9999-12-31). */
const NIEUWJAAR = new Int32Array(10001);
/** MAANDBEGIN[s * 13 + m]: days in the year before month m + 1 (m = 0 .. 12); s = 1 in a leap year. */
const MAANDBEGIN = new Int16Array(26);
/** MAAND_VAN[s * 366 + t]: the month (1 .. 12) of day t (0-based) of the year; s as above. */
const MAAND_VAN = new Uint8Array(732);
{
  for (let s = 0; s < 2; s++) {
    let t = 0;
    for (let m = 0; m < 12; m++) {
      MAANDBEGIN[s * 13 + m] = t;
      const lengte = m === 1 ? 28 + s : MAANDLENGTE[m]!;
      for (let k = 0; k < lengte; k++) MAAND_VAN[s * 366 + t + k] = m + 1;
      t += lengte;
    }
    MAANDBEGIN[s * 13 + 12] = t;
  }
  NIEUWJAAR[1] = dagenVanCiviel(1, 1, 1);
  for (let j = 1; j < 10000; j++) NIEUWJAAR[j + 1] = NIEUWJAAR[j]! + (isSchrikkeljaar(j) ? 366 : 365);
}

/** The year (1 .. 9999) of day d, which must lie in 0001-01-01 .. 9999-12-31. */
export function jaarVanDag(d: Dag): number {
  // 365.2425 days a year on average: the estimate is the year or one off
  let j = (((d - NIEUWJAAR[1]!) / 365.2425) | 0) + 1;
  if (NIEUWJAAR[j]! > d) j--;
  else if (NIEUWJAAR[j + 1]! <= d) j++;
  return j;
}

/** The day number of an existing date j-m-t of the years 1 .. 9999 (not checked). */
export function dagUitTabel(j: number, m: number, t: number): Dag {
  return NIEUWJAAR[j]! + MAANDBEGIN[(NIEUWJAAR[j + 1]! - NIEUWJAAR[j]! - 365) * 13 + m - 1]! + t - 1;
}

/** The days of month m (1 .. 12) of year j (1 .. 9999), from the tables. */
export function maandLengte(j: number, m: number): number {
  const s = (NIEUWJAAR[j + 1]! - NIEUWJAAR[j]! - 365) * 13;
  return MAANDBEGIN[s + m]! - MAANDBEGIN[s + m - 1]!;
}

/** Year, month and day of day d in 0001-01-01 .. 9999-12-31 as one number jjjjmmdd, from the tables. */
export function jmdUitTabel(d: Dag): number {
  const j = jaarVanDag(d);
  const s = NIEUWJAAR[j + 1]! - NIEUWJAAR[j]! - 365;
  const t = d - NIEUWJAAR[j]!;
  const m = MAAND_VAN[s * 366 + t]!;
  return j * 10000 + m * 100 + t - MAANDBEGIN[s * 13 + m - 1]! + 1;
}

export function jmd(d: Dag): { jaar: number; maand: number; dag: number } {
  if (!Number.isSafeInteger(d)) throw new RangeError(`ongeldig dagnummer: ${d}`);
  if (d >= EERSTE_DAG && d <= LAATSTE_DAG) {
    const x = jmdUitTabel(d);
    return { jaar: (x / 10000) | 0, maand: ((x / 100) | 0) % 100, dag: x % 100 };
  }
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dag = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  return { jaar: yoe + era * 400 + (maand <= 2 ? 1 : 0), maand, dag };
}

export function dagVan(jaar: number, maand: number, dag: number): Dag | null {
  if (!Number.isInteger(jaar) || !Number.isInteger(maand) || !Number.isInteger(dag)) return null;
  if (jaar < 1 || jaar > 9999 || maand < 1 || maand > 12) return null;
  if (dag < 1 || dag > maandLengte(jaar, maand)) return null;
  return dagUitTabel(jaar, maand, dag);
}

const DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

export function leesDatum(s: string): Dag | null {
  const m = DATUM.exec(s);
  return m ? dagVan(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function tweeCijfers(x: number): string {
  return String(x).padStart(2, '0');
}

export function schrijfDatum(d: Dag): string {
  const { jaar, maand, dag } = jmd(d);
  // Years outside 0..9999 are not ISO-representable; print them plainly rather than throw
  // so error messages about such dates stay readable.
  const j = jaar >= 0 && jaar <= 9999 ? String(jaar).padStart(4, '0') : String(jaar);
  return `${j}-${tweeCijfers(maand)}-${tweeCijfers(dag)}`;
}

/** The first and last day a date may be: ISO dates have four-digit years. */
export const EERSTE_DAG: Dag = dagenVanCiviel(1, 1, 1);
export const LAATSTE_DAG: Dag = dagenVanCiviel(9999, 12, 31);

/** `d` if it is a day of years 1 to 9999; otherwise a RangeError (a calculation error) naming `som`. */
export function binnenKalender(d: Dag, som: () => string): Dag {
  if (!(d >= EERSTE_DAG && d <= LAATSTE_DAG)) throw new RangeError(`${som()} valt buiten de kalender (0001-01-01 tot en met 9999-12-31)`);
  return d;
}

export function plusMaanden(d: Dag, maanden: number): Dag {
  if (!Number.isSafeInteger(maanden)) throw new RangeError(`ongeldig aantal maanden: ${maanden}`);
  const { jaar, maand, dag } = jmd(d);
  const totaal = jaar * 12 + (maand - 1) + maanden;
  const nj = Math.floor(totaal / 12);
  const nm = totaal - nj * 12 + 1;
  return dagenVanCiviel(nj, nm, Math.min(dag, dagenInMaand(nj, nm)));
}

export function plusDagen(d: Dag, dagen: number): Dag {
  if (!Number.isSafeInteger(dagen)) throw new RangeError(`ongeldig aantal dagen: ${dagen}`);
  return d + dagen;
}
