// The shape of the query: a chain of CTEs over `gevallen`, each adding columns to the one before
// (`SELECT s.*, <new columns> FROM s`), so a rule can read every column an earlier step made. The
// first step keeps the row of `gevallen` as one value, so the final SELECT gives back exactly the
// columns of `gevallen` whatever they are called, and no internal column can clash with them.
import { id } from './waarde.js';

/** Where a translation puts its columns: the plan itself, or the plan under a prefix (a called policy). */
export interface Stappen {
  kolom(naam: string, sql: string): string;
  stap(): void;
}

export class Plan implements Stappen {
  private readonly stappen: { kolommen: [string, string][] }[] = [];
  private huidig: [string, string][] = [];
  private readonly namen = new Set<string>();
  private aanroepen = 0;

  /** A new number for an inlined call, unique in this query (the same SQL for the same policy). */
  volgnummer(): number {
    return ++this.aanroepen;
  }

  /** A new column in the current step; returns how later steps refer to it. */
  kolom(naam: string, sql: string): string {
    if (this.namen.has(naam)) throw new Error(`interne fout: kolom ${naam} twee keer`);
    this.namen.add(naam);
    this.huidig.push([naam, sql]);
    return id(naam);
  }

  /** Ends the current step: what comes next can read its columns. */
  stap(): void {
    if (this.huidig.length > 0) this.stappen.push({ kolommen: this.huidig });
    this.huidig = [];
  }

  /** The same plan with every new column's name under `voorvoegsel` (a policy inlined by a call). */
  onder(voorvoegsel: string): Stappen {
    return { kolom: (naam, sql) => this.kolom(`${voorvoegsel}${naam}`, sql), stap: () => this.stap() };
  }

  /** The query: the CTE chain (each step ended by `omheining`), then the final SELECT of `eind` (SQL select items) over its last step. */
  sql(eerste: string, eind: readonly string[], omheining = ''): string {
    this.stap();
    const ctes = this.stappen.map((s, i) => {
      const kolommen = s.kolommen.map(([n, x]) => `    ${x} AS ${id(n)}`).join(',\n');
      const bron = i === 0 ? eerste : `"§${i - 1}"`;
      const alles = i === 0 ? '' : `"§${i - 1}".*,\n`;
      return `"§${i}" AS (\n  SELECT\n${alles ? `    ${alles}` : ''}${kolommen}\n  FROM ${bron}${omheining}\n)`;
    });
    return `WITH\n${ctes.join(',\n')}\nSELECT\n  ${eind.join(',\n  ')}\nFROM "§${this.stappen.length - 1}"`;
  }
}
