// Regelwerk's types as plain data. The checker computes them; the runtime uses them to validate
// JSON input and encode output, so compiled modules carry the same descriptions.

/**
 * A bound of a declared range. `waarde` is exact decimal text with a point ("-7.5"), in the
 * drafter's unit (euros, percent); for `duur` the bound is `duur` (months and days) instead.
 * `tekst` is how the drafter wrote it (`0%`, `€ 0`, `15`, `0 dagen`), for messages.
 */
export interface Grens {
  readonly waarde: string;
  readonly inclusief: boolean;
  readonly tekst: string;
  readonly duur?: { readonly maanden: number; readonly dagen: number };
}

/** The refinement of a numeric type or a duration: whole numbers only, and/or a range. */
export interface Verfijning {
  readonly geheel?: true;
  readonly min?: Grens;
  readonly max?: Grens;
}

export type Type =
  | { readonly soort: 'ja/nee' }
  | ({ readonly soort: 'getal' } & Verfijning)
  | ({ readonly soort: 'bedrag' } & Verfijning)
  | ({ readonly soort: 'percentage' } & Verfijning)
  | { readonly soort: 'datum' }
  | ({ readonly soort: 'duur' } & Verfijning)
  | { readonly soort: 'tekst' }
  | { readonly soort: 'keuze'; readonly naam?: string; readonly waarden: readonly string[] }
  | { readonly soort: 'gegevens'; readonly naam?: string; readonly velden: readonly { readonly naam: string; readonly type: Type }[] }
  // naam: only on a list soort with `eis` clauses (the checker names it so those are found)
  | { readonly soort: 'lijst'; readonly naam?: string; readonly element: Type }
  | { readonly soort: 'leegbaar'; readonly type: Type }
  // The next three only occur while checking: the literal `leeg`, the element of `[]`, and an
  // expression whose type is unknown because of an earlier error (it suppresses follow-up errors).
  | { readonly soort: 'leeg' }
  | { readonly soort: 'niets' }
  | { readonly soort: 'fout' }
  | { readonly soort: 'tupel'; readonly leden: readonly Type[] };

export type Soort = Type['soort'];

export const T = {
  janee: { soort: 'ja/nee' } as const,
  getal: { soort: 'getal' } as const,
  bedrag: { soort: 'bedrag' } as const,
  percentage: { soort: 'percentage' } as const,
  datum: { soort: 'datum' } as const,
  duur: { soort: 'duur' } as const,
  tekst: { soort: 'tekst' } as const,
  leeg: { soort: 'leeg' } as const,
  niets: { soort: 'niets' } as const,
  fout: { soort: 'fout' } as const,
};

export function lijstVan(element: Type): Type {
  return { soort: 'lijst', element };
}

export function leegbaar(t: Type): Type {
  return t.soort === 'leegbaar' || t.soort === 'leeg' || t.soort === 'fout' ? t : { soort: 'leegbaar', type: t };
}

/** The type without its `of leeg`. */
export function zonderLeeg(t: Type): Type {
  return t.soort === 'leegbaar' ? t.type : t;
}

/** Does the type carry a refinement (whole numbers or a range)? */
export function isVerfijnd(t: Type): t is Type & Verfijning {
  const v = t as Verfijning;
  return v.geheel === true || v.min !== undefined || v.max !== undefined;
}

/** Does the type carry a refinement anywhere (in a list element, a record field, ...)? */
export function bevatVerfijning(t: Type): boolean {
  switch (t.soort) {
    case 'lijst': return bevatVerfijning(t.element);
    case 'leegbaar': return bevatVerfijning(t.type);
    case 'gegevens': return t.velden.some((v) => bevatVerfijning(v.type));
    default: return isVerfijnd(t);
  }
}

/** The type without its refinement: what arithmetic on it yields. */
export function kaal(t: Type): Type {
  return isVerfijnd(t) ? { soort: t.soort } as Type : t;
}

/** The range as a drafter writes it after the type: `van 0% tot en met 100%`, `ten minste 0`. */
export function schrijfBereik(v: Verfijning): string {
  const { min, max } = v;
  if (min && max && min.inclusief) return `van ${min.tekst} tot ${max.inclusief ? 'en met ' : ''}${max.tekst}`;
  const delen: string[] = [];
  if (min) delen.push(`${min.inclusief ? 'ten minste' : 'groter dan'} ${min.tekst}`);
  if (max) delen.push(`${max.inclusief ? 'ten hoogste' : 'kleiner dan'} ${max.tekst}`);
  return delen.join(' en ');
}

/** How a drafter writes the type. */
export function schrijfType(t: Type): string {
  switch (t.soort) {
    case 'getal': case 'bedrag': case 'percentage': case 'duur': {
      const b = schrijfBereik(t);
      return `${t.soort === 'getal' && t.geheel ? 'geheel getal' : t.soort}${b ? ` ${b}` : ''}`;
    }
    case 'ja/nee': case 'datum': case 'tekst':
      return t.soort;
    case 'keuze':
      return t.naam ?? `keuze ${t.waarden.join(', ')}`;
    case 'gegevens':
      return t.naam ?? `gegevens { ${t.velden.map((v) => `${v.naam}: ${schrijfType(v.type)}`).join(', ')} }`;
    case 'lijst':
      return `lijst van ${schrijfType(t.element)}`;
    case 'leegbaar':
      return `${schrijfType(t.type)} of leeg`;
    case 'leeg':
      return 'leeg';
    case 'niets':
      return 'onbekend';
    case 'fout':
      return 'onbekend';
    case 'tupel':
      return `(${t.leden.map(schrijfType).join(', ')})`;
  }
}

/** Structural equality of keuze value sets, ignoring order. */
function zelfdeWaarden(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w) => b.includes(w));
}

/** May a value of type `van` be used where `naar` is expected? */
export function past(van: Type, naar: Type): boolean {
  if (van.soort === 'fout' || naar.soort === 'fout' || van.soort === 'niets') return true;
  if (naar.soort === 'leegbaar') {
    if (van.soort === 'leeg') return true;
    return past(zonderLeeg(van), naar.type);
  }
  switch (van.soort) {
    case 'keuze':
      return naar.soort === 'keuze' && zelfdeWaarden(van.waarden, naar.waarden);
    case 'gegevens':
      return naar.soort === 'gegevens' && van.velden.length === naar.velden.length &&
        van.velden.every((v) => { const w = naar.velden.find((x) => x.naam === v.naam); return w !== undefined && past(v.type, w.type); });
    case 'lijst':
      return naar.soort === 'lijst' && past(van.element, naar.element);
    case 'tupel':
      return false;
    default:
      return van.soort === naar.soort;
  }
}

/** The common type of two alternatives (the branches of `als`), or null if there is none. */
export function samen(a: Type, b: Type): Type | null {
  if (a.soort === 'fout') return b;
  if (b.soort === 'fout') return a;
  if (a.soort === 'leeg') return leegbaar(b);
  if (b.soort === 'leeg') return leegbaar(a);
  if (a.soort === 'lijst' && b.soort === 'lijst') {
    const e = samen(a.element, b.element);
    return e ? lijstVan(e) : null;
  }
  // Refinements are facts about declared values only; the common type of two branches is plain.
  if (isVerfijnd(a) || isVerfijnd(b)) return samen(kaal(a), kaal(b));
  if (past(a, b)) return b;
  if (past(b, a)) return a;
  if (a.soort === 'leegbaar' || b.soort === 'leegbaar') {
    const k = samen(zonderLeeg(a), zonderLeeg(b));
    return k ? leegbaar(k) : null;
  }
  return null;
}
