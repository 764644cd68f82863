// The section of a law page for developers: the JSON contract of the policy (the JSON Schema of its
// input and output, as `regelwerk schema` prints it) and a request to `regelwerk serve` with the
// input of its first example, ready to paste into a terminal.
import type { Gecontroleerd } from '../../language/checker.js';
import { jsonSchema } from '../schema/schema.js';
import { kiesPeildatum, voorbeeldInvoer } from '../interpreter/voorbeelden.js';
import { schrijfJsonTekst } from '../../runtime/json.js';
import { t } from './html.js';

/** `naam` is the policy's name in the service: its file name without `.regel`. */
export function contractHtml(g: Gecontroleerd, tekst: string, naam: string): string {
  const schema = jsonSchema(g, tekst);
  const v = g.voorbeelden.find((x) => x.parameters.length === 0 && !x.verwachtFout) ?? g.voorbeelden[0];
  let verzoek = '';
  if (v) {
    const { invoer } = voorbeeldInvoer(g, v);
    const peildatum = kiesPeildatum(g, v).peildatum;
    // the body in single quotes for the shell: a quote inside it is closed, escaped and reopened
    const lichaam = schrijfJsonTekst(invoer).replace(/'/g, `'\\''`);
    verzoek = `<h3>Een verzoek aan <code>regelwerk serve</code></h3>
<p>Met de invoer van het voorbeeld “${t(v.naam)}”:</p>
<pre>${t(`regelwerk serve ${naam}.regel &\ncurl -s -X POST 'http://127.0.0.1:8080/regelingen/${encodeURIComponent(naam)}/evalueer?peildatum=${peildatum}' \\\n  -H 'content-type: application/json' \\\n  -d '${lichaam}'`)}</pre>`;
  }
  return `<p>De invoer en uitvoer als JSON, zoals <code>regelwerk schema</code> ze beschrijft (JSON Schema 2020-12). Wat JSON Schema niet kan zeggen (een <code>eis</code>, hele centen) staat in de beschrijving en toetst de regeling zelf.</p>
${verzoek}
<details><summary>JSON Schema van de invoer</summary><pre>${t(JSON.stringify(schema.invoer, null, 2))}</pre></details>
<details><summary>JSON Schema van de uitvoer</summary><pre>${t(JSON.stringify(schema.uitvoer, null, 2))}</pre></details>`;
}
