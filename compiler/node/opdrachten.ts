// The commands of the `regelwerk` CLI (check, run, compile, test), loaded by cli.ts when one runs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { GeenUtf8, INVOER_GRENS, TeGroot, maakMap } from './bestanden.js';
import { GevalSplitser, StroomFout, alsJsGetallen, tekstStukken, type GevalTekst, type InvoerVorm } from './stroom.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { parseArgs } from 'node:util';
import { formatDiagnose, type Diagnose } from '../../language/index.js';
import { opPlek } from '../../language/diagnostics.js';
import { laadBestand } from './modules.js';
import { evalueer, type EvaluatieOpties, type Uitleg } from '../interpreter/interpreter.js';
import { padVan } from '../interpreter/pad.js';
import { compileer, CompilerFout, moduleNaam, moduleNaamFout, schrijfModules } from './compile.js';
import { zonderSnelPad } from '../codegen/snel.js';
import { gecompileerdeModule } from './cache.js';
import { HERKOMST_TEKST, standaardPeildatum } from '../interpreter/voorbeelden.js';
import { uitlegAlsTekst } from '../interpreter/uitleg-tekst.js';
import { analyseer } from '../analysis/analyse.js';
import { streng } from '../analysis/streng.js';
import { type DekkingUitkomst, dekkingAlsJson, dekkingAlsTekst, toetsMetDekking } from '../analysis/dekking.js';
import { RegelwerkFout, RegelwerkInvoerFout } from '../../runtime/fouten.js';
import { zichtbaar } from '../../runtime/zichtbaar.js';
import type { GecompileerdeModule } from '../../runtime/module.js';
import { JsonFout, exactGetal, leesJsonTekst } from '../../runtime/json.js';
import { leesDatum } from '../../runtime/datum.js';
import { GebruiksFout, type Uitvoer } from './gebruik.js';
import { jsonSchema } from '../schema/schema.js';

/**
 * A file system error on a path the user gave, as a usage error in Dutch that names the path;
 * anything that is not a file system error is returned unchanged (to be rethrown).
 */
export function padFout(x: unknown, wat: string, pad: string): unknown {
  if (x instanceof GeenUtf8) return new GebruiksFout(`${wat} '${pad}' is ${x.message}; sla het op als UTF-8`);
  if (x instanceof TeGroot) return new GebruiksFout(`${wat} '${pad}' is ${x.message}, ${wat === 'invoerbestand' ? INVOER_HOGER : 'de grens voor een regeling; splits haar in kleinere regelingen'}`);
  const code = (x as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !(x instanceof Error) || !('syscall' in x)) return x;
  const p = `${wat} '${pad}'`;
  switch (code) {
    case 'ENOENT': return new GebruiksFout(`${p} bestaat niet`);
    case 'EISDIR': return new GebruiksFout(`${p} is een map, geen bestand`);
    case 'ENOTDIR': return new GebruiksFout(`${p}: een deel van het pad is geen map`);
    case 'EEXIST': return new GebruiksFout(`${p} bestaat al en is geen map`);
    case 'EACCES': case 'EPERM': return new GebruiksFout(`geen toegang tot ${p}`);
    case 'EROFS': return new GebruiksFout(`${p} ligt op een alleen-lezen bestandssysteem`);
    case 'ENOSPC': case 'EDQUOT': return new GebruiksFout(`geen schijfruimte meer voor ${p}`);
    case 'ENAMETOOLONG': return new GebruiksFout(`de naam van ${p} is te lang`);
    case 'ELOOP': return new GebruiksFout(`${p}: te veel symbolische koppelingen na elkaar`);
    default: return new GebruiksFout(`${p} is niet te gebruiken (${code})`);
  }
}

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

/**
 * The value of `--parameter naam=waarde` as JSON: JSON text exactly (numbers keep their digits), a
 * Dutch decimal comma (`7,5`), else the text itself (a date, a choice). For a parameter variant
 * (`metParameters`) too, so a value means the same there.
 */
export function parameterWaarde(tekst: string): unknown {
  try {
    return leesJsonTekst(tekst);
  } catch {
    // Dutch decimal comma ("7,5") or a bare date/choice: parse what we can, else keep the text.
    if (/^-?\d+,\d+$/.test(tekst)) return exactGetal(tekst.replace(',', '.'));
    return tekst;
  }
}

export async function compile(args: readonly string[], io: Uitvoer): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { uit: { type: 'string' }, commonjs: { type: 'boolean' } } });
  if (positionals.length === 0) throw new GebruiksFout('gebruik: regelwerk compile <regeling.regel>... --uit <map> [--commonjs]');
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
    modules = await compileer(geladen.map(({ pad, r }) => ({ g: r.gecontroleerd, bestand: pad })));
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

