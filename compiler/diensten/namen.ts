// Which declaration each name in a document stands for: every place a name is written (where it
// is declared, and every use the checker resolved) with the symbol it means, so hover, definition,
// references and rename all agree. A symbol is a declaration in a file (`bestand#naam`; an output
// and its rule are one) or a local name (`bestand@offset` of where it is bound); a parameter of a
// used module is the module's symbol, so its uses are found across files.
import type * as A from '../../language/ast.js';
import { alleExpressies, wortelExpressies } from '../../language/walk.js';
import type { Gecontroleerd, LokaleNaam } from '../../language/checker.js';
import type { Type } from '../../runtime/typen.js';
import type { Bekeken } from './werkruimte.js';

export type SymboolSoort = 'invoer' | 'uitvoer' | 'regel' | 'parameter' | 'functie' | 'soort' | 'lokaal';

export interface Symbool {
  readonly sleutel: string;
  readonly naam: string;
  readonly kind: SymboolSoort;
  /** The file it is declared in, and where its name is written there. */
  readonly bestand: string;
  readonly plek: A.Plek;
  readonly type: Type | null;
  readonly bron: string | null;
  /** For a local name: the expression or declaration within which it means this binding. */
  readonly binder?: A.Plek;
  /** A field of a record soort, as its own eisen name it: also a key of the JSON input and output. */
  readonly veld?: true;
}

/** A name written in a document: where, which symbol, and whether this is its declaration. */
export interface Voorkomen {
  readonly offset: number;
  readonly eind: number;
  readonly symbool: Symbool;
  readonly declaratie: boolean;
}

export interface NamenIndex {
  /** Ordered by offset. */
  readonly voorkomens: readonly Voorkomen[];
  /** The symbols declared in this document (not the modules'), by name. */
  readonly declaraties: ReadonlyMap<string, Symbool>;
  readonly lokaal: readonly Symbool[];
}

const cache = new WeakMap<Bekeken, NamenIndex>();

/** The plek of just the name at the start of `p` (a field definition or an assignment covers more). */
function naamDeel(tekst: string, naam: string, p: A.Plek): A.Plek | null {
  return tekst.startsWith(naam, p.offset) ? { ...p, eind: p.offset + naam.length } : null;
}

/** The type a soort (a named type) stands for, found among the types the checker knows. */
export function soortType(g: Gecontroleerd, naam: string): Type | null {
  const gezien = new Set<Type>();
  const zoek = (t: Type): Type | null => {
    if (gezien.has(t)) return null;
    gezien.add(t);
    if ((t.soort === 'gegevens' || t.soort === 'keuze') && t.naam === naam) return t;
    if (t.soort === 'lijst') return zoek(t.element);
    if (t.soort === 'leegbaar') return zoek(t.type);
    if (t.soort === 'gegevens') for (const v of t.velden) { const r = zoek(v.type); if (r) return r; }
    return null;
  };
  const kandidaten: Type[] = [
    ...g.invoer.map((i) => i.type), ...g.uitvoer.map((u) => u.type), ...g.parameters.map((p) => p.type),
    ...[...g.regels.values()].map((r) => r.type), ...[...g.functies.values()].flatMap((f) => [f.type, ...f.parameters.map((p) => p.type)]),
    ...g.typen.values(),
  ];
  for (const t of kandidaten) { const r = zoek(t); if (r) return r; }
  return null;
}

function declaratieSymbolen(bestand: A.Bestand, g: Gecontroleerd, modulaire: boolean): Map<string, Symbool> {
  const uit = new Map<string, Symbool>();
  const f = bestand.bestandsnaam;
  const bron = (d: { bron: A.Bron | null }): string | null => d.bron?.tekst ?? null;
  const typeVan = (kind: SymboolSoort, naam: string): Type | null => {
    if (modulaire) return g.parameters.find((p) => p.naam === naam)?.type ?? null;
    switch (kind) {
      case 'invoer': return g.invoer.find((i) => i.naam === naam)?.type ?? null;
      case 'uitvoer': return g.uitvoer.find((u) => u.naam === naam)?.type ?? null;
      case 'regel': return g.regels.get(naam)?.type ?? null;
      case 'parameter': return g.parameters.find((p) => p.naam === naam)?.type ?? null;
      case 'functie': return g.functies.get(naam)?.type ?? null;
      case 'soort': return soortType(g, naam);
      default: return null;
    }
  };
  for (const d of bestand.declaraties) {
    let kind: SymboolSoort;
    switch (d.kind) {
      case 'Invoer': kind = 'invoer'; break;
      case 'Uitvoer': kind = 'uitvoer'; break;
      case 'Regel': kind = 'regel'; break;
      case 'Parameter': kind = 'parameter'; break;
      case 'Functie': kind = 'functie'; break;
      case 'Soort': kind = 'soort'; break;
      default: continue;
    }
    // An output and its rule are one name; the output's declaration is the one to go to.
    if (uit.has(d.naam)) continue;
    uit.set(d.naam, {
      sleutel: `${f}#${d.naam}`, naam: d.naam, kind, bestand: f, plek: d.naamPlek,
      type: typeVan(kind, d.naam), bron: 'bron' in d ? bron(d) : null,
    });
  }
  return uit;
}

