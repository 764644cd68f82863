// `regelwerk run`: evaluates the cases of `--invoer` (one object, a JSON list or NDJSON, read as a
// stream) and writes each answer as it comes. A policy whose compiled module is in the cache is
// not parsed: the key is computed from the texts (cache.ts), so such a run loads neither the
// parser nor the checker; otherwise the policy is loaded and checked first, as every command does.
import { parseArgs } from 'node:util';
import { GeenUtf8, INVOER_GRENS, INVOER_GRENS_VAR, INVOER_HOGER, TeGroot, leesRegeling, padFout } from './bestanden.js';
import { GevalSplitser, StroomFout, alsJsGetallen, snelGelezen, tekstStukken, type GevalTekst, type InvoerVorm } from './stroom.js';
import { gecompileerdeModule, uitCacheVoorTekst } from './cache.js';
import type { laadTekst } from './modules.js';
import type { Gecontroleerd } from '../../language/checker.js';
import type { Uitleg } from '../interpreter/interpreter.js';
import { RegelwerkFout, RegelwerkInvoerFout } from '../../runtime/fouten.js';
import type { GecompileerdeModule } from '../../runtime/module.js';
import { JsonFout, exactGetal, leesJsonTekst } from '../../runtime/json.js';
import { GebruiksFout, type Uitvoer } from './gebruik.js';

/** A policy loaded and checked, with the texts it read (modules.ts). */
type Geladen = ReturnType<typeof laadTekst>;

/** The policy file's text; a file that cannot be read is a usage error that names it. */
function leesRegelingOfFout(pad: string): string {
  try {
    return leesRegeling(pad);
  } catch (x) {
    throw padFout(x, 'bestand', pad);
  }
}

/** The policy loaded and checked from its text (with what it uses), loading the language on first use. */
async function laadOfFout(pad: string, tekst: string): Promise<Geladen> {
  const { laadTekst } = await import('./modules.js');
  try {
    return laadTekst(pad, tekst);
  } catch (x) {
    throw padFout(x, 'bestand', pad);
  }
}

