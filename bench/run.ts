// `npm run bench`: the compiled evaluators side by side with the reference interpreter, hand-written
// TypeScript and the rule engines a JavaScript developer would pick instead, in one Node process on
// the same seeded inputs. Every engine must first give the same answers as the interpreter on every
// input; then all engines of a rule are timed interleaved, round by round, in process CPU time
// (meten.ts), on a pool parsed from JSON text and shuffled (jsonPool). Then the scaling of the chain
// rule, property tests per second, the command line's start-up, and every performance target with
// met / not met. Prints the tables, writes bench/results.json and the README's tables from it.
// A benchmark, not a test: nothing here fails on a slow machine, only on a wrong answer.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { laadBestand, pakketMap } from '../compiler/node/modules.js';
import { snelleFuncties } from '../compiler/node/snel-eigenschappen.js';
import { snelleUitvoerCode } from '../compiler/codegen/snel-eigenschap.js';
import { evalueer } from '../compiler/interpreter/interpreter.js';
import type { Gecontroleerd } from '../language/checker.js';
import type { GecompileerdeModule } from '../runtime/runtime.js';
import type { Compileertijd } from './compileertijd.js';
import * as hand from './handgeschreven.js';
import { crisisInvoer, ketenInvoer, reeks, type CrisisInvoer, type CrisisUitvoer, type KetenInvoer, type KetenUitvoer } from './invoer.js';
import { laadKern } from './kern.js';
import { jsonPool, meetInterleaved, type Deelnemer, type Instellingen, type Uitvoering } from './meten.js';
import { kinderenCpu, meetCli } from './overig.js';
import { meetEigenschappen } from './eigenschappen.js';
import { controleerContract } from './contract.js';
import { jsonLogicEngine, jsonRulesEngine, zen } from './peers.js';
import { doelen, klokVan, metRatios, schrijfTabel, type Doel, type Regel, type Resultaat, type Rij, type Rol } from './rapport.js';
import { meetSchaal, schrijfSchaal } from './schaal.js';
import { meetDienst } from './dienst.js';
import { padKopieen } from './pad.js';
import { schrijfReadme } from './tabel.js';
import { meetBatch } from './batch.js';
import { bevolkingTabel, meetBevolking } from './bevolking.js';
import { meetPostgresBevolking, schrijfPostgresBevolking } from './bevolking-postgres.js';

const SEED = 20260301;
const PEILDATUM = '2026-03-01';
const OPTIES = { peildatum: PEILDATUM } as const;
/** BENCH_SNEL=1: a quick run with short runs, to check that the bench works (numbers are rough). */
const SNEL = process.env.BENCH_SNEL === '1';
const INSTELLINGEN: Instellingen = SNEL ? { rondes: 5, opwarmen: 1, doelMs: 15 } : { rondes: 15, opwarmen: 2, doelMs: 80 };
/** Cases per property for the property-test target, and spawns per command for the CLI targets. */
const EIGENSCHAP_RUNS = SNEL ? 200 : 1000;
const SPAWNS = SNEL ? 5 : 11;
const POOL = SNEL ? { crisis: 2000, keten: 1000 } : { crisis: 10000, keten: 5000 };
const ZEN_PARTJE = 1000;
/** Inputs (70 % mutated) on which the same-contract hand-written code must match `evalueer`. */
const CONTRACT_GEVALLEN = SNEL ? 2000 : 20000;

const ROOT = pakketMap();
/** Where the compiled modules of this run go (inside the package, so `@regelwerk/runtime` resolves). */
const UITMAP = join(ROOT, '.regelwerk-cache', `bench-${process.pid}`);
const CRISIS = 'crisisregeling-personeelsbehoud';
const KETEN = 'ketenbepaling';

/** An engine's answer on one input, for the check before timing. */
interface Antwoorder<T, A> {
  readonly engine: string;
  readonly antwoord: (x: T) => A | Promise<A>;
}

interface Kandidaat<T, A> extends Antwoorder<T, A> {
  readonly rol: Rol;
  /** What one case does in this engine. */
  readonly work: string;
  readonly uitvoering: Uitvoering<T>;
}

/** A reason to stop the bench: engines that disagree, or a policy that does not compile. */
class BenchFout extends Error {}

