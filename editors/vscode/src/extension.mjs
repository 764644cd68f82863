// The Regelwerk extension for VS Code: starts the language server `regelwerk lsp --stdio` (the
// project's installed CLI: node_modules/.bin/regelwerk in the workspace, else `regelwerk` on the
// PATH, or the setting regelwerk.opdracht) and adds "Regelwerk: run with example", which runs a
// `voorbeeld` of the open policy in the server and shows the outputs and the explanation.
// Bundled with vscode-languageclient into dist/extension.cjs (bundel.mjs); `vscode` is VS Code's own.
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';

/** @type {LanguageClient | undefined} */
let client;

function opdracht() {
  const ingesteld = vscode.workspace.getConfiguration('regelwerk').get('opdracht');
  if (typeof ingesteld === 'string' && ingesteld.trim() !== '') return ingesteld.trim();
  for (const map of vscode.workspace.workspaceFolders ?? []) {
    const lokaal = join(map.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'regelwerk.cmd' : 'regelwerk');
    if (existsSync(lokaal)) return lokaal;
  }
  return 'regelwerk';
}

/** @param {vscode.ExtensionContext} context */
export async function activate(context) {
  const server = { command: opdracht(), args: ['lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  client = new LanguageClient('regelwerk', 'Regelwerk', { run: server, debug: server }, {
    documentSelector: [{ language: 'regel' }],
  });
  const uitvoer = vscode.window.createOutputChannel('Regelwerk: voorbeeld');
  context.subscriptions.push(uitvoer, vscode.commands.registerCommand('regelwerk.voerUitMetVoorbeeld', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'regel' || !client) {
      void vscode.window.showWarningMessage('Open eerst een .regel-bestand.');
      return;
    }
    const uri = editor.document.uri.toString();
    const namen = await client.sendRequest('workspace/executeCommand', { command: 'regelwerk.voorbeelden', arguments: [uri] });
    if (!Array.isArray(namen) || namen.length === 0) {
      void vscode.window.showWarningMessage('Deze regeling heeft geen voorbeeld.');
      return;
    }
    const naam = await vscode.window.showQuickPick(namen, { placeHolder: 'Welk voorbeeld?' });
    if (naam === undefined) return;
    const r = await client.sendRequest('workspace/executeCommand', { command: 'regelwerk.voerVoorbeeldUit', arguments: [uri, naam] });
    uitvoer.clear();
    uitvoer.appendLine(r.kind === 'ok' ? r.tekst : `niet uitgevoerd: ${r.melding}`);
    uitvoer.show(true);
  }));
  await client.start();
}

export async function deactivate() {
  await client?.stop();
}
