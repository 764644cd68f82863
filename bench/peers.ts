// The eligibility decision of the Crisisregeling in the three engines a JavaScript developer would
// pick instead of Regelwerk, each written the way its documentation suggests. They decide only
// `aanspraak` (the chain rule's fold over contracts and date arithmetic is beyond them), and they
// compare plain JS numbers: no exact amounts, no input validation, no explanation.
import { Engine, type RuleProperties } from 'json-rules-engine';
import { ZenEngine, type ZenDecision } from '@gorules/zen-engine';
import { LogicEngine } from 'json-logic-engine';
import type { CrisisInvoer } from './invoer.js';

/** json-rules-engine: one rule whose event fires when every condition holds. */
const REGEL: RuleProperties = {
  name: 'aanspraak',
  conditions: {
    all: [
      { fact: 'werkverminderingPercentage', operator: 'greaterThanInclusive', value: 20 },
      { fact: 'oorzaak', operator: 'notEqual', value: 'ondernemersrisico' },
      {
        any: [
          { fact: 'privaatVerzekerbaar', operator: 'equal', value: false },
          { fact: 'wtvRisico', operator: 'equal', value: true },
        ],
      },
      { fact: 'maandenGebruikt', operator: 'lessThan', value: 6 },
      { fact: 'orAdviesGevraagd', operator: 'equal', value: true },
    ],
  },
  event: { type: 'aanspraak' },
};

export function jsonRulesEngine(): (i: CrisisInvoer) => Promise<boolean> {
  const engine = new Engine([REGEL]);
  return async (i) => (await engine.run(i)).events.length > 0;
}

/** ZEN (GoRules JDM): a decision table with hit policy "first": one row per ground for refusal,
 * then the default row. Each cell is a unary test on its column's field. */
const BESLISTABEL = {
  contentType: 'application/vnd.gorules.decision',
  nodes: [
    { id: 'invoer', type: 'inputNode', name: 'Invoer', position: { x: 0, y: 0 } },
    {
      id: 'tabel',
      type: 'decisionTableNode',
      name: 'Aanspraak',
      position: { x: 300, y: 0 },
      content: {
        hitPolicy: 'first',
        inputs: [
          { id: 'pct', name: 'Werkvermindering', field: 'werkverminderingPercentage' },
          { id: 'oorzaak', name: 'Oorzaak', field: 'oorzaak' },
          { id: 'privaat', name: 'Privaat verzekerbaar', field: 'privaatVerzekerbaar' },
          { id: 'wtv', name: 'WTV-risico', field: 'wtvRisico' },
          { id: 'maanden', name: 'Maanden gebruikt', field: 'maandenGebruikt' },
          { id: 'advies', name: 'OR-advies gevraagd', field: 'orAdviesGevraagd' },
        ],
        outputs: [{ id: 'aanspraak', name: 'Aanspraak', field: 'aanspraak' }],
        rules: [
          { _id: 'r1', pct: '< 20', oorzaak: '', privaat: '', wtv: '', maanden: '', advies: '', aanspraak: 'false' },
          { _id: 'r2', pct: '', oorzaak: '"ondernemersrisico"', privaat: '', wtv: '', maanden: '', advies: '', aanspraak: 'false' },
          { _id: 'r3', pct: '', oorzaak: '', privaat: 'true', wtv: 'false', maanden: '', advies: '', aanspraak: 'false' },
          { _id: 'r4', pct: '', oorzaak: '', privaat: '', wtv: '', maanden: '>= 6', advies: '', aanspraak: 'false' },
          { _id: 'r5', pct: '', oorzaak: '', privaat: '', wtv: '', maanden: '', advies: 'false', aanspraak: 'false' },
          { _id: 'r6', pct: '', oorzaak: '', privaat: '', wtv: '', maanden: '', advies: '', aanspraak: 'true' },
        ],
      },
    },
    { id: 'uitvoer', type: 'outputNode', name: 'Uitvoer', position: { x: 600, y: 0 } },
  ],
  edges: [
    { id: 'e1', type: 'edge', sourceId: 'invoer', targetId: 'tabel' },
    { id: 'e2', type: 'edge', sourceId: 'tabel', targetId: 'uitvoer' },
  ],
};

export interface Zen {
  /** One evaluation, awaited. */
  een(i: CrisisInvoer): Promise<boolean>;
  /** Many evaluations in flight at once (the native engine may use more than one thread). */
  veel(is: readonly CrisisInvoer[]): Promise<boolean[]>;
  sluit(): void;
}

export function zen(): Zen {
  const engine = new ZenEngine();
  const besluit: ZenDecision = engine.createDecision(BESLISTABEL);
  const een = async (i: CrisisInvoer): Promise<boolean> => {
    const r = (await besluit.evaluate(i)) as { result: { aanspraak?: unknown } };
    return r.result.aanspraak === true;
  };
  return { een, veel: (is) => Promise.all(is.map(een)), sluit: () => engine.dispose() };
}

/** json-logic-engine in its compiled mode: `build` turns the logic into a JS function. */
const LOGICA = {
  and: [
    { '>=': [{ var: 'werkverminderingPercentage' }, 20] },
    { '!=': [{ var: 'oorzaak' }, 'ondernemersrisico'] },
    { or: [{ '!': { var: 'privaatVerzekerbaar' } }, { var: 'wtvRisico' }] },
    { '<': [{ var: 'maandenGebruikt' }, 6] },
    { var: 'orAdviesGevraagd' },
  ],
};

export function jsonLogicEngine(): (i: CrisisInvoer) => boolean {
  const f = new LogicEngine().build(LOGICA) as (data: unknown) => unknown;
  return (i) => f(i) === true;
}
