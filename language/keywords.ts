// The one table of Regelwerk's Dutch keywords. The lexer, the editor's highlighter and completion,
// and the formatter all read it; a new keyword is one line here.

import { EENHEDEN, type DuurEenheid } from '../runtime/duur.js';

export type WoordSoort = 'structuur' | 'type' | 'operator' | 'waarde' | 'eenheid' | 'lijst';

export interface Sleutelwoord {
  readonly woord: string;
  readonly soort: WoordSoort;
  /**
   * A type word that is also a name: in a type position it is the type, everywhere else a name
   * (`uitvoer percentage: percentage of leeg`). Only words that start nothing but a type qualify,
   * and `reeks`, which starts a range only as `reeks van` (the grammar tries that first).
   */
  readonly ookNaam?: true;
}

/** Single-word keywords. Multi-word phrases ("is ten minste") are sequences of these; see FRASEN. */
export const SLEUTELWOORDEN: readonly Sleutelwoord[] = [
  // declarations and their clauses
  { woord: 'regeling', soort: 'structuur' },
  { woord: 'bron', soort: 'structuur' },
  { woord: 'geldig', soort: 'structuur' },
  { woord: 'vanaf', soort: 'structuur' },
  { woord: 'tot', soort: 'structuur' },
  { woord: 'gebruik', soort: 'structuur' },
  { woord: 'soort', soort: 'structuur' },
  { woord: 'invoer', soort: 'structuur' },
  { woord: 'uitvoer', soort: 'structuur' },
  { woord: 'parameter', soort: 'structuur' },
  { woord: 'functie', soort: 'structuur' },
  { woord: 'regel', soort: 'structuur' },
  { woord: 'uitzondering', soort: 'structuur' },
  { woord: 'indien', soort: 'structuur' },
  { woord: 'eis', soort: 'structuur' },
  { woord: 'melding', soort: 'structuur' },
  { woord: 'bereik', soort: 'structuur' },
  { woord: 'voorbeeld', soort: 'structuur' },
  { woord: 'voorbeelden', soort: 'structuur' },
  { woord: 'gegeven', soort: 'structuur' },
  { woord: 'verwacht', soort: 'structuur' },
  { woord: 'fout', soort: 'structuur' },
  { woord: 'eigenschap', soort: 'structuur' },
  { woord: 'hangt', soort: 'structuur' },
  { woord: 'af', soort: 'structuur' },
  { woord: 'stijgt', soort: 'structuur' },
  { woord: 'daalt', soort: 'structuur' },
  // decision tables: `regel x is tabel eerste | ... |`
  { woord: 'tabel', soort: 'structuur' },
  { woord: 'uniek', soort: 'structuur' },
  // types
  { woord: 'getal', soort: 'type', ookNaam: true },
  { woord: 'geheel', soort: 'type' },
  { woord: 'bedrag', soort: 'type', ookNaam: true },
  { woord: 'percentage', soort: 'type', ookNaam: true },
  { woord: 'datum', soort: 'type', ookNaam: true },
  { woord: 'duur', soort: 'type', ookNaam: true },
  { woord: 'tekst', soort: 'type', ookNaam: true },
  { woord: 'keuze', soort: 'type' },
  { woord: 'gegevens', soort: 'type' },
  { woord: 'lijst', soort: 'type' },
  // expressions
  { woord: 'als', soort: 'operator' },
  { woord: 'dan', soort: 'operator' },
  { woord: 'anders', soort: 'operator' },
  { woord: 'en', soort: 'operator' },
  { woord: 'of', soort: 'operator' },
  { woord: 'niet', soort: 'operator' },
  { woord: 'is', soort: 'operator' },
  { woord: 'ten', soort: 'operator' },
  { woord: 'minste', soort: 'operator' },
  { woord: 'hoogste', soort: 'operator' },
  { woord: 'groter', soort: 'operator' },
  { woord: 'kleiner', soort: 'operator' },
  { woord: 'gelijk', soort: 'operator' },
  { woord: 'aan', soort: 'operator' },
  { woord: 'na', soort: 'operator' },
  { woord: 'voor', soort: 'operator' },
  { woord: 'een', soort: 'operator' },
  { woord: 'geen', soort: 'operator' },
  { woord: 'van', soort: 'operator' },
  { woord: 'afgerond', soort: 'operator' },
  { woord: 'op', soort: 'operator' },
  { woord: 'centen', soort: 'operator' },
  { woord: "euro's", soort: 'operator' },
  { woord: 'decimalen', soort: 'operator' },
  { woord: 'hele', soort: 'operator' },
  { woord: 'getallen', soort: 'operator' },
  { woord: 'naar', soort: 'operator' },
  { woord: 'beneden', soort: 'operator' },
  { woord: 'boven', soort: 'operator' },
  { woord: 'rekenkundig', soort: 'operator' },
  { woord: 'bankiers', soort: 'operator' },
  { woord: 'veelvoud', soort: 'operator' },
  { woord: 'peildatum', soort: 'waarde' },
  // the calendar: `tijdsduur van A tot B in hele jaren`, `de datum met jaar J, maand M en dag D`
  { woord: 'tijdsduur', soort: 'operator' },
  { woord: 'de', soort: 'operator' },
  // `reeks van A tot en met B`; also a name (`uitvoer reeks`): only `reeks van` starts a range
  { woord: 'reeks', soort: 'lijst', ookNaam: true },
  // list operations and binders
  { woord: 'aantal', soort: 'lijst' },
  { woord: 'som', soort: 'lijst' },
  { woord: 'minimum', soort: 'lijst' },
  { woord: 'maximum', soort: 'lijst' },
  { woord: 'eerste', soort: 'lijst' },
  { woord: 'laatste', soort: 'lijst' },
  { woord: 'er', soort: 'lijst' },
  { woord: 'alle', soort: 'lijst' },
  { woord: 'elke', soort: 'lijst' },
  { woord: 'elk', soort: 'lijst' },
  { woord: 'in', soort: 'lijst' },
  { woord: 'waarvoor', soort: 'lijst' },
  { woord: 'geldt', soort: 'lijst' },
  { woord: 'geeft', soort: 'lijst' },
  { woord: 'vouw', soort: 'lijst' },
  { woord: 'met', soort: 'lijst' },
  { woord: 'beginnend', soort: 'lijst' },
  { woord: 'bij', soort: 'lijst' },
  // values
  { woord: 'ja', soort: 'waarde' },
  { woord: 'nee', soort: 'waarde' },
  { woord: 'leeg', soort: 'waarde' },
  // duration units, singular and plural, from the runtime's unit table
  ...EENHEDEN.flatMap((e): Sleutelwoord[] => [{ woord: e.enkelvoud, soort: 'eenheid' }, { woord: e.meervoud, soort: 'eenheid' }]),
];

