// The Prettier plugin (`prettier --plugin regelwerk/prettier`): .regel files through Prettier,
// printed by Regelwerk's own formatter (language/opmaak.ts). The parser formats the whole file
// (with its soundness check); the printer hands back that text. A syntax error throws, with the
// Dutch diagnostics in the message, and Prettier leaves the file as it was.
import { formatteer } from '../../language/opmaak.js';
import { formatDiagnose } from '../../language/index.js';
import { zichtbaar } from '../../runtime/zichtbaar.js';

/** What the parser gives the printer: the formatted text, and the length of the original. */
export interface RegelwerkDocument {
  readonly type: 'regelwerk';
  readonly opgemaakt: string;
  readonly lengte: number;
}

export const languages = [
  { name: 'Regelwerk', parsers: ['regelwerk'], extensions: ['.regel'], vscodeLanguageIds: ['regelwerk'] },
];

export const parsers = {
  regelwerk: {
    astFormat: 'regelwerk',
    parse(tekst: string, opties?: { filepath?: string }): RegelwerkDocument {
      const bestandsnaam = opties?.filepath ?? 'invoer.regel';
      const r = formatteer(tekst, bestandsnaam);
      if (!r.ok) {
        // With `loc`, Prettier reports a syntax error (position and code frame) instead of a crash.
        const eerste = r.diagnosen[0];
        // The message goes to a terminal: control characters of the policy's text escaped (zichtbaar).
        const fout = new SyntaxError(zichtbaar(r.diagnosen.map((d) => formatDiagnose(d, tekst)).join('\n')));
        throw Object.assign(fout, { loc: { start: { line: eerste?.plek.regel ?? 1, column: eerste?.plek.kolom ?? 1 } } });
      }
      return { type: 'regelwerk', opgemaakt: r.tekst, lengte: tekst.length };
    },
    locStart: (_: RegelwerkDocument): number => 0,
    locEnd: (d: RegelwerkDocument): number => d.lengte,
  },
};

export const printers = {
  regelwerk: {
    print(pad: { getValue: () => RegelwerkDocument }): string {
      return pad.getValue().opgemaakt;
    },
  },
};

export default { languages, parsers, printers };
