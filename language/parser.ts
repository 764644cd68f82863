// The Regelwerk grammar as a Chevrotain CstParser with error recovery, so one run reports every
// syntax error of a file. The CST is turned into typed AST nodes by to-ast.ts.
// This file holds the declarations (the file's head, invoer, uitvoer, parameter, functie, regel,
// voorbeeld, eigenschap, ...) and builds the parser. The grammar of the parts a declaration is made
// of is in parser/: expressions, types and decision tables, each a class the next one extends;
// the messages in Dutch are in parser/meldingen.ts.
import { tokenMatcher, type CstNode, type IRecognitionException, type IToken } from 'chevrotain';
import * as T from './lexer.js';
import { nederlandseMeldingen } from './parser/meldingen.js';
import { TabelGrammatica } from './parser/tabellen.js';

const k = T.kw;

/**
 * Chevrotain's grammar validations (ambiguity, left recursion) cost ~0.3 s at every start; they
 * say nothing about a drafter's text, only about this grammar. The test suite runs them
 * (test/language/parser.test.ts builds the parser with them on); a user's start skips them.
 */
let grammaticaControle = false;
export function controleerGrammatica(): void {
  grammaticaControle = true;
  new RegelwerkParser();
  grammaticaControle = false;
}

class RegelwerkParser extends TabelGrammatica {
  constructor() {
    super({ recoveryEnabled: true, maxLookahead: 4, errorMessageProvider: nederlandseMeldingen, skipValidations: !grammaticaControle });
    this.performSelfAnalysis();
  }

  public bestand = this.RULE('bestand', () => {
    this.OPTION(() => this.SUBRULE(this.kop));
    this.MANY(() => this.SUBRULE(this.declaratie));
  });

