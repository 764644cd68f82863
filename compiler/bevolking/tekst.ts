// The report of a population run as drafters read it: numbers written as they write them (`€ 7,35`,
// `45,5%`, `+€ 0,50`), in Dutch text tables for the terminal. The HTML page (html.ts) shows the
// same figures; both read them through the functions here, so they never disagree.
import { type Getal, NUL, negatief, schrijfInSoort, vergelijk } from '../../runtime/getal.js';
import { type BasisGroep, type GroepVerschil, type Rapport, type UitvoerVerschil, type VariantVerschil, gemiddeld, groepenOpVolgorde, meesteEerst } from './verschil.js';

/** A value of this unit as drafters write it (`€ 7,35`, `45,5%`, `17`). */
export function waarde(x: Getal, eenheid: string): string {
  return schrijfInSoort(x, eenheid);
}

/** A difference with its sign always written: `+€ 0,50`, `-2,5%`, `0`. */
export function verschil(x: Getal, eenheid: string): string {
  const c = vergelijk(x, NUL);
  if (c === 0) return waarde(x, eenheid);
  return `${c > 0 ? '+' : '-'}${waarde(c > 0 ? x : negatief(x), eenheid)}`;
}

/** A count with a thousands point, as Dutch text writes it (`10.000`). */
export function aantal(n: number): string {
  return n.toLocaleString('nl-NL');
}

/** The rows of the base run's table: per group (and the whole population) cases, errors and each numeric output's total. */
export function basisRijen(r: Rapport): string[][] {
  const numeriek = r.uitvoer.map((_, k) => r.basis.totaal.sommen[k] !== null);
  const kop = [r.groepeer ?? '', 'gevallen', 'met fout', ...r.uitvoer.filter((_, k) => numeriek[k]).map((u) => `totaal ${u.naam}`)];
  const rij = (naam: string, b: BasisGroep): string[] => [naam, aantal(b.gevallen), aantal(b.fouten),
    ...r.uitvoer.flatMap((u, k) => (numeriek[k] ? [waarde(b.sommen[k]!.waarde, eenheidVan(u.type))] : []))];
  return [kop, ...groepenOpVolgorde(r.basis.groepen).map(([g, b]) => rij(g, b)), rij('alle', r.basis.totaal)];
}

/**
 * The rows of a variant's table: per output and group, changed cases and the total and mean
 * difference; a group only where it changed (the whole population always).
 */
export function variantRijen(r: Rapport, v: VariantVerschil): string[][] {
  const kop = [r.groepeer ?? '', 'uitvoer', 'gewijzigd', 'totaal verschil', 'gemiddeld verschil'];
  const rijen = (naam: string, g: GroepVerschil, alle = false): string[][] => g.uitvoer.filter((u) => alle || u.gewijzigd > 0).map((u) => [naam, u.uitvoer, `${aantal(u.gewijzigd)} van ${aantal(g.gevallen)}`,
    // a percentage is of each case's own base: its differences do not add up, only their mean says something
    u.soort === 'getal' && u.eenheid !== 'percentage' ? verschil(u.totaal, u.eenheid) : '',
    u.soort === 'getal' ? (gemiddeld(u) === null ? '' : verschil(gemiddeld(u)!, u.eenheid)) : '']);
  return [kop, ...groepenOpVolgorde(v.groepen).flatMap(([g, x]) => rijen(g, x)), ...rijen('alle', v.totaal, true)];
}

/** `wie: oud -> nieuw (verschil)` for each winner or loser of an output. */
export function uitschieters(u: UitvoerVerschil, welke: 'winnaars' | 'verliezers'): string[] {
  return u[welke].map((x) => `${x.wie}: ${waarde(x.oud, u.eenheid)} -> ${waarde(x.nieuw, u.eenheid)} (${verschil(x.verschil, u.eenheid)})`);
}

function eenheidVan(t: Rapport['uitvoer'][number]['type']): string {
  return t.soort === 'leegbaar' ? t.type.soort : t.soort;
}

/** Columns padded to their widest cell, the header underlined. */
export function tabel(rijen: readonly (readonly string[])[]): string {
  const breedte = rijen[0]!.map((_, k) => Math.max(...rijen.map((r) => [...(r[k] ?? '')].length)));
  const regel = (r: readonly string[]): string => r.map((c, k) => c.padEnd(breedte[k]!)).join('  ').trimEnd();
  return [regel(rijen[0]!), breedte.map((b) => '-'.repeat(b)).join('  '), ...rijen.slice(1).map(regel)].join('\n');
}

/** The whole report as text for the terminal. */
export function rapportAlsTekst(r: Rapport, top = 10): string {
  const delen: string[] = [];
  const b = r.basis.totaal;
  delen.push(`Bevolking: ${aantal(b.gevallen)} gevallen, ${aantal(b.fouten)} met een fout`);
  delen.push(tabel(basisRijen(r)));
  if (r.basis.paden.size > 0) {
    delen.push(`Beslispaden (de ${Math.min(top, r.basis.paden.size)} meest genomen van ${aantal(r.basis.paden.size)}):`);
    delen.push(meesteEerst(r.basis.paden, top).map(([p, n]) => `  ${aantal(n).padStart(10)}  ${p === '' ? '(geen keuzes)' : p}`).join('\n'));
  }
  for (const v of r.varianten) {
    delen.push(`Variant '${v.naam}' tegenover de basis: ${aantal(v.totaal.gewijzigd)} van ${aantal(v.totaal.gevallen)} gevallen gewijzigd, ${aantal(v.fouten)} met een fout`);
    delen.push(tabel(variantRijen(r, v)));
    for (const u of v.totaal.uitvoer) {
      for (const welke of ['winnaars', 'verliezers'] as const) {
        const l = uitschieters(u, welke);
        if (l.length > 0) delen.push(`Grootste ${welke} (${u.uitvoer}):\n${l.map((x) => `  ${x}`).join('\n')}`);
      }
    }
    if (v.overgangen.size > 0) {
      delen.push(`Veranderde beslispaden (oud -> nieuw, de ${Math.min(top, v.overgangen.size)} meest voorkomende):`);
      delen.push(meesteEerst(v.overgangen, top).map(([p, n]) => `  ${aantal(n).padStart(10)}  ${p}`).join('\n'));
    }
  }
  return delen.join('\n\n');
}
