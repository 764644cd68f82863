// Runs a policy's `voorbeeld` blocks: given inputs, expected outputs (or an expected error).
import type { Gecontroleerd } from '../language/checker.js';
import type { Declaratie } from '../language/ast.js';
import { constante, evalueer, type EvaluatieOpties } from './interpreter.js';
import { naarInvoerJson, naarJson } from '../stdlib/waarde.js';
import { RegelwerkFout } from '../stdlib/fouten.js';
import { alsLiteral } from './literal.js';

export interface VoorbeeldUitkomst {
  readonly naam: string;
  readonly regel: number;
  readonly geslaagd: boolean;
  readonly verschillen: readonly string[];
}

/** A function that evaluates a policy on JSON input; the interpreter by default. */
export type Evaluator = (invoer: Record<string, unknown>, opties: EvaluatieOpties) => { uitvoer: Record<string, unknown>; regels?: Record<string, unknown> };

export function voorbeeldInvoer(g: Gecontroleerd, v: Declaratie & { kind: 'Voorbeeld' }): { invoer: Record<string, unknown>; opties: EvaluatieOpties } {
  const invoer: Record<string, unknown> = {};
  // exact numbers: a JS number would round 19,9999999999999999% to 20 before the policy sees it
  for (const t of v.gegeven) invoer[t.naam] = naarInvoerJson(constante(g, t.waarde));
  const parameters: Record<string, unknown> = {};
  for (const t of v.parameters) parameters[t.naam] = naarInvoerJson(constante(g, t.waarde));
  return { invoer, opties: { peildatum: v.peildatum ?? undefined, parameters } };
}

export function draaiVoorbeelden(g: Gecontroleerd, evaluator?: Evaluator): VoorbeeldUitkomst[] {
  const ev: Evaluator = evaluator ?? ((invoer, opties) => evalueer(g, invoer, opties));
  return g.voorbeelden.map((v) => {
    const verschillen: string[] = [];
    const { invoer, opties } = voorbeeldInvoer(g, v);
    // Examples without a peildatum use a fixed one, so they do not change with the calendar.
    const ookRegels = v.verwacht.map((t) => t.naam).filter((n) => !g.uitvoer.some((u) => u.naam === n));
    try {
      const r = ev(invoer, { ...opties, peildatum: opties.peildatum ?? standaardPeildatum(g), ookRegels });
      if (v.verwachtFout) verschillen.push(`verwacht een fout${v.verwachtFout.tekst ? ` met '${v.verwachtFout.tekst}'` : ''}, maar de evaluatie slaagde`);
      for (const t of v.verwacht) {
        // in the field order of the rule's type, as the engines write records
        const verwacht = naarJson(constante(g, t.waarde), t.naam, false, g.regels.get(t.naam)?.type);
        const kreeg = t.naam in r.uitvoer ? r.uitvoer[t.naam] : r.regels?.[t.naam];
        if (JSON.stringify(verwacht) !== JSON.stringify(kreeg)) {
          // Written as the drafter writes values (ja, € 12,50, 7,5%) where the type is known.
          const type = g.regels.get(t.naam)?.type;
          const schrijf = (x: unknown): string => (type ? alsLiteral(x, type) : JSON.stringify(x));
          verschillen.push(`${t.naam}: verwacht ${schrijf(verwacht)}, kreeg ${schrijf(kreeg)}`);
        }
      }
    } catch (x) {
      if (!(x instanceof RegelwerkFout)) throw x;
      if (!v.verwachtFout) verschillen.push(`fout: ${x.message}`);
      else if (v.verwachtFout.tekst && !x.message.includes(v.verwachtFout.tekst)) verschillen.push(`verwacht een fout met '${v.verwachtFout.tekst}', kreeg: ${x.message}`);
    }
    return { naam: v.naam, regel: v.plek.regel, geslaagd: verschillen.length === 0, verschillen };
  });
}

/** The peildatum for examples that give none: the policy's start, or 1 January 2026. */
export function standaardPeildatum(g: Gecontroleerd): string {
  return g.geldigVanaf ?? '2026-01-01';
}