export async function run(args: readonly string[], io: Uitvoer): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args], allowPositionals: true, strict: true,
    options: {
      invoer: { type: 'string' }, peildatum: { type: 'string' }, parameter: { type: 'string', multiple: true },
      uitleg: { type: 'boolean', default: false }, formaat: { type: 'string', default: 'json' },
      engine: { type: 'string' }, pad: { type: 'boolean', default: false },
    },
  });
  const [pad] = positionals;
  if (values.engine !== undefined && values.engine !== 'compiled' && values.engine !== 'interpreter') throw new GebruiksFout(`--engine is compiled of interpreter, niet '${values.engine}'`);
  if (!pad || positionals.length > 1) throw new GebruiksFout('gebruik: regelwerk run <regeling.regel> --invoer <invoer.json>');
  if (!values.invoer) throw new GebruiksFout('--invoer <bestand.json> ontbreekt (of --invoer - voor de standaardinvoer)');
  if (values.formaat !== 'json' && values.formaat !== 'tekst') throw new GebruiksFout(`--formaat is json of tekst, niet '${values.formaat}'`);
  const r = leesOfFout(pad);
  if (!r.ok) {
    toonDiagnosen(r.diagnosen.filter((d) => d.ernst === 'fout'), r.teksten, io);
    io.err(`regelwerk: '${pad}' bevat fouten; er is niets geëvalueerd`);
    return 1;
  }
  // Without a prototype: `--parameter __proto__=...` or `constructor=...` is an unknown parameter, not a prototype.
  const parameters: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const p of values.parameter ?? []) {
    const i = p.indexOf('=');
    if (i <= 0) throw new GebruiksFout(`--parameter verwacht naam=waarde, niet '${p}'`);
    const naam = p.slice(0, i);
    if (Object.hasOwn(parameters, naam)) throw new GebruiksFout(`--parameter ${naam} staat er twee keer; geef elke parameter één waarde`);
    parameters[naam] = parameterWaarde(p.slice(i + 1));
  }
  const opties = { peildatum: values.peildatum, parameters };
  const bron = values.invoer === '-' ? 'de standaardinvoer' : `'${values.invoer}'`;
  const schrijver = new Schrijver(io, values.formaat === 'tekst', values.uitleg === true, r.gecontroleerd);
  const splitser = new GevalSplitser(invoerGrens());
  // The engine is chosen once two cases are known (or the input ended after one): compiling pays only for a batch.
  let engine: GecompileerdeModule | null | undefined;
  const wachtend: GevalTekst[] = [];
  // the worst decides: an invalid case (2) before an evaluation error (3)
  let ongeldig = false;
  let rekenfout = false;
  let code = 0;
  /** One case: its result or its error, written at once; false when the run must stop (a bad option). */
  const geval = async (x: GevalTekst, enkel: boolean): Promise<boolean> => {
    let json: unknown;
    try {
      // exact: numbers keep their digits (19.9999999999999999 is not 20), a key twice is an error
      json = leesJsonTekst(x.tekst);
    } catch (f) {
      if (!(f instanceof JsonFout)) throw f;
      // the place in the input, not in the case's own text; in a list the path starts at the case
      const reden = `${f.melding} (regel ${f.regel + x.regel - 1}, kolom ${f.regel === 1 ? f.kolom + x.kolom - 1 : f.kolom})`;
      const pad = splitser.vorm !== 'lijst' ? f.pad : f.pad === '' ? `[${x.nummer - 1}]` : `[${x.nummer - 1}]${f.pad.startsWith('[') ? '' : '.'}${f.pad}`;
      const melding = pad ? `ongeldige invoer bij '${pad}' in ${bron}: ${reden}` : `ongeldige invoer: ${bron} is geen geldige JSON: ${reden}`;
      if (enkel) { io.err(melding); code = 2; return false; }
      io.err(`geval ${x.nummer}: ${melding}`);
      schrijver.fout({ soort: 'invoer', melding, ...(pad ? { pad } : {}) });
      ongeldig = true;
      return true;
    }
    try {
      if (engine === undefined) throw new Error('interne fout: geen engine gekozen');
      const uit = evalueerGeval(engine, r.gecontroleerd, json, opties, values.uitleg === true, values.pad === true);
      schrijver.resultaat(uit.uitvoer, uit.uitleg, uit.pad);
      return true;
    } catch (f) {
      if (!(f instanceof RegelwerkFout)) throw f;
      // A bad --peildatum or --parameter is the command's fault, not one case's.
      const vanOptie = f instanceof RegelwerkInvoerFout && (f.pad === 'peildatum' || f.pad.startsWith('parameter '));
      if (enkel || vanOptie) {
        io.err(f.message);
        code = f instanceof RegelwerkInvoerFout ? 2 : 3;
        return false;
      }
      io.err(`geval ${x.nummer}: ${f.message}`);
      schrijver.fout(foutObject(f).fout);
      if (f instanceof RegelwerkInvoerFout) ongeldig = true;
      else rekenfout = true;
      return true;
    }
  };
  const verwerk = async (gevallen: GevalTekst[], klaar: boolean): Promise<boolean> => {
    wachtend.push(...gevallen);
    if (engine === undefined) {
      if (wachtend.length < 2 && !klaar) return true;
      engine = await kiesEngine(values.engine, r, pad, wachtend.length);
      schrijver.begin(splitser.vorm === 'object' && klaar && wachtend.length === 1 ? 'object' : splitser.vorm ?? 'object');
    }
    const enkel = splitser.vorm === 'object' && klaar && wachtend.length === 1 && wachtend[0]!.nummer === 1;
    for (const x of wachtend.splice(0)) if (!(await geval(x, enkel))) return false;
    return true;
  };
  try {
    for (const stuk of tekstStukken(values.invoer === '-' ? 0 : values.invoer)) {
      if (!(await verwerk(splitser.voeg(stuk), false))) return code;
    }
    if (!(await verwerk(splitser.einde(), true))) return code;
  } catch (x) {
    if (x instanceof StroomFout) {
      schrijver.einde();
      io.err(splitser.vorm === null ? `ongeldige invoer: ${bron}: ${x.message}` : `ongeldige invoer: ${bron} is geen geldige JSON: ${x.message}`);
      return 2;
    }
    throw invoerFout(x, values.invoer);
  }
  schrijver.einde();
  return ongeldig ? 2 : rekenfout ? 3 : 0;
}

