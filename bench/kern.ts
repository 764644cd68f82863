// Diagnostic, not an API: how fast is the generated rule code by itself, without reading and
// validating the JSON input and without the other outputs? A compiled module exports its
// evaluation functions only (GecompileerdeModule); the bench writes a copy that also exports the internal
// `start` (read and validate the input into a context) and one rule function, decodes every input
// once, and times the rule on a fresh context per case (rules memoise their value on the context).
// If the generated code no longer has these functions, the diagnostic row is left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GecompileerdeModule } from '../runtime/runtime.js';

/** The context of one evaluation, as the generated `start` returns it. */
export type Context = Readonly<Record<string, unknown>>;

export interface Kern<A> {
  /** One decoded, validated context per input of the pool, in the same order. */
  readonly contexten: readonly Context[];
  /** The rule on a fresh copy of a context (a copy: the rule memoises its value on it). */
  readonly regel: (c: Context) => A;
}

/** The copy: the compiled module with its internal `start` and one rule function exported too. */
interface KernModule extends GecompileerdeModule {
  __start(invoer: unknown, opties: { peildatum: string }, spoor: null): Context;
  __regel(c: Context): unknown;
}

export async function laadKern<T, A>(uitmap: string, naam: string, functie: string, pool: readonly T[], opties: { peildatum: string }): Promise<Kern<A> | null> {
  const js = readFileSync(join(uitmap, `${naam}.js`), 'utf8');
  // A rule function is named r$<rule> (codegen mangles every name); `$` is literal here.
  if (!/^function start\(/m.test(js) || !new RegExp(`^function ${functie.replace(/\$/g, '\\$')}\\(`, 'm').test(js)) return null;
  const pad = join(uitmap, `${naam}.kern.js`);
  writeFileSync(pad, `${js}\nexport { start as __start, ${functie} as __regel };\n`);
  const m = (await import(pathToFileURL(pad).href)) as KernModule;
  const contexten = pool.map((x) => m.__start(x, opties, null));
  const kopie = kopieerder(contexten[0] ?? {});
  const regel = m.__regel;
  return { contexten, regel: (c) => regel(kopie(c)) as A };
}

/**
 * A copy of a context as an object literal with its fields, as the generated `start` makes it.
 * Not `{ ...c }`: V8 gives a spread copy no room to grow, and the rules add a dozen memo fields
 * to the context, which then makes every case many times slower than in `evalueer` itself.
 */
function kopieerder(voorbeeld: Context): (c: Context) => Context {
  const velden = Object.keys(voorbeeld);
  if (!velden.every((v) => /^[A-Za-z_$][\w$]*$/.test(v))) throw new Error('bench: onverwachte veldnaam in de context');
  return new Function('c', `return { ${velden.map((v) => `${v}: c.${v}`).join(', ')} };`) as (c: Context) => Context;
}
