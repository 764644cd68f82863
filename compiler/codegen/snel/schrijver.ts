// The code buffer of the fast path: lines emitted at the current depth, temporaries, bails
// ("not handled": return undefined), safe-integer guards, blocks emitted apart and placed later,
// and the conversion of a value from one shape to another (numbers scaled up, records and lists
// element by element). Input, expressions, rules and output all write through it.
import type * as A from '../../../language/ast.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { type Type, zonderLeeg } from '../../../runtime/typen.js';
import { eigenschap, sleutel } from '../ts-code.js';
import { type Vorm, type W, VEILIG, gelijkeVorm, macht, nee, num, tsElement } from './vorm.js';

export class Schrijver {
  /** The lines of the block being written; `blok` swaps in a fresh one. */
  uit: string[] = [];
  /** The indentation of the next line. */
  diepte = 1;
  /** The number of the last temporary (`t<n>`); a fold that retries its step winds it back. */
  teller = 0;
  private regelsTotaal = 0;
  /**
   * The decimals the generated arithmetic carries: the scale of every product and quotient, summed
   * (snel/invoer.ts `kiesSchalen` raises an input's scale only when this stays the same).
   */
  schaalKosten = 0;

  constructor(readonly g: Gecontroleerd) {}

  // ---- emitting ----

  emit(regel: string): void {
    // Inlined functions calling functions can multiply code; past this the exact path is better.
    if (++this.regelsTotaal > 40_000) nee('te veel code (geneste functies)');
    this.uit.push(`${'  '.repeat(this.diepte)}${regel}`);
  }

  tmp(): string {
    return `t${++this.teller}`;
  }

  vast(code: string, v: Vorm): W {
    const t = this.tmp();
    this.emit(`const ${t} = ${code};`);
    return { c: t, v };
  }

  bail(voorwaarde: string): void {
    this.emit(`if (${voorwaarde}) return undefined;`);
  }

  bewaak(t: string): void {
    this.bail(`!(${t} <= ${VEILIG} && ${t} >= -${VEILIG})`);
  }

  /** Lines emitted by `f` one level deeper, not yet placed. */
  blok<T>(f: () => T): { regels: string[]; w: T } {
    const oud = this.uit;
    this.uit = [];
    this.diepte++;
    try {
      const w = f();
      return { regels: this.uit, w };
    } finally {
      this.uit = oud;
      this.diepte--;
    }
  }

  /** Emits more lines into a block made by `blok`. */
  verder<T>(regels: string[], f: () => T): T {
    const oud = this.uit;
    this.uit = regels;
    this.diepte++;
    try {
      return f();
    } finally {
      this.uit = oud;
      this.diepte--;
    }
  }

  plaats(regels: readonly string[]): void {
    this.uit.push(...regels);
  }

  type(e: A.Expr): Type {
    return this.g.typen.get(e) ?? nee('expressie zonder type');
  }

  kanLeeg(e: A.Expr): boolean {
    const s = this.type(e).soort;
    return s === 'leegbaar' || s === 'leeg';
  }

  // ---- shapes: conversions ----

  /** Code for value `c` of shape `van` in shape `naar` (numbers scaled up, guarded). */
  zet(c: string, van: Vorm, naar: Vorm, leegbaar: boolean, type: Type | null = null): string {
    if (van.kind === 'bodem' || (van.kind === 'lijst' && van.el.kind === 'bodem') || gelijkeVorm(van, naar)) return c;
    if (leegbaar) {
      const t = this.tmp();
      this.emit(`let ${t} = null;`);
      this.emit(`if (${c} !== null) {`);
      this.diepte++;
      this.emit(`${t} = ${this.zet(c, van, naar, false, type)};`);
      this.diepte--;
      this.emit('}');
      return t;
    }
    switch (van.kind) {
      case 'num': {
        const k = (naar as { s: number }).s - van.s;
        if (k < 0) return nee('interne fout: schaal omlaag');
        const t = this.vast(`${c} * ${macht(k)}`, naar).c;
        this.bewaak(t);
        return t;
      }
      case 'rec': {
        const nv = (naar as { v: ReadonlyMap<string, Vorm> }).v;
        const rt_ = type ? zonderLeeg(type) : null;
        const veldType = (n: string): Type | null => (rt_?.soort === 'gegevens' ? rt_.velden.find((v) => v.naam === n)?.type ?? null : null);
        const velden = [...van.v].map(([n, x]) => {
          const ft = veldType(n);
          return `${sleutel(n)}: ${this.zet(eigenschap(c, n), x, nv.get(n)!, ft === null || ft.soort === 'leegbaar', ft)}`;
        });
        return this.vast(`{ ${velden.join(', ')} }`, naar).c;
      }
      case 'lijst': {
        const t = this.tmp();
        const i = this.tmp();
        const lt = type && zonderLeeg(type).soort === 'lijst' ? `: ${tsElement(type)}[]` : '';
        this.emit(`const ${t}${lt} = [];`);
        this.emit(`for (let ${i} = 0; ${i} < ${c}.length; ${i}++) {`);
        this.diepte++;
        const et = type && zonderLeeg(type).soort === 'lijst' ? (zonderLeeg(type) as { element: Type }).element : null;
        this.emit(`${t}.push(${this.zet(`${c}[${i}]!`, van.el, (naar as { el: Vorm }).el, et === null || et.soort === 'leegbaar', et)});`);
        this.diepte--;
        this.emit('}');
        return t;
      }
      default: return c;
    }
  }

  /** A number at a larger scale. */
  schaal(w: W, s: number): string {
    if (w.v.kind !== 'num') return nee('geen getal');
    return this.zet(w.c, w.v, num(s), false);
  }

  /** A number that must be whole (a count, a position, a factor): its integer value or bail. */
  geheel(w: W): string {
    if (w.v.kind !== 'num') return nee('geen getal');
    if (w.v.s === 0) return w.c;
    this.bail(`${w.c} % ${macht(w.v.s)} !== 0`);
    return this.vast(`${w.c} / ${macht(w.v.s)}`, num(0)).c;
  }
}
