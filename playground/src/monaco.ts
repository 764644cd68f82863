// Slanke Monaco: alleen de kern-API en de onderdelen die de speeltuin gebruikt (niet het hele pakket van 14 MB).
// De tabfocusmodus (Ctrl+M) zet editor/toegang.ts zelf, zodat de statusregel weet of hij aan staat.
// package.json "exports" van monaco-editor: 'monaco-editor/X' is esm/vs/X.js.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController'; // het aanvulvenster zelf
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/gotoSymbol/register'; // ctrl+klik
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands'; // F12
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/format/register'; // Document opmaken (Shift+Alt+F), met de Regelwerk-opmaak
import 'monaco-editor/features/contextmenu/register'; // rechtermuisknop: onder meer 'Document opmaken'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

/**
 * Zet Monaco's werker klaar en geeft de API. Een functie en geen los statement: package.json zegt
 * "sideEffects": false, dus de bundelaar zou een module met alleen neveneffecten weglaten.
 */
export function startMonaco(): typeof monaco {
  self.MonacoEnvironment = {
    getWorker: () => new EditorWorker(),
  };
  return monaco;
}
export type Monaco = typeof monaco;
