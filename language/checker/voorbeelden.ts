// Voorbeelden: each example's peildatum, parameters, given inputs (all of them, RW1012) and
// expected outputs as constants of their types, and the file-wide `voorbeelden peildatum` (RW1014).
import type * as A from '../ast.js';
import { bedoelde } from '../diagnostics.js';
import { leesDatum } from '../../runtime/datum.js';
import type { Checker } from './staat.js';
import { controleerConstante } from './constanten.js';

/** The file-wide `voorbeelden peildatum`: one at most (RW1014), an existing date (RW2010). */
export function controleerVoorbeeldenPeildatum(ch: Checker, b: A.Bestand): string | null {
  const ds = b.declaraties.filter((d): d is A.Declaratie & { kind: 'VoorbeeldenPeildatum' } => d.kind === 'VoorbeeldenPeildatum');
  const eerste = ds[0];
  if (!eerste) return null;
  for (const d of ds.slice(1)) {
    ch.meld('RW1014', `'voorbeelden peildatum' staat er al (${eerste.peildatum}, regel ${eerste.plek.regel}); een bestand heeft één standaardpeildatum voor zijn voorbeelden`, d.plek,
      `verwijder een van beide, of geef een voorbeeld zijn eigen 'peildatum ${d.peildatum}'`);
  }
  for (const d of ds) if (leesDatum(d.peildatum) === null) ch.meld('RW2010', `'${d.peildatum}' is geen bestaande datum`, d.plek);
  return leesDatum(eerste.peildatum) === null ? null : eerste.peildatum;
}

export function controleerVoorbeeld(ch: Checker, v: A.Declaratie & { kind: 'Voorbeeld' }): void {
  if (v.peildatum && leesDatum(v.peildatum) === null) ch.meld('RW2010', `'${v.peildatum}' is geen bestaande datum`, v.plek);
  for (const p of v.parameters) {
    const info = ch.parameters.get(p.naam);
    if (!info) ch.meld('RW1001', `onbekende parameter '${p.naam}'`, p.plek, bedoelde(p.naam, ch.parameters.keys()));
    else controleerConstante(ch, p.waarde, info.type, `parameter '${p.naam}'`);
  }
  for (const g of v.gegeven) {
    const inv = ch.invoer.get(g.naam);
    if (!inv) ch.meld('RW1010', `'${g.naam}' is geen invoer`, g.plek, bedoelde(g.naam, ch.invoer.keys()));
    // an example that expects an error may give input outside its range on purpose
    else controleerConstante(ch, g.waarde, inv.type, `invoer '${g.naam}'`, v.verwachtFout === null);
  }
  const ontbreekt = [...ch.invoer.keys()].filter((n) => !v.gegeven.some((g) => g.naam === n));
  if (ontbreekt.length > 0) ch.meld('RW1012', `voorbeeld '${v.naam}' geeft geen waarde voor ${ontbreekt.map((n) => `'${n}'`).join(', ')}`, v.plek);
  for (const w of v.verwacht) {
    const r = ch.uitvoer.get(w.naam) ?? (ch.regels.has(w.naam) ? ch.regels.get(w.naam) : undefined);
    if (!r) ch.meld('RW1010', `'${w.naam}' is geen uitvoer of regel`, w.plek, bedoelde(w.naam, [...ch.uitvoer.keys(), ...ch.regels.keys()]));
    else controleerConstante(ch, w.waarde, r.type, `'${w.naam}'`);
  }
}
