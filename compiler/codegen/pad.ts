// The decision path in a compiled module: `evalueerMetPad`, the fast path with its path when it
// answers, else the exact path noting what decided each rule (c.keuzes, see exact/regels.ts) and
// evaluating every listed rule on purpose; and the parameters' entries per peildatum, shared by
// both. What is listed comes from padOpzet (compiler/interpreter/pad.ts), the words from runtime/pad.ts.
import type { Gecontroleerd } from '../../language/checker.js';
import { padOpzet } from '../interpreter/pad.js';
import { gebruikersId, js } from './ts-code.js';

/** The module's path code: the listed parameters, padParameters, evalueerExactMetPad and evalueerMetPad. */
export function padIngangen(g: Gecontroleerd): string {
  const opzet = padOpzet(g);
  const regels = opzet.regels.map((naam) => `      rt.padRegel(${js(naam)}, keuzes, () => ${gebruikersId('r', naam)}(c)),`);
  return [
    '/** De gedateerde parameters in het beslispad, met de datums van hun rijen. */',
    `const PAD_PARAMETERS: readonly rt.PadParameter[] = ${js(opzet.parameters)};`,
    "let PAD_peil = '';",
    'let PAD_parameters: readonly string[] = [];',
    '',
    '/** De parameters in het beslispad op `peil`: zonder opgegeven parameters één keer per peildatum. */',
    'function padParameters(peil: string, overschreven: ReadonlyMap<string, unknown> | null): readonly string[] {',
    '  if (overschreven !== null && overschreven.size > 0) return rt.padParameters(PAD_PARAMETERS, peil, overschreven);',
    '  if (peil !== PAD_peil) {',
    '    PAD_parameters = rt.padParameters(PAD_PARAMETERS, peil, null);',
    '    PAD_peil = peil;',
    '  }',
    '  return PAD_parameters;',
    '}',
    '',
    '/** Het beslispad langs het exacte pad (de referentie van het snelle): elke regel erin wordt berekend, ook een die geen uitvoer nodig had. */',
    'export function evalueerExactMetPad(invoer: Invoer, opties?: Opties): { uitvoer: Uitvoer; pad: string } {',
    '  try {',
    '    const keuzes = new Map<string, string>();',
    '    const c = start(invoer, opties, null, keuzes);',
    '    const u = uitvoer(c);',
    '    const regels: string[] = [',
    ...regels,
    '    ];',
    '    return { uitvoer: u, pad: rt.padTekst(regels, padParameters(c.peildatumTekst, c.overschreven)) };',
    '  } catch (x) {',
    '    throw rt.vertaal(x);',
    '  }',
    '}',
    '',
    '/**',
    ' * Als evalueer, met het beslispad van het geval: per regel met een keuze wat besliste (basis, u:label,',
    " * rij n, geen rij of fout), dan per gedateerde parameter de rij (naam@vanaf), gescheiden door '; '.",
    ' */',
    'export function evalueerMetPad(invoer: Invoer, opties?: Opties): { uitvoer: Uitvoer; pad: string } {',
    "  const p = { pad: '' };",
    '  const u = evalueerSnel(invoer, opties, p);',
    '  return u === undefined ? evalueerExactMetPad(invoer, opties) : { uitvoer: u, pad: p.pad };',
    '}',
  ].join('\n');
}
