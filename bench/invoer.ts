// Benchmark inputs: a seeded generator, so every engine and every run sees the same cases, and
// boundary-heavy, so the engines are compared on the cases where rules go wrong (19,99/20/20,01 %,
// 5/6/7 months, a gap of exactly 3 months, 6 months or 5 years, month ends and leap days).
import { leesDatum, plusDagen, plusMaanden, schrijfDatum } from '../runtime/datum.js';

// ---- the JSON shapes of the two policies (as in the generated `Invoer` / `Uitvoer`) ----

export type Oorzaak = 'calamiteit' | 'crisis' | 'ondernemersrisico';
export type Optie = 'herplaatsing' | 'werktijdvermindering';
export type Afwijzingsgrond =
  | 'werkvermindering-te-laag'
  | 'ondernemersrisico'
  | 'privaat-verzekerbaar'
  | 'maximale-duur-bereikt'
  | 'geen-or-advies';

export interface Werknemer {
  uurloon: number;
  contracturen: number;
  gewerkteUren: number;
}

export interface CrisisInvoer {
  werkverminderingPercentage: number;
  oorzaak: Oorzaak;
  privaatVerzekerbaar: boolean;
  wtvRisico: boolean;
  maandenGebruikt: number;
  orAdviesGevraagd: boolean;
  optie: Optie;
  werknemers: Werknemer[];
}

export interface CrisisUitvoer {
  aanspraak: boolean;
  afwijzingsgronden: Afwijzingsgrond[];
  resterendeMaanden: number;
  werknemers: { loon: number; tegemoetkoming: number }[];
  totaleTegemoetkoming: number;
}

export type Categorie = 'scholier' | 'student' | 'overig';

export interface Contract {
  begin: string;
  einde: string;
  seizoenswerk: boolean;
}

export interface KetenInvoer {
  categorie: Categorie;
  caoSeizoensverkorting: boolean;
  contracten: Contract[];
}

export interface KetenUitvoer {
  onbepaaldeTijd: boolean;
  onbepaaldeTijdVanaf: string | null;
  aantalInKeten: number;
  ketenBegin: string;
}

// ---- a small seeded PRNG (mulberry32): the same seed gives the same inputs on every machine ----

export class Toeval {
  private s: number;

  constructor(seed: number) {
    this.s = seed >>> 0;
  }

