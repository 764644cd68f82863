// Namen opzoeken op een plek in de tekst: lokale namen (elk c in ...) eerst, dan de declaraties; ook velden na een punt.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { NaamInfo, Overzicht, VeldInfo } from './protocol.js';
import { NAAM } from '../../../language/lexicon.js';

export const NAAM_REGEX = new RegExp(NAAM, 'g');

/** Namen die op deze offset gelden: lokale namen waarvan het bereik de offset bevat, en alle declaraties. */
export function namenOpPlek(o: Overzicht, offset: number): NaamInfo[] {
  const lokaal = o.namen.filter((n) => n.geldig && n.geldig.offset <= offset && offset <= n.geldig.eind);
  // Binnenste binding eerst (kleinste bereik).
  lokaal.sort((a, b) => ((a.geldig?.eind ?? 0) - (a.geldig?.offset ?? 0)) - ((b.geldig?.eind ?? 0) - (b.geldig?.offset ?? 0)));
  return [...lokaal, ...o.namen.filter((n) => !n.geldig)];
}

export function zoekNaam(o: Overzicht, naam: string, offset: number): NaamInfo | undefined {
  return namenOpPlek(o, offset).find((n) => n.naam === naam);
}

/** Het woord (naam, met koppeltekens) op een positie, met kolommen. */
export function woordOp(model: Monaco.editor.ITextModel, pos: Monaco.IPosition): { woord: string; begin: number; eind: number } | null {
  const regel = model.getLineContent(pos.lineNumber);
  NAAM_REGEX.lastIndex = 0;
  for (let m = NAAM_REGEX.exec(regel); m; m = NAAM_REGEX.exec(regel)) {
    const begin = m.index + 1;
    const eind = begin + m[0].length;
    if (pos.column >= begin && pos.column <= eind) return { woord: m[0], begin, eind };
  }
  return null;
}

/**
 * Het pad van namen vóór een punt, bv. 'c.begin' of 's.' → ['c'] of ['c','begin'].
 * `tekstVoor` is de regel tot vlak voor het woord of de punt waar we naar kijken.
 */
export function padVoorPunt(tekstVoor: string): string[] | null {
  const m = new RegExp(`(${NAAM}(?:\\s*\\.\\s*${NAAM})*)\\s*\\.\\s*$`).exec(tekstVoor);
  return m?.[1] ? m[1].split('.').map((s) => s.trim()) : null;
}

/**
 * Een binder die nog niet in het overzicht staat (net getypt): `elk c in contracten`,
 * `voor alle c in x`, `er is een c in x`, `vouw c in x`. Geeft de naam van de lijst.
 */
function lijstVanBinder(tekst: string, naam: string): string | undefined {
  const re = new RegExp(`\\b(?:elk|elke|alle|een|vouw)\\s+${naam.replace(/[-]/g, '\\-')}\\s+in\\s+(${NAAM})`, 'g');
  let laatste: string | undefined;
  for (let m = re.exec(tekst); m; m = re.exec(tekst)) laatste = m[1];
  return laatste;
}

/** De velden van wat een pad van namen aanduidt, voor aanvulling en hover na een punt. */
export function veldenVanPad(o: Overzicht, pad: readonly string[], offset: number, tekstVoor: string): readonly VeldInfo[] | undefined {
  const [eerste, ...rest] = pad;
  if (!eerste) return undefined;
  let velden: readonly VeldInfo[] | undefined;
  const n = zoekNaam(o, eerste, offset);
  if (n?.velden) velden = n.velden;
  else {
    const lijst = lijstVanBinder(tekstVoor, eerste);
    const l = lijst ? zoekNaam(o, lijst, offset) : undefined;
    velden = l?.elementVelden;
  }
  for (const deel of rest) {
    velden = velden?.find((v) => v.naam === deel)?.velden;
  }
  return velden;
}