function fout(bericht: string): never {
  throw new BenchFout(bericht);
}

// ---- compile: time "compile all policies" in a fresh process, and keep its modules ----

function compileerAlles(): { tijd: Compileertijd; cliMs: number; cliCpuMs: number | null } {
  const kind = spawnSync(process.execPath, [join(import.meta.dirname, 'compileertijd.js'), UITMAP], { encoding: 'utf8' });
  if (kind.status !== 0) fout(`het compileren van de regelingen mislukte:\n${kind.stderr}`);
  const tijd = JSON.parse(kind.stdout) as Compileertijd;
  // The same through the command line, as a user runs it (Node start-up included).
  const cliUit = mkdtempSync(join(tmpdir(), 'regelwerk-bench-'));
  const bestanden = policyBestanden();
  const c0 = kinderenCpu();
  const t0 = performance.now();
  const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'regelwerk.js'), 'compile', ...bestanden, '--uit', cliUit], { cwd: ROOT, encoding: 'utf8' });
  const cliMs = performance.now() - t0;
  const c1 = kinderenCpu();
  rmSync(cliUit, { recursive: true, force: true });
  if (cli.status !== 0) fout(`regelwerk compile mislukte:\n${cli.stderr}`);
  return { tijd, cliMs, cliCpuMs: c0 === null || c1 === null ? null : (c1 - c0) * 1000 };
}

function policyBestanden(): string[] {
  return readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort().map((f) => `policies/${f}`);
}

async function laadModule<I, U>(naam: string): Promise<GecompileerdeModule<I, U>> {
  return (await import(pathToFileURL(join(UITMAP, `${naam}.js`)).href)) as GecompileerdeModule<I, U>;
}

function gecontroleerd(naam: string): Gecontroleerd {
  const r = laadBestand(join(ROOT, 'policies', `${naam}.regel`));
  if (!r.ok) fout(`policies/${naam}.regel bevat fouten`);
  return r.gecontroleerd;
}

// ---- the check: every engine gives the interpreter's answer on every input ----

async function controleer<T, A>(regel: string, pool: readonly T[], referentie: (x: T) => A, kandidaten: readonly Antwoorder<T, A>[]): Promise<void> {
  for (let k = 0; k < pool.length; k++) {
    const x = pool[k]!;
    const verwacht = referentie(x);
    for (const c of kandidaten) {
      let kreeg: A;
      try {
        kreeg = await c.antwoord(x);
      } catch (e) {
        fout(`${regel}: ${c.engine} faalt op invoer #${k}: ${(e as Error).message}\ninvoer: ${JSON.stringify(x)}`);
      }
      if (!isDeepStrictEqual(kreeg, verwacht)) {
        fout(
          `${regel}: ${c.engine} geeft een ander antwoord dan de interpreter op invoer #${k} (seed ${SEED});\n` +
            `er wordt niets gemeten zolang de engines het niet eens zijn.\n` +
            `invoer:      ${JSON.stringify(x)}\ninterpreter: ${JSON.stringify(verwacht)}\n${c.engine}: ${JSON.stringify(kreeg)}`,
        );
      }
    }
  }
  process.stdout.write(`  ${regel}: ${kandidaten.length} engines geven op alle ${pool.length} invoeren hetzelfde antwoord als de interpreter\n`);
}

/** One row of the table, ready to be timed. */
interface Meetbaar {
  readonly rol: Rol;
  readonly engine: string;
  readonly work: string;
  readonly uitvoering: Uitvoering<unknown>;
  readonly pool: readonly unknown[];
}

function meetbaar<T, A>(c: Kandidaat<T, A>, pool: readonly T[]): Meetbaar {
  return { rol: c.rol, engine: c.engine, work: c.work, uitvoering: c.uitvoering as Uitvoering<unknown>, pool };
}

