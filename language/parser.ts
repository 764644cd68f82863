// The Regelwerk grammar as a Chevrotain CstParser with error recovery, so one run reports every
// syntax error of a file. The CST is turned into typed AST nodes by to-ast.ts.
// Longer than 600 lines: one method per grammar rule, and Chevrotain wants them in one parser class.
import { CstParser, tokenMatcher, type CstNode, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import * as T from './lexer.js';
import { EENHEIDWOORDEN } from './keywords.js';

const k = T.kw;

const TOKEN_NAMEN: Record<string, string> = {
  Naam: 'een naam', NaamLit: 'een naam', DatumLit: 'een datum (JJJJ-MM-DD)', BedragLit: 'een bedrag (€ 12,50)', PercentageLit: 'een percentage',
  GetalLit: 'een getal', TekstLit: 'een tekst tussen aanhalingstekens', JaNee: "'ja/nee'", Dubbelepunt: "':'", Komma: "','",
  Punt: "'.'", HaakOpen: "'('", HaakSluit: "')'", BlokOpen: "'['", BlokSluit: "']'", AccOpen: "'{'", AccSluit: "'}'",
  Plus: "'+'", Min: "'-'", Maal: "'*'", Deel: "'/'", Gelijk: "'='", Ongelijk: "'!='", Kleiner: "'<'", Groter: "'>'",
  KleinerGelijk: "'<='", GroterGelijk: "'>='", Streep: "'|'",
};

/** A keyword's token type -> the keyword as a drafter writes it (the token name drops the ' of euro's). */
const WOORD_VAN = new Map<TokenType, string>(Object.entries(T.K).map(([woord, t]) => [t, woord]));

function tokenNaam(t: TokenType): string {
  const woord = WOORD_VAN.get(t);
  if (woord !== undefined) return `'${woord}'`;
  if (t.name === 'EOF') return 'het einde van het bestand';
  return TOKEN_NAMEN[t.name] ?? t.name;
}

const REGEL_NAMEN: Record<string, string> = {
  kop: 'de kop (regeling)', soortDecl: 'een soort', invoerDecl: 'een invoer', uitvoerDecl: 'een uitvoer',
  parameterDecl: 'een parameter', parameterRij: 'een parameterrij', functieDecl: 'een functie', regelDecl: 'een regel',
  uitzondering: 'een uitzondering', voorbeeldDecl: 'een voorbeeld', voorbeeldenPeildatumDecl: "'voorbeelden peildatum'", toewijzing: 'een voorbeeldwaarde',
  eigenschapDecl: 'een eigenschap', type: 'een type', basisType: 'een type', eisClausule: 'een eis',
  tabel: 'een beslistabel', tabelKop: 'de kop van een beslistabel', tabelRij: 'een rij van een beslistabel',
  tabelCel: 'een cel van een beslistabel',
};

function gevonden(t: IToken): string {
  return t.tokenType.name === 'EOF' ? 'het einde van het bestand' : `'${t.image}'`;
}

function waar(ruleName: string): string {
  const r = REGEL_NAMEN[ruleName];
  return r ? ` in ${r}` : '';
}

const nederlandseMeldingen: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, ruleName }) {
    return `verwacht ${tokenNaam(expected)}, maar vond ${gevonden(actual)}${waar(ruleName)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `onverwacht ${gevonden(firstRedundant)}: hier verwacht ik het begin van een declaratie (invoer, uitvoer, parameter, regel, voorbeeld, ...)`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    const eersten = new Set<string>();
    for (const paden of expectedPathsPerAlt) for (const pad of paden) if (pad[0]) eersten.add(tokenNaam(pad[0]));
    const lijst = [...eersten].slice(0, 8);
    return `onverwacht ${gevonden(actual[0]!)}${waar(ruleName)}` + (lijst.length ? `; verwacht een van: ${lijst.join(', ')}${eersten.size > 8 ? ', ...' : ''}` : '');
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }) {
    const eersten = new Set<string>();
    for (const pad of expectedIterationPaths) if (pad[0]) eersten.add(tokenNaam(pad[0]));
    return `onverwacht ${gevonden(actual[0]!)}${waar(ruleName)}; verwacht ten minste één ${[...eersten].join(' of ')}`;
  },
};

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

class RegelwerkParser extends CstParser {
  constructor() {
    super(T.ALLE_TOKENS, { recoveryEnabled: true, maxLookahead: 4, errorMessageProvider: nederlandseMeldingen, skipValidations: !grammaticaControle });
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

  private gebruikDecl = this.RULE('gebruikDecl', () => {
    this.CONSUME(k('gebruik'));
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

  /**
   * A decision table: `tabel eerste|uniek`, a header row and one or more rows, every
   * row `| cel | cel | ... |`. Rows are told apart by tokens, not lines: a row ends where the next
   * `|` follows a `|`. The header and the rows have the same cells; which column is input, output
   * or `bron` is decided from the header in to-ast.ts.
   */
  private tabel = this.RULE('tabel', () => {
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

  private uitzondering = this.RULE('uitzondering', () => {
    this.CONSUME(k('uitzondering'));
    this.OPTION(() => this.CONSUME(T.TekstLit));
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

  // ---- types ----
  private type = this.RULE('type', () => {
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

  private veldDef = this.RULE('veldDef', () => {
    this.CONSUME(T.Naam);
    this.CONSUME(T.Dubbelepunt);
    this.SUBRULE(this.type);
  });

  // ---- expressions ----
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

  /** The binder forms: er is een, voor alle, elke, vouw. They extend as far right as possible. */
  private lambdaExpr = this.RULE('lambdaExpr', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(k('er'));
          this.CONSUME(k('is'));
          this.CONSUME(k('een'));
          this.CONSUME(T.Naam);
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
          this.CONSUME2(T.Naam);
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
          this.CONSUME3(T.Naam);
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
          this.CONSUME4(T.Naam, { LABEL: 'element' });
          this.CONSUME4(k('in'));
          this.SUBRULE4(this.optelExpr);
          this.CONSUME(k('met'));
          this.CONSUME5(T.Naam, { LABEL: 'accumulator' });
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

  private afrondExpr = this.RULE('afrondExpr', () => {
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

  private unairExpr = this.RULE('unairExpr', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Min);
          this.SUBRULE(this.unairExpr);
        },
      },
      { ALT: () => this.SUBRULE(this.lijstOp) },
      { ALT: () => this.SUBRULE(this.postfixExpr) },
    ]);
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
        { ALT: () => { this.CONSUME(T.Punt); this.CONSUME(T.Naam); } },
        { ALT: () => { this.CONSUME(T.BlokOpen); this.SUBRULE(this.expressie); this.CONSUME(T.BlokSluit); } },
        { ALT: () => this.SUBRULE(this.duurEenheid) },
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
        ALT: () => {
          this.CONSUME(T.Naam);
          this.OPTION(() => {
            this.CONSUME(T.HaakOpen);
            this.MANY_SEP({ SEP: T.Komma, DEF: () => this.SUBRULE(this.expressie, { LABEL: 'argument' }) });
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

  private veldWaarde = this.RULE('veldWaarde', () => {
    this.CONSUME(T.Naam);
    this.CONSUME(T.Dubbelepunt);
    this.SUBRULE(this.expressie);
  });
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
