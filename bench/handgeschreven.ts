// The two rules written by hand in plain TypeScript, without Regelwerk: the physical limit the
// compiled evaluators are measured against. Two versions of each:
//   * the bare rule on trusted, typed input (what a developer writes for one decision);
//   * the same contract as a compiled `evalueer`: untrusted JSON in (every field checked, unknown
//     fields refused), every output out, amounts exact in whole cents.
// Nothing here uses the Regelwerk runtime: the numbers are plain JS numbers, scaled to integers
// where the rule needs exactness (cents, hundredths of hours), and dates are yyyymmdd integers.
import type { Afwijzingsgrond, Categorie, Contract, CrisisInvoer, CrisisUitvoer, KetenInvoer, KetenUitvoer, Oorzaak, Optie, Werknemer } from './invoer.js';

export class InvoerFout extends Error {}

// ---- Crisisregeling Personeelsbehoud ----

/** The eligibility decision: at least 20 % less work, not an entrepreneur's risk, not privately
 * insurable unless a WTV risk, fewer than 6 months used, and the works council's advice asked. */
export function aanspraak(i: CrisisInvoer): boolean {
  return (
    i.werkverminderingPercentage >= 20 &&
    i.oorzaak !== 'ondernemersrisico' &&
    (!i.privaatVerzekerbaar || i.wtvRisico) &&
    i.maandenGebruikt < 6 &&
    i.orAdviesGevraagd
  );
}

/** Minimum hourly wage in cents by date (stdlib/minimumloon.regel). */
const MINIMUMUURLOON: readonly (readonly [string, number])[] = [
  ['2024-01-01', 1327],
  ['2024-07-01', 1368],
  ['2025-01-01', 1406],
  ['2025-07-01', 1440],
  ['2026-01-01', 1471],
];

function minimumuurloon(peildatum: string): number {
  for (let i = MINIMUMUURLOON.length - 1; i >= 0; i--) {
    const [vanaf, centen] = MINIMUMUURLOON[i]!;
    if (vanaf <= peildatum) return centen;
  }
  throw new InvoerFout(`geen minimumuurloon op ${peildatum}`);
}

/** Every output of the policy, on trusted input. Amounts: uurloon in cents, hours in hundredths;
 * the three wage bounds are compared in tenths of (cent x hundredth hour) so 80 % and 90 % stay whole. */
export function crisisregeling(i: CrisisInvoer, peildatum: string): CrisisUitvoer {
  const gronden: Afwijzingsgrond[] = [];
  if (!(i.werkverminderingPercentage >= 20)) gronden.push('werkvermindering-te-laag');
  if (i.oorzaak === 'ondernemersrisico') gronden.push('ondernemersrisico');
  if (i.privaatVerzekerbaar && !i.wtvRisico) gronden.push('privaat-verzekerbaar');
  if (!(i.maandenGebruikt < 6)) gronden.push('maximale-duur-bereikt');
  if (!i.orAdviesGevraagd) gronden.push('geen-or-advies');
  if (gronden.length > 0) {
    return { aanspraak: false, afwijzingsgronden: gronden, resterendeMaanden: 0, werknemers: [], totaleTegemoetkoming: 0 };
  }
  const minimum = minimumuurloon(peildatum);
  const werknemers: { loon: number; tegemoetkoming: number }[] = [];
  let totaal = 0;
  for (const w of i.werknemers) {
    const u = Math.round(w.uurloon * 100);
    const c = Math.round(w.contracturen * 100);
    const g = Math.round(w.gewerkteUren * 100);
    const niet = c - g;
    let loon: number;
    let tegemoetkoming = 0;
    if (i.optie === 'werktijdvermindering' && 5 * niet >= c) {
      loon = Math.floor(Math.max(10 * g * u + 8 * niet * u, 9 * c * u, 10 * c * minimum) / 1000);
      tegemoetkoming = Math.floor((6 * niet * u) / 1000);
    } else {
      loon = Math.floor((c * u) / 100);
    }
    totaal += tegemoetkoming;
    werknemers.push({ loon: loon / 100, tegemoetkoming: tegemoetkoming / 100 });
  }
  return { aanspraak: true, afwijzingsgronden: gronden, resterendeMaanden: 6 - i.maandenGebruikt, werknemers, totaleTegemoetkoming: totaal / 100 };
}