/**
 * Writes the results as they come: one object for one case, a JSON array for a list (formatted as
 * JSON.stringify(lijst, null, 2) would), one line per case for NDJSON; with `--formaat tekst` each
 * case under its own heading.
 */
class Schrijver {
  private vorm: InvoerVorm = 'object';
  private nummer = 0;
  private vorige: string | null = null;
  private begonnen = false;
  constructor(private readonly io: Uitvoer, private readonly tekst: boolean, private readonly uitleg: boolean, private readonly g: Gecontroleerd) {}

  begin(vorm: InvoerVorm): void {
    this.vorm = vorm;
    this.begonnen = true;
  }

  /** `pad`: the decision path (`--pad`), beside the outputs as `{ uitvoer, pad }`, or null. */
  resultaat(uitvoer: unknown, uitleg: Uitleg | null, pad: string | null): void {
    const padRegel = pad === null ? '' : `\npad: ${pad === '' ? '(geen keuzes)' : pad}`;
    if (this.tekst) return this.tekstRegel(`${JSON.stringify(uitvoer, null, 2)}${padRegel}${this.uitleg && uitleg ? `\n\n${uitlegAlsTekst(uitleg, this.g)}` : ''}`);
    this.element(this.uitleg || pad !== null ? { uitvoer, ...(this.uitleg ? { uitleg } : {}), ...(pad !== null ? { pad } : {}) } : uitvoer);
  }

  /** A case that failed: `{ "fout": { "soort", "melding", "pad"? } }` in its place. */
  fout(f: { soort: string; melding: string; pad?: string }): void {
    if (this.tekst) return this.tekstRegel(`fout (${f.soort}): ${f.melding}`);
    this.element({ fout: f });
  }

  einde(): void {
    if (!this.begonnen) return;
    if (this.vorm === 'lijst' && !this.tekst) {
      if (this.vorige !== null) this.io.out(`${this.vorige}\n]`);
      else this.io.out('[]');
    }
    this.begonnen = false;
  }

  private element(x: unknown): void {
    this.nummer++;
    if (this.vorm === 'regels') return this.io.out(JSON.stringify(x));
    if (this.vorm === 'object') return this.io.out(JSON.stringify(x, null, 2));
    // a list: the previous element gets its comma once the next one exists
    if (this.vorige !== null) this.io.out(`${this.vorige},`);
    else this.io.out('[');
    this.vorige = `  ${JSON.stringify(x, null, 2).replace(/\n/g, '\n  ')}`;
  }

  private tekstRegel(s: string): void {
    this.nummer++;
    const kop = this.vorm === 'object' ? '' : `== geval ${this.nummer} ==\n`;
    this.io.out(`${this.nummer > 1 ? '\n' : ''}${kop}${s}`);
  }
}

