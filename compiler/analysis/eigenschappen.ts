// Checks a policy's `eigenschap` lines with fast-check: a statement over all valid inputs,
// independence of an output from an input, and monotonicity (searched in pairs of cases that
// differ in one moved input). A failure comes back shrunk, as a
// ready-to-paste `voorbeeld` block with the seed and the explanation of the failing evaluation.
// Given a fast engine (`snel`: the compiled fast path, compiler/node/snel-eigenschappen.ts), a
// case runs on it, and the interpreter judges every violation it reports, every case it does not
// handle and one in CONTROLE of the others; where the two disagree, that is a fault in Regelwerk.
import fc from 'fast-check';
import type { Gecontroleerd } from '../../language/checker.js';
import type { Declaratie } from '../../language/ast.js';
import { GelezenInvoer, evaluatieVan, evalueer } from '../interpreter/interpreter.js';
import { GeenGeldigeInvoer, type GeneratorOpties, type InvoerLezer, geldigFilter, invoerArbitrary, invoerLezer, omhoog, veldArbitrary } from './arbitraries.js';
import { alsLiteral } from '../interpreter/literal.js';
import { uitlegAlsTekst } from '../interpreter/uitleg-tekst.js';
import { RegelwerkFout } from '../../runtime/fouten.js';
import type { Dekkingsteller } from '../interpreter/dekking.js';
import { type Type, zonderLeeg } from '../../runtime/typen.js';

export type Eigenschap = Declaratie & { kind: 'Eigenschap' };
type Invoer = Record<string, unknown>;

export interface EigenschapOpties {
  readonly runs: number;
  readonly seed?: number;
  readonly peildatum: string;
  /** Called now and then with the number of runs done, for a progress bar. */
  readonly voortgang?: (naam: string, gedaan: number, totaal: number) => void;
  /**
   * Counts the clauses the generated cases reach (coverage). The interpreter then evaluates
   * every case (it is the one that counts), and `snel` is not used.
   */
  readonly dekking?: Dekkingsteller;
  /**
   * The fast engine of a property (the compiled fast path: compiler/node/snel-eigenschappen.ts),
   * or null where it has none; without it every case runs on the interpreter.
   */
  readonly snel?: SnelPad;
  /** With a fast engine: the interpreter checks one in this many cases (default CONTROLE). */
  readonly controle?: number;
}

/**
 * A property's fast engine on one input: `[indien, ...waarden]` as compiler/codegen/snel-eigenschap.ts
 * writes them, or undefined where it does not handle the input (the interpreter then answers).
 */
export type SnelleEigenschap = (invoer: unknown, opties: { readonly peildatum: string }) => readonly unknown[] | undefined;

/**
 * The fast path of a policy's properties: per property its fast engine, and per soort of records
 * with eisen a fast check of one record (for the generators); null where there is none.
 */
export interface SnelPad {
  eigenschap(e: Eigenschap): SnelleEigenschap | null;
  record(soort: string): SnelleEigenschap | null;
}

/** With a fast engine, the interpreter checks one in this many cases, and every violation. */
export const CONTROLE = 8;

/**
 * A property's fast engine during one run: its answers (kept for the last inputs, so the filter
 * and the property evaluate an input once), when the interpreter checks a case, and that it
 * checks every case after the two disagreed (so a shrunk counterexample is checked too).
 */
interface SnelleMotor {
  antwoord(x: unknown): readonly unknown[] | undefined;
  controleer(): boolean;
  verschil(): void;
}

function snelleMotor(f: SnelleEigenschap, peildatum: string, controle: number): SnelleMotor {
  const N = 16;
  const invoeren: unknown[] = new Array<unknown>(N).fill(undefined);
  const antwoorden: (readonly unknown[] | undefined)[] = new Array<readonly unknown[] | undefined>(N).fill(undefined);
  let volgende = 0;
  let gevallen = 0;
  let altijd = false;
  const opties = { peildatum };
  return {
    antwoord(x) {
      for (let i = 0; i < N; i++) if (invoeren[i] === x) return antwoorden[i];
      const a = f(x, opties);
      invoeren[volgende] = x;
      antwoorden[volgende] = a;
      volgende = (volgende + 1) % N;
      return a;
    },
    controleer: () => altijd || gevallen++ % controle === 0,
    verschil() {
      altijd = true;
    },
  };
}

