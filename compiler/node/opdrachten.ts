// The commands of the `regelwerk` CLI (check, compile, test, schema), loaded by cli.ts when one
// runs; `run` has a file of its own (run.ts), which a run from the cache loads without the parser.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { maakMap, padFout } from './bestanden.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { parseArgs } from 'node:util';
import { formatDiagnose, type Diagnose } from '../../language/index.js';
import { opPlek } from '../../language/diagnostics.js';
import { laadBestand } from './modules.js';
import { compileer, CompilerFout, moduleNaam, moduleNaamFout, schrijfModules } from './compile.js';
import { zonderSnelPad } from '../codegen/snel.js';
import { HERKOMST_TEKST, standaardPeildatum } from '../interpreter/voorbeelden.js';
import { analyseer } from '../analysis/analyse.js';
import { streng } from '../analysis/streng.js';
import { type DekkingUitkomst, dekkingAlsJson, dekkingAlsTekst, toetsMetDekking } from '../analysis/dekking.js';
import { zichtbaar } from '../../runtime/zichtbaar.js';
import { leesDatum } from '../../runtime/datum.js';
import { GebruiksFout, type Uitvoer } from './gebruik.js';
import { jsonSchema } from '../schema/schema.js';

export { padFout } from './bestanden.js';

/** The most generated cases `--runs` accepts: more would take hours, or not fit in memory. */
const MAX_RUNS = 1_000_000;

/** `--runs N` (a positive whole number, at most MAX_RUNS) and `--seed S` (a whole number, optional). */
export function runsEnSeed(runsTekst: string, seedTekst: string | undefined): { runs: number; seed: number | undefined } {
  const runs = Number(runsTekst);
  if (!Number.isInteger(runs) || runs < 1) throw new GebruiksFout(`--runs verwacht een positief geheel getal, niet '${runsTekst}'`);
  if (runs > MAX_RUNS) throw new GebruiksFout(`--runs is ten hoogste ${MAX_RUNS.toLocaleString('nl-NL')}, niet '${runsTekst}'`);
  const seed = seedTekst === undefined ? undefined : Number(seedTekst);
  if (seed !== undefined && !Number.isInteger(seed)) throw new GebruiksFout(`--seed verwacht een geheel getal, niet '${seedTekst}'`);
  return { runs, seed };
}

/** Each diagnostic with the code frame of its own file (the policy, or one it uses); a stdlib module's without. */
export function toonDiagnosen(ds: readonly Diagnose[], teksten: ReadonlyMap<string, string>, io: Uitvoer): void {
  for (const d of ds) io.err(`${formatDiagnose(d, teksten.get(d.bestand))}\n`);
}

export function leesOfFout(pad: string): ReturnType<typeof laadBestand> {
  try {
    return laadBestand(pad);
  } catch (x) {
    throw padFout(x, 'bestand', pad);
  }
}

export function check(args: readonly string[], io: Uitvoer): number {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { runs: { type: 'string' }, seed: { type: 'string' }, 'zonder-analyse': { type: 'boolean' }, streng: { type: 'boolean' } } });
  if (positionals.length === 0) throw new GebruiksFout('geef een of meer .regel-bestanden');
  const { runs, seed } = runsEnSeed(values.runs ?? '500', values.seed);
  let fouten = 0;
  let waarschuwingen = 0;
  for (const pad of positionals) {
    const r = leesOfFout(pad);
    // The analysis evaluates the policy, so it runs only on a file without errors.
    const a = r.ok && !values['zonder-analyse'] ? analyseer(r.gecontroleerd, { runs, seed, peildatum: standaardPeildatum(r.gecontroleerd) }) : null;
    // --streng: a clause no example or generated case reaches is untested (RW5003, an error there)
    const d = r.ok && values.streng ? toetsMetDekking(r.gecontroleerd, { runs, seed, peildatum: standaardPeildatum(r.gecontroleerd) }).dekking : null;
    const alle = [...r.diagnosen, ...(a?.diagnosen ?? []), ...(d?.diagnosen ?? [])];
    // --streng: the house rules, and every warning counts as an error (analysis/streng.ts)
    const diagnosen = values.streng ? streng(r.bestand, alle) : alle.sort(opPlek);
    toonDiagnosen(diagnosen, r.teksten, io);
    fouten += diagnosen.filter((d) => d.ernst === 'fout').length;
    waarschuwingen += diagnosen.filter((d) => d.ernst === 'waarschuwing').length;
    if (a && (a.bewezen > 0 || a.nietBewezen > 0)) {
      // "bewezen" only for what the decider proved (analysis/analyse.ts); the rest is said to be no proof
      const rest = a.nietBewezen > 0 ? `; ${a.nietBewezen} niet bewezen: niet exact te beslissen en geen tegenvoorbeeld gemeld uit ${a.runs} geldige invoeren (geen bewijs)` : '';
      io.err(`${pad}: analyse: ${a.bewezen} vraag/vragen (conflict, leegte, gat, overlap) bewezen onmogelijk${rest}`);
    }
    if (r.ok && values.streng) snelPadMelding(pad, r.gecontroleerd, io);
  }
  io.err(`${positionals.length} bestand(en) gecontroleerd: ${fouten} fout(en), ${waarschuwingen} waarschuwing(en)`);
  return fouten > 0 ? 1 : 0;
}