  /** A float in [0, 1). */
  volgende(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [van, tot], both inclusive. */
  geheel(van: number, tot: number): number {
    return van + Math.floor(this.volgende() * (tot - van + 1));
  }

  kans(p: number): boolean {
    return this.volgende() < p;
  }

  kies<T>(opties: readonly T[]): T {
    return opties[Math.floor(this.volgende() * opties.length)]!;
  }
}

// ---- Crisisregeling Personeelsbehoud ----

const PERCENTAGE_GRENZEN = [0, 10, 19, 19.5, 19.99, 20, 20.01, 20.5, 21, 25, 50, 100] as const;
const MAANDEN_GRENZEN = [5, 6, 7] as const;
const UURLONEN = [14.71, 15.5, 20, 25.37] as const;

function werkverminderingPercentage(r: Toeval): number {
  if (r.kans(0.6)) return r.kies(PERCENTAGE_GRENZEN);
  // 2 decimals, as a percentage is entered; 19,99 is not 20 for any engine.
  return r.kans(0.5) ? r.geheel(0, 100) : r.geheel(0, 10000) / 100;
}

function werknemer(r: Toeval): Werknemer {
  const uurloon = r.kans(0.5) ? r.kies(UURLONEN) : r.geheel(1200, 6000) / 100;
  // Hours per month in hundredths, mostly whole hours, sometimes a half or a quarter.
  const contract = r.geheel(0, 200) * 100 + (r.kans(0.2) ? r.kies([25, 50, 75]) : 0);
  // The 20 % boundary of the hours reduction: exactly 80 % worked, just under or over, or anything.
  const tachtig = Math.floor((contract * 4) / 5);
  const keuze = r.geheel(0, 4);
  const gewerkt =
    keuze === 0 ? tachtig : keuze === 1 ? tachtig - 25 : keuze === 2 ? tachtig + 25 : keuze === 3 ? contract : r.geheel(0, contract);
  const g = Math.min(contract, Math.max(0, gewerkt));
  return { uurloon, contracturen: contract / 100, gewerkteUren: g / 100 };
}

export function crisisInvoer(r: Toeval): CrisisInvoer {
  const aantal = r.kans(0.05) ? 0 : r.geheel(1, 3);
  const werknemers: Werknemer[] = [];
  for (let i = 0; i < aantal; i++) werknemers.push(werknemer(r));
  return {
    werkverminderingPercentage: werkverminderingPercentage(r),
    oorzaak: r.kies(['calamiteit', 'crisis', 'ondernemersrisico'] as const),
    privaatVerzekerbaar: r.kans(0.4),
    wtvRisico: r.kans(0.3),
    maandenGebruikt: r.kans(0.5) ? r.kies(MAANDEN_GRENZEN) : r.geheel(0, 8),
    orAdviesGevraagd: r.kans(0.85),
    optie: r.kies(['herplaatsing', 'werktijdvermindering'] as const),
    werknemers,
  };
}

// ---- Ketenbepaling ----

const BIJZONDERE_BEGINDAGEN = ['2016-02-29', '2020-02-29', '2024-02-29', '2023-01-31', '2024-08-31', '2025-12-31', '2019-03-01'] as const;

function dag(s: string): number {
  const d = leesDatum(s);
  if (d === null) throw new Error(`bench: ongeldige datum ${s}`);
  return d;
}

/** The first begin: any day in 2012-2026, often a month end or a leap day. */
function eersteBegin(r: Toeval): number {
  if (r.kans(0.3)) return dag(r.kies(BIJZONDERE_BEGINDAGEN));
  return dag('2012-01-01') + r.geheel(0, 15 * 365);
}

/** The next begin after a contract that ends on `einde`: on the boundaries of the three gaps. */
function volgendBegin(r: Toeval, einde: number): number {
  const g = plusDagen(einde, 1); // the first day without a contract
  const grens = r.geheel(0, 5);
  const bij = (maanden: number): number => plusDagen(plusMaanden(g, maanden), r.geheel(-1, 1));
  switch (grens) {
    case 0: return g;
    case 1: return bij(3);
    case 2: return bij(6);
    case 3: return bij(60);
    default: return plusDagen(g, r.geheel(0, 400));
  }
}

/** The end of a contract: a usual length, or on the 36-month boundary of the chain. */
function einde(r: Toeval, begin: number, ketenBegin: number): number {
  if (r.kans(0.2)) {
    const k = plusMaanden(ketenBegin, 36);
    const e = plusDagen(k, r.geheel(-1, 1));
    if (e >= begin) return e;
  }
  return plusDagen(begin, r.kans(0.5) ? r.kies([0, 29, 89, 181, 364]) : r.geheel(0, 900));
}

export function ketenInvoer(r: Toeval): KetenInvoer {
  const aantal = r.kies([1, 2, 3, 3, 4, 4, 4, 5, 5, 6]);
  const contracten: Contract[] = [];
  const eerste = eersteBegin(r);
  let begin = eerste;
  for (let i = 0; i < aantal; i++) {
    const e = einde(r, begin, eerste);
    contracten.push({ begin: schrijfDatum(begin), einde: schrijfDatum(e), seizoenswerk: r.kans(0.4) });
    begin = volgendBegin(r, e);
  }
  return {
    categorie: r.kies(['overig', 'overig', 'overig', 'student', 'student', 'scholier'] as const),
    caoSeizoensverkorting: r.kans(0.5),
    contracten,
  };
}

/** `aantal` inputs from one seed. */
export function reeks<T>(seed: number, aantal: number, maak: (r: Toeval) => T): T[] {
  const r = new Toeval(seed);
  const uit: T[] = [];
  for (let i = 0; i < aantal; i++) uit.push(maak(r));
  return uit;
}