export interface Tegenvoorbeeld {
  readonly melding: string;
  readonly invoer: readonly Invoer[];
  readonly voorbeeld: string;
  readonly uitleg: string;
}

export interface EigenschapUitkomst {
  readonly naam: string;
  readonly regel: number;
  readonly geslaagd: boolean;
  readonly runs: number;
  readonly seed: number;
  readonly tegenvoorbeeld?: Tegenvoorbeeld;
  /** Set when the search gave up without a verdict (no valid input found): why, in Dutch. */
  readonly opgegeven?: string;
}

class Schending extends Error {}

/**
 * The rank of a JSON value for monotonicity: numbers and dates as themselves, nee < ja, choices
 * in the order the policy declares them. Durations and leeg have no rank.
 */
function rang(x: unknown, t: Type): number | string | null {
  const basis = zonderLeeg(t);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (basis.soort === 'keuze' && typeof x === 'string') return basis.waarden.indexOf(x);
  return typeof x === 'number' || typeof x === 'string' ? x : null;
}

/** How the second case of a monotonicity pair differs from the first. */
type Wijze = 'stap' | 'drempel' | 'willekeurig';

/**
 * A pair for a monotonicity search: the same case twice, one input moved up: by the smallest
 * step (a list by one more element), to the next value the policy compares it with, or to a
 * random other value (the pair then in that input's order). Two independent random cases almost never differ in just the place
 * where an output falls; a pair that moves one input finds it.
 */
function paar(g: Gecontroleerd, opties: { peildatum: string }, x: Invoer, naam: string, ander: unknown, wijze: Wijze): Invoer[] {
  if (wijze !== 'willekeurig') {
    // a list grows by one element (what a rule that counts it sees as one step up)
    const oud = x[naam];
    if (Array.isArray(oud) && Array.isArray(ander) && ander.length > 0) return [x, { ...x, [naam]: [...(oud as unknown[]), ander[0]] }];
    const hoger = omhoog(g, naam, opties, oud, wijze);
    if (hoger !== null) return [x, { ...x, [naam]: hoger }];
  }
  const t = g.invoer.find((i) => i.naam === naam)!.type;
  const [r1, r2] = [rang(x[naam], t), rang(ander, t)];
  return r1 !== null && r2 !== null && r2 < r1 ? [{ ...x, [naam]: ander }, x] : [x, { ...x, [naam]: ander }];
}

/** What a property judges of one evaluated input: whether its `indien` holds, and its k-th value. */
interface Blik {
  indien(): boolean;
  waarde(k: number): unknown;
}

/** A fast engine's answer as a Blik: `[indien, ...waarden]` (see SnelleEigenschap). */
function snelleBlik(r: readonly unknown[]): Blik {
  return { indien: () => r[0] === true, waarde: (k) => r[k + 1] };
}

/** A case outside the property's `indien` (or without an order to compare): returned, not thrown as fc.pre does, since a thrown error costs its stack. */
const BUITEN = 'buiten';
type Buiten = typeof BUITEN;

/** The outcome of judging one case: it holds, it falls outside the `indien`, or the thrown violation. */
type Oordeel = { readonly kind: 'geldt' } | { readonly kind: 'buiten' } | { readonly kind: 'geschonden'; readonly fout: unknown };

function oordeelVan(f: () => Buiten | undefined): Oordeel {
  try {
    return f() === BUITEN ? { kind: 'buiten' } : { kind: 'geldt' };
  } catch (x) {
    if (fc.PreconditionFailure.isFailure(x)) return { kind: 'buiten' };
    if (x instanceof Schending || x instanceof RegelwerkFout) return { kind: 'geschonden', fout: x };
    throw x;
  }
}

