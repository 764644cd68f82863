// Tekst uit de regeling (bron, namen, typen) in Monaco's Markdown: letterlijk, nooit als opmaak, link, afbeelding of HTML.
import type * as Monaco from 'monaco-editor/editor/editor.api';

/** Witruimte aan het begin of eind van een regel: Markdown zou haar weglaten (of vier spaties als code lezen). */
function vasteRuimte(ruimte: string): string {
  return '&nbsp;'.repeat(ruimte.length);
}

/**
 * `s` als Markdown die precies `s` toont. CommonMark laat elk ASCII-leesteken met een backslash
 * letterlijk staan; dat doen we met allemaal (Monaco's MarkdownString.appendText slaat `<`, `:`,
 * `@` en `&` over), zodat er uit tekst van een gedeelde regeling geen link (`[a](b)`,
 * `<https://…>`, een kaal adres of e-mailadres), afbeelding, HTML, entiteit, kop, lijst of nadruk
 * kan ontstaan. Witruimte aan begin en eind blijft staan; een regelovergang wordt een harde
 * regelovergang, een lege regel een harde spatie (tekst in een regeling heeft geen regelovergang,
 * maar deze functie rekent daar niet op).
 */
export function markdownLetterlijk(s: string): string {
  const regels = s.split(/\r\n|\r|\n/);
  return regels.map((regel) => regel === '' && regels.length > 1
    // een lege regel zou de alinea beëindigen
    ? '&nbsp;'
    : regel
      .replace(/[!-/:-@[-`{-~]/g, '\\$&')
      .replace(/^[ \t]+/, vasteRuimte)
      .replace(/[ \t]+$/, vasteRuimte)).join('\\\n');
}

/** `s` als Markdown-codestuk: letterlijk, met een hek van backticks langer dan elke reeks in `s` (CommonMark). */
export function markdownCode(s: string): string {
  const langste = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const hek = '`'.repeat(langste + 1);
  const rand = s.startsWith('`') || s.endsWith('`') || /^ .* $/.test(s) ? ' ' : '';
  return `${hek}${rand}${s}${rand}${hek}`;
}

/** Eén alinea gewone tekst als hover-inhoud: geen HTML, geen opdrachtlinks, geen pictogrammen. */
export function tekstAlinea(s: string): Monaco.IMarkdownString {
  return { value: markdownLetterlijk(s), isTrusted: false, supportHtml: false, supportThemeIcons: false };
}
