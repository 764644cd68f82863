// What every part of the CLI shares, and nothing heavy: the help text, the output channel and
// the usage error. `regelwerk --help` loads only this and node/cli.ts.
export const HULP = `regelwerk — Nederlandse regels als code

gebruik:
  regelwerk check <bestanden...> [--runs N] [--seed S] [--zonder-analyse] [--streng]
                                                 controleer regelbestanden, met analyse van de regels;
                                                 --streng: ook een bron bij elke regel, uitzondering,
                                                 parameter, invoer en uitvoer, ten minste drie
                                                 eigenschappen, en elke waarschuwing is een fout
  regelwerk run <regeling.regel> --invoer <invoer.json | -> [--engine compiled|interpreter]
        [--peildatum JJJJ-MM-DD] [--parameter naam=waarde]... [--uitleg] [--formaat json|tekst]
  regelwerk compile <regeling.regel>... --uit <map>  genereer getypeerde TypeScript-modules
  regelwerk test [bestanden...] [--runs N] [--seed S] [--peildatum D] [--json]
                                                 draai voorbeelden en eigenschappen (standaard: policies/*.regel)
  regelwerk fmt [--check] [bestanden of mappen...]
                                                 maak .regel-bestanden op in de huisstijl (mappen: alle
                                                 *.regel erin; standaard: policies/); --check schrijft
                                                 niets en meldt wat afwijkt
  regelwerk schema <regeling.regel>              het JSON Schema (2020-12) van invoer en uitvoer
  regelwerk serve [regelingen...] [--poort 8080] [--host 127.0.0.1] [--werkers N]
        [--max-mib 10] [--tijdslimiet 10000]     een beslisdienst over HTTP (standaard: policies/*.regel):
                                                 POST /regelingen/<naam>/evalueer en .../bevolking,
                                                 GET /regelingen, /openapi.json, /gezondheid;
                                                 stop met Ctrl-C of SIGTERM
  regelwerk doc [regelingen of mappen...] --uit <map>
                                                 schrijf statische HTML-pagina's: per regeling de regels
                                                 naast hun bron, tabellen, parameters, voorbeelden
                                                 (standaard: policies/)
  regelwerk catalogus                            alle diagnosecodes met voorbeeld en oplossing

exitcodes: 0 goed, 1 fouten in de regeling of een mislukt voorbeeld, 2 ongeldige invoer of
aanroep, 3 fout tijdens de evaluatie (conflict, geen toepasselijke definitie, rekenfout)

--engine: zonder keuze rekent run met de gecompileerde module uit de cache; staat die er nog niet,
dan rekent de interpreter één geval meteen en wordt alleen voor een reeks gevallen gecompileerd.
Beide geven hetzelfde antwoord.`;

export interface Uitvoer {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Standard output and error of the process (a progress bar may go there too); not in tests. */
  readonly proces?: boolean;
}

/** The terminal: standard output and standard error, a line at a time. */
export const standaard: Uitvoer = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`), proces: true };

/** A mistake in how the command was called (exit 2), reported as `regelwerk: <message>`. */
export class GebruiksFout extends Error {}
