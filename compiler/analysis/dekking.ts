// Coverage of a policy's clauses by its examples and generated cases (`regelwerk test --dekking`),
// and the reaching phase after the random one: for each clause no generated case reached, the
// decider builds an input that reaches it and the properties run on that input too, or the
// decider proves that no valid input reaches it. A clause reached by nothing is RW5003.
import fc from 'fast-check';
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { diagnose, type Diagnose } from '../../language/diagnostics.js';
import { kinderen } from '../../language/walk.js';
import { nakomelingen } from '../../language/uitzonderingen.js';
import { GelezenInvoer, evaluatieVan, leesGeldigeInvoer } from '../interpreter/interpreter.js';
import { type DekkingClausule, Dekkingsteller, clausuleNaam, clausules } from '../interpreter/dekking.js';
import { RegelwerkFout } from '../../runtime/fouten.js';
import { ruweInvoerArbitrary } from './arbitraries.js';
import { Beslisser, WAAR, en, leegVar, type Dnf } from './beslisser.js';
import { type EigenschapOpties, type EigenschapUitkomst, type Tegenvoorbeeld, toetsEigenschappen, toetsOpInvoer } from './eigenschappen.js';
import { type VoorbeeldUitkomst, draaiVoorbeelden } from '../interpreter/voorbeelden.js';

type Invoer = Record<string, unknown>;
type Regel = A.Declaratie & { kind: 'Regel' };

/**
 * How a clause was reached: by an example or a generated case (`bereikt`), only by the input the
 * decider built for it (`geconstrueerd`), by no valid input at all (`onbereikbaar`, proven), or
 * not (`niet bereikt`, with the reason).
 */
export type DekkingStatus = 'bereikt' | 'geconstrueerd' | 'onbereikbaar' | 'niet bereikt';

export interface ClausuleDekking {
  readonly clausule: DekkingClausule;
  /** As the drafter reads it: `regel 'x', uitzondering 'y'`. */
  readonly naam: string;
  /** Examples that reached it. */
  readonly voorbeelden: number;
  /** Generated cases (evaluations in property runs) that reached it. */
  readonly gevallen: number;
  readonly status: DekkingStatus;
  /** Why no generated case or built input reached it (status `niet bereikt`, or `bereikt` by examples only), in Dutch. */
  readonly reden?: string;
  /** The input the decider built that reaches it (status `geconstrueerd`, or `bereikt` by examples only). */
  readonly invoer?: Invoer;
}

/** A property that failed on an input the decider built to reach a clause. */
export interface Schending {
  readonly eigenschap: string;
  readonly regel: number;
  readonly clausule: string;
  readonly tegenvoorbeeld: Tegenvoorbeeld;
}

export interface DekkingUitkomst {
  readonly clausules: readonly ClausuleDekking[];
  readonly schendingen: readonly Schending[];
  /** RW5003 for each clause no example, generated case or built input reached (and not proven unreachable). */
  readonly diagnosen: readonly Diagnose[];
}

export interface DekkingOpties {
  readonly peildatum: string;
  readonly seed?: number;
}

/** Random valid inputs the models of the decider are laid over, and tried themselves. */
const PROEVEN = 60;

export const NIET_OPLOSBAAR = 'de beslisser kan deze voorwaarde niet oplossen';
const NIET_GEVONDEN = 'de beslisser vond de voorwaarde vervulbaar, maar geen geldige invoer die haar haalt';

/**
 * The coverage of every clause, given the counters of the examples and of the generated cases,
 * after the reaching phase for the clauses no generated case reached.
 */
export function dekking(g: Gecontroleerd, voorbeelden: Dekkingsteller, gevallen: Dekkingsteller, opties: DekkingOpties): DekkingUitkomst {
  return new Bereiken(g, opties).run(voorbeelden, gevallen);
}

/**
 * `regelwerk test` on one policy with coverage: the examples (`voorbeeldPeildatum` is
 * `test --peildatum`) and the properties, each counted, then the reaching phase.
 */
export function toetsMetDekking(g: Gecontroleerd, opties: Omit<EigenschapOpties, 'dekking'> & { readonly voorbeeldPeildatum?: string }): { voorbeelden: VoorbeeldUitkomst[]; eigenschappen: EigenschapUitkomst[]; dekking: DekkingUitkomst } {
  const vt = new Dekkingsteller();
  const gt = new Dekkingsteller();
  const voorbeelden = draaiVoorbeelden(g, undefined, { peildatum: opties.voorbeeldPeildatum, dekking: vt });
  const eigenschappen = toetsEigenschappen(g, { ...opties, dekking: gt });
  return { voorbeelden, eigenschappen, dekking: dekking(g, vt, gt, { peildatum: opties.peildatum, seed: opties.seed }) };
}

