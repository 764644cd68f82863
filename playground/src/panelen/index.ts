// Panelen van de speeltuin: invoer, uitvoer, uitleg en tests naast de editor (wordt opgebouwd).
import type * as MonacoApi from 'monaco-editor/editor/editor.api';

export interface PaneelKoppeling {
  monaco: typeof MonacoApi;
  editor: MonacoApi.editor.IStandaloneCodeEditor;
  bestandsnaam: () => string;
}

export function koppelPanelen(_k: PaneelKoppeling): void {
  // wordt zo gevuld
}