// ---- validation of untrusted JSON, as strict as `evalueer` ----
// Field paths for messages are built only when something is wrong: `pad` is a function.

type Pad = () => string;

function object(x: unknown, velden: readonly string[], pad: Pad): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new InvoerFout(`${pad()}: verwacht een object`);
  const o = x as Record<string, unknown>;
  let n = 0;
  for (const k in o) {
    if (!velden.includes(k)) throw new InvoerFout(`${pad()}.${k}: onbekend veld`);
    n++;
  }
  if (n !== velden.length) {
    for (const v of velden) if (!(v in o)) throw new InvoerFout(`${pad()}.${v}: ontbreekt`);
  }
  return o;
}

function getal(x: unknown, pad: Pad): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new InvoerFout(`${pad()}: verwacht een getal`);
  return x;
}

/** At most two decimals (cents, hundredths of an hour): the hand-written code is exact only there. */
function tweeDecimalen(x: unknown, pad: Pad): number {
  const n = getal(x, pad);
  const h = Math.round(n * 100);
  if (!Number.isSafeInteger(h) || h / 100 !== n) throw new InvoerFout(`${pad()}: hoogstens 2 decimalen`);
  return n;
}

function janee(x: unknown, pad: Pad): boolean {
  if (typeof x !== 'boolean') throw new InvoerFout(`${pad()}: verwacht true of false`);
  return x;
}

function keuze<T extends string>(x: unknown, waarden: readonly T[], pad: Pad): T {
  if (typeof x !== 'string' || !(waarden as readonly string[]).includes(x)) throw new InvoerFout(`${pad()}: kies uit ${waarden.join(', ')}`);
  return x as T;
}

function lijst(x: unknown, pad: Pad): unknown[] {
  if (!Array.isArray(x)) throw new InvoerFout(`${pad()}: verwacht een lijst`);
  return x;
}

const CRISIS_VELDEN = ['werkverminderingPercentage', 'oorzaak', 'privaatVerzekerbaar', 'wtvRisico', 'maandenGebruikt', 'orAdviesGevraagd', 'optie', 'werknemers'] as const;
const WERKNEMER_VELDEN = ['uurloon', 'contracturen', 'gewerkteUren'] as const;
const OORZAKEN: readonly Oorzaak[] = ['calamiteit', 'crisis', 'ondernemersrisico'];
const OPTIES: readonly Optie[] = ['herplaatsing', 'werktijdvermindering'];
/** A fixed path, made once (not a new closure per call). */
function vast(pad: string): Pad {
  return () => pad;
}

const INVOER = vast('invoer');
const PEILDATUM = vast('peildatum');
const P = {
  werkverminderingPercentage: vast('werkverminderingPercentage'),
  oorzaak: vast('oorzaak'),
  privaatVerzekerbaar: vast('privaatVerzekerbaar'),
  wtvRisico: vast('wtvRisico'),
  maandenGebruikt: vast('maandenGebruikt'),
  orAdviesGevraagd: vast('orAdviesGevraagd'),
  optie: vast('optie'),
  werknemers: vast('werknemers'),
  categorie: vast('categorie'),
  caoSeizoensverkorting: vast('caoSeizoensverkorting'),
  contracten: vast('contracten'),
};

function valideerWerknemer(x: unknown, k: number): Werknemer {
  const pad: Pad = () => `werknemers[${k}]`;
  const o = object(x, WERKNEMER_VELDEN, pad);
  const w = {
    uurloon: tweeDecimalen(o.uurloon, () => `${pad()}.uurloon`),
    contracturen: tweeDecimalen(o.contracturen, () => `${pad()}.contracturen`),
    gewerkteUren: tweeDecimalen(o.gewerkteUren, () => `${pad()}.gewerkteUren`),
  };
  if (w.contracturen < 0) throw new InvoerFout(`${pad()}: contracturen zijn negatief`);
  if (w.gewerkteUren < 0) throw new InvoerFout(`${pad()}: gewerkte uren zijn negatief`);
  if (w.gewerkteUren > w.contracturen) throw new InvoerFout(`${pad()}: meer gewerkte uren dan contracturen`);
  if (w.uurloon < 0) throw new InvoerFout(`${pad()}: het uurloon is negatief`);
  return w;
}

