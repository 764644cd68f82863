// Static analysis of a checked policy, run by `regelwerk check`: exceptions that can never apply,
// exceptions that can apply together with different results, rules that can be empty, choice
// values a rule forgets, and dated parameters with overlapping periods or gaps.
// Over choices, ja/nee inputs and numeric bounds the answer is exact (beslisser.ts). Elsewhere
// random valid inputs are searched: a conflict or an empty rule is only reported with a concrete
// input that shows it, and "never applies" found by search says it is no proof. Every question
// ends one way: proven impossible (only when the decider proved it), reported with an input, or
// counted as not proven; none is dropped silently.
import fc from 'fast-check';
import type * as A from '../../language/ast.js';
import type { Gecontroleerd, ParameterInfo } from '../../language/checker.js';
import { diagnose, type Diagnose } from '../../language/diagnostics.js';
import { vraagbaak } from '../interpreter/interpreter.js';
import { alleExpressies, wortelExpressies } from '../../language/walk.js';
import { ruweInvoerArbitrary } from './arbitraries.js';
import { Beslisser, MAX_CONJUNCTIES, en, of, leegVar, variabelen, type Dnf, type Uitkomst } from './beslisser.js';
import { kandidaten } from './tabel-veeg.js';
import { gelijk, schrijf, type Waarde } from '../interpreter/waarde.js';
import { alsGegeven } from '../interpreter/literal.js';
import { RegelwerkFout } from '../../runtime/fouten.js';
import { leesDatum, schrijfDatum } from '../../runtime/datum.js';
import { nakomelingen, verwant, voorouders } from '../../language/uitzonderingen.js';

export interface AnalyseOpties {
  /** Random valid inputs to search where exact reasoning does not decide (default 500). */
  readonly runs?: number;
  readonly seed?: number;
  /** The evaluation date for the search: a day within the policy's validity (check uses its start). */
  readonly peildatum: string;
  /** Ask about every pair of rows of a `tabel uniek`, as before the sweep (tabel-veeg.ts): the reference its test compares with. */
  readonly alleParen?: boolean;
}

/**
 * A claim the analysis makes as proven: for every valid input (meeting the eisen, on the
 * peildatum, with the parameter values of the policy) it holds. Indices count from 0; `rij` is
 * the row number as the drafter sees it (from 1).
 */
export type Bewijs =
  /** Exceptions i and j never apply together with different results. */
  | { readonly kind: 'geen conflict'; readonly regel: string; readonly uitzonderingen: readonly [number, number] }
  /** The `indien` holds or an exception applies. */
  | { readonly kind: 'niet leeg'; readonly regel: string }
  /** Where the table decides (`indien` holds, no exception applies), a row matches. */
  | { readonly kind: 'geen gat'; readonly regel: string }
  /** Where the table decides, rows a and b never match together. */
  | { readonly kind: 'geen overlap'; readonly regel: string; readonly rijen: readonly [number, number] }
  /** RW4001: the exception never applies. */
  | { readonly kind: 'uitzondering nooit'; readonly regel: string; readonly uitzondering: number }
  /** RW4011: where the table decides, the row never matches (`alleen`) or only where an earlier row does. */
  | { readonly kind: 'rij beslist nooit'; readonly regel: string; readonly rij: number; readonly alleen: boolean };

export interface AnalyseUitkomst {
  readonly diagnosen: readonly Diagnose[];
  /**
   * Questions (conflict, empty, gap, overlap) proven impossible: the decider showed their formula
   * unsatisfiable. A formula over a rule it treats as a free variable is never "satisfiable" for
   * certain, so a question it cannot refute is searched and, without a counterexample, not proven.
   */
  readonly bewezen: number;
  /** Questions neither proven impossible nor shown by an input: no counterexample in the search, no proof. */
  readonly nietBewezen: number;
  /** Those questions themselves (as the claims they would have been had they been proven). */
  readonly nietBewezenVragen: readonly Bewijs[];
  /** Every claim made as proven (the `bewezen` questions, RW4001, RW4011), to check it against evaluations. */
  readonly bewijzen: readonly Bewijs[];
  readonly runs: number;
  /** The input each finding shows as its example (RW4003, RW4004, RW4005, RW4009, RW4010), as JSON input, to rerun it. */
  readonly tegenvoorbeelden: ReadonlyMap<Diagnose, Readonly<Record<string, unknown>>>;
}

