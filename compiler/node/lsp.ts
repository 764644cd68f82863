// `regelwerk lsp --stdio`: the Language Server Protocol over standard input and output, for VS Code
// (editors/vscode/) and any LSP editor (Neovim, Helix). Every answer comes from the language
// services in compiler/diensten/, the same module the playground's worker calls; this file only
// translates positions (LSP: lines and characters from 0) and files (URIs) and schedules the checks.
// Diagnostics as you type: the front end's at once, the static analysis's after; a result for a
// version of the text that has since changed is dropped, never published.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind, DiagnosticSeverity, FoldingRangeKind, MarkupKind, ProposedFeatures, ResponseError, SymbolKind, TextDocumentSyncKind,
  TextDocuments, createConnection, CompletionItemKind, InsertTextFormat, ErrorCodes,
  type Connection, type Diagnostic, type DocumentSymbol, type Location, type Range, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  Werkruimte, aanvulling, acties, definitie, diagnosen, documentSymbolen, hernoem, hernoemBereik, opmaak, toelichting, verwijzingen,
  vouwbereiken, voerVoorbeeldUit, voorbeeldNamen, type Bereik, type DiagnoseInfo, type DocumentSymbool, type SymboolAard, type AanvulSoort, type SymboolSoort,
} from '../diensten/index.js';
import { mapLader, pakketMap } from './modules.js';
import { GebruiksFout } from './gebruik.js';
import { NODE_KLOK, Planner } from './lsp-plan.js';

/** The file name the services know a document by: its path for a file, else its URI. */
function bestandVan(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

function uriVan(bestand: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(bestand) && !/^[a-z]:[\\/]/i.test(bestand) ? bestand : pathToFileURL(bestand).href;
}

function bereik(b: Bereik): Range {
  return { start: { line: b.regel - 1, character: b.kolom - 1 }, end: { line: b.eindRegel - 1, character: b.eindKolom - 1 } };
}

/** A module next to the document (`gebruik b` in a/a.regel finds a/b.regel), else the package's stdlib file. */
function schijfLader(naam: string, vanuit: string): { tekst: string; bestandsnaam: string } | null {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(naam)) return null;
  const kandidaten = [...(vanuit.startsWith('/') || /^[a-z]:[\\/]/i.test(vanuit) ? [join(dirname(vanuit), `${naam}.regel`)] : []), join(pakketMap(), 'stdlib', `${naam}.regel`)];
  for (const pad of kandidaten) if (existsSync(pad)) return { tekst: readFileSync(pad, 'utf8'), bestandsnaam: pad };
  return null;
}

const AANVUL_SOORT: Readonly<Record<AanvulSoort, CompletionItemKind>> = {
  naam: CompletionItemKind.Variable, veld: CompletionItemKind.Field, sleutelwoord: CompletionItemKind.Keyword, frase: CompletionItemKind.Keyword, sjabloon: CompletionItemKind.Snippet,
};
const NAAM_SOORT: Readonly<Record<SymboolSoort, CompletionItemKind>> = {
  invoer: CompletionItemKind.Field, uitvoer: CompletionItemKind.Property, regel: CompletionItemKind.Variable, parameter: CompletionItemKind.Constant,
  functie: CompletionItemKind.Function, soort: CompletionItemKind.Struct, lokaal: CompletionItemKind.Variable,
};
const SYMBOOL_SOORT: Readonly<Record<SymboolAard, SymbolKind>> = {
  regeling: SymbolKind.Module, gebruik: SymbolKind.Package, soort: SymbolKind.Struct, invoer: SymbolKind.Field, uitvoer: SymbolKind.Property,
  parameter: SymbolKind.Constant, functie: SymbolKind.Function, regel: SymbolKind.Variable, uitzondering: SymbolKind.Event, bereik: SymbolKind.Constant,
  voorbeeld: SymbolKind.Object, eigenschap: SymbolKind.Boolean, veld: SymbolKind.Field,
};

