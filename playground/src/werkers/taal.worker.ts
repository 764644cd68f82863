// Taalwerker: controleert de regeling buiten de hoofdthread (laad) en stuurt diagnosen en een overzicht van de namen terug.
/// <reference lib="webworker" />
import { laad, stdlibLader, schrijfType, type Type } from '../../../compiler/index.js';
import { regelingLader } from '../regelingen.js';
import type * as A from '../../../language/ast.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { MAX_MARKERS, type Bereik, type ControleAntwoord, type ControleVerzoek, type DiagnoseInfo, type NaamInfo, type Overzicht, type VeldInfo } from '../editor/protocol.js';

/** Zet offsets om in regel/kolom (vanaf 1) met een index van regelbegins. */
function maakOmzetter(tekst: string): (p: A.Plek) => Bereik {
  const begins: number[] = [0];
  for (let i = 0; i < tekst.length; i++) if (tekst.charCodeAt(i) === 10) begins.push(i + 1);
  const positie = (offset: number): { regel: number; kolom: number } => {
    let lo = 0, hi = begins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((begins[mid] ?? 0) <= offset) lo = mid; else hi = mid - 1;
    }
    return { regel: lo + 1, kolom: offset - (begins[lo] ?? 0) + 1 };
  };
  return (p) => {
    const eindOffset = Math.max(p.eind, p.offset + 1);
    const e = positie(Math.min(eindOffset, tekst.length));
    return { regel: p.regel, kolom: p.kolom, eindRegel: e.regel, eindKolom: eindOffset > tekst.length ? e.kolom + 1 : e.kolom, offset: p.offset, eind: eindOffset };
  };
}

const MAX_DIEPTE_VELDEN = 4;

function veldenVan(t: Type, diepte = 0): VeldInfo[] | undefined {
  if (diepte > MAX_DIEPTE_VELDEN) return undefined;
  if (t.soort === 'leegbaar') return veldenVan(t.type, diepte);
  if (t.soort !== 'gegevens') return undefined;
  return t.velden.map((v) => {
    const sub = veldenVan(v.type, diepte + 1);
    return sub ? { naam: v.naam, type: schrijfType(v.type), velden: sub } : { naam: v.naam, type: schrijfType(v.type) };
  });
}

function elementVan(t: Type): Type | undefined {
  if (t.soort === 'leegbaar') return elementVan(t.type);
  return t.soort === 'lijst' ? t.element : undefined;
}

function naamInfo(naam: string, soort: NaamInfo['kind'], t: Type | undefined, bron: string | null, plek: Bereik, geldig?: Bereik, typeTekst?: string): NaamInfo {
  const velden = t ? veldenVan(t) : undefined;
  const element = t ? elementVan(t) : undefined;
  const elementVelden = element ? veldenVan(element) : undefined;
  return {
    naam, kind: soort, type: typeTekst ?? (t ? schrijfType(t) : 'onbekend'), bron, plek,
    ...(velden ? { velden } : {}), ...(elementVelden ? { elementVelden } : {}), ...(geldig ? { geldig } : {}),
  };
}

/** Alle typen die de controle kent, om een soort (benoemd gegevenstype) terug te vinden. */
function zoekSoortType(g: Gecontroleerd, naam: string): Type | undefined {
  const gezien = new Set<Type>();
  const zoek = (t: Type): Type | undefined => {
    if (gezien.has(t)) return undefined;
    gezien.add(t);
    if ((t.soort === 'gegevens' || t.soort === 'keuze') && t.naam === naam) return t;
    if (t.soort === 'lijst') return zoek(t.element);
    if (t.soort === 'leegbaar') return zoek(t.type);
    if (t.soort === 'gegevens') for (const v of t.velden) { const r = zoek(v.type); if (r) return r; }
    return undefined;
  };
  const kandidaten: Type[] = [
    ...g.invoer.map((i) => i.type), ...g.uitvoer.map((u) => u.type), ...g.parameters.map((p) => p.type),
    ...[...g.regels.values()].map((r) => r.type), ...[...g.functies.values()].flatMap((f) => [f.type, ...f.parameters.map((p) => p.type)]),
    ...g.typen.values(),
  ];
  for (const t of kandidaten) { const r = zoek(t); if (r) return r; }
  return undefined;
}

/** Een TypeExpr als tekst, voor wat de controle niet als Type kent. */
function schrijfTypeExpr(t: A.TypeExpr): string {
  switch (t.kind) {
    case 'BasisType': return t.geheel ? 'geheel getal' : t.naam;
    case 'KeuzeType': return `keuze ${t.waarden.map((w) => w.naam).join(', ')}`;
    case 'GegevensType': return `gegevens { ${t.velden.map((v) => `${v.naam}: ${schrijfTypeExpr(v.type)}`).join(', ')} }`;
    case 'LijstType': return `lijst van ${schrijfTypeExpr(t.element)}`;
    case 'NaamType': return t.naam;
    case 'LeegbaarType': return `${schrijfTypeExpr(t.basis)} of leeg`;
  }
}

