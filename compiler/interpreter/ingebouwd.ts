// The built-ins of language/ingebouwd.ts in the interpreter: one case per variant of the table, on
// the values of the arguments: those written as an `Ingebouwd` node, and the list operations. The
// decimal rounding is a case of the evaluation itself (evaluatie.ts, Afronding).
import { INGEBOUWDE_REGEL, type VariantVan } from '../../language/ingebouwd.js';
import { RegelwerkRekenFout } from '../../runtime/fouten.js';
import { type VeelvoudRichting, veelvoudVan } from '../../runtime/veelvoud.js';
import { type DatumDeel, type TijdsduurEenheid, datumDeel, datumUitGetallen, tijdsduur } from '../../runtime/kalender.js';
import * as G from '../../runtime/getal.js';
import { reeksVan } from '../../runtime/reeks.js';
import type { Waarde } from './waarde.js';
import { getalVan, vergelijk } from './rekenen.js';

/** The value of built-in `variant` on these argument values (checked by the checker, in its order). */
export function ingebouwd(variant: VariantVan<'Ingebouwd'>, argumenten: readonly Waarde[]): Waarde {
  switch (variant) {
    case 'veelvoud naar boven getal': case 'veelvoud naar boven bedrag': case 'veelvoud naar boven percentage':
      return veelvoud(argumenten, 'naar boven', INGEBOUWDE_REGEL[variant].uitkomst);
    case 'veelvoud naar beneden getal': case 'veelvoud naar beneden bedrag': case 'veelvoud naar beneden percentage':
      return veelvoud(argumenten, 'naar beneden', INGEBOUWDE_REGEL[variant].uitkomst);
    case 'tijdsduur jaren': case 'tijdsduur maanden': case 'tijdsduur weken': case 'tijdsduur dagen': {
      const [a, b] = argumenten;
      if (a?.kind !== 'datum' || b?.kind !== 'datum') throw new RegelwerkRekenFout('kan geen tijdsduur bepalen: een van beide datums is leeg');
      return { kind: 'getal', v: G.getal(tijdsduur(a.v, b.v, variant.slice('tijdsduur '.length) as TijdsduurEenheid)) };
    }
    case 'jaar van': case 'maand van': case 'dag van': {
      const [d] = argumenten;
      if (d?.kind !== 'datum') throw new RegelwerkRekenFout(`kan ${variant.replace(' van', '')} van een lege datum niet bepalen`);
      return { kind: 'getal', v: G.getal(datumDeel(d.v, variant.split(' ')[0] as DatumDeel)) };
    }
    case 'datum met': {
      const [j, m, d] = argumenten;
      if (j?.kind !== 'getal' || m?.kind !== 'getal' || d?.kind !== 'getal') throw new RegelwerkRekenFout('kan geen datum maken: jaar, maand of dag is leeg');
      return { kind: 'datum', v: datumUitGetallen(j.v, m.v, d.v) };
    }
    case 'reeks': {
      const [a, b] = argumenten;
      if (a?.kind !== 'getal' || b?.kind !== 'getal') throw new RegelwerkRekenFout('kan geen reeks maken: begin of einde is leeg');
      return { kind: 'lijst', v: reeksVan(a.v, b.v).map((v) => ({ kind: 'getal', v })) };
    }
    default: {
      const _never: never = variant;
      throw new RegelwerkRekenFout(`interne fout: ingebouwde bewerking ${String(_never)} op ${argumenten.length} waarde(n)`);
    }
  }
}

/** `X afgerond <richting> op veelvoud van Y`, X and Y of unit `soort`. */
function veelvoud(argumenten: readonly Waarde[], richting: VeelvoudRichting, soort: string): Waarde {
  const [x, y] = argumenten;
  if (x?.kind !== soort || y?.kind !== soort) throw new RegelwerkRekenFout('kan niet afronden op een veelvoud: een van beide is leeg');
  const t = x.kind as 'getal' | 'bedrag' | 'percentage';
  return { kind: t, v: veelvoudVan((x as Waarde & { kind: typeof t }).v, (y as Waarde & { kind: typeof t }).v, richting, t) };
}

/** The value of list operation `variant` (`op` as the drafter wrote it) on the list's values. */
export function lijstBewerking(variant: VariantVan<'LijstOp'>, op: string, l: readonly Waarde[]): Waarde {
  switch (variant) {
    case 'aantal': return { kind: 'getal', v: G.getal(l.length) };
    case 'som getal': case 'som bedrag': case 'som percentage':
      return { kind: INGEBOUWDE_REGEL[variant].uitkomst as 'getal', v: l.reduce((s, x) => G.plus(s, getalVan(x, 'een element van de som')), G.NUL) };
    case 'minimum getal': case 'minimum bedrag': case 'minimum percentage': case 'minimum datum': case 'minimum duur':
    case 'maximum getal': case 'maximum bedrag': case 'maximum percentage': case 'maximum datum': case 'maximum duur': {
      if (l.length === 0) throw new RegelwerkRekenFout(`het ${op} van een lege lijst bestaat niet`);
      return l.reduce((a, b) => { const c = vergelijk(b, a); return (op === 'minimum' ? c < 0 : c > 0) ? b : a; });
    }
    case 'eerste': case 'laatste': {
      if (l.length === 0) throw new RegelwerkRekenFout(`het ${op} element van een lege lijst bestaat niet`);
      return op === 'eerste' ? l[0]! : l[l.length - 1]!;
    }
    default: {
      const _never: never = variant;
      throw new RegelwerkRekenFout(`interne fout: lijstoperatie ${String(_never)}`);
    }
  }
}