/** All rows of one rule timed interleaved, round by round; ratios are medians of per-round ratios. */
async function meetAlle(regel: Regel, rijen: readonly Meetbaar[]): Promise<Rij[]> {
  const deelnemers: Deelnemer[] = rijen.map((r) => ({ naam: r.engine, uitvoering: r.uitvoering, pool: r.pool, klok: klokVan(r.rol) }));
  const metingen = await meetInterleaved(deelnemers, INSTELLINGEN, (ronde) => {
    if (ronde === INSTELLINGEN.rondes || ronde % 5 === 0) process.stdout.write(`  ${regel}: ronde ${ronde}/${INSTELLINGEN.rondes}\n`);
  });
  const uit = metRatios(rijen.map((r, k) => ({ rule: regel, role: r.rol, engine: r.engine, work: r.work, measurement: metingen[k]! })));
  for (const r of uit) {
    process.stdout.write(`  ${regel} · ${r.engine}: ${Math.round(r.measurement.casesPerSecond).toLocaleString('en-US')} cases/s, ${r.ratioToSameContractHand.toFixed(2)}× same-contract hand-written\n`);
  }
  return uit;
}

/** The diagnostic row (see kern.ts): checked like the others, or left out with a note. */
async function kernRij<T, A>(regel: string, naam: string, functie: string, work: string, pool: readonly T[], referentie: (x: T) => A): Promise<Meetbaar[]> {
  const kern = await laadKern<T, A>(UITMAP, naam, functie, pool, OPTIES);
  if (!kern) {
    process.stdout.write(`  ${regel}: geen interne functie '${functie}' in de gegenereerde code; de diagnostische rij vervalt\n`);
    return [];
  }
  // the exact path's rule function: the fast path is one function with the rules as locals, and
  // its decision alone is the row 'compiled decision-only entry (fast path)'
  const engine = `compiled rule code alone, exact path (diagnostic: internal \`${functie}\`)`;
  const paren = pool.map((x, k) => ({ x, c: kern.contexten[k]! }));
  await controleer(regel, paren, (p) => referentie(p.x), [{ engine, antwoord: (p) => kern.regel(p.c) }]);
  return [{ rol: 'compiled-kern', engine, work, uitvoering: { soort: 'sync', f: kern.regel as (x: unknown) => unknown }, pool: kern.contexten }];
}

/**
 * The rows of the decision path: `evalueer` of two copies of the module, with and without the
 * path's counters (see pad.ts), and `evalueerMetPad`, each checked against the interpreter.
 */
async function padRijen<I, U, A>(naam: string, m: GecompileerdeModule<I, U>, kies: (u: U) => A, work: string): Promise<Kandidaat<I, A>[]> {
  const kopieen = await padKopieen<I, U>(UITMAP, naam);
  const rijen: Kandidaat<I, A>[] = [];
  if (kopieen) {
    for (const [rol, engine, k] of [['compiled-met-pad', 'compiled `evalueer`, a copy of the module (with the decision-path counters)', kopieen.met], ['compiled-zonder-pad', 'compiled `evalueer`, the same copy without the counters (the code before them)', kopieen.zonder]] as const) {
      const f = (x: I): A => kies(k.evalueer(x, OPTIES));
      rijen.push({ rol, engine, work, uitvoering: { soort: 'sync', f }, antwoord: f });
    }
  }
  const metPad = (x: I): A => kies(m.evalueerMetPad(x, OPTIES).uitvoer);
  rijen.push({ rol: 'compiled-pad', engine: 'compiled `evalueerMetPad`', work: `${work}, plus the decision path`, uitvoering: { soort: 'sync', f: metPad }, antwoord: metPad });
  return rijen;
}

/** The row of the fast generated evaluator: `evalueerSnel ?? evalueer`. */
function snelRij<I, U, A>(m: GecompileerdeModule<I, U>, kies: (u: U) => A, work: string): Kandidaat<I, A>[] {
  const f = (x: I): A => kies(m.evalueerSnel(x, OPTIES) ?? m.evalueer(x, OPTIES));
  return [{ rol: 'compiled-snel', engine: 'compiled `evalueerSnel` (fast core, falls back to `evalueer`)', work, uitvoering: { soort: 'sync', f }, antwoord: f }];
}

// ---- the two rules ----

/**
 * The decision alone on the fast path, and the same generated validation without a decision (for
 * json-logic-engine): fast functions of the policy (compiler/codegen/snel-eigenschap.ts), each
 * falling back to the module's `evalueer` where the fast path does not handle an input.
 */
