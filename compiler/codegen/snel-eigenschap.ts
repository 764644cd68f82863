// The fast path of a policy's properties: per `eigenschap`, one function written with the fast
// evaluator's translation (snel.ts) that reads and checks an input the way `evalueerSnel` does,
// computes the rules the property reads, and returns what the property test compares: whether
// the `indien` holds and the values it judges (the statement's truth; the outputs it names as
// JSON; the moved quantity and the output as JSON). `undefined` means "not handled", exactly as
// in evalueerSnel: the property test then asks the interpreter. Property tests run these
// (compiler/node/snel-eigenschappen.ts transpiles and loads them) with the interpreter as the
// check on a sample (compiler/analysis/eigenschappen.ts), so the values must be the interpreter's.
// In the same form: the check of one generated record, and the outputs named alone (the bench's
// decision-only entry, and the same validation without a decision for a peer engine).
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import type { Type } from '../../runtime/typen.js';
import { NietOndersteund, nee } from './snel/vorm.js';
import { schrijf } from './snel/uitvoer.js';
import { alleenBekendeVelden, eigenVeld, lees } from './snel/invoer.js';
import type { Expressies } from './snel/expressies.js';
import { snelFunctie } from './snel.js';

type Eigenschap = A.Declaratie & { kind: 'Eigenschap' };

/**
 * The code of a property's fast function, as an expression (its module-level helpers kept in a
 * closure of their own), or why it has none. The function takes (invoer, opties) as
 * evalueerSnel does and gives `[indien, ...waarden]` or undefined:
 * - Bewering: `[indien, waar]`;
 * - Onafhankelijk: `[indien, ...the named outputs as JSON]` (every output is computed, as the
 *   interpreter's `uitvoer()` does);
 * - Monotoon: `[indien, the output or rule as JSON, the moved rule as JSON]` (the last only when
 *   a rule is moved; a moved input the caller reads from the input itself).
 */
export function snelleEigenschapCode(g: Gecontroleerd, e: Eigenschap): { readonly code: string } | { readonly reden: string } {
  try {
    // a used policy's fast path is a namespace of the whole module; the property functions stand alone
    if (g.regelingen.size > 0) nee('gebruik regeling');
    const vorm = e.vorm;
    const uitvoerNamen = g.uitvoer.map((u) => u.naam);
    const isUitvoer = (n: string): boolean => uitvoerNamen.includes(n);
    const isInvoer = (n: string): boolean => g.invoer.some((i) => i.naam === n);
    const regels = ((): string[] => {
      switch (vorm.kind) {
        case 'Bewering': return [];
        case 'Onafhankelijk': return uitvoerNamen;
        case 'Monotoon': {
          const r = isUitvoer(vorm.uitvoer.naam) ? [...uitvoerNamen] : [vorm.uitvoer.naam];
          if (!isInvoer(vorm.invoer.naam)) r.push(vorm.invoer.naam);
          return r;
        }
        default: {
          const _never: never = vorm;
          return _never;
        }
      }
    })();
    const expressies = [...(e.indien ? [e.indien] : []), ...(vorm.kind === 'Bewering' ? [vorm.expressie] : [])];
    const { module, lichaam } = snelFunctie(g, { regels, expressies, slot: (sn) => slot(sn, e, isUitvoer, isInvoer) });
    return { code: functie(module, lichaam) };
  } catch (f) {
    if (!(f instanceof NietOndersteund)) throw f;
    return { reden: f.message };
  }
}

/**
 * The fast check of a record of soort `naam` (a soort of records with `eis` clauses), as the
 * generators draw them: `[true]` when it is read and meets its eisen, `[false]` when it is read
 * and one of them does not hold, undefined otherwise (the interpreter's check then decides).
 * The same expression form as a property.
 */
