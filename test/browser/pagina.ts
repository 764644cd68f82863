// Per browser test file: one Chromium on the built site for the file, a fresh page per call, and
// after each test every console error, page error or HTTP status >= 400 fails it.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { startSpeeltuin, wachtOpEditor, type BewaaktePagina, type Speeltuin } from './chromium.js';

/** Registers the hooks (a window of `breedte` × `hoogte`, default 1400 × 900); returns `pagina(pad)`: a fresh page on the site (own context), editor ready. */
export function gebruikSpeeltuin(opties: { readonly breedte?: number; readonly hoogte?: number } = {}): (pad?: string) => Promise<Page> {
  let speeltuin: Speeltuin | undefined;
  const open: BewaaktePagina[] = [];
  beforeAll(async () => {
    speeltuin = await startSpeeltuin(opties);
  });
  afterAll(async () => {
    await speeltuin?.sluit();
  });
  afterEach(async () => {
    const fouten = open.flatMap((p) => p.fouten);
    for (const p of open.splice(0)) await p.page.close().catch(() => undefined);
    expect(fouten, 'fouten in de console, op de pagina of HTTP >= 400').toEqual([]);
  });
  return async (pad = '') => {
    const p = await speeltuin!.nieuwePagina(pad);
    open.push(p);
    await wachtOpEditor(p.page);
    return p.page;
  };
}
