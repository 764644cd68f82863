// Names: which declaration each name in the file is (and RW1002 for one declared twice, also
// against a stdlib module it uses), what a name in an expression refers to (a local, an input, a
// rule, a parameter or a keuze value; RW1001, RW1011), and which declarations nothing uses (RW3xxx).
import type * as A from '../ast.js';
import { bedoelde } from '../diagnostics.js';
import { type Type, T, zonderLeeg, schrijfType } from '../../runtime/typen.js';
import type { Module } from './resultaat.js';
import type { Checker, Scope } from './staat.js';
import { typeVan } from './typen.js';
import { regelType } from './declaraties.js';

export function verzamel(ch: Checker): void {
  // Where each name was declared: this file, or a stdlib module it uses (then the line is in
  // the module's file, and a clash must say so, or 'regel 9' points at the wrong file).
  const namen = new Map<string, { plek: A.Plek; module: Module | null }>();
  const alGedeclareerd = (naam: string): string => {
    const eerder = namen.get(naam);
    if (!eerder?.module) return `'${naam}' is al gedeclareerd${eerder ? ` (regel ${eerder.plek.regel})` : ''}`;
    const m = eerder.module;
    const gebruik = ch.bestand.declaraties.find((d) => d.kind === 'Gebruik' && !d.regeling && d.naam === m.naam);
    return `'${naam}' is al gedeclareerd in stdlib-module '${m.naam}' (${m.bestand.bestandsnaam}, regel ${eerder.plek.regel})${gebruik ? `, die 'gebruik ${m.naam}' op regel ${gebruik.plek.regel} binnenhaalt` : ''}`;
  };
  const uitModule = (naam: string): string | undefined => {
    const m = namen.get(naam)?.module;
    return m ? `kies een andere naam; '${naam}' uit '${m.naam}' is in deze regeling al te gebruiken` : undefined;
  };
  const registreer = (naam: string, plek: A.Plek, soort: string): boolean => {
    if (namen.has(naam)) {
      ch.meld('RW1002', alGedeclareerd(naam), plek, uitModule(naam) ?? `kies een andere naam voor deze ${soort}`);
      return false;
    }
    namen.set(naam, { plek, module: null });
    return true;
  };
  for (const m of ch.modules) {
    for (const d of m.bestand.declaraties) {
      if (d.kind === 'Soort' && !ch.soortDecls.has(d.naam)) ch.soortDecls.set(d.naam, d);
    }
  }
  for (const d of ch.bestand.declaraties) {
    if (d.kind === 'Soort' && registreer(d.naam, d.naamPlek, 'soort')) ch.soortDecls.set(d.naam, d);
  }
  for (const d of ch.bestand.declaraties) {
    if (d.kind === 'Gebruik' && !d.regeling && !ch.modules.some((m) => m.naam === d.naam)) {
      ch.meld('RW1009', `er is geen stdlib-module '${d.naam}'`, d.plek, bedoelde(d.naam, ['minimumloon']));
    }
  }
  // Module parameters first, so the policy may not redeclare them silently.
  for (const m of ch.modules) {
    for (const d of m.bestand.declaraties) {
      if (d.kind === 'Parameter' && !ch.parameters.has(d.naam)) {
        namen.set(d.naam, { plek: d.naamPlek, module: m });
        ch.parameters.set(d.naam, { naam: d.naam, type: typeVan(ch, d.type), bron: d.bron?.tekst ?? null, rijen: d.rijen, module: m.naam, decl: d });
      }
    }
  }
  for (const d of ch.bestand.declaraties) {
    switch (d.kind) {
      case 'Invoer':
        if (registreer(d.naam, d.naamPlek, 'invoer')) ch.invoer.set(d.naam, { naam: d.naam, type: typeVan(ch, d.type), bron: d.bron?.tekst ?? null, eisen: d.eisen, decl: d });
        break;
      case 'Parameter':
        if (registreer(d.naam, d.naamPlek, 'parameter')) ch.parameters.set(d.naam, { naam: d.naam, type: typeVan(ch, d.type), bron: d.bron?.tekst ?? null, rijen: d.rijen, module: null, decl: d });
        break;
      case 'Functie':
        if (registreer(d.naam, d.naamPlek, 'functie')) {
          ch.functies.set(d.naam, { naam: d.naam, parameters: d.parameters.map((p) => ({ naam: p.naam, type: typeVan(ch, p.type) })), type: typeVan(ch, d.type), decl: d });
        }
        break;
      default:
        break;
    }
  }
  // A call of a used policy's name is a policy call: a function of that name could never be called.
  for (const d of ch.bestand.declaraties) {
    const f = d.kind === 'Gebruik' && d.regeling ? ch.functies.get(d.naam) : undefined;
    if (f) ch.meld('RW1002', `'${f.naam}' is al de naam van een gebruikte regeling ('gebruik regeling ${f.naam}' op regel ${d.plek.regel})`, f.decl.naamPlek, 'kies een andere naam voor deze functie');
  }
  // Outputs and their rules share a name; an output may also share its name with an input
  // (for example `werknemers` in and out), in which case expressions mean the input.
  const uitvoerNamen = new Set<string>();
  for (const d of ch.bestand.declaraties) {
    if (d.kind !== 'Uitvoer') continue;
    if (uitvoerNamen.has(d.naam) || (namen.has(d.naam) && !ch.invoer.has(d.naam))) {
      ch.meld('RW1002', uitvoerNamen.has(d.naam) ? `'${d.naam}' is al gedeclareerd` : alGedeclareerd(d.naam), d.naamPlek, uitModule(d.naam));
      continue;
    }
    uitvoerNamen.add(d.naam);
    ch.uitvoer.set(d.naam, { naam: d.naam, type: typeVan(ch, d.type), bron: d.bron?.tekst ?? null, decl: d });
  }
  for (const d of ch.bestand.declaraties) {
    if (d.kind !== 'Regel') continue;
    if (ch.regelDecls.has(d.naam) || (namen.has(d.naam) && !(ch.invoer.has(d.naam) && uitvoerNamen.has(d.naam)))) {
      ch.meld('RW1002', ch.regelDecls.has(d.naam) ? `'${d.naam}' is al gedeclareerd` : alGedeclareerd(d.naam), d.naamPlek, uitModule(d.naam) ?? 'een regel heeft dezelfde naam als haar uitvoer, maar verder een eigen naam');
      continue;
    }
    ch.regelDecls.set(d.naam, d);
  }
}

