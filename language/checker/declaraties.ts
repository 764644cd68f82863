// The bodies of declarations: a rule's type, checked on first use (its `indien`, exceptions and the
// declared type of its output, RW1013, RW2011), a function's body, a parameter's dated rows
// (RW2009, RW2010, RW2014) and an input's eisen.
import type * as A from '../ast.js';
import { type Type, T, past, samen, schrijfType } from '../../runtime/typen.js';
import { leesDatum } from '../../runtime/datum.js';
import type { FunctieInfo, ParameterInfo, RegelInfo } from './resultaat.js';
import type { Checker, Scope } from './staat.js';
import { bevatNiets, controleerBereik, typeVan, zonderVerfijning } from './typen.js';
import { eis, feiten, voorwaarde } from './leeg.js';
import { controleerConstante, isConstante } from './constanten.js';
import { voorouders } from '../uitzonderingen.js';

/** The type of a rule, checking it on first use. Cycles are reported by ordenEnKringen. */
export function regelType(ch: Checker, naam: string): Type {
  const klaar = ch.regels.get(naam);
  if (klaar) return klaar.type;
  const d = ch.regelDecls.get(naam);
  if (!d || ch.regelBezig.has(naam)) return T.fout;
  ch.regelBezig.add(naam);
  const u = ch.uitvoer.get(naam);
  const gedeclareerd = d.type ? typeVan(ch, d.type) : null;
  // also the refinement must agree: the value is checked against one declared type
  if (u && gedeclareerd && !(past(gedeclareerd, u.type) && past(u.type, gedeclareerd) && schrijfType(gedeclareerd) === schrijfType(u.type))) {
    ch.meld('RW1013', `regel '${naam}' heeft type ${schrijfType(gedeclareerd)}, maar uitvoer '${naam}' is ${schrijfType(u.type)}`, d.naamPlek);
  }
  const verwacht = u?.type ?? gedeclareerd;
  const scope: Scope = { lokaal: new Map(), nietLeeg: new Set(), eigenaar: `regel:${naam}`, regelsZichtbaar: true };
  let basisScope = scope;
  if (d.indien) {
    voorwaarde(ch, d.indien, scope);
    basisScope = { ...scope, nietLeeg: feiten(d.indien, true, scope.nietLeeg) };
  }
  let t = ch.expr(d.waarde, basisScope, verwacht ?? undefined);
  for (const uz of d.uitzonderingen) {
    voorwaarde(ch, uz.voorwaarde, scope);
    const ut = ch.expr(uz.waarde, { ...scope, nietLeeg: feiten(uz.voorwaarde, true, scope.nietLeeg) }, verwacht ?? t);
    if (!verwacht) {
      const s = samen(t, ut);
      if (s) t = s;
      else ch.meld('RW2001', `uitzondering '${uz.label}' geeft ${schrijfType(ut)}, de regel ${schrijfType(t)}`, uz.waarde.plek);
    } else {
      eis(ch, ut, verwacht, uz.waarde.plek, `uitzondering '${uz.label}' van regel '${naam}'`);
      if (isConstante(uz.waarde)) controleerBereik(ch, uz.waarde, verwacht, `uitzondering '${uz.label}' van regel '${naam}'`);
    }
  }
  controleerBoom(ch, naam, d.uitzonderingen);
  if (verwacht) {
    eis(ch, t, verwacht, d.waarde.plek, `regel '${naam}'`);
    if (isConstante(d.waarde)) controleerBereik(ch, d.waarde, verwacht, `regel '${naam}'`);
  } else t = zonderVerfijning(t);
  if (!verwacht && bevatNiets(t)) ch.meld('RW2011', `het type van regel '${naam}' is niet af te leiden`, d.naamPlek, `schrijf 'regel ${naam}: <type> is ...'`);
  ch.regelBezig.delete(naam);
  const info: RegelInfo = { naam, type: verwacht ?? t, decl: d, isUitvoer: !!u };
  ch.regels.set(naam, info);
  return info.type;
}