type Regel = A.Declaratie & { kind: 'Regel' };
type Bereikbaar = 'ja' | 'nooit' | 'niet gevonden';

const MAX_CONFLICTEN = 3;
type Invoer = Record<string, unknown>;
type Vraagbaak = ReturnType<typeof vraagbaak>;

export function analyseer(g: Gecontroleerd, opties: AnalyseOpties): AnalyseUitkomst {
  return new Analyse(g, opties).run();
}

class Analyse {
  private readonly diagnosen: Diagnose[] = [];
  private readonly beslisser: Beslisser;
  private readonly eisen: Dnf;
  private readonly runs: number;
  private steekproef: { invoer: Invoer; vraag: Vraagbaak }[] | null = null;
  private bewezen = 0;
  private readonly nietBewezenVragen: Bewijs[] = [];
  /** Claims in the order they were made; a table's row pairs as one generator, expanded only when read. */
  private readonly bewijzen: (Bewijs | (() => Iterable<Bewijs>))[] = [];

  constructor(private readonly g: Gecontroleerd, private readonly opties: AnalyseOpties) {
    this.beslisser = new Beslisser(g, opties.peildatum);
    this.eisen = this.beslisser.eisen();
    this.runs = opties.runs ?? 500;
  }

  run(): AnalyseUitkomst {
    // A module's table matters only where this policy reads it (a stdlib module has several).
    const gelezen = new Set(wortelExpressies(this.g.bestand).flatMap((w) => [...alleExpressies(w)])
      .filter((e) => e.kind === 'Naam' && this.g.bindingen.get(e)?.kind === 'parameter').map((e) => (e as A.Expr & { kind: 'Naam' }).naam));
    for (const p of this.g.parameters) if (p.module === null || gelezen.has(p.naam)) this.perioden(p);
    if (!this.geldigeInvoerMogelijk()) return this.uitkomst();
    for (const d of this.g.bestand.declaraties) {
      if (d.kind === 'Regel' && this.g.regels.get(d.naam)?.decl === d) this.regel(d);
    }
    return this.uitkomst();
  }

  private uitkomst(): AnalyseUitkomst {
    const bewijzen = this.bewijzen;
    let lijst: Bewijs[] | null = null;
    return {
      diagnosen: this.diagnosen, bewezen: this.bewezen, nietBewezen: this.nietBewezenVragen.length, nietBewezenVragen: this.nietBewezenVragen,
      get bewijzen(): readonly Bewijs[] { return (lijst ??= bewijzen.flatMap((b) => (typeof b === 'function' ? [...b()] : [b]))); },
      runs: this.alleInvoer().length, tegenvoorbeelden: this.tegenvoorbeelden,
    };
  }

  /** A question proven impossible. */
  private bewijs(b: Bewijs): void {
    this.bewezen++;
    this.bewijzen.push(b);
  }

  /** A question neither proven impossible nor shown by an input. */
  private nietBewezen(b: Bewijs): void {
    this.nietBewezenVragen.push(b);
  }

  /** RW4008 when no input can meet the eisen (proven) or none was found; the rest is then moot. */
  private geldigeInvoerMogelijk(): boolean {
    const plek = this.g.invoer.find((i) => i.eisen.length > 0)?.eisen[0]?.plek ?? this.g.bestand.kop?.plek;
    if (this.beslisser.vervulbaar(this.eisen).status === 'onvervulbaar') {
      if (plek) this.meld('RW4008', 'geen enkele invoer voldoet aan alle eisen tegelijk: de eisen spreken elkaar tegen', plek, 'controleer de eisen van de invoer');
      return false;
    }
    if (this.g.invoer.length === 0 || this.alleInvoer().length > 0) return true;
    if (plek) this.meld('RW4008', `geen van ${this.runs * 4} willekeurige invoeren voldeed aan alle eisen (geen bewijs dat het niet kan)`, plek, 'controleer of de eisen samen ooit waar kunnen zijn');
    return false;
  }

