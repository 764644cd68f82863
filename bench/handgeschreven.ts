// The two rules written by hand in plain TypeScript, without Regelwerk: the baselines the compiled
// evaluators are measured against. Two versions of each:
//   * the bare rule on trusted, typed input (what a developer writes for one decision);
//   * the same contract as a compiled `evalueer`: untrusted JSON in, the same errors-or-not
//     decision (every field checked as the policy declares it, unknown and missing fields refused,
//     the `eis` lines, the peildatum), every output out, amounts exact to the cent.
// Written as a careful engineer would write a hot path: one check per field (a `switch` on the key,
// no `includes` on a key list), no closure per element, error paths built only when something is
// wrong, dates parsed once with `charCodeAt` into yyyymmdd integers, and amounts as integer cents
// in JS numbers while every intermediate provably stays below 2^53. Where that does not hold (more
// than two decimals in hours, or values so large a product could pass 2^53) the same formulas run
// on BigInt decimals, so the contract is the compiled one on every input, not just the fast ones.
// The error messages are shorter than Regelwerk's; only whether there is an error must agree.
import type { Afwijzingsgrond, CrisisInvoer, CrisisUitvoer, KetenInvoer, KetenUitvoer } from './invoer.js';

export class InvoerFout extends Error {}

function fout(bericht: string): never {
  throw new InvoerFout(bericht);
}

// ---- shared: objects and dates ----

/**
 * The exact field check for an object that is not a plain JSON object (another prototype): own
 * fields only, as `Object.keys` / `Object.hasOwn` see them. JSON.parse never makes such objects,
 * so this is the rare path; the fast path is a `for...in` with a `switch` per field.
 */
function veldenExact(o: object, velden: readonly string[], pad: string): void {
  for (const k of Object.keys(o)) if (!velden.includes(k)) fout(`${pad}${k}: onbekend veld`);
  for (const v of velden) if (!Object.hasOwn(o, v)) fout(`${pad}${v}: ontbreekt`);
}

function isGewoonObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isGewoonPrototype(o: object): boolean {
  const p = Object.getPrototypeOf(o);
  return p === Object.prototype || p === null;
}