function besluitEnValidatie<I, U>(g: Gecontroleerd, m: GecompileerdeModule<I, U>, uitvoer: keyof U & string): { besluit: (x: I) => unknown; valideer: (x: I) => void } {
  const [besluit, valideer] = snelleFuncties([snelleUitvoerCode(g, [uitvoer]), snelleUitvoerCode(g, [])]);
  if (!besluit || !valideer) fout(`${g.naam}: geen snelle functie voor '${uitvoer}' of voor de validatie`);
  return {
    besluit: (x) => {
      const r = besluit(x, OPTIES);
      return r === undefined ? m.evalueer(x, OPTIES)[uitvoer] : r[0];
    },
    valideer: (x) => {
      if (valideer(x, OPTIES) === undefined) m.evalueer(x, OPTIES);
    },
  };
}

/** Share of a pool the fast path answers itself. */
function snelAandeel<I>(m: GecompileerdeModule<I, unknown>, pool: readonly I[]): number {
  return pool.filter((x) => m.evalueerSnel(x, OPTIES) !== undefined).length / pool.length;
}

async function crisisregeling(): Promise<{ rijen: Rij[]; aandeelAanspraak: number; snelExport: boolean; snelAandeel: number }> {
  const m = await laadModule<CrisisInvoer, CrisisUitvoer>(CRISIS);
  const g = gecontroleerd(CRISIS);
  const pool = jsonPool(reeks(SEED, POOL.crisis, crisisInvoer), SEED + 2);
  const interpreter = (x: CrisisInvoer): CrisisUitvoer => evalueer(g, x, OPTIES).uitvoer as unknown as CrisisUitvoer;
  const jre = jsonRulesEngine();
  const z = zen();
  const jle = jsonLogicEngine();
  const { besluit, valideer } = besluitEnValidatie(g, m, 'aanspraak');
  const jleGevalideerd = (x: CrisisInvoer): boolean => {
    valideer(x);
    return jle(x);
  };
  const besluitJa = (x: CrisisInvoer): boolean => besluit(x) === true;

  // First the full outputs of the engines that give them, then the decision of all.
  await controleer('crisisregeling (alle uitvoer)', pool, interpreter, [
    { engine: 'compiled evalueer', antwoord: (x) => m.evalueer(x, OPTIES) },
    { engine: 'compiled evalueerMetUitleg', antwoord: (x) => m.evalueerMetUitleg(x, OPTIES).uitvoer },
    { engine: 'hand-written, validated', antwoord: (x) => hand.crisisregelingGevalideerd(x, PEILDATUM) },
  ]);

  const kandidaten: Kandidaat<CrisisInvoer, boolean>[] = [
    { rol: 'hand', engine: 'hand-written TypeScript', work: 'the decision only, trusted input', uitvoering: { soort: 'sync', f: hand.aanspraak }, antwoord: hand.aanspraak },
    {
      rol: 'hand-gevalideerd',
      engine: 'hand-written TypeScript, validated',
      work: 'validate JSON, all 5 outputs, exact cents',
      uitvoering: { soort: 'sync', f: (x) => hand.crisisregelingGevalideerd(x, PEILDATUM).aanspraak },
      antwoord: (x) => hand.crisisregelingGevalideerd(x, PEILDATUM).aanspraak,
    },
    {
      rol: 'compiled',
      engine: 'compiled `evalueer`',
      work: 'validate JSON, all 5 outputs, exact cents',
      uitvoering: { soort: 'sync', f: (x) => m.evalueer(x, OPTIES).aanspraak },
      antwoord: (x) => m.evalueer(x, OPTIES).aanspraak,
    },
    ...snelRij(m, (u) => u.aanspraak, 'validate JSON, all 5 outputs, exact cents'),
    ...(await padRijen(CRISIS, m, (u) => u.aanspraak, 'validate JSON, all 5 outputs, exact cents')),
    {
      rol: 'compiled-uitleg',
      engine: 'compiled `evalueerMetUitleg`',
      work: 'as `evalueer`, plus the explanation tree',
      uitvoering: { soort: 'sync', f: (x) => m.evalueerMetUitleg(x, OPTIES).uitvoer.aanspraak },
      antwoord: (x) => m.evalueerMetUitleg(x, OPTIES).uitvoer.aanspraak,
    },
    {
      rol: 'interpreter',
      engine: 'reference interpreter',
      work: 'as `evalueerMetUitleg` (it always explains)',
      uitvoering: { soort: 'sync', f: (x) => interpreter(x).aanspraak },
      antwoord: (x) => interpreter(x).aanspraak,
    },
    { rol: 'json-rules-engine', engine: 'json-rules-engine, awaited one by one', work: 'the decision only', uitvoering: { soort: 'async', f: jre }, antwoord: jre },
    { rol: 'zen-een', engine: '@gorules/zen-engine, awaited one by one', work: 'the decision only (decision table)', uitvoering: { soort: 'async', f: z.een }, antwoord: z.een },
    {
      rol: 'zen-batch',
      engine: `@gorules/zen-engine, batched (${ZEN_PARTJE.toLocaleString('en-US')} in flight)`,
      work: 'the decision only (decision table)',
      uitvoering: { soort: 'batch', f: z.veel, grootte: ZEN_PARTJE },
      antwoord: z.een,
    },
    { rol: 'json-logic-engine', engine: 'json-logic-engine, compiled (`build`)', work: 'the decision only, trusted input', uitvoering: { soort: 'sync', f: jle }, antwoord: jle },
    {
      rol: 'compiled-besluit',
      engine: 'compiled decision-only entry (fast path)',
      work: 'validate JSON (generated), the decision only',
      uitvoering: { soort: 'sync', f: besluitJa },
      antwoord: besluitJa,
    },
    {
      rol: 'json-logic-engine-gevalideerd',
      engine: 'json-logic-engine `build`, same validation',
      work: 'validate JSON (the same generated code), the decision only',
      uitvoering: { soort: 'sync', f: jleGevalideerd },
      antwoord: jleGevalideerd,
    },
  ];
  await controleer('crisisregeling (aanspraak)', pool, (x) => interpreter(x).aanspraak, kandidaten);
  const kern = await kernRij('crisisregeling (kern)', CRISIS, 'r$aanspraak', 'the rule `aanspraak` only, on decoded input', pool, (x) => interpreter(x).aanspraak);
  const [handRij, handGevalideerd, compiled, ...rest] = kandidaten.map((c) => meetbaar(c, pool));
  const rijen = await meetAlle('crisisregeling: aanspraak', [handRij!, handGevalideerd!, compiled!, ...kern, ...rest]);
  // After the timing: its inputs are 70 % broken, and run first they would warm the JIT on error paths.
  const nc = controleerContract('crisisregeling', reeks(SEED + 4, CONTRACT_GEVALLEN, crisisInvoer), SEED + 5, hand.crisisregelingGevalideerd, (x, peildatum) => m.evalueer(x as CrisisInvoer, { peildatum }), fout);
  process.stdout.write(`  crisisregeling: handgeschreven met hetzelfde contract = evalueer (uitvoer of fout) op ${nc} invoeren, 70 % gemuteerd\n`);
  z.sluit();
  return { rijen, aandeelAanspraak: pool.filter(hand.aanspraak).length / pool.length, snelExport: typeof m.evalueerSnel === 'function', snelAandeel: snelAandeel(m, pool) };
}

