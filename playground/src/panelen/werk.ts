// Het rekenwerk van de evaluatie-worker: vorm van de regeling, één evaluatie, alle tests.
// Draait in de worker (evaluatie.worker.ts); geeft alleen kloonbare data terug.
import { laad, evalueer, draaiVoorbeelden, toetsEigenschappen, stdlibLader, leesJsonTekst, RegelwerkFout, RegelwerkInvoerFout, RegelwerkConflict, RegelwerkLeeg, RegelwerkRekenFout, JsonFout, schrijfJsonTekst, voorbeeldInvoer, kiesPeildatum, standaardPeildatum, constante, naarInvoerJson, alsLiteral, schrijfType, besluitTekst, type Gecontroleerd, type Uitleg, type UitlegKnoop, type Gebruik, type Type } from '../../../compiler/index.js';
import { regelingLader } from '../regelingen.js';
import type { DraaiUitkomst, FoutData, GebruikData, TekstPlek, TestResultaat, UitlegKnoopData, Vorm } from './protocol.js';

let laatste: { sleutel: string; g: Gecontroleerd | null; vorm: Vorm } | null = null;

/** Laadt en controleert de tekst; de laatste uitkomst wordt bewaard (elke vraag stuurt de tekst mee). */
export function geladen(tekst: string, bestandsnaam: string): { g: Gecontroleerd | null; vorm: Vorm } {
  const sleutel = `${bestandsnaam}\u0000${tekst}`;
  if (laatste?.sleutel === sleutel) return laatste;
  const l = laad(tekst, bestandsnaam, stdlibLader, regelingLader);
  const fouten = l.diagnosen.filter((d) => d.ernst === 'fout');
  const g = l.ok && fouten.length === 0 ? l.gecontroleerd : null;
  const vorm: Vorm = g ? vormVan(g) : { ok: false, diagnosen: fouten.map((d) => ({ code: d.code, melding: d.melding, regel: d.plek.regel, kolom: d.plek.kolom })) };
  laatste = { sleutel, g, vorm };
  return laatste;
}

function plek(p: TekstPlek): TekstPlek {
  return { offset: p.offset, eind: p.eind, regel: p.regel, kolom: p.kolom };
}

function vormVan(g: Gecontroleerd): Vorm {
  return {
    ok: true, naam: g.naam, bron: g.bron, geldigVanaf: g.geldigVanaf, geldigTot: g.geldigTot,
    standaardPeildatum: standaardPeildatum(g),
    invoer: g.invoer.map((i) => ({ naam: i.naam, type: i.type, bron: i.bron })),
    uitvoer: g.uitvoer.map((u) => ({ naam: u.naam, type: u.type, bron: u.bron })),
    parameters: g.parameters.map((p) => ({
      naam: p.naam, type: p.type, bron: p.bron,
      rijen: p.rijen.map((r) => ({ vanaf: r.vanaf, tot: r.tot, bron: r.bron?.tekst ?? null, waarde: waardeTekst(g, r.waarde, p.type) })),
    })),
    voorbeelden: g.voorbeelden.map((v) => ({
      naam: v.naam, regel: v.plek.regel,
      invoerJson: veilig(() => schrijfJsonTekst(voorbeeldInvoer(g, v).invoer), '{}'),
      peildatum: kiesPeildatum(g, v).peildatum,
    })),
    aantalEigenschappen: g.eigenschappen.length,
  };
}

function veilig<T>(f: () => T, anders: T): T {
  try { return f(); } catch { return anders; }
}

function waardeTekst(g: Gecontroleerd, e: Parameters<typeof constante>[1], type: Type): string {
  return veilig(() => alsLiteral(naarInvoerJson(constante(g, e)), type), '?');
}

/** Het type van een regel, invoer of parameter (namen zijn uniek, RW1002). */
function typeVan(g: Gecontroleerd, naam: string): Type | undefined {
  return g.regels.get(naam)?.type ?? g.invoer.find((i) => i.naam === naam)?.type ?? g.parameters.find((p) => p.naam === naam)?.type ?? g.functies.get(naam)?.type;
}