export function naam(ch: Checker, e: A.Expr & { kind: 'Naam' }, scope: Scope, hint?: Type): Type {
  const n = e.naam;
  const verfijn = (t: Type): Type => (scope.nietLeeg.has(n) ? zonderLeeg(t) : t);
  const lokaal = scope.lokaal.get(n);
  if (lokaal) {
    ch.bindingen.set(e, { kind: 'lokaal', naam: n });
    return verfijn(lokaal);
  }
  const inv = ch.invoer.get(n);
  if (inv) {
    ch.bindingen.set(e, { kind: 'invoer', naam: n });
    ch.gebruik(scope, `invoer:${n}`);
    return verfijn(inv.type);
  }
  if (scope.regelsZichtbaar && ch.regelDecls.has(n)) {
    ch.bindingen.set(e, { kind: 'regel', naam: n });
    ch.gebruik(scope, `regel:${n}`);
    return verfijn(regelType(ch, n));
  }
  const p = ch.parameters.get(n);
  if (p) {
    ch.bindingen.set(e, { kind: 'parameter', naam: n });
    ch.gebruik(scope, `parameter:${n}`);
    return p.type;
  }
  const h = hint ? zonderLeeg(hint) : undefined;
  const keuze = h?.soort === 'keuze' && h.waarden.includes(n) ? h : ch.keuzeTypen.find((k) => k.soort === 'keuze' && k.waarden.includes(n));
  if (keuze) {
    ch.bindingen.set(e, { kind: 'keuzewaarde', waarde: n });
    return keuze;
  }
  if (h?.soort === 'keuze') {
    // A named keuze is written by its name: list the values; an anonymous one lists them already.
    ch.meld('RW1011', `'${n}' is geen waarde van ${schrijfType(h)}${h.naam ? ` (${h.waarden.join(', ')})` : ''}`, e.plek, bedoelde(n, h.waarden));
    return T.fout;
  }
  const kandidaten = [...scope.lokaal.keys(), ...ch.invoer.keys(), ...(scope.regelsZichtbaar ? ch.regelDecls.keys() : []), ...ch.parameters.keys()];
  let suggestie = bedoelde(n, kandidaten);
  if (!suggestie && n.includes('-')) suggestie = `bedoelde u '${n.split('-').join(' - ')}'? Zet spaties rond een minteken.`;
  if (!scope.regelsZichtbaar && ch.regelDecls.has(n)) suggestie = 'een eis op invoer kan geen regels gebruiken, alleen invoer en parameters';
  ch.meld('RW1001', `onbekende naam '${n}'`, e.plek, suggestie);
  return T.fout;
}

export function meldOngebruikt(ch: Checker, gebruikt: ReadonlySet<string>): void {
  for (const i of ch.invoer.values()) {
    if (!gebruikt.has(`invoer:${i.naam}`)) ch.meld('RW3001', `invoer '${i.naam}' wordt door geen regel gebruikt`, i.decl.naamPlek);
  }
  for (const p of ch.parameters.values()) {
    if (p.module === null && !gebruikt.has(`parameter:${p.naam}`)) ch.meld('RW3002', `parameter '${p.naam}' wordt door geen regel gebruikt`, p.decl.naamPlek);
  }
  for (const r of ch.regelDecls.values()) {
    if (!ch.uitvoer.has(r.naam) && !gebruikt.has(`regel:${r.naam}`)) ch.meld('RW3003', `regel '${r.naam}' is geen uitvoer en wordt door geen regel gebruikt`, r.naamPlek);
  }
  for (const f of ch.functies.values()) {
    if (!gebruikt.has(`functie:${f.naam}`)) ch.meld('RW3004', `functie '${f.naam}' wordt niet gebruikt`, f.decl.naamPlek);
  }
  for (const [naam, s] of ch.soortDecls) {
    if (ch.bestand.declaraties.includes(s) && !gebruikt.has(`soort:${naam}`)) ch.meld('RW3004', `soort '${naam}' wordt niet gebruikt`, s.naamPlek);
  }
}