const OORDEEL_WOORD: Record<Oordeel['kind'], string> = { geldt: 'de eigenschap geldt', buiten: "de 'indien' geldt niet", geschonden: 'de eigenschap is geschonden' };

/**
 * The fast engine and the interpreter judge a case differently: a fault in Regelwerk, not in the
 * policy. Reported as the property's counterexample, so the input is shrunk and printed.
 */
export class EngineVerschil extends Error {
  constructor(snel: Oordeel, interpreter: Oordeel) {
    super(`het snelle pad en de interpreter oordelen verschillend over deze invoer (snelle pad: ${OORDEEL_WOORD[snel.kind]}; interpreter: ${OORDEEL_WOORD[interpreter.kind]}); dit is een fout in regelwerk, niet in de regeling`);
    this.name = 'EngineVerschil';
  }
}

/** The property as a predicate over generated values; throws Schending when violated. */
function predicaat(g: Gecontroleerd, e: Eigenschap, opties: GeneratorOpties, teller?: Dekkingsteller, snel?: SnelleMotor): { arb: fc.Arbitrary<Invoer[]>; toets: (xs: Invoer[]) => void } {
  const peildatum = opties.peildatum;
  // Each generated input is read and validated once: the filter and the property share it; an
  // input the fast engine handled is valid, and its answer is kept for the property.
  const basisLezer = invoerLezer(g, peildatum);
  const lezer: InvoerLezer = snel ? { lees: (x) => basisLezer.lees(x), snelGeldig: (x) => snel.antwoord(x) !== undefined } : basisLezer;
  const basis = invoerArbitrary(g, opties, lezer);
  // Only valid inputs are compared: `basis` is valid, and a varied input is kept only when it
  // meets every eis too (bounded: geldigFilter gives up with a message, never loops).
  const geldig = (arb: fc.Arbitrary<Invoer[]>): fc.Arbitrary<Invoer[]> => geldigFilter(g, arb, peildatum, (xs) => xs, lezer);
  // One evaluation per input, without explanation: its `indien` and the property share the rules.
  const evaluatie = (x: Invoer): ReturnType<typeof evaluatieVan> => {
    const r = basisLezer.lees(x);
    if (!(r instanceof GelezenInvoer)) throw r.alsFout();
    return evaluatieVan(r, teller);
  };
  const vorm = e.vorm;
  /** The interpreter's view of one input: lazy, as the property asks for it. */
  const interpreterBlik = (x: Invoer): Blik => {
    const ev = evaluatie(x);
    let uitvoer: Record<string, unknown> | null = null;
    const alleUitvoer = (): Record<string, unknown> => (uitvoer ??= ev.uitvoer());
    return {
      indien: () => !e.indien || ev.waar(e.indien),
      waarde: (k) => {
        switch (vorm.kind) {
          case 'Bewering': return ev.waar(vorm.expressie);
          case 'Onafhankelijk': return alleUitvoer()[vorm.uitvoer[k]!.naam];
          case 'Monotoon': {
            if (k === 1) return ev.regelJson(vorm.invoer.naam);
            const n = vorm.uitvoer.naam;
            return g.uitvoer.some((u) => u.naam === n) ? alleUitvoer()[n] : ev.regelJson(n);
          }
          default: {
            const _never: never = vorm;
            return _never;
          }
        }
      },
    };
  };
  const { arb, oordeel } = vormVan(g, e, opties, basis, geldig);
  const interpreter = (xs: Invoer[]): Buiten | undefined => oordeel(xs, xs.map(interpreterBlik));
  if (!snel) return { arb, toets: (xs) => fc.pre(interpreter(xs) !== BUITEN) };
  return {
    arb,
    toets: (xs) => {
      const antwoorden = xs.map((x) => snel.antwoord(x));
      if (antwoorden.some((a) => a === undefined)) return fc.pre(interpreter(xs) !== BUITEN);
      const s = oordeelVan(() => oordeel(xs, antwoorden.map((a) => snelleBlik(a!))));
      // a violation is always the interpreter's to report (its message, its errors); a sample of
      // the rest is checked by it too
      if (s.kind !== 'geschonden' && !snel.controleer()) {
        if (s.kind === 'buiten') fc.pre(false);
        return;
      }
      const i = oordeelVan(() => interpreter(xs));
      if (i.kind !== s.kind) {
        snel.verschil();
        throw new EngineVerschil(s, i);
      }
      if (i.kind === 'buiten') fc.pre(false);
      if (i.kind === 'geschonden') throw i.fout;
    },
  };
}

