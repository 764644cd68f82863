// The bench's report: the table (cases per second and the ratio to hand-written code, per rule),
// the compile times, and the targets, each met or missed with the measured value.
import type { Compileertijd } from './compileertijd.js';
import type { Meting } from './meten.js';

export type Rol =
  | 'hand'
  | 'hand-gevalideerd'
  | 'compiled'
  | 'compiled-kern'
  | 'compiled-uitleg'
  | 'interpreter'
  | 'json-rules-engine'
  | 'zen-een'
  | 'zen-batch'
  | 'json-logic-engine';

export interface Rij {
  readonly rule: 'crisisregeling: aanspraak' | 'ketenbepaling';
  readonly role: Rol;
  readonly engine: string;
  /** What one case does in this engine. */
  readonly work: string;
  readonly measurement: Meting;
}

export interface Doel {
  readonly target: string;
  readonly met: boolean;
  readonly measured: string;
}

export interface Resultaat {
  readonly date: string;
  readonly machine: Readonly<Record<string, string | number>>;
  /** 1-minute load average at the start and the end of the run. */
  readonly loadAverage: { readonly start: number; readonly end: number };
  readonly compile: Compileertijd & { readonly cliWallMs: number };
  readonly results: readonly Rij[];
  readonly targets: readonly Doel[];
}

function snelheid(rijen: readonly Rij[], regel: Rij['rule'], rol: Rol): number {
  const r = rijen.find((x) => x.rule === regel && x.role === rol);
  if (!r) throw new Error(`bench: geen meting voor ${regel} / ${rol}`);
  return r.measurement.casesPerSecond;
}

/** How many times slower than the hand-written code of the same rule (1.00× is as fast). */
export function verhouding(rijen: readonly Rij[], r: Rij): number {
  return snelheid(rijen, r.rule, 'hand') / r.measurement.casesPerSecond;
}

export function factor(x: number): string {
  if (x >= 100) return `${Math.round(x).toLocaleString('en-US')}×`;
  if (x >= 10) return `${x.toFixed(1)}×`;
  return `${x.toFixed(2)}×`;
}

function aantal(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

function ms(x: number): string {
  return `${(x / 1000).toFixed(2)} s`;
}

export function doelen(rijen: readonly Rij[], tijd: Compileertijd, cliMs: number): Doel[] {
  const uit: Doel[] = [];
  for (const regel of ['crisisregeling: aanspraak', 'ketenbepaling'] as const) {
    const c = snelheid(rijen, regel, 'compiled');
    const r = snelheid(rijen, regel, 'hand') / c;
    const v = snelheid(rijen, regel, 'hand-gevalideerd') / c;
    uit.push({
      target: `${regel}: compiled \`evalueer\` within 1.5× of hand-written`,
      met: r <= 1.5,
      measured: `${factor(r)} of the bare hand-written rule; ${factor(v)} of hand-written code with the same contract (validated JSON in, every output out)`,
    });
  }
  const regel = 'crisisregeling: aanspraak';
  const c = snelheid(rijen, regel, 'compiled');
  const jre = c / snelheid(rijen, regel, 'json-rules-engine');
  uit.push({ target: 'compiled `evalueer` at least 1,000× faster than json-rules-engine', met: jre >= 1000, measured: `${factor(jre)} faster` });
  const zenEen = c / snelheid(rijen, regel, 'zen-een');
  const zenBatch = c / snelheid(rijen, regel, 'zen-batch');
  const zen = Math.min(zenEen, zenBatch);
  uit.push({
    target: 'compiled `evalueer` at least 1,000× faster than @gorules/zen-engine',
    met: zen >= 1000,
    measured: `${factor(zenEen)} faster than one by one, ${factor(zenBatch)} faster than batched`,
  });
  const jle = c / snelheid(rijen, regel, 'json-logic-engine');
  uit.push({
    target: "compiled `evalueer` faster than json-logic-engine's compiled mode",
    met: jle > 1,
    measured: jle >= 1 ? `${factor(jle)} faster` : `${factor(1 / jle)} slower`,
  });
  uit.push({
    target: `compiling all ${tijd.policies} policies, type check included, under 2 seconds`,
    met: tijd.coldProcessMs < 2000 && cliMs < 2000,
    measured: `${ms(tijd.coldProcessMs)} in a fresh process; \`regelwerk compile policies/*.regel\` ${ms(cliMs)} wall clock; warm ${ms(tijd.compileWarmMs)}`,
  });
  return uit;
}

/** The table as Markdown (it goes into the README as printed). */
export function schrijfTabel(r: Resultaat): string {
  const regels: string[] = [];
  regels.push(
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, ${r.machine.platform}; ` +
      `${r.date}; load average ${r.loadAverage.start} at the start, ${r.loadAverage.end} at the end`,
  );
  regels.push('');
  regels.push('| rule | engine | work per case | cases/s | ratio to hand-written |');
  regels.push('|---|---|---|---:|---:|');
  for (const x of r.results) {
    regels.push(`| ${x.rule} | ${x.engine} | ${x.work} | ${aantal(x.measurement.casesPerSecond)} | ${factor(verhouding(r.results, x))} |`);
  }
  const t = r.compile;
  regels.push('');
  regels.push(`| compile all ${t.policies} policies | time |`);
  regels.push('|---|---:|');
  regels.push(`| fresh process: Node start, load and check, generate, prettier, type check, emit | ${ms(t.coldProcessMs)} |`);
  regels.push(`| … of which load and check (parse, names, types) | ${ms(t.loadAndCheckMs)} |`);
  regels.push(`| … of which the first \`compileer\` (loads ts-morph and prettier) | ${ms(t.compileColdMs)} |`);
  regels.push(`| warm \`compileer\` in the same process | ${ms(t.compileWarmMs)} |`);
  regels.push(`| … code generation / prettier / type check and emit | ${ms(t.codegenWarmMs)} / ${ms(t.prettierWarmMs)} / ${ms(t.typecheckAndEmitWarmMs)} |`);
  regels.push(`| \`regelwerk compile policies/*.regel --uit <dir>\`, wall clock | ${ms(t.cliWallMs)} |`);
  regels.push(`| for comparison: emit the generated code without a type check (\`ts.transpileModule\`, warm) | ${ms(t.transpileOnlyWarmMs)} |`);
  regels.push('');
  regels.push('| target | met | measured |');
  regels.push('|---|---|---|');
  for (const d of r.targets) regels.push(`| ${d.target} | ${d.met ? 'yes' : '**no**'} | ${d.measured} |`);
  return regels.join('\n');
}
