// The front end in one call: text -> tokens -> CST -> AST -> checked policy, with every
// diagnostic from each stage. A broken file never throws here; it ends in diagnostics.
import type { IRecognitionException, IToken } from 'chevrotain';
import { lex } from './lexer.js';
import { parseTokens } from './parser.js';
import { naarAst } from './to-ast.js';
import { controleer, type Gecontroleerd, type Module } from './checker.js';
import { type Diagnose, diagnose, heeftFouten } from './diagnostics.js';
import type { Bestand, Plek } from './ast.js';

export interface Geladen {
  readonly bestand: Bestand;
  readonly gecontroleerd: Gecontroleerd;
  readonly diagnosen: readonly Diagnose[];
  readonly ok: boolean;
}

/** Finds a stdlib module (`gebruik naam`) as source text, or null. */
export type ModuleLader = (naam: string) => { tekst: string; bestandsnaam: string } | null;

export function leesBestand(tekst: string, bestandsnaam: string): { bestand: Bestand; diagnosen: Diagnose[] } {
  const diagnosen: Diagnose[] = [];
  const l = lex(tekst);
  for (const f of l.fouten) {
    diagnosen.push(diagnose('RW0001', `onbekend teken '${f.tekst}'`, bestandsnaam, { offset: f.offset, eind: f.offset + Math.max(1, f.lengte), regel: f.regel, kolom: f.kolom }, f.tekst === '#' ? 'commentaar begint met --' : undefined));
  }
  diagnosen.push(...sleutelwoordAlsNaam(l.tokens, bestandsnaam));
  const p = parseTokens(l.tokens);
  for (const e of p.fouten) diagnosen.push(diagnose('RW0002', e.message, bestandsnaam, fouPlek(e, tekst)));
  return { bestand: naarAst(p.cst, bestandsnaam, l.commentaren), diagnosen };
}

const DECLARATIE_WOORDEN = new Set(['K_invoer', 'K_uitvoer', 'K_parameter', 'K_regel', 'K_functie', 'K_soort', 'K_bereik']);

/**
 * A keyword where a name belongs (`invoer weken: getal`, `{ dag: datum }`) makes the parser's
 * message confusing; say plainly what is wrong.
 */
function sleutelwoordAlsNaam(tokens: readonly IToken[], bestandsnaam: string): Diagnose[] {
  const uit: Diagnose[] = [];
  tokens.forEach((t, i) => {
    const volgende = tokens[i + 1];
    const naNaam = DECLARATIE_WOORDEN.has(t.tokenType.name) && volgende?.tokenType.name.startsWith('K_') && !DECLARATIE_WOORDEN.has(volgende.tokenType.name) && volgende.image !== 'bereik';
    const veld = (t.tokenType.name === 'AccOpen' || t.tokenType.name === 'Komma') && volgende?.tokenType.name.startsWith('K_') && tokens[i + 2]?.tokenType.name === 'Dubbelepunt';
    if ((naNaam || veld) && volgende) {
      uit.push(diagnose('RW0005', `'${volgende.image}' is een sleutelwoord en kan geen naam zijn`, bestandsnaam,
        { offset: volgende.startOffset, eind: (volgende.endOffset ?? volgende.startOffset) + 1, regel: volgende.startLine ?? 1, kolom: volgende.startColumn ?? 1 },
        `kies een andere naam, bijvoorbeeld '${volgende.image}Aantal' of 'aantal${volgende.image.charAt(0).toUpperCase()}${volgende.image.slice(1)}'`));
    }
  });
  return uit;
}

function fouPlek(e: IRecognitionException, tekst: string): Plek {
  const t = e.token;
  if (t && Number.isFinite(t.startOffset) && t.tokenType.name !== 'EOF') {
    return { offset: t.startOffset, eind: (t.endOffset ?? t.startOffset) + 1, regel: t.startLine ?? 1, kolom: t.startColumn ?? 1 };
  }
  // At end of file: point just past the last character.
  const regels = tekst.split('\n');
  const laatste = regels.length;
  return { offset: tekst.length, eind: tekst.length + 1, regel: laatste, kolom: (regels[laatste - 1]?.length ?? 0) + 1 };
}

export function laad(tekst: string, bestandsnaam: string, lader?: ModuleLader): Geladen {
  const { bestand, diagnosen } = leesBestand(tekst, bestandsnaam);
  const modules: Module[] = [];
  for (const d of bestand.declaraties) {
    if (d.kind !== 'Gebruik' || !lader) continue;
    const m = lader(d.naam);
    if (!m) continue;
    const gelezen = leesBestand(m.tekst, m.bestandsnaam);
    diagnosen.push(...gelezen.diagnosen);
    modules.push({ naam: d.naam, bestand: gelezen.bestand });
  }
  const c = controleer(bestand, modules);
  // Unused-declaration warnings on a file that does not parse are noise: a reference may sit
  // in the part that failed.
  const syntaxFout = diagnosen.some((d) => d.code === 'RW0001' || d.code === 'RW0002');
  const alle = [...diagnosen, ...c.diagnosen.filter((d) => !(syntaxFout && d.code.startsWith('RW3')))].sort(
    (a, b) => (a.bestand === b.bestand ? a.plek.offset - b.plek.offset : a.bestand < b.bestand ? -1 : 1),
  );
  return { bestand, gecontroleerd: c.resultaat, diagnosen: alle, ok: !heeftFouten(alle) };
}

export type { Diagnose } from './diagnostics.js';
export { formatDiagnose, heeftFouten } from './diagnostics.js';
export type { Gecontroleerd } from './checker.js';
