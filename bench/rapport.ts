// The bench's report: the table (cases per CPU second, and the median of per-round ratios to the
// two hand-written baselines), the compile times, the scaling of the chain rule, and every
// performance target with met / not met and the measured figure.
import type { Compileertijd } from './compileertijd.js';
import { mediaanVerhouding, type Meting } from './meten.js';
import type { CliMeting, EigenschapMeting } from './overig.js';
import { FLAT_GRENS, type SchaalRij } from './schaal.js';
import type { DienstMeting } from './dienst.js';

export type Rol =
  | 'hand'
  | 'hand-gevalideerd'
  | 'compiled'
  | 'compiled-snel'
  | 'compiled-kern'
  | 'compiled-uitleg'
  | 'compiled-met-pad'
  | 'compiled-zonder-pad'
  | 'compiled-pad'
  | 'interpreter'
  | 'json-rules-engine'
  | 'zen-een'
  | 'zen-batch'
  | 'json-logic-engine';

export type Regel = 'crisisregeling: aanspraak' | 'ketenbepaling';

export interface Rij {
  readonly rule: Regel;
  readonly role: Rol;
  readonly engine: string;
  /** What one case does in this engine. */
  readonly work: string;
  readonly measurement: Meting;
  /** Median over rounds of (time per case / time per case of the bare hand-written rule). */
  readonly ratioToBareHand: number;
  /** Median over rounds of (time per case / time per case of same-contract hand-written code). */
  readonly ratioToSameContractHand: number;
}

export interface Doel {
  readonly target: string;
  readonly met: boolean;
  readonly measured: string;
}

export interface Resultaat {
  readonly date: string;
  readonly machine: Readonly<Record<string, string | number>>;
  /** Load average (1, 5, 15 minutes) at the start and the end of the run. */
  readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
  readonly settings: Readonly<Record<string, unknown>>;
  readonly compile: Compileertijd & { readonly cliWallMs: number; readonly cliCpuMs: number | null };
  readonly results: readonly Rij[];
  readonly properties: EigenschapMeting;
  readonly cli: CliMeting;
  readonly service?: DienstMeting;
  readonly scaling: readonly SchaalRij[];
  readonly targets: readonly Doel[];
}

export function metRatios(rijen: readonly Omit<Rij, 'ratioToBareHand' | 'ratioToSameContractHand'>[]): Rij[] {
  return rijen.map((r) => {
    const basis = (rol: Rol): Meting => {
      const b = rijen.find((x) => x.rule === r.rule && x.role === rol);
      if (!b) throw new Error(`bench: geen meting voor ${r.rule} / ${rol}`);
      return b.measurement;
    };
    return { ...r, ratioToBareHand: mediaanVerhouding(r.measurement, basis('hand')), ratioToSameContractHand: mediaanVerhouding(r.measurement, basis('hand-gevalideerd')) };
  });
}

function rij(rijen: readonly Rij[], regel: Regel, rol: Rol): Rij | undefined {
  return rijen.find((x) => x.rule === regel && x.role === rol);
}

function moet(rijen: readonly Rij[], regel: Regel, rol: Rol): Rij {
  const r = rij(rijen, regel, rol);
  if (!r) throw new Error(`bench: geen meting voor ${regel} / ${rol}`);
  return r;
}

/** Median over rounds of time(a) / time(b): how many times faster b is than a. */
function sneller(rijen: readonly Rij[], regel: Regel, a: Rol, b: Rol): number {
  return mediaanVerhouding(moet(rijen, regel, a).measurement, moet(rijen, regel, b).measurement);
}

export function factor(x: number): string {
  if (x >= 100) return `${Math.round(x).toLocaleString('en-US')}×`;
  if (x >= 10) return `${x.toFixed(1)}×`;
  return `${x.toFixed(2)}×`;
}

