// JSON-tekst schrijven met exacte getallen: een ExactGetal (leesJsonTekst) houdt al zijn cijfers.
import { isExactGetal } from '../../../runtime/json.js';

/** Schrijft een JSON-waarde (met ExactGetal voor getallen) als nette, ingesprongen JSON-tekst. */
export function schrijfJson(x: unknown, inspringing = ''): string {
  if (x === null || x === undefined) return 'null';
  if (isExactGetal(x)) return x.decimaal;
  if (typeof x === 'number') return Number.isFinite(x) ? String(x) : 'null';
  if (typeof x === 'boolean') return x ? 'true' : 'false';
  if (typeof x === 'string') return JSON.stringify(x);
  const dieper = `${inspringing}  `;
  if (Array.isArray(x)) {
    if (x.length === 0) return '[]';
    return `[\n${x.map((y) => dieper + schrijfJson(y, dieper)).join(',\n')}\n${inspringing}]`;
  }
  if (typeof x === 'object') {
    const delen = Object.entries(x as Record<string, unknown>);
    if (delen.length === 0) return '{}';
    return `{\n${delen.map(([k, y]) => `${dieper}${JSON.stringify(k)}: ${schrijfJson(y, dieper)}`).join(',\n')}\n${inspringing}}`;
  }
  return 'null';
}
