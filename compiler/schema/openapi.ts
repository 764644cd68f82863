// The OpenAPI 3.1 document of the decision service (`regelwerk serve`), built from the JSON Schema
// of each served policy (schema.ts): one evaluation path and one population path per policy, the
// schemas under components, and the problem+json shape of every error.
import type { Gecontroleerd } from '../../language/checker.js';
import { type JsonSchema, jsonSchema } from './schema.js';

/** A served policy: the name in its path (the file name without `.regel`), the checked policy, its text. */
export interface GediendeRegeling {
  readonly naam: string;
  readonly g: Gecontroleerd;
  readonly tekst: string;
}

/** A name for components/schemas: OpenAPI allows letters, digits, `.`, `-` and `_` only. */
function componentNaam(naam: string, deel: string): string {
  return `${naam.replace(/[^A-Za-z0-9._-]/g, '_')}.${deel}`;
}

/** The schema as OpenAPI embeds it: without its own `$schema` (the document's dialect is 2020-12). */
function ingebed(s: JsonSchema): JsonSchema {
  const { $schema: _dialect, ...rest } = s;
  return rest;
}

const PROBLEEM: JsonSchema = {
  type: 'object',
  description: 'Een fout (RFC 9457, application/problem+json), met de Nederlandse melding en het veldpad.',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'De melding, in het Nederlands.' },
    soort: { type: 'string', enum: ['invoer', 'conflict', 'leeg', 'reken', 'json', 'te-groot', 'tijdslimiet', 'onbekend', 'gestopt', 'druk', 'intern'] },
    pad: { type: 'string', description: 'Het veld van de invoer waar de fout zit, zoals werknemers[2].uurloon.' },
  },
  required: ['title', 'status', 'detail', 'soort'],
};

function fout(beschrijving: string): JsonSchema {
  return { description: beschrijving, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Probleem' } } } };
}

/** The OpenAPI 3.1 document for these policies. */
export function openApi(regelingen: readonly GediendeRegeling[], versie: string): JsonSchema {
  const schemas: Record<string, unknown> = { Probleem: PROBLEEM };
  const paths: Record<string, unknown> = {};
  const peildatum = { name: 'peildatum', in: 'query', required: false, description: 'De dag waarop de regels gelden (JJJJ-MM-DD); standaard vandaag.', schema: { type: 'string', format: 'date' } };
  for (const r of regelingen) {
    const s = jsonSchema(r.g, r.tekst);
    const invoer = componentNaam(r.naam, 'invoer');
    const uitvoer = componentNaam(r.naam, 'uitvoer');
    schemas[invoer] = ingebed(s.invoer);
    schemas[uitvoer] = ingebed(s.uitvoer);
    const ref = (n: string): JsonSchema => ({ $ref: `#/components/schemas/${n}` });
    const naam = encodeURIComponent(r.naam);
    paths[`/regelingen/${naam}/evalueer`] = {
      post: {
        operationId: `${componentNaam(r.naam, 'evalueer')}`,
        summary: `${r.g.naam}: de uitvoer van één invoer`,
        ...(r.g.bron ? { description: `Bron: ${r.g.bron}` } : {}),
        parameters: [
          peildatum,
          { name: 'uitleg', in: 'query', required: false, description: 'ja: ook de uitleg (welke regel wat besliste, met bron).', schema: { type: 'string', enum: ['ja', 'nee'] } },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: ref(invoer) } } },
        responses: {
          200: { description: 'De uitvoer; met ?uitleg=ja { "uitvoer": ..., "uitleg": ... }.', content: { 'application/json': { schema: { anyOf: [ref(uitvoer), { type: 'object', properties: { uitvoer: ref(uitvoer), uitleg: { type: 'object' } }, required: ['uitvoer', 'uitleg'] }] } } } },
          400: fout('Ongeldige invoer: geen JSON, een veld van het verkeerde type, ontbrekend of onbekend, of een eis die niet geldt.'),
          413: fout('De invoer is groter dan de grens van de dienst.'),
          422: fout('De regeling kon niet beslissen: een conflict, geen toepasselijke regel, of een rekenfout.'),
          503: fout('De evaluatie duurde te lang, de dienst heeft te veel werk in de wachtrij, of stopt.'),
        },
      },
    };
    paths[`/regelingen/${naam}/bevolking`] = {
      post: {
        operationId: `${componentNaam(r.naam, 'bevolking')}`,
        summary: `${r.g.naam}: een bevolking, één invoer per regel (NDJSON), gestroomd`,
        parameters: [peildatum],
        requestBody: { required: true, content: { 'application/x-ndjson': { schema: ref(invoer) } } },
        responses: {
          200: {
            description: 'Per invoerregel één uitvoerregel, in dezelfde volgorde: { "regel": n, "uitvoer": ... } of { "regel": n, "fout": { "soort", "melding", "pad"? } }.',
            content: { 'application/x-ndjson': { schema: { type: 'object', properties: { regel: { type: 'integer' }, uitvoer: ref(uitvoer), fout: { type: 'object' } }, required: ['regel'] } } },
          },
          413: fout('Een invoerregel is groter dan de grens van de dienst.'),
        },
      },
    };
  }
  paths['/regelingen'] = { get: { operationId: 'regelingen', summary: 'De regelingen van deze dienst: naam, versie, bron', responses: { 200: { description: 'De regelingen.', content: { 'application/json': { schema: { type: 'array' } } } } } } };
  paths['/gezondheid'] = { get: { operationId: 'gezondheid', summary: 'Of de dienst draait', responses: { 200: { description: 'De dienst draait.' } } } };
  paths['/openapi.json'] = { get: { operationId: 'openapi', summary: 'Dit document', responses: { 200: { description: 'OpenAPI 3.1.' } } } };
  return {
    openapi: '3.1.0',
    info: { title: 'Regelwerk-beslisdienst', version: versie, description: 'Regelingen als code: één invoer of een bevolking evalueren.' },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas },
  };
}
