// Checks a policy's `eigenschap` lines with fast-check: a statement over all valid inputs,
// independence of an output from an input, and monotonicity (searched in pairs of cases that
// differ in one moved input). A failure comes back shrunk, as a
// ready-to-paste `voorbeeld` block with the seed and the explanation of the failing evaluation.
import fc from 'fast-check';
import type { Gecontroleerd } from '../../language/checker.js';
import type { Declaratie } from '../../language/ast.js';
import { GelezenInvoer, evaluatieVan, evalueer } from '../interpreter/interpreter.js';
import { GeenGeldigeInvoer, geldigFilter, invoerArbitrary, invoerLezer, omhoog, veldArbitrary } from './arbitraries.js';
import { alsLiteral } from '../interpreter/literal.js';
import { uitlegAlsTekst } from '../interpreter/uitleg-tekst.js';
import { RegelwerkFout } from '../../runtime/fouten.js';
import type { Dekkingsteller } from '../interpreter/dekking.js';
import { type Type, zonderLeeg } from '../../runtime/typen.js';

type Eigenschap = Declaratie & { kind: 'Eigenschap' };
type Invoer = Record<string, unknown>;

export interface EigenschapOpties {
  readonly runs: number;
  readonly seed?: number;
  readonly peildatum: string;
  /** Called now and then with the number of runs done, for a progress bar. */
  readonly voortgang?: (naam: string, gedaan: number, totaal: number) => void;
  /** Counts the clauses the generated cases reach (coverage). */
  readonly dekking?: Dekkingsteller;
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

/** The property as a predicate over generated values; throws Schending when violated. */
function predicaat(g: Gecontroleerd, e: Eigenschap, peildatum: string, teller?: Dekkingsteller): { arb: fc.Arbitrary<Invoer[]>; toets: (xs: Invoer[]) => void } {
  const opties = { peildatum };
  // Each generated input is read and validated once: the filter and the property share it.
  const lezer = invoerLezer(g, peildatum);
  const basis = invoerArbitrary(g, opties, lezer);
  // Only valid inputs are compared: `basis` is valid, and a varied input is kept only when it
  // meets every eis too (bounded: geldigFilter gives up with a message, never loops).
  const geldig = (arb: fc.Arbitrary<Invoer[]>): fc.Arbitrary<Invoer[]> => geldigFilter(g, arb, peildatum, (xs) => xs, lezer);
  // One evaluation per input, without explanation: its `indien` and the property share the rules.
  const evaluatie = (x: Invoer): ReturnType<typeof evaluatieVan> => {
    const r = lezer.lees(x);
    if (!(r instanceof GelezenInvoer)) throw r.alsFout();
    return evaluatieVan(r, teller);
  };
  const geldtIndien = (ev: ReturnType<typeof evaluatieVan>): boolean => !e.indien || ev.waar(e.indien);
  const vorm = e.vorm;
  switch (vorm.kind) {
    case 'Bewering':
      return {
        arb: basis.map((x) => [x]),
        toets: ([x]) => {
          const ev = evaluatie(x!);
          fc.pre(geldtIndien(ev));
          if (!ev.waar(vorm.expressie)) throw new Schending('de bewering is onwaar');
        },
      };
    case 'Onafhankelijk': {
      const naam = vorm.invoer.naam;
      return {
        arb: geldig(fc.tuple(basis, veldArbitrary(g, naam, opties)).map(([x, v]) => [x, { ...x, [naam]: v }])),
        toets: ([a, b]) => {
          const eva = evaluatie(a!);
          const evb = evaluatie(b!);
          fc.pre(geldtIndien(eva) && geldtIndien(evb));
          const ua = eva.uitvoer();
          const ub = evb.uitvoer();
          for (const u of vorm.uitvoer) {
            if (JSON.stringify(ua[u.naam]) !== JSON.stringify(ub[u.naam])) {
              const type = g.uitvoer.find((x) => x.naam === u.naam)!.type;
              throw new Schending(`'${u.naam}' verandert van ${alsLiteral(ua[u.naam], type)} in ${alsLiteral(ub[u.naam], type)} als alleen '${naam}' verandert`);
            }
          }
        },
      };
    }
    case 'Monotoon': {
      const naam = vorm.invoer.naam;
      const isInvoer = g.invoer.some((i) => i.naam === naam);
      const typeVan = (n: string): Type => (g.uitvoer.find((u) => u.naam === n) ?? g.invoer.find((i) => i.naam === n) ?? g.regels.get(n)!).type;
      const uitvoerType = typeVan(vorm.uitvoer.naam);
      const bewogenType = typeVan(naam);
      const isUitvoer = g.uitvoer.some((u) => u.naam === vorm.uitvoer.naam);
      const waardeVan = (ev: ReturnType<typeof evaluatie>, n: string): unknown => (isUitvoer && n === vorm.uitvoer.naam ? ev.uitvoer()[n] : ev.regelJson(n));
      // The moved input: the named one, or for a rule any input (the rule's value moves with it).
      const welke = isInvoer ? [naam] : g.invoer.map((i) => i.naam);
      const zet = fc.oneof(...welke.map((n) => fc.tuple(fc.constant(n), veldArbitrary(g, n, opties))));
      return {
        arb: geldig(fc.tuple(basis, zet, fc.constantFrom<Wijze>('stap', 'drempel', 'willekeurig', 'willekeurig')).map(([x, [n, ander], wijze]) => paar(g, opties, x, n, ander, wijze))),
        toets: ([a0, b0]) => {
          const eva0 = evaluatie(a0!);
          const evb0 = evaluatie(b0!);
          fc.pre(geldtIndien(eva0) && geldtIndien(evb0));
          const ra0 = rang(isInvoer ? a0![naam] : eva0.regelJson(naam), bewogenType);
          const rb0 = rang(isInvoer ? b0![naam] : evb0.regelJson(naam), bewogenType);
          fc.pre(ra0 !== null && rb0 !== null);
          // the pair in the order of the moved quantity; where it did not move there is nothing to compare
          if (ra0 === rb0 && !isInvoer) return;
          const [a, b, eva, evb] = ra0! <= rb0! ? [a0!, b0!, eva0, evb0] : [b0!, a0!, evb0, eva0];
          const ua = waardeVan(eva, vorm.uitvoer.naam);
          const ub = waardeVan(evb, vorm.uitvoer.naam);
          const va = rang(ua, uitvoerType);
          const vb = rang(ub, uitvoerType);
          fc.pre(va !== null && vb !== null);
          const fout = vorm.richting === 'daalt' ? vb! < va! : vb! > va!;
          if (!fout) return;
          const [ma, mb] = isInvoer ? [a[naam], b[naam]] : [eva.regelJson(naam), evb.regelJson(naam)];
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
  const { arb, toets } = predicaat(g, e, opties.peildatum, opties.dekking);
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
  const melding = fout instanceof Schending || fout instanceof RegelwerkFout ? fout.message : String(fout instanceof Error ? fout.message : fout);
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
  const { toets } = predicaat(g, e, peildatum, teller);
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
