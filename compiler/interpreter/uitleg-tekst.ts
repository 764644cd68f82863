// A readable rendering of an explanation tree, for people (CLI `--formaat tekst`, playground).
import type { Gebruik, Uitleg, UitlegKnoop } from './interpreter.js';
import type { Gecontroleerd } from '../../language/checker.js';
import type { Type } from '../../runtime/typen.js';
import { alsLiteral, alsLiteralZonderType } from './literal.js';
import { GEBRUIK_WOORD, HERHAALD, besluitLabel, besluitTekst, bronTekst, parameterHerkomst } from './uitleg-woorden.js';

/** The type of a rule, input or parameter by name, when the policy is at hand; and the policies it uses. */
interface Typen {
  (naam: string): Type | undefined;
  readonly g: Gecontroleerd | undefined;
}

function typenVan(g: Gecontroleerd | undefined): Typen {
  // Names are unique across rules, inputs, parameters and functions (RW1002), so one lookup serves all.
  const typen = (naam: string): Type | undefined => g?.regels.get(naam)?.type ?? g?.invoer.find((i) => i.naam === naam)?.type ?? g?.parameters.find((p) => p.naam === naam)?.type ?? g?.functies.get(naam)?.type;
  return Object.assign(typen, { g });
}

/**
 * Values as a drafter writes them (€ 27532,80, 7,5%, ja, { b: € 1,50, j: ja }, [prototype]), by
 * the declared type (alsLiteral, also for records, lists and shortened lists); without the policy
 * the same notation guessed from the JSON value.
 */
function waarde(x: unknown, t?: Type): string {
  return t ? alsLiteral(x, t) : alsLiteralZonderType(x);
}

function knoop(k: UitlegKnoop, inspringing: string, gezien: Set<string>, uit: string[], typen: Typen): void {
  const b = k.besluit;
  const bron = b.soort === 'basis' ? k.bron : b.bron ?? k.bron;
  uit.push(`${inspringing}${k.regel} = ${waarde(k.waarde, typen(k.regel))}   ${besluitLabel(besluitTekst(b))}`);
  if (bron) uit.push(`${inspringing}  ${bronTekst(bron)}`);
  if (gezien.has(k.regel)) return;
  gezien.add(k.regel);
  for (const g of k.gebruikt) gebruik(g, `${inspringing}  `, gezien, uit, typen);
}

function gebruik(g: Gebruik, inspringing: string, gezien: Set<string>, uit: string[], typen: Typen): void {
  switch (g.soort) {
    case 'invoer':
      uit.push(`${inspringing}${GEBRUIK_WOORD.invoer} ${g.naam} = ${waarde(g.waarde, typen(g.naam))}`);
      break;
    case 'parameter':
      uit.push(`${inspringing}${GEBRUIK_WOORD.parameter} ${g.naam} = ${waarde(g.waarde, typen(g.naam))}${parameterHerkomst(g)}${g.bron ? ` — ${g.bron}` : ''}`);
      break;
    case 'functie':
      // a function called in a table's row: its value and bron, and below it what it read
      uit.push(`${inspringing}${GEBRUIK_WOORD.functie} ${g.naam} = ${waarde(g.waarde, typen(g.naam))}`);
      if (g.bron) uit.push(`${inspringing}  ${bronTekst(g.bron)}`);
      for (const h of g.gebruikt) gebruik(h, `${inspringing}  `, gezien, uit, typen);
      break;
    case 'regeling': {
      // a used policy called: its name, peildatum and bron, the inputs given, then its outputs'
      // trees in its own names (a fresh `gezien`: its rules are not this policy's)
      const binnen = typenVan(typen.g?.regelingen.get(g.naam));
      uit.push(`${inspringing}${GEBRUIK_WOORD.regeling} ${g.naam} (${g.regeling}) — peildatum ${g.peildatum}`);
      if (g.bron) uit.push(`${inspringing}  ${bronTekst(g.bron)}`);
      for (const [naam, w] of Object.entries(g.invoer)) uit.push(`${inspringing}  ${GEBRUIK_WOORD.invoer} ${naam} = ${waarde(w, binnen(naam))}`);
      const eigen = new Set<string>();
      for (const k of Object.values(g.uitvoer)) knoop(k, `${inspringing}  `, eigen, uit, binnen);
      break;
    }
    case 'regel':
      if (gezien.has(g.naam)) uit.push(`${inspringing}${g.naam} = ${waarde(g.uitleg.waarde, typen(g.naam))}   ${HERHAALD}`);
      else knoop(g.uitleg, inspringing, gezien, uit, typen);
      break;
  }
}

/** With the policy `g`, values are written with their unit (€, %, maanden); without it as JSON. */
export function uitlegAlsTekst(u: Uitleg, g?: Gecontroleerd): string {
  const typen = typenVan(g);
  const uit = [`${u.regeling} — peildatum ${u.peildatum}${u.peildatumGekozen === 'vandaag' ? ' (vandaag; geen peildatum opgegeven)' : ''}`];
  if (u.bron) uit.push(bronTekst(u.bron));
  const gezien = new Set<string>();
  for (const k of Object.values(u.uitvoer)) {
    uit.push('');
    knoop(k, '', gezien, uit, typen);
  }
  return uit.join('\n');
}