function dagenInMaand(j: number, m: number): number {
  if (m === 2) return (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** "JJJJ-MM-DD" -> yyyymmdd, or -1 if x is no existing day of the years 1 to 9999. */
function leesDag(x: unknown): number {
  if (typeof x !== 'string' || x.length !== 10 || x.charCodeAt(4) !== 45 || x.charCodeAt(7) !== 45) return -1;
  const a = x.charCodeAt(0) - 48;
  const b = x.charCodeAt(1) - 48;
  const c = x.charCodeAt(2) - 48;
  const d = x.charCodeAt(3) - 48;
  const e = x.charCodeAt(5) - 48;
  const f = x.charCodeAt(6) - 48;
  const g = x.charCodeAt(8) - 48;
  const h = x.charCodeAt(9) - 48;
  // `>>> 0` makes a negative difference huge: one comparison per character.
  if ((a >>> 0) > 9 || (b >>> 0) > 9 || (c >>> 0) > 9 || (d >>> 0) > 9 || (e >>> 0) > 9 || (f >>> 0) > 9 || (g >>> 0) > 9 || (h >>> 0) > 9) return -1;
  const j = a * 1000 + b * 100 + c * 10 + d;
  const m = e * 10 + f;
  const t = g * 10 + h;
  if (j < 1 || m < 1 || m > 12 || t < 1 || t > dagenInMaand(j, m)) return -1;
  return j * 10000 + m * 100 + t;
}

const TWEE: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

function tekst(d: number): string {
  const j = (d / 10000) | 0;
  return `${j < 1000 ? String(j).padStart(4, '0') : j}-${TWEE[((d / 100) | 0) % 100]}-${TWEE[d % 100]}`;
}

/** The day after d; past 9999-12-31 is outside the calendar, an error as in Regelwerk. */
function plusEenDag(d: number): number {
  const j = (d / 10000) | 0;
  const m = ((d / 100) | 0) % 100;
  if (d % 100 < dagenInMaand(j, m)) return d + 1;
  if (m < 12) return j * 10000 + (m + 1) * 100 + 1;
  if (j >= 9999) fout('datum valt buiten de kalender');
  return (j + 1) * 10000 + 101;
}

/** d plus n months, the day clamped to the month's last day. */
function plusMaanden(d: number, n: number): number {
  const t = ((d / 10000) | 0) * 12 + (((d / 100) | 0) % 100) - 1 + n;
  const j = (t / 12) | 0;
  const m = t - j * 12 + 1;
  if (j > 9999) fout('datum valt buiten de kalender');
  const dag = d % 100;
  const max = dagenInMaand(j, m);
  return j * 10000 + m * 100 + (dag < max ? dag : max);
}

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

/** Minimum hourly wage in cents by peildatum (stdlib/minimumloon.regel), peildatum as yyyymmdd. */
function minimumuurloon(pd: number): number {
  if (pd >= 20260101) return 1471;
  if (pd >= 20250701) return 1440;
  if (pd >= 20250101) return 1406;
  if (pd >= 20240701) return 1368;
  if (pd >= 20240101) return 1327;
  return fout('geen minimumuurloon op de peildatum');
}

/** A product of two values in hundredths/cents, times 10, stays below 2^53 under this bound. */
const VEILIG = 9e14;
/** The highest minimumuurloon above: the bound is checked before the peildatum's value is needed. */
const HOOGSTE_MINIMUM = 1471;

// -- the exact route: BigInt decimals (value = m / 10^e) --

/** The decimal a double stands for (its shortest round-trip form, as Regelwerk reads JSON). */
function decimaal(x: number): { m: bigint; e: number } {
  const s = String(x);
  const ei = s.indexOf('e');
  const mant = ei < 0 ? s : s.slice(0, ei);
  const exp = ei < 0 ? 0 : Number(s.slice(ei + 1));
  const p = mant.indexOf('.');
  const cijfers = p < 0 ? mant : mant.slice(0, p) + mant.slice(p + 1);
  let e = (p < 0 ? 0 : mant.length - p - 1) - exp;
  let m = BigInt(cijfers);
  if (e < 0) {
    m *= 10n ** BigInt(-e);
    e = 0;
  }
  return { m, e };
}

/** Euros with at most two decimals -> cents; null if there are more decimals. */
function centenExact(x: number): bigint | null {
  const { m, e } = decimaal(x);
  return e > 2 ? null : m * 10n ** BigInt(2 - e);
}

/** Cents -> a JSON number of euros, or the error Regelwerk gives when no double is that amount. */
function euro(c: bigint): number {
  if (c < 1_000_000_000_000_000n) return Number(c) / 100;
  const x = Number(`${c / 100n}.${TWEE[Number(c % 100n)]}`);
  if (!Number.isFinite(x)) fout('het bedrag is te groot voor een JSON-getal');
  const d = decimaal(x);
  if (d.m * 100n !== c * 10n ** BigInt(d.e)) fout('het bedrag is te groot om op de cent als JSON-getal te schrijven');
  return x;
}

/** One employee on the exact route: loon and tegemoetkoming in cents, rounded down. */
function werknemerExact(u: bigint, contracturen: number, gewerkt: number, wtv: boolean, pd: number): [bigint, bigint] {
  const c = decimaal(contracturen);
  const g = decimaal(gewerkt);
  const e = c.e > g.e ? c.e : g.e;
  const schaal = 10n ** BigInt(e);
  const C = c.m * 10n ** BigInt(e - c.e);
  const G = g.m * 10n ** BigInt(e - g.e);
  const niet = C - G;
  if (wtv && 5n * niet >= C) {
    const a = 10n * G * u + 8n * niet * u;
    const b = 9n * C * u;
    const m = 10n * C * BigInt(minimumuurloon(pd));
    const max = a > b ? (a > m ? a : m) : b > m ? b : m;
    return [max / (10n * schaal), (6n * niet * u) / (10n * schaal)];
  }
  return [(C * u) / schaal, 0n];
}

// -- validation, field by field --

function werknemerFout(k: number, reden: string): never {
  return fout(`werknemers[${k}]: ${reden}`);
}

const WERKNEMER_VELDEN = ['uurloon', 'contracturen', 'gewerkteUren'] as const;
const CRISIS_VELDEN = ['werkverminderingPercentage', 'oorzaak', 'privaatVerzekerbaar', 'wtvRisico', 'maandenGebruikt', 'orAdviesGevraagd', 'optie', 'werknemers'] as const;

function controleerWerknemerVelden(o: Record<string, unknown>, k: number): void {
  let n = 0;
  for (const v in o) {
    switch (v) {
      case 'uurloon':
      case 'contracturen':
      case 'gewerkteUren':
        n++;
        break;
      default:
        if (Object.hasOwn(o, v)) werknemerFout(k, `onbekend veld ${v}`);
    }
  }
  if (n !== 3 || !isGewoonPrototype(o)) veldenExact(o, WERKNEMER_VELDEN, `werknemers[${k}].`);
}

/** Every output of the policy, on validated input (`werknemers` still the raw JSON list). */
function bereken(i: CrisisInvoer, lijst: readonly unknown[], pd: number): CrisisUitvoer {
  const gronden: Afwijzingsgrond[] = [];
  if (!(i.werkverminderingPercentage >= 20)) gronden.push('werkvermindering-te-laag');
  if (i.oorzaak === 'ondernemersrisico') gronden.push('ondernemersrisico');
  if (i.privaatVerzekerbaar && !i.wtvRisico) gronden.push('privaat-verzekerbaar');
  if (!(i.maandenGebruikt < 6)) gronden.push('maximale-duur-bereikt');
  if (!i.orAdviesGevraagd) gronden.push('geen-or-advies');
  if (gronden.length > 0) return { aanspraak: false, afwijzingsgronden: gronden, resterendeMaanden: 0, werknemers: [], totaleTegemoetkoming: 0 };
  // The minimumuurloon only when someone is in werktijdvermindering (as in Regelwerk, where a
  // peildatum without one is an error only then).
  let minimum = -1;
  const wtv = i.optie === 'werktijdvermindering';
  const n = lijst.length;
  const werknemers: { loon: number; tegemoetkoming: number }[] = [];
  // The total in cents: a JS number while it stays below 2^53, the part above moved to a BigInt.
  let totaal = 0;
  let groot = 0n;
  let isGroot = false;
  for (let k = 0; k < n; k++) {
    const w = lijst[k] as { uurloon: number; contracturen: number; gewerkteUren: number };
    const uurloon = w.uurloon;
    const contracturen = w.contracturen;
    const gewerkt = w.gewerkteUren;
    // Fast route: cents and hundredths of an hour as whole JS numbers.
    const u = uurloon < 1e13 ? Math.round(uurloon * 100) : -1;
    const c = Math.round(contracturen * 100);
    const g = Math.round(gewerkt * 100);
    if (u >= 0 && u / 100 === uurloon && c / 100 === contracturen && g / 100 === gewerkt && c * (u > HOOGSTE_MINIMUM ? u : HOOGSTE_MINIMUM) <= VEILIG) {
      const niet = c - g;
      if (wtv && 5 * niet >= c) {
        if (minimum < 0) minimum = minimumuurloon(pd);
        // Tenths of (cent x hundredth hour), so 80 % and 90 % stay whole; every term <= 10·c·u < 2^53.
        const a = 10 * g * u + 8 * niet * u;
        const b = 9 * c * u;
        const m = 10 * c * minimum;
        const max = a > b ? (a > m ? a : m) : b > m ? b : m;
        const t = 6 * niet * u;
        const loon = (max - (max % 1000)) / 1000;
        const teg = (t - (t % 1000)) / 1000;
        if (totaal + teg > Number.MAX_SAFE_INTEGER) {
          groot += BigInt(totaal);
          totaal = 0;
          isGroot = true;
        }
        totaal += teg;
        werknemers.push({ loon: loon / 100, tegemoetkoming: teg / 100 });
      } else {
        const x = c * u;
        werknemers.push({ loon: (x - (x % 100)) / 10000, tegemoetkoming: 0 });
      }
    } else {
      // Exact route: more decimals in the hours, or products that could pass 2^53.
      const uc = centenExact(uurloon)!; // validated: at most two decimals
      const [loon, teg] = werknemerExact(uc, contracturen, gewerkt, wtv, pd);
      groot += teg;
      isGroot = true;
      werknemers.push({ loon: euro(loon), tegemoetkoming: euro(teg) });
    }
  }
  const totaleTegemoetkoming = isGroot ? euro(groot + BigInt(totaal)) : totaal / 100;
  return { aanspraak: true, afwijzingsgronden: gronden, resterendeMaanden: 6 - i.maandenGebruikt, werknemers, totaleTegemoetkoming };
}

/**
 * The same contract as the compiled `evalueer`: untrusted JSON and a peildatum in, every output
 * out, or an error exactly when Regelwerk gives one.
 */
export function crisisregelingGevalideerd(x: unknown, peildatum: string): CrisisUitvoer {
  const pd = leesDag(peildatum);
  if (pd < 0) fout('peildatum: geen bestaande datum in de vorm JJJJ-MM-DD');
  if (!isGewoonObject(x)) return fout('invoer: verwacht een object');
  let n = 0;
  for (const k in x) {
    switch (k) {
      case 'werkverminderingPercentage':
      case 'oorzaak':
      case 'privaatVerzekerbaar':
      case 'wtvRisico':
      case 'maandenGebruikt':
      case 'orAdviesGevraagd':
      case 'optie':
      case 'werknemers':
        n++;
        break;
      default:
        if (Object.hasOwn(x, k)) fout(`${k}: onbekende invoer`);
    }
  }
  if (n !== 8 || !isGewoonPrototype(x)) veldenExact(x, CRISIS_VELDEN, '');
  const pct = x.werkverminderingPercentage;
  if (typeof pct !== 'number' || !(pct >= 0 && pct <= 100)) fout('werkverminderingPercentage: verwacht een percentage van 0% tot en met 100%');
  const oorzaak = x.oorzaak;
  if (oorzaak !== 'calamiteit' && oorzaak !== 'crisis' && oorzaak !== 'ondernemersrisico') fout('oorzaak: kies uit calamiteit, crisis, ondernemersrisico');
  const privaat = x.privaatVerzekerbaar;
  if (typeof privaat !== 'boolean') fout('privaatVerzekerbaar: verwacht true of false');
  const wtvRisico = x.wtvRisico;
  if (typeof wtvRisico !== 'boolean') fout('wtvRisico: verwacht true of false');
  const maanden = x.maandenGebruikt;
  if (typeof maanden !== 'number' || !Number.isInteger(maanden) || maanden < 0) fout('maandenGebruikt: verwacht een geheel getal ten minste 0');
  const advies = x.orAdviesGevraagd;
  if (typeof advies !== 'boolean') fout('orAdviesGevraagd: verwacht true of false');
  const optie = x.optie;
  if (optie !== 'herplaatsing' && optie !== 'werktijdvermindering') fout('optie: kies uit herplaatsing, werktijdvermindering');
  const lijst = x.werknemers;
  if (!Array.isArray(lijst)) return fout('werknemers: verwacht een lijst');
  for (let k = 0; k < lijst.length; k++) {
    const w: unknown = lijst[k];
    if (!isGewoonObject(w)) return werknemerFout(k, 'verwacht een object');
    controleerWerknemerVelden(w, k);
    const u = w.uurloon;
    if (typeof u !== 'number' || !(u >= 0) || u === Infinity) werknemerFout(k, 'uurloon: verwacht een bedrag ten minste € 0');
    // At most two decimals: cheap below 10^13 euro (as Regelwerk reads it), exact above.
    if (!(u < 1e13 && Math.round(u * 100) / 100 === u) && centenExact(u) === null) werknemerFout(k, 'uurloon: hoogstens 2 decimalen');
    const c = w.contracturen;
    if (typeof c !== 'number' || !(c >= 0) || c === Infinity) werknemerFout(k, 'contracturen: verwacht een getal ten minste 0');
    const g = w.gewerkteUren;
    if (typeof g !== 'number' || !(g >= 0) || g === Infinity) werknemerFout(k, 'gewerkteUren: verwacht een getal ten minste 0');
    if (g > c) werknemerFout(k, 'meer gewerkte uren dan contracturen');
  }
  const i = x as unknown as CrisisInvoer;
  return bereken(i, lijst, pd);
}

// ---- Ketenbepaling ----

/** The chain rule on trusted input: the chain of the last contract; permanent from the 4th
 * contract or from 36 months after the chain's start, whichever is first; never for pupils.
 * Dates are parsed once into the scratch arrays below. */
export function ketenbepaling(i: KetenInvoer): KetenUitvoer {
  const cs = i.contracten;
  const n = cs.length;
  groei(n);
  for (let k = 0; k < n; k++) {
    const c = cs[k]!;
    BEGIN[k] = dagVertrouwd(c.begin);
    EINDE[k] = dagVertrouwd(c.einde);
    SEIZOEN[k] = c.seizoenswerk ? 1 : 0;
  }
  return keten(cs, n, i.categorie === 'student' ? 1 : i.categorie === 'scholier' ? 2 : 0, i.caoSeizoensverkorting);
}

/** "JJJJ-MM-DD" -> yyyymmdd, trusted. */
function dagVertrouwd(s: string): number {
  return (
    (s.charCodeAt(0) - 48) * 10000000 + (s.charCodeAt(1) - 48) * 1000000 + (s.charCodeAt(2) - 48) * 100000 + (s.charCodeAt(3) - 48) * 10000 +
    (s.charCodeAt(5) - 48) * 1000 + (s.charCodeAt(6) - 48) * 100 + (s.charCodeAt(8) - 48) * 10 + (s.charCodeAt(9) - 48)
  );
}

// Scratch arrays, reused across calls and grown when a list is longer (evaluation is synchronous).
let BEGIN = new Int32Array(64);
let EINDE = new Int32Array(64);
let SEIZOEN = new Uint8Array(64);

function groei(n: number): void {
  if (n <= BEGIN.length) return;
  let m = BEGIN.length;
  while (m < n) m *= 2;
  BEGIN = new Int32Array(m);
  EINDE = new Int32Array(m);
  SEIZOEN = new Uint8Array(m);
}

/** categorie: 0 overig, 1 student, 2 scholier. */
function keten(cs: readonly { begin: string }[], n: number, categorie: number, cao: boolean): KetenUitvoer {
  let start = 0;
  for (let k = 1; k < n; k++) {
    // Does contract k start a new chain after k - 1? Seasonal work with a cao: a gap longer than
    // 3 months; students: longer than 6 months; everyone else: 5 years or more.
    const g = plusEenDag(EINDE[k - 1]!);
    const b = BEGIN[k]!;
    if (cao && SEIZOEN[k - 1] === 1 && SEIZOEN[k] === 1 ? b > plusMaanden(g, 3) : categorie === 1 ? b > plusMaanden(g, 6) : b >= plusMaanden(g, 60)) start = k;
  }
  const aantalInKeten = n - start;
  const ketenBegin = cs[start]!.begin;
  if (categorie === 2) return { onbepaaldeTijd: false, onbepaaldeTijdVanaf: null, aantalInKeten, ketenBegin };
  const grens = plusMaanden(BEGIN[start]!, 36);
  let vanaf = aantalInKeten > 3 ? BEGIN[start + 3]! : -1;
  for (let k = start; k < n; k++) {
    if (EINDE[k]! >= grens) {
      const b = BEGIN[k]!;
      const duur = grens > b ? grens : b;
      if (vanaf < 0 || duur < vanaf) vanaf = duur;
      break;
    }
  }
  return { onbepaaldeTijd: vanaf >= 0, onbepaaldeTijdVanaf: vanaf < 0 ? null : tekst(vanaf), aantalInKeten, ketenBegin };
}

const KETEN_VELDEN = ['categorie', 'caoSeizoensverkorting', 'contracten'] as const;
const CONTRACT_VELDEN = ['begin', 'einde', 'seizoenswerk'] as const;

function contractFout(k: number, reden: string): never {
  return fout(`contracten[${k}]: ${reden}`);
}

/**
 * The same contract as the compiled `evalueer`: untrusted JSON and a peildatum in, every output
 * out, or an error exactly when Regelwerk gives one. Validation parses every date once into the
 * scratch arrays the rule then reads.
 */
export function ketenbepalingGevalideerd(x: unknown, peildatum: string): KetenUitvoer {
  if (leesDag(peildatum) < 0) fout('peildatum: geen bestaande datum in de vorm JJJJ-MM-DD');
  if (!isGewoonObject(x)) return fout('invoer: verwacht een object');
  let n = 0;
  for (const k in x) {
    switch (k) {
      case 'categorie':
      case 'caoSeizoensverkorting':
      case 'contracten':
        n++;
        break;
      default:
        if (Object.hasOwn(x, k)) fout(`${k}: onbekende invoer`);
    }
  }
  if (n !== 3 || !isGewoonPrototype(x)) veldenExact(x, KETEN_VELDEN, '');
  const categorie = x.categorie;
  if (categorie !== 'scholier' && categorie !== 'student' && categorie !== 'overig') fout('categorie: kies uit scholier, student, overig');
  const cao = x.caoSeizoensverkorting;
  if (typeof cao !== 'boolean') fout('caoSeizoensverkorting: verwacht true of false');
  const cs = x.contracten;
  if (!Array.isArray(cs)) return fout('contracten: verwacht een lijst');
  const aantal = cs.length;
  groei(aantal);
  for (let k = 0; k < aantal; k++) {
    const c: unknown = cs[k];
    if (!isGewoonObject(c)) return contractFout(k, 'verwacht een object');
    let v = 0;
    for (const veld in c) {
      switch (veld) {
        case 'begin':
        case 'einde':
        case 'seizoenswerk':
          v++;
          break;
        default:
          if (Object.hasOwn(c, veld)) contractFout(k, `onbekend veld ${veld}`);
      }
    }
    if (v !== 3 || !isGewoonPrototype(c)) veldenExact(c, CONTRACT_VELDEN, `contracten[${k}].`);
    const begin = leesDag(c.begin);
    if (begin < 0) contractFout(k, 'begin: verwacht een bestaande datum als "JJJJ-MM-DD"');
    const einde = leesDag(c.einde);
    if (einde < 0) contractFout(k, 'einde: verwacht een bestaande datum als "JJJJ-MM-DD"');
    const seizoen = c.seizoenswerk;
    if (typeof seizoen !== 'boolean') contractFout(k, 'seizoenswerk: verwacht true of false');
    BEGIN[k] = begin;
    EINDE[k] = einde;
    SEIZOEN[k] = seizoen ? 1 : 0;
  }
  // The `eis` lines, after every field is read (as in Regelwerk).
  for (let k = 0; k < aantal; k++) if (EINDE[k]! < BEGIN[k]!) contractFout(k, 'het einde van een contract ligt voor het begin');
  if (aantal === 0) fout('contracten: er is geen enkel contract opgegeven');
  for (let k = 1; k < aantal; k++) if (BEGIN[k]! < BEGIN[k - 1]!) fout('contracten: de contracten staan niet op volgorde van begin');
  return keten(cs as { begin: string }[], aantal, categorie === 'student' ? 1 : categorie === 'scholier' ? 2 : 0, cao);
}
