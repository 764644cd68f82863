// The checker: resolves names, infers and checks types and units, tracks `leeg`, finds cycles
// and unused declarations. Its result (a checked policy) is what the interpreter and codegen read.
// This file is the checker's entry and the order of its passes; each pass is a part in checker/:
// namen (declarations and names), typen (declared types and ranges), declaraties (rules, functions,
// parameters, eisen), expressies, rekensommen (operators), tabellen, leeg (flow and RW2002),
// constanten, voorbeelden, eigenschappen, kringen (order and cycles), over the shared state (staat).
import type * as A from './ast.js';
import type { Diagnose } from './diagnostics.js';
import { T } from '../runtime/typen.js';
import { leesDatum } from '../runtime/datum.js';
import type { GebruikteRegeling, Gecontroleerd, Module } from './checker/resultaat.js';
import { Checker } from './checker/staat.js';
import { meldOngebruikt, verzamel } from './checker/namen.js';
import { soortType } from './checker/typen.js';
import { controleerEisen, controleerFunctie, controleerParameter, regelType } from './checker/declaraties.js';
import { exprType } from './checker/expressies.js';
import { controleerVoorbeeld, controleerVoorbeeldenPeildatum } from './checker/voorbeelden.js';
import { controleerBereiken, controleerEigenschap } from './checker/eigenschappen.js';
import { ordenEnKringen } from './checker/kringen.js';
import { controleerCenten } from './checker/centen.js';

export type { Binding, FunctieInfo, GebruikteRegeling, Gecontroleerd, InvoerInfo, LokaleNaam, Module, ParameterInfo, RegelInfo, UitvoerInfo } from './checker/resultaat.js';
export { feiten } from './checker/leeg.js';
export { isConstante } from './checker/constanten.js';

export function controleer(bestand: A.Bestand, modules: readonly Module[] = [], regelingen: readonly GebruikteRegeling[] = []): { resultaat: Gecontroleerd; diagnosen: Diagnose[] } {
  const ch = new Checker(bestand, modules, exprType, new Map(regelingen.map((r) => [r.naam, r.gecontroleerd])));
  const b = ch.bestand;
  if (!b.kop) ch.meld('RW0003', 'het bestand begint niet met `regeling <Naam>`', b.declaraties[0]?.plek ?? { offset: 0, eind: 1, regel: 1, kolom: 1 });
  else if (!b.kop.bron) ch.meld('RW0004', `regeling '${b.kop.naam}' heeft geen bron`, b.kop.plek);
  for (const d of [b.kop?.geldigVanaf, b.kop?.geldigTot]) {
    if (d && leesDatum(d) === null && b.kop) ch.meld('RW2010', `'${d}' is geen bestaande datum`, b.kop.plek);
  }
  verzamel(ch);
  for (const p of ch.parameters.values()) {
    ch.elders = p.module !== null;
    controleerParameter(ch, p);
  }
  ch.elders = false;
  for (const inv of ch.invoer.values()) controleerEisen(ch, inv.eisen, ch.scope(new Map()));
  for (const [naam, s] of ch.soortDecls) {
    const t = soortType(ch, naam);
    const eigen = b.declaraties.includes(s);
    // a record's field names are in scope in its own declaration, where its eisen use them
    if (eigen && s.type.kind === 'GegevensType' && t.soort === 'gegevens') {
      for (const v of s.type.velden) ch.bind(v, t.velden.find((w) => w.naam === v.naam)?.type ?? T.fout, s.plek);
    }
    if (s.eisen.length > 0 && t.soort === 'gegevens') {
      ch.elders = !eigen;
      controleerEisen(ch, s.eisen, ch.scope(new Map(t.velden.map((v) => [v.naam, v.type]))));
      ch.elders = false;
    } else if (s.eisen.length > 0 && t.soort === 'lijst') {
      // the eisen of a list soort are over the whole list, which they call by the soort's name
      ch.elders = !eigen;
      controleerEisen(ch, s.eisen, ch.scope(new Map([[naam, t]])));
      ch.elders = false;
    } else if (s.eisen.length > 0 && eigen && t.soort !== 'fout') {
      // no value of another soort is checked against an eis: say so instead of ignoring it
      ch.meld('RW1018', `een eis op soort '${naam}' kan niet: die soort is geen gegevens en geen lijst`, s.eisen[0]!.plek,
        `zet de eis bij de invoer van deze soort, of geef het type een bereik (bijvoorbeeld 'getal van 0 tot en met 60')`);
    }
  }
  for (const naam of ch.regelDecls.keys()) regelType(ch, naam);
  for (const f of ch.functies.values()) controleerFunctie(ch, f);
  for (const u of ch.uitvoer.values()) {
    const r = ch.regels.get(u.naam);
    if (!r) ch.meld('RW1005', `uitvoer '${u.naam}' heeft geen regel die haar bepaalt`, u.decl.naamPlek, `schrijf 'regel ${u.naam} is ...'`);
  }
  controleerCenten(ch);
  const voorbeelden = b.declaraties.filter((d): d is A.Declaratie & { kind: 'Voorbeeld' } => d.kind === 'Voorbeeld');
  const eigenschappen = b.declaraties.filter((d): d is A.Declaratie & { kind: 'Eigenschap' } => d.kind === 'Eigenschap');
  const gebruiktDoorRegels = new Set(ch.gebruikt);
  for (const v of voorbeelden) controleerVoorbeeld(ch, v);
  const voorbeeldenPeildatum = controleerVoorbeeldenPeildatum(ch, b);
  for (const e of eigenschappen) controleerEigenschap(ch, e);
  // An input, rule or parameter named only in a property (`metPersoneel` that must not matter,
  // a helper rule that states an invariant) is there on purpose.
  for (const sleutel of ch.gebruikt) if (/^(invoer|regel|parameter):/.test(sleutel)) gebruiktDoorRegels.add(sleutel);
  for (const e of eigenschappen) if (e.vorm.kind === 'Onafhankelijk' || e.vorm.kind === 'Monotoon') gebruiktDoorRegels.add(`invoer:${e.vorm.invoer.naam}`);
  const bereiken = controleerBereiken(ch);
  const volgorde = ordenEnKringen(ch);
  meldOngebruikt(ch, gebruiktDoorRegels);
  return {
    resultaat: {
      bestand: b, naam: b.kop?.naam ?? '', bron: b.kop?.bron?.tekst ?? null,
      geldigVanaf: b.kop?.geldigVanaf ?? null, geldigTot: b.kop?.geldigTot ?? null,
      invoer: [...ch.invoer.values()], uitvoer: [...ch.uitvoer.values()], parameters: [...ch.parameters.values()],
      regels: ch.regels, functies: ch.functies,
      soortEisen: new Map([...ch.soortDecls].filter(([, s]) => s.eisen.length > 0).map(([n, s]) => [n, s.eisen])),
      volgorde, typen: ch.typen, bindingen: ch.bindingen, rekensommen: ch.rekensommen, ingebouwden: ch.ingebouwden, voorbeelden, voorbeeldenPeildatum, eigenschappen, bereiken,
      lokaleNamen: [...ch.lokaleNamen.values()], regelingen: ch.regelingen,
    },
    diagnosen: ch.diagnosen.sort((x, y) => x.plek.offset - y.plek.offset),
  };
}
