// Getallen zoals opstellers ze typen (`1.234,56`, `45,5`, `€ 7,73`, `45,5%`) naar exacte JSON-getallen en terug.
import { bedragCijfers, exactGetal, isExactGetal, type ExactGetal } from '../../../compiler/index.js';

/** Leest Nederlandse notatie; null als het geen getal is. De cijfers blijven exact (geen double). */
export function leesNlGetal(tekst: string): ExactGetal | null {
  let s = tekst.replace(/[\s\u00a0€%]/g, '');
  if (s.startsWith('+')) s = s.slice(1);
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  // JSON staat geen voorloopnullen toe: 007 wordt 7
  s = s.replace(/^(-?)0+(?=\d)/, '$1');
  return exactGetal(s === '-0' ? '0' : s);
}

/** Een JSON-getal (exact of gewoon) als tekst met decimale komma, zoals in het formulier. */
export function schrijfNlGetal(x: unknown, soort = 'getal'): string {
  const t = isExactGetal(x) ? x.decimaal.replace('.', ',') : typeof x === 'number' ? String(x).replace('.', ',') : null;
  // bedragen met centen zoals opstellers ze schrijven: 1,50, niet 1,5
  if (t !== null) return soort === 'bedrag' ? bedragCijfers(t) : t;
  if (typeof x === 'string') return x;
  return '';
}
