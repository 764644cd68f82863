// The validator a caller of the decision service would use: ajv for JSON Schema 2020-12, strict
// (an unknown keyword in our schemas is an error), with the formats (`format: date`) checked.
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';

type Plugin = (ajv: Ajv2020) => Ajv2020;
/** ajv-formats is CommonJS: under ESM its plugin is the default export, or that export's `default`. */
const addFormats: Plugin = (formatsPlugin as unknown as { default?: Plugin }).default ?? (formatsPlugin as unknown as Plugin);

export function ajvVoor(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  return ajv;
}
