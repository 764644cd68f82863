// Durations as whole months plus whole days: months have no fixed length, so the two parts
// stay separate and are only combined when applied to a date.

import { type Dag, binnenKalender, plusDagen, plusMaanden, schrijfDatum } from './datum.js';
import { geheelUitJson, isJsonObject } from './json.js';

export interface Duur {
  readonly maanden: number;
  readonly dagen: number;
}

export class OnvergelijkbareDuur extends Error {
  constructor(a: Duur, b: Duur) {
    super(
      `duur in maanden en duur in dagen zijn niet te vergelijken: ${schrijfDuur(a)} en ${schrijfDuur(b)}; vergelijk datums in plaats daarvan`,
    );
    this.name = 'OnvergelijkbareDuur';
  }
}

/** The largest number of months or days a duration holds: a part is a safe integer. */
const GROOTSTE = 9007199254740991n;

/** A whole number of units as given (JSON input, an API caller); a fraction or NaN is no count. */
function geheel(x: number, wat: string): bigint {
  if (!Number.isInteger(x)) throw new RangeError(`${wat} moet een geheel getal zijn: ${String(x).replace('.', ',')}`);
  return BigInt(x);
}

/**
 * A part of a duration, computed exactly (bigint): a sum or product beyond 2^53 - 1 is named with
 * its exact value, not the double it would have rounded to (108086391056891890 for 12 × 9007199254740991).
 */
function onderdeel(x: bigint, wat: 'maanden' | 'dagen'): number {
  if (x > GROOTSTE || x < -GROOTSTE) throw new RangeError(`een duur van ${x} ${wat} is te groot (ten hoogste ${GROOTSTE} ${wat})`);
  return Number(x) + 0; // turns -0 into 0 so structural equality and JSON stay clean
}

function maak(maanden: bigint, dagen: bigint): Duur {
  return { maanden: onderdeel(maanden, 'maanden'), dagen: onderdeel(dagen, 'dagen') };
}

/**
 * The one table of duration units: the language's words (singular and plural), the JSON key (the
 * plural) and what one unit is in months and days. The keywords, the parser, the AST, both
 * engines and the JSON encoding all derive their lists from it, so a unit is one line here.
 */
export const EENHEDEN = [
  { meervoud: 'dagen', enkelvoud: 'dag', maanden: 0, dagen: 1 },
  { meervoud: 'weken', enkelvoud: 'week', maanden: 0, dagen: 7 },
  { meervoud: 'maanden', enkelvoud: 'maand', maanden: 1, dagen: 0 },
  { meervoud: 'jaren', enkelvoud: 'jaar', maanden: 12, dagen: 0 },
] as const;

/** A duration unit by its plural, which is also its JSON key. */
export type DuurEenheid = (typeof EENHEDEN)[number]['meervoud'];

/** A duration in units, as JSON input writes it: `{"weken": 2}`. */
export type DuurDelen = { readonly [K in DuurEenheid]?: number };

export function duur(parts: DuurDelen): Duur {
  let maanden = 0n;
  let dagen = 0n;
  for (const e of EENHEDEN) {
    const n = parts[e.meervoud];
    if (n === undefined) continue;
    const heel = geheel(n, e.meervoud);
    maanden += heel * BigInt(e.maanden);
    dagen += heel * BigInt(e.dagen);
  }
  return maak(maanden, dagen);
}

/** `n` units (`9007199254740991 jaren` as the drafter wrote it, n exact): an overflow names its exact months or days. */
export function duurVan(eenheid: DuurEenheid, n: bigint): Duur {
  const e = EENHEDEN.find((x) => x.meervoud === eenheid)!;
  return maak(n * BigInt(e.maanden), n * BigInt(e.dagen));
}

export function plusDuur(a: Duur, b: Duur): Duur {
  return maak(BigInt(a.maanden) + BigInt(b.maanden), BigInt(a.dagen) + BigInt(b.dagen));
}

export function minDuur(a: Duur, b: Duur): Duur {
  return maak(BigInt(a.maanden) - BigInt(b.maanden), BigInt(a.dagen) - BigInt(b.dagen));
}

export function maalDuur(a: Duur, k: number): Duur {
  const f = geheel(k, 'de factor van een duur');
  return maak(BigInt(a.maanden) * f, BigInt(a.dagen) * f);
}