export function valideerCrisis(x: unknown): CrisisInvoer {
  const o = object(x, CRISIS_VELDEN, INVOER);
  const i: CrisisInvoer = {
    werkverminderingPercentage: getal(o.werkverminderingPercentage, P.werkverminderingPercentage),
    oorzaak: keuze(o.oorzaak, OORZAKEN, P.oorzaak),
    privaatVerzekerbaar: janee(o.privaatVerzekerbaar, P.privaatVerzekerbaar),
    wtvRisico: janee(o.wtvRisico, P.wtvRisico),
    maandenGebruikt: getal(o.maandenGebruikt, P.maandenGebruikt),
    orAdviesGevraagd: janee(o.orAdviesGevraagd, P.orAdviesGevraagd),
    optie: keuze(o.optie, OPTIES, P.optie),
    werknemers: lijst(o.werknemers, P.werknemers).map(valideerWerknemer),
  };
  if (i.werkverminderingPercentage < 0 || i.werkverminderingPercentage > 100) throw new InvoerFout('werkverminderingPercentage: niet tussen 0% en 100%');
  if (i.maandenGebruikt < 0) throw new InvoerFout('maandenGebruikt: negatief');
  return i;
}

/** The same contract as the compiled `evalueer`: validated JSON and peildatum in, every output out. */
export function crisisregelingGevalideerd(x: unknown, peildatum: string): CrisisUitvoer {
  datum(peildatum, PEILDATUM);
  return crisisregeling(valideerCrisis(x), peildatum);
}

// ---- Ketenbepaling ----
// Dates as yyyymmdd integers: comparing two dates is comparing two integers, and adding months
// (clamped to the month's last day) needs no calendar beyond the length of a month.