/**
 * The generator of a property's cases and its judgement of them, given a view of each case
 * (Blik): the same judgement for the interpreter and the fast engine.
 */
function vormVan(g: Gecontroleerd, e: Eigenschap, opties: GeneratorOpties, basis: fc.Arbitrary<Invoer>, geldig: (arb: fc.Arbitrary<Invoer[]>) => fc.Arbitrary<Invoer[]>): { arb: fc.Arbitrary<Invoer[]>; oordeel: (xs: Invoer[], b: Blik[]) => Buiten | undefined } {
  const vorm = e.vorm;
  switch (vorm.kind) {
    case 'Bewering':
      return {
        arb: basis.map((x) => [x]),
        oordeel: (_xs, [b]) => {
          if (!b!.indien()) return BUITEN;
          if (!b!.waarde(0)) throw new Schending('de bewering is onwaar');
          return undefined;
        },
      };
    case 'Onafhankelijk': {
      const naam = vorm.invoer.naam;
      return {
        arb: geldig(fc.tuple(basis, veldArbitrary(g, naam, opties)).map(([x, v]) => [x, { ...x, [naam]: v }])),
        oordeel: (_xs, [a, b]) => {
          if (!(a!.indien() && b!.indien())) return BUITEN;
          vorm.uitvoer.forEach((u, k) => {
            const [ua, ub] = [a!.waarde(k), b!.waarde(k)];
            if (JSON.stringify(ua) !== JSON.stringify(ub)) {
              const type = g.uitvoer.find((x) => x.naam === u.naam)!.type;
              throw new Schending(`'${u.naam}' verandert van ${alsLiteral(ua, type)} in ${alsLiteral(ub, type)} als alleen '${naam}' verandert`);
            }
          });
          return undefined;
        },
      };
    }
    case 'Monotoon': {
      const naam = vorm.invoer.naam;
      const isInvoer = g.invoer.some((i) => i.naam === naam);
      const typeVan = (n: string): Type => (g.uitvoer.find((u) => u.naam === n) ?? g.invoer.find((i) => i.naam === n) ?? g.regels.get(n)!).type;
      const uitvoerType = typeVan(vorm.uitvoer.naam);
      const bewogenType = typeVan(naam);
      // The moved input: the named one, or for a rule any input (the rule's value moves with it).
      const welke = isInvoer ? [naam] : g.invoer.map((i) => i.naam);
      const zet = fc.oneof(...welke.map((n) => fc.tuple(fc.constant(n), veldArbitrary(g, n, opties))));
      return {
        arb: geldig(fc.tuple(basis, zet, fc.constantFrom<Wijze>('stap', 'drempel', 'willekeurig', 'willekeurig')).map(([x, [n, ander], wijze]) => paar(g, opties, x, n, ander, wijze))),
        oordeel: ([a0, b0], [ba0, bb0]) => {
          if (!(ba0!.indien() && bb0!.indien())) return BUITEN;
          const ra0 = rang(isInvoer ? a0![naam] : ba0!.waarde(1), bewogenType);
          const rb0 = rang(isInvoer ? b0![naam] : bb0!.waarde(1), bewogenType);
          if (ra0 === null || rb0 === null) return BUITEN;
          // the pair in the order of the moved quantity; where it did not move there is nothing to compare
          if (ra0 === rb0 && !isInvoer) return undefined;
          const [a, b, ba, bb] = ra0 <= rb0 ? [a0!, b0!, ba0!, bb0!] : [b0!, a0!, bb0!, ba0!];
          const ua = ba.waarde(0);
          const ub = bb.waarde(0);
          const va = rang(ua, uitvoerType);
          const vb = rang(ub, uitvoerType);
          if (va === null || vb === null) return BUITEN;
          const fout = vorm.richting === 'daalt' ? vb < va : vb > va;
          if (!fout) return undefined;
          const [ma, mb] = isInvoer ? [a[naam], b[naam]] : [ba.waarde(1), bb.waarde(1)];
          throw new Schending(`'${vorm.uitvoer.naam}' ${vorm.richting === 'daalt' ? 'daalt' : 'stijgt'} van ${alsLiteral(ua, uitvoerType)} naar ${alsLiteral(ub, uitvoerType)} als '${naam}' stijgt van ${alsLiteral(ma, bewogenType)} naar ${alsLiteral(mb, bewogenType)}`);
        },
      };
    }
    default: {
      const nooit: never = vorm;
      return nooit;
    }
  }
}

