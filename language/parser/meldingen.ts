// The parser's messages in Dutch: a token as a drafter knows it (`'regel'`, `een datum (JJJJ-MM-DD)`),
// a grammar rule by what it is (`in een uitvoer`), and what was expected where the parser got stuck.
import type { IParserErrorMessageProvider, IRecognitionException, IToken, TokenType } from 'chevrotain';
import * as T from '../lexer.js';

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

export const nederlandseMeldingen: IParserErrorMessageProvider = {
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

const REKENTEKENS = new Set(['Plus', 'Min', 'Maal', 'Deel']);

/**
 * The suggestion for a calculation as the year or month of `de datum met jaar J, maand M en dag D`:
 * J and M bind as the operand of `aantal L` (language/parser/expressies.ts, kalender), so
 * `jaar jaar van d + 1, ...` stops at the `+` with only "verwacht ','"; brackets say it.
 */
export function kalenderHaakjes(e: IRecognitionException): string | undefined {
  if (e.context.ruleStack.at(-1) !== 'kalender' || !e.token || !REKENTEKENS.has(e.token.tokenType.name)) return undefined;
  return 'zet een berekening als jaar of maand tussen haakjes: de datum met jaar (jaar van d + 1), maand 1 en dag 1';
}
