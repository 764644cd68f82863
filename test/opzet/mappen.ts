// Where the tests of one run write, and what they share (see globaal.ts, the run's set-up): the
// run's seed, a folder for compiled modules, and modules compiled once per run for all files.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Gecontroleerd } from '../../language/checker.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';

function uitOpzet(naam: string): string {
  const waarde = process.env[naam];
  if (!waarde) throw new Error(`${naam} ontbreekt: draai de toetsen met vitest.config.ts, waarvan de globalSetup (test/opzet/globaal.ts) hem zet`);
  return waarde;
}

/** The seed of this run (REGELWERK_SEED, printed at the start of the run). */
export function toetsSeed(): number {
  return Number(uitOpzet('REGELWERK_SEED'));
}

/**
 * A new, empty folder for compiled modules, removed with the run's folder. Modules written there
 * resolve their `@regelwerk/runtime` import to the workspace's runtime/, as in an install.
 */
export function moduleMap(naam: string): string {
  return mkdtempSync(join(uitOpzet('REGELWERK_TOETSMAP'), 'modules', `${naam}-`));
}

/** One compiled policy: the imported module and the files written for it. */
export interface GecompileerdBestand {
  /** The imported module. */
  readonly module: GecompileerdeModule;
  /** The generated TypeScript, the JavaScript and the declarations. */
  readonly ts: string;
  readonly js: string;
  readonly dts: string;
}

/**
 * `policies` compiled as `regelwerk compile` does (without prettier unless `opmaak`), written as
 * .ts, .js and .d.ts into a new moduleMap(naam) and imported, in order; with `typen`, the
 * generated code is first type-checked strictly in one program (`typeControle`, which `compile`
 * leaves out), so a type error is a CompilerFout naming the module. `bestand` is the policy file's
 * name the compiler sees (the module's name); the files on disk are numbered, so that any name,
 * even one no file system takes, compiles.
 */
export async function gecompileerd(naam: string, policies: readonly { g: Gecontroleerd; bestand?: string }[], { opmaak = false, typen = false }: { opmaak?: boolean; typen?: boolean } = {}): Promise<GecompileerdBestand[]> {
  const map = moduleMap(naam);
  const modules = await compileerNaar(map, policies, opmaak);
  if (typen) await (await import('../../compiler/node/compile.js')).typeControle(modules);
  const uit: GecompileerdBestand[] = [];
  for (const [i, m] of modules.entries()) {
    uit.push({ module: (await import(pathToFileURL(join(map, `m${i}.js`)).href)) as GecompileerdeModule, ts: m.ts, js: m.js, dts: m.dts });
  }
  return uit;
}

/**
 * One policy text, checked (with the stdlib; an error fails the caller's set-up, naming every error)
 * and compiled into a new module folder: its checked form, its module and its TypeScript.
 */
export async function regelingGecompileerd(naam: string, tekst: string, bestand: string): Promise<{ g: Gecontroleerd; module: GecompileerdeModule; ts: string }> {
  const { laad, formatDiagnose } = await import('../../language/index.js');
  const { stdlibLader } = await import('../../compiler/node/modules.js');
  const r = laad(tekst, bestand, stdlibLader);
  const fouten = r.diagnosen.filter((d) => d.ernst === 'fout');
  if (fouten.length > 0) throw new Error(`${bestand} heeft fouten:\n${fouten.map((d) => formatDiagnose(d)).join('\n')}`);
  const [m] = await gecompileerd(naam, [{ g: r.gecontroleerd, bestand }]);
  return { g: r.gecontroleerd, module: m!.module, ts: m!.ts };
}

/** Compiles `policies` and writes module i as m{i}.ts, m{i}.js and m{i}.d.ts into `map`. */
async function compileerNaar(map: string, policies: readonly { g: Gecontroleerd; bestand?: string }[], opmaak: boolean): Promise<{ naam: string; ts: string; js: string; dts: string }[]> {
  const { compileer } = await import('../../compiler/node/compile.js'); // not for every file's set-up (per-bestand.ts)
  const modules = await compileer(policies.map((p, i) => ({ g: p.g, bestand: p.bestand ?? `m${i}.regel` })), { opmaak });
  for (const [i, m] of modules.entries()) {
    writeFileSync(join(map, `m${i}.js`), m.js);
    writeFileSync(join(map, `m${i}.ts`), m.ts);
    writeFileSync(join(map, `m${i}.d.ts`), m.dts);
  }
  return modules;
}

export interface GedeeldeModule {
  /** The generated TypeScript. */
  readonly ts: string;
  /** The path of its declaration file (.d.ts), as a user's code sees the module. */
  readonly dts: string;
  /** The imported module. */
  readonly module: unknown;
}

const inDezeWorker = new Map<string, Promise<GedeeldeModule[]>>();

/**
 * The compiled and imported modules of `policies`, compiled once per run (without prettier, as
 * `regelwerk run` compiles): the first test file to ask compiles them in its
 * worker, every later request for the same names and texts, from either worker, imports those
 * files (waiting while the other worker is still compiling them).
 */
export function eenmaalGecompileerd(policies: readonly { naam: string; tekst: string; g: Gecontroleerd }[]): Promise<GedeeldeModule[]> {
  const sleutel = createHash('sha256').update(JSON.stringify(policies.map((p) => [p.naam, p.tekst]))).digest('hex').slice(0, 32);
  let modules = inDezeWorker.get(sleutel);
  if (modules === undefined) {
    modules = laadGedeeld(join(uitOpzet('REGELWERK_TOETSMAP'), 'modules', `gedeeld-${sleutel}`), policies);
    inDezeWorker.set(sleutel, modules);
  }
  return modules;
}

const KLAAR = 'klaar';
const FOUT = 'fout';

async function laadGedeeld(map: string, policies: readonly { g: Gecontroleerd }[]): Promise<GedeeldeModule[]> {
  let eigenaar = true;
  try {
    mkdirSync(map); // atomic: whoever makes the folder compiles
  } catch (x) {
    if ((x as NodeJS.ErrnoException).code !== 'EEXIST') throw x;
    eigenaar = false;
  }
  if (eigenaar) {
    try {
      await compileerNaar(map, policies, false);
      klaarmelding(map, KLAAR, '');
    } catch (x) {
      klaarmelding(map, FOUT, x instanceof Error ? (x.stack ?? x.message) : String(x));
      throw x;
    }
  } else {
    // The other worker compiles: wait for its word, as long as a test's hook may take at most.
    const tot = Date.now() + 300_000;
    while (!existsSync(join(map, KLAAR)) && !existsSync(join(map, FOUT))) {
      if (Date.now() > tot) throw new Error(`de gedeelde modules in ${map} kwamen niet klaar`);
      await new Promise((r) => setTimeout(r, 50));
    }
    if (existsSync(join(map, FOUT))) throw new Error(`compileren in de andere worker mislukte:\n${readFileSync(join(map, FOUT), 'utf8')}`);
  }
  const uit: GedeeldeModule[] = [];
  for (let i = 0; i < policies.length; i++) {
    uit.push({ ts: readFileSync(join(map, `m${i}.ts`), 'utf8'), dts: join(map, `m${i}.d.ts`), module: await import(pathToFileURL(join(map, `m${i}.js`)).href) });
  }
  return uit;
}

/** Written under another name and renamed, so a waiting worker never reads half of it. */
function klaarmelding(map: string, naam: string, inhoud: string): void {
  writeFileSync(join(map, `${naam}.tmp`), inhoud);
  renameSync(join(map, `${naam}.tmp`), join(map, naam));
}
