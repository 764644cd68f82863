// The operators of the interpreter on values: `l op r` by the variant the checker resolved
// (language/operatoren.ts), and the order of two numbers, dates or durations.
import * as G from '../../runtime/getal.js';
import * as D from '../../runtime/duur.js';
import { geheelGetal } from '../../runtime/runtime.js';
import { RegelwerkRekenFout } from '../../runtime/fouten.js';
import { type Rekenvariant, REKENREGEL } from '../../language/operatoren.js';
import { type Waarde, schrijf } from './waarde.js';

export function vergelijk(l: Waarde, r: Waarde): number {
  if (l.kind === 'datum' && r.kind === 'datum') return l.v - r.v;
  if (l.kind === 'duur' && r.kind === 'duur') return D.vergelijkDuur(l.v, r.v);
  if ((l.kind === 'getal' || l.kind === 'bedrag' || l.kind === 'percentage') && r.kind === l.kind) return G.vergelijk(l.v, r.v);
  throw new RegelwerkRekenFout(`${schrijf(l)} en ${schrijf(r)} zijn niet te vergelijken (een van beide is leeg?)`);
}

/**
 * `l op r` as the checker resolved it (the variant names the units). A value whose tag is not the
 * variant's unit can only be leeg where the checker did not see it coming; that is a runtime error.
 */
export function reken(variant: Rekenvariant, l: Waarde, r: Waarde): Waarde {
  const regel = REKENREGEL[variant];
  if (l.kind !== regel.links || r.kind !== regel.rechts) throw new RegelwerkRekenFout(`kan niet rekenen met ${schrijf(l)} ${regel.op} ${schrijf(r)} (een van beide is leeg?)`);
  const a = 'v' in l ? l.v : null;
  const b = 'v' in r ? r.v : null;
  const ga = a as G.Getal;
  const gb = b as G.Getal;
  const num = (v: G.Getal): Waarde => ({ kind: regel.uitkomst as 'getal', v });
  switch (variant) {
    case 'getal+getal': case 'bedrag+bedrag': case 'percentage+percentage': return num(G.plus(ga, gb));
    case 'getal-getal': case 'bedrag-bedrag': case 'percentage-percentage': return num(G.min(ga, gb));
    case 'getal*getal': case 'bedrag*getal': case 'percentage*getal': case 'getal*bedrag': case 'getal*percentage': return num(G.maal(ga, gb));
    case 'bedrag*percentage': return num(G.gedeeldDoor(G.maal(gb, ga), G.HONDERD));
    case 'percentage*bedrag': case 'percentage van bedrag': case 'percentage van getal': case 'percentage van percentage': return num(G.gedeeldDoor(G.maal(ga, gb), G.HONDERD));
    case 'getal/getal': case 'bedrag/bedrag': case 'percentage/percentage': case 'bedrag/getal': case 'percentage/getal': return num(G.gedeeldDoor(ga, gb));
    case 'datum+duur': return { kind: 'datum', v: D.datumPlusDuur(a as number, b as D.Duur) };
    case 'duur+datum': return { kind: 'datum', v: D.datumPlusDuur(b as number, a as D.Duur) };
    case 'datum-duur': return { kind: 'datum', v: D.datumMinDuur(a as number, b as D.Duur) };
    case 'datum-datum': return { kind: 'duur', v: D.duur({ dagen: (a as number) - (b as number) }) };
    case 'duur+duur': return { kind: 'duur', v: D.plusDuur(a as D.Duur, b as D.Duur) };
    case 'duur-duur': return { kind: 'duur', v: D.minDuur(a as D.Duur, b as D.Duur) };
    case 'duur*getal': case 'getal*duur': {
      const [u, k] = variant === 'duur*getal' ? [a as D.Duur, gb] : [b as D.Duur, ga];
      if (!G.isGeheel(k)) throw new RegelwerkRekenFout(`een duur kan alleen met een geheel getal vermenigvuldigd worden, niet met ${G.schrijfDecimaal(k)}`);
      return { kind: 'duur', v: D.maalDuur(u, geheelGetal(k, 'de factor van een duur')) };
    }
    case 'lijst+lijst': return { kind: 'lijst', v: (a as readonly Waarde[]).concat(b as readonly Waarde[]) };
    default: {
      const _never: never = variant;
      throw new RegelwerkRekenFout(`interne fout: rekensom ${String(_never)}`);
    }
  }
}

/** The number in a getal, bedrag or percentage; anything else (leeg) is a calculation error naming `wat`. */
export function getalVan(w: Waarde, wat: string): G.Getal {
  if (w.kind === 'getal' || w.kind === 'bedrag' || w.kind === 'percentage') return w.v;
  throw new RegelwerkRekenFout(`${wat} is leeg of geen getal`);
}