/** A `voorbeeld` block a drafter can paste into the policy, with today's outcome as `verwacht`. */
export function alsVoorbeeld(g: Gecontroleerd, titel: string, invoer: Invoer, peildatum: string): string {
  const regels = [`voorbeeld "${titel.replace(/"/g, "'")}"`, `  peildatum ${peildatum}`, '  gegeven'];
  for (const i of g.invoer) regels.push(`    ${i.naam} is ${alsLiteral(invoer[i.naam], i.type, true)}`);
  regels.push('  verwacht -- de huidige uitkomst; pas aan naar wat de regeling zou moeten geven');
  try {
    const uit = evalueer(g, invoer, { peildatum }).uitvoer;
    for (const u of g.uitvoer) regels.push(`    ${u.naam} is ${alsLiteral(uit[u.naam], u.type, true)}`);
  } catch (x) {
    if (!(x instanceof RegelwerkFout)) throw x;
    regels[regels.length - 1] = `  verwacht fout "${x.message.replace(/"/g, "'").slice(0, 60)}"`;
  }
  return regels.join('\n');
}

function uitlegVan(g: Gecontroleerd, invoer: Invoer, peildatum: string): string {
  try {
    return uitlegAlsTekst(evalueer(g, invoer, { peildatum }).uitleg, g);
  } catch (x) {
    if (x instanceof RegelwerkFout) return `evaluatie mislukt: ${x.message}`;
    throw x;
  }
}

