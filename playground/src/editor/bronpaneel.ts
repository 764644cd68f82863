// Het bronpaneel: de geciteerde passages uit de Kamerbrief naast de regeling; de passage van de bron bij de cursor licht op.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { briefTitel, passagesInBron, passagesVan, passageTekst, type Passage } from '../voorbeelden.js';
import type { Overzicht } from './protocol.js';

export interface BronPaneel {
  /** Toon de passages van een voorbeeldregeling (of een uitleg als er geen zijn). */
  toon(bestand: string): void;
  /** Markeer de passage(s) die de bron op de cursorplek noemt. */
  volgCursor(editor: Monaco.editor.IStandaloneCodeEditor, o: Overzicht): void;
}

export function maakBronPaneel(paneel: HTMLElement): BronPaneel {
  let huidige: readonly Passage[] = [];
  const secties = new Map<Passage, HTMLElement>();
  let gemarkeerd = '';

  const toon = (bestand: string): void => {
    huidige = passagesVan(bestand);
    secties.clear();
    gemarkeerd = '';
    paneel.replaceChildren();
    const kop = document.createElement('h2');
    kop.textContent = 'Geciteerde brieftekst';
    paneel.append(kop);
    if (huidige.length === 0) {
      const p = document.createElement('p');
      p.className = 'bron-leeg';
      p.textContent = 'Bij deze tekst hoort geen voorbeeldregeling; kies een voorbeeld om de geciteerde passages uit de Kamerbrief te zien.';
      paneel.append(p);
      return;
    }
    for (const p of huidige) {
      const sectie = document.createElement('section');
      sectie.className = 'bron-passage';
      sectie.dataset['sleutel'] = p.sleutel;
      const h = document.createElement('h3');
      h.textContent = p.kop;
      const sub = document.createElement('p');
      sub.className = 'bron-herkomst';
      sub.textContent = `${briefTitel(p)} (regels ${p.van}–${p.tot} van docs/bronnen/${p.brief})`;
      sectie.append(h, sub);
      for (const alinea of passageTekst(p)) {
        const el = document.createElement('p');
        el.textContent = alinea;
        sectie.append(el);
      }
      secties.set(p, sectie);
      paneel.append(sectie);
    }
  };

  const volgCursor = (editor: Monaco.editor.IStandaloneCodeEditor, o: Overzicht): void => {
    const model = editor.getModel();
    const pos = editor.getPosition();
    if (!model || !pos || huidige.length === 0) return;
    const offset = model.getOffsetAt(pos);
    // De kleinste declaratie of uitzondering met een bron rond de cursor.
    const rond = o.bronnen
      .filter((b) => b.bereik.offset <= offset && offset <= b.bereik.eind)
      .sort((a, b) => (a.bereik.eind - a.bereik.offset) - (b.bereik.eind - b.bereik.offset))[0];
    const doel = rond ? passagesInBron(rond.tekst, huidige) : [];
    const sleutel = doel.map((p) => p.sleutel).join('|');
    if (sleutel === gemarkeerd) return;
    gemarkeerd = sleutel;
    for (const [p, s] of secties) s.classList.toggle('bron-actief', doel.includes(p));
    const eerste = doel[0];
    if (eerste) secties.get(eerste)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };

  return { toon, volgCursor };
}
