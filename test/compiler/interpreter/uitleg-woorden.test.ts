// The explanation in words: the CLI's text (uitlegAlsTekst) and the playground's tree (werk.ts,
// which runs in its evaluation worker) say the same thing about every node, because both take
// their words from uitleg-woorden.ts. Every example input in policies/voorbeelden/, both views.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalueer, laad, leesJsonTekst, schrijfJsonTekst, stdlibLader, tekstenLader, uitlegAlsTekst } from '../../../compiler/index.js';
import { draai } from '../../../playground/src/panelen/werk.js';
import type { GebruikData, UitlegKnoopData } from '../../../playground/src/panelen/protocol.js';

const ROOT = join(import.meta.dirname, '../../..');
const VOORBEELDEN = readdirSync(join(ROOT, 'policies/voorbeelden')).filter((f) => f.endsWith('.json')).sort();
/** The policies in policies/, for one that uses another (`gebruik regeling`). */
const naast = tekstenLader(Object.fromEntries(readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).map((f) => [f.replace(/\.regel$/, ''), readFileSync(join(ROOT, 'policies', f), 'utf8')])));

/**
 * The lines the CLI must have for this node of the playground's tree (at any indentation). The
 * layouts differ in one place: the playground shows a rule explained before with its decision and
 * `(zie hierboven)`; the CLI shows only `(zie hierboven)` for a rule read again, and an output at
 * the top with its decision and source but without its uses.
 */
function regels(k: UitlegKnoopData, uit: string[], bovenaan = false): void {
  uit.push(k.herhaald && !bovenaan ? `${k.regel} = ${k.waarde}   (zie hierboven)` : `${k.regel} = ${k.waarde}   [${k.besluit}]`);
  if (k.herhaald && !bovenaan) return;
  if (k.bron) uit.push(`bron: ${k.bron}`);
  for (const g of k.gebruikt) gebruik(g, uit);
}

function gebruik(g: GebruikData, uit: string[]): void {
  if (g.kind === 'invoer') uit.push(`invoer ${g.naam} = ${g.waarde}`);
  else if (g.kind === 'parameter') uit.push(`parameter ${g.naam} = ${g.waarde}${g.overschreven ? ' (opgegeven)' : g.vanaf ? ` (rij vanaf ${g.vanaf})` : ''}${g.bron ? ` — ${g.bron}` : ''}`);
  else if (g.kind === 'functie') {
    uit.push(`functie ${g.naam} = ${g.waarde}`);
    if (g.bron) uit.push(`bron: ${g.bron}`);
    for (const h of g.gebruikt) gebruik(h, uit);
  } else if (g.kind === 'regeling') {
    uit.push(`regeling ${g.naam} (${g.regeling}) — peildatum ${g.peildatum}`);
    if (g.bron) uit.push(`bron: ${g.bron}`);
    for (const i of g.invoer) uit.push(`invoer ${i.naam} = ${i.waarde}`);
    for (const k of g.knopen) regels(k, uit, true);
  } else regels(g.knoop, uit);
}

describe('the explanation has one wording in the CLI and the playground', () => {
  it.each(VOORBEELDEN)('%s', (f) => {
    const beleid = f.replace(/-vier-contracten/, '').replace(/\.json$/, '.regel');
    const tekst = readFileSync(join(ROOT, 'policies', beleid), 'utf8');
    const json: unknown = leesJsonTekst(readFileSync(join(ROOT, 'policies/voorbeelden', f), 'utf8'));
    const g = laad(tekst, beleid, stdlibLader, naast).gecontroleerd;
    // a file holds one input or a list of them
    for (const invoer of (Array.isArray(json) ? json : [json]).slice(0, 4)) {
      const speeltuin = draai(tekst, beleid, schrijfJsonTekst(invoer), '2026-03-01');
      if (!speeltuin.ok) throw new Error(speeltuin.fout.melding);
      const cli = uitlegAlsTekst(evalueer(g, invoer, { peildatum: '2026-03-01' }).uitleg, g).split('\n').map((r) => r.trim());
      const verwacht: string[] = [];
      for (const k of speeltuin.uitleg) regels(k, verwacht, true);
      expect(verwacht.length).toBeGreaterThan(3);
      // the same lines in the same order (the CLI also has a heading and blank lines)
      expect(cli.filter((r) => r !== '' && !r.startsWith(`${g.naam} — peildatum`) && r !== `bron: ${g.bron}`)).toEqual(verwacht);
    }
  });
});