export function toetsEigenschap(g: Gecontroleerd, e: Eigenschap, opties: EigenschapOpties): EigenschapUitkomst {
  const snel = opties.dekking ? undefined : opties.snel;
  const f = snel?.eigenschap(e) ?? null;
  const motor = f ? snelleMotor(f, opties.peildatum, Math.max(1, opties.controle ?? CONTROLE)) : undefined;
  const { arb, toets } = predicaat(g, e, { peildatum: opties.peildatum, ...(snel ? { snelRecord: (s: string) => snel.record(s) } : {}) }, opties.dekking, motor);
  const seed = opties.seed ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  let gedaan = 0;
  const eigenschap = fc.property(arb, (xs) => {
    gedaan++;
    if (opties.voortgang && gedaan % 25 === 0) opties.voortgang(e.naam, Math.min(gedaan, opties.runs), opties.runs);
    toets(xs);
  });
  let r: fc.RunDetails<[Invoer[]]>;
  try {
    r = fc.check(eigenschap, { numRuns: opties.runs, seed, maxSkipsPerRun: 50 });
  } catch (x) {
    // The generator gave up (no valid input on this peildatum, or eisen that are never met).
    if (!(x instanceof GeenGeldigeInvoer)) throw x;
    return { naam: e.naam, regel: e.plek.regel, geslaagd: false, runs: gedaan, seed, opgegeven: x.message.includes(opties.peildatum) ? x.message : `${x.message} (peildatum ${opties.peildatum})` };
  }
  opties.voortgang?.(e.naam, opties.runs, opties.runs);
  if (r.failed && !r.counterexample) {
    // fast-check stopped: too many generated inputs fell outside the 'indien'. Not a pass.
    return { naam: e.naam, regel: e.plek.regel, geslaagd: false, runs: r.numRuns, seed, opgegeven: `gaf op na ${r.numRuns} gevallen: ${r.numSkips} gegenereerde invoeren vielen buiten de 'indien' (peildatum ${opties.peildatum}); maak de 'indien' ruimer of geef voorbeelden` };
  }
  if (!r.failed || !r.counterexample) return { naam: e.naam, regel: e.plek.regel, geslaagd: true, runs: r.numRuns, seed };
  const invoer = r.counterexample[0];
  const fout = r.errorInstance;
  const melding = fout instanceof Schending || fout instanceof RegelwerkFout || fout instanceof EngineVerschil ? fout.message : String(fout instanceof Error ? fout.message : fout);
  const voorbeelden = invoer.map((x, i) => alsVoorbeeld(g, `tegenvoorbeeld ${e.naam}${invoer.length > 1 ? ` (${i + 1})` : ''}`, x, opties.peildatum));
  return {
    naam: e.naam, regel: e.plek.regel, geslaagd: false, runs: r.numRuns, seed,
    tegenvoorbeeld: { melding, invoer, voorbeeld: voorbeelden.join('\n\n'), uitleg: invoer.map((x) => uitlegVan(g, x, opties.peildatum)).join('\n\n') },
  };
}

export function toetsEigenschappen(g: Gecontroleerd, opties: EigenschapOpties): EigenschapUitkomst[] {
  return g.eigenschappen.map((e) => toetsEigenschap(g, e, opties));
}

/**
 * The property on one given input (one the decider built to reach a clause no generated case
 * reached): a statement on the input itself; independence and monotonicity on pairs of it with
 * the input the property names moved to generated values (valid pairs only). The first
 * violation as a counterexample, or null.
 */
export function toetsOpInvoer(g: Gecontroleerd, e: Eigenschap, invoer: Invoer, peildatum: string, seed: number, teller?: Dekkingsteller): Tegenvoorbeeld | null {
  const { toets } = predicaat(g, e, { peildatum }, teller);
  const vorm = e.vorm;
  const lezer = invoerLezer(g, peildatum);
  let paren: Invoer[][] = [[invoer]];
  if (vorm.kind !== 'Bewering') {
    const naam = vorm.invoer.naam;
    const type = g.invoer.find((i) => i.naam === naam)!.type;
    paren = fc.sample(veldArbitrary(g, naam, { peildatum }), { numRuns: 20, seed }).map((v) => {
      const ander = { ...invoer, [naam]: v };
      return vorm.kind === 'Monotoon' && (rang(v, type) ?? 0) < (rang(invoer[naam], type) ?? 0) ? [ander, invoer] : [invoer, ander];
    }).filter((xs) => xs.every((x) => lezer.lees(x) instanceof GelezenInvoer));
  }
  for (const xs of paren) {
    try {
      toets(xs);
    } catch (x) {
      if (fc.PreconditionFailure.isFailure(x)) continue;
      if (!(x instanceof Schending || x instanceof RegelwerkFout)) throw x;
      const voorbeelden = xs.map((y, i) => alsVoorbeeld(g, `tegenvoorbeeld ${e.naam}${xs.length > 1 ? ` (${i + 1})` : ''}`, y, peildatum));
      return { melding: x.message, invoer: xs, voorbeeld: voorbeelden.join('\n\n'), uitleg: xs.map((y) => uitlegVan(g, y, peildatum)).join('\n\n') };
    }
  }
  return null;
}