  private kop = this.RULE('kop', () => {
    this.CONSUME(k('regeling'));
    this.CONSUME(T.Naam);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.bronClausule) },
        {
          ALT: () => {
            this.CONSUME(k('geldig'));
            this.OR2([
              { ALT: () => this.CONSUME(k('vanaf')) },
              { ALT: () => this.CONSUME(k('tot')) },
            ]);
            this.CONSUME(T.DatumLit);
          },
        },
      ]),
    );
  });

  private bronClausule = this.RULE('bronClausule', () => {
    this.CONSUME(k('bron'));
    this.CONSUME(T.TekstLit);
  });

  private declaratie = this.RULE('declaratie', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.gebruikDecl) },
      { ALT: () => this.SUBRULE(this.soortDecl) },
      { ALT: () => this.SUBRULE(this.bereikDecl) },
      { ALT: () => this.SUBRULE(this.invoerDecl) },
      { ALT: () => this.SUBRULE(this.uitvoerDecl) },
      { ALT: () => this.SUBRULE(this.parameterDecl) },
      { ALT: () => this.SUBRULE(this.functieDecl) },
      { ALT: () => this.SUBRULE(this.regelDecl) },
      { ALT: () => this.SUBRULE(this.voorbeeldDecl) },
      { ALT: () => this.SUBRULE(this.voorbeeldenPeildatumDecl) },
      { ALT: () => this.SUBRULE(this.eigenschapDecl) },
    ]);
  });

  /** `gebruik minimumloon` (a stdlib module) or `gebruik regeling naam` (the policy naam.regel beside this file). */
  private gebruikDecl = this.RULE('gebruikDecl', () => {
    this.CONSUME(k('gebruik'));
    this.OPTION(() => this.CONSUME(k('regeling')));
    this.CONSUME(T.Naam);
  });

  private soortDecl = this.RULE('soortDecl', () => {
    this.CONSUME(k('soort'));
    this.CONSUME(T.Naam);
    this.CONSUME(k('is'));
    this.SUBRULE(this.type);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.eisClausule) },
        { ALT: () => this.SUBRULE(this.bronClausule) },
      ]),
    );
  });

  private invoerDecl = this.RULE('invoerDecl', () => {
    this.CONSUME(k('invoer'));
    this.CONSUME(T.Naam);
    this.CONSUME(T.Dubbelepunt);
    this.SUBRULE(this.type);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.bronClausule) },
        { ALT: () => this.SUBRULE(this.eisClausule) },
        { ALT: () => this.SUBRULE(this.bereikClausule) },
      ]),
    );
  });

  /** `invoer bereik x: -10000 tot 200000`: a hint for generated test input. */
  private bereikDecl = this.RULE('bereikDecl', () => {
    this.CONSUME(k('invoer'));
    this.CONSUME(k('bereik'));
    this.CONSUME(T.Naam);
    this.CONSUME(T.Dubbelepunt);
    this.SUBRULE(this.optelExpr);
    this.CONSUME(k('tot'));
    this.SUBRULE2(this.optelExpr);
  });

  private eisClausule = this.RULE('eisClausule', () => {
    this.CONSUME(k('eis'));
    this.SUBRULE(this.expressie);
    this.OPTION(() => {
      this.CONSUME(k('melding'));
      this.CONSUME(T.TekstLit);
    });
  });

  private bereikClausule = this.RULE('bereikClausule', () => {
    this.CONSUME(k('bereik'));
    this.SUBRULE(this.optelExpr);
    this.CONSUME(k('tot'));
    this.SUBRULE2(this.optelExpr);
  });

  private uitvoerDecl = this.RULE('uitvoerDecl', () => {
    this.CONSUME(k('uitvoer'));
    this.CONSUME(T.Naam);
    this.CONSUME(T.Dubbelepunt);
    this.SUBRULE(this.type);
    this.OPTION(() => this.SUBRULE(this.bronClausule));
  });

  private parameterDecl = this.RULE('parameterDecl', () => {
    this.CONSUME(k('parameter'));
    this.CONSUME(T.Naam);
    this.CONSUME(T.Dubbelepunt);
    this.SUBRULE(this.type);
    this.OPTION(() => this.SUBRULE(this.bronClausule));
    this.OR([
      {
        ALT: () => {
          this.CONSUME(k('is'));
          this.SUBRULE(this.optelExpr);
          this.OPTION2(() => this.SUBRULE2(this.bronClausule));
        },
      },
      { ALT: () => this.AT_LEAST_ONE(() => this.SUBRULE(this.parameterRij)) },
    ]);
  });

  private parameterRij = this.RULE('parameterRij', () => {
    this.CONSUME(k('vanaf'));
    this.CONSUME(T.DatumLit);
    this.OPTION2(() => {
      this.CONSUME(k('tot'));
      this.CONSUME2(T.DatumLit);
    });
    this.CONSUME(k('is'));
    this.SUBRULE(this.optelExpr);
    this.OPTION(() => this.SUBRULE(this.bronClausule));
  });

  private functieDecl = this.RULE('functieDecl', () => {
    this.CONSUME(k('functie'));
    this.CONSUME(T.Naam);
    this.CONSUME(T.HaakOpen);
    this.MANY_SEP({ SEP: T.Komma, DEF: () => this.SUBRULE(this.veldDef) });
    this.CONSUME(T.HaakSluit);
    this.CONSUME(T.Dubbelepunt);
    this.SUBRULE(this.type);
    this.CONSUME(k('is'));
    this.SUBRULE(this.expressie);
    this.OPTION(() => this.SUBRULE(this.bronClausule));
  });

  private regelDecl = this.RULE('regelDecl', () => {
    this.CONSUME(k('regel'));
    this.CONSUME(T.Naam);
    this.OPTION(() => {
      this.CONSUME(T.Dubbelepunt);
      this.SUBRULE(this.type);
    });
    this.CONSUME(k('is'));
    this.OR([
      { ALT: () => this.SUBRULE(this.tabel) },
      { ALT: () => this.SUBRULE(this.expressie) },
    ]);
    this.OPTION2(() => {
      this.CONSUME(k('indien'));
      this.SUBRULE2(this.expressie);
    });
    this.OPTION3(() => this.SUBRULE(this.bronClausule));
    this.MANY(() => this.SUBRULE(this.uitzondering));
  });

  private uitzondering = this.RULE('uitzondering', () => {
    this.CONSUME(k('uitzondering'));
    this.OPTION(() => {
      this.CONSUME(T.TekstLit);
      // `op "ouder"`: an exception to the exception labelled "ouder"; when both apply, this one decides
      this.OPTION3(() => {
        this.CONSUME(k('op'));
        this.CONSUME2(T.TekstLit, { LABEL: 'ouder' });
      });
    });
    this.CONSUME(k('indien'));
    this.SUBRULE(this.expressie);
    this.CONSUME(k('dan'));
    this.SUBRULE2(this.expressie);
    this.OPTION2(() => this.SUBRULE(this.bronClausule));
  });

  /** `voorbeelden peildatum 2026-01-01`: the peildatum of every voorbeeld in this file without its own. */
  private voorbeeldenPeildatumDecl = this.RULE('voorbeeldenPeildatumDecl', () => {
    this.CONSUME(k('voorbeelden'));
    this.CONSUME(k('peildatum'));
    this.CONSUME(T.DatumLit);
  });

  private voorbeeldDecl = this.RULE('voorbeeldDecl', () => {
    this.CONSUME(k('voorbeeld'));
    this.CONSUME(T.TekstLit);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.bronClausule) },
        {
          ALT: () => {
            this.CONSUME(k('peildatum'));
            this.CONSUME(T.DatumLit);
          },
        },
        {
          ALT: () => {
            this.CONSUME(k('parameter'));
            this.SUBRULE(this.toewijzing);
          },
        },
      ]),
    );
    this.CONSUME(k('gegeven'));
    this.MANY2(() => this.SUBRULE2(this.toewijzing));
    this.CONSUME(k('verwacht'));
    this.OR2([
      {
        ALT: () => {
          this.CONSUME(k('fout'));
          this.OPTION(() => this.CONSUME2(T.TekstLit));
        },
      },
      { ALT: () => this.MANY3(() => this.SUBRULE3(this.toewijzing)) },
    ]);
  });

  private toewijzing = this.RULE('toewijzing', () => {
    this.CONSUME(T.Naam);
    this.CONSUME(k('is'));
    this.SUBRULE(this.optelExpr);
  });

  private eigenschapDecl = this.RULE('eigenschapDecl', () => {
    this.CONSUME(k('eigenschap'));
    this.CONSUME(T.TekstLit);
    this.CONSUME(T.Dubbelepunt);
    this.OR([
      {
        // uitvoer, ... hangt niet af van invoer
        GATE: () => this.isOnafhankelijkheid(),
        ALT: () => {
          this.AT_LEAST_ONE_SEP({ SEP: T.Komma, DEF: () => this.CONSUME(T.Naam) });
          this.CONSUME(k('hangt'));
          this.CONSUME(k('niet'));
          this.CONSUME(k('af'));
          this.CONSUME(k('van'));
          this.CONSUME2(T.Naam);
        },
      },
      {
        // uitvoer stijgt/daalt niet als invoer stijgt
        GATE: () => this.LA(2).tokenType === k('stijgt') || this.LA(2).tokenType === k('daalt'),
        ALT: () => {
          this.CONSUME3(T.Naam);
          this.OR2([
            { ALT: () => this.CONSUME2(k('stijgt')) },
            { ALT: () => this.CONSUME2(k('daalt')) },
          ]);
          this.CONSUME2(k('niet'));
          this.CONSUME(k('als'));
          this.CONSUME4(T.Naam);
          this.CONSUME3(k('stijgt'));
        },
      },
      { ALT: () => this.SUBRULE(this.expressie) },
    ]);
    this.OPTION(() => {
      this.CONSUME(k('indien'));
      this.SUBRULE2(this.expressie);
    });
    this.OPTION2(() => this.SUBRULE(this.bronClausule));
  });

  private isOnafhankelijkheid(): boolean {
    let i = 1;
    while (tokenMatcher(this.LA(i), T.Naam) && this.LA(i + 1).tokenType === T.Komma) i += 2;
    return tokenMatcher(this.LA(i), T.Naam) && this.LA(i + 1).tokenType === k('hangt');
  }
}

// Built on first use: its self-analysis takes a noticeable part of a CLI start, and `--help`,
// `catalogus` or a cached run of compiled code never parse.
let parser: RegelwerkParser | null = null;

export interface ParseResultaat {
  cst: CstNode;
  fouten: IRecognitionException[];
}

/**
 * The grammar as Chevrotain's productions, for generating the typed CST (language/cst.ts) and
 * for the formatter, which prints a rule it does not know verbatim.
 */
export function grammaticaProducties(): ReturnType<RegelwerkParser['getGAstProductions']> {
  parser ??= new RegelwerkParser();
  return parser.getGAstProductions();
}

export function parseTokens(tokens: IToken[]): ParseResultaat {
  parser ??= new RegelwerkParser();
  parser.input = tokens;
  const cst = parser.bestand();
  return { cst, fouten: [...parser.errors] };
}