function dagenInMaand(j: number, m: number): number {
  if (m === 2) return (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function cijfer(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** "YYYY-MM-DD" -> yyyymmdd, trusted. */
function dag(s: string): number {
  return (
    cijfer(s, 0) * 10000000 + cijfer(s, 1) * 1000000 + cijfer(s, 2) * 100000 + cijfer(s, 3) * 10000 +
    cijfer(s, 5) * 1000 + cijfer(s, 6) * 100 + cijfer(s, 8) * 10 + cijfer(s, 9)
  );
}

function tekst(d: number): string {
  const j = Math.floor(d / 10000);
  const m = Math.floor(d / 100) % 100;
  const t = d % 100;
  return `${String(j).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${t < 10 ? '0' : ''}${t}`;
}

function plusEenDag(d: number): number {
  const j = Math.floor(d / 10000);
  const m = Math.floor(d / 100) % 100;
  if (d % 100 < dagenInMaand(j, m)) return d + 1;
  return m < 12 ? j * 10000 + (m + 1) * 100 + 1 : (j + 1) * 10000 + 101;
}

function plusMaanden(d: number, n: number): number {
  const t = Math.floor(d / 10000) * 12 + (Math.floor(d / 100) % 100) - 1 + n;
  const j = Math.floor(t / 12);
  const m = t - j * 12 + 1;
  return j * 10000 + m * 100 + Math.min(d % 100, dagenInMaand(j, m));
}

/** Does `volgend` start a new chain after `vorig`? Seasonal work with a cao: a gap longer than
 * 3 months; students: longer than 6 months; everyone else: 5 years or more. */
function nieuweKeten(i: KetenInvoer, vorig: Contract, volgend: Contract): boolean {
  const g = plusEenDag(dag(vorig.einde));
  const begin = dag(volgend.begin);
  if (i.caoSeizoensverkorting && vorig.seizoenswerk && volgend.seizoenswerk) return begin > plusMaanden(g, 3);
  if (i.categorie === 'student') return begin > plusMaanden(g, 6);
  return begin >= plusMaanden(g, 60);
}

/** The chain rule on trusted input: the chain of the last contract; permanent from the 4th
 * contract or from 36 months after the chain's start, whichever is first; never for pupils. */
export function ketenbepaling(i: KetenInvoer): KetenUitvoer {
  const cs = i.contracten;
  let start = 0;
  for (let k = 1; k < cs.length; k++) if (nieuweKeten(i, cs[k - 1]!, cs[k]!)) start = k;
  const ketenBegin = cs[start]!.begin;
  const grens = plusMaanden(dag(ketenBegin), 36);
  const vanafAantal = cs.length - start > 3 ? dag(cs[start + 3]!.begin) : null;
  let vanafDuur: number | null = null;
  for (let k = start; k < cs.length; k++) {
    if (dag(cs[k]!.einde) >= grens) {
      vanafDuur = Math.max(grens, dag(cs[k]!.begin));
      break;
    }
  }
  let vanaf = vanafAantal === null ? vanafDuur : vanafDuur === null ? vanafAantal : Math.min(vanafAantal, vanafDuur);
  if (i.categorie === 'scholier') vanaf = null;
  return { onbepaaldeTijd: vanaf !== null, onbepaaldeTijdVanaf: vanaf === null ? null : tekst(vanaf), aantalInKeten: cs.length - start, ketenBegin };
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** "YYYY-MM-DD" -> yyyymmdd, checked: the form, and a day that exists (year 1 to 9999). */
function datum(x: unknown, pad: Pad): number {
  if (typeof x !== 'string' || !DATUM.test(x)) throw new InvoerFout(`${pad()}: verwacht een datum als "JJJJ-MM-DD"`);
  const d = dag(x);
  const j = Math.floor(d / 10000);
  const m = Math.floor(d / 100) % 100;
  const t = d % 100;
  if (j < 1 || m < 1 || m > 12 || t < 1 || t > dagenInMaand(j, m)) throw new InvoerFout(`${pad()}: "${x}" is geen bestaande datum`);
  return d;
}

const KETEN_VELDEN = ['categorie', 'caoSeizoensverkorting', 'contracten'] as const;
const CONTRACT_VELDEN = ['begin', 'einde', 'seizoenswerk'] as const;
const CATEGORIEEN: readonly Categorie[] = ['scholier', 'student', 'overig'];

export function valideerKeten(x: unknown): KetenInvoer {
  const o = object(x, KETEN_VELDEN, INVOER);
  const categorie = keuze(o.categorie, CATEGORIEEN, P.categorie);
  const caoSeizoensverkorting = janee(o.caoSeizoensverkorting, P.caoSeizoensverkorting);
  const ruw = lijst(o.contracten, P.contracten);
  if (ruw.length === 0) throw new InvoerFout('contracten: er is geen enkel contract opgegeven');
  let vorigBegin = 0;
  const contracten = ruw.map((c, k): Contract => {
    const pad: Pad = () => `contracten[${k}]`;
    const r = object(c, CONTRACT_VELDEN, pad);
    const begin = datum(r.begin, () => `${pad()}.begin`);
    const einde = datum(r.einde, () => `${pad()}.einde`);
    if (einde < begin) throw new InvoerFout(`${pad()}: het einde van een contract ligt voor het begin`);
    if (begin < vorigBegin) throw new InvoerFout('contracten: de contracten staan niet op volgorde van begin');
    vorigBegin = begin;
    return { begin: r.begin as string, einde: r.einde as string, seizoenswerk: janee(r.seizoenswerk, () => `${pad()}.seizoenswerk`) };
  });
  return { categorie, caoSeizoensverkorting, contracten };
}

/** The same contract as the compiled `evalueer`: validated JSON and peildatum in, every output out. */
export function ketenbepalingGevalideerd(x: unknown, peildatum: string): KetenUitvoer {
  datum(peildatum, PEILDATUM);
  return ketenbepaling(valideerKeten(x));
}
