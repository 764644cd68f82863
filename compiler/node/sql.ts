// `regelwerk sql <regeling.regel> --dialect duckdb|postgres [--peildatum D | --peildatum-kolom k] [--tabel]`:
// prints the one SELECT over the relation `gevallen` that compiler/sql/ makes of a policy (with
// `--tabel`, first the CREATE TABLE of `gevallen` it expects), or the RW60xx diagnostics of what lies
// outside the SQL subset, with file:line:col and a code frame, and exit 1. Only the files are
// Node's here: the translation itself is browser-safe.
import { parseArgs } from 'node:util';
import { naarSql, gevallenTabel, type SqlDialect, type SqlOpties } from '../sql/index.js';
import { leesDatum } from '../../runtime/datum.js';
import { vandaag } from '../../runtime/runtime.js';
import { GebruiksFout, type Uitvoer } from './gebruik.js';
import { leesOfFout, toonDiagnosen } from './opdrachten.js';

const DIALECTEN: readonly SqlDialect[] = ['duckdb', 'postgres'];
const GEBRUIK = 'gebruik: regelwerk sql <regeling.regel> --dialect duckdb|postgres [--peildatum JJJJ-MM-DD | --peildatum-kolom kolom] [--tabel]';

export function sql(args: readonly string[], io: Uitvoer): number {
  const { values, positionals } = parseArgs({
    args: [...args], allowPositionals: true, strict: true,
    options: { dialect: { type: 'string' }, peildatum: { type: 'string' }, 'peildatum-kolom': { type: 'string' }, tabel: { type: 'boolean', default: false } },
  });
  const [pad] = positionals;
  if (!pad || positionals.length > 1) throw new GebruiksFout(GEBRUIK);
  const opties = sqlOpties(values.dialect, values.peildatum, values['peildatum-kolom']);
  const r = leesOfFout(pad);
  if (!r.ok) {
    toonDiagnosen(r.diagnosen.filter((d) => d.ernst === 'fout'), r.teksten, io);
    io.err(`regelwerk: '${pad}' bevat fouten; er is geen SQL gemaakt`);
    return 1;
  }
  const { sql: select, diagnosen } = naarSql(r.gecontroleerd, opties);
  // RW6010 is about the options, not the policy (a peildatum column named as an input or `id`):
  // a mistake in the call, so a usage error.
  const optieFout = diagnosen.find((d) => d.code === 'RW6010');
  if (optieFout) throw new GebruiksFout(`${optieFout.melding.replace(/^niet naar SQL te vertalen: /, '')}; kies een andere naam met --peildatum-kolom`);
  const fouten = diagnosen.filter((d) => d.ernst === 'fout');
  toonDiagnosen(diagnosen, r.teksten, io);
  if (fouten.length > 0) {
    io.err(`regelwerk: '${pad}' valt buiten wat naar SQL kan (${fouten.length} ${fouten.length === 1 ? 'plek' : 'plekken'}); er is geen SQL gemaakt`);
    return 1;
  }
  if (values.tabel) io.out(`${metPuntkomma(gevallenTabel(r.gecontroleerd, opties))}\n`);
  io.out(metPuntkomma(select));
  if (values.peildatum === undefined && values['peildatum-kolom'] === undefined) {
    // As `regelwerk run` without --peildatum: today. The SQL keeps that date, so say it.
    io.err(`regelwerk: peildatum ${opties.peildatum} (vandaag) staat vast in de SQL; kies een andere met --peildatum, of neem haar per geval uit een kolom met --peildatum-kolom`);
  }
  return 0;
}

/** The options of the translation from the command line, each checked with a Dutch usage error. */
function sqlOpties(dialect: string | undefined, peildatum: string | undefined, kolom: string | undefined): SqlOpties {
  if (dialect === undefined) throw new GebruiksFout(`--dialect ontbreekt: kies duckdb of postgres\n${GEBRUIK}`);
  if (!isDialect(dialect)) throw new GebruiksFout(`--dialect is duckdb of postgres, niet '${dialect}'`);
  if (peildatum !== undefined && kolom !== undefined) {
    throw new GebruiksFout('geef --peildatum (één datum voor alle gevallen) of --peildatum-kolom (een datum per geval), niet beide');
  }
  if (kolom !== undefined) {
    if (kolom.trim() === '') throw new GebruiksFout('--peildatum-kolom verwacht de naam van een DATE-kolom van gevallen');
    return { dialect, peildatumKolom: kolom };
  }
  if (peildatum !== undefined) {
    if (leesDatum(peildatum) === null) throw new GebruiksFout(`--peildatum verwacht een bestaande datum als JJJJ-MM-DD, niet '${peildatum}'`);
    return { dialect, peildatum };
  }
  return { dialect, peildatum: vandaag() };
}

function isDialect(x: string): x is SqlDialect {
  return (DIALECTEN as readonly string[]).includes(x);
}

/** One statement, ending in one semicolon, so the output can be piped into psql or duckdb as it is. */
function metPuntkomma(statement: string): string {
  const t = statement.trimEnd();
  return t.endsWith(';') ? t : `${t};`;
}
