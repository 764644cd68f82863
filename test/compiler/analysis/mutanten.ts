// Mutants of a policy, made systematically on its AST and applied to its text at the nodes'
// positions: remove a cap (one arm of `minimum van` / `maximum van`), flip a comparison (`groter
// dan` and `kleiner dan`, `ten minste` and `ten hoogste`, `na` and `voor`, `<` and `>`), drop an
// exception, and give a table row another row's value. A mutant that does not check is no mutant.
import type * as A from '../../../language/ast.js';
import { alleExpressies, wortelExpressies } from '../../../language/walk.js';

export type MutatieSoort = 'grens weg' | 'vergelijking om' | 'uitzondering weg' | 'rij anders';
export const MUTATIESOORTEN: readonly MutatieSoort[] = ['grens weg', 'vergelijking om', 'uitzondering weg', 'rij anders'];

export interface Mutant {
  readonly soort: MutatieSoort;
  /** What changed, for a drafter: `r. 153: 'maximum van (...)' wordt '(...)'`. */
  readonly beschrijving: string;
  readonly tekst: string;
}

/** The comparison words and their opposites (either way round). */
const OMGEKEERD: readonly [RegExp, string][] = [
  [/\bgroter dan\b/, 'kleiner dan'], [/\bkleiner dan\b/, 'groter dan'],
  [/\bten minste\b/, 'ten hoogste'], [/\bten hoogste\b/, 'ten minste'],
  [/\bna\b/, 'voor'], [/\bvoor\b/, 'na'],
  [/<=/, '>='], [/>=/, '<='], [/</, '>'], [/>/, '<'],
];

const kort = (s: string): string => (s.length > 50 ? `${s.slice(0, 47)}...` : s).replace(/\s+/g, ' ');

function vervang(tekst: string, van: number, tot: number, door: string): string {
  return tekst.slice(0, van) + door + tekst.slice(tot);
}

/** Every mutant of the file, per kind in file order. */
export function mutanten(bestand: A.Bestand, tekst: string): Mutant[] {
  const uit: Mutant[] = [];
  const regels = bestand.declaraties.filter((d): d is A.Declaratie & { kind: 'Regel' | 'Functie' } => d.kind === 'Regel' || d.kind === 'Functie');
  const expressies = wortelExpressies({ ...bestand, declaraties: regels }).flatMap((w) => [...alleExpressies(w)]);
  for (const e of expressies) {
    if (e.kind === 'LijstOp' && (e.op === 'minimum' || e.op === 'maximum') && e.arg.kind === 'Tupel') {
      for (const lid of e.arg.leden) {
        const door = `(${tekst.slice(lid.plek.offset, lid.plek.eind)})`;
        uit.push({ soort: 'grens weg', beschrijving: `r. ${e.plek.regel}: '${kort(tekst.slice(e.plek.offset, e.plek.eind))}' wordt '${kort(door)}'`, tekst: vervang(tekst, e.plek.offset, e.plek.eind, door) });
      }
    }
    if (e.kind === 'Vergelijking' && e.op !== '=' && e.op !== '!=' && e.links.plek.eind <= e.rechts.plek.offset) {
      const midden = tekst.slice(e.links.plek.eind, e.rechts.plek.offset);
      const regel = OMGEKEERD.find(([r]) => r.test(midden));
      if (!regel || midden.includes('\n') || midden.length > 40) continue;
      const nieuw = midden.replace(regel[0], regel[1]);
      uit.push({ soort: 'vergelijking om', beschrijving: `r. ${e.plek.regel}: '${kort(midden.trim())}' wordt '${kort(nieuw.trim())}'`, tekst: vervang(tekst, e.links.plek.eind, e.rechts.plek.offset, nieuw) });
    }
  }
  for (const d of regels) {
    if (d.kind !== 'Regel') continue;
    for (const u of d.uitzonderingen) {
      // up to the line after it, so that its `bron` line goes with it
      const begin = tekst.lastIndexOf('\n', u.plek.offset) + 1;
      const volgende = [...d.uitzonderingen.map((x) => x.plek.offset), ...bestand.declaraties.map((x) => x.plek.offset)].filter((o) => o > u.plek.offset);
      const eind = tekst.lastIndexOf('\n', Math.min(...volgende, tekst.length)) + 1;
      uit.push({ soort: 'uitzondering weg', beschrijving: `r. ${u.plek.regel}: uitzondering '${u.label}' van regel '${d.naam}' weg`, tekst: vervang(tekst, begin, Math.max(eind, u.plek.eind), '') });
    }
    if (d.waarde.kind !== 'Tabel') continue;
    const rijen = d.waarde.rijen;
    for (const r of rijen) {
      // a comparison in a cell (`groter dan 5`), flipped in the cell's text
      for (const cel of r.toetsen) {
        const t = cel.toets;
        if (t.kind !== 'vergelijk' || t.op === '=' || t.op === '!=') continue;
        const regel = OMGEKEERD.find(([x]) => x.test(cel.tekst));
        if (!regel) continue;
        const nieuw = cel.tekst.replace(regel[0], regel[1]);
        uit.push({ soort: 'vergelijking om', beschrijving: `r. ${cel.plek.regel}: cel '${kort(cel.tekst)}' van rij ${r.nummer} van regel '${d.naam}' wordt '${kort(nieuw)}'`, tekst: vervang(tekst, cel.plek.offset, cel.plek.eind, nieuw) });
      }
      const anders = rijen.find((x) => x.uitvoerCel.tekst !== r.uitvoerCel.tekst);
      if (!anders) continue;
      uit.push({ soort: 'rij anders', beschrijving: `r. ${r.plek.regel}: rij ${r.nummer} van regel '${d.naam}' geeft '${kort(anders.uitvoerCel.tekst)}' in plaats van '${kort(r.uitvoerCel.tekst)}'`, tekst: vervang(tekst, r.uitvoerCel.plek.offset, r.uitvoerCel.plek.eind, anders.uitvoerCel.tekst) });
    }
  }
  return uit;
}