function diagnostic(d: DiagnoseInfo): Diagnostic {
  return {
    range: bereik(d.bereik), severity: d.ernst === 'fout' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code, source: 'regelwerk', message: d.suggestie ? `${d.melding}\n${d.suggestie}` : d.melding,
  };
}

function symbool(s: DocumentSymbool): DocumentSymbol {
  return { name: s.naam, kind: SYMBOOL_SOORT[s.aard], range: bereik(s.bereik), selectionRange: bereik(s.naamBereik), children: s.kinderen.map(symbool) };
}

/** Serves one connection until the client exits. */
export function dienLsp(verbinding: Connection): void {
  const documenten = new TextDocuments(TextDocument);
  const w = new Werkruimte({ lader: schijfLader, regelingen: mapLader() });
  const planner = new Planner<Diagnostic[]>(NODE_KLOK, {
    versie: (uri) => documenten.get(uri)?.version,
    voorkant: (uri) => diagnosen(w, actueel(uri), false).diagnosen.map(diagnostic),
    volledig: (uri) => diagnosen(w, actueel(uri), true).diagnosen.map(diagnostic),
    publiceer: (uri, version, diagnostics) => void verbinding.sendDiagnostics({ uri, version, diagnostics }),
  });

  const offset = (uri: string, line: number, character: number): number | null => documenten.get(uri)?.offsetAt({ line, character }) ?? null;

  /** A document's text in the services, current before a request reads it. */
  const actueel = (uri: string): string => {
    const doc = documenten.get(uri);
    const bestand = bestandVan(uri);
    if (doc) w.zet(bestand, doc.getText(), doc.version);
    return bestand;
  };

  documenten.onDidChangeContent((e) => {
    // The open documents that use this one are checked again too, after it.
    const gebruikers = new Set(w.gebruikers(bestandVan(e.document.uri)));
    planner.plan(e.document.uri);
    for (const d of documenten.all()) if (gebruikers.has(bestandVan(d.uri))) planner.plan(d.uri);
  });
  documenten.onDidClose((e) => {
    planner.stop(e.document.uri);
    w.sluit(bestandVan(e.document.uri));
    void verbinding.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  verbinding.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['.'] },
      hoverProvider: true, definitionProvider: true, referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentFormattingProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentSymbolProvider: true, foldingRangeProvider: true,
      executeCommandProvider: { commands: ['regelwerk.voorbeelden', 'regelwerk.voerVoorbeeldUit'] },
    },
    serverInfo: { name: 'regelwerk' },
  }));

  verbinding.onCompletion((p) => {
    const o = offset(p.textDocument.uri, p.position.line, p.position.character);
    if (o === null) return [];
    const a = aanvulling(w, actueel(p.textDocument.uri), o);
    return a.items.map((x) => ({
      label: x.label, kind: x.naamSoort ? NAAM_SOORT[x.naamSoort] : AANVUL_SOORT[x.kind], detail: x.detail, sortText: x.sortering,
      insertText: x.invoegen, insertTextFormat: x.sjabloon ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      ...(x.documentatie ? { documentation: { kind: MarkupKind.PlainText, value: x.documentatie } } : {}),
    }));
  });
  verbinding.onHover((p) => {
    const o = offset(p.textDocument.uri, p.position.line, p.position.character);
    const u = o === null ? null : toelichting(w, actueel(p.textDocument.uri), o);
    if (!u) return null;
    // Plain text: a bron is the policy's own words, never Markdown.
    return { range: bereik(u.bereik), contents: { kind: MarkupKind.PlainText, value: [u.kop, ...(u.type ? [`Type: ${u.type}`] : []), ...u.regels].join('\n') } };
  });
  const locatie = (l: { bestand: string; bereik: Bereik }): Location => ({ uri: uriVan(l.bestand), range: bereik(l.bereik) });
  verbinding.onDefinition((p) => {
    const o = offset(p.textDocument.uri, p.position.line, p.position.character);
    const d = o === null ? null : definitie(w, actueel(p.textDocument.uri), o);
    return d ? locatie(d) : null;
  });
  verbinding.onReferences((p) => {
    const o = offset(p.textDocument.uri, p.position.line, p.position.character);
    for (const d of documenten.all()) actueel(d.uri);
    return o === null ? [] : verwijzingen(w, bestandVan(p.textDocument.uri), o, p.context.includeDeclaration).map(locatie);
  });
  verbinding.onPrepareRename((p) => {
    const o = offset(p.textDocument.uri, p.position.line, p.position.character);
    const r = o === null ? null : hernoemBereik(w, actueel(p.textDocument.uri), o);
    return r ? { range: bereik(r.bereik), placeholder: r.naam } : null;
  });
  verbinding.onRenameRequest((p): WorkspaceEdit => {
    const o = offset(p.textDocument.uri, p.position.line, p.position.character);
    for (const d of documenten.all()) actueel(d.uri);
    if (o === null) throw new ResponseError(ErrorCodes.InvalidParams, 'document niet geopend');
    const r = hernoem(w, bestandVan(p.textDocument.uri), o, p.newName);
    if (r.kind === 'geweigerd') throw new ResponseError(ErrorCodes.InvalidRequest, r.melding);
    const changes: Record<string, TextEdit[]> = {};
    for (const [f, lijst] of r.wijzigingen) changes[uriVan(f)] = lijst.map((x) => ({ range: bereik(x.bereik), newText: x.tekst }));
    return { changes };
  });
  verbinding.onDocumentFormatting((p) => {
    const r = opmaak(w, actueel(p.textDocument.uri));
    if (r.kind === 'fout') {
      void verbinding.window.showWarningMessage(r.melding);
      return [];
    }
    return r.wijzigingen.map((x) => ({ range: bereik(x.bereik), newText: x.tekst }));
  });
  verbinding.onCodeAction((p) => {
    const doc = documenten.get(p.textDocument.uri);
    if (!doc) return [];
    const bestand = actueel(p.textDocument.uri);
    return acties(w, bestand, doc.offsetAt(p.range.start), doc.offsetAt(p.range.end)).map((a) => ({
      title: a.titel, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic(a.diagnose)], isPreferred: true,
      edit: { changes: { [p.textDocument.uri]: [{ range: bereik(a.wijziging.bereik), newText: a.wijziging.tekst }] } },
    }));
  });
  verbinding.onDocumentSymbol((p) => documentSymbolen(w, actueel(p.textDocument.uri)).map(symbool));
  verbinding.onFoldingRanges((p) => vouwbereiken(w, actueel(p.textDocument.uri)).map((v) => ({ startLine: v.van - 1, endLine: v.tot - 1, kind: FoldingRangeKind.Region })));
  verbinding.onExecuteCommand((p) => {
    const [uri, naam] = (p.arguments ?? []) as [unknown, unknown];
    if (typeof uri !== 'string' || !documenten.get(uri)) throw new ResponseError(ErrorCodes.InvalidParams, 'geef de URI van een geopend document');
    const bestand = actueel(uri);
    if (p.command === 'regelwerk.voorbeelden') return voorbeeldNamen(w, bestand);
    if (p.command === 'regelwerk.voerVoorbeeldUit') return voerVoorbeeldUit(w, bestand, typeof naam === 'string' ? naam : undefined);
    throw new ResponseError(ErrorCodes.MethodNotFound, `onbekende opdracht ${p.command}`);
  });

  documenten.listen(verbinding);
  verbinding.listen();
}

/** The command: only over stdio (what VS Code's client and other editors start). */
export function lsp(args: readonly string[]): Promise<number> {
  if (!args.includes('--stdio') || args.some((a) => a !== '--stdio' && !a.startsWith('--clientProcessId'))) {
    throw new GebruiksFout('gebruik: regelwerk lsp --stdio (de taalserver spreekt LSP over standaardinvoer en -uitvoer)');
  }
  const verbinding = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  dienLsp(verbinding);
  return new Promise((klaar) => verbinding.onExit(() => klaar(0)));
}
