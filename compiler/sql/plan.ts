// The shape of the query: a chain of CTEs over `gevallen`, each adding columns to the one before
// (`SELECT s.*, <new columns> FROM s`), so a rule can read every column an earlier step made. The
// first step keeps the row of `gevallen` as one value, so the final SELECT gives back exactly the
// columns of `gevallen` whatever they are called, and no internal column can clash with them.
import { id } from './waarde.js';

export class Plan {
  private readonly stappen: { kolommen: [string, string][] }[] = [];
  private huidig: [string, string][] = [];
  private readonly namen = new Set<string>();

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

  /** The query: the CTE chain, then the final SELECT of `eind` (SQL select items) over its last step. */
  sql(eerste: string, eind: readonly string[]): string {
    this.stap();
    const ctes = this.stappen.map((s, i) => {
      const kolommen = s.kolommen.map(([n, x]) => `    ${x} AS ${id(n)}`).join(',\n');
      const bron = i === 0 ? eerste : `"§${i - 1}"`;
      const alles = i === 0 ? '' : `"§${i - 1}".*,\n`;
      return `"§${i}" AS (\n  SELECT\n${alles ? `    ${alles}` : ''}${kolommen}\n  FROM ${bron}\n)`;
    });
    return `WITH\n${ctes.join(',\n')}\nSELECT\n  ${eind.join(',\n  ')}\nFROM "§${this.stappen.length - 1}"`;
  }
}
