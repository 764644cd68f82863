// Hover (type, waar gedefinieerd, bron) en ga-naar-definitie (F12, ctrl+klik) voor namen in de regeling.
// Alles wat uit de regeling komt (namen, typen, bron) staat er letterlijk in: een gedeelde link mag geen
// opmaak, link of afbeelding in de hover zetten (letterlijk.ts).
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { NaamSoort, Overzicht } from './protocol.js';
import { padVoorPunt, veldenVanPad, woordOp, zoekNaam } from './namen.js';
import { markdownCode, markdownLetterlijk as md, tekstAlinea } from './letterlijk.js';

const SOORT_TEKST: Record<NaamSoort, string> = {
  invoer: 'invoer', uitvoer: 'uitvoer', regel: 'regel', parameter: 'parameter', functie: 'functie', soort: 'soort (gegevenstype)', lokaal: 'lokale naam',
};

/** Een alinea met een vet stuk (de naam) en daarna gewone tekst, beide letterlijk. */
function kop(naam: string, rest: string, code = ''): Monaco.IMarkdownString {
  return { ...tekstAlinea(rest), value: `**${md(naam)}**${md(rest)}${code ? markdownCode(code) : ''}` };
}

/** 'Type: ' en het type als code, letterlijk. */
function typeAlinea(type: string): Monaco.IMarkdownString {
  return { ...tekstAlinea(''), value: `Type: ${markdownCode(type)}` };
}

export function registreerUitleg(monaco: typeof Monaco, taal: string, overzicht: () => Overzicht): Monaco.IDisposable[] {
  const hover = monaco.languages.registerHoverProvider(taal, {
    provideHover(model, pos) {
      const w = woordOp(model, pos);
      if (!w) return null;
      const range = new monaco.Range(pos.lineNumber, w.begin, pos.lineNumber, w.eind);
      const offset = model.getOffsetAt({ lineNumber: pos.lineNumber, column: w.begin });
      const o = overzicht();
      const regelVoor = model.getLineContent(pos.lineNumber).slice(0, w.begin - 1);
      const pad = padVoorPunt(regelVoor);
      if (pad) {
        const tekstVoor = model.getValueInRange(new monaco.Range(1, 1, pos.lineNumber, w.begin));
        const veld = veldenVanPad(o, pad, offset, tekstVoor)?.find((v) => v.naam === w.woord);
        if (veld) return { range, contents: [kop(veld.naam, ' — veld van ', pad.join('.')), typeAlinea(veld.type)] };
        return null;
      }
      const n = zoekNaam(o, w.woord, offset);
      if (!n) return null;
      const contents: Monaco.IMarkdownString[] = [
        kop(n.naam, ` — ${SOORT_TEKST[n.kind]}`),
        typeAlinea(n.type),
        tekstAlinea(`Gedefinieerd op regel ${n.plek.regel}, kolom ${n.plek.kolom}`),
      ];
      if (n.velden) contents.push(tekstAlinea(`Velden: ${n.velden.map((v) => `${v.naam} (${v.type})`).join(', ')}`));
      if (n.bron) contents.push(tekstAlinea(`Bron: ${n.bron}`));
      return { range, contents };
    },
  });
  const definitie = monaco.languages.registerDefinitionProvider(taal, {
    provideDefinition(model, pos) {
      const w = woordOp(model, pos);
      if (!w) return null;
      const offset = model.getOffsetAt({ lineNumber: pos.lineNumber, column: w.begin });
      const n = zoekNaam(overzicht(), w.woord, offset);
      if (!n) return null;
      const p = n.plek;
      return { uri: model.uri, range: new monaco.Range(p.regel, p.kolom, p.eindRegel, p.eindKolom) };
    },
  });
  return [hover, definitie];
}