async function ketenbepaling(): Promise<{ rijen: Rij[]; aandeelOnbepaald: number; snelAandeel: number }> {
  const m = await laadModule<KetenInvoer, KetenUitvoer>(KETEN);
  const g = gecontroleerd(KETEN);
  const pool = jsonPool(reeks(SEED + 1, POOL.keten, ketenInvoer), SEED + 3);
  const interpreter = (x: KetenInvoer): KetenUitvoer => evalueer(g, x, OPTIES).uitvoer as unknown as KetenUitvoer;
  const kandidaten: Kandidaat<KetenInvoer, KetenUitvoer>[] = [
    { rol: 'hand', engine: 'hand-written TypeScript', work: 'all 4 outputs, trusted input', uitvoering: { soort: 'sync', f: hand.ketenbepaling }, antwoord: hand.ketenbepaling },
    {
      rol: 'hand-gevalideerd',
      engine: 'hand-written TypeScript, validated',
      work: 'validate JSON, all 4 outputs',
      uitvoering: { soort: 'sync', f: (x) => hand.ketenbepalingGevalideerd(x, PEILDATUM) },
      antwoord: (x) => hand.ketenbepalingGevalideerd(x, PEILDATUM),
    },
    { rol: 'compiled', engine: 'compiled `evalueer`', work: 'validate JSON, all 4 outputs', uitvoering: { soort: 'sync', f: (x) => m.evalueer(x, OPTIES) }, antwoord: (x) => m.evalueer(x, OPTIES) },
    ...snelRij(m, (u) => u, 'validate JSON, all 4 outputs'),
    ...(await padRijen(KETEN, m, (u) => u, 'validate JSON, all 4 outputs')),
    {
      rol: 'compiled-uitleg',
      engine: 'compiled `evalueerMetUitleg`',
      work: 'as `evalueer`, plus the explanation tree',
      uitvoering: { soort: 'sync', f: (x) => m.evalueerMetUitleg(x, OPTIES) },
      antwoord: (x) => m.evalueerMetUitleg(x, OPTIES).uitvoer,
    },
    { rol: 'interpreter', engine: 'reference interpreter', work: 'as `evalueerMetUitleg` (it always explains)', uitvoering: { soort: 'sync', f: interpreter }, antwoord: interpreter },
  ];
  await controleer('ketenbepaling (alle uitvoer)', pool, interpreter, kandidaten);
  const kern = await kernRij('ketenbepaling (kern)', KETEN, 'uitvoer', 'all 4 outputs, on decoded input', pool, interpreter);
  const [handRij, handGevalideerd, compiled, ...rest] = kandidaten.map((c) => meetbaar(c, pool));
  const rijen = await meetAlle('ketenbepaling', [handRij!, handGevalideerd!, compiled!, ...kern, ...rest]);
  // After the timing, as above.
  const nc = controleerContract('ketenbepaling', reeks(SEED + 6, CONTRACT_GEVALLEN, ketenInvoer), SEED + 7, hand.ketenbepalingGevalideerd, (x, peildatum) => m.evalueer(x as KetenInvoer, { peildatum }), fout);
  process.stdout.write(`  ketenbepaling: handgeschreven met hetzelfde contract = evalueer (uitvoer of fout) op ${nc} invoeren, 70 % gemuteerd\n`);
  return { rijen, aandeelOnbepaald: pool.filter((x) => hand.ketenbepaling(x).onbepaaldeTijd).length / pool.length, snelAandeel: snelAandeel(m, pool) };
}

