// Monarch-tokenizer voor Regelwerk, bij het starten opgebouwd uit de ene sleutelwoordentabel (language/keywords.ts).
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { SLEUTELWOORDEN, DUUR_EENHEDEN, type WoordSoort } from '../../../language/keywords.js';
// De meerwoordige sleutelwoorden (frasen en hun staarten) zoals de aanvulling ze ook kent.
import { meerwoordFrasen } from '../../../compiler/index.js';
// Namen, letterlijke waarden, commentaar en woordgrens zoals de lexer ze kent (één lexicon).
import { COMMENTAAR, LITERAAL, NAAM, TEKST_INHOUD, WOORDGRENS } from '../../../language/lexicon.js';

const TOKEN_PER_SOORT: Record<WoordSoort, string> = {
  structuur: 'keyword',
  type: 'type',
  operator: 'keyword.operator',
  waarde: 'constant',
  eenheid: 'keyword.eenheid',
  lijst: 'keyword.lijst',
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Het woord van een frase bepaalt de kleur: een frase met een type ('geheel getal', 'lijst van') is een type. */
function frasToken(frase: string): string {
  const soorten = new Map(SLEUTELWOORDEN.map((s) => [s.woord, s.soort]));
  const eerste = soorten.get(frase.split(' ')[0] ?? '');
  return eerste ? TOKEN_PER_SOORT[eerste] : 'keyword';
}

export function maakTokenizer(): Monaco.languages.IMonarchLanguage {
  const frasen = meerwoordFrasen();
  const enkel = SLEUTELWOORDEN.filter((s) => new RegExp(`^${NAAM}$`).test(s.woord));
  // Woorden die de naam-regex niet vangt (zoals euro's) krijgen een eigen regel.
  const bijzonder = SLEUTELWOORDEN.filter((s) => !new RegExp(`^${NAAM}$`).test(s.woord));
  const perSoort = (soort: WoordSoort): string[] => enkel.filter((s) => s.soort === soort).map((s) => s.woord);
  const eenheden = Object.keys(DUUR_EENHEDEN);

  const root: Monaco.languages.IMonarchLanguageRule[] = [
    [/\s+/, 'white'],
    [new RegExp(COMMENTAAR), 'comment'],
    [new RegExp(LITERAAL.datum), 'number.datum'],
    [new RegExp(LITERAAL.bedrag), 'number.bedrag'],
    [new RegExp(LITERAAL.percentage), 'number.percentage'],
    [new RegExp(LITERAAL.getal), 'number'],
    [new RegExp(LITERAAL.tekst), 'string'],
    // een tekst zonder sluitend aanhalingsteken op deze regel
    [new RegExp(`"${TEKST_INHOUD}$`), 'string.invalid'],
    [/ja\/nee/, 'type'],
    // Eén regex per kleur in plaats van één per frase: Monarch probeert elke regel op elke plek.
    ...[...new Set(frasen.map(frasToken))].map((token): Monaco.languages.IMonarchLanguageRule => [
      new RegExp(`(?:${frasen.filter((f) => frasToken(f) === token).map((f) => f.split(' ').map(escape).join('\\s+')).join('|')})${WOORDGRENS}`), token,
    ]),
    ...bijzonder.map((s): Monaco.languages.IMonarchLanguageRule => [new RegExp(`${escape(s.woord)}${WOORDGRENS}`), TOKEN_PER_SOORT[s.soort]]),
    [new RegExp(NAAM), {
      cases: {
        '@structuur': TOKEN_PER_SOORT.structuur,
        '@type': TOKEN_PER_SOORT.type,
        '@operator': TOKEN_PER_SOORT.operator,
        '@waarde': TOKEN_PER_SOORT.waarde,
        '@eenheid': TOKEN_PER_SOORT.eenheid,
        '@lijst': TOKEN_PER_SOORT.lijst,
        '@default': 'identifier',
      },
    }],
    [/[()[\]{}]/, '@brackets'],
    [/<=|>=|!=|<>|[≤≥≠<>=]/, 'operator'],
    [/[+\-−*×/]/, 'operator'],
    [/[:,.]/, 'delimiter'],
  ];
  return {
    defaultToken: 'invalid',
    structuur: perSoort('structuur'),
    type: perSoort('type'),
    operator: perSoort('operator'),
    waarde: perSoort('waarde'),
    eenheid: [...new Set([...perSoort('eenheid'), ...eenheden])],
    lijst: perSoort('lijst'),
    tokenizer: { root },
  };
}

export const THEMA: Monaco.editor.IStandaloneThemeData = {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'keyword', foreground: '0b4f9c', fontStyle: 'bold' },
    { token: 'keyword.operator', foreground: '7a3e9d' },
    { token: 'keyword.lijst', foreground: '7a3e9d' },
    { token: 'keyword.eenheid', foreground: '8a5a00' },
    { token: 'type', foreground: '00796b' },
    { token: 'constant', foreground: 'b3261e' },
    { token: 'number', foreground: '098658' },
    { token: 'number.datum', foreground: '8a5a00' },
    { token: 'number.bedrag', foreground: '098658', fontStyle: 'bold' },
    { token: 'number.percentage', foreground: '098658' },
    { token: 'string', foreground: 'a31515' },
    { token: 'string.invalid', foreground: 'a31515', fontStyle: 'underline' },
    { token: 'comment', foreground: '6a737d', fontStyle: 'italic' },
    { token: 'identifier', foreground: '1f2328' },
    { token: 'invalid', foreground: 'd1242f' },
  ],
  colors: {},
};
