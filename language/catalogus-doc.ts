// Renders the diagnostic catalogue as Markdown (docs/diagnostics.md is generated from this).
import { CATALOGUS } from './catalogus.js';

export function catalogusAlsMarkdown(): string {
  const delen = [
    '# Regelwerk — diagnosecodes',
    '',
    'Generated from `language/catalogus.ts` by `regelwerk catalogus`; do not edit by hand.',
    'Codes: RW0xxx syntax, RW1xxx names and declarations, RW2xxx types and values, RW3xxx unused',
    'declarations, RW4xxx static analysis.',
  ];
  for (const [code, item] of Object.entries(CATALOGUS)) {
    const voorbeeld = 'intern' in item && item.intern
      ? ['Intern: gemeld door `regelwerk fmt`, niet door een bestand.']
      : ['```', item.voorbeeld.trimEnd(), '```'];
    // the policies beside it, for a call of one (`gebruik regeling naam`)
    const naast = 'naast' in item && item.naast ? Object.entries(item.naast).flatMap(([naam, tekst]) => ['', `Met \`${naam}.regel\` ernaast:`, '', '```', tekst.trimEnd(), '```']) : [];
    delen.push('', `## ${code} — ${item.titel} (${item.ernst})`, '', ...voorbeeld, ...naast, '', `Oplossing: ${item.oplossing}`);
  }
  return `${delen.join('\n')}\n`;
}
