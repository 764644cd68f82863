// The grammar of types: `of leeg`, the basic types with their ranges (`geheel getal`, `bedrag ten
// minste € 0`, `percentage van 0% tot en met 100%`), keuze, gegevens with their fields, `lijst
// van` and a named soort.
import * as T from '../lexer.js';
import { ExpressieGrammatica } from './expressies.js';

const k = T.kw;

export class TypeGrammatica extends ExpressieGrammatica {
  protected type = this.RULE('type', () => {
    this.SUBRULE(this.basisType);
    this.OPTION(() => {
      this.CONSUME(k('of'));
      this.CONSUME(k('leeg'));
    });
  });

  private basisType = this.RULE('basisType', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.JaNee) },
      {
        ALT: () => {
          this.OPTION(() => this.CONSUME(k('geheel')));
          this.CONSUME(k('getal'));
          this.OPTION2(() => this.SUBRULE(this.typeBereik));
        },
      },
      { ALT: () => { this.CONSUME(k('bedrag')); this.OPTION3(() => this.SUBRULE2(this.typeBereik)); } },
      { ALT: () => { this.CONSUME(k('percentage')); this.OPTION4(() => this.SUBRULE3(this.typeBereik)); } },
      { ALT: () => this.CONSUME(k('datum')) },
      { ALT: () => { this.CONSUME(k('duur')); this.OPTION5(() => this.SUBRULE4(this.typeBereik)); } },
      { ALT: () => this.CONSUME(k('tekst')) },
      {
        ALT: () => {
          this.CONSUME(k('keuze'));
          this.CONSUME(T.Naam);
          this.MANY({
            GATE: () => this.LA(3).tokenType !== T.Dubbelepunt,
            DEF: () => {
              this.CONSUME(T.Komma);
              this.CONSUME2(T.Naam);
            },
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('gegevens'));
          this.CONSUME(T.AccOpen);
          this.AT_LEAST_ONE_SEP({ SEP: T.Komma, DEF: () => this.SUBRULE(this.veldDef) });
          this.CONSUME(T.AccSluit);
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('lijst'));
          this.CONSUME(k('van'));
          this.SUBRULE(this.basisType);
        },
      },
      // a named soort: a lexed name only, so `percentage` here is always the type
      { ALT: () => this.CONSUME3(T.NaamLit) },
    ]);
  });

  /**
   * The range of a numeric type or duration: `van A tot B` (B excluded), `van A tot en met B`,
   * `ten minste A`, `groter dan A`, `ten hoogste B`, `kleiner dan B`, or a lower and an upper
   * bound joined by `en`. Bounds are literals; the checker says which.
   */
  private typeBereik = this.RULE('typeBereik', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(k('van'));
          this.SUBRULE(this.unairExpr, { LABEL: 'vanGrens' });
          this.CONSUME(k('tot'));
          this.OPTION(() => {
            this.CONSUME(k('en'));
            this.CONSUME(k('met'));
          });
          this.SUBRULE2(this.unairExpr, { LABEL: 'totGrens' });
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.ondergrens);
          this.OPTION2(() => {
            this.CONSUME2(k('en'));
            this.SUBRULE(this.bovengrens);
          });
        },
      },
      { ALT: () => this.SUBRULE2(this.bovengrens) },
    ]);
  });

  private ondergrens = this.RULE('ondergrens', () => {
    this.OR([
      { ALT: () => { this.CONSUME(k('ten')); this.CONSUME(k('minste')); } },
      { ALT: () => { this.CONSUME(k('groter')); this.CONSUME(k('dan')); } },
    ]);
    this.SUBRULE(this.unairExpr);
  });

  private bovengrens = this.RULE('bovengrens', () => {
    this.OR([
      { ALT: () => { this.CONSUME(k('ten')); this.CONSUME(k('hoogste')); } },
      { ALT: () => { this.CONSUME(k('kleiner')); this.CONSUME(k('dan')); } },
    ]);
    this.SUBRULE(this.unairExpr);
  });

  /** A field of a record type or soort, or a function parameter: a name or a unit word (`jaar`). */
  protected veldDef = this.RULE('veldDef', () => {
    this.CONSUME(T.VeldNaam, { LABEL: 'Naam' });
    this.CONSUME(T.Dubbelepunt);
    this.SUBRULE(this.type);
  });
}