// ---- main ----

function machine(): Record<string, string | number> {
  return {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'onbekend',
    cores: cpus().length,
    platform: `${platform()} ${arch()} ${release()}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
}

/** The load averages (1, 5, 15 minutes): other work on the machine slows every engine down unevenly. */
function belasting(): number[] {
  return loadavg().map((x) => Math.round(x * 100) / 100);
}

async function main(): Promise<void> {
  const belastingVoor = belasting();
  try {
    process.stdout.write(`regelwerk bench${SNEL ? ' (BENCH_SNEL: korte runs, ruwe getallen)' : ''}: seed ${SEED}, peildatum ${PEILDATUM}, ` +
      `${INSTELLINGEN.rondes} rondes, per ronde ~${INSTELLINGEN.doelMs} ms CPU per engine, afwisselend; belasting ${belastingVoor.join(' / ')}\n`);
    process.stdout.write('compileren (verse processen)...\n');
    const compileren = compileerAlles();
    process.stdout.write('controle en meting...\n');
    const crisis = await crisisregeling();
    const keten = await ketenbepaling();
    const rijen = [...crisis.rijen, ...keten.rijen];
    process.stdout.write('schaal van de ketenbepaling...\n');
    const schaal = meetSchaal(gecontroleerd(KETEN), await laadModule(KETEN), PEILDATUM, SNEL ? [10, 1000, 100_000] : [10, 1000, 100_000, 1_000_000], SNEL ? 200 : 1500, fout);
    process.stdout.write('eigenschappen van de crisisregeling...\n');
    const eigenschappen = meetEigenschappen(join(ROOT, 'policies', `${CRISIS}.regel`), gecontroleerd(CRISIS), PEILDATUM, EIGENSCHAP_RUNS, SEED);
    process.stdout.write(`  ${Math.round(eigenschappen.casesPerSecond).toLocaleString('en-US')} gevallen/s op het snelle pad, ${Math.round(eigenschappen.interpreterCasesPerSecond).toLocaleString('en-US')} met alleen de interpreter\n`);
    process.stdout.write('opdrachtregel (--help, run uit de cache)...\n');
    const cli = meetCli(ROOT, SPAWNS, PEILDATUM);
    const batchGevallen = SNEL ? 100_000 : 1_000_000;
    process.stdout.write(`regelwerk run op ${batchGevallen.toLocaleString('nl-NL')} gevallen (NDJSON en een JSON-lijst, bestand en stdin)...\n`);
    const batch = meetBatch(ROOT, await laadModule(CRISIS), batchGevallen, SEED + 9, PEILDATUM, fout);
    process.stdout.write('beslisdienst (regelwerk serve, HTTP op 127.0.0.1)...\n');
    const service = await meetDienst(ROOT, KETEN, await laadModule(KETEN), reeks(SEED + 8, SNEL ? 500 : 2000, ketenInvoer), PEILDATUM, SNEL ? 2 : 5, fout);
    // populations: `regelwerk bevolking` as a user runs it, and the SQL on PostgreSQL (BENCH_BEVOLKING=1000000 for one size)
    const groottes = (process.env.BENCH_BEVOLKING ?? (SNEL ? '100000' : '1000000,10000000')).split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
    process.stdout.write(`populaties (regelwerk bevolking, ${groottes.map((n) => n.toLocaleString('nl-NL')).join(' en ')} gevallen)...\n`);
    const populations = await meetBevolking(groottes, (x) => process.stdout.write(`  ${x}\n`));
    process.stdout.write('populaties op PostgreSQL (de SQL van regelwerk sql)...\n');
    const populationsPostgres = await meetPostgresBevolking({ groottes, herhaal: SNEL ? 1 : 3, policies: ['minimumjeugdloon', 'ww-premie'], log: (x) => process.stdout.write(`  ${x}\n`), fout });
    const compile = { ...compileren.tijd, cliWallMs: compileren.cliMs, cliCpuMs: compileren.cliCpuMs };
    const fastPathShare = { crisis: crisis.snelAandeel, keten: keten.snelAandeel };
    const behaald: Doel[] = doelen({ rijen, snelExport: crisis.snelExport, fastPathShare, compile, properties: eigenschappen, cli, scaling: schaal, batch });
    behaald.push(...populations.doelen);
    const resultaat: Resultaat & Record<string, unknown> = {
      date: new Date().toISOString().slice(0, 10),
      machine: machine(),
      loadAverage: { start: belastingVoor, end: belasting() },
      settings: { seed: SEED, peildatum: PEILDATUM, timing: 'our engines in process CPU time, the peers in wall time (ZEN runs native worker threads); engines interleaved per round, medians of per-round ratios on the clock of the row', ...INSTELLINGEN, pool: POOL, poolOrder: 'JSON.parse per case, promoted by two full GCs, then shuffled (seeded Fisher-Yates)', propertyRuns: EIGENSCHAP_RUNS, spawns: SPAWNS, quick: SNEL },
      inputs: { crisisShareWithAanspraak: crisis.aandeelAanspraak, ketenShareOnbepaaldeTijd: keten.aandeelOnbepaald },
      fastPathShare,
      compile,
      results: rijen,
      properties: eigenschappen,
      cli,
      batch,
      service,
      scaling: schaal,
      populations,
      populationsPostgres,
      targets: behaald,
    };
    process.stdout.write(`\n${schrijfTabel(resultaat)}\n\n${schrijfSchaal(schaal)}\n\n${bevolkingTabel(populations)}\n\n${schrijfPostgresBevolking(populationsPostgres)}\n`);
    if (SNEL) {
      process.stdout.write('\nBENCH_SNEL: bench/results.json niet bijgewerkt\n');
    } else {
      writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(resultaat, null, 2)}\n`);
      schrijfReadme(ROOT);
      process.stdout.write('\ngeschreven: bench/results.json, en de tabellen in README.md daaruit (bench/tabel.ts)\n');
    }
  } catch (x) {
    if (!(x instanceof BenchFout)) throw x;
    process.stderr.write(`\nbench: ${x.message}\n`);
    process.exitCode = 1;
  } finally {
    rmSync(UITMAP, { recursive: true, force: true });
  }
}

await main();