describe('an exception to an exception (`op`)', () => {
  it('names the exceptions it overrode, in the same words in the CLI and the playground', () => {
    const tekst = [
      'regeling Proeftijd', '  bron "BW 7:652"',
      'invoer duurMaanden: geheel getal', 'invoer cao: ja/nee', 'invoer opvolgend: ja/nee',
      'uitvoer proeftijdMaanden: geheel getal',
      'regel proeftijdMaanden: geheel getal is 2',
      '  uitzondering "kort contract" indien duurMaanden is ten hoogste 6 dan 0',
      '  uitzondering "cao" op "kort contract" indien duurMaanden is ten hoogste 6 en cao dan 1',
      '  uitzondering "opvolgend" op "cao" indien opvolgend dan 0', '',
    ].join('\n');
    const g = laad(tekst, 'proeftijd.regel', stdlibLader).gecontroleerd;
    for (const [invoer, besluit] of [
      [{ duurMaanden: 6, cao: true, opvolgend: true }, "uitzondering 'opvolgend' (gaat voor 'kort contract', 'cao')"],
      [{ duurMaanden: 6, cao: true, opvolgend: false }, "uitzondering 'cao' (gaat voor 'kort contract')"],
      [{ duurMaanden: 12, cao: true, opvolgend: true }, "uitzondering 'opvolgend'"],
    ] as const) {
      const speeltuin = draai(tekst, 'proeftijd.regel', schrijfJsonTekst(invoer), '2026-03-01');
      if (!speeltuin.ok) throw new Error(speeltuin.fout.melding);
      expect(speeltuin.uitleg[0]!.besluit).toBe(besluit);
      expect(uitlegAlsTekst(evalueer(g, invoer, { peildatum: '2026-03-01' }).uitleg, g)).toContain(`[${besluit}]`);
    }
  });
});

describe('a policy that uses another (`gebruik regeling`)', () => {
  it('the playground finds a shipped policy by name and shows its tree in the same words as the CLI', () => {
    const tekst = [
      'regeling Ziek', '  bron "BW 7:629"', 'gebruik regeling minimumjeugdloon',
      'invoer leeftijd: geheel getal ten minste 0', 'invoer begin: datum', 'uitvoer ondergrens: bedrag of leeg',
      'regel ondergrens is minimumjeugdloon(leeftijd: leeftijd, bbl: nee).uurloon op begin', '',
    ].join('\n');
    const invoer = { leeftijd: 17, begin: '2025-03-01' };
    const speeltuin = draai(tekst, 'ziek.regel', schrijfJsonTekst(invoer), '2026-03-01');
    if (!speeltuin.ok) throw new Error(speeltuin.fout.melding);
    const g = laad(tekst, 'ziek.regel', stdlibLader, tekstenLader({ minimumjeugdloon: readFileSync(join(ROOT, 'policies/minimumjeugdloon.regel'), 'utf8') })).gecontroleerd;
    const cli = uitlegAlsTekst(evalueer(g, invoer, { peildatum: '2026-03-01' }).uitleg, g).split('\n').map((r) => r.trim());
    const verwacht: string[] = [];
    for (const k of speeltuin.uitleg) regels(k, verwacht, true);
    expect(verwacht).toContain('regeling minimumjeugdloon (Minimumjeugdloon) — peildatum 2025-03-01');
    expect(verwacht).toContain('invoer bbl = nee');
    expect(cli.filter((r) => r !== '' && !r.startsWith(`${g.naam} — peildatum`) && r !== `bron: ${g.bron}`)).toEqual(verwacht);
    // the called policy's rules point nowhere in the caller's editor
    const regeling = speeltuin.uitleg[0]!.gebruikt.find((x) => x.kind === 'regeling');
    expect(regeling?.kind === 'regeling' && regeling.knopen.every((k) => k.plek === null)).toBe(true);
  });
});
