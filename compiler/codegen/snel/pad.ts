// The decision path in the fast path: each listed rule counts what decided it in a local (see
// `regel` in regels.ts), and only when a path is asked (evalueerMetPad passes an object for it)
// the counts become the path's text, through constant tables of the entries' words. `evalueer`
// passes nothing and pays one test of undefined at the end.
import type { Gecontroleerd } from '../../../language/checker.js';
import { padKeuze } from '../../../runtime/pad.js';
import { padOpzet } from '../../interpreter/pad.js';
import { js } from '../ts-code.js';
import type { Expressies } from './expressies.js';

/**
 * The name of the local that counts what decided each rule of the path: `kz<n>`, apart from the
 * temporaries (`t<n>`) and from every drafter's name (those have a `$`), so the bench can take the
 * counters out to measure what they cost.
 */
export function padKeuzes(sn: Expressies): Map<string, string> {
  return new Map(padOpzet(sn.g).regels.map((naam, i) => [naam, `kz${i + 1}`]));
}

/**
 * The entries a rule's count stands for: the base, each exception, each row of its table (the
 * same words the exact path notes, runtime/pad.ts).
 */
function woorden(g: Gecontroleerd, naam: string): string[] {
  const d = g.regels.get(naam)!.decl;
  const rijen = d.waarde.kind === 'Tabel' ? d.waarde.rijen.map((r) => padKeuze({ soort: 'tabel', rij: r.nummer, cellen: [], bron: null })) : [];
  const keuzes = [padKeuze({ soort: 'basis' }), ...d.uitzonderingen.map((u) => padKeuze({ soort: 'uitzondering', naam: u.label, bron: null })), ...rijen];
  return keuzes.map((k) => `${naam}=${k}`);
}

/**
 * Emits, before the fast path's return, the path into `pad` when one is asked. A listed rule the
 * fast path did not compute (none should be) leaves the case to the exact path.
 */
export function schrijfPad(sn: Expressies, keuzes: ReadonlyMap<string, string>): void {
  const delen: string[] = [];
  for (const [naam, c] of keuzes) {
    if (!sn.regelW.has(naam)) {
      sn.emit('if (pad !== undefined) return undefined;');
      return;
    }
    const id = `SNEL_PAD${sn.constanten.length + 1}`;
    sn.constanten.push(`const ${id}: readonly string[] = ${js(woorden(sn.g, naam))};`);
    delen.push(`${id}[${c}]!`);
  }
  sn.emit(`if (pad !== undefined) pad.pad = rt.padTekst([${delen.join(', ')}], padParameters(peil, null));`);
}