class Bereiken {
  private readonly beslisser: Beslisser;
  private readonly eisen: Dnf;
  private readonly seed: number;
  /** Per `als`, the condition under which its rule or function evaluates it (WAAR: no knowledge). */
  private readonly context = new Map<A.Expr, Dnf>();
  private proeven: Invoer[] | null = null;
  /** The counters of the random inputs, evaluated once for every clause that tries them. */
  private readonly proefTellers = new Map<Invoer, Dekkingsteller | null>();

  constructor(private readonly g: Gecontroleerd, private readonly opties: DekkingOpties) {
    this.beslisser = new Beslisser(g, opties.peildatum);
    this.eisen = this.beslisser.eisen();
    this.seed = opties.seed ?? 20261206;
  }

  run(voorbeelden: Dekkingsteller, gevallen: Dekkingsteller): DekkingUitkomst {
    const alle = clausules(this.g);
    const gebouwd = new Map<DekkingClausule, Invoer>();
    const onbereikbaar = new Set<DekkingClausule>();
    const redenen = new Map<DekkingClausule, string>();
    for (const c of alle) {
      if (gevallen.aantal(c) > 0 || gebouwd.has(c)) continue;
      const r = this.bereik(c);
      if (r.kind === 'onbereikbaar') {
        onbereikbaar.add(c);
        redenen.set(c, `op peildatum ${this.opties.peildatum} komt bewezen geen geldige invoer in deze clausule`);
      }
      else if (r.kind === 'niet') redenen.set(c, r.reden);
      else for (const x of alle) if (!gebouwd.has(x) && gevallen.aantal(x) === 0 && r.teller.aantal(x) > 0) gebouwd.set(x, r.invoer);
    }
    const schendingen = this.eigenschappen(gebouwd);
    const uit = alle.map((c): ClausuleDekking => {
      const basis = { clausule: c, naam: clausuleNaam(c), voorbeelden: voorbeelden.aantal(c), gevallen: gevallen.aantal(c) };
      const invoer = gebouwd.get(c);
      if (basis.gevallen > 0) return { ...basis, status: 'bereikt' };
      if (invoer) return { ...basis, status: basis.voorbeelden > 0 ? 'bereikt' : 'geconstrueerd', invoer };
      // an example on another peildatum or with other parameter values may reach what the proof excludes
      if (onbereikbaar.has(c) && basis.voorbeelden === 0) return { ...basis, status: 'onbereikbaar' };
      const reden = redenen.get(c) ?? NIET_OPLOSBAAR;
      return { ...basis, status: basis.voorbeelden > 0 ? 'bereikt' : 'niet bereikt', reden };
    });
    const diagnosen = uit.filter((d) => d.status === 'niet bereikt').map((d) => diagnose('RW5003',
      `${d.naam} wordt door geen voorbeeld en geen gegenereerd geval bereikt; ${d.reden}`, this.g.bestand.bestandsnaam, d.clausule.plek,
      'geef een voorbeeld waarin deze clausule beslist, of verwijder haar als zij nooit kan gelden'));
    return { clausules: uit, schendingen, diagnosen };
  }

  /** Each property on each built input (once per input), the first violation per property and input. */
  private eigenschappen(gebouwd: ReadonlyMap<DekkingClausule, Invoer>): Schending[] {
    const uit: Schending[] = [];
    const gezien = new Set<Invoer>();
    for (const [c, invoer] of gebouwd) {
      if (gezien.has(invoer)) continue;
      gezien.add(invoer);
      for (const e of this.g.eigenschappen) {
        const t = toetsOpInvoer(this.g, e, invoer, this.opties.peildatum, this.seed);
        if (t) uit.push({ eigenschap: e.naam, regel: e.plek.regel, clausule: clausuleNaam(c), tegenvoorbeeld: t });
      }
    }
    return uit;
  }

  /** An input that reaches `c`, a proof that none does, or why neither was found. */
  private bereik(c: DekkingClausule): { kind: 'gevonden'; invoer: Invoer; teller: Dekkingsteller } | { kind: 'onbereikbaar' } | { kind: 'niet'; reden: string } {
    const u = this.beslisser.vervulbaar(en(this.eisen, this.voorwaarde(c)));
    if (u.status === 'onvervulbaar') return { kind: 'onbereikbaar' };
    const proeven = this.alleProeven();
    const kandidaten = [...u.modellen.flatMap((m) => proeven.map((p) => this.metModel(p, m))), ...proeven];
    for (const invoer of kandidaten) {
      let teller = this.proefTellers.get(invoer);
      if (teller === undefined) {
        teller = this.evalueer(invoer);
        if (proeven.includes(invoer)) this.proefTellers.set(invoer, teller);
      }
      if (teller && teller.aantal(c) > 0) return { kind: 'gevonden', invoer, teller };
    }
    return { kind: 'niet', reden: u.status === 'vervulbaar' ? NIET_GEVONDEN : NIET_OPLOSBAAR };
  }

