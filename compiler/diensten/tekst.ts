// Positions in a document for the language services: a Plek (offset, line, column from 1) from the
// front end becomes a Bereik with its end as line and column, and an editor's line and column
// becomes an offset. Columns count UTF-16 code units, as JavaScript strings, Monaco and LSP do.
import type { Plek } from '../../language/ast.js';

/** A piece of a document: lines and columns from 1, the end exclusive; and the same as offsets. */
export interface Bereik {
  readonly regel: number;
  readonly kolom: number;
  readonly eindRegel: number;
  readonly eindKolom: number;
  readonly offset: number;
  readonly eind: number;
}

/** A place in a document that may not be the one asked about (definition, references). */
export interface Locatie {
  readonly bestand: string;
  readonly bereik: Bereik;
}

/** Replace `bereik` by `tekst`. */
export interface TekstWijziging {
  readonly bereik: Bereik;
  readonly tekst: string;
}

/** The line starts of a text, to turn offsets into lines and columns and back. */
export class Regels {
  private readonly begins: number[] = [0];

  constructor(readonly tekst: string) {
    for (let i = 0; i < tekst.length; i++) if (tekst.charCodeAt(i) === 10) this.begins.push(i + 1);
  }

  get aantal(): number {
    return this.begins.length;
  }

  positie(offset: number): { regel: number; kolom: number } {
    const o = Math.max(0, Math.min(offset, this.tekst.length));
    let lo = 0, hi = this.begins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.begins[mid]! <= o) lo = mid; else hi = mid - 1;
    }
    return { regel: lo + 1, kolom: o - this.begins[lo]! + 1 };
  }

  /** The offset of line and column (from 1), clamped to the line and the text. */
  offset(regel: number, kolom: number): number {
    const r = Math.max(1, Math.min(regel, this.begins.length));
    const begin = this.begins[r - 1]!;
    const volgende = r < this.begins.length ? this.begins[r]! - 1 : this.tekst.length;
    return Math.min(begin + Math.max(0, kolom - 1), volgende);
  }

  /** The Bereik of offsets [offset, eind). */
  bereik(offset: number, eind: number): Bereik {
    const b = this.positie(offset);
    const e = this.positie(Math.max(offset, eind));
    return { regel: b.regel, kolom: b.kolom, eindRegel: e.regel, eindKolom: e.kolom, offset, eind: Math.max(offset, eind) };
  }

  /** The Bereik of a node's Plek; an empty one (end of file) covers one column, so an editor shows it. */
  vanPlek(p: Plek): Bereik {
    if (p.eind > p.offset && p.eind <= this.tekst.length) return this.bereik(p.offset, p.eind);
    const b = this.positie(p.offset);
    return { regel: b.regel, kolom: b.kolom, eindRegel: b.regel, eindKolom: b.kolom + 1, offset: p.offset, eind: p.offset + 1 };
  }
}