function schrijf(g: Gecontroleerd, naam: string, x: unknown): string {
  const t = typeVan(g, naam);
  return t ? alsLiteral(x, t) : schrijfJsonTekst(x);
}

/** Waar regel `naam` staat; bij een uitzondering de plek van die uitzondering. */
export function regelPlek(g: Gecontroleerd, naam: string, uitzondering?: string): TekstPlek | null {
  const d = g.regels.get(naam)?.decl;
  if (!d) return null;
  const u = uitzondering ? d.uitzonderingen.find((x) => x.label === uitzondering) : undefined;
  return plek(u?.plek ?? d.plek);
}

/** `eigen`: a rule of the policy in the editor (the editor can point at it), not of one it calls. */
function knoopData(g: Gecontroleerd, k: UitlegKnoop, gezien: Set<string>, eigen = true): UitlegKnoopData {
  const uitz = k.besluit.soort === 'uitzondering' ? k.besluit : null;
  const herhaald = gezien.has(k.regel);
  gezien.add(k.regel);
  const gebruik = (x: Gebruik): GebruikData => {
    switch (x.soort) {
      case 'invoer': return { kind: 'invoer', naam: x.naam, waarde: schrijf(g, x.naam, x.waarde) };
      case 'parameter': return { kind: 'parameter', naam: x.naam, waarde: schrijf(g, x.naam, x.waarde), vanaf: x.vanaf, bron: x.bron, overschreven: x.overschreven, ...(x.op !== undefined ? { op: x.op } : {}) };
      case 'functie': return { kind: 'functie', naam: x.naam, waarde: schrijf(g, x.naam, x.waarde), bron: x.bron, gebruikt: x.gebruikt.map(gebruik) };
      case 'regel': return { kind: 'regel', knoop: knoopData(g, x.uitleg, gezien, eigen) };
      case 'regeling': {
        // the called policy's trees in its own names and types; the editor shows the caller
        const r = g.regelingen.get(x.naam) ?? g;
        const binnen = new Set<string>();
        return {
          kind: 'regeling', naam: x.naam, regeling: x.regeling, peildatum: x.peildatum, bron: x.bron,
          invoer: Object.entries(x.invoer).map(([naam, w]) => ({ naam, waarde: schrijf(r, naam, w) })),
          knopen: Object.values(x.uitvoer).map((u) => knoopData(r, u, binnen, false)),
        };
      }
    }
  };
  const gebruikt: GebruikData[] = herhaald ? [] : k.gebruikt.map(gebruik);
  // A decision table's row: named by number and cells, and the editor jumps to the row.
  const rij = k.besluit.soort === 'tabel' ? k.besluit : null;
  const tabel = g.regels.get(k.regel)?.decl.waarde;
  const rijPlek = rij && tabel?.kind === 'Tabel' ? tabel.rijen[rij.rij - 1]?.plek : undefined;
  return {
    regel: k.regel, waarde: schrijf(g, k.regel, k.waarde),
    besluit: besluitTekst(k.besluit),
    bron: uitz?.bron ?? rij?.bron ?? k.bron, plek: !eigen ? null : rijPlek ? plek(rijPlek) : regelPlek(g, k.regel, uitz?.naam), herhaald, gebruikt,
  };
}

function uitlegData(g: Gecontroleerd, u: Uitleg): UitlegKnoopData[] {
  const gezien = new Set<string>();
  return Object.values(u.uitvoer).map((k) => knoopData(g, k, gezien));
}