  /** Every rule of the file on one input, counting the clauses it takes; null for an invalid input. */
  private evalueer(invoer: Invoer): Dekkingsteller | null {
    const gelezen = leesGeldigeInvoer(this.g, invoer, { peildatum: this.opties.peildatum });
    if (!(gelezen instanceof GelezenInvoer)) return null;
    const teller = new Dekkingsteller();
    const ev = evaluatieVan(gelezen, teller);
    for (const d of this.g.bestand.declaraties) {
      if (d.kind !== 'Regel') continue;
      try {
        ev.regel(d.naam);
      } catch (x) {
        if (!(x instanceof RegelwerkFout)) throw x;
      }
    }
    return teller;
  }

  private alleProeven(): Invoer[] {
    if (this.proeven) return this.proeven;
    const arb = ruweInvoerArbitrary(this.g, { peildatum: this.opties.peildatum });
    const geldig = (x: Invoer): boolean => leesGeldigeInvoer(this.g, x, { peildatum: this.opties.peildatum }) instanceof GelezenInvoer;
    this.proeven = fc.sample(arb, { numRuns: PROEVEN * 4, seed: this.seed }).filter(geldig).slice(0, PROEVEN);
    return this.proeven;
  }

  private metModel(invoer: Invoer, model: Record<string, unknown>): Invoer {
    const x = { ...invoer };
    for (const i of this.g.invoer) {
      if (model[leegVar(i.naam)] === true) x[i.naam] = null;
      if (Object.hasOwn(model, i.naam)) x[i.naam] = model[i.naam];
    }
    return x;
  }

  // ---- the condition under which a clause decides ----

  /** The condition under which `c` decides (as far as the decider can write it down). */
  private voorwaarde(c: DekkingClausule): Dnf {
    const b = this.beslisser;
    switch (c.kind) {
      case 'uitzondering': {
        const us = this.regel(c.regel).uitzonderingen;
        const i = us.indexOf(c.sleutel);
        // an exception to it that applies overrides it
        return [...nakomelingen(us)[i]!].reduce((f, k) => en(f, b.dnf(us[k]!.voorwaarde, true)), b.dnf(c.sleutel.voorwaarde));
      }
      case 'basis': return this.basis(c.sleutel);
      case 'rij': return this.rij(this.regel(c.regel), c.sleutel);
      case 'dan': case 'anders': return en(this.contextVan(c.als), b.dnf(c.als.voorwaarde, c.kind === 'anders'));
      default: {
        const _never: never = c;
        return _never;
      }
    }
  }

  private regel(naam: string): Regel {
    return this.g.regels.get(naam)!.decl;
  }

  /** The base definition (or the table) decides: its `indien` holds and no exception applies. */
  private basis(d: Regel): Dnf {
    const b = this.beslisser;
    return d.uitzonderingen.reduce((f, u) => en(f, b.dnf(u.voorwaarde, true)), d.indien ? b.dnf(d.indien) : WAAR);
  }

  /** Row `r` decides: the table decides, `r` matches and (in `tabel eerste`) no earlier row does. */
  private rij(d: Regel, r: A.TabelRij): Dnf {
    const b = this.beslisser;
    const t = d.waarde as A.Expr & { kind: 'Tabel' };
    const eerder = t.beleid === 'eerste' ? t.rijen.slice(0, t.rijen.indexOf(r)) : [];
    return eerder.reduce((f, x) => en(f, b.dnf(x.voorwaarde, true)), en(this.basis(d), b.dnf(r.voorwaarde)));
  }

