// Writes syntaxes/regel.tmLanguage.json from the keyword table (language/textmate.ts, as built in
// dist/). Run after `npm run build`; test/editors/vscode.test.ts checks the file is current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textmateGrammatica } from '../../dist/language/textmate.js';

writeFileSync(join(import.meta.dirname, 'syntaxes', 'regel.tmLanguage.json'), `${JSON.stringify(textmateGrammatica(), null, 2)}\n`);
