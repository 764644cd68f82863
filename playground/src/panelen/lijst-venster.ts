// Een lange lijst in het invoerformulier (5.000 contracten) tekent alleen de rijen die in beeld zijn,
// plus een marge: het DOM blijft een paar dozijn rijen groot, hoe lang de lijst ook is, zodat openen,
// scrollen en "+ rij" de pagina niet laten vastlopen. Korte lijsten worden gewoon helemaal getekend.
import { el } from './dom.js';

/** Vanaf zoveel rijen tekent een lijst alleen wat in beeld is. */
export const VENSTER_VANAF = 50;
/** Rijen boven en onder het zichtbare deel die ook getekend worden (vloeiend scrollen). */
const MARGE = 8;
/** Zolang de lijst niet in beeld is (verborgen tab) kent hij zijn hoogte niet: dan zoveel rijen. */
const RIJEN_ZONDER_HOOGTE = 20;

export interface Venster {
  /** Het scrollende element (een `region` die met het toetsenbord bereikbaar is). */
  readonly wortel: HTMLElement;
  /** Tekent de rijen in beeld opnieuw (na toevoegen of verwijderen). */
  teken(): void;
  /** Scrolt rij `i` in beeld en tekent haar. */
  toon(i: number): void;
}

export interface VensterOpties {
  /** Het element waar de rijen in staan: een `tbody` of een `ol`. */
  readonly lijf: HTMLElement;
  /** Wat boven en onder het lijf staat in het scrollende element (de tabel om het tbody). */
  readonly inhoud: HTMLElement;
  readonly aantal: () => number;
  readonly rij: (i: number) => HTMLElement;
  /** Een lege rij van `px` hoog voor het deel buiten beeld (een `tr` in een tabel, een `li` in een lijst). */
  readonly opvulling: (px: number) => HTMLElement;
  readonly naam: string;
}

/** Elke lijst: helemaal getekend onder VENSTER_VANAF rijen, anders als venster. */
export function maakVenster(o: VensterOpties): Venster {
  const wortel = el('div', { class: 'rw-venster' }, [o.inhoud]);
  let rijHoogte = 0;
  /** The rows now in the document, by position; scrolling keeps those that stay in view (and the focus in them). */
  const getoond = new Map<number, HTMLElement>();
  let boven = o.opvulling(0);
  let onder = o.opvulling(0);

  const teken = (opnieuw = true): void => {
    const n = o.aantal();
    const groot = n >= VENSTER_VANAF;
    wortel.classList.toggle('rw-venster-groot', groot);
    // a long list scrolls in a box of its own: reachable with Tab, and named for a screen reader
    for (const [k, v] of [['tabindex', '0'], ['role', 'region'], ['aria-label', `${o.naam}: ${n} rijen`]] as const) {
      if (groot) wortel.setAttribute(k, v); else wortel.removeAttribute(k);
    }
    if (opnieuw) {
      getoond.clear();
      boven = o.opvulling(0);
      onder = o.opvulling(0);
    }
    if (!groot) {
      o.lijf.replaceChildren(...Array.from({ length: n }, (_, i) => o.rij(i)));
      return;
    }
    const h = rijHoogte || 30;
    const zichtbaar = wortel.clientHeight > 0 ? Math.ceil(wortel.clientHeight / h) : RIJEN_ZONDER_HOOGTE;
    const van = Math.max(0, Math.min(n - 1, Math.floor(wortel.scrollTop / h)) - MARGE);
    const tot = Math.min(n, van + zichtbaar + 2 * MARGE);
    if (opnieuw) o.lijf.replaceChildren(boven, onder);
    for (const [i, e] of getoond) if (i < van || i >= tot) { e.remove(); getoond.delete(i); }
    let vorige: HTMLElement = boven;
    for (let i = van; i < tot; i++) {
      let e = getoond.get(i);
      if (!e) { e = o.rij(i); getoond.set(i, e); }
      if (vorige.nextSibling !== e) vorige.after(e);
      vorige = e;
    }
    boven.style.height = `${van * h}px`;
    onder.style.height = `${(n - tot) * h}px`;
    // The real height of a row, once one is on screen: every row of a list has the same fields. A
    // list drawn before it is in the document is measured on the next frame.
    const gemeten = getoond.get(van)?.getBoundingClientRect().height ?? 0;
    if (gemeten > 0 && Math.abs(gemeten - rijHoogte) > 0.5) {
      rijHoogte = gemeten;
      teken(false);
    } else if (gemeten === 0 && !wortel.isConnected) {
      requestAnimationFrame(() => { if (wortel.isConnected) teken(false); });
    }
  };

  wortel.addEventListener('scroll', () => teken(false));
  return {
    wortel,
    teken: () => teken(),
    toon: (i) => {
      // Twice when the first drawing measured the rows anew: the scroll position depends on their height.
      for (let keer = 0; keer < 2; keer++) {
        const h = rijHoogte;
        // one row above it, under the column headers
        if (o.aantal() >= VENSTER_VANAF) wortel.scrollTop = Math.max(0, (i - 1) * (h || 30));
        teken();
        if (h === rijHoogte) break;
      }
    },
  };
}
