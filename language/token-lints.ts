// Diagnostics on the token stream, before and beside the parser: a keyword where a name belongs
// (RW0005), a name that does not start with a letter (RW0007), a number or date written with points
// (RW0008, and the dates that do not exist), and the keyword a misspelt name probably meant (a
// suggestion on the parser's RW0002). Each says plainly what the parser's message would say less
// clearly, or not at all.
import { tokenMatcher, type IToken } from 'chevrotain';
import { begintMetLetter, DatumPuntLit, isPuntLiteraal, Naam, NaamLit, VeldNaam, zonderPunt } from './lexer.js';
import { dagenInMaand } from '../runtime/datum.js';
import { type Diagnose, afstand, diagnose } from './diagnostics.js';
import { SLEUTELWOORDEN } from './keywords.js';

const DECLARATIE_WOORDEN = new Set(['K_invoer', 'K_uitvoer', 'K_parameter', 'K_regel', 'K_functie', 'K_soort', 'K_bereik']);

/**
 * A keyword where a name belongs (`invoer als: getal`, `{ als: datum }`, `functie f(als: getal)`,
 * `x.als`) makes the parser's message confusing; say plainly what is wrong, once. A unit word
 * (`jaar`, `jaren`, `dag`, ...) is a field or parameter name there (lexer.ts, VeldNaam), not a
 * mistake; as the name of a declaration it stays one (`invoer jaar` next to `jaar van D`).
 */
export function sleutelwoordAlsNaam(tokens: readonly IToken[], bestandsnaam: string): Diagnose[] {
  const uit: Diagnose[] = [];
  const gemeld = new Set<number>();
  tokens.forEach((t, i) => {
    const volgende = tokens[i + 1];
    // a type word that is also a name (`uitvoer percentage`) is fine here, except as the name of
    // a soort: in a type position the word is always the built-in type
    if (volgende && tokenMatcher(volgende, Naam) && t.tokenType.name !== 'K_soort') return;
    const sleutelwoord = volgende?.tokenType.name.startsWith('K_') === true;
    // after a declaration word (itself no name: `regel soort is`); a declaration word there only
    // when a name's `:`, `is` or `(` follows it (`uitvoer regel: getal`), else it starts the next
    // one (`invoer bereik x: ...`)
    const isNaam = DECLARATIE_WOORDEN.has(tokens[i - 1]?.tokenType.name ?? '') || gemeld.has(i);
    const naNaam = !isNaam && DECLARATIE_WOORDEN.has(t.tokenType.name) && sleutelwoord
      && (!DECLARATIE_WOORDEN.has(volgende!.tokenType.name) || ['Dubbelepunt', 'K_is', 'HaakOpen'].includes(tokens[i + 2]?.tokenType.name ?? ''));
    // a field (`{ als: ...`, `, als: ...`), a function's first parameter (`f(als: ...`), or a field read (`x.als`)
    const veldPlek = ((t.tokenType.name === 'AccOpen' || t.tokenType.name === 'Komma' || t.tokenType.name === 'HaakOpen') && tokens[i + 2]?.tokenType.name === 'Dubbelepunt')
      || t.tokenType.name === 'Punt';
    const veld = sleutelwoord && veldPlek && !tokenMatcher(volgende!, VeldNaam);
    if ((naNaam || veld) && volgende) {
      gemeld.add(i + 1);
      uit.push(diagnose('RW0005', `'${volgende.image}' is een sleutelwoord en kan geen naam zijn`, bestandsnaam,
        { offset: volgende.startOffset, eind: (volgende.endOffset ?? volgende.startOffset) + 1, regel: volgende.startLine ?? 1, kolom: volgende.startColumn ?? 1 },
        `kies een andere naam, bijvoorbeeld '${volgende.image}Aantal' of 'aantal${volgende.image.charAt(0).toUpperCase()}${volgende.image.slice(1)}'`));
    }
  });
  return uit;
}

/**
 * The tokens the parser reads after RW0005: each keyword reported there read as the name it was
 * meant to be, so the parser and the checker go on as if it were one and the one diagnostic is the
 * only one (no "verwacht ':'", no soort without its fields, no function without its parameters).
 */
export function alsNaamGelezen(tokens: readonly IToken[], alsNaam: readonly Diagnose[]): IToken[] {
  const plekken = new Set(alsNaam.map((d) => d.plek.offset));
  return tokens.map((t) => (plekken.has(t.startOffset) ? { ...t, tokenType: NaamLit, tokenTypeIdx: NaamLit.tokenTypeIdx! } : t));
}

/**
 * Names start with a letter. `_x` is lexed as a name so parsing goes on, and reported here: a
 * name like `__proto__` or `_` is no name a drafter means, and generated code must not meet it.
 */
