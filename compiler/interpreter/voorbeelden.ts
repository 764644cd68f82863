// Runs a policy's `voorbeeld` blocks: given inputs, expected outputs (or an expected error).
import type { Gecontroleerd } from '../../language/checker.js';
import type { Declaratie } from '../../language/ast.js';
import { constante, evalueer, type EvaluatieOpties } from './interpreter.js';
import { naarInvoerJson, naarJson } from './waarde.js';
import { RegelwerkFout } from '../../runtime/fouten.js';
import { alsLiteral, alsLiteralZonderType } from './literal.js';
import type { Dekkingsteller } from './dekking.js';

export interface VoorbeeldUitkomst {
  readonly naam: string;
  readonly regel: number;
  readonly geslaagd: boolean;
  readonly verschillen: readonly string[];
  /** The peildatum the example was evaluated on, and where it came from (see kiesPeildatum). */
  readonly peildatum: string;
  readonly peildatumUit: PeildatumHerkomst;
}

/**
 * Where an example's peildatum comes from, strongest first: its own `peildatum` (part of what the
 * example means), `regelwerk test --peildatum`, the file's `voorbeelden peildatum`, the policy's
 * `geldig vanaf`, else 2026-01-01 (so examples do not change with the calendar).
 */
export type PeildatumHerkomst = 'voorbeeld' | 'opdracht' | 'bestand' | 'geldig vanaf' | 'standaard';

export interface VoorbeeldOpties {
  /** `regelwerk test --peildatum`: for examples without a peildatum of their own. */
  readonly peildatum?: string;
  /** Counts the clauses the examples reach (coverage); with the interpreter only. */
  readonly dekking?: Dekkingsteller;
}

/** How a drafter reads where the peildatum came from, in a failure. */
export const HERKOMST_TEKST: Readonly<Record<PeildatumHerkomst, string>> = {
  voorbeeld: 'uit het voorbeeld',
  opdracht: 'uit --peildatum',
  bestand: "uit 'voorbeelden peildatum'",
  'geldig vanaf': "uit 'geldig vanaf'",
  standaard: 'standaard (nergens een peildatum opgegeven)',
};

export function kiesPeildatum(g: Gecontroleerd, v: Declaratie & { kind: 'Voorbeeld' }, opties: VoorbeeldOpties = {}): { peildatum: string; uit: PeildatumHerkomst } {
  if (v.peildatum) return { peildatum: v.peildatum, uit: 'voorbeeld' };
  if (opties.peildatum) return { peildatum: opties.peildatum, uit: 'opdracht' };
  if (g.voorbeeldenPeildatum) return { peildatum: g.voorbeeldenPeildatum, uit: 'bestand' };
  if (g.geldigVanaf) return { peildatum: g.geldigVanaf, uit: 'geldig vanaf' };
  return { peildatum: STANDAARD_PEILDATUM, uit: 'standaard' };
}

const STANDAARD_PEILDATUM = '2026-01-01';

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

export function draaiVoorbeelden(g: Gecontroleerd, evaluator?: Evaluator, voorbeeldOpties: VoorbeeldOpties = {}): VoorbeeldUitkomst[] {
  const ev: Evaluator = evaluator ?? ((invoer, opties) => evalueer(g, invoer, opties, voorbeeldOpties.dekking));
  return g.voorbeelden.map((v) => {
    const verschillen: string[] = [];
    const { invoer, opties } = voorbeeldInvoer(g, v);
    const { peildatum, uit } = kiesPeildatum(g, v, voorbeeldOpties);
    const ookRegels = v.verwacht.map((t) => t.naam).filter((n) => !g.uitvoer.some((u) => u.naam === n));
    try {
      const r = ev(invoer, { ...opties, peildatum, ookRegels });
      if (v.verwachtFout) verschillen.push(`verwacht een fout${v.verwachtFout.tekst ? ` met '${v.verwachtFout.tekst}'` : ''}, maar de evaluatie slaagde`);
      for (const t of v.verwacht) {
        // in the field order of the rule's type, as the engines write records
        const verwacht = naarJson(constante(g, t.waarde), t.naam, false, g.regels.get(t.naam)?.type);
        const kreeg = t.naam in r.uitvoer ? r.uitvoer[t.naam] : r.regels?.[t.naam];
        if (JSON.stringify(verwacht) !== JSON.stringify(kreeg)) {
          // Written as the drafter writes values (ja, € 12,50, 7,5%) where the type is known.
          const type = g.regels.get(t.naam)?.type;
          const schrijf = (x: unknown): string => (type ? alsLiteral(x, type) : alsLiteralZonderType(x));
          verschillen.push(`${t.naam}: verwacht ${schrijf(verwacht)}, kreeg ${schrijf(kreeg)}`);
        }
      }
    } catch (x) {
      if (!(x instanceof RegelwerkFout)) throw x;
      if (!v.verwachtFout) verschillen.push(`fout: ${x.message}`);
      else if (v.verwachtFout.tekst && !x.message.includes(v.verwachtFout.tekst)) verschillen.push(`verwacht een fout met '${v.verwachtFout.tekst}', kreeg: ${x.message}`);
    }
    return { naam: v.naam, regel: v.plek.regel, geslaagd: verschillen.length === 0, verschillen, peildatum, peildatumUit: uit };
  });
}

/** The peildatum for properties and the analysis: the policy's start, or 1 January 2026. */
export function standaardPeildatum(g: Gecontroleerd): string {
  return g.geldigVanaf ?? STANDAARD_PEILDATUM;
}