  private readonly tegenvoorbeelden = new Map<Diagnose, Invoer>();

  /** The example input of a finding in the drafter's notation (`a is ja; b is € 7,73`), kept as data too. */
  private bijInvoer(invoer: Invoer): string {
    return `bijvoorbeeld bij invoer ${alsGegeven(invoer, this.g.invoer)}`;
  }

  private meld(code: Parameters<typeof diagnose>[0], melding: string, plek: A.Plek, suggestie?: string, invoer?: Invoer): void {
    const d = diagnose(code, melding, this.g.bestand.bestandsnaam, plek, suggestie);
    this.diagnosen.push(d);
    if (invoer) this.tegenvoorbeelden.set(d, invoer);
  }

  private vervulbaar(...delen: Dnf[]): Uitkomst {
    return this.beslisser.vervulbaar(delen.reduce(en, this.eisen));
  }

  // ---- rules ----

  private regel(d: Regel): void {
    const bereikbaar = d.uitzonderingen.map((u, i) => this.bereikbaar(d, u, i));
    this.conflicten(d, bereikbaar);
    if (d.indien) this.leegte(d, d.indien);
    if (d.waarde.kind === 'Tabel') this.tabel(d, d.waarde);
  }

  // ---- decision tables ----

  /**
   * A decision table: rows no input reaches (RW4011, proven only), inputs no row covers (RW4009)
   * and, for `uniek`, two rows that match together (RW4010). Only inputs for which the table
   * decides count: the rule's `indien` holds and no exception applies. A gap or an overlap is
   * reported with an input that shows it; the message says whether exact reasoning proved that
   * such an input exists or the random search found it.
   */
  private tabel(d: Regel, t: A.Expr & { kind: 'Tabel' }): void {
    const b = this.beslisser;
    const nietUitzondering = d.uitzonderingen.reduce<Dnf>((f, u) => en(f, b.dnf(u.voorwaarde, true)), d.indien ? b.dnf(d.indien) : [[]]);
    const beslist = (v: Vraagbaak): boolean => (!d.indien || v.waar(d.indien)) && d.uitzonderingen.every((u) => !v.waar(u.voorwaarde));
    const hoe = (u: Uitkomst): string => (u.status === 'vervulbaar' ? 'bewezen' : 'gevonden door willekeurig zoeken');
    // Rows that cannot decide: in `eerste` because earlier rows cover them, in `uniek` because they never match.
    let eerder: Dnf = nietUitzondering;
    for (const rij of t.rijen) {
      const bereik = this.vervulbaar(eerder, b.dnf(rij.voorwaarde));
      if (bereik.status === 'onvervulbaar') {
        // the reason: the row alone matches no input for which the table decides, or earlier rows cover it
        const alleen = eerder === nietUitzondering || this.vervulbaar(nietUitzondering, b.dnf(rij.voorwaarde)).status === 'onvervulbaar';
        this.bewijzen.push({ kind: 'rij beslist nooit', regel: d.naam, rij: rij.nummer, alleen });
        this.meld('RW4011', !alleen
          ? `rij ${rij.nummer} van de tabel van regel '${d.naam}' beslist nooit: voor elke geldige invoer waarvoor zij past, past een eerdere rij al (bewezen)`
          : `rij ${rij.nummer} van de tabel van regel '${d.naam}' past voor geen enkele geldige invoer waarvoor de tabel beslist (bewezen)`, rij.plek,
        'verwijder de rij, of maak haar cellen of die van de eerdere rijen preciezer');
      }
      if (t.beleid === 'eerste') eerder = en(eerder, b.dnf(rij.voorwaarde, true));
    }
    // Gaps: the table decides but no row matches.
    const gat = t.rijen.reduce<Dnf>((f, r) => en(f, b.dnf(r.voorwaarde, true)), nietUitzondering);
    const g = this.vervulbaar(gat);
    if (g.status === 'onvervulbaar') this.bewijs({ kind: 'geen gat', regel: d.naam });
    else {
      const invoer = this.zoek((v) => beslist(v) && t.rijen.every((r) => !v.waar(r.voorwaarde)), g.modellen);
      if (invoer) {
        this.meld('RW4009', `de tabel van regel '${d.naam}' heeft een gat (${hoe(g)}): geen rij past, dus de regel is leeg, ${this.bijInvoer(invoer)}`, t.plek,
          "voeg een rij toe voor dat geval (een laatste rij met '-' in elke invoerkolom vangt de rest), of beperk de regel met 'indien'", invoer);
      } else this.nietBewezen({ kind: 'geen gat', regel: d.naam });
    }
    if (t.beleid !== 'uniek') return;
    // Only the candidate pairs are asked about; the others are disjoint by their boxes (tabel-veeg.ts).
    const vooraf = this.eisen.length * nietUitzondering.length > MAX_CONJUNCTIES ? 1 : this.eisen.length * nietUitzondering.length;
    const kand = kandidaten(t.rijen.map((r) => b.dnf(r.voorwaarde)), vooraf, this.opties.alleParen === true);
    const gevraagdBewezen = kand.map(() => new Set<number>());
    let gemeld = 0;
    for (const [i, a] of t.rijen.entries()) {
      for (const j of kand[i]!) {
        const c = t.rijen[j]!;
        const u = this.vervulbaar(nietUitzondering, b.dnf(a.voorwaarde), b.dnf(c.voorwaarde));
        if (u.status === 'onvervulbaar') {
          gevraagdBewezen[i]!.add(j);
          continue;
        }
        if (gemeld >= MAX_CONFLICTEN) {
          this.nietBewezen({ kind: 'geen overlap', regel: d.naam, rijen: [a.nummer, c.nummer] }); // not searched
          continue;
        }
        const invoer = this.zoek((v) => beslist(v) && v.waar(a.voorwaarde) && v.waar(c.voorwaarde), u.modellen);
        if (invoer) {
          this.meld('RW4010', `rij ${a.nummer} en rij ${c.nummer} van de unieke tabel van regel '${d.naam}' passen samen (${hoe(u)}), ${this.bijInvoer(invoer)}`, c.plek,
            `maak de cellen van rij ${a.nummer} en rij ${c.nummer} elkaar uitsluitend, of schrijf 'tabel eerste' als de eerste rij moet beslissen`, invoer);
          gemeld++;
        } else this.nietBewezen({ kind: 'geen overlap', regel: d.naam, rijen: [a.nummer, c.nummer] });
      }
    }
    // every pair in order, as asking each would have listed them; built only when read
    const n = t.rijen.length;
    const kandidaat = kand.map((l) => new Set(l));
    let aantal = 0;
    for (let i = 0; i < n; i++) aantal += n - 1 - i - kandidaat[i]!.size + gevraagdBewezen[i]!.size;
    this.bewezen += aantal;
    this.bewijzen.push(function* (): Generator<Bewijs> {
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          if (!kandidaat[i]!.has(j) || gevraagdBewezen[i]!.has(j)) yield { kind: 'geen overlap', regel: d.naam, rijen: [t.rijen[i]!.nummer, t.rijen[j]!.nummer] };
        }
      }
    });
  }

  /**
   * RW4001 (proven: 'nooit') or RW4002 (not found in the search: 'niet gevonden') when the
   * exception can never apply; 'ja' when it can.
   */
  private bereikbaar(d: Regel, u: A.Uitzondering, i: number): Bereikbaar {
    const u1 = this.vervulbaar(this.beslisser.dnf(u.voorwaarde));
    if (u1.status === 'onvervulbaar') {
      this.bewijzen.push({ kind: 'uitzondering nooit', regel: d.naam, uitzondering: i });
      this.meld('RW4001', `uitzondering '${u.label}' van regel '${d.naam}' is nooit van toepassing: haar voorwaarde is voor geen enkele geldige invoer waar (met de parameterwaarden van de regeling)`, u.plek,
        'controleer de voorwaarde tegen de invoer en haar eisen, of verwijder de uitzondering');
      return 'nooit';
    }
    if (u1.status === 'vervulbaar' || this.zoek((v) => v.waar(u.voorwaarde), u1.modellen)) return 'ja';
    this.meld('RW4002', `uitzondering '${u.label}' van regel '${d.naam}' was in geen van ${this.alleInvoer().length} willekeurige geldige invoeren op peildatum ${this.opties.peildatum} van toepassing (geen bewijs: de voorwaarde valt buiten wat exact te beslissen is)`, u.plek,
      'controleer of de voorwaarde ooit waar kan zijn; geef anders een voorbeeld waarin zij geldt');
    return 'niet gevonden';
  }

  /**
   * RW4003: two exceptions that apply together with different results, with an input. At most
   * MAX_CONFLICTEN per rule: forty overlapping exceptions would otherwise give 780 warnings.
   */
  private conflicten(d: Regel, bereikbaar: readonly Bereikbaar[]): void {
    const us = d.uitzonderingen;
    const vo = voorouders(us);
    const na = nakomelingen(us);
    let gemeld = 0;
    for (let i = 0; i < us.length; i++) {
      for (let j = i + 1; j < us.length; j++) {
        if (gemeld === MAX_CONFLICTEN) {
          const rest = (us.length * (us.length - 1)) / 2 - (i * (2 * us.length - i - 1)) / 2 - (j - i - 1);
          this.meld('RW4003', `regel '${d.naam}' heeft meer uitzonderingen die samen kunnen gelden; ${rest} paren zijn niet meer onderzocht`, d.naamPlek,
            'maak de voorwaarden van de uitzonderingen elkaar uitsluitend en draai check opnieuw');
          return;
        }
        const a = us[i]!;
        const b = us[j]!;
        // an exception and one (transitively) to it (`op`): when both apply the latter decides
        if (verwant(vo, i, j)) {
          this.bewijs({ kind: 'geen conflict', regel: d.naam, uitzonderingen: [i, j] });
          continue;
        }
        // with an exception that never applies (RW4001) there is no conflict; one the search never
        // saw apply (RW4002) may still conflict: not proven either way
        if (bereikbaar[i] === 'nooit' || bereikbaar[j] === 'nooit') continue;
        if (bereikbaar[i] !== 'ja' || bereikbaar[j] !== 'ja') {
          this.nietBewezen({ kind: 'geen conflict', regel: d.naam, uitzonderingen: [i, j] });
          continue;
        }
        const [ca, cb] = [this.beslisser.constante(a.waarde), this.beslisser.constante(b.waarde)];
        if (ca && cb && gelijk(ca, cb)) {
          this.bewijs({ kind: 'geen conflict', regel: d.naam, uitzonderingen: [i, j] }); // the same result either way
          continue;
        }
        const samen = this.vervulbaar(this.beslisser.dnf(a.voorwaarde), this.beslisser.dnf(b.voorwaarde));
        if (samen.status === 'onvervulbaar') {
          this.bewijs({ kind: 'geen conflict', regel: d.naam, uitzonderingen: [i, j] });
          continue;
        }
        let waarden: [Waarde, Waarde] | null = null;
        const invoer = this.zoek((v) => {
          if (!v.waar(a.voorwaarde) || !v.waar(b.voorwaarde)) return false;
          // both must decide: an applicable exception to either overrides it
          if ([...na[i]!, ...na[j]!].some((k) => v.waar(us[k]!.voorwaarde))) return false;
          const wa = v.waarde(a.waarde);
          const wb = v.waarde(b.waarde);
          if (gelijk(wa, wb)) return false;
          waarden = [wa, wb];
          return true;
        }, samen.modellen);
        if (invoer && waarden) {
          const [wa, wb] = waarden as [Waarde, Waarde];
          this.meld('RW4003', `uitzonderingen '${a.label}' en '${b.label}' van regel '${d.naam}' kunnen samen gelden met verschillende uitkomsten (${schrijf(wa)} en ${schrijf(wb)}), ${this.bijInvoer(invoer)}`, b.plek,
            'maak de voorwaarden elkaar uitsluitend, of laat beide dezelfde uitkomst geven', invoer);
          gemeld++;
        } else this.nietBewezen({ kind: 'geen conflict', regel: d.naam, uitzonderingen: [i, j] });
      }
    }
  }

  /** RW4005 (a choice value no clause handles) or RW4004 (some input leaves the rule empty). */
  private leegte(d: Regel, indien: A.Expr): void {
    const b = this.beslisser;
    const gedefinieerd = d.uitzonderingen.reduce((f, u) => of(f, b.dnf(u.voorwaarde)), b.dnf(indien));
    const leeg = d.uitzonderingen.reduce((f, u) => en(f, b.dnf(u.voorwaarde, true)), b.dnf(indien, true));
    const isLeeg = (v: Vraagbaak): boolean => !v.waar(indien) && d.uitzonderingen.every((u) => !v.waar(u.voorwaarde));
    const u = this.vervulbaar(leeg);
    if (u.status === 'onvervulbaar') {
      this.bewijs({ kind: 'niet leeg', regel: d.naam });
      return;
    }
    for (const keuze of variabelen(gedefinieerd)) {
      const domein = b.domeinen.get(keuze);
      if (domein?.soort !== 'keuze') continue;
      const vergeten = domein.waarden.filter((w) => {
        const alleen: Dnf = [[{ kind: 'keuze', var: keuze, waarden: new Set([w]) }]];
        return this.vervulbaar(alleen).status !== 'onvervulbaar' && this.vervulbaar(gedefinieerd, alleen).status === 'onvervulbaar';
      });
      if (vergeten.length === 0) continue;
      // Only with an input that shows it: a rule's value may never take the forgotten value, and
      // an eis outside the exact part may rule it out.
      const invoer = this.zoek(isLeeg, [{ [keuze]: vergeten[0] }]);
      if (!invoer) continue;
      this.meld('RW4005', `regel '${d.naam}' onderscheidt op '${keuze}' maar behandelt ${vergeten.map((w) => `'${w}'`).join(', ')} niet: daarvoor is de regel altijd leeg, ${this.bijInvoer(invoer)}`, d.naamPlek,
        `voeg een uitzondering toe voor ${vergeten.map((w) => `'${w}'`).join(', ')}, of laat de basisregel zonder 'indien' gelden`, invoer);
      return;
    }
    const invoer = this.zoek(isLeeg, u.modellen);
    if (invoer) {
      this.meld('RW4004', `regel '${d.naam}' kan leeg zijn: voor sommige geldige invoer geldt de basisregel niet en geen uitzondering, ${this.bijInvoer(invoer)}`, d.naamPlek,
        "voeg een uitzondering toe voor dat geval, of maak de 'indien' van de basisregel ruimer", invoer);
    } else this.nietBewezen({ kind: 'niet leeg', regel: d.naam });
  }

  // ---- search ----

  /**
   * Up to `runs` random valid inputs (fixed seed: `check` gives the same answer every run), with
   * their answers evaluated lazily. Drawn from at most four times as many candidates, so the
   * analysis ends even when the eisen are rarely or never met.
   */
  private alleInvoer(): { invoer: Invoer; vraag: Vraagbaak }[] {
    if (this.steekproef) return this.steekproef;
    const arb = ruweInvoerArbitrary(this.g, { peildatum: this.opties.peildatum });
    this.steekproef = [];
    for (const invoer of fc.sample(arb, { numRuns: this.runs * 4, seed: this.opties.seed ?? 20230403 })) {
      const vraag = this.vraagbaakVan(invoer);
      if (vraag) this.steekproef.push({ invoer, vraag });
      if (this.steekproef.length === this.runs) break;
    }
    return this.steekproef;
  }

  /** The questions of one input, or null when it is invalid. */
  private vraagbaakVan(invoer: Invoer): Vraagbaak | null {
    try {
      return vraagbaak(this.g, invoer, { peildatum: this.opties.peildatum });
    } catch (f) {
      if (f instanceof RegelwerkFout) return null;
      throw f;
    }
  }

  /**
   * A valid input for which `geldt` holds: first the random inputs with the exact models laid
   * over them (so the decidable part of the condition holds), then the random inputs themselves.
   */
  private zoek(geldt: (v: Vraagbaak) => boolean, modellen: readonly Record<string, unknown>[]): Invoer | null {
    const probeer = (v: Vraagbaak): boolean => {
      try {
        return geldt(v);
      } catch (x) {
        if (x instanceof RegelwerkFout) return false;
        throw x;
      }
    };
    const alle = this.alleInvoer();
    for (const model of modellen) {
      for (const { invoer } of alle.slice(0, 50)) {
        const x = this.metModel(invoer, model);
        const v = this.vraagbaakVan(x);
        if (v && probeer(v)) return x;
      }
    }
    return alle.find((s) => probeer(s.vraag))?.invoer ?? null;
  }

  private metModel(invoer: Invoer, model: Record<string, unknown>): Invoer {
    const x = { ...invoer };
    for (const i of this.g.invoer) {
      if (model[leegVar(i.naam)] === true) x[i.naam] = null;
      if (Object.hasOwn(model, i.naam)) x[i.naam] = model[i.naam]; // not `in`: `constructor` is on every prototype
    }
    return x;
  }

  // ---- dated parameters ----

  /** RW4006 overlapping periods, RW4007 days without a value within the policy's validity. */
  private perioden(p: ParameterInfo): void {
    const eigen = p.module === null;
    const rijen = p.rijen.filter((r) => r.vanaf !== null && leesDatum(r.vanaf) !== null);
    if (rijen.length === 0) return;
    const eerste = rijen[0]!;
    // Only days on which the policy applies matter; a gap outside them is harmless.
    const gat = (van: string, tot: string | null, plek: A.Plek, suggestie: string, waarom = ''): void => {
      const v = this.g.geldigVanaf && this.g.geldigVanaf > van ? this.g.geldigVanaf : van;
      const t = this.g.geldigTot && (tot === null || this.g.geldigTot < tot) ? this.g.geldigTot : tot;
      if (t !== null && t < v) return;
      const periode = t === null ? `vanaf ${v}` : t === v ? `op ${v}` : `van ${v} tot en met ${t}`;
      this.meld('RW4007', `parameter '${p.naam}' heeft geen waarde ${periode}${waarom}`, plek, suggestie);
    };
    if (this.g.geldigVanaf && this.g.geldigVanaf < eerste.vanaf!) {
      gat(this.g.geldigVanaf, dagVoor(eerste.vanaf!), eigen ? eerste.plek : this.g.bestand.kop?.plek ?? eerste.plek,
        `voeg een rij 'vanaf ${this.g.geldigVanaf}' toe, of laat de regeling later ingaan`, ' (de regeling geldt al, de tabel nog niet)');
    }
    if (!eigen) return; // a module's own rows are checked with the module
    rijen.forEach((r, i) => {
      const volgende = rijen[i + 1];
      if (!r.tot || leesDatum(r.tot) === null) return;
      const dagNa = schrijfDatum(leesDatum(r.tot)! + 1);
      if (volgende && volgende.vanaf! <= r.tot) {
        this.meld('RW4006', `de rij vanaf ${r.vanaf} tot en met ${r.tot} van parameter '${p.naam}' overlapt met de rij vanaf ${volgende.vanaf}; op de dagen van de overlap geldt de latere rij`, volgende.plek,
          `laat de eerste rij eindigen op de dag voor ${volgende.vanaf}`);
      } else if (volgende && volgende.vanaf! > dagNa) {
        gat(dagNa, dagVoor(volgende.vanaf!), volgende.plek, `laat de rij vanaf ${r.vanaf} doorlopen tot en met de dag voor ${volgende.vanaf}, of voeg een rij 'vanaf ${dagNa}' toe`);
      } else if (!volgende) {
        gat(dagNa, null, r.plek, `voeg een rij 'vanaf ${dagNa}' toe${this.g.geldigTot ? '' : ", of zet 'geldig tot' in de kop van de regeling"}`, `: de laatste rij eindigt op ${r.tot}`);
      }
    });
  }
}

const dagVoor = (d: string): string => schrijfDatum(leesDatum(d)! - 1);
