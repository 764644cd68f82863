// Hover, go to definition and find references: what the name under the cursor is (its kind, its
// type as a drafter writes it, where it is declared, its fields, its bron) and where it is written,
// across the open documents and the modules they use. Hover text is plain text in parts; an editor
// shows it as text, never as Markdown, because a bron is the policy's own words.
import { schrijfType } from '../../runtime/typen.js';
import { namenIndex, voorkomenOp, type Symbool } from './namen.js';
import { SOORT_TEKST, veldenVan, veldOp } from './aanvulling.js';
import type { Bereik, Locatie } from './tekst.js';
import type { Werkruimte } from './werkruimte.js';

export interface Toelichting {
  readonly bereik: Bereik;
  /** The name and what it is, e.g. `loon — invoer`. */
  readonly kop: string;
  readonly type: string | null;
  /** Further lines of plain text: where it is declared, its fields, its bron. */
  readonly regels: readonly string[];
}

function plaats(w: Werkruimte, vanuit: string, s: Symbool): string {
  const r = w.regelsVan(s.bestand)?.positie(s.plek.offset) ?? { regel: s.plek.regel, kolom: s.plek.kolom };
  return `Gedefinieerd op regel ${r.regel}, kolom ${r.kolom}${s.bestand === vanuit ? '' : ` van ${s.bestand}`}`;
}

export function toelichting(w: Werkruimte, bestand: string, offset: number): Toelichting | null {
  const b = w.bekijk(bestand);
  if (!b) return null;
  const v = voorkomenOp(namenIndex(b), offset);
  if (v) {
    const s = v.symbool;
    const regels = [plaats(w, bestand, s)];
    const velden = veldenVan(s.type ?? undefined);
    if (velden.length > 0) regels.push(`Velden: ${velden.map((x) => `${x.naam} (${schrijfType(x.type)})`).join(', ')}`);
    if (s.bron) regels.push(`Bron: ${s.bron}`);
    return { bereik: b.regels.bereik(v.offset, v.eind), kop: `${s.naam} — ${SOORT_TEKST[s.kind]}`, type: s.type ? schrijfType(s.type) : null, regels };
  }
  const veld = veldOp(b.geladen, offset);
  if (veld) {
    const g = b.geladen.gecontroleerd;
    const t = g.typen.get(veld);
    const object = g.typen.get(veld.object);
    return {
      bereik: b.regels.vanPlek(veld.veldPlek), kop: `${veld.veld} — veld${object && object.soort !== 'fout' ? ` van ${schrijfType(object)}` : ''}`,
      type: t && t.soort !== 'fout' ? schrijfType(t) : null, regels: [],
    };
  }
  return null;
}

function locatie(w: Werkruimte, s: Symbool): Locatie | null {
  const regels = w.regelsVan(s.bestand);
  return regels ? { bestand: s.bestand, bereik: regels.vanPlek(s.plek) } : null;
}

/** Where the name under the cursor is declared. */
export function definitie(w: Werkruimte, bestand: string, offset: number): Locatie | null {
  const b = w.bekijk(bestand);
  const v = b ? voorkomenOp(namenIndex(b), offset) : undefined;
  return v ? locatie(w, v.symbool) : null;
}

/** The symbol under the cursor, if a name is written there. */
export function symboolOp(w: Werkruimte, bestand: string, offset: number): Symbool | null {
  const b = w.bekijk(bestand);
  return (b ? voorkomenOp(namenIndex(b), offset)?.symbool : undefined) ?? null;
}

/** Every place the symbol is written, in every open document (and its declaration in a module). */
export function voorkomensVan(w: Werkruimte, s: Symbool): { bestand: string; offset: number; eind: number; declaratie: boolean }[] {
  const uit: { bestand: string; offset: number; eind: number; declaratie: boolean }[] = [];
  const bestanden = s.kind === 'lokaal' ? [s.bestand] : w.open();
  for (const f of bestanden) {
    const b = w.bekijk(f);
    if (!b) continue;
    // A decision table's header is copied into every row's condition: one place, written once.
    for (const v of namenIndex(b).voorkomens) {
      if (v.symbool.sleutel === s.sleutel && !uit.some((x) => x.bestand === f && x.offset === v.offset)) uit.push({ bestand: f, offset: v.offset, eind: v.eind, declaratie: v.declaratie });
    }
  }
  // Declared in a module nobody has open: its declaration still counts.
  if (!uit.some((x) => x.bestand === s.bestand && x.declaratie)) uit.push({ bestand: s.bestand, offset: s.plek.offset, eind: s.plek.eind, declaratie: true });
  return uit;
}

export function verwijzingen(w: Werkruimte, bestand: string, offset: number, metDeclaratie = true): Locatie[] {
  const s = symboolOp(w, bestand, offset);
  if (!s) return [];
  const uit: Locatie[] = [];
  for (const v of voorkomensVan(w, s)) {
    if (v.declaratie && !metDeclaratie) continue;
    const regels = w.regelsVan(v.bestand);
    if (regels) uit.push({ bestand: v.bestand, bereik: regels.bereik(v.offset, v.eind) });
  }
  return uit;
}
