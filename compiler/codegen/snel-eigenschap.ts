// The fast path of a policy's properties: one function written with the fast evaluator's
// translation (snel.ts) that reads and checks an input the way `evalueerSnel` does, computes the
// rules the properties read, and returns per property what its test compares: whether the
// `indien` holds and the values it judges (the statement's truth; the outputs it names as JSON;
// the moved quantity and the output as JSON). `undefined` means "not handled", exactly as in
// evalueerSnel: the property test then asks the interpreter. Property tests run it
// (compiler/node/snel-eigenschappen.ts emits and loads it) with the interpreter as the check on
// a sample (compiler/analysis/eigenschappen.ts), so the values must be the interpreter's.
// In the same form: the check of one generated record, and the outputs named alone (the bench's
// decision-only entry, and the same validation without a decision for a peer engine).
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import type { Type } from '../../runtime/typen.js';
import { NietOndersteund, nee } from './snel/vorm.js';
import { schrijf } from './snel/uitvoer.js';
import { lees, leesVelden } from './snel/invoer.js';
import type { Expressies } from './snel/expressies.js';
import { snelFunctie } from './snel.js';

type Eigenschap = A.Declaratie & { kind: 'Eigenschap' };

/**
 * The code of one fast function for properties `es` together, as an expression (its module-level
 * helpers kept in a closure of their own), or why there is none (the first construct the fast
 * path does not support). One function for all: the input is read and the rules computed once
 * in the code, which keeps it small to emit. It takes (invoer, opties) as evalueerSnel does and
 * gives, per property in order, `[indien, ...waarden]` (`[false]` when the `indien` does not
 * hold), or undefined for all:
 * - Bewering: `[true, waar]`;
 * - Onafhankelijk: `[true, ...the named outputs as JSON]` (every output is computed, as the
 *   interpreter's `uitvoer()` does);
 * - Monotoon: `[true, the output or rule as JSON, the moved rule as JSON]` (the last only when a
 *   rule is moved; a moved input the caller reads from the input itself).
 */
export function snelleEigenschappenCode(g: Gecontroleerd, es: readonly Eigenschap[]): { readonly code: string } | { readonly reden: string } {
  try {
    // a used policy's fast path is a namespace of the whole module; the property functions stand alone
    if (g.regelingen.size > 0) nee('gebruik regeling');
    const uitvoerNamen = g.uitvoer.map((u) => u.naam);
    const isUitvoer = (n: string): boolean => uitvoerNamen.includes(n);
    const isInvoer = (n: string): boolean => g.invoer.some((i) => i.naam === n);
    const regels = new Set<string>();
    const expressies: A.Expr[] = [];
    for (const e of es) {
      const vorm = e.vorm;
      if (e.indien) expressies.push(e.indien);
      switch (vorm.kind) {
        case 'Bewering': expressies.push(vorm.expressie); break;
        case 'Onafhankelijk': for (const n of uitvoerNamen) regels.add(n); break;
        case 'Monotoon':
          for (const n of isUitvoer(vorm.uitvoer.naam) ? uitvoerNamen : [vorm.uitvoer.naam]) regels.add(n);
          if (!isInvoer(vorm.invoer.naam)) regels.add(vorm.invoer.naam);
          break;
        default: {
          const _never: never = vorm;
          return _never;
        }
      }
    }
    const { module, lichaam } = snelFunctie(g, { regels: [...regels], expressies, slot: (sn) => slot(sn, es, isUitvoer, isInvoer) });
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
      const fs = leesVelden(sn, 'x', velden.map((v) => v.naam));
      const gelezen = velden.map((v, k) => ({ v, f: fs[k]! }));
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

/**
 * The end of the function: every output as JSON once if a property compares outputs (as the
 * interpreter's uitvoer() writes them all, and fails on any), then per property its `indien` and,
 * only where that holds, its values.
 */
function slot(sn: Expressies, es: readonly Eigenschap[], isUitvoer: (n: string) => boolean, isInvoer: (n: string) => boolean): void {
  const json = (naam: string): string => {
    const w = sn.regelW.get(naam) ?? nee(`regel ${naam}`);
    return schrijf(sn, w.c, w.v, sn.g.regels.get(naam)!.type);
  };
  const alleUitvoer = es.some((e) => e.vorm.kind === 'Onafhankelijk' || (e.vorm.kind === 'Monotoon' && isUitvoer(e.vorm.uitvoer.naam)))
    ? new Map(sn.g.uitvoer.map((u) => [u.naam, json(u.naam)]))
    : new Map<string, string>();
  const uitkomsten = es.map((e) => {
    const r = sn.tmp();
    sn.emit(`let ${r}: unknown[] = [false];`);
    const indien = e.indien ? waarheid(sn, e.indien) : 'true';
    const waarden = sn.blok(() => waardenVan(sn, e, alleUitvoer, json, isInvoer));
    sn.emit(`if (${indien}) {`);
    sn.plaats(waarden.regels);
    sn.emit(`  ${r} = [true, ${waarden.w.join(', ')}];`);
    sn.emit('}');
    return r;
  });
  sn.emit(`return [${uitkomsten.join(', ')}];`);
}

/** The values a property judges, once its `indien` holds. */
function waardenVan(sn: Expressies, e: Eigenschap, alleUitvoer: ReadonlyMap<string, string>, json: (n: string) => string, isInvoer: (n: string) => boolean): string[] {
  const vorm = e.vorm;
  switch (vorm.kind) {
    case 'Bewering': return [waarheid(sn, vorm.expressie)];
    case 'Onafhankelijk': return vorm.uitvoer.map((u) => alleUitvoer.get(u.naam)!);
    case 'Monotoon': return [alleUitvoer.get(vorm.uitvoer.naam) ?? json(vorm.uitvoer.naam), ...(isInvoer(vorm.invoer.naam) ? [] : [json(vorm.invoer.naam)])];
    default: {
      const _never: never = vorm;
      return _never;
    }
  }
}
