// The language server's schedule (compiler/node/lsp-plan.ts) turn by turn, with a clock the test
// drives: a burst of changes is checked once, and a check whose version the document has left by
// the time its analysis would be published publishes nothing more.
import { describe, expect, it } from 'vitest';
import { Planner, type Klok } from '../../../compiler/node/lsp-plan.js';

/** A clock whose turns the test runs: `straks` jobs (cancellable), then `daarna` jobs. */
function handKlok(): Klok & { draaiStraks(): void; draaiDaarna(): void } {
  let straks: { f: () => void; weg: boolean }[] = [];
  let daarna: (() => void)[] = [];
  return {
    straks: (f) => { const j = { f, weg: false }; straks.push(j); return () => { j.weg = true; }; },
    daarna: (f) => { daarna.push(f); },
    draaiStraks: () => { const nu = straks; straks = []; for (const j of nu) if (!j.weg) j.f(); },
    draaiDaarna: () => { const nu = daarna; daarna = []; for (const f of nu) f(); },
  };
}

function opzet(): { klok: ReturnType<typeof handKlok>; planner: Planner<string>; doc: { versie: number | undefined }; gepubliceerd: string[]; werk: string[] } {
  const klok = handKlok();
  const doc: { versie: number | undefined } = { versie: 1 };
  const gepubliceerd: string[] = [];
  const werk: string[] = [];
  const planner = new Planner<string>(klok, {
    versie: () => doc.versie,
    voorkant: () => { werk.push(`voorkant ${doc.versie}`); return 'v'; },
    volledig: () => { werk.push(`analyse ${doc.versie}`); return 'a'; },
    publiceer: (_uri, versie, d) => { gepubliceerd.push(`${d}${versie}`); },
  });
  return { klok, planner, doc, gepubliceerd, werk };
}

describe('the schedule of the language server', () => {
  it('checks a burst of changes once, at the last version, front end first and then the analysis', () => {
    const { klok, planner, doc, gepubliceerd, werk } = opzet();
    for (const v of [2, 3, 4]) { doc.versie = v; planner.plan('u'); }
    klok.draaiStraks();
    klok.draaiDaarna();
    expect(werk).toEqual(['voorkant 4', 'analyse 4']);
    expect(gepubliceerd).toEqual(['v4', 'a4']);
  });

  it('drops the analysis of a version the document has left, without doing it', () => {
    const { klok, planner, doc, gepubliceerd, werk } = opzet();
    planner.plan('u');
    klok.draaiStraks();
    doc.versie = 2; // a change read before the analysis' turn
    planner.plan('u');
    klok.draaiDaarna();
    klok.draaiStraks();
    klok.draaiDaarna();
    expect(werk).toEqual(['voorkant 1', 'voorkant 2', 'analyse 2']);
    expect(gepubliceerd).toEqual(['v1', 'v2', 'a2']);
  });

  it('checks nothing for a document closed before its turn', () => {
    const { klok, planner, doc, gepubliceerd } = opzet();
    planner.plan('u');
    planner.stop('u');
    doc.versie = undefined;
    klok.draaiStraks();
    klok.draaiDaarna();
    expect(gepubliceerd).toEqual([]);
  });
});