function foutData(g: Gecontroleerd, x: unknown): FoutData {
  if (x instanceof JsonFout) return { kind: 'json', melding: `de invoer is geen geldige JSON: ${x.reden}`, pad: x.pad || null, regel: null, plek: null };
  if (x instanceof RegelwerkInvoerFout) {
    const wortel = x.pad.split(/[.[]/)[0] ?? '';
    const decl = g.invoer.find((i) => i.naam === wortel)?.decl;
    return { kind: 'invoer', melding: x.message, pad: x.pad || null, regel: null, plek: decl ? plek(decl.plek) : null };
  }
  if (x instanceof RegelwerkConflict) return { kind: 'conflict', melding: x.message, pad: null, regel: x.regel, plek: regelPlek(g, x.regel, x.clausules[0]?.naam) };
  if (x instanceof RegelwerkLeeg) return { kind: 'leeg', melding: x.message, pad: null, regel: x.regel, plek: regelPlek(g, x.regel) };
  if (x instanceof RegelwerkRekenFout) return { kind: 'reken', melding: x.message, pad: null, regel: x.regel, plek: x.regel ? regelPlek(g, x.regel) : null };
  if (x instanceof RegelwerkFout) return { kind: 'reken', melding: x.message, pad: null, regel: null, plek: null };
  throw x;
}

export function draai(tekst: string, bestandsnaam: string, invoerJson: string, peildatum: string): DraaiUitkomst {
  const { g } = geladen(tekst, bestandsnaam);
  if (!g) return { ok: false, fout: { kind: 'regeling', melding: 'de regeling bevat fouten; herstel die eerst (zie de rode kronkels in de editor)', pad: null, regel: null, plek: null } };
  try {
    const invoer: unknown = leesJsonTekst(invoerJson);
    const r = evalueer(g, invoer, { peildatum: peildatum || undefined });
    return {
      ok: true, peildatum: r.uitleg.peildatum, bron: r.uitleg.bron,
      uitvoer: g.uitvoer.map((u) => ({ naam: u.naam, type: schrijfType(u.type), waarde: alsLiteral(r.uitvoer[u.naam], u.type) })),
      uitleg: uitlegData(g, r.uitleg),
    };
  } catch (x) {
    return { ok: false, fout: foutData(g, x) };
  }
}

export function tests(tekst: string, bestandsnaam: string, runs: number, voortgang: (gedaan: number, totaal: number, wat: string) => void): TestResultaat[] | string {
  const { g } = geladen(tekst, bestandsnaam);
  if (!g) return 'de regeling bevat fouten; herstel die eerst';
  const totaal = g.voorbeelden.length + g.eigenschappen.length * runs;
  let gedaan = 0;
  const uit: TestResultaat[] = [];
  for (const v of g.voorbeelden) {
    voortgang(gedaan, totaal, `voorbeeld "${v.naam}"`);
    let r;
    try {
      r = draaiVoorbeelden({ ...g, voorbeelden: [v] })[0]!;
    } catch (x) {
      r = { naam: v.naam, regel: v.plek.regel, geslaagd: false, verschillen: [`interne fout: ${x instanceof Error ? x.message : String(x)}`], peildatum: kiesPeildatum(g, v).peildatum };
    }
    uit.push({ kind: 'voorbeeld', naam: r.naam, regel: r.regel, geslaagd: r.geslaagd, peildatum: r.peildatum, details: r.verschillen, tegenvoorbeelden: [], voorbeeldTekst: null });
    gedaan++;
  }
  const peildatum = standaardPeildatum(g);
  for (const e of g.eigenschappen) {
    const begin = gedaan;
    voortgang(gedaan, totaal, `eigenschap "${e.naam}"`);
    const [r] = toetsEigenschappen({ ...g, eigenschappen: [e] }, {
      runs, peildatum, voortgang: (_n, klaar) => voortgang(begin + klaar, totaal, `eigenschap "${e.naam}"`),
    });
    gedaan = begin + runs;
    if (!r) continue;
    const t = r.tegenvoorbeeld;
    const details = r.geslaagd ? [`${r.runs} gevallen geprobeerd (seed ${r.seed})`]
      : t ? [t.melding, `seed ${r.seed}`] : [r.opgegeven ?? 'mislukt'];
    uit.push({
      kind: 'eigenschap', naam: r.naam, regel: r.regel, geslaagd: r.geslaagd, peildatum, details,
      tegenvoorbeelden: t ? t.invoer.map((x) => schrijfJsonTekst(x)) : [], voorbeeldTekst: t?.voorbeeld ?? null,
    });
  }
  voortgang(totaal, totaal, 'klaar');
  return uit;
}
