// The words of an explanation: how a rule was decided, where a parameter's value came from, a
// rule already explained, a source. One wording for every reader of the tree: the text of the
// CLI (uitleg-tekst.ts) and the playground's tree (through the package entry); each lays it out
// its own way, but none words it anew. No imports but types, so a page can load it cheaply.
import type { Besluit } from './interpreter.js';

/**
 * How a rule was decided: `basisregel`, `rij 2: < 18 | € 0` (a decision table), `uitzondering 'jong'`,
 * or with the applicable exceptions it overrode (`op`): `uitzondering 'stage' (gaat voor 'jong')`.
 */
export function besluitTekst(b: Besluit): string {
  if (b.soort === 'basis') return 'basisregel';
  if (b.soort === 'tabel') return `rij ${b.rij}: ${b.cellen.join(' | ')}`;
  const over = b.overschrijft && b.overschrijft.length > 0 ? ` (gaat voor ${b.overschrijft.map((n) => `'${n}'`).join(', ')})` : '';
  return `uitzondering '${b.naam}'${over}`;
}

/** The decision as the tree shows it next to the value: `[basisregel]`. */
export function besluitLabel(b: string): string {
  return `[${b}]`;
}

/** Where a parameter's value came from, after the value: ` (opgegeven)`, ` (rij vanaf 2026-01-01)`, or nothing. */
export function parameterHerkomst(p: { readonly overschreven: boolean; readonly vanaf: string | null; readonly op?: string }): string {
  const delen = [p.overschreven ? 'opgegeven' : p.vanaf ? `rij vanaf ${p.vanaf}` : null, p.op !== undefined ? `op ${p.op}` : null].filter((x) => x !== null);
  return delen.length > 0 ? ` (${delen.join(', ')})` : '';
}

/** The source of a rule, exception, table row or policy: `bron: <tekst>`. */
export function bronTekst(bron: string): string {
  return `bron: ${bron}`;
}

/** The words in front of what a rule read: `invoer x`, `parameter y`, `functie f` (called in a table's row), `regeling r` (a used policy called). */
export const GEBRUIK_WOORD = { invoer: 'invoer', parameter: 'parameter', functie: 'functie', regeling: 'regeling' } as const;

/** A rule explained earlier in the same tree: its value only, not its explanation again. */
export const HERHAALD = '(zie hierboven)';