/**
 * One case in the chosen engine (null: the interpreter): its outputs, with `uitleg` its explanation,
 * with `pad` its decision path. Without an explanation none is built, and numbers a double holds
 * exactly go as numbers, so the fast path answers; the path comes with the outputs in one
 * evaluation, or, with an explanation too, from a second.
 */
function evalueerGeval(engine: GecompileerdeModule | null, g: Gecontroleerd, json: unknown, opties: EvaluatieOpties, uitleg: boolean, pad: boolean): { uitvoer: unknown; uitleg: Uitleg | null; pad: string | null } {
  const metPad = (): { uitvoer: unknown; pad: string } => (engine ? engine.evalueerMetPad(alsJsGetallen(json), opties) : padVan(g, json, opties));
  if (!uitleg) return pad ? { ...metPad(), uitleg: null } : { uitvoer: engine ? engine.evalueer(alsJsGetallen(json), opties) : evalueer(g, json, opties).uitvoer, uitleg: null, pad: null };
  const r = engine ? engine.evalueerMetUitleg(json, opties) : evalueer(g, json, opties);
  return { uitvoer: r.uitvoer, uitleg: r.uitleg, pad: pad ? metPad().pad : null };
}

/** A failed case in a batch: `{ "fout": { "soort": "invoer" | "conflict" | "leeg" | "reken", "melding": "...", "pad"?: "..." } }`. */
function foutObject(f: RegelwerkFout): { fout: { soort: string; melding: string; pad?: string } } {
  return { fout: { soort: f.soort, melding: f.message, ...(f instanceof RegelwerkInvoerFout && f.pad ? { pad: f.pad } : {}) } };
}

const INVOER_GRENS_VAR = 'REGELWERK_MAX_INVOER_MIB';
const INVOER_HOGER = `de grens voor één geval; een hogere grens zet u met ${INVOER_GRENS_VAR} (in MiB)`;

/** Above this a text no longer fits in one JavaScript string (V8: 2^29 - 24 characters). */
const MAX_INVOER_MIB = 512;

/** The bound on one `--invoer`: INVOER_GRENS, or REGELWERK_MAX_INVOER_MIB (a whole number of MiB, 1 to 512). */
function invoerGrens(): number {
  const tekst = process.env[INVOER_GRENS_VAR];
  if (tekst === undefined || tekst === '') return INVOER_GRENS;
  const mib = /^\d{1,4}$/.test(tekst) ? Number(tekst) : 0;
  if (mib < 1 || mib > MAX_INVOER_MIB) throw new GebruiksFout(`${INVOER_GRENS_VAR} verwacht een geheel aantal MiB van 1 tot en met ${MAX_INVOER_MIB}, niet '${tekst}'`);
  return mib * 1024 * 1024;
}

/** A failure to read `--invoer` (a file, or `-` for standard input) as a usage error that names it; anything else unchanged. */
function invoerFout(x: unknown, invoer: string): unknown {
  if (x instanceof TeGroot) return new GebruiksFout(`een geval in ${invoer === '-' ? 'de standaardinvoer' : `invoerbestand '${invoer}'`} is ${x.message}, ${INVOER_HOGER}`);
  if (invoer === '-') {
    if (x instanceof GeenUtf8) return new GebruiksFout(`de standaardinvoer is ${x.message}`);
    const code = (x as NodeJS.ErrnoException | null)?.code;
    if (typeof code === 'string' && x instanceof Error && 'syscall' in x) return new GebruiksFout(`de standaardinvoer is niet te lezen (${code})`);
    return x;
  }
  return padFout(x, 'invoerbestand', invoer);
}

async function gecompileerdeEngine(r: ReturnType<typeof laadBestand>, pad: string, alleenUitCache = false): Promise<GecompileerdeModule | null> {
  return gecompileerdeModule({ g: r.gecontroleerd, bestand: pad, tekst: r.tekst, modules: r.modules }, { alleenUitCache });
}

/**
 * The engine of a run: the one asked for, or else the compiled module, except when that would
 * have to be compiled (~2 s) for a single case, which the interpreter answers in milliseconds.
 * Both engines give the same answer, byte for byte (test/engines); null is the interpreter.
 */
async function kiesEngine(gevraagd: string | undefined, r: ReturnType<typeof laadBestand>, pad: string, gevallen: number): Promise<GecompileerdeModule | null> {
  if (gevraagd === 'interpreter') return null;
  if (gevraagd === 'compiled' || gevallen > 1) return gecompileerdeEngine(r, pad);
  return gecompileerdeEngine(r, pad, true);
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
