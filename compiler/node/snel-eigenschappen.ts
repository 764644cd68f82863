// Property tests on the compiled fast path: the fast functions of a policy's properties
// (compiler/codegen/snel-eigenschap.ts) emitted with TypeScript's `transpileModule` (no type
// check here: test/compiler/node/snel-eigenschappen.test.ts type-checks them strictly) and
// loaded in this process with the runtime handed in, for the `snel` option of
// `toetsEigenschappen`. Node only: TypeScript comes with ts-morph; the playground keeps the
// interpreter.
import { createRequire } from 'node:module';
import type { Gecontroleerd } from '../../language/checker.js';
import type { SnelPad, SnelleEigenschap } from '../analysis/eigenschappen.js';
import { snelleEigenschappenCode, snelleRecordCode } from '../codegen/snel-eigenschap.js';
import * as rt from '../../runtime/runtime.js';
import type { Type } from '../../runtime/typen.js';

/** Why a property has no fast function (the first construct the fast path does not support). */
export interface ZonderSnelPad {
  readonly eigenschap: string;
  readonly reden: string;
}

export interface SnelleEigenschappen {
  /** The fast functions of this policy's properties and records, for `toetsEigenschappen`. */
  readonly snel: SnelPad;
  /** The properties that have none, and why (they run on the interpreter). */
  readonly zonder: readonly ZonderSnelPad[];
}

/** The soorten of records with eisen in the input's types (what the generators draw and check one by one). */
function recordSoorten(g: Gecontroleerd): Map<string, Type> {
  const uit = new Map<string, Type>();
  const loop = (t: Type): void => {
    if (t.soort === 'leegbaar') loop(t.type);
    else if (t.soort === 'lijst') loop(t.element);
    else if (t.soort === 'gegevens') {
      if (t.naam && g.soortEisen.has(t.naam) && !uit.has(t.naam)) uit.set(t.naam, t);
      for (const v of t.velden) loop(v.type);
    }
  };
  for (const i of g.invoer) loop(i.type);
  return uit;
}

type Ts = typeof import('ts-morph').ts;
let typescript: Ts | null = null;

/** TypeScript, loaded once (synchronously: property tests are synchronous). */
function ts(): Ts {
  typescript ??= (createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph')).ts;
  return typescript;
}

/**
 * Fast functions written by compiler/codegen/snel-eigenschap.ts, emitted together and evaluated
 * once (null for one that has none). The generated code reaches nothing but its arguments and
 * `rt`, the runtime of this process (so its error classes are the interpreter's); every text of
 * the policy in it is escaped (ts-code.ts).
 */
export function snelleFuncties(codes: readonly ({ readonly code: string } | { readonly reden: string })[]): (SnelleEigenschap | null)[] {
  const bron = `const FUNCTIES = [\n${codes.map((c) => ('code' in c ? c.code : 'null')).join(',\n')}\n];\n`;
  const t = ts();
  const js = t.transpileModule(bron, { compilerOptions: { target: t.ScriptTarget.ES2022, module: t.ModuleKind.None, removeComments: true }, reportDiagnostics: false }).outputText;
  return new Function('rt', `'use strict';\n${js}\nreturn FUNCTIES;`)(rt) as (SnelleEigenschap | null)[];
}

/**
 * The fast functions of every property of `g`, and of every soort of records with eisen (the
 * generators check each drawn record), in one module: written, emitted and evaluated once. The
 * properties the fast path supports share one function (the input read and the rules computed
 * once in the code, so there is less to emit); each property takes its part of the answer.
 */
export function snelleEigenschappen(g: Gecontroleerd): SnelleEigenschappen {
  const los = g.eigenschappen.map((e) => snelleEigenschappenCode(g, [e]));
  const zonder = los.flatMap((c, i) => ('reden' in c ? [{ eigenschap: g.eigenschappen[i]!.naam, reden: c.reden }] : []));
  const met = g.eigenschappen.filter((_, i) => 'code' in los[i]!);
  if (met.length === 0) return { snel: { eigenschap: () => null, record: () => null }, zonder };
  const samen = snelleEigenschappenCode(g, met);
  // together as each alone, or (should one property's code not fit beside another's) each alone
  const eigenschapCodes = 'code' in samen ? [samen] : los;
  const soorten = [...recordSoorten(g)].map(([naam, t]) => ({ naam, code: snelleRecordCode(g, naam, t) }));
  const functies = snelleFuncties([...eigenschapCodes, ...soorten.map((s) => s.code)]);
  const deel = (f: SnelleEigenschap | null, k: number): SnelleEigenschap | null => f && ((x, o) => {
    const r = f(x, o);
    return r === undefined ? undefined : (r[k] as readonly unknown[]);
  });
  const perEigenschap = new Map(g.eigenschappen.map((e, i) => [e, 'code' in samen ? deel(functies[0]!, met.indexOf(e)) : deel(functies[i]!, 0)]));
  const perSoort = new Map(soorten.map((s, i) => [s.naam, functies[eigenschapCodes.length + i] ?? null]));
  return { snel: { eigenschap: (e) => (met.includes(e) ? perEigenschap.get(e) ?? null : null), record: (s) => perSoort.get(s) ?? null }, zonder };
}