export function snelleRecordCode(g: Gecontroleerd, naam: string, type: Type): { readonly code: string } | { readonly reden: string } {
  try {
    if (g.regelingen.size > 0) nee('gebruik regeling');
    if (type.soort !== 'gegevens' || type.naam !== naam) nee(`soort ${naam}`);
    const velden = type.velden;
    const invoer = (sn: Expressies): void => {
      if (velden.some((v) => v.naam === 'decimaal')) sn.bail('rt.snelExact in x');
      const gelezen = velden.map((v) => ({ v, f: eigenVeld(sn, 'x', v.naam) }));
      alleenBekendeVelden(sn, 'x', velden.map((v) => v.naam));
      const scope = new Map(gelezen.map(({ v, f }) => [v.naam, lees(sn, f, v.type)] as const));
      for (const eis of g.soortEisen.get(naam) ?? []) {
        const w = sn.ex(eis.voorwaarde, scope);
        const t = sn.vast(w.c, w.v).c;
        sn.emit(`if (${t} !== true) return ${t} === false ? [false] : undefined;`);
      }
    };
    const { module, lichaam } = snelFunctie(g, { invoer, regels: [], expressies: [], slot: (sn) => sn.emit('return [true];') });
    return { code: functie(module, lichaam) };
  } catch (f) {
    if (!(f instanceof NietOndersteund)) throw f;
    return { reden: f.message };
  }
}

/**
 * A fast function that reads and checks the input as evalueerSnel does and computes only the
 * named outputs: `[...their JSON]`, or undefined (not handled: evalueer answers). With no output
 * named, it validates only (`[]` for an input evalueerSnel would read).
 */
export function snelleUitvoerCode(g: Gecontroleerd, namen: readonly string[]): { readonly code: string } | { readonly reden: string } {
  try {
    if (g.regelingen.size > 0) nee('gebruik regeling');
    for (const n of namen) if (!g.uitvoer.some((u) => u.naam === n)) nee(`uitvoer ${n}`);
    const slot = (sn: Expressies): void => {
      const json = namen.map((n) => {
        const w = sn.regelW.get(n)!;
        return schrijf(sn, w.c, w.v, g.regels.get(n)!.type);
      });
      sn.emit(`return [${json.join(', ')}];`);
    };
    const { module, lichaam } = snelFunctie(g, { regels: namen, expressies: [], slot });
    return { code: functie(module, lichaam) };
  } catch (f) {
    if (!(f instanceof NietOndersteund)) throw f;
    return { reden: f.message };
  }
}

/** The function as an expression, its module-level helpers in a closure of their own. */
function functie(module: string, lichaam: readonly string[]): string {
  return ['(() => {', module, '  return (invoer: unknown, opties?: unknown): unknown[] | undefined => {', ...lichaam, '  };', '})()'].join('\n');
}

/** A truth value of the property as JS boolean; anything else (leeg) is the interpreter's error to give. */
function waarheid(sn: Expressies, x: A.Expr): string {
  const w = sn.ex(x, new Map());
  const t = sn.vast(w.c, w.v);
  sn.bail(`typeof ${t.c} !== 'boolean'`);
  return t.c;
}

/** The end of the function: the `indien` first (its judged values only when it holds), then the values. */
function slot(sn: Expressies, e: Eigenschap, isUitvoer: (n: string) => boolean, isInvoer: (n: string) => boolean): void {
  if (e.indien) sn.emit(`if (!${waarheid(sn, e.indien)}) return [false];`);
  const json = (naam: string): string => {
    const w = sn.regelW.get(naam) ?? nee(`regel ${naam}`);
    return schrijf(sn, w.c, w.v, sn.g.regels.get(naam)!.type);
  };
  // every output as JSON, as the interpreter's uitvoer() writes them all (and fails on any)
  const alleUitvoer = (): Map<string, string> => new Map(sn.g.uitvoer.map((u) => [u.naam, json(u.naam)]));
  const vorm = e.vorm;
  switch (vorm.kind) {
    case 'Bewering':
      sn.emit(`return [true, ${waarheid(sn, vorm.expressie)}];`);
      return;
    case 'Onafhankelijk': {
      const uit = alleUitvoer();
      sn.emit(`return [true, ${vorm.uitvoer.map((u) => uit.get(u.naam)!).join(', ')}];`);
      return;
    }
    case 'Monotoon': {
      const doel = isUitvoer(vorm.uitvoer.naam) ? alleUitvoer().get(vorm.uitvoer.naam)! : json(vorm.uitvoer.naam);
      const bewogen = isInvoer(vorm.invoer.naam) ? '' : `, ${json(vorm.invoer.naam)}`;
      sn.emit(`return [true, ${doel}${bewogen}];`);
      return;
    }
    default: {
      const _never: never = vorm;
      return _never;
    }
  }
}
