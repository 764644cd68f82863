// A readable rendering of an explanation tree, for people (CLI `--formaat tekst`, playground).
import type { Gebruik, Uitleg, UitlegKnoop } from './interpreter.js';

function waarde(x: unknown): string {
  if (x === null) return 'leeg';
  if (x === true) return 'ja';
  if (x === false) return 'nee';
  // Dates and choices read better without quotes; records and lists stay JSON.
  if (typeof x === 'string') return x;
  if (typeof x === 'number') return String(x).replace('.', ',');
  return JSON.stringify(x);
}

function knoop(k: UitlegKnoop, inspringing: string, gezien: Set<string>, uit: string[]): void {
  const besluit = k.besluit.soort === 'basis' ? 'basisregel' : `uitzondering '${k.besluit.naam}'`;
  const bron = k.besluit.soort === 'uitzondering' ? k.besluit.bron ?? k.bron : k.bron;
  uit.push(`${inspringing}${k.regel} = ${waarde(k.waarde)}   [${besluit}]`);
  if (bron) uit.push(`${inspringing}  bron: ${bron}`);
  if (gezien.has(k.regel)) return;
  gezien.add(k.regel);
  for (const g of k.gebruikt) gebruik(g, `${inspringing}  `, gezien, uit);
}

function gebruik(g: Gebruik, inspringing: string, gezien: Set<string>, uit: string[]): void {
  switch (g.soort) {
    case 'invoer':
      uit.push(`${inspringing}invoer ${g.naam} = ${waarde(g.waarde)}`);
      break;
    case 'parameter':
      uit.push(`${inspringing}parameter ${g.naam} = ${waarde(g.waarde)}${g.overschreven ? ' (opgegeven)' : g.vanaf ? ` (rij vanaf ${g.vanaf})` : ''}${g.bron ? ` — ${g.bron}` : ''}`);
      break;
    case 'regel':
      if (gezien.has(g.naam)) uit.push(`${inspringing}${g.naam} = ${waarde(g.uitleg.waarde)}   (zie hierboven)`);
      else knoop(g.uitleg, inspringing, gezien, uit);
      break;
  }
}

export function uitlegAlsTekst(u: Uitleg): string {
  const uit = [`${u.regeling} — peildatum ${u.peildatum}${u.peildatumGekozen === 'vandaag' ? ' (vandaag; geen peildatum opgegeven)' : ''}`];
  if (u.bron) uit.push(`bron: ${u.bron}`);
  const gezien = new Set<string>();
  for (const k of Object.values(u.uitvoer)) {
    uit.push('');
    knoop(k, '', gezien, uit);
  }
  return uit.join('\n');
}
