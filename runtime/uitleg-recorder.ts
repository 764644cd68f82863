// The one explanation recorder of both engines (the interpreter and compiled modules): it builds
// the explanation tree whose shape uitleg.ts defines, per rule the values it read and how it was
// decided. Compiled modules reach it through runtime.ts (`rt.Spoor`), which re-exports it.
import type { Besluit, Gebruik, UitlegKnoop } from './uitleg.js';

/**
 * The one explanation recorder of both engines: a frame of reads per rule being evaluated
 * (innermost last), and the finished node of each rule. Reads outside any rule are not recorded.
 */
export class Spoor {
  private readonly frames: Map<string, Gebruik>[] = [];
  readonly knopen = new Map<string, UitlegKnoop>();

  /** Is a rule being recorded? Callers skip making an explanation value when not. */
  get actief(): boolean {
    return this.frames.length > 0;
  }

  private noteer(g: Gebruik): void {
    const f = this.frames[this.frames.length - 1];
    // every function call its own entry (the same function may be called with other arguments)
    if (f) f.set(g.soort === 'functie' || g.soort === 'regeling' ? `${g.soort}:${g.naam}#${f.size}` : `${g.soort}:${g.naam}${g.soort === 'parameter' && g.op !== undefined ? ` op ${g.op}` : ''}`, g);
  }
  /**
   * A function called in a decision table's cell, while a rule is recorded: what `bereken` reads
   * (the arguments and the body) nests under the call, noted in the rule with the value
   * (`uitleg` writes it) and the function's bron. A call that fails leaves no entry.
   */
  functie<T>(naam: string, bron: string | null, bereken: () => T, uitleg: (w: T) => unknown): T {
    if (this.frames.length === 0) return bereken();
    this.frames.push(new Map());
    let w: T;
    try {
      w = bereken();
    } catch (x) {
      this.frames.pop();
      throw x;
    }
    const gebruikt = [...this.frames.pop()!.values()];
    this.noteer({ soort: 'functie', naam, waarde: uitleg(w), bron, gebruikt });
    return w;
  }
  /** A used policy called while a rule is recorded (each call its own entry), with the trees of its outputs. */
  regeling(naam: string, regeling: string, bron: string | null, peildatum: string, invoer: Readonly<Record<string, unknown>>, uitvoer: Readonly<Record<string, UitlegKnoop>>): void {
    this.noteer({ soort: 'regeling', naam, regeling, bron, peildatum, invoer, uitvoer });
  }
  begin(): void {
    this.frames.push(new Map());
  }
  einde(regel: string, waarde: unknown, bron: string | null, besluit: Besluit): UitlegKnoop {
    const gebruikt = [...this.frames.pop()!.values()];
    const knoop: UitlegKnoop = { regel, waarde, bron, besluit, gebruikt };
    this.knopen.set(regel, knoop);
    return knoop;
  }
  regel(naam: string): void {
    this.noteer({ soort: 'regel', naam, uitleg: this.knopen.get(naam)! });
  }
  invoer(naam: string, waarde: unknown): void {
    this.noteer({ soort: 'invoer', naam, waarde });
  }
  /** A parameter read at the peildatum, or with `op` (`P op D`) on that date: one entry per date. */
  parameter(naam: string, waarde: unknown, vanaf: string | null, bron: string | null, overschreven: boolean, op?: string): void {
    this.noteer(op === undefined ? { soort: 'parameter', naam, waarde, vanaf, bron, overschreven } : { soort: 'parameter', naam, waarde, vanaf, bron, overschreven, op });
  }
}
