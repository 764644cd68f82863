// Wat de kern (laad/evalueer, dezelfde code als de CLI) verwacht: de browsertests rekenen hun verwachtingen hiermee uit, niets hard gecodeerd.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { laad, evalueer, stdlibLader, type Gecontroleerd, type Geladen } from '../../compiler/index.js';
import { alsLiteral } from '../../compiler/interpreter/literal.js';
import type { Page } from 'playwright-core';
import { ROOT, wachtOpControle } from './chromium.js';

export const POLICIES: readonly string[] = readdirSync(path.join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();

/** A small policy for the playground's own tests (test/browser/regelingen/proef.regel: what it holds is in its header). */
export const PROEF = readFileSync(path.join(ROOT, 'test', 'browser', 'regelingen', 'proef.regel'), 'utf8');

/**
 * Waits until the checker has answered for the current text and found no error. Warnings may stand:
 * the analysis proves that PROEF's `tabel uniek` can have two rows apply (RW4010), which is the
 * point of the policy.
 */
export async function zonderFouten(page: Page): Promise<void> {
  const c = await wachtOpControle(page);
  if (c.soort !== 'ok') throw new Error(`de controle vond fouten: ${c.status}; ${JSON.stringify(c.markers.slice(0, 3))}`);
}

export function policyTekst(bestand: string): string {
  return readFileSync(path.join(ROOT, 'policies', bestand), 'utf8');
}

export function laadTekst(tekst: string, bestand: string): Geladen {
  return laad(tekst, bestand, stdlibLader);
}

export function gecontroleerd(tekst: string, bestand: string): Gecontroleerd {
  const r = laadTekst(tekst, bestand);
  if (!r.ok) throw new Error(`${bestand} laadt niet: ${r.diagnosen.map((d) => d.melding).join('; ')}`);
  return r.gecontroleerd;
}

/** The largest policy: the one with the most lines. */
export function grootstePolicy(): string {
  return [...POLICIES].sort((a, b) => policyTekst(b).split('\n').length - policyTekst(a).split('\n').length)[0]!;
}

/**
 * Every output of `g` on `invoer` as the drafter writes it (what the playground's outputs table must
 * show): the interpreter's value — the CLI's JSON — written with alsLiteral in the output's type.
 */
export function verwachteUitvoer(g: Gecontroleerd, invoer: unknown, peildatum: string): Record<string, string> {
  return alsOpsteller(g, evalueer(g, invoer, { peildatum }).uitvoer);
}

/** Outputs in the JSON encoding (the CLI's stdout) as the drafter writes them, by output name. */
export function alsOpsteller(g: Gecontroleerd, uitvoer: Readonly<Record<string, unknown>>): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const u of g.uitvoer) uit[u.naam] = alsLiteral(uitvoer[u.naam], u.type);
  return uit;
}

/** `regelwerk run` itself (the built CLI in bin/, as `npm run demo` calls it): its JSON outputs. */
export function cliUitvoer(policy: string, invoerBestand: string, peildatum: string): Record<string, unknown> {
  const uit = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'regelwerk.js'), 'run', path.join(ROOT, 'policies', policy),
    '--invoer', invoerBestand, '--peildatum', peildatum], { encoding: 'utf8', cwd: ROOT });
  return JSON.parse(uit) as Record<string, unknown>;
}
