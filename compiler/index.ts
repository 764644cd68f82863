// Public API of the regelwerk package: load and check policies, evaluate them, run examples.
export { laad, leesBestand, formatDiagnose, heeftFouten, type Geladen, type Diagnose, type Gecontroleerd } from '../language/index.js';
export { evalueer, type EvaluatieOpties, type Resultaat, type Uitleg, type UitlegKnoop } from './interpreter.js';
export { draaiVoorbeelden } from './voorbeelden.js';
export { laadBestand, stdlibLader } from './modules.js';
export { uitlegAlsTekst } from './uitleg-tekst.js';
export * from '../stdlib/fouten.js';
