// Diagnostics: the objects behind every error and warning, shown the same way on the command
// line and in the editor: `file:line:col: RW1234: melding`, a code frame, and a suggestion.
import type { Plek } from './ast.js';
import { CATALOGUS, type Code } from './catalogus.js';

export type Ernst = 'fout' | 'waarschuwing';

export interface Diagnose {
  readonly code: Code;
  readonly ernst: Ernst;
  readonly melding: string;
  readonly bestand: string;
  readonly plek: Plek;
  readonly suggestie?: string;
}

export function diagnose(code: Code, melding: string, bestand: string, plek: Plek, suggestie?: string): Diagnose {
  const d: Diagnose = { code, ernst: CATALOGUS[code].ernst, melding, bestand, plek };
  return suggestie ? { ...d, suggestie } : d;
}

/** Levenshtein distance, for "bedoelde u ...?" suggestions. */
export function afstand(a: string, b: string): number {
  const vorige = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let links = i;
    let diag = vorige[0]!;
    vorige[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const boven = vorige[j]!;
      const kosten = a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1;
      links = Math.min(links + 1, boven + 1, diag + kosten);
      diag = boven;
      vorige[j] = links;
    }
  }
  return vorige[b.length]!;
}

/** The closest known name, if it is close enough to be a likely typo. */
export function bedoelde(naam: string, kandidaten: Iterable<string>): string | undefined {
  let beste: string | undefined;
  let besteAfstand = Number.POSITIVE_INFINITY;
  for (const k of kandidaten) {
    const d = afstand(naam, k);
    if (d < besteAfstand) {
      beste = k;
      besteAfstand = d;
    }
  }
  const grens = Math.max(2, Math.floor(naam.length / 3));
  return beste !== undefined && besteAfstand <= grens ? `bedoelde u '${beste}'?` : undefined;
}

/** The source line(s) around the position, with a caret under the spot. */
export function codeFrame(bron: string, plek: Plek): string {
  const regels = bron.split(/\r?\n/);
  const i = plek.regel - 1;
  const uit: string[] = [];
  const breedte = String(Math.min(regels.length, plek.regel + 1)).length;
  for (let r = Math.max(0, i - 1); r <= Math.min(regels.length - 1, i + 1); r++) {
    const nr = String(r + 1).padStart(breedte);
    uit.push(`${r === i ? '>' : ' '} ${nr} | ${regels[r]}`);
    if (r === i) {
      const lengte = Math.max(1, Math.min(plek.eind - plek.offset, (regels[r]?.length ?? 0) - plek.kolom + 1));
      uit.push(`  ${' '.repeat(breedte)} | ${' '.repeat(Math.max(0, plek.kolom - 1))}${'^'.repeat(lengte)}`);
    }
  }
  return uit.join('\n');
}

export function formatDiagnose(d: Diagnose, bron?: string): string {
  const kop = `${d.bestand}:${d.plek.regel}:${d.plek.kolom}: ${d.code}: ${d.ernst === 'waarschuwing' ? 'waarschuwing: ' : ''}${d.melding}`;
  const delen = [kop];
  if (bron !== undefined) delen.push(codeFrame(bron, d.plek));
  if (d.suggestie) delen.push(`  ${d.suggestie}`);
  return delen.join('\n');
}

/** Order of diagnostics in a listing: by file, then by position. */
export function opPlek(a: Diagnose, b: Diagnose): number {
  return a.bestand === b.bestand ? a.plek.offset - b.plek.offset : a.bestand < b.bestand ? -1 : 1;
}

export function heeftFouten(ds: readonly Diagnose[]): boolean {
  return ds.some((d) => d.ernst === 'fout');
}
