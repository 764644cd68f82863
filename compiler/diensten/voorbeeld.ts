// "Run with example" in an editor: evaluate a policy on the input of one of its `voorbeeld`
// blocks and show the outputs and the explanation as `regelwerk run --uitleg --formaat tekst`
// writes them, or the error in the drafter's words.
import { evalueer } from '../interpreter/interpreter.js';
import { kiesPeildatum, voorbeeldInvoer } from '../interpreter/voorbeelden.js';
import { uitlegAlsTekst } from '../interpreter/uitleg-tekst.js';
import { RegelwerkFout } from '../../runtime/fouten.js';
import type { Werkruimte } from './werkruimte.js';

/** The names of the document's examples, in order. */
export function voorbeeldNamen(w: Werkruimte, bestand: string): string[] {
  return w.bekijk(bestand)?.geladen.gecontroleerd.voorbeelden.map((v) => v.naam) ?? [];
}

export type VoorbeeldRun =
  | { readonly kind: 'ok'; readonly voorbeeld: string; readonly tekst: string }
  | { readonly kind: 'fout'; readonly melding: string };

export function voerVoorbeeldUit(w: Werkruimte, bestand: string, naam?: string): VoorbeeldRun {
  const b = w.bekijk(bestand);
  if (!b) return { kind: 'fout', melding: `${bestand} is niet geopend` };
  if (!b.geladen.ok) return { kind: 'fout', melding: 'de regeling heeft fouten; los die eerst op' };
  const g = b.geladen.gecontroleerd;
  const v = naam === undefined ? g.voorbeelden[0] : g.voorbeelden.find((x) => x.naam === naam);
  if (!v) return { kind: 'fout', melding: naam === undefined ? 'deze regeling heeft geen voorbeeld' : `er is geen voorbeeld "${naam}"` };
  const { invoer, opties } = voorbeeldInvoer(g, v);
  const peildatum = kiesPeildatum(g, v).peildatum;
  try {
    const r = evalueer(g, invoer, { ...opties, peildatum });
    return { kind: 'ok', voorbeeld: v.naam, tekst: `voorbeeld "${v.naam}"\n\n${JSON.stringify(r.uitvoer, null, 2)}\n\n${uitlegAlsTekst(r.uitleg, g)}` };
  } catch (x) {
    if (x instanceof RegelwerkFout) return { kind: 'ok', voorbeeld: v.naam, tekst: `voorbeeld "${v.naam}"\n\nfout (${x.soort}): ${x.message}` };
    throw x;
  }
}
