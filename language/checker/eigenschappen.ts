// Eigenschappen: a property's assertion and `indien` as conditions, the outputs and input it names
// (independence, monotonicity: only of ordered types), and the range hints for generated input
// (`bereik` on an invoer, `invoer bereik`): numbers, dates, and the number of elements of a list.
import * as A from '../ast.js';
import { bedoelde } from '../diagnostics.js';
import { T, zonderLeeg, schrijfType } from '../../runtime/typen.js';
import type { Checker } from './staat.js';
import { NUMERIEK, ORDENBAAR } from './typen.js';
import { feiten, voorwaarde } from './leeg.js';
import { controleerConstante } from './constanten.js';
import * as G from '../../runtime/getal.js';

/** Types a monotonicity property may order: also ja/nee (nee < ja) and keuze (in declared order). */
const MONOTOON = new Set([...ORDENBAAR, 'ja/nee', 'keuze']);

export function controleerEigenschap(ch: Checker, e: A.Declaratie & { kind: 'Eigenschap' }): void {
  const scope = ch.scope(new Map());
  if (e.indien) voorwaarde(ch, e.indien, scope);
  const vorm = e.vorm;
  switch (vorm.kind) {
    case 'Bewering':
      voorwaarde(ch, vorm.expressie, { ...scope, nietLeeg: e.indien ? feiten(e.indien, true, scope.nietLeeg) : scope.nietLeeg });
      break;
    case 'Onafhankelijk':
      for (const u of vorm.uitvoer) if (!ch.uitvoer.has(u.naam)) ch.meld('RW1001', `'${u.naam}' is geen uitvoer`, u.plek, bedoelde(u.naam, ch.uitvoer.keys()));
      if (!ch.invoer.has(vorm.invoer.naam)) ch.meld('RW1001', `'${vorm.invoer.naam}' is geen invoer`, vorm.invoer.plek, bedoelde(vorm.invoer.naam, ch.invoer.keys()));
      break;
    case 'Monotoon': {
      // The moved quantity may be an input or a rule (`duur daalt niet als arbeidsverleden stijgt`,
      // with arbeidsverleden a rule that counts a list); the result an output or any rule.
      const u = ch.uitvoer.get(vorm.uitvoer.naam) ?? ch.regels.get(vorm.uitvoer.naam);
      const i = ch.invoer.get(vorm.invoer.naam) ?? ch.regels.get(vorm.invoer.naam);
      const wat = (naam: string): string => (ch.invoer.has(naam) ? 'invoer' : ch.uitvoer.has(naam) ? 'uitvoer' : 'regel');
      if (!u) ch.meld('RW1001', `'${vorm.uitvoer.naam}' is geen uitvoer of regel`, vorm.uitvoer.plek, bedoelde(vorm.uitvoer.naam, [...ch.uitvoer.keys(), ...ch.regels.keys()]));
      else if (!MONOTOON.has(zonderLeeg(u.type).soort)) ch.meld('RW2004', `${wat(u.naam)} '${u.naam}' (${schrijfType(u.type)}) heeft geen ordening`, vorm.uitvoer.plek);
      else if (!ch.uitvoer.has(u.naam)) ch.gebruikt.add(`regel:${u.naam}`);
      if (!i) ch.meld('RW1001', `'${vorm.invoer.naam}' is geen invoer of regel`, vorm.invoer.plek, bedoelde(vorm.invoer.naam, [...ch.invoer.keys(), ...ch.regels.keys()]));
      else if (!MONOTOON.has(zonderLeeg(i.type).soort)) {
        const lijst = zonderLeeg(i.type).soort === 'lijst';
        ch.meld('RW2004', `${wat(i.naam)} '${i.naam}' (${schrijfType(i.type)}) heeft geen ordening`, vorm.invoer.plek,
          lijst ? `noem een regel die telt wat stijgt, bijvoorbeeld 'regel aantal${i.naam[0]!.toUpperCase()}${i.naam.slice(1)} is aantal ${i.naam}'` : undefined);
      } else if (!ch.invoer.has(i.naam)) ch.gebruikt.add(`regel:${i.naam}`);
      break;
    }
    default:
      A.onmogelijk(vorm);
  }
}

