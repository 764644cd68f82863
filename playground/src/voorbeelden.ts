// Voorbeeldregelingen (policies/*.regel, meegebundeld) en de Kamerbrieven die ze citeren; welke passage
// een regeling citeert staat in compiler/doc/bronnen.ts (ook voor `regelwerk doc`).
import { briefTitel, passagesInBron, passagesVan, passageTekst as passageTekstUit, type Passage } from '../../compiler/index.js';
const REGELINGEN = import.meta.glob<string>('../../policies/*.regel', { query: '?raw', import: 'default', eager: true });
const BRIEVEN = import.meta.glob<string>('../../docs/bronnen/*.txt', { query: '?raw', import: 'default', eager: true });

export const STANDAARD_VOORBEELD = 'ketenbepaling.regel';

const bestandsnaam = (pad: string): string => pad.slice(pad.lastIndexOf('/') + 1);

/** Bestandsnaam (zoals `ketenbepaling.regel`) → tekst. */
export const VOORBEELDEN: ReadonlyMap<string, string> = new Map(
  Object.entries(REGELINGEN).map(([pad, tekst]) => [bestandsnaam(pad), tekst] as const).sort(([a], [b]) => a.localeCompare(b)),
);

/** De naam na `regeling` (voor de kiezer), of de bestandsnaam. */
export function titelVan(bestand: string): string {
  const tekst = VOORBEELDEN.get(bestand) ?? '';
  const m = /^regeling\s+(\S+)/m.exec(tekst);
  return m?.[1] ? `${m[1]} (${bestand})` : bestand;
}

/** De tekst van een passage, als leesbare alinea's (de brief is op regelbreedte afgebroken). */
export function passageTekst(p: Passage): string[] {
  const pad = Object.keys(BRIEVEN).find((k) => k.endsWith(`/${p.brief}`));
  return passageTekstUit(p, pad ? BRIEVEN[pad] ?? '' : '');
}

export { briefTitel, passagesInBron, passagesVan, type Passage };
