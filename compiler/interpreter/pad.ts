// The decision path (`pad`) of one case in the reference interpreter, and what every engine lists
// in it: the rules of the policy's own file that have a choice (an exception or a decision table)
// and that the outputs reach, then the dated parameters (more than one row) they reach. The
// compiled code reads the same lists (compiler/codegen/pad.ts), the words are runtime/pad.ts.
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { alleExpressies } from '../../language/walk.js';
import { type PadParameter, padParameters, padRegel, padTekst } from '../../runtime/pad.js';
import { vertaal } from '../../runtime/runtime.js';
import { type EvaluatieOpties, Evaluatie } from './evaluatie.js';
import { leesParametersJson } from './waarde.js';

/** What a policy's path lists, in declaration order: rule names, and the dated parameters with their rows' dates. */
export interface PadOpzet {
  readonly regels: readonly string[];
  readonly parameters: readonly PadParameter[];
}

const opzetten = new WeakMap<Gecontroleerd, PadOpzet>();

/**
 * The rules and parameters a policy's path lists (once per checked policy): reached from the
 * outputs through rule bodies (value, `indien`, exceptions, table rows), the bodies of the
 * functions they call, the arguments of called policies and the rows of the parameters they
 * read (a row may name another parameter), not through the called policies themselves.
 */
export function padOpzet(g: Gecontroleerd): PadOpzet {
  let opzet = opzetten.get(g);
  if (opzet) return opzet;
  const regels = new Set<string>();
  const parameters = new Set<string>();
  const functies = new Set<string>();
  const stapel: A.Expr[] = [];
  const regel = (naam: string): void => {
    if (regels.has(naam)) return;
    regels.add(naam);
    const d = g.regels.get(naam)?.decl;
    if (d) stapel.push(d.waarde, ...(d.indien ? [d.indien] : []), ...d.uitzonderingen.flatMap((u) => [u.voorwaarde, u.waarde]));
  };
  for (const u of g.uitvoer) regel(u.naam);
  while (stapel.length > 0) {
    for (const x of alleExpressies(stapel.pop()!)) {
      if (x.kind === 'Naam') {
        const b = g.bindingen.get(x);
        if (b?.kind === 'regel') regel(b.naam);
        else if (b?.kind === 'parameter' && !parameters.has(b.naam)) {
          parameters.add(b.naam);
          stapel.push(...(g.parameters.find((p) => p.naam === b.naam)?.rijen.map((r) => r.waarde) ?? []));
        }
      } else if (x.kind === 'Aanroep' && !functies.has(x.naam)) {
        functies.add(x.naam);
        const f = g.functies.get(x.naam);
        if (f) stapel.push(f.decl.lichaam);
      }
    }
  }
  const metKeuze = (d: A.Declaratie & { kind: 'Regel' }): boolean => d.uitzonderingen.length > 0 || d.waarde.kind === 'Tabel';
  opzet = {
    regels: g.bestand.declaraties.flatMap((d) => (d.kind === 'Regel' && regels.has(d.naam) && g.regels.get(d.naam)?.decl === d && metKeuze(d) ? [d.naam] : [])),
    parameters: g.parameters.filter((p) => parameters.has(p.naam) && p.rijen.length > 1).map((p) => ({ naam: p.naam, rijen: p.rijen.map((r) => ({ vanaf: r.vanaf, tot: r.tot })) })),
  };
  opzetten.set(g, opzet);
  return opzet;
}

/**
 * Evaluates a checked policy on one input as `evalueer` does (the same outputs, the same error
 * when the case fails) and gives its path: every listed rule is evaluated, also one no output
 * needed in this case; a failure there only makes that entry `fout`.
 */
export function padVan(g: Gecontroleerd, invoer: unknown, opties: EvaluatieOpties = {}): { uitvoer: Record<string, unknown>; pad: string } {
  const keuzes = new Map<string, string>();
  try {
    const ev = new Evaluatie(g, opties, false, undefined, undefined, keuzes);
    ev.valideer(invoer);
    const uitvoer = ev.uitvoer();
    const opzet = padOpzet(g);
    const regels = opzet.regels.map((naam) => padRegel(naam, keuzes, () => ev.regelWaarde(naam)));
    const overschreven = leesParametersJson(opties.parameters ?? undefined, g.parameters);
    return { uitvoer, pad: padTekst(regels, padParameters(opzet.parameters, ev.peildatumTekst, overschreven)) };
  } catch (x) {
    throw vertaal(x);
  }
}
