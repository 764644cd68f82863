// Eigenschappen: a property's assertion and `indien` as conditions, the outputs and input it names
// (independence, monotonicity: only of ordered types), and the range hints for generated input
// (`bereik` on an invoer, `invoer bereik`).
import * as A from '../ast.js';
import { bedoelde } from '../diagnostics.js';
import { T, zonderLeeg, schrijfType } from '../../runtime/typen.js';
import type { Checker } from './staat.js';
import { NUMERIEK, ORDENBAAR } from './typen.js';
import { feiten, voorwaarde } from './leeg.js';
import { controleerConstante } from './constanten.js';

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
    if (!NUMERIEK.has(t.soort)) {
      ch.meld('RW2001', `een bereik geldt voor getallen, bedragen en percentages, niet voor ${schrijfType(t)}`, plek);
      return;
    }
    // Plain numbers are fine in a range hint for amounts and percentages: `-10000 tot 200000`.
    const kaal = (e: A.Expr): boolean => e.kind === 'GetalLit' || (e.kind === 'Negatief' && kaal(e.arg));
    for (const grens of [van, tot]) controleerConstante(ch, grens, kaal(grens) ? T.getal : t, `het bereik van '${naam}'`);
    uit.set(naam, { van, tot });
  };
  for (const d of ch.bestand.declaraties) {
    if (d.kind === 'Bereik') een(d.naam, d.naamPlek, d.van, d.tot);
    else if (d.kind === 'Invoer' && d.bereik) een(d.naam, d.naamPlek, d.bereik.van, d.bereik.tot);
  }
  return uit;
}
