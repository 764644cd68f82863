// Values written as drafters write them, in SQL: the messages in the `fout` column (a conflict
// names the values of both clauses, a range error the number it got) must be the engines' text,
// so `€ 7,73`, `45,5%`, `ja`, `2026-03-01`, never SQL's `7.730` or `true`.
import type { Dialect } from './dialect.js';
import { type S, type Vorm, buiten, tekst } from './waarde.js';

/** The largest number of whole digits the engines write without a power of ten (runtime/getal.ts). */
const MAX_CIJFERS = 21;

/** SQL text for the digits of a scaled integer `v` with `s` decimals: `-7,5`, `0`, `12`. */
export function cijfers(d: Dialect, v: string, s: number, p: number): string {
  if (p - s > MAX_CIJFERS) buiten('RW6003', `een getal van meer dan ${MAX_CIJFERS} cijfers in een melding`, null);
  const teken = `CASE WHEN ${v} < 0 THEN '-' ELSE '' END`;
  const a = `abs(${v})`;
  if (s === 0) return `(${teken} || ${d.tekst(a)})`;
  const m = d.getal(10n ** BigInt(s));
  const fractie = `rtrim(lpad(${d.tekst(d.rest(a, m))}, ${s}, '0'), '0')`;
  return `(${teken} || ${d.tekst(d.deel(a, m))} || CASE WHEN ${fractie} = '' THEN '' ELSE ',' || ${fractie} END)`;
}

/** SQL text of a value as `schrijf` in the interpreter writes it (leeg as `leeg`). */
export function schrijf(d: Dialect, w: S): string {
  if (w.vorm.kind === 'duur' && w.dagen) return `CASE WHEN ${w.v} IS NULL THEN 'leeg' ELSE ${duurGeschreven(d, w.v, w.dagen)} END`;
  return `CASE WHEN ${w.v} IS NULL THEN 'leeg' ELSE ${schrijfGevuld(d, w.v, w.vorm)} END`;
}

/** `2 maanden`, `1 dag`, `1 maand en 3 dagen`, as schrijfDuur writes months `m` and days `n`. */
function duurGeschreven(d: Dialect, m: string, n: string): string {
  const deel = (x: string, enkel: string, meer: string): string => `(${d.tekst(x)} || CASE WHEN abs(${x}) = 1 THEN ${tekst(` ${enkel}`)} ELSE ${tekst(` ${meer}`)} END)`;
  return `CASE WHEN ${m} = 0 THEN ${deel(n, 'dag', 'dagen')} WHEN ${n} = 0 THEN ${deel(m, 'maand', 'maanden')} ELSE ${deel(m, 'maand', 'maanden')} || ' en ' || ${deel(n, 'dag', 'dagen')} END`;
}

function schrijfGevuld(d: Dialect, v: string, vorm: Vorm): string {
  switch (vorm.kind) {
    case 'num': {
      const c = cijfers(d, v, vorm.s, vorm.p);
      if (vorm.soort === 'percentage') return `(${c} || '%')`;
      if (vorm.soort === 'getal') return c;
      // an amount with one decimal gets a second: € 2,50
      return `('€ ' || ${c} || CASE WHEN ${c} LIKE '%,_' THEN '0' ELSE '' END)`;
    }
    case 'janee': return `CASE WHEN ${v} THEN 'ja' ELSE 'nee' END`;
    case 'tekst':
      if (vorm.keuze) return v;
      return `('"' || replace(replace(replace(replace(replace(${v}, '\\', '\\\\'), '"', '\\"'), chr(10), '\\n'), chr(13), '\\r'), chr(9), '\\t') || '"')`;
    case 'datum': return d.datumTekst(v);
    case 'leeg': return tekst('leeg');
    case 'lijst':
      if (vorm.el.kind === 'tekst' && vorm.el.keuze) return `('[' || array_to_string(${v}, ', ') || ']')`;
      return buiten('RW6004', 'een lijst in een melding', null);
    case 'duur': case 'rec':
      return buiten('RW6004', `een ${vorm.kind === 'rec' ? 'record' : vorm.kind} in een melding`, null);
    default: {
      const _never: never = vorm;
      return _never;
    }
  }
}
