// The `regelwerk` command line: check, run, test (and compile). Exit codes: 0 ok, 1 errors in a
// policy or a failing example, 2 invalid input or usage, 3 an evaluation error (conflict, leeg).
// This module dispatches; the commands are in opdrachten.ts, loaded only when one runs.
import { GebruiksFout, HULP, standaard, type Uitvoer } from './gebruik.js';
import { zichtbaar } from '../../runtime/zichtbaar.js';

export type { Uitvoer } from './gebruik.js';

/**
 * What bin/regelwerk.js runs: `main`, with an unexpected error reported as "interne fout" (exit 70).
 * Everything printed passes through `zichtbaar`: a policy's text (a bron, a label, a message, a
 * comment in a code frame) and an input's reach the terminal with their control characters
 * escaped, whichever command prints them. JSON output stays the same JSON: such characters only
 * occur inside its strings, where `\uXXXX` means the same character.
 */
export async function voerUit(argv: readonly string[], uit: Uitvoer = standaard): Promise<number> {
  const io: Uitvoer = { out: (s) => uit.out(zichtbaar(s)), err: (s) => uit.err(zichtbaar(s)), proces: uit.proces === true };
  try {
    return await main(argv, io);
  } catch (fout) {
    io.err(`regelwerk: interne fout: ${fout instanceof Error ? fout.message : String(fout)}`);
    return 70;
  }
}

export async function main(argv: readonly string[], io: Uitvoer = standaard): Promise<number> {
  const [opdracht, ...rest] = argv;
  if (opdracht !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    io.out(HULP);
    return 0;
  }
  try {
    switch (opdracht) {
      // The commands load on first use: `--help` needs none of the compiler.
      case 'check': return (await import('./opdrachten.js')).check(rest, io);
      case 'run': return await (await import('./run.js')).run(rest, io);
      case 'compile': return await (await import('./opdrachten.js')).compile(rest, io);
      case 'test': return (await import('./opdrachten.js')).test(rest, io);
      case 'serve': return await (await import('./serve.js')).serve(rest, io);
      case 'doc': return (await import('./doc.js')).doc(rest, io);
      case 'schema': return (await import('./opdrachten.js')).schema(rest, io);
      case 'bevolking': return await (await import('./bevolking/opdracht.js')).bevolking(rest, io);
      case 'sql': return (await import('./sql.js')).sql(rest, io);
      case 'fmt': return (await import('./fmt.js')).fmt(rest, io);
      case 'doc': return (await import('./doc.js')).doc(rest, io);
      case 'lsp': return await (await import('./lsp.js')).lsp(rest);
      case 'catalogus':
        io.out((await import('../../language/catalogus-doc.js')).catalogusAlsMarkdown().trimEnd());
        return 0;
      case undefined: case 'help': case '--help': case '-h':
        io.out(HULP);
        return opdracht === undefined ? 2 : 0;
      default:
        io.err(`regelwerk: onbekende opdracht '${opdracht}'\n\n${HULP}`);
        return 2;
    }
  } catch (x) {
    if (x instanceof GebruiksFout) {
      io.err(`regelwerk: ${x.message}`);
      return 2;
    }
    const argFout = argumentFout(x);
    if (argFout) {
      io.err(`regelwerk: ${argFout}\n\n${HULP}`);
      return 2;
    }
    throw x;
  }
}

/** node:util parseArgs errors (an unknown option, a missing value) in Dutch; null for others. */
function argumentFout(x: unknown): string | null {
  const code = (x as { code?: unknown } | null)?.code;
  const optie = /'(-[^']*)'/.exec(x instanceof Error ? x.message : '')?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': return `onbekende optie '${optie}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': return `optie '${optie.split(' ')[0]}' mist een waarde of heeft een waarde die niet past (een negatief getal? schrijf dan ${optie.split(' ')[0]}=-5)`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': return `onverwacht argument '${optie}'`;
    default: return null;
  }
}