export function negatiefDuur(a: Duur): Duur {
  return maak(-BigInt(a.maanden), -BigInt(a.dagen));
}

/** date + duration; a result outside 0001-01-01 .. 9999-12-31 is an error, not year 10000. */
export function datumPlusDuur(d: Dag, u: Duur): Dag {
  return opKalender(d, u.maanden, u.dagen, () => `${schrijfDatum(d)} + ${schrijfDuur(u)}`);
}

export function datumMinDuur(d: Dag, u: Duur): Dag {
  return opKalender(d, -u.maanden, -u.dagen, () => `${schrijfDatum(d)} - ${schrijfDuur(u)}`);
}

// A part (months or days) of more than 10,000 years is refused before any arithmetic, so the
// month arithmetic stays within the safe integers; alone it would leave the calendar anyway.
const TIEN_MILLENNIA_MAANDEN = 120_000;
const TIEN_MILLENNIA_DAGEN = 3_660_000;

function opKalender(d: Dag, maanden: number, dagen: number, som: () => string): Dag {
  if (Math.abs(maanden) > TIEN_MILLENNIA_MAANDEN || Math.abs(dagen) > TIEN_MILLENNIA_DAGEN) return binnenKalender(NaN, som);
  return binnenKalender(plusDagen(plusMaanden(d, maanden), dagen), som);
}

export function gelijkDuur(a: Duur, b: Duur): boolean {
  return a.maanden === b.maanden && a.dagen === b.dagen;
}

export function vergelijkDuur(a: Duur, b: Duur): -1 | 0 | 1 {
  if (gelijkDuur(a, b)) return 0;
  // Adding more months and more days never lands on an earlier date, whatever the start date,
  // so componentwise order is safe. This covers "both months 0" and "both days 0"; anything
  // else (e.g. 1 maand vs 30 dagen) depends on the start date and has no answer.
  if (a.maanden <= b.maanden && a.dagen <= b.dagen) return -1;
  if (a.maanden >= b.maanden && a.dagen >= b.dagen) return 1;
  throw new OnvergelijkbareDuur(a, b);
}

export function duurNaarJson(u: Duur): { dagen?: number; maanden?: number } {
  if (u.maanden === 0) return { dagen: u.dagen };
  if (u.dagen === 0) return { maanden: u.maanden };
  return { maanden: u.maanden, dagen: u.dagen };
}

const SLEUTELS: readonly string[] = EENHEDEN.map((e) => e.meervoud);

export function duurVanJson(x: unknown): Duur | string {
  if (!isJsonObject(x)) {
    return 'een duur moet een object zijn, bijvoorbeeld {"dagen": 7} of {"maanden": 3}';
  }
  const sleutels = Object.keys(x);
  const onbekend = sleutels.filter((k) => !SLEUTELS.includes(k));
  if (onbekend.length > 0) {
    return `onbekende sleutel in duur: ${onbekend.join(', ')} (toegestaan: ${SLEUTELS.join(', ')})`;
  }
  if (sleutels.length === 0) return `een duur heeft minstens een van de sleutels ${SLEUTELS.join(', ')}`;
  const rec = x as Record<string, unknown>;
  const delen: { [K in DuurEenheid]?: number } = {};
  for (const { meervoud: k } of EENHEDEN) {
    if (!(k in rec)) continue;
    const v = geheelUitJson(rec[k]);
    if (v === null) return `"${k}" in een duur moet een geheel getal zijn, in absolute waarde ten hoogste 9007199254740991`;
    delen[k] = v;
  }
  try {
    return duur(delen);
  } catch (x) {
    if (x instanceof RangeError) return x.message;
    throw x;
  }
}

function deel(n: number, enkel: string, meer: string): string {
  return `${n} ${Math.abs(n) === 1 ? enkel : meer}`;
}

// A duration is written in its two parts, named by the units that are exactly one month and one day.
const MAAND = EENHEDEN.find((e) => e.maanden === 1 && e.dagen === 0)!;
const DAG = EENHEDEN.find((e) => e.maanden === 0 && e.dagen === 1)!;

export function schrijfDuur(u: Duur): string {
  const m = deel(u.maanden, MAAND.enkelvoud, MAAND.meervoud);
  const d = deel(u.dagen, DAG.enkelvoud, DAG.meervoud);
  if (u.maanden === 0) return d;
  if (u.dagen === 0) return m;
  return `${m} en ${d}`;
}