export function controleerBereiken(ch: Checker): Map<string, { van: A.Expr; tot: A.Expr }> {
  const uit = new Map<string, { van: A.Expr; tot: A.Expr }>();
  const een = (naam: string, plek: A.Plek, van: A.Expr, tot: A.Expr): void => {
    const inv = ch.invoer.get(naam);
    if (!inv) {
      ch.meld('RW1001', `'${naam}' is geen invoer`, plek, bedoelde(naam, ch.invoer.keys()));
      return;
    }
    const t = zonderLeeg(inv.type);
    if (t.soort === 'lijst') {
      // on a list, the range is its number of elements: whole numbers from 0
      for (const grens of [van, tot]) {
        const x = grens.kind === 'GetalLit' ? G.vanDecimaleTekst(grens.tekst) : null;
        if (!x || !G.isGeheel(x)) {
          ch.meld('RW2030', `het bereik van lijst '${naam}' telt elementen: schrijf hele getallen vanaf 0, zoals 'bereik 0 tot 40'`, grens.plek);
          return;
        }
      }
    } else if (t.soort === 'datum') {
      for (const grens of [van, tot]) controleerConstante(ch, grens, T.datum, `het bereik van '${naam}'`);
    } else if (!NUMERIEK.has(t.soort)) {
      ch.meld('RW2001', `een bereik geldt voor getallen, bedragen, percentages, datums en (het aantal elementen van) lijsten, niet voor ${schrijfType(t)}`, plek);
      return;
    } else {
      // Plain numbers are fine in a range hint for amounts and percentages: `-10000 tot 200000`.
      const kaal = (e: A.Expr): boolean => e.kind === 'GetalLit' || (e.kind === 'Negatief' && kaal(e.arg));
      for (const grens of [van, tot]) controleerConstante(ch, grens, kaal(grens) ? T.getal : t, `het bereik van '${naam}'`);
    }
    const [a, b] = [vasteWaarde(van), vasteWaarde(tot)];
    if (a !== null && b !== null && (typeof a === 'string' ? a > (b as string) : G.vergelijk(a, b as G.Getal) > 0)) {
      ch.meld('RW2031', `het bereik van '${naam}' begint na zijn einde: ${bronTekst(van)} tot ${bronTekst(tot)}`, van.plek, `schrijf 'bereik ${bronTekst(tot)} tot ${bronTekst(van)}'`);
      return;
    }
    uit.set(naam, { van, tot });
  };
  for (const d of ch.bestand.declaraties) {
    if (d.kind === 'Bereik') een(d.naam, d.naamPlek, d.van, d.tot);
    else if (d.kind === 'Invoer' && d.bereik) een(d.naam, d.naamPlek, d.bereik.van, d.bereik.tot);
  }
  return uit;
}

/** A bound as written, for a message: the literal's text. */
function bronTekst(e: A.Expr): string {
  if (e.kind === 'Negatief') return `-${bronTekst(e.arg)}`;
  if (e.kind === 'BedragLit') return `€ ${e.tekst.replace('.', ',')}`;
  if (e.kind === 'PercentageLit') return `${e.tekst.replace('.', ',')}%`;
  return e.kind === 'GetalLit' ? e.tekst.replace('.', ',') : e.kind === 'DatumLit' ? e.tekst : '...';
}

/** A literal bound's value (a number, or a date as its ISO text), or null for anything else. */
function vasteWaarde(e: A.Expr): G.Getal | string | null {
  if (e.kind === 'DatumLit') return e.tekst;
  if (e.kind === 'Negatief') { const x = vasteWaarde(e.arg); return x === null || typeof x === 'string' ? null : G.negatief(x); }
  return e.kind === 'GetalLit' || e.kind === 'BedragLit' || e.kind === 'PercentageLit' ? G.vanDecimaleTekst(e.tekst) : null;
}
