// The grammar of expressions, from `als ... dan ... anders` and the binders (er is een, voor alle,
// elk, vouw) down through en/of, niet, comparisons, rounding, + and -, * / and `van`, list
// operations and postfixes (.veld, [index], a duration unit) to the literals, names, calls, lists
// and records. The base of the grammar: the other parts (parser/typen.ts, parser/tabellen.ts and
// the declarations in parser.ts) extend this class, and parser.ts builds the whole.
import { CstParser, type IParserConfig } from 'chevrotain';
import * as T from '../lexer.js';
import { EENHEIDWOORDEN } from '../keywords.js';

const k = T.kw;

export class ExpressieGrammatica extends CstParser {
  constructor(config: IParserConfig) {
    super(T.ALLE_TOKENS, config);
  }

  public expressie = this.RULE('expressie', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.alsExpr) },
      { ALT: () => this.SUBRULE(this.lambdaExpr) },
      { ALT: () => this.SUBRULE(this.ofExpr) },
    ]);
  });

  private alsExpr = this.RULE('alsExpr', () => {
    this.CONSUME(k('als'));
    this.SUBRULE(this.expressie);
    this.CONSUME(k('dan'));
    this.SUBRULE2(this.expressie);
    this.CONSUME(k('anders'));
    this.SUBRULE3(this.expressie);
  });

  /**
   * The binder forms: er is een, voor alle, elke, vouw. They extend as far right as possible. The
   * bound name may be a unit word (`elk jaar in loonjaren geeft jaar.uren`), as a field's may.
   */
  private lambdaExpr = this.RULE('lambdaExpr', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(k('er'));
          this.CONSUME(k('is'));
          this.CONSUME(k('een'));
          this.CONSUME(T.VeldNaam, { LABEL: 'Naam' });
          this.CONSUME(k('in'));
          this.SUBRULE(this.optelExpr);
          this.CONSUME(k('waarvoor'));
          this.SUBRULE(this.expressie);
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('voor'));
          this.CONSUME(k('alle'));
          this.CONSUME2(T.VeldNaam, { LABEL: 'Naam' });
          this.CONSUME2(k('in'));
          this.SUBRULE2(this.optelExpr);
          this.CONSUME(k('geldt'));
          this.SUBRULE2(this.expressie);
        },
      },
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(k('elke')) },
            { ALT: () => this.CONSUME(k('elk')) },
          ]);
          this.CONSUME3(T.VeldNaam, { LABEL: 'Naam' });
          this.CONSUME3(k('in'));
          this.SUBRULE3(this.optelExpr);
          this.OPTION(() => {
            this.CONSUME2(k('waarvoor'));
            this.SUBRULE3(this.expressie, { LABEL: 'filter' });
          });
          this.OPTION2(() => {
            this.CONSUME(k('geeft'));
            this.SUBRULE4(this.expressie, { LABEL: 'afbeelding' });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('vouw'));
          this.CONSUME4(T.VeldNaam, { LABEL: 'element' });
          this.CONSUME4(k('in'));
          this.SUBRULE4(this.optelExpr);
          this.CONSUME(k('met'));
          this.CONSUME5(T.VeldNaam, { LABEL: 'accumulator' });
          this.CONSUME(k('beginnend'));
          this.CONSUME(k('bij'));
          this.SUBRULE5(this.expressie, { LABEL: 'begin' });
          this.CONSUME(T.Dubbelepunt);
          this.SUBRULE6(this.expressie, { LABEL: 'stap' });
        },
      },
    ]);
  });

  private ofExpr = this.RULE('ofExpr', () => {
    this.SUBRULE(this.enExpr);
    this.MANY(() => {
      this.CONSUME(k('of'));
      this.SUBRULE2(this.enExpr);
    });
  });

  private enExpr = this.RULE('enExpr', () => {
    this.SUBRULE(this.nietExpr);
    this.MANY(() => {
      this.CONSUME(k('en'));
      this.SUBRULE2(this.nietExpr);
    });
  });

  private nietExpr = this.RULE('nietExpr', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(k('niet'));
          this.SUBRULE(this.nietExpr);
        },
      },
      { ALT: () => this.SUBRULE(this.vergelijking) },
    ]);
  });

  private vergelijking = this.RULE('vergelijking', () => {
    this.SUBRULE(this.afrondExpr);
    this.OPTION(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(k('is'));
            this.OPTION2(() => this.CONSUME(k('niet')));
            this.OPTION3(() => this.SUBRULE(this.woordOperator));
            this.SUBRULE2(this.afrondExpr);
          },
        },
        {
          ALT: () => {
            this.SUBRULE(this.symboolOperator);
            this.SUBRULE3(this.afrondExpr);
          },
        },
      ]),
    );
  });

  private woordOperator = this.RULE('woordOperator', () => {
    this.OR([
      { ALT: () => { this.CONSUME(k('gelijk')); this.CONSUME(k('aan')); } },
      { ALT: () => { this.CONSUME(k('ten')); this.CONSUME(k('minste')); } },
      { ALT: () => { this.CONSUME2(k('ten')); this.CONSUME(k('hoogste')); } },
      { ALT: () => { this.CONSUME(k('groter')); this.CONSUME(k('dan')); } },
      { ALT: () => { this.CONSUME(k('kleiner')); this.CONSUME2(k('dan')); } },
      { ALT: () => this.CONSUME(k('na')) },
      { ALT: () => this.CONSUME(k('voor')) },
      { ALT: () => { this.CONSUME(k('een')); this.CONSUME(k('van')); } },
      { ALT: () => { this.CONSUME(k('geen')); this.CONSUME2(k('van')); } },
    ]);
  });

  private symboolOperator = this.RULE('symboolOperator', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Gelijk) },
      { ALT: () => this.CONSUME(T.Ongelijk) },
      { ALT: () => this.CONSUME(T.KleinerGelijk) },
      { ALT: () => this.CONSUME(T.GroterGelijk) },
      { ALT: () => this.CONSUME(T.Kleiner) },
      { ALT: () => this.CONSUME(T.Groter) },
    ]);
  });

  protected afrondExpr = this.RULE('afrondExpr', () => {
    this.SUBRULE(this.optelExpr);
    this.MANY(() => this.SUBRULE(this.afronding));
  });

  private afronding = this.RULE('afronding', () => {
    this.CONSUME(k('afgerond'));
    this.OR3([
      {
        ALT: () => {
          this.CONSUME(k('op'));
          this.OR([
            { ALT: () => this.CONSUME(k('centen')) },
            { ALT: () => this.CONSUME(k("euro's")) },
            { ALT: () => { this.CONSUME(T.GetalLit); this.CONSUME(k('decimalen')); } },
            { ALT: () => { this.CONSUME(k('hele')); this.CONSUME(k('getallen')); } },
          ]);
          this.OPTION(() =>
            this.OR2([
              { ALT: () => { this.CONSUME(k('naar')); this.CONSUME(k('beneden')); } },
              { ALT: () => { this.CONSUME2(k('naar')); this.CONSUME(k('boven')); } },
              { ALT: () => this.CONSUME(k('rekenkundig')) },
              { ALT: () => this.CONSUME(k('bankiers')) },
            ]),
          );
        },
      },
      // `X afgerond naar boven op veelvoud van Y`: an Ingebouwd of language/ingebouwd.ts
      {
        ALT: () => {
          this.CONSUME3(k('naar'));
          this.OR4([
            { ALT: () => this.CONSUME2(k('boven')) },
            { ALT: () => this.CONSUME2(k('beneden')) },
          ]);
          this.CONSUME2(k('op'));
          this.CONSUME(k('veelvoud'));
          this.CONSUME(k('van'));
          this.SUBRULE(this.optelExpr);
        },
      },
    ]);
  });

  public optelExpr = this.RULE('optelExpr', () => {
    this.SUBRULE(this.maalExpr);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Plus) },
        { ALT: () => this.CONSUME(T.Min) },
      ]);
      this.SUBRULE2(this.maalExpr);
    });
  });

  private maalExpr = this.RULE('maalExpr', () => {
    this.SUBRULE(this.unairExpr);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Maal) },
        { ALT: () => this.CONSUME(T.Deel) },
        { ALT: () => this.CONSUME(k('van')) },
      ]);
      this.SUBRULE2(this.unairExpr);
    });
  });

  protected unairExpr = this.RULE('unairExpr', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Min);
          this.SUBRULE(this.unairExpr);
        },
      },
      { ALT: () => this.SUBRULE(this.lijstOp) },
      { ALT: () => this.SUBRULE(this.kalender) },
      { ALT: () => this.SUBRULE(this.reeks) },
      { ALT: () => this.SUBRULE(this.postfixExpr) },
    ]);
  });

  /**
   * The calendar built-ins (language/ingebouwd.ts): `tijdsduur van A tot B in hele jaren` (maanden,
   * weken; `in dagen`), `jaar van D` (maand, dag) and `de datum met jaar J, maand M en dag D`. The
   * words between the operands close each of them, so A and B may be sums (`tijdsduur van d + 1 dag
   * tot e in dagen`); the operands of the date parts and of the date bind as those of `aantal L`.
   */
  private kalender = this.RULE('kalender', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(k('tijdsduur'));
          this.CONSUME(k('van'));
          this.SUBRULE(this.optelExpr, { LABEL: 'begin' });
          this.CONSUME(k('tot'));
          this.SUBRULE2(this.optelExpr, { LABEL: 'einde' });
          this.CONSUME(k('in'));
          this.OR2([
            {
              ALT: () => {
                this.CONSUME(k('hele'));
                this.OR3([
                  { ALT: () => this.CONSUME(k('jaren')) },
                  { ALT: () => this.CONSUME(k('maanden')) },
                  { ALT: () => this.CONSUME(k('weken')) },
                ]);
              },
            },
            { ALT: () => this.CONSUME(k('dagen')) },
          ]);
        },
      },
      {
        ALT: () => {
          this.OR4([
            { ALT: () => this.CONSUME(k('jaar')) },
            { ALT: () => this.CONSUME(k('maand')) },
            { ALT: () => this.CONSUME(k('dag')) },
          ]);
          this.CONSUME2(k('van'));
          this.SUBRULE(this.unairExpr, { LABEL: 'datum' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('de'));
          this.CONSUME(k('datum'));
          this.CONSUME(k('met'));
          this.CONSUME2(k('jaar'));
          this.SUBRULE2(this.unairExpr, { LABEL: 'jaar' });
          this.CONSUME(T.Komma);
          this.CONSUME2(k('maand'));
          this.SUBRULE3(this.unairExpr, { LABEL: 'maand' });
          this.CONSUME(k('en'));
          this.CONSUME2(k('dag'));
          this.SUBRULE4(this.unairExpr, { LABEL: 'dag' });
        },
      },
    ]);
  });

  /**
   * `reeks van A tot en met B` (language/ingebouwd.ts): the whole numbers from A up to and including
   * B. `tot en met` closes A; B reaches as far as a sum, as A does (`reeks van 1 tot en met n - 1`).
   * `reeks` is also a name (keywords.ts): only `reeks van` starts a range.
   */
  private reeks = this.RULE('reeks', () => {
    this.CONSUME(k('reeks'));
    this.CONSUME(k('van'));
    this.SUBRULE(this.optelExpr, { LABEL: 'begin' });
    this.CONSUME(k('tot'));
    this.CONSUME(k('en'));
    this.CONSUME(k('met'));
    this.SUBRULE2(this.optelExpr, { LABEL: 'einde' });
  });

  private lijstOp = this.RULE('lijstOp', () => {
    this.OR([
      { ALT: () => this.CONSUME(k('aantal')) },
      { ALT: () => { this.CONSUME(k('som')); this.CONSUME(k('van')); } },
      { ALT: () => { this.CONSUME(k('minimum')); this.CONSUME2(k('van')); } },
      { ALT: () => { this.CONSUME(k('maximum')); this.CONSUME3(k('van')); } },
      { ALT: () => { this.CONSUME(k('eerste')); this.CONSUME4(k('van')); } },
      { ALT: () => { this.CONSUME(k('laatste')); this.CONSUME5(k('van')); } },
    ]);
    this.OR2([
      { ALT: () => this.SUBRULE(this.lambdaExpr) },
      { ALT: () => this.SUBRULE(this.unairExpr) },
    ]);
  });

  private postfixExpr = this.RULE('postfixExpr', () => {
    this.SUBRULE(this.primair);
    this.MANY(() =>
      this.OR([
        { ALT: () => { this.CONSUME(T.Punt); this.CONSUME(T.VeldNaam, { LABEL: 'Naam' }); } },
        { ALT: () => { this.CONSUME(T.BlokOpen); this.SUBRULE(this.expressie); this.CONSUME(T.BlokSluit); } },
        { ALT: () => this.SUBRULE(this.duurEenheid) },
        // `P op D`: a dated parameter on date D instead of the peildatum (the checker says which P)
        { ALT: () => { this.CONSUME(k('op')); this.SUBRULE(this.postfixExpr, { LABEL: 'datum' }); } },
      ]),
    );
  });

  private duurEenheid = this.RULE('duurEenheid', () => {
    this.OR(
      EENHEIDWOORDEN.map((w) => ({
        ALT: () => this.CONSUME(k(w)),
      })),
    );
  });

  private primair = this.RULE('primair', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.GetalLit) },
      { ALT: () => this.CONSUME(T.PercentageLit) },
      { ALT: () => this.CONSUME(T.BedragLit) },
      { ALT: () => this.CONSUME(T.DatumLit) },
      { ALT: () => this.CONSUME(T.TekstLit) },
      { ALT: () => this.CONSUME(k('ja')) },
      { ALT: () => this.CONSUME(k('nee')) },
      { ALT: () => this.CONSUME(k('leeg')) },
      { ALT: () => this.CONSUME(k('peildatum')) },
      {
        // a name, also a unit word (a parameter `jaren`); `jaar van D` and `5 jaren` are tried first
        ALT: () => {
          this.CONSUME(T.VeldNaam, { LABEL: 'Naam' });
          this.OPTION(() => {
            this.CONSUME(T.HaakOpen);
            this.MANY_SEP({ SEP: T.Komma, DEF: () => this.SUBRULE(this.argument) });
            this.CONSUME(T.HaakSluit);
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.HaakOpen);
          this.AT_LEAST_ONE_SEP({ SEP: T.Komma, DEF: () => this.SUBRULE2(this.expressie, { LABEL: 'lid' }) });
          this.CONSUME2(T.HaakSluit);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.BlokOpen);
          this.MANY_SEP2({ SEP: T.Komma, DEF: () => this.SUBRULE3(this.expressie, { LABEL: 'element' }) });
          this.CONSUME(T.BlokSluit);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.AccOpen);
          this.MANY_SEP3({ SEP: T.Komma, DEF: () => this.SUBRULE(this.veldWaarde) });
          this.CONSUME(T.AccSluit);
        },
      },
    ]);
  });

  /** An argument of a call: `E` (a function's), or `naam: E` (an input of a policy used with `gebruik regeling`). */
  private argument = this.RULE('argument', () => {
    this.OPTION(() => {
      this.CONSUME(T.VeldNaam, { LABEL: 'Naam' });
      this.CONSUME(T.Dubbelepunt);
    });
    this.SUBRULE(this.expressie);
  });

  private veldWaarde = this.RULE('veldWaarde', () => {
    this.CONSUME(T.VeldNaam, { LABEL: 'Naam' });
    this.CONSUME(T.Dubbelepunt);
    this.SUBRULE(this.expressie);
  });
}