/** `regelwerk schema <regeling.regel>`: the JSON Schema of the policy's input and output. */
export function schema(args: readonly string[], io: Uitvoer): number {
  const { positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: {} });
  const [pad] = positionals;
  if (!pad || positionals.length > 1) throw new GebruiksFout('gebruik: regelwerk schema <regeling.regel>');
  const r = leesOfFout(pad);
  if (!r.ok) {
    toonDiagnosen(r.diagnosen.filter((d) => d.ernst === 'fout'), r.teksten, io);
    io.err(`regelwerk: '${pad}' bevat fouten; er is geen schema gemaakt`);
    return 1;
  }
  io.out(JSON.stringify(jsonSchema(r.gecontroleerd, r.tekst), null, 2));
  return 0;
}

export async function compile(args: readonly string[], io: Uitvoer): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { uit: { type: 'string' }, commonjs: { type: 'boolean' }, opmaak: { type: 'boolean' } } });
  if (positionals.length === 0) throw new GebruiksFout('gebruik: regelwerk compile <regeling.regel>... --uit <map> [--commonjs] [--opmaak]');
  if (!values.uit) throw new GebruiksFout('--uit <map> ontbreekt');
  // One module per name in --uit: a second policy with the same name would overwrite the first.
  const namen = new Map<string, string>();
  for (const pad of positionals) {
    const fout = moduleNaamFout(pad);
    if (fout !== null) throw new GebruiksFout(fout);
    const eerder = namen.get(moduleNaam(pad).toLowerCase());
    if (eerder !== undefined) {
      const [a, b] = [moduleNaam(eerder), moduleNaam(pad)];
      const welke = a === b ? `allebei module '${b}'` : `de modules '${a}' en '${b}' (hetzelfde bestand waar hoofdletters niet tellen)`;
      throw new GebruiksFout(`'${eerder}' en '${pad}' worden ${welke} in '${values.uit}' en zouden elkaar overschrijven; compileer ze naar verschillende mappen of geef een van beide een andere naam`);
    }
    namen.set(moduleNaam(pad).toLowerCase(), pad);
  }
  const geladen = positionals.map((pad) => ({ pad, r: leesOfFout(pad) }));
  const kapot = geladen.filter((x) => !x.r.ok);
  for (const { r } of kapot) toonDiagnosen(r.diagnosen.filter((d) => d.ernst === 'fout'), r.teksten, io);
  if (kapot.length > 0) {
    io.err(`regelwerk: ${kapot.map((x) => x.pad).join(', ')} bevat fouten; er is niets gecompileerd`);
    return 1;
  }
  const uit = values.uit;
  try {
    maakMap(uit);
    if (!statSync(uit).isDirectory()) throw new GebruiksFout(`map '${uit}' bestaat al en is geen map`);
  } catch (x) {
    throw padFout(x, 'map', uit);
  }
  let modules;
  try {
    // --opmaak: the .ts through prettier, for a reader (loading prettier costs a second); the code is the same
    modules = await compileer(geladen.map(({ pad, r }) => ({ g: r.gecontroleerd, bestand: pad })), { opmaak: values.opmaak === true });
  } catch (x) {
    if (x instanceof CompilerFout) {
      io.err(x.message);
      return 70;
    }
    throw x;
  }
  try {
    for (const p of await schrijfModules(modules, uit, { commonjs: values.commonjs === true })) io.err(`geschreven: ${p}`);
  } catch (x) {
    throw padFout(x, 'bestand', (x as NodeJS.ErrnoException).path ?? uit);
  }
  for (const { pad, r } of geladen) snelPadMelding(pad, r.gecontroleerd, io);
  return 0;
}

/** Says so when a policy has no fast path: every evaluation is then exact (and slower), and why. */
function snelPadMelding(pad: string, g: Gecontroleerd, io: Uitvoer): void {
  const reden = zonderSnelPad(g);
  if (reden !== null) io.err(`${pad}: geen snel pad: ${reden} wordt door het snelle pad (nog) niet ondersteund, dus rekent evalueer elke regel van deze regeling exact (even juist, trager)`);
}

