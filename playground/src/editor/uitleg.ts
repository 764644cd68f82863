// Hover (type, waar gedefinieerd, bron), ga-naar-definitie (F12, ctrl+klik) en snelle oplossingen: de
// taalwerker rekent (compiler/diensten/), hier de vertaling naar Monaco. Alles wat uit de regeling komt
// (namen, typen, bron) staat er letterlijk in: een gedeelde link mag geen opmaak, link of afbeelding in
// de hover zetten (letterlijk.ts).
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { vraagDienst } from './controle.js';
import { markdownCode, markdownLetterlijk as md, tekstAlinea } from './letterlijk.js';

/** Een alinea met een vet stuk (de naam) en daarna gewone tekst, beide letterlijk. */
function kop(naam: string, rest: string): Monaco.IMarkdownString {
  return { ...tekstAlinea(rest), value: `**${md(naam)}**${md(rest)}` };
}

/** 'Type: ' en het type als code, letterlijk. */
function typeAlinea(type: string): Monaco.IMarkdownString {
  return { ...tekstAlinea(''), value: `Type: ${markdownCode(type)}` };
}

export function registreerUitleg(monaco: typeof Monaco, taal: string): Monaco.IDisposable[] {
  const bereik = (model: Monaco.editor.ITextModel, van: number, tot: number): Monaco.Range => {
    const b = model.getPositionAt(van);
    const e = model.getPositionAt(tot);
    return new monaco.Range(b.lineNumber, b.column, e.lineNumber, e.column);
  };
  const hover = monaco.languages.registerHoverProvider(taal, {
    async provideHover(model, pos) {
      const r = await vraagDienst(model, { dienst: 'uitleg', offset: model.getOffsetAt(pos), eind: model.getOffsetAt(pos) });
      if (!r || r.dienst !== 'uitleg' || !r.uitleg) return null;
      const u = r.uitleg;
      const streep = u.kop.indexOf(' — ');
      const contents: Monaco.IMarkdownString[] = [
        streep > 0 ? kop(u.kop.slice(0, streep), u.kop.slice(streep)) : tekstAlinea(u.kop),
        ...(u.type ? [typeAlinea(u.type)] : []),
        ...u.regels.map(tekstAlinea),
      ];
      return { range: bereik(model, u.bereik.offset, u.bereik.eind), contents };
    },
  });
  const definitie = monaco.languages.registerDefinitionProvider(taal, {
    async provideDefinition(model, pos) {
      const r = await vraagDienst(model, { dienst: 'definitie', offset: model.getOffsetAt(pos), eind: model.getOffsetAt(pos) });
      // the playground has one document: a definition in a stdlib module has no place to go to
      if (!r || r.dienst !== 'definitie' || !r.locatie || r.locatie.bestand.startsWith('stdlib/')) return null;
      return { uri: model.uri, range: bereik(model, r.locatie.bereik.offset, r.locatie.bereik.eind) };
    },
  });
  const acties = monaco.languages.registerCodeActionProvider(taal, {
    async provideCodeActions(model, range) {
      const r = await vraagDienst(model, { dienst: 'acties', offset: model.getOffsetAt(range.getStartPosition()), eind: model.getOffsetAt(range.getEndPosition()) });
      if (!r || r.dienst !== 'acties') return { actions: [], dispose: () => undefined };
      return {
        actions: r.acties.map((a) => ({
          title: a.titel, kind: 'quickfix', isPreferred: true,
          edit: { edits: [{ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: bereik(model, a.wijziging.bereik.offset, a.wijziging.bereik.eind), text: a.wijziging.tekst } }] },
        })),
        dispose: () => undefined,
      };
    },
  });
  return [hover, definitie, acties];
}
