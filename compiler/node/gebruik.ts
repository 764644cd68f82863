// What every part of the CLI shares, and nothing heavy: the help text, the output channel and
// the usage error. `regelwerk --help` loads only this and node/cli.ts.
export const HULP = `regelwerk — Nederlandse regels als code

gebruik:
  regelwerk check <bestanden...> [--runs N] [--seed S] [--zonder-analyse] [--streng]
                                                 controleer regelbestanden, met analyse van de regels;
                                                 --streng: ook een bron bij elke regel, uitzondering,
                                                 parameter, invoer en uitvoer, ten minste drie
                                                 eigenschappen, elke clausule bereikt (RW5003), en
                                                 elke waarschuwing is een fout
  regelwerk run <regeling.regel> --invoer <invoer.json | -> [--engine compiled|interpreter]
        [--peildatum JJJJ-MM-DD] [--parameter naam=waarde]... [--uitleg] [--pad] [--formaat json|tekst]
                                                 één object, een JSON-lijst of NDJSON (een geval per
                                                 regel), gelezen als stroom; elk antwoord meteen;
                                                 --pad: ook het beslispad van elk geval
  regelwerk compile <regeling.regel>... --uit <map> [--commonjs] [--opmaak]
                                                 genereer getypeerde TypeScript-modules (ES-modules;
                                                 --commonjs: .cjs met .d.cts; --opmaak: de .ts
                                                 opgemaakt met prettier, trager)
  regelwerk test [bestanden...] [--runs N] [--seed S] [--peildatum D] [--json] [--dekking]
                                                 draai voorbeelden en eigenschappen (standaard: policies/*.regel);
                                                 --dekking: per clausule wat haar bereikte
  regelwerk fmt [--check] [bestanden of mappen...]
                                                 maak .regel-bestanden op in de huisstijl (mappen: alle
                                                 *.regel erin; standaard: policies/); --check schrijft
                                                 niets en meldt wat afwijkt
  regelwerk bevolking <regeling.regel> --invoer <gevallen.parquet|.csv|.ndjson|.json>
        --uit <uit.parquet|.csv|.ndjson> [--peildatum D | --peildatum-kolom k] [--engine js|sql]
        [--werkers N] [--variant naam=ander.regel | --variant naam:parameter=waarde ...]
        [--groepeer kolom] [--rapport rapport.html] [--controleer N]
                                                 reken een hele bevolking (DuckDB leest en schrijft):
                                                 de eigen kolommen, elke uitvoer, fout en pad per geval;
                                                 --variant: dezelfde gevallen onder een variant, met
                                                 een verschillenrapport (--rapport: als HTML-pagina);
                                                 --controleer N: N gevallen opnieuw met de interpreter
  regelwerk schema <regeling.regel>              het JSON Schema (2020-12) van invoer en uitvoer
  regelwerk sql <regeling.regel> --dialect duckdb|postgres
        [--peildatum D | --peildatum-kolom k] [--tabel]
                                                 één SELECT over de tabel gevallen (een kolom per invoer):
                                                 haar kolommen, elke uitvoer, fout en pad; --tabel: eerst
                                                 de CREATE TABLE van gevallen; zonder peildatum: vandaag
  regelwerk serve [regelingen...] [--poort 8080] [--host 127.0.0.1] [--werkers N]
        [--max-mib 10] [--tijdslimiet 10000]     een beslisdienst over HTTP (standaard: policies/*.regel):
                                                 POST /regelingen/<naam>/evalueer en .../bevolking,
                                                 GET /regelingen, /openapi.json, /gezondheid;
                                                 stop met Ctrl-C of SIGTERM
  regelwerk doc [bestanden of mappen...] --uit <map> [--runs N] [--seed S]
                                                 schrijf leesbare pagina's: elke regeling naast de
                                                 brieftekst die zij citeert, met wat er getoetst is
                                                 (standaard: policies/)
  regelwerk catalogus                            alle diagnosecodes met voorbeeld en oplossing
  regelwerk lsp --stdio                          de taalserver (LSP) voor VS Code, Neovim, Helix en andere editors

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
