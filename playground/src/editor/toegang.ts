// Het toetsenbord in en uit de editor (WCAG 2.1.2, geen toetsenbordval): Ctrl+M schakelt Monaco's
// tabfocusmodus, waarin Tab naar het volgende element gaat in plaats van in te springen, en de
// statusregel zegt steeds wat Tab nu doet. Ook: opmaken op Shift+Alt+F op elk platform en in het contextmenu.
import type * as Monaco from 'monaco-editor/editor/editor.api';

const TEKST = {
  uit: 'Tab springt in · Ctrl+M: Tab verlaat de editor',
  aan: 'Tab verlaat de editor · Ctrl+M: Tab springt weer in',
} as const;

export function koppelTabFocus(monaco: typeof Monaco, editor: Monaco.editor.IStandaloneCodeEditor, uitleg: HTMLElement): void {
  let aan = false;
  const zeg = (): void => {
    uitleg.textContent = TEKST[aan ? 'aan' : 'uit'];
    uitleg.dataset['aan'] = aan ? 'ja' : 'nee';
  };
  editor.addAction({
    id: 'regelwerk.tabfocus',
    label: 'Tab verlaat de editor (aan/uit)',
    // Ctrl+M on every platform: on a Mac CtrlCmd would be Cmd+M, which minimises the window
    keybindings: [(/Mac/.test(navigator.platform) ? monaco.KeyMod.WinCtrl : monaco.KeyMod.CtrlCmd) | monaco.KeyCode.KeyM],
    run: () => {
      aan = !aan;
      editor.updateOptions({ tabFocusMode: aan });
      zeg();
    },
  });
  zeg();
}

/**
 * Document opmaken (de opmaak van opmaak.ts) onder Shift+Alt+F op elk platform (Monaco zelf neemt
 * op Linux Ctrl+Shift+I) en als Nederlandse regel in het contextmenu.
 */
export function koppelOpmaakToets(monaco: typeof Monaco, editor: Monaco.editor.IStandaloneCodeEditor): void {
  editor.addAction({
    id: 'regelwerk.opmaken',
    label: 'Document opmaken (regelwerk fmt)',
    keybindings: [monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF],
    contextMenuGroupId: '1_modification',
    contextMenuOrder: 1,
    run: async (ed) => { await ed.getAction('editor.action.formatDocument')?.run(); },
  });
}