function aantal(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

function sec(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function msTekst(ms: number | null): string {
  return ms === null ? 'n/a' : `${Math.round(ms)} ms`;
}

export interface DoelInvoer {
  readonly rijen: readonly Rij[];
  readonly snelExport: boolean;
  readonly compile: Resultaat['compile'];
  readonly properties: EigenschapMeting;
  readonly cli: CliMeting;
  readonly service?: DienstMeting;
  readonly scaling: readonly SchaalRij[];
}

export function doelen(d: DoelInvoer): Doel[] {
  const { rijen } = d;
  const uit: Doel[] = [];
  for (const regel of ['crisisregeling: aanspraak', 'ketenbepaling'] as const) {
    const c = moet(rijen, regel, 'compiled');
    uit.push({
      target: `${regel}: compiled \`evalueer\` ≤ 1.0× same-contract hand-written code`,
      met: c.ratioToSameContractHand <= 1.0,
      measured: `${factor(c.ratioToSameContractHand)} (median of per-round CPU-time ratios)`,
    });
  }
  const kernRol: Rol = d.snelExport ? 'compiled-snel' : 'compiled';
  const kernNaam = d.snelExport ? '`evalueerSnel`' : 'no fast core exported yet; measured: compiled `evalueer`';
  for (const regel of ['crisisregeling: aanspraak', 'ketenbepaling'] as const) {
    const k = moet(rijen, regel, kernRol);
    uit.push({
      target: `${regel}: fast core ≤ 2× the bare hand-written rule, shuffled JSON.parse pool`,
      met: d.snelExport && k.ratioToBareHand <= 2,
      measured: `${factor(k.ratioToBareHand)} (${kernNaam})`,
    });
  }
  for (const regel of ['crisisregeling: aanspraak', 'ketenbepaling'] as const) {
    if (!rij(rijen, regel, 'compiled-zonder-pad')) continue;
    // time(evalueer) / time(evalueer without the counters), on two copies of the module: the counters' cost, in one run
    const kosten = sneller(rijen, regel, 'compiled-met-pad', 'compiled-zonder-pad');
    const metPad = sneller(rijen, regel, 'compiled-pad', 'compiled');
    uit.push({
      target: `${regel}: the decision path's counters cost \`evalueer\` nothing (≤ 1.05× the same code without them)`,
      met: kosten <= 1.05,
      measured: `${factor(kosten)}; \`evalueerMetPad\` ${factor(metPad)} the time of \`evalueer\``,
    });
  }
  const regel = 'crisisregeling: aanspraak';
  const jle = sneller(rijen, regel, 'json-logic-engine', 'compiled');
  uit.push({
    target: 'crisisregeling: compiled `evalueer` (validation and all outputs) ahead of json-logic-engine `build` (decision only)',
    met: jle > 1,
    measured: jle >= 1 ? `${factor(jle)} faster` : `${factor(1 / jle)} slower`,
  });
  const jre = sneller(rijen, regel, 'json-rules-engine', 'compiled');
  uit.push({ target: 'compiled `evalueer` ≥ 1,000× json-rules-engine (awaited)', met: jre >= 1000, measured: `${factor(jre)} faster` });
  const zen = sneller(rijen, regel, 'zen-een', 'compiled');
  const zenBatch = sneller(rijen, regel, 'zen-batch', 'compiled');
  uit.push({
    target: 'compiled `evalueer` ≥ 1,000× @gorules/zen-engine (awaited one by one)',
    met: zen >= 1000,
    measured: `${factor(zen)} faster (batched with 1,000 in flight: ${factor(zenBatch)})`,
  });
  const compiled = d.scaling.filter((s) => s.engine === 'compiled');
  const grootste = compiled.reduce((a, b) => (b.contracts > a.contracts ? b : a), compiled[0]!);
  const volledig = grootste.contracts >= 1_000_000;
  uit.push({
    target: `ketenbepaling: compiled time per contract flat from 10 to 1,000,000 contracts (1,000,000 / 1,000 ≤ ${FLAT_GRENS}×)`,
    met: volledig && grootste.ratioTo1000 <= FLAT_GRENS,
    measured: `${grootste.ratioTo1000.toFixed(2)}× at ${grootste.contracts.toLocaleString('en-US')}${volledig ? '' : ' (quick mode: 1,000,000 not measured)'}; at 10: ${(compiled.find((s) => s.contracts === 10)?.ratioTo1000 ?? NaN).toFixed(2)}×`,
  });
  const p = d.properties;
  uit.push({
    target: 'crisisregeling: property tests (`toetsEigenschappen`) ≥ 20,000 cases/s',
    met: p.casesPerSecond >= 20000,
    measured: `${aantal(p.casesPerSecond)} cases/s (${aantal(p.cases)} cases over ${p.properties} properties in ${p.cpuSeconds.toFixed(2)} s CPU${p.allPassed ? '' : '; NOT all passed'})`,
  });
  const h = d.cli.help;
  uit.push({
    target: '`regelwerk --help` < 150 ms wall',
    met: h.medianWallMs < 150,
    measured: `${msTekst(h.medianWallMs)} wall, ${msTekst(h.medianCpuMs)} CPU (median of ${h.spawns} spawns)`,
  });
  const r = d.cli.run;
  uit.push({
    target: 'cached `regelwerk run` of one case < 300 ms wall',
    met: r.medianWallMs < 300,
    measured: `${msTekst(r.medianWallMs)} wall, ${msTekst(r.medianCpuMs)} CPU (median of ${r.spawns} spawns, cache warmed first)`,
  });
  for (const [beleid, m] of [['uniek', d.cli.tabelUniek], ['eerste', d.cli.tabelEerste]] as const) {
    uit.push({
      target: `\`regelwerk check\` of a 3,000-row \`tabel ${beleid}\` < 1 s wall (with the analysis)`,
      met: m.medianWallMs < 1000,
      measured: `${msTekst(m.medianWallMs)} wall, ${msTekst(m.medianCpuMs)} CPU (median of ${m.spawns} spawns)`,
    });
  }
  const t = d.compile;
  uit.push({
    target: `compile all ${t.policies} policies < 1.5 s cold`,
    met: t.cliWallMs < 1500,
    measured: `\`regelwerk compile policies/*.regel\` ${sec(t.cliWallMs)} wall, ${t.cliCpuMs === null ? 'n/a' : sec(t.cliCpuMs)} CPU; in-process from Node start ${sec(t.coldProcessMs)} wall`,
  });
  return uit;
}

/** The tables as Markdown (they go into the README as printed). */
export function schrijfTabel(r: Resultaat): string {
  const regels: string[] = [];
  const la = (x: readonly number[]): string => x.map((v) => v.toFixed(2)).join(' / ');
  regels.push(
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, ${r.machine.platform}; ` +
      `${r.date}; load average (1 / 5 / 15 min) ${la(r.loadAverage.start)} at the start, ${la(r.loadAverage.end)} at the end`,
  );
  regels.push('');
  regels.push('| rule | engine | work per case | cases/s (CPU) | × bare hand-written | × same-contract hand-written |');
  regels.push('|---|---|---|---:|---:|---:|');
  for (const x of r.results) {
    regels.push(`| ${x.rule} | ${x.engine} | ${x.work} | ${aantal(x.measurement.casesPerSecond)} | ${factor(x.ratioToBareHand)} | ${factor(x.ratioToSameContractHand)} |`);
  }
  const t = r.compile;
  regels.push('');
  regels.push(`| compile all ${t.policies} policies | time |`);
  regels.push('|---|---:|');
  regels.push(`| \`regelwerk compile policies/*.regel --uit <dir>\`, wall clock (CPU) | ${sec(t.cliWallMs)} (${t.cliCpuMs === null ? 'n/a' : sec(t.cliCpuMs)}) |`);
  regels.push(`| fresh process: Node start, load and check, generate, prettier, type check, emit (wall) | ${sec(t.coldProcessMs)} |`);
  regels.push(`| … of which load and check (parse, names, types) | ${sec(t.loadAndCheckMs)} |`);
  regels.push(`| … of which the first \`compileer\` (loads ts-morph and prettier) | ${sec(t.compileColdMs)} |`);
  regels.push(`| warm \`compileer\` in the same process | ${sec(t.compileWarmMs)} |`);
  regels.push(`| … code generation / prettier / type check and emit | ${sec(t.codegenWarmMs)} / ${sec(t.prettierWarmMs)} / ${sec(t.typecheckAndEmitWarmMs)} |`);
  regels.push(`| for comparison: emit the generated code without a type check (\`ts.transpileModule\`, warm) | ${sec(t.transpileOnlyWarmMs)} |`);
  if (r.service) {
    const d = r.service;
    regels.push('');
    regels.push('| decision service (`regelwerk serve`, ketenbepaling) | requests/s (wall) | × compiled `evalueer` in process |');
    regels.push('|---|---:|---:|');
    regels.push(`| HTTP on 127.0.0.1, keep-alive, ${d.inFlight} in flight, ${d.workers} worker thread(s), ${aantal(d.requests)} requests | ${aantal(d.requestsPerSecond)} | ${factor(d.ratioToInProcess)} |`);
  }
  regels.push('');
  regels.push('| target | met | measured |');
  regels.push('|---|---|---|');
  for (const d of r.targets) regels.push(`| ${d.target} | ${d.met ? 'yes' : '**no**'} | ${d.measured} |`);
  return regels.join('\n');
}