export function test(args: readonly string[], io: Uitvoer): number {
  const { values, positionals } = parseArgs({
    args: [...args], allowPositionals: true, strict: true,
    options: {
      runs: { type: 'string', default: '1000' }, seed: { type: 'string' }, json: { type: 'boolean', default: false },
      peildatum: { type: 'string' }, dekking: { type: 'boolean', default: false },
    },
  });
  const { runs, seed } = runsEnSeed(values.runs, values.seed);
  if (values.peildatum !== undefined && leesDatum(values.peildatum) === null) throw new GebruiksFout(`--peildatum verwacht een bestaande datum als JJJJ-MM-DD, niet '${values.peildatum}'`);
  const paden = positionals.length > 0 ? positionals : standaardPolicies();
  const tty = Boolean(process.stderr.isTTY) && !values.json && io.proces === true;
  let geslaagd = 0;
  let mislukt = 0;
  const rapport: unknown[] = [];
  const regel = (s: string): void => { if (!values.json) io.out(s); };
  for (const pad of paden) {
    const r = leesOfFout(pad);
    regel(pad);
    if (!r.ok) {
      toonDiagnosen(r.diagnosen.filter((d) => d.ernst === 'fout'), r.teksten, io);
      regel('  ✗ het bestand bevat fouten; voorbeelden en eigenschappen niet gedraaid');
      rapport.push({ bestand: pad, fouten: r.diagnosen.filter((d) => d.ernst === 'fout').map((d) => `${d.code}: ${d.melding}`) });
      mislukt++;
      continue;
    }
    const peildatum = values.peildatum ?? standaardPeildatum(r.gecontroleerd);
    // The example's own peildatum wins over --peildatum: it is part of what the example means.
    const { voorbeelden, eigenschappen, dekking } = toetsMetDekking(r.gecontroleerd, {
      runs, seed, peildatum, voorbeeldPeildatum: values.peildatum,
      voortgang: tty ? (naam, gedaan, totaal) => process.stderr.write(`\r  ${voortgangsbalk(gedaan, totaal)} ${zichtbaar(naam)}`.slice(0, 100).padEnd(100)) : undefined,
    });
    if (tty && eigenschappen.length > 0) process.stderr.write(`\r${' '.repeat(100)}\r`);
    for (const u of voorbeelden) {
      if (u.geslaagd) geslaagd++;
      else mislukt++;
      regel(u.geslaagd ? `  ✓ ${u.naam}` : `  ✗ ${u.naam} (${pad}:${u.regel}, peildatum ${u.peildatum} ${HERKOMST_TEKST[u.peildatumUit]})`);
      for (const v of u.verschillen) regel(`      ${v}`);
    }
    for (const e of eigenschappen) {
      if (e.geslaagd) {
        geslaagd++;
        regel(`  ✓ eigenschap ${e.naam} (${e.runs} gevallen)`);
        continue;
      }
      mislukt++;
      if (e.opgegeven) {
        regel(`  ✗ eigenschap ${e.naam} (${pad}:${e.regel}): ${e.opgegeven}`);
        continue;
      }
      const t = e.tegenvoorbeeld!;
      regel(`  ✗ eigenschap ${e.naam} (${pad}:${e.regel}): ${t.melding}`);
      regel(`      seed ${e.seed} (herhaal met --seed ${e.seed})`);
      regel('      kleinste tegenvoorbeeld, als voorbeeld om in de regeling te plakken:');
      regel(t.voorbeeld.split('\n').map((x) => `        ${x}`).join('\n'));
      regel('      uitleg van de evaluatie:');
      regel(t.uitleg.split('\n').map((x) => `        ${x}`).join('\n'));
    }
    mislukt += dekking.schendingen.length;
    toonDekking(dekking, pad, values.dekking, regel);
    toonDiagnosen(dekking.diagnosen, r.teksten, io);
    rapport.push({ bestand: pad, voorbeelden, eigenschappen, ...(dekking.schendingen.length > 0 ? { schendingen: dekking.schendingen } : {}), ...(values.dekking ? { dekking: dekkingAlsJson(dekking) } : {}) });
  }
  if (values.json) io.out(JSON.stringify({ geslaagd, mislukt, bestanden: rapport }, null, 2));
  else io.out(`\nvoorbeelden en eigenschappen: ${geslaagd} geslaagd, ${mislukt} mislukt`);
  return mislukt > 0 ? 1 : 0;
}

/**
 * A property that failed on an input the decider built to reach a clause, as a failed property;
 * with --dekking, the coverage of every clause.
 */
function toonDekking(d: DekkingUitkomst, pad: string, alles: boolean, regel: (s: string) => void): void {
  for (const s of d.schendingen) {
    regel(`  ✗ eigenschap ${s.eigenschap} (${pad}:${s.regel}): ${s.tegenvoorbeeld.melding}`);
    regel(`      bij de invoer die de beslisser bouwde om ${s.clausule} te bereiken; als voorbeeld om in de regeling te plakken:`);
    regel(s.tegenvoorbeeld.voorbeeld.split('\n').map((x) => `        ${x}`).join('\n'));
  }
  if (alles) regel(dekkingAlsTekst(d, pad).map((x) => `  ${x}`).join('\n'));
}

function voortgangsbalk(gedaan: number, totaal: number): string {
  const breedte = 24;
  const vol = Math.round((gedaan / totaal) * breedte);
  return `[${'#'.repeat(vol)}${'.'.repeat(breedte - vol)}] ${gedaan}/${totaal}`;
}

export function standaardPolicies(): string[] {
  if (!existsSync('policies')) throw new GebruiksFout('geef een of meer .regel-bestanden (er is hier geen map policies/)');
  let namen: string[];
  try {
    namen = readdirSync('policies');
  } catch (x) {
    throw padFout(x, 'map', 'policies');
  }
  return namen.filter((f) => f.endsWith('.regel')).sort().map((f) => `policies/${f}`);
}
