// The language services of Regelwerk in one browser-safe module: the LSP server
// (compiler/node/lsp.ts) and the playground's worker both call these, so an editor and the
// playground give the same diagnostics, completion, hover and the rest.
export { Werkruimte, moduleNaam, type BestandLader, type Bekeken, type WerkruimteOpties } from './werkruimte.js';
export { Regels, type Bereik, type Locatie, type TekstWijziging } from './tekst.js';
export { diagnosen, acties, MAX_DIAGNOSEN, type DiagnoseInfo, type Diagnosen, type Actie } from './diagnosen.js';
export { aanvulling, meerwoordFrasen, type Aanvulling, type AanvulAntwoord, type AanvulSoort } from './aanvulling.js';
export { toelichting, definitie, verwijzingen, type Toelichting } from './uitleg.js';
export { hernoem, hernoemBereik, tweeVoorEen, type HernoemUitkomst } from './hernoem.js';
export { documentSymbolen, vouwbereiken, bronnen, opmaak, type DocumentSymbool, type SymboolAard, type OpmaakUitkomst } from './overzicht.js';
export type { SymboolSoort } from './namen.js';
export { voorbeeldNamen, voerVoorbeeldUit, type VoorbeeldRun } from './voorbeeld.js';
