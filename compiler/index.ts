// Public API of the regelwerk package, safe in a browser: load and check policies, evaluate them,
// explain, run examples and properties, analyse, generate TypeScript. No Node import is reachable
// from here (test/architectuur.test.ts bundles it for the browser); files, the ts-morph compiler,
// the cache and the CLI are in `regelwerk/node`.
export { laad, leesBestand, formatDiagnose, heeftFouten, type Geladen, type Diagnose, type Gecontroleerd, type ModuleLader, type RegelingLader, tekstenLader } from '../language/index.js';
export { SLEUTELWOORDEN } from '../language/keywords.js';
export { formatteer, type OpmaakResultaat } from '../language/opmaak.js';
export { CATALOGUS } from '../language/catalogus.js';
export { evalueer, constante, type EvaluatieOpties, type Resultaat, type Uitleg, type UitlegKnoop, type Gebruik } from './interpreter/interpreter.js';
export { draaiVoorbeelden, voorbeeldInvoer, kiesPeildatum, standaardPeildatum, type VoorbeeldUitkomst } from './interpreter/voorbeelden.js';
export { naarInvoerJson } from './interpreter/waarde.js';
export { alsLiteral } from './interpreter/literal.js';
export { uitlegAlsTekst } from './interpreter/uitleg-tekst.js';
export { besluitTekst, besluitLabel, parameterHerkomst, bronTekst, GEBRUIK_WOORD, HERHAALD } from './interpreter/uitleg-woorden.js';
export { toetsEigenschappen, type EigenschapUitkomst, type EigenschapOpties } from './analysis/eigenschappen.js';
export { Dekkingsteller } from './interpreter/dekking.js';
export { dekking, dekkingAlsJson, toetsMetDekking, type DekkingJson, type DekkingUitkomst } from './analysis/dekking.js';
export { analyseer, type AnalyseOpties, type AnalyseUitkomst, type Bewijs } from './analysis/analyse.js';
export { genereer } from './codegen/codegen.js';
export * from './diensten/index.js';
export { jsonSchema, type JsonSchema } from './schema/schema.js';
export { naarSql, gevallenTabel, type SqlOpties, type SqlDialect } from './sql/index.js';
export { STDLIB_MODULES, ingebouwdeStdlib as stdlibLader } from '../stdlib/index.js';
export { leesJsonTekst, schrijfJsonTekst, JsonFout, exactGetal, isExactGetal, type ExactGetal } from '../runtime/json.js';
export { schrijfType, type Type } from '../runtime/typen.js';
export { bedragCijfers } from '../runtime/getal.js';
export * from '../runtime/fouten.js';
export { BRIEVEN, PASSAGES, alineas, briefTitel, geciteerdeAlinea, passagesInBron, passagesVan, passageTekst, type Passage } from './doc/bronnen.js';
