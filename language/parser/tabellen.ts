// The grammar of a decision table: `tabel eerste|uniek`, a header and rows of cells between `|`,
// each cell a test on its column, an expression or (in the header) `bron`.
import * as T from '../lexer.js';
import { TypeGrammatica } from './typen.js';

const k = T.kw;

export class TabelGrammatica extends TypeGrammatica {
  /**
   * A decision table: `tabel eerste|uniek`, a header row and one or more rows, every
   * row `| cel | cel | ... |`. Rows are told apart by tokens, not lines: a row ends where the next
   * `|` follows a `|`. The header and the rows have the same cells; which column is input, output
   * or `bron` is decided from the header in to-ast.ts.
   */
  protected tabel = this.RULE('tabel', () => {
    this.CONSUME(k('tabel'));
    this.OR([
      { ALT: () => this.CONSUME(k('eerste')) },
      { ALT: () => this.CONSUME(k('uniek')) },
    ]);
    this.SUBRULE(this.tabelKop);
    this.AT_LEAST_ONE(() => this.SUBRULE(this.tabelRij));
  });

  private tabelKop = this.RULE('tabelKop', () => {
    this.CONSUME(T.Streep);
    this.AT_LEAST_ONE(() => {
      this.SUBRULE(this.tabelCel);
      this.CONSUME2(T.Streep);
    });
  });

  private tabelRij = this.RULE('tabelRij', () => {
    this.CONSUME(T.Streep);
    // `bron` is a cell only in the header; after the last row it starts the rule's bron clause.
    this.AT_LEAST_ONE({
      GATE: () => this.LA(1).tokenType !== k('bron'),
      DEF: () => {
        this.SUBRULE(this.tabelCel);
        this.CONSUME2(T.Streep);
      },
    });
  });

  /**
   * One cell: a test on its column (`ten minste 21`, `20 tot en met 22`, `een van a, b`, `-`),
   * an expression (the value of an output cell, a header, or equality in an input cell), or the
   * keyword `bron` (a header). `niet E` and `leeg` are expressions here; to-ast.ts reads them as
   * tests in an input column. A lone `-` is "any"; `-5` and `- 5` are negative numbers.
   */
  private tabelCel = this.RULE('tabelCel', () => {
    this.OR([
      { ALT: () => { this.CONSUME(k('ten')); this.CONSUME(k('minste')); this.SUBRULE(this.afrondExpr); } },
      { ALT: () => { this.CONSUME2(k('ten')); this.CONSUME(k('hoogste')); this.SUBRULE2(this.afrondExpr); } },
      { ALT: () => { this.CONSUME(k('groter')); this.CONSUME(k('dan')); this.SUBRULE3(this.afrondExpr); } },
      { ALT: () => { this.CONSUME(k('kleiner')); this.CONSUME2(k('dan')); this.SUBRULE4(this.afrondExpr); } },
      { ALT: () => { this.CONSUME(k('na')); this.SUBRULE5(this.afrondExpr); } },
      { ALT: () => { this.CONSUME(k('voor')); this.SUBRULE6(this.afrondExpr); } },
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(k('een')) },
            { ALT: () => this.CONSUME(k('geen')) },
          ]);
          this.CONSUME(k('van'));
          this.AT_LEAST_ONE_SEP({ SEP: T.Komma, DEF: () => this.SUBRULE7(this.afrondExpr, { LABEL: 'optie' }) });
        },
      },
      { ALT: () => this.CONSUME(k('bron')) },
      {
        ALT: () => {
          this.SUBRULE(this.expressie);
          this.OPTION(() => {
            this.CONSUME(k('tot'));
            this.CONSUME(k('en'));
            this.CONSUME(k('met'));
            this.SUBRULE8(this.afrondExpr, { LABEL: 'totEnMet' });
          });
        },
      },
      { ALT: () => this.CONSUME(T.Min) },
    ]);
  });
}