function maakOverzicht(tekst: string, bestand: A.Bestand, g: Gecontroleerd, bereik: (p: A.Plek) => Bereik): Overzicht {
  const namen: NaamInfo[] = [];
  const bronnen: { tekst: string; bereik: Bereik }[] = [];
  const invoer = new Map(g.invoer.map((i) => [i.naam, i]));
  const uitvoer = new Map(g.uitvoer.map((u) => [u.naam, u]));
  const parameters = new Map(g.parameters.map((p) => [p.naam, p]));
  if (bestand.kop?.bron) bronnen.push({ tekst: bestand.kop.bron.tekst, bereik: bereik(bestand.kop.plek) });
  for (const d of bestand.declaraties) {
    if ('bron' in d && d.bron) bronnen.push({ tekst: d.bron.tekst, bereik: bereik(d.plek) });
    const bron = 'bron' in d && d.bron ? d.bron.tekst : null;
    switch (d.kind) {
      case 'Invoer': namen.push(naamInfo(d.naam, 'invoer', invoer.get(d.naam)?.type, bron, bereik(d.naamPlek))); break;
      case 'Uitvoer': namen.push(naamInfo(d.naam, 'uitvoer', uitvoer.get(d.naam)?.type, bron, bereik(d.naamPlek))); break;
      case 'Parameter': namen.push(naamInfo(d.naam, 'parameter', parameters.get(d.naam)?.type, bron, bereik(d.naamPlek))); break;
      case 'Regel': {
        namen.push(naamInfo(d.naam, 'regel', g.regels.get(d.naam)?.type, bron, bereik(d.naamPlek)));
        for (const u of d.uitzonderingen) if (u.bron) bronnen.push({ tekst: u.bron.tekst, bereik: bereik(u.plek) });
        break;
      }
      case 'Functie': {
        const f = g.functies.get(d.naam);
        const sig = f ? `(${f.parameters.map((p) => `${p.naam}: ${schrijfType(p.type)}`).join(', ')}): ${schrijfType(f.type)}` : undefined;
        namen.push(naamInfo(d.naam, 'functie', f?.type, bron, bereik(d.naamPlek), undefined, sig));
        break;
      }
      case 'Soort': {
        const t = zoekSoortType(g, d.naam);
        namen.push(naamInfo(d.naam, 'soort', t, bron, bereik(d.naamPlek), undefined, schrijfTypeExpr(d.type)));
        break;
      }
      case 'Voorbeeld': case 'Eigenschap':
        if (d.bron) bronnen.push({ tekst: d.bron.tekst, bereik: bereik(d.plek) });
        break;
      default: break;
    }
  }
  // Lokale namen (functieparameters, velden van een soort, elk / er is een / voor alle / vouw) met het bereik en het type
  // dat de controle ze gaf: de editor leidt geen eigen bereik af.
  for (const l of g.lokaleNamen) namen.push(naamInfo(l.naam, 'lokaal', l.type, null, bereik(l.plek), bereik(l.binder)));
  void tekst;
  return { namen, bronnen };
}

function controleer(v: ControleVerzoek): ControleAntwoord {
  const start = performance.now();
  const bereik = maakOmzetter(v.tekst);
  const r = laad(v.tekst, v.bestandsnaam, stdlibLader, regelingLader);
  const eigen = r.diagnosen.filter((d) => d.bestand === v.bestandsnaam);
  const fouten = eigen.filter((d) => d.ernst === 'fout').length;
  const getoond = eigen.length <= MAX_MARKERS ? eigen
    : [...eigen.filter((d) => d.ernst === 'fout'), ...eigen.filter((d) => d.ernst !== 'fout')].slice(0, MAX_MARKERS);
  const diagnosen: DiagnoseInfo[] = getoond
    .map((d) => ({ code: d.code, ernst: d.ernst, melding: d.melding, bereik: bereik(d.plek), ...(d.suggestie ? { suggestie: d.suggestie } : {}) }));
  let overzicht: Overzicht = { namen: [], bronnen: [] };
  try {
    overzicht = maakOverzicht(v.tekst, r.bestand, r.gecontroleerd, bereik);
  } catch {
    // Het overzicht is een hulpmiddel; zonder overzicht blijven de diagnosen bruikbaar.
  }
  return { versie: v.versie, diagnosen, fouten, waarschuwingen: eigen.length - fouten, overzicht, ms: Math.round(performance.now() - start) };
}

const ctx = self as unknown as DedicatedWorkerGlobalScope;
ctx.onmessage = (e: MessageEvent<ControleVerzoek>) => {
  try {
    ctx.postMessage(controleer(e.data) satisfies ControleAntwoord);
  } catch (x) {
    const melding = x instanceof Error ? x.message : String(x);
    ctx.postMessage({ versie: e.data.versie, diagnosen: [], fouten: 0, waarschuwingen: 0, overzicht: { namen: [], bronnen: [] }, ms: 0, crash: melding } satisfies ControleAntwoord);
  }
};