/** Multi-word phrases, for completion and documentation; the grammar reads them word by word. */
export const FRASEN: readonly string[] = [
  'geldig vanaf', 'geldig tot', 'is niet', 'is gelijk aan', 'is ten minste', 'is ten hoogste',
  'is groter dan', 'is kleiner dan', 'is na', 'is voor', 'is een van', 'is geen van', 'is leeg',
  'is niet leeg', 'als dan anders', 'er is een', 'voor alle', 'waarvoor', 'geldt', 'som van',
  'minimum van', 'maximum van', 'eerste van', 'laatste van', 'afgerond op centen',
  "afgerond op euro's", 'afgerond naar boven op veelvoud van', 'afgerond naar beneden op veelvoud van', 'naar beneden', 'naar boven', 'rekenkundig', 'bankiers', 'hangt niet af van',
  'stijgt niet als', 'daalt niet als', 'beginnend bij', 'lijst van', 'ja/nee', 'of leeg',
  'tijdsduur van', 'in hele jaren', 'in hele maanden', 'in hele weken', 'in dagen', 'jaar van', 'maand van', 'dag van',
  'de datum met jaar', 'reeks van', 'geheel getal', 'tot en met', 'tabel eerste', 'tabel uniek', 'groter dan', 'kleiner dan', 'voorbeelden peildatum',
];

/** Every word for a duration unit (singular or plural) to its unit. */
export const DUUR_EENHEDEN: Readonly<Record<string, DuurEenheid>> = Object.fromEntries(
  EENHEDEN.flatMap((e) => [[e.enkelvoud, e.meervoud], [e.meervoud, e.meervoud]]),
);

/** The words for duration units, in the order of the keyword table. */
export const EENHEIDWOORDEN: readonly string[] = EENHEDEN.flatMap((e) => [e.enkelvoud, e.meervoud]);