export function namenZonderLetter(tokens: readonly IToken[], bestandsnaam: string): Diagnose[] {
  return tokens.filter((t) => t.tokenType.name === 'NaamLit' && !begintMetLetter(t.image)).map((t) => {
    const zonder = t.image.replace(/^_+/, '');
    return diagnose('RW0007', `'${t.image}' begint niet met een letter; een naam begint met een letter`, bestandsnaam,
      { offset: t.startOffset, eind: (t.endOffset ?? t.startOffset) + 1, regel: t.startLine ?? 1, kolom: t.startColumn ?? 1 },
      begintMetLetter(zonder) ? `laat de _ aan het begin weg: '${zonder}'` : 'begin de naam met een letter, bijvoorbeeld waarde');
  });
}

/** RW0008: a number with a point (`39.5%`, `€ 7.50`, `€ 2.337,00`), with the literal as Regelwerk writes it. */
export function getallenMetPunt(tokens: readonly IToken[], bestandsnaam: string): Diagnose[] {
  return tokens.filter(isPuntLiteraal).map((t) => {
    const { soort, tekst } = zonderPunt(t.image);
    const plek = { offset: t.startOffset, eind: (t.endOffset ?? t.startOffset) + 1, regel: t.startLine ?? 1, kolom: t.startColumn ?? 1 };
    switch (soort) {
      case 'decimaal': {
        const duizend = /^\D*\d{1,3}\.\d{3}\D*$/.test(t.image) ? ` (of ${tekst.replace(',', '')} als de punt duizendtallen scheidt)` : '';
        return diagnose('RW0008', `'${t.image}' heeft een decimaalpunt; een getal schrijft u met een komma`, bestandsnaam, plek, `gebruik een komma: ${tekst}${duizend}`);
      }
      case 'duizendtal':
        return diagnose('RW0008', `'${t.image}' heeft punten tussen de duizendtallen; een getal schrijft u zonder scheidingsteken`, bestandsnaam, plek, `laat de punten weg: ${tekst}`);
      case 'datum':
        return diagnose('RW0008', `'${t.image}' heeft punten; een datum schrijft u als JJJJ-MM-DD`, bestandsnaam, plek, `schrijf ${tekst}`);
      case 'onbestaandeDatum':
        // no corrected literal to offer: any date we picked would be a guess
        return diagnose('RW0008', `'${t.image}' is geen bestaande datum: ${waaromOnbestaand(tekst)}`, bestandsnaam, plek, 'schrijf een bestaande datum als JJJJ-MM-DD');
      case 'onduidelijk':
        return diagnose('RW0008', `'${t.image}' heeft punten; een getal schrijft u met hoogstens één komma voor de decimalen`, bestandsnaam, plek, 'gebruik een komma voor de decimalen en geen punten, bijvoorbeeld 1234,5');
    }
  });
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** Why a date written JJJJ-MM-DD does not exist, in words for a drafter. */
function waaromOnbestaand(iso: string): string {
  const [jaar, maand, dag] = iso.split('-').map(Number) as [number, number, number];
  if (jaar < 1) return 'er is geen jaar 0';
  if (maand < 1 || maand > 12) return `er is geen maand ${maand}; een jaar heeft 12 maanden`;
  if (dag < 1) return 'er is geen dag 0';
  return `${MAANDEN[maand - 1]} ${jaar} heeft ${dagenInMaand(jaar, maand)} dagen`;
}

/**
 * The dates RW0008 reported as not existing, as the AST reads them (JJJJ-MM-DD). The checker
 * would report each again (RW2010), less clearly and elsewhere (at the voorbeeld, the row).
 */
export function onbestaandeDatums(tokens: readonly IToken[]): Set<string> {
  const uit = new Set<string>();
  for (const t of tokens) {
    if (t.tokenType !== DatumPuntLit) continue;
    const z = zonderPunt(t.image);
    if (z.soort === 'onbestaandeDatum') uit.add(z.tekst);
  }
  return uit;
}

const WOORDEN = SLEUTELWOORDEN.map((s) => s.woord).filter((w) => w.length >= 3 && !w.includes(' '));

/** A name where the parser got stuck that is one typo from a keyword ('rgel', 'maan'). */
export function sleutelwoordBedoeld(t: IToken | undefined): string | undefined {
  if (!t || t.tokenType.name !== 'NaamLit' || t.image.length < 3) return undefined;
  const naast = WOORDEN.filter((w) => afstand(t.image, w) <= (t.image.length >= 6 ? 2 : 1));
  // Nearest first; on a tie the word that shares the longest start ('maan' -> 'maand', not 'aan').
  const begin = (w: string): number => { let i = 0; while (i < w.length && w[i] === t.image[i]) i++; return i; };
  const beste = naast.sort((a, b) => afstand(t.image, a) - afstand(t.image, b) || begin(b) - begin(a))[0];
  return beste ? `bedoelde u het sleutelwoord '${beste}'?` : undefined;
}