  /** The condition under which an `als` is evaluated, worked out for the whole file once. */
  private contextVan(als: A.Expr): Dnf {
    if (this.context.size === 0) {
      for (const d of this.g.bestand.declaraties) {
        if (d.kind === 'Functie') this.markeer(d.lichaam, WAAR);
        if (d.kind !== 'Regel') continue;
        if (d.indien) this.markeer(d.indien, d.uitzonderingen.reduce((f, u) => en(f, this.beslisser.dnf(u.voorwaarde, true)), WAAR));
        for (const u of d.uitzonderingen) {
          this.markeer(u.voorwaarde, WAAR);
          this.markeer(u.waarde, this.voorwaarde({ kind: 'uitzondering', regel: d.naam, label: u.label, sleutel: u, plek: u.plek }));
        }
        if (d.waarde.kind === 'Tabel') {
          for (const r of d.waarde.rijen) {
            this.markeer(r.voorwaarde, WAAR);
            this.markeer(r.uitvoer, this.rij(d, r));
          }
        } else this.markeer(d.waarde, this.basis(d));
      }
    }
    return this.context.get(als) ?? WAAR;
  }

  /** Records the context of every `als` below `e`: a branch adds its side of the condition. */
  private markeer(e: A.Expr, context: Dnf): void {
    const stapel: [A.Expr, Dnf][] = [[e, context]];
    while (stapel.length > 0) {
      const [x, ctx] = stapel.pop()!;
      if (x.kind !== 'Als') {
        for (const k of kinderen(x)) stapel.push([k, ctx]);
        continue;
      }
      this.context.set(x, ctx);
      stapel.push([x.voorwaarde, ctx], [x.dan, en(ctx, this.beslisser.dnf(x.voorwaarde))], [x.anders, en(ctx, this.beslisser.dnf(x.voorwaarde, true))]);
    }
  }
}

/** The coverage in `regelwerk test --dekking --json` (documented in docs/taal.md). */
export interface DekkingJson {
  readonly totaal: number;
  readonly bereikt: number;
  readonly clausules: readonly {
    readonly soort: DekkingClausule['kind'];
    readonly naam: string;
    readonly regel: number;
    readonly kolom: number;
    readonly voorbeelden: number;
    readonly gevallen: number;
    readonly status: DekkingStatus;
    readonly reden?: string;
    readonly invoer?: Invoer;
  }[];
}

export function dekkingAlsJson(d: DekkingUitkomst): DekkingJson {
  return {
    totaal: d.clausules.length,
    bereikt: d.clausules.filter((c) => c.status === 'bereikt' || c.status === 'geconstrueerd').length,
    clausules: d.clausules.map((c) => ({
      soort: c.clausule.kind, naam: c.naam, regel: c.clausule.plek.regel, kolom: c.clausule.plek.kolom,
      voorbeelden: c.voorbeelden, gevallen: c.gevallen, status: c.status,
      ...(c.reden !== undefined ? { reden: c.reden } : {}), ...(c.invoer !== undefined ? { invoer: c.invoer } : {}),
    })),
  };
}

const meervoud = (n: number, een: string, meer: string): string => `${n} ${n === 1 ? een : meer}`;

/** One line per clause, and a summary first: the text of `regelwerk test --dekking`. */
export function dekkingAlsTekst(d: DekkingUitkomst, pad: string): string[] {
  const j = dekkingAlsJson(d);
  const tel = (s: DekkingStatus): number => j.clausules.filter((c) => c.status === s).length;
  const delen = [`${j.bereikt} van ${j.totaal} clausules bereikt`];
  if (tel('geconstrueerd') > 0) delen.push(`${tel('geconstrueerd')} alleen door een invoer van de beslisser`);
  if (tel('onbereikbaar') > 0) delen.push(`${tel('onbereikbaar')} bewezen onbereikbaar`);
  if (tel('niet bereikt') > 0) delen.push(`${tel('niet bereikt')} niet bereikt`);
  const uit = [`dekking: ${delen.join(', ')}`];
  for (const c of j.clausules) {
    const waar = `${pad}:${c.regel}`;
    const aantallen = `${meervoud(c.voorbeelden, 'voorbeeld', 'voorbeelden')}, ${meervoud(c.gevallen, 'gegenereerd geval', 'gegenereerde gevallen')}`;
    switch (c.status) {
      case 'bereikt': uit.push(`  ✓ ${c.naam} (${waar}): ${aantallen}${c.gevallen === 0 && c.reden ? `; geen gegenereerd geval: ${c.reden}` : ''}`); break;
      case 'geconstrueerd': uit.push(`  ✓ ${c.naam} (${waar}): ${aantallen}; bereikt door een invoer van de beslisser, waarop de eigenschappen ook draaiden`); break;
      case 'onbereikbaar': uit.push(`  – ${c.naam} (${waar}): bewezen onbereikbaar: geen geldige invoer komt in deze clausule`); break;
      case 'niet bereikt': uit.push(`  ✗ ${c.naam} (${waar}): niet bereikt; ${c.reden}`); break;
      default: {
        const _never: never = c.status;
        return _never;
      }
    }
  }
  return uit;
}
