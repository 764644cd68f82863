// Cycles: rules and functions in an order where each comes after what it uses (from the
// dependencies the checker recorded), and RW1008 once for each cycle.
import type { Checker } from './staat.js';

/** Topological order of rules and functions; reports each cycle once. */
export function ordenEnKringen(ch: Checker): string[] {
  const volgorde: string[] = [];
  const status = new Map<string, 'bezig' | 'klaar'>();
  const gemeld = new Set<string>();
  const bezoek = (knoop: string, pad: string[]): void => {
    const s = status.get(knoop);
    if (s === 'klaar') return;
    if (s === 'bezig') {
      const kring = [...pad.slice(pad.indexOf(knoop)), knoop];
      const sleutel = [...new Set(kring)].sort().join(',');
      if (!gemeld.has(sleutel)) {
        gemeld.add(sleutel);
        const [soort, naam] = knoop.split(':') as [string, string];
        const d = soort === 'regel' ? ch.regelDecls.get(naam) : ch.functies.get(naam)?.decl;
        ch.meld('RW1008', `kringdefinitie: ${kring.map((k) => k.split(':')[1]).join(' → ')}`, d?.naamPlek ?? { offset: 0, eind: 1, regel: 1, kolom: 1 });
      }
      return;
    }
    status.set(knoop, 'bezig');
    for (const dep of ch.afhankelijk.get(knoop) ?? []) bezoek(dep, [...pad, knoop]);
    status.set(knoop, 'klaar');
    volgorde.push(knoop);
  };
  for (const naam of ch.functies.keys()) bezoek(`functie:${naam}`, []);
  for (const naam of ch.regelDecls.keys()) bezoek(`regel:${naam}`, []);
  return volgorde;
}
