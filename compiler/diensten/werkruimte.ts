// The documents an editor has open, and what the front end and the static analysis make of each:
// one checked policy per document and text, shared by every language service (diagnostics,
// completion, hover, definition, references, rename, symbols). A `gebruik naam` finds an open
// document named `naam.regel` first, then what the host's loader finds (the LSP: a file next to
// the document), then the stdlib; so two policies that use each other are checked together. A
// `gebruik regeling naam` finds an open document first, then the host's policy loader.
import { laad, type Geladen, type ModuleLader, type RegelingLader } from '../../language/index.js';
import type { Diagnose } from '../../language/diagnostics.js';
import { analyseer } from '../analysis/analyse.js';
import { standaardPeildatum } from '../interpreter/voorbeelden.js';
import { ingebouwdeStdlib } from '../../stdlib/index.js';
import { Regels } from './tekst.js';

/** Finds a module (`gebruik naam`) for the document `vanuit`, as text with its file name, or null. */
export type BestandLader = (naam: string, vanuit: string) => { tekst: string; bestandsnaam: string } | null;

/** A document as the services see it: its text, lines and checked policy. */
export interface Bekeken {
  readonly bestandsnaam: string;
  readonly tekst: string;
  readonly regels: Regels;
  readonly geladen: Geladen;
  /** The modules it uses, by the name after `gebruik`, with their text (for positions in them). */
  readonly modules: ReadonlyMap<string, { readonly bestandsnaam: string; readonly regels: Regels }>;
  /** How it finds the policies it uses (`gebruik regeling`), to check an edited copy of its text the same way. */
  readonly regelingen: RegelingLader;
}

export interface WerkruimteOpties {
  readonly lader?: BestandLader;
  /** Policies a document uses (`gebruik regeling naam`) that are not open: beside it on disk (the LSP), or shipped (the playground). */
  readonly regelingen?: RegelingLader;
  /** Random inputs for the static analysis where exact reasoning does not decide (default 100: an editor waits for it). */
  readonly analyseRuns?: number;
}

/** The module name a file stands for: `pad/naar/minimumloon.regel` is `minimumloon`. */
export function moduleNaam(bestandsnaam: string): string {
  const basis = bestandsnaam.split(/[\\/]/).pop() ?? bestandsnaam;
  return basis.replace(/\.regel$/, '');
}

export class Werkruimte {
  private readonly documenten = new Map<string, { tekst: string; versie: number }>();
  private readonly bekeken = new Map<string, Bekeken>();
  private readonly analyses = new Map<string, { tekst: string; diagnosen: readonly Diagnose[] }>();

  constructor(private readonly opties: WerkruimteOpties = {}) {}

  /**
   * Opens or changes a document. It is checked again when asked, and so is every open document that
   * uses it (`gebruik` its name); the others keep their checked policy.
   */
  zet(bestandsnaam: string, tekst: string, versie = 0): void {
    const oud = this.documenten.get(bestandsnaam);
    const gebruikers = oud?.tekst === tekst ? [] : this.gebruikers(bestandsnaam);
    this.documenten.set(bestandsnaam, { tekst, versie });
    if (oud?.tekst === tekst) return;
    this.bekeken.delete(bestandsnaam);
    for (const g of gebruikers) this.bekeken.delete(g);
  }

  sluit(bestandsnaam: string): void {
    for (const g of this.gebruikers(bestandsnaam)) this.bekeken.delete(g);
    this.documenten.delete(bestandsnaam);
    this.analyses.delete(bestandsnaam);
    this.bekeken.delete(bestandsnaam);
  }

  /** The open documents (other than itself) that use the module this document stands for. */
  gebruikers(bestandsnaam: string): string[] {
    const naam = moduleNaam(bestandsnaam);
    return [...this.documenten.keys()].filter((b) => b !== bestandsnaam
      && (this.bekeken.get(b)?.geladen.bestand.declaraties ?? []).some((d) => d.kind === 'Gebruik' && d.naam === naam));
  }

  versie(bestandsnaam: string): number | undefined {
    return this.documenten.get(bestandsnaam)?.versie;
  }

  tekst(bestandsnaam: string): string | undefined {
    return this.documenten.get(bestandsnaam)?.tekst;
  }

  open(): string[] {
    return [...this.documenten.keys()];
  }

  /** The open document for a module name, if any. */
  private openModule(naam: string, vanuit: string): { tekst: string; bestandsnaam: string } | null {
    for (const [b, d] of this.documenten) if (b !== vanuit && moduleNaam(b) === naam) return { tekst: d.tekst, bestandsnaam: b };
    return null;
  }

  /** The checked policy of an open document (or of a module it reaches), checked once per text. */
  bekijk(bestandsnaam: string): Bekeken | undefined {
    const al = this.bekeken.get(bestandsnaam);
    if (al) return al;
    const doc = this.documenten.get(bestandsnaam);
    if (!doc) return undefined;
    const modules = new Map<string, { bestandsnaam: string; regels: Regels }>();
    const lader: ModuleLader = (naam) => {
      const m = this.openModule(naam, bestandsnaam) ?? this.opties.lader?.(naam, bestandsnaam) ?? ingebouwdeStdlib(naam);
      if (m) modules.set(naam, { bestandsnaam: m.bestandsnaam, regels: new Regels(m.tekst) });
      return m;
    };
    // a used policy: an open document first (its unsaved text), then the host's
    const regelingen: RegelingLader = {
      lees: (naam, vanuit) => {
        const m = this.openModule(naam, vanuit) ?? this.opties.regelingen?.lees(naam, vanuit) ?? null;
        if (m) modules.set(naam, { bestandsnaam: m.bestandsnaam, regels: new Regels(m.tekst) });
        return m;
      },
      namen: (vanuit) => [...new Set([...this.open().filter((b) => b !== vanuit).map(moduleNaam), ...(this.opties.regelingen?.namen(vanuit) ?? [])])].sort(),
    };
    const b: Bekeken = { bestandsnaam, tekst: doc.tekst, regels: new Regels(doc.tekst), geladen: laad(doc.tekst, bestandsnaam, lader, regelingen), modules, regelingen };
    this.bekeken.set(bestandsnaam, b);
    return b;
  }

  /** The lines of any file a location may point into: an open document or a module one of them uses. */
  regelsVan(bestandsnaam: string): Regels | undefined {
    const doc = this.documenten.get(bestandsnaam);
    if (doc) return this.bekijk(bestandsnaam)?.regels;
    for (const b of this.documenten.keys()) {
      for (const m of this.bekijk(b)?.modules.values() ?? []) if (m.bestandsnaam === bestandsnaam) return m.regels;
    }
    return undefined;
  }

  /**
   * The static analysis (RW4xxx) of a document without errors, as `regelwerk check` runs it but
   * with fewer random inputs and a fixed seed, so the same text always shows the same findings.
   */
  analyse(b: Bekeken): readonly Diagnose[] {
    if (!b.geladen.ok) return [];
    const sleutel = [b.tekst, ...[...b.modules.values()].map((m) => m.regels.tekst)].join('\0');
    const al = this.analyses.get(b.bestandsnaam);
    if (al && al.tekst === sleutel) return al.diagnosen;
    const g = b.geladen.gecontroleerd;
    const a = analyseer(g, { runs: this.opties.analyseRuns ?? 100, seed: 1, peildatum: standaardPeildatum(g) });
    const diagnosen = a.diagnosen.filter((d) => d.bestand === b.bestandsnaam);
    this.analyses.set(b.bestandsnaam, { tekst: sleutel, diagnosen });
    return diagnosen;
  }
}