/** The explanation as text for a checked policy (`--formaat tekst --uitleg`). */
async function uitlegAlsTekstVan(g: Gecontroleerd): Promise<(u: Uitleg) => string> {
  const { uitlegAlsTekst } = await import('../interpreter/uitleg-tekst.js');
  return (u) => uitlegAlsTekst(u, g);
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
  const tekst = leesRegelingOfFout(pad);
  // The compiled module from the cache, found from the texts before parsing: it was compiled from
  // this very text (and the same used files), which therefore has no errors. Else the policy is
  // parsed and checked here, and a broken one reported as always (it is never cached).
  const uitCache = values.engine === 'interpreter' ? null : await uitCacheVoorTekst(pad, tekst);
  let geladen: Geladen | null = null;
  const laad = async (): Promise<Geladen> => (geladen ??= await laadOfFout(pad, tekst));
  if (uitCache === null) {
    const r = await laad();
    if (!r.ok) {
      (await import('./opdrachten.js')).toonDiagnosen(r.diagnosen.filter((d) => d.ernst === 'fout'), r.teksten, io);
      io.err(`regelwerk: '${pad}' bevat fouten; er is niets geëvalueerd`);
      return 1;
    }
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
  // an explanation as text names the policy's declarations: only then is a cached policy parsed after all
  const uitlegTekst = values.formaat === 'tekst' && values.uitleg ? await uitlegAlsTekstVan((await laad()).gecontroleerd) : null;
  const schrijver = new Schrijver(io, values.formaat === 'tekst', values.uitleg === true, uitlegTekst);
  const splitser = new GevalSplitser(invoerGrens());
  // Without a module in the cache the engine is chosen once two cases are known (or the input
  // ended after one): compiling pays only for a batch.
  let engine: GecompileerdeModule | null | undefined = uitCache ?? undefined;
  let interpreter: ((json: unknown) => { uitvoer: unknown; uitleg: Uitleg | null; pad: string | null }) | null = null;
  const wachtend: GevalTekst[] = [];
  // the worst decides: an invalid case (2) before an evaluation error (3)
  let ongeldig = false;
  let rekenfout = false;
  let code = 0;
  /** One case: its result or its error, written at once; false when the run must stop (a bad option). */
  /** A message on standard error, after the results written so far (which wait in the writer's buffer). */
  const meld = (s: string): void => {
    schrijver.spoel();
    io.err(s);
  };
  /**
   * One case in the compiled module. Without --uitleg no explanation is built, and numbers a double
   * holds exactly go as numbers, so the fast path answers; with --pad the path comes with the outputs
   * in one evaluation, or, with an explanation too, from a second.
   */
  const gecompileerd = (m: GecompileerdeModule, json: unknown, snel: unknown): { uitvoer: unknown; uitleg: Uitleg | null; pad: string | null } => {
    const getallen = (): unknown => (snel === undefined ? alsJsGetallen(json) : snel);
    if (!values.uitleg) return values.pad ? { ...m.evalueerMetPad(getallen(), opties), uitleg: null } : { uitvoer: m.evalueer(getallen(), opties), uitleg: null, pad: null };
    const r = m.evalueerMetUitleg(json, opties);
    return { uitvoer: r.uitvoer, uitleg: r.uitleg, pad: values.pad ? m.evalueerMetPad(alsJsGetallen(json), opties).pad : null };
  };
  const geval = (x: GevalTekst, enkel: boolean): boolean => {
    // The compiled engine without --uitleg takes numbers a double holds exactly as numbers (then
    // its fast path answers): JSON.parse reads a case so wherever it reads what the exact reader
    // would (snelGelezen), the exact reader (and alsJsGetallen) the rest, and every broken case.
    const snel = engine && !values.uitleg ? snelGelezen(x.tekst, x.waarde) : undefined;
    let json: unknown = snel;
    if (snel === undefined) try {
      // exact: numbers keep their digits (19.9999999999999999 is not 20), a key twice is an error
      json = leesJsonTekst(x.tekst);
    } catch (f) {
      if (!(f instanceof JsonFout)) throw f;
      // the place in the input, not in the case's own text; in a list the path starts at the case
      const reden = `${f.melding} (regel ${f.regel + x.regel - 1}, kolom ${f.regel === 1 ? f.kolom + x.kolom - 1 : f.kolom})`;
      const pad = splitser.vorm !== 'lijst' ? f.pad : f.pad === '' ? `[${x.nummer - 1}]` : `[${x.nummer - 1}]${f.pad.startsWith('[') ? '' : '.'}${f.pad}`;
      const melding = pad ? `ongeldige invoer bij '${pad}' in ${bron}: ${reden}` : `ongeldige invoer: ${bron} is geen geldige JSON: ${reden}`;
      if (enkel) { meld(melding); code = 2; return false; }
      meld(`geval ${x.nummer}: ${melding}`);
      schrijver.fout({ soort: 'invoer', melding, ...(pad ? { pad } : {}) });
      ongeldig = true;
      return true;
    }
    try {
      if (engine === undefined || (engine === null && interpreter === null)) throw new Error('interne fout: geen engine gekozen');
      const uit = engine ? gecompileerd(engine, json, snel) : interpreter!(json);
      schrijver.resultaat(uit.uitvoer, uit.uitleg, uit.pad);
      return true;
    } catch (f) {
      if (!(f instanceof RegelwerkFout)) throw f;
      // A bad --peildatum or --parameter is the command's fault, not one case's.
      const vanOptie = f instanceof RegelwerkInvoerFout && (f.pad === 'peildatum' || f.pad.startsWith('parameter '));
      if (enkel || vanOptie) {
        meld(f.message);
        code = f instanceof RegelwerkInvoerFout ? 2 : 3;
        return false;
      }
      meld(`geval ${x.nummer}: ${f.message}`);
      schrijver.fout(foutObject(f).fout);
      if (f instanceof RegelwerkInvoerFout) ongeldig = true;
      else rekenfout = true;
      return true;
    }
  };
  const verwerk = async (gevallen: GevalTekst[], klaar: boolean): Promise<boolean> => {
    wachtend.push(...gevallen);
    if (!schrijver.begonnen) {
      if (engine === undefined) {
        if (wachtend.length < 2 && !klaar) return true;
        const r = await laad();
        engine = await kiesEngine(values.engine, r, pad, wachtend.length);
        if (engine === null) {
          const { evalueer } = await import('../interpreter/interpreter.js');
          const { padVan } = await import('../interpreter/pad.js');
          // with --pad the path comes with the outputs in one evaluation, or, with an explanation too, from a second
          interpreter = (json) => {
            if (!values.pad) return { ...evalueer(r.gecontroleerd, json, opties), pad: null };
            if (!values.uitleg) return { ...padVan(r.gecontroleerd, json, opties), uitleg: null };
            return { ...evalueer(r.gecontroleerd, json, opties), pad: padVan(r.gecontroleerd, json, opties).pad };
          };
        }
      } else if (wachtend.length < 2 && !klaar) return true;
      schrijver.begin(splitser.vorm === 'object' && klaar && wachtend.length === 1 ? 'object' : splitser.vorm ?? 'object');
      splitser.leesMee = engine !== null && !values.uitleg; // every case goes through JSON.parse then
    }
    const enkel = splitser.vorm === 'object' && klaar && wachtend.length === 1 && wachtend[0]!.nummer === 1;
    for (const x of wachtend.splice(0)) if (!geval(x, enkel)) return false;
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
  } finally {
    schrijver.spoel(); // what was answered before a failure is written, as without the buffer
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
  /** Lines not yet written: one write per ~64 KiB instead of one per case (a million writes take seconds). */
  private buffer: string[] = [];
  private grootte = 0;
  begonnen = false;
  /** `uitlegTekst`: the explanation as text (`--formaat tekst --uitleg`), or null when none is written as text. */
  constructor(private readonly io: Uitvoer, private readonly tekst: boolean, private readonly uitleg: boolean, private readonly uitlegTekst: ((u: Uitleg) => string) | null) {}

  begin(vorm: InvoerVorm): void {
    this.vorm = vorm;
    this.begonnen = true;
  }

  /** `pad`: the decision path (`--pad`), beside the outputs as `{ uitvoer, pad }`, or null. */
  resultaat(uitvoer: unknown, uitleg: Uitleg | null, pad: string | null): void {
    const padRegel = pad === null ? '' : `\npad: ${pad === '' ? '(geen keuzes)' : pad}`;
    if (this.tekst) return this.tekstRegel(`${JSON.stringify(uitvoer, null, 2)}${padRegel}${this.uitlegTekst && uitleg ? `\n\n${this.uitlegTekst(uitleg)}` : ''}`);
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
      if (this.vorige !== null) this.regel(`${this.vorige}\n]`);
      else this.regel('[]');
    }
    this.begonnen = false;
    this.spoel();
  }

  /** Writes what waits in the buffer. */
  spoel(): void {
    if (this.buffer.length === 0) return;
    this.io.out(this.buffer.join('\n'));
    this.buffer = [];
    this.grootte = 0;
  }

  private regel(s: string): void {
    this.buffer.push(s);
    this.grootte += s.length;
    if (this.grootte >= 1 << 16) this.spoel();
  }

  private element(x: unknown): void {
    this.nummer++;
    if (this.vorm === 'regels') return this.regel(JSON.stringify(x));
    if (this.vorm === 'object') return this.regel(JSON.stringify(x, null, 2));
    // a list: the previous element gets its comma once the next one exists
    if (this.vorige !== null) this.regel(`${this.vorige},`);
    else this.regel('[');
    this.vorige = `  ${JSON.stringify(x, null, 2).replace(/\n/g, '\n  ')}`;
  }

  private tekstRegel(s: string): void {
    this.nummer++;
    const kop = this.vorm === 'object' ? '' : `== geval ${this.nummer} ==\n`;
    this.regel(`${this.nummer > 1 ? '\n' : ''}${kop}${s}`);
  }
}

/** A failed case in a batch: `{ "fout": { "soort": "invoer" | "conflict" | "leeg" | "reken", "melding": "...", "pad"?: "..." } }`. */
function foutObject(f: RegelwerkFout): { fout: { soort: string; melding: string; pad?: string } } {
  return { fout: { soort: f.soort, melding: f.message, ...(f instanceof RegelwerkInvoerFout && f.pad ? { pad: f.pad } : {}) } };
}

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

/**
 * The engine of a run without a module in the cache: the one asked for, or else the compiled
 * module, except for a single case, which the interpreter answers in milliseconds where compiling
 * takes a second. Both engines give the same answer, byte for byte (test/engines); null is the interpreter.
 */
async function kiesEngine(gevraagd: string | undefined, r: Geladen, pad: string, gevallen: number): Promise<GecompileerdeModule | null> {
  if (gevraagd === 'interpreter') return null;
  if (gevraagd === 'compiled' || gevallen > 1) return gecompileerdeModule({ g: r.gecontroleerd, bestand: pad, tekst: r.tekst, modules: r.modules });
  return null;
}
