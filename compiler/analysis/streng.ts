// The house rules of `regelwerk check --streng`, for the CLI, the policy tests and the playground
// alike: a source on every declaration that states law, at least three properties, and no
// warnings (with --streng a warning is an error). Browser-safe: no file system, no Node.
import type * as A from '../../language/ast.js';
import { diagnose, opPlek, type Diagnose } from '../../language/diagnostics.js';

/** The fewest `eigenschap` declarations a policy needs under --streng. */
export const MIN_EIGENSCHAPPEN = 3;

const BRON_TOEVOEGEN = 'voeg `bron "..."` toe met het artikel, besluit of de brief waar dit op berust';

/**
 * RW5001 for each regel, uitzondering, parameter, invoer and uitvoer without a `bron` (a dated
 * parameter row may leave its own source out: the parameter's source covers it), and RW5002 when
 * the file has fewer than MIN_EIGENSCHAPPEN properties.
 */
export function huisregels(bestand: A.Bestand): Diagnose[] {
  const uit: Diagnose[] = [];
  const zonderBron = (wat: string, plek: A.Plek): void => {
    uit.push(diagnose('RW5001', `${wat} heeft geen bron`, bestand.bestandsnaam, plek, BRON_TOEVOEGEN));
  };
  for (const d of bestand.declaraties) {
    if (d.kind === 'Regel' || d.kind === 'Parameter' || d.kind === 'Invoer' || d.kind === 'Uitvoer') {
      if (d.bron === null) zonderBron(`${d.kind.toLowerCase()} '${d.naam}'`, d.naamPlek);
    }
    if (d.kind === 'Regel') {
      for (const u of d.uitzonderingen) if (u.bron === null) zonderBron(`uitzondering '${u.label}' van regel '${d.naam}'`, u.plek);
    }
  }
  const eigenschappen = bestand.declaraties.filter((d) => d.kind === 'Eigenschap').length;
  if (eigenschappen < MIN_EIGENSCHAPPEN) {
    const plek = bestand.kop?.plek ?? { offset: 0, eind: 1, regel: 1, kolom: 1 };
    const hoeveel = eigenschappen === 0 ? 'geen eigenschappen' : eigenschappen === 1 ? 'één eigenschap' : `${eigenschappen} eigenschappen`;
    uit.push(diagnose('RW5002', `de regeling heeft ${hoeveel}; streng vraagt er ten minste ${MIN_EIGENSCHAPPEN}`, bestand.bestandsnaam, plek,
      "leg vast wat altijd moet gelden, bijvoorbeeld `eigenschap \"...\": uitkomst hangt niet af van naam` of `... stijgt niet als ...`"));
  }
  return uit;
}

/**
 * The strict view of a file's diagnostics: each warning becomes an error (its code and place
 * kept), plus the house rules, in file order. Diagnostics of other files (a stdlib module) stay
 * as they are: a drafter cannot fix those.
 */
export function streng(bestand: A.Bestand, diagnosen: readonly Diagnose[]): Diagnose[] {
  const strenger = diagnosen.map((d): Diagnose => (d.ernst === 'waarschuwing' && d.bestand === bestand.bestandsnaam
    ? { ...d, ernst: 'fout', melding: `${d.melding} (een waarschuwing telt met --streng als fout)` }
    : d));
  return [...strenger, ...huisregels(bestand)].sort(opPlek);
}
