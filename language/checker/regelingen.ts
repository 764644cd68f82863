// Calls of a used policy (`gebruik regeling naam`, then `naam(invoer: E, ...)` or `... op D`):
// every input named once (RW1021), each given except one that may be leeg (RW2025), of a type a
// call can give (RW2026: no records or lists) and matching it; the value is a record of the used
// policy's outputs, so `.uurloon` reads one. Loading the used policies is language/regelingen.ts.
import type * as A from '../ast.js';
import { bedoelde } from '../diagnostics.js';
import { type Type, T, schrijfType, zonderLeeg } from '../../runtime/typen.js';
import type { Checker, Scope } from './staat.js';
import { eis } from './leeg.js';
import { controleerBereik } from './typen.js';
import { isConstante } from './constanten.js';

/** Can a call give an input of this type? Base types and keuzes (also `of leeg`); no records or lists. */
export function aanroepbaar(t: Type): boolean {
  const k = zonderLeeg(t);
  return k.soort !== 'gegevens' && k.soort !== 'lijst';
}

/** The type of a call's value: a record with a field per output of the used policy. */
export function uitvoerRecord(g: { readonly uitvoer: readonly { readonly naam: string; readonly type: Type }[] }): Type {
  return { soort: 'gegevens', velden: g.uitvoer.map((u) => ({ naam: u.naam, type: u.type })) };
}

export function regelingAanroep(ch: Checker, e: A.Expr & { kind: 'RegelingAanroep' }, scope: Scope): Type {
  const g = ch.regelingen.get(e.naam);
  const wat = `regeling '${e.naam}'`;
  if (!g) {
    // the arguments are checked for what they use; without the policy's input types their own
    // diagnostics would only guess (a keuze word of the policy is no name here)
    const eerder = ch.diagnosen.length;
    for (const a of e.argumenten) ch.expr(a.waarde, scope);
    if (e.datum) ch.expr(e.datum, scope, T.datum);
    ch.diagnosen.length = eerder;
    // a used policy that did not load has had its diagnostic; anything else is named here
    if (ch.bestand.declaraties.some((d) => d.kind === 'Gebruik' && d.regeling && d.naam === e.naam)) return T.fout;
    if (ch.functies.has(e.naam)) {
      ch.gebruik(scope, `functie:${e.naam}`);
      ch.meld('RW1021', `functie '${e.naam}' krijgt haar argumenten zonder naam, op volgorde`, e.naamPlek, `schrijf ${e.naam}(${e.argumenten.map((a) => a.naam ?? '...').join(', ')})`);
    } else {
      ch.meld('RW1007', `onbekende functie of regeling '${e.naam}'`, e.naamPlek,
        bedoelde(e.naam, [...ch.functies.keys(), ...ch.regelingen.keys()]) ?? `een andere regeling aanroepen kan na 'gebruik regeling ${e.naam}' (het bestand ${e.naam}.regel in dezelfde map)`);
    }
    return T.fout;
  }
  const invoerNamen = g.invoer.map((i) => i.naam);
  const gegeven = new Set<string>();
  for (const a of e.argumenten) {
    const inv = a.naam === null ? undefined : g.invoer.find((i) => i.naam === a.naam);
    const at = ch.expr(a.waarde, scope, inv?.type);
    if (a.naam === null) {
      ch.meld('RW1021', `een argument van ${wat} heeft geen naam`, a.waarde.plek, `schrijf 'invoer: waarde'; de invoer van ${g.naam}: ${invoerNamen.join(', ')}`);
    } else if (!inv) {
      ch.meld('RW1021', `${wat} heeft geen invoer '${a.naam}'`, a.naamPlek, bedoelde(a.naam, invoerNamen) ?? `de invoer van ${g.naam}: ${invoerNamen.join(', ')}`);
    } else if (gegeven.has(a.naam)) {
      ch.meld('RW1021', `invoer '${a.naam}' staat twee keer in de aanroep van ${wat}`, a.naamPlek, 'geef elke invoer één keer');
    } else {
      gegeven.add(a.naam);
      if (!aanroepbaar(inv.type)) continue;
      eis(ch, at, inv.type, a.waarde.plek, `invoer '${a.naam}' van ${wat}`);
      if (isConstante(a.waarde)) controleerBereik(ch, a.waarde, inv.type, `invoer '${a.naam}' van ${wat}`);
    }
  }
  if (e.datum) eis(ch, ch.expr(e.datum, scope, T.datum), T.datum, e.datum.plek, `de peildatum van ${wat} (na 'op')`);
  for (const i of g.invoer) {
    if (!aanroepbaar(i.type)) {
      ch.meld('RW2026', `invoer '${i.naam}' van ${wat} is ${schrijfType(i.type)}: een aanroep kan alleen basistypen en keuzes geven, geen gegevens of lijst`, e.naamPlek,
        `splits '${i.naam}' in ${g.naam} in losse invoer van een basistype`);
    } else if (!gegeven.has(i.naam) && i.type.soort !== 'leegbaar') {
      ch.meld('RW2025', `de aanroep van ${wat} geeft invoer '${i.naam}' (${schrijfType(i.type)}) niet`, e.naamPlek,
        `voeg '${i.naam}: ...' toe; alleen een invoer die leeg mag zijn, mag ontbreken`);
    }
  }
  return uitvoerRecord(g);
}
