// Text on its way to a terminal. A policy or an input can carry any character, and a terminal
// obeys some of them: ESC and the C1 controls (CSI U+009B) start escape sequences that move the
// cursor, retitle the window or rewrite what was printed, CR overwrites a line, and the
// bidirectional overrides make a line read differently from what it says (Trojan Source). This
// one function makes them visible as `\uXXXX`; the CLI passes everything it prints through it
// (node/cli.ts), and an input text in a message is quoted with it (invoerTekst, fouten.ts).

/**
 * C0 controls except tab and line feed, DEL, C1 controls, the line and paragraph separators, and
 * the bidirectional marks, embeddings, overrides and isolates.
 */
const STUURTEKENS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every character that could drive a terminal written as `\uXXXX`; tab and newline stay. */
export function zichtbaar(s: string): string {
  return s.replace(STUURTEKENS, (t) => `\\u${t.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