/**
 * The exception tree of a rule (`uitzondering "b" op "a"`): the parent label must name an
 * exception of the same rule (RW2021), and no exception may be (transitively) an exception to
 * itself (RW2022, once per cycle, at its first exception).
 */
function controleerBoom(ch: Checker, naam: string, us: readonly A.Uitzondering[]): void {
  const labels = us.map((u) => u.label);
  for (const u of us) {
    if (u.ouder !== null && !labels.includes(u.ouder)) {
      const bestaand = labels.filter((l) => l !== u.label).map((l) => `'${l}'`).join(', ');
      ch.meld('RW2021', `uitzondering '${u.label}' is een uitzondering op '${u.ouder}', maar regel '${naam}' heeft geen uitzondering '${u.ouder}'`, u.ouderPlek,
        bestaand ? `noem een uitzondering van deze regel: ${bestaand}` : 'geef eerst de uitzondering waarop dit een uitzondering is een label');
    }
  }
  const vo = voorouders(us);
  const gemeld = new Set<number>();
  us.forEach((u, i) => {
    if (gemeld.has(i) || u.ouder === null) return;
    // i lies on a cycle when one of its ancestors has i as its ancestor too (or i names itself)
    const kring = u.ouder === u.label ? [i] : [i, ...vo[i]!.filter((j) => vo[j]!.includes(i))];
    if (kring.length < 2 && u.ouder !== u.label) return;
    kring.forEach((j) => gemeld.add(j));
    ch.meld('RW2022', `de uitzonderingen ${kring.map((j) => `'${us[j]!.label}'`).join(', ')} van regel '${naam}' zijn via 'op' een uitzondering op zichzelf`, u.ouderPlek,
      'een uitzondering op een uitzondering wijst naar een algemenere; haal één \'op\' uit de kring');
  });
}

export function controleerFunctie(ch: Checker, f: FunctieInfo): void {
  f.decl.parameters.forEach((p, i) => ch.bind(p, f.parameters[i]?.type ?? T.fout, f.decl.plek));
  const scope: Scope = { lokaal: new Map(f.parameters.map((p) => [p.naam, p.type])), nietLeeg: new Set(), eigenaar: `functie:${f.naam}`, regelsZichtbaar: true };
  const t = ch.expr(f.decl.lichaam, scope, f.type);
  eis(ch, t, f.type, f.decl.lichaam.plek, `functie '${f.naam}'`);
}

export function controleerParameter(ch: Checker, p: ParameterInfo): void {
  let vorige: string | null = null;
  for (const rij of p.rijen) {
    if (rij.vanaf !== null) {
      if (leesDatum(rij.vanaf) === null) ch.meld('RW2010', `'${rij.vanaf}' is geen bestaande datum`, rij.plek);
      else if (vorige !== null && rij.vanaf <= vorige) ch.meld('RW2009', `de rij vanaf ${rij.vanaf} van parameter '${p.naam}' staat na de rij vanaf ${vorige}`, rij.plek, 'zet de rijen op oplopende datum');
      vorige = rij.vanaf;
    }
    if (rij.tot !== null) {
      if (leesDatum(rij.tot) === null) ch.meld('RW2010', `'${rij.tot}' is geen bestaande datum`, rij.plek);
      else if (rij.vanaf !== null && rij.tot < rij.vanaf) ch.meld('RW2014', `de rij van parameter '${p.naam}' eindigt op ${rij.tot}, voor zij begint (${rij.vanaf})`, rij.plek, 'een rij loopt vanaf de eerste datum tot en met de tweede');
    }
    controleerConstante(ch, rij.waarde, p.type, `parameter '${p.naam}'`, true, true);
  }
}

export function controleerEisen(ch: Checker, eisen: readonly A.Eis[], scope: Scope): void {
  for (const e of eisen) voorwaarde(ch, e.voorwaarde, { ...scope, regelsZichtbaar: false });
}
