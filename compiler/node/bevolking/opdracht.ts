// `regelwerk bevolking`: a policy over a whole population. DuckDB reads the cases, worker threads
// run them through the compiled module (and each variant) in batches, DuckDB writes the input's own
// columns beside every output, `fout` and `pad` to a temporary file that is renamed only when the
// run is complete and checked; the difference report of the variants goes to the terminal and,
// with --rapport, to an HTML page. The pieces: duckdb.ts (reading, writing), werkers.ts (threads),
// controle.ts (--controleer), varianten.ts (the policies of a run), compiler/bevolking/ (the report).
import { closeSync, existsSync, mkdirSync, openSync, readSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { DuckDBConnection } from '@duckdb/node-api';
import { leesDatum } from '../../../runtime/datum.js';
import { GebruiksFout, type Uitvoer } from '../gebruik.js';
import { padFout, toonDiagnosen } from '../opdrachten.js';
import { Cijfers, kolomSoort, kolomType } from '../../bevolking/kolommen.js';
import { TeVeelGroepen, Verschillen, type RijUitkomst } from '../../bevolking/verschil.js';
import { rapportAlsTekst, aantal } from '../../bevolking/tekst.js';
import { rapportAlsHtml } from '../../bevolking/html.js';
import { type InvoerFormaat, bronSql, copyOpties, duckdbMelding, ident, invoerFormaat, kolommen, openDuckDb, sqlTekst, uitFormaat } from './duckdb.js';
import { Partijwerkers, SCHEIDING, WerkerFout, type PartijUitkomst } from './werkers.js';
import { Steekproef, vergelijkSteekproef } from './controle.js';
import { type Run, laadRun } from './varianten.js';
import { Voortgang } from './voortgang.js';
import { sqlRun } from './sql.js';
import { leesSql, naSql } from './sql-na.js';

/** Rows per batch a thread evaluates at once: large enough to amortise a message, small enough to keep memory flat. */
const PARTIJ = 10_000;

export async function bevolking(args: readonly string[], io: Uitvoer): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args], allowPositionals: true, strict: true,
    options: {
      invoer: { type: 'string' }, uit: { type: 'string' }, peildatum: { type: 'string' }, 'peildatum-kolom': { type: 'string' },
      engine: { type: 'string', default: 'js' }, werkers: { type: 'string' }, variant: { type: 'string', multiple: true },
      groepeer: { type: 'string' }, rapport: { type: 'string' }, controleer: { type: 'string' },
    },
  });
  const [regeling] = positionals;
  if (!regeling || positionals.length > 1) throw new GebruiksFout('gebruik: regelwerk bevolking <regeling.regel> --invoer <gevallen.parquet|.csv|.ndjson|.json> --uit <uit.parquet|.csv|.ndjson>');
  if (!values.invoer) throw new GebruiksFout('--invoer <gevallen.parquet|.csv|.ndjson|.json> ontbreekt');
  if (!values.uit) throw new GebruiksFout('--uit <uit.parquet|.csv|.ndjson> ontbreekt');
  const formaat = invoerFormaat(values.invoer);
  if (formaat === null) throw new GebruiksFout(`--invoer '${values.invoer}': lees Parquet (.parquet), CSV (.csv), NDJSON (.ndjson, .jsonl) of een JSON-lijst (.json)`);
  const uitf = uitFormaat(values.uit);
  if (uitf === null) throw new GebruiksFout(`--uit '${values.uit}': schrijf Parquet (.parquet), CSV (.csv) of NDJSON (.ndjson, .jsonl)`);
  if (values.engine !== 'js' && values.engine !== 'sql') throw new GebruiksFout(`--engine is js of sql, niet '${values.engine}'`);
  if (values.peildatum !== undefined && values['peildatum-kolom'] !== undefined) throw new GebruiksFout('geef --peildatum of --peildatum-kolom, niet allebei');
  if (values.peildatum !== undefined && leesDatum(values.peildatum) === null) throw new GebruiksFout(`--peildatum verwacht een bestaande datum als JJJJ-MM-DD, niet '${values.peildatum}'`);
  const werkers = values.werkers === undefined ? availableParallelism() : positief('--werkers', values.werkers, 256);
  const steekproef = values.controleer === undefined ? 0 : positief('--controleer', values.controleer, 1_000_000);
  if (values.engine === 'sql' && (values.variant ?? []).length > 0) throw new GebruiksFout('--variant rekent met --engine js (elke variant in de rekenthreads); laat --engine sql weg');
  if (values.engine === 'sql' && values.werkers !== undefined) throw new GebruiksFout('--werkers geldt voor --engine js; DuckDB kiest met --engine sql zelf zijn threads');
  if (values.rapport !== undefined && !values.rapport.toLowerCase().endsWith('.html')) throw new GebruiksFout(`--rapport schrijft een HTML-pagina; geef een naam op .html, niet '${values.rapport}'`);
  for (const [optie, p] of [['--uit', values.uit], ['--rapport', values.rapport]] as const) {
    if (p !== undefined && !existsSync(dirname(p) || '.')) throw new GebruiksFout(`${optie} '${p}': de map '${dirname(p)}' bestaat niet`);
  }
  if (!existsSync(values.invoer)) throw padFout(Object.assign(new Error('ENOENT'), { code: 'ENOENT', syscall: 'open' }), 'invoerbestand', values.invoer);
  if (statSync(values.invoer).isDirectory()) throw new GebruiksFout(`invoerbestand '${values.invoer}' is een map, geen bestand`);

  const run = await laadRun(regeling, values.variant ?? [], io);
  if (run === null) return 1;

  ruimOpNaKill(dirname(values.uit), basename(values.uit));
  const tmpUit = join(dirname(values.uit), `.${basename(values.uit)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let tijdelijk: string | null = null;
  const opruimen = (): void => {
    rmSync(tmpUit, { force: true });
    if (tijdelijk !== null) rmSync(tijdelijk, { recursive: true, force: true });
  };
  // Ctrl-C or a kill: nothing half-written stays behind (the previous output, if any, is untouched).
  // The handlers come before the first file is made: a signal in between would end the process
  // with the default action and leave the file.
  const signaal = (s: NodeJS.Signals): void => {
    opruimen();
    process.exit(s === 'SIGINT' ? 130 : 143);
  };
  if (io.proces) { process.once('SIGINT', signaal); process.once('SIGTERM', signaal); }
  tijdelijk = mkdtempSync(join(tmpdir(), `regelwerk-bevolking-${process.pid}-`));
  const db = await openDuckDb(tijdelijk);
  try {
    const bron = bronSql(values.invoer, formaat);
    const cols = await leesKolommen(db.verbinding, bron, values.invoer, formaat);
    const namen = new Map(cols.map((c) => [c.naam.toLowerCase(), c.naam]));
    const kolom = (optie: string, n: string | undefined): string | null => {
      if (n === undefined) return null;
      const echt = namen.get(n.toLowerCase());
      if (echt === undefined) throw new GebruiksFout(`${optie} '${n}': de invoer '${values.invoer}' heeft geen kolom '${n}'; de kolommen zijn ${cols.map((c) => c.naam).join(', ')}`);
      return echt;
    };
    const peildatumKolom = kolom('--peildatum-kolom', values['peildatum-kolom']);
    const groepKolom = kolom('--groepeer', values.groepeer);
    const ontbreekt = run.invoer.filter((v) => v.type.soort !== 'leegbaar' && !namen.has(v.naam.toLowerCase()));
    if (ontbreekt.length > 0) {
      throw new GebruiksFout(`de invoer '${values.invoer}' mist de kolom${ontbreekt.length > 1 ? 'men' : ''} ${ontbreekt.map((v) => `'${v.naam}'`).join(', ')} (invoer van ${basename(regeling)}); de kolommen zijn ${cols.map((c) => c.naam).join(', ')}`);
    }
    const nieuw = run.kolomnamen();
    const vervangen = cols.filter((c) => nieuw.some((n) => n.toLowerCase() === c.naam.toLowerCase()));
    for (const c of vervangen) io.err(`regelwerk: de kolom '${c.naam}' van de invoer wordt in de uitvoer vervangen door de uitkomst met die naam`);

    let resultaat: { gevallen: number; fouten: number; rapport: Verschillen | null } | null = null;
    let select: string;
    if (values.engine === 'sql') {
      const s = await sqlRun(db.verbinding, run, bron, cols, { peildatum: values.peildatum ?? null, peildatumKolom, zonder: vervangen.map((c) => c.naam) });
      if (s.kind === 'buiten') {
        toonDiagnosen(s.diagnosen, new Map([[regeling, run.tekst]]), io);
        io.err(`regelwerk: ${basename(regeling)} valt buiten de SQL-deelverzameling (docs/sql.md); reken haar met --engine js. Er is niets geschreven`);
        return 1;
      }
      select = s.select;
    } else {
      const rapport = run.varianten.length > 0 || groepKolom !== null || values.rapport !== undefined
        ? new Verschillen(run.uitvoer, run.varianten.map((v) => ({ naam: v.naam, parameters: v.parameters === null ? [] : Object.keys(v.parameters) })), groepKolom) : null;
      const proef = new Steekproef(steekproef);
      const cijfers = run.kolommen().map((k) => (k.soort === 'getal' ? new Cijfers(k.eenheid === 'bedrag' ? 2 : 0) : null));
      const map = join(tijdelijk, 'uitkomst');
      mkdirSync(map);
      const js = await rekenJs(db, run, bron, map, { peildatum: values.peildatum ?? null, peildatumKolom, groepKolom, idKolom: namen.get('id') ?? null, werkers }, rapport, proef, cijfers, io)
        .catch((x: unknown) => { throw leesFout(x, values.invoer!, formaat); });
      resultaat = { gevallen: js.gevallen, fouten: js.fouten, rapport };
      const verschil = vergelijkSteekproef(run, proef, { peildatum: values.peildatum ?? null });
      if (verschil !== null) {
        io.err(`regelwerk: --controleer: ${verschil}; er is niets geschreven`);
        return 1;
      }
      if (steekproef > 0) io.err(`regelwerk: --controleer: ${aantal(proef.gevallen.length)} gevallen opnieuw gerekend met de interpreter: dezelfde uitvoer, fout en pad`);
      const uitKolommen = run.kolommen().map((k, i) => `CAST(r.c${i} AS ${kolomType(k.soort, cijfers[i] ?? null)}) AS ${ident(k.naam)}`);
      select = `SELECT b.*${vervangen.length > 0 ? ` EXCLUDE (${vervangen.map((c) => ident(c.naam)).join(', ')})` : ''}, ${uitKolommen.join(', ')} FROM ${bron} b POSITIONAL JOIN ${uitkomstSql(map, run.kolommen().length, js.gevallen)} r`;
    }
    await db.verbinding.run(`COPY (${select}) TO ${sqlTekst(tmpUit)} ${copyOpties(uitf)}`).catch((x: unknown) => {
      const melding = duckdbMelding(x);
      // reading the input again (SQL reads it here the first time) or writing the output
      if (/CSV Error|JSON|Parquet|Conversion Error|Invalid Input/i.test(x instanceof Error ? x.message : '') && !melding.includes(tmpUit)) throw leesFout(x, values.invoer!, formaat);
      throw new GebruiksFout(`uitvoerbestand '${values.uit}' is niet te schrijven: ${melding.split(tmpUit).join(values.uit!)}`);
    });
    if (resultaat === null) {
      // --engine sql: the counts, the report and the check read what DuckDB wrote
      const n = await naSql(db.verbinding, run, leesSql(tmpUit, uitf), { groepKolom, idKolom: namen.get('id') ?? null, peildatumKolom, peildatum: values.peildatum ?? null, steekproef, rapport: groepKolom !== null || values.rapport !== undefined });
      if (n.verschil !== null) {
        io.err(`regelwerk: --controleer: ${n.verschil}; er is niets geschreven`);
        return 1;
      }
      if (steekproef > 0) io.err(`regelwerk: --controleer: ${aantal(n.gecontroleerd)} gevallen opnieuw gerekend met de interpreter: dezelfde uitvoer, fout en pad`);
      resultaat = n;
    }
    renameSync(tmpUit, values.uit);
    io.err(`regelwerk: geschreven: ${values.uit} (${aantal(resultaat.gevallen)} gevallen, ${aantal(resultaat.fouten)} met een fout)`);
    if (resultaat.rapport) {
      io.out(rapportAlsTekst(resultaat.rapport.rapport));
      if (values.rapport !== undefined) {
        const html = rapportAlsHtml(resultaat.rapport.rapport, `${basename(regeling)} over ${basename(values.invoer)}`);
        const tmpRapport = `${values.rapport}.${process.pid}.tmp`;
        try {
          writeFileSync(tmpRapport, html);
          renameSync(tmpRapport, values.rapport);
        } catch (x) {
          rmSync(tmpRapport, { force: true });
          throw padFout(x, 'rapport', values.rapport);
        }
        io.err(`regelwerk: rapport geschreven: ${values.rapport}`);
      }
    }
    return 0;
  } catch (x) {
    if (x instanceof WerkerFout) {
      io.err(`regelwerk: ${x.message}; de run is afgebroken en er is niets geschreven`);
      return 70;
    }
    if (x instanceof TeVeelGroepen) throw new GebruiksFout(x.message);
    throw x;
  } finally {
    if (io.proces) { process.off('SIGINT', signaal); process.off('SIGTERM', signaal); }
    db.sluit();
    if (existsSync(tmpUit)) unlinkSync(tmpUit);
    opruimen();
  }
}

/**
 * What a killed run left (SIGKILL cannot be handled): the temporary output beside `naam` and the
 * temporary folder of a process that no longer exists. Never a file of a run that is still going.
 */
function ruimOpNaKill(map: string, naam: string): void {
  const dood = (pid: string): boolean => {
    try {
      process.kill(Number(pid), 0);
      return false;
    } catch (x) {
      return (x as NodeJS.ErrnoException).code === 'ESRCH';
    }
  };
  const weg = (pad: string): void => {
    try {
      rmSync(pad, { recursive: true, force: true });
    } catch {
      // someone else's file, or gone already: it was only tidying
    }
  };
  const uit = new RegExp(`^\\.${naam.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
  for (const [m, re] of [[map, uit], [tmpdir(), /^regelwerk-bevolking-(\d+)-/]] as const) {
    let namen: string[] = [];
    try {
      namen = readdirSync(m);
    } catch {
      continue;
    }
    for (const n of namen) {
      const pid = re.exec(n)?.[1];
      if (pid !== undefined && Number(pid) !== process.pid && dood(pid)) weg(join(m, n));
    }
  }
}

function positief(optie: string, tekst: string, max: number): number {
  const n = Number(tekst);
  if (!/^\d+$/.test(tekst) || n < 1 || n > max) throw new GebruiksFout(`${optie} verwacht een geheel getal van 1 tot en met ${max.toLocaleString('nl-NL')}, niet '${tekst}'`);
  return n;
}

const FORMAATNAAM: Record<InvoerFormaat, string> = { parquet: 'Parquet', csv: 'CSV', ndjson: 'NDJSON', json: 'JSON' };

async function leesKolommen(c: DuckDBConnection, bron: string, pad: string, formaat: InvoerFormaat): Promise<{ naam: string; type: string }[]> {
  let cols: { naam: string; type: string }[];
  try {
    cols = await kolommen(c, bron);
  } catch (x) {
    throw new GebruiksFout(`invoerbestand '${pad}' is niet te lezen als ${FORMAATNAAM[formaat]}: ${duckdbMelding(x)}`);
  }
  // DuckDB's sniffer falls back to one column when rows disagree on their number of fields
  const [enige] = cols;
  if (formaat === 'csv' && cols.length === 1 && enige && /[,;\t|]/.test(enige.naam)) {
    throw new GebruiksFout(`invoerbestand '${pad}' is niet te lezen als CSV: DuckDB herkent in de kop '${enige.naam}' maar één kolom; heeft een rij meer of minder velden dan de kop?`);
  }
  return cols;
}

/** DuckDB could not read the input while streaming it (a bad row past the part it sniffed): a usage error naming the file and the place. */
export function leesFout(x: unknown, pad: string, formaat: InvoerFormaat): unknown {
  if (x instanceof Error && /Error/.test(x.message) && !(x instanceof GebruiksFout) && !(x instanceof WerkerFout) && !(x instanceof TeVeelGroepen)) {
    return new GebruiksFout(`invoerbestand '${pad}' is niet te lezen als ${FORMAATNAAM[formaat]}: ${duckdbMelding(x)}`);
  }
  return x;
}

interface JsOpties {
  readonly peildatum: string | null;
  readonly peildatumKolom: string | null;
  readonly groepKolom: string | null;
  readonly idKolom: string | null;
  readonly werkers: number;
}

/**
 * DuckDB writes the policy's input of every row (its JSON, and the peildatum, group and id columns
 * as JSON strings) to a file of lines in `map`, natively and in parallel; this thread only cuts that
 * file into batches of PARTIJ lines and hands each, as bytes, to the threads, at most two batches
 * per thread under way. Each thread writes its batches' cells to files in `map`; the counts, the
 * digits of the number columns and (for the report and the check) the cells and rows come back
 * here, taken in input order.
 */
async function rekenJs(db: { verbinding: DuckDBConnection }, run: Run, bron: string, map: string, o: JsOpties, rapport: Verschillen | null, proef: Steekproef, cijfers: (Cijfers | null)[], io: Uitvoer): Promise<{ gevallen: number; fouten: number }> {
  const c = db.verbinding;
  const cols = new Set((await c.runAndReadAll(`DESCRIBE SELECT * FROM ${bron}`)).getRows().map((x) => String(x[0]).toLowerCase()));
  const velden = run.invoer.filter((v) => cols.has(v.naam.toLowerCase()));
  const json = velden.length === 0 ? `'{}'` : `to_json(struct_pack(${velden.map((v) => `${ident(v.naam)} := ${ident(v.naam)}`).join(', ')}))::VARCHAR`;
  const cellenTerug = rapport !== null || proef.n > 0;
  const extra = (k: string | null, nodig: boolean): string => (k === null || !nodig ? 'NULL' : `to_json(${ident(k)}::VARCHAR)::VARCHAR`);
  const voortgang = io.proces && process.stderr.isTTY ? new Voortgang(Number((await c.runAndReadAll(`SELECT count(*) FROM ${bron}`)).getRows()[0]![0])) : null;
  const bestand = join(map, 'invoer.regels');
  // no field holds the separator or a newline: DuckDB's JSON escapes every control character, so no field is quoted either
  await c.run(`COPY (SELECT ${json}, ${extra(o.peildatumKolom, true)}, ${extra(o.groepKolom, cellenTerug)}, ${extra(o.idKolom, cellenTerug)} FROM ${bron}) TO ${sqlTekst(bestand)} (FORMAT csv, HEADER false, DELIMITER '${SCHEIDING}', QUOTE '\x02', ESCAPE '\x02')`);
  const pool = await Partijwerkers.maak({ map, cellenTerug, invoerTerug: proef.n > 0, modules: run.modules, invoer: run.invoer, uitvoer: run.uitvoer, peildatum: o.peildatum, peildatumKolom: o.peildatumKolom !== null }, o.werkers);
  const breedte = run.kolommen().length;
  const perModule = run.uitvoer.length + 2;
  const getalKolommen = cijfers.flatMap((x) => (x === null ? [] : [x]));
  const onderweg = new Map<number, Promise<PartijUitkomst>>();
  let gevallen = 0;
  let fouten = 0;
  let volgende = 0;
  let partijen = 0;
  const neemVolgende = async (): Promise<void> => {
    const p = onderweg.get(volgende)!;
    onderweg.delete(volgende);
    const u = await p;
    fouten += u.fouten;
    u.cijfers.forEach((x, k) => getalKolommen[k]!.neem(x));
    if (u.cellen !== null && u.rijen !== null) {
      for (let i = 0; i < u.rijen.length; i++) {
        const rij = u.cellen.slice(i * breedte, (i + 1) * breedte);
        const r = u.rijen[i]!;
        const uitkomsten: RijUitkomst[] = run.modules.map((_, m) => ({ cellen: rij.slice(m * perModule, m * perModule + run.uitvoer.length), fout: rij[m * perModule + run.uitvoer.length] ?? null, pad: rij[m * perModule + run.uitvoer.length + 1] ?? null }));
        rapport?.voeg(gevallen + i + 1, r.id, o.groepKolom === null ? null : r.groep ?? '(leeg)', uitkomsten[0]!, uitkomsten.slice(1));
        proef.bied(gevallen + i + 1, r.id, r.json, o.peildatumKolom === null ? null : r.peildatum ?? '', uitkomsten);
      }
    }
    gevallen += u.gevallen;
    volgende++;
    voortgang?.zet(gevallen);
  };
  const fd = openSync(bestand, 'r');
  try {
    // the lines of the batch being cut: copied pieces of earlier reads, and where it starts in this one
    let delen: Uint8Array[] = [];
    let regels = 0;
    const verstuur = async (): Promise<void> => {
      const lengte = delen.reduce((n, d) => n + d.length, 0);
      const bytes = new Uint8Array(lengte); // its own memory: transferred to the thread
      let k = 0;
      for (const d of delen) { bytes.set(d, k); k += d.length; }
      delen = [];
      regels = 0;
      const nr = partijen++;
      const p = pool.reken({ partij: nr, regels: bytes });
      p.catch(() => undefined); // awaited in order by neemVolgende; a thread's death must not be an unhandled rejection first
      onderweg.set(nr, p);
      while (onderweg.size >= 2 * o.werkers) await neemVolgende();
    };
    const blok = Buffer.allocUnsafe(1 << 22);
    for (;;) {
      const n = readSync(fd, blok, 0, blok.length, null);
      if (n === 0) break;
      let begin = 0;
      for (let nl = blok.indexOf(10, 0); nl >= 0 && nl < n; nl = blok.indexOf(10, nl + 1)) {
        if (++regels === PARTIJ) {
          delen.push(blok.subarray(begin, nl + 1));
          begin = nl + 1;
          await verstuur();
        }
      }
      if (begin < n) delen.push(Uint8Array.prototype.slice.call(blok, begin, n)); // a copy: the block is read into again
    }
    if (delen.length > 0) await verstuur();
    while (onderweg.size > 0) await neemVolgende();
  } finally {
    closeSync(fd);
    voortgang?.klaar();
    await pool.stop();
  }
  return { gevallen, fouten };
}

/** The cells the threads wrote, as one relation in input order (an empty one for an empty input). */
export function uitkomstSql(map: string, breedte: number, gevallen: number): string {
  const kolommen = Array.from({ length: breedte }, (_, i) => `c${i}`);
  if (gevallen === 0) return `(SELECT ${kolommen.map((k) => `NULL::VARCHAR AS ${k}`).join(', ')} WHERE false)`;
  return `read_json(${sqlTekst(join(map, 'partij-*.ndjson'))}, format = 'newline_delimited', columns = {${kolommen.map((k) => `${k}: 'VARCHAR'`).join(', ')}})`;
}