/** The index of a checked document. */
export function namenIndex(b: Bekeken): NamenIndex {
  const al = cache.get(b);
  if (al) return al;
  const g = b.geladen.gecontroleerd;
  const bestand = b.geladen.bestand;
  const tekst = b.tekst;
  const declaraties = declaratieSymbolen(bestand, g, false);
  const moduleSymbolen = new Map<string, Symbool>();
  for (const p of g.parameters) {
    if (p.module === null) continue;
    moduleSymbolen.set(p.naam, { sleutel: `${b.modules.get(p.module)?.bestandsnaam ?? p.module}#${p.naam}`, naam: p.naam, kind: 'parameter',
      bestand: b.modules.get(p.module)?.bestandsnaam ?? p.module, plek: p.decl.naamPlek, type: p.type, bron: p.bron });
  }
  const soortPlekken = new Set(bestand.declaraties.filter((d) => d.kind === 'Soort').map((d) => d.plek.offset));
  const lokaal: Symbool[] = g.lokaleNamen.map((l: LokaleNaam) => ({
    sleutel: `${bestand.bestandsnaam}@${l.plek.offset}`, naam: l.naam, kind: 'lokaal', bestand: bestand.bestandsnaam,
    plek: naamDeel(tekst, l.naam, l.plek) ?? l.plek, type: l.type, bron: null, binder: l.binder,
    ...(soortPlekken.has(l.binder.offset) ? { veld: true as const } : {}),
  }));
  const globaal = (naam: string): Symbool | undefined => declaraties.get(naam) ?? moduleSymbolen.get(naam);
  /** The innermost local binding of `naam` whose binder holds `offset`. */
  const lokaalOp = (naam: string, offset: number): Symbool | undefined => {
    let beste: Symbool | undefined;
    for (const s of lokaal) {
      if (s.naam !== naam || !s.binder || s.binder.offset > offset || offset >= s.binder.eind) continue;
      if (!beste || (s.binder.eind - s.binder.offset) < (beste.binder!.eind - beste.binder!.offset)) beste = s;
    }
    return beste;
  };

  const voorkomens: Voorkomen[] = [];
  const voeg = (p: A.Plek | null, s: Symbool | undefined, declaratie = false): void => {
    if (p && s && p.eind > p.offset) voorkomens.push({ offset: p.offset, eind: p.eind, symbool: s, declaratie });
  };
  for (const s of declaraties.values()) voeg(s.plek, s, true);
  for (const s of lokaal) voeg(s.plek, s, true);
  const typeNamen = (t: A.TypeExpr): void => {
    switch (t.kind) {
      case 'NaamType': voeg(naamDeel(tekst, t.naam, t.plek), globaal(t.naam)); break;
      case 'LijstType': typeNamen(t.element); break;
      case 'LeegbaarType': typeNamen(t.basis); break;
      case 'GegevensType': for (const v of t.velden) typeNamen(v.type); break;
      default: break;
    }
  };
  for (const d of bestand.declaraties) {
    switch (d.kind) {
      case 'Regel': {
        // `regel x is ...` for an output x: a use of the output's name, written like a declaration
        const s = declaraties.get(d.naam);
        if (s && s.plek.offset !== d.naamPlek.offset) voeg(d.naamPlek, s, true);
        if (d.type) typeNamen(d.type);
        // a decision table's output column is headed by the rule's own name
        const kop = d.waarde.kind === 'Tabel' ? d.waarde.uitvoerKop.expr : null;
        if (kop?.kind === 'Naam' && kop.naam === d.naam) voeg(naamDeel(tekst, kop.naam, kop.plek), s);
        break;
      }
      case 'Invoer': case 'Uitvoer': case 'Parameter': case 'Soort': typeNamen(d.type); break;
      case 'Functie': typeNamen(d.type); for (const p of d.parameters) typeNamen(p.type); break;
      // `invoer bereik x: ...` names an input
      case 'Bereik': voeg(d.naamPlek, globaal(d.naam)); break;
      case 'Voorbeeld':
        for (const t of [...d.parameters, ...d.gegeven, ...d.verwacht]) {
          const eerste = t.naam.split('.')[0] ?? t.naam;
          voeg(naamDeel(tekst, eerste, t.plek), globaal(eerste));
        }
        break;
      case 'Eigenschap':
        if (d.vorm.kind === 'Onafhankelijk') for (const u of [...d.vorm.uitvoer, d.vorm.invoer]) voeg(naamDeel(tekst, u.naam, u.plek), globaal(u.naam));
        if (d.vorm.kind === 'Monotoon') for (const u of [d.vorm.uitvoer, d.vorm.invoer]) voeg(naamDeel(tekst, u.naam, u.plek), globaal(u.naam));
        break;
      default: break;
    }
  }
  const wortels = [...wortelExpressies(bestand), ...bestand.declaraties.flatMap((d) => d.kind === 'Voorbeeld' ? [...d.parameters, ...d.gegeven, ...d.verwacht].map((t) => t.waarde) : [])];
  for (const w of wortels) {
    for (const e of alleExpressies(w)) {
      if (e.kind === 'Aanroep') voeg(e.naamPlek.eind > e.naamPlek.offset ? e.naamPlek : naamDeel(tekst, e.naam, e.naamPlek), globaal(e.naam));
      if (e.kind !== 'Naam') continue;
      const binding = g.bindingen.get(e);
      if (!binding || binding.kind === 'keuzewaarde') continue;
      voeg(e.plek, binding.kind === 'lokaal' ? lokaalOp(binding.naam, e.plek.offset) : globaal(binding.naam));
    }
  }
  voorkomens.sort((a, b2) => a.offset - b2.offset || Number(b2.declaratie) - Number(a.declaratie));
  const index: NamenIndex = { voorkomens, declaraties, lokaal };
  cache.set(b, index);
  return index;
}

/** The name written at `offset` (or just before it, at the end of a word), if any. */
export function voorkomenOp(index: NamenIndex, offset: number): Voorkomen | undefined {
  let beste: Voorkomen | undefined;
  for (const v of index.voorkomens) {
    if (v.offset > offset) break;
    if (offset <= v.eind && (!beste || v.offset >= beste.offset)) beste = v;
  }
  return beste;
}
