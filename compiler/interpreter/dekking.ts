// Coverage per clause: which clauses of a policy an evaluation reached. A clause is a rule's base
// definition, each of its exceptions, each row of its decision table, and the `dan` and the
// `anders` of each `als ... dan ... anders` in a rule or function of the file. The interpreter
// tells an optional counter (Dekkingsteller) when it takes a clause; without one it does nothing.
import * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { alleExpressies } from '../../language/walk.js';

type Regel = A.Declaratie & { kind: 'Regel' };

/** One clause, with the AST node the interpreter reports when it takes it (`sleutel`). */
export type DekkingClausule =
  | { readonly kind: 'basis'; readonly regel: string; readonly sleutel: Regel; readonly plek: A.Plek }
  | { readonly kind: 'uitzondering'; readonly regel: string; readonly label: string; readonly sleutel: A.Uitzondering; readonly plek: A.Plek }
  | { readonly kind: 'rij'; readonly regel: string; readonly rij: number; readonly sleutel: A.TabelRij; readonly plek: A.Plek }
  /** A branch of an `als`; `in` names the declaration it stands in (`regel x`, `functie f`). */
  | { readonly kind: 'dan' | 'anders'; readonly in: string; readonly als: A.Expr & { kind: 'Als' }; readonly sleutel: A.Expr; readonly plek: A.Plek };

/**
 * Counts, per clause, the evaluations that reached it (once per evaluation, however often it
 * was taken in it). Every Evaluatie given this counter is one evaluation (`nieuweEvaluatie`).
 */
export class Dekkingsteller {
  private evaluatie = 0;
  private readonly laatste = new Map<object, number>();
  private readonly tellingen = new Map<object, number>();

  nieuweEvaluatie(): void {
    this.evaluatie++;
  }

  raak(sleutel: object): void {
    if (this.laatste.get(sleutel) === this.evaluatie) return;
    this.laatste.set(sleutel, this.evaluatie);
    this.tellingen.set(sleutel, (this.tellingen.get(sleutel) ?? 0) + 1);
  }

  /** How many evaluations reached the clause. */
  aantal(c: DekkingClausule): number {
    return this.tellingen.get(c.sleutel) ?? 0;
  }
}

/** How a drafter reads a clause: `regel 'x', uitzondering 'y'`, `regel 'x', rij 3`, ... */
export function clausuleNaam(c: DekkingClausule): string {
  switch (c.kind) {
    case 'basis': return `regel '${c.regel}', basisdefinitie`;
    case 'uitzondering': return `regel '${c.regel}', uitzondering '${c.label}'`;
    case 'rij': return `regel '${c.regel}', rij ${c.rij}`;
    case 'dan': case 'anders': return `${c.in}, ${c.kind}-tak van de als op ${c.als.plek.regel}:${c.als.plek.kolom}`;
    default: return A.onmogelijk(c);
  }
}

/** The `als` expressions below `e`, each with its two branches as clauses. */
function takken(e: A.Expr, in_: string): DekkingClausule[] {
  const uit: DekkingClausule[] = [];
  for (const x of alleExpressies(e)) {
    if (x.kind !== 'Als') continue;
    uit.push({ kind: 'dan', in: in_, als: x, sleutel: x.dan, plek: x.dan.plek }, { kind: 'anders', in: in_, als: x, sleutel: x.anders, plek: x.anders.plek });
  }
  return uit;
}

/** Every clause of the policy's own file (not of modules it uses), in file order. */
export function clausules(g: Gecontroleerd): DekkingClausule[] {
  const uit: DekkingClausule[] = [];
  for (const d of g.bestand.declaraties) {
    if (d.kind === 'Functie') uit.push(...takken(d.lichaam, `functie '${d.naam}'`));
    if (d.kind !== 'Regel') continue;
    const in_ = `regel '${d.naam}'`;
    if (d.indien) uit.push(...takken(d.indien, in_));
    for (const u of d.uitzonderingen) {
      uit.push({ kind: 'uitzondering', regel: d.naam, label: u.label, sleutel: u, plek: u.plek }, ...takken(u.voorwaarde, in_), ...takken(u.waarde, in_));
    }
    if (d.waarde.kind === 'Tabel') {
      for (const r of d.waarde.rijen) uit.push({ kind: 'rij', regel: d.naam, rij: r.nummer, sleutel: r, plek: r.plek }, ...takken(r.voorwaarde, in_), ...takken(r.uitvoer, in_));
    } else uit.push({ kind: 'basis', regel: d.naam, sleutel: d, plek: d.naamPlek }, ...takken(d.waarde, in_));
  }
  return uit.sort((a, b) => a.plek.offset - b.plek.offset);
}
