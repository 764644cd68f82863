// Welke rij van elke parameter met datums geldt op de gekozen peildatum.
import type { ParameterVorm } from './protocol.js';

/** De rij die op `peildatum` geldt: de laatste met `vanaf` op of voor die dag (en niet voorbij `tot`). */
export function geldendeRij(p: ParameterVorm, peildatum: string): ParameterVorm['rijen'][number] | null {
  let beste: ParameterVorm['rijen'][number] | null = null;
  for (const r of p.rijen) {
    if (r.vanaf === null || r.vanaf > peildatum) continue;
    if (r.tot !== null && r.tot < peildatum) continue;
    if (!beste || (beste.vanaf ?? '') <= r.vanaf) beste = r;
  }
  return beste;
}

/** Eén regel tekst per parameter met datums, bijvoorbeeld "minimumuurloon: rij vanaf 2026-01-01 (€ 14,40; bron ...)". */
export function peildatumRegels(parameters: readonly ParameterVorm[], peildatum: string): string[] {
  const gedateerd = parameters.filter((p) => p.rijen.some((r) => r.vanaf !== null));
  if (gedateerd.length === 0) return ['geen parameters met datums: de peildatum kiest geen rij'];
  return gedateerd.map((p) => {
    const r = geldendeRij(p, peildatum);
    if (!r) return `${p.naam}: geen rij geldt op ${peildatum || '(geen peildatum)'}`;
    const bron = r.bron ?? p.bron;
    return `${p.naam}: rij vanaf ${r.vanaf}${r.tot ? ` tot en met ${r.tot}` : ''} (${r.waarde}${bron ? `; bron ${bron}` : ''})`;
  });
}
