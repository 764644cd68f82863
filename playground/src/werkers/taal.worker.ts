// Taalwerker: beantwoordt controle, analyse en de vragen van de taaldiensten buiten de hoofdthread,
// alle met compiler/diensten/ (dezelfde module als `regelwerk lsp`): hier staat geen taalkennis.
/// <reference lib="webworker" />
import { Werkruimte, aanvulling, acties, bronnen, definitie, diagnosen, documentSymbolen, toelichting } from '../../../compiler/index.js';
import type { AnalyseAntwoord, Antwoord, ControleAntwoord, ControleVerzoek, DienstResultaat, DienstVerzoek, Overzicht, Verzoek, AnalyseVerzoek } from '../editor/protocol.js';
import { regelingLader } from '../regelingen.js';

const werkruimte = new Werkruimte({ regelingen: regelingLader });

function overzicht(bestand: string): Overzicht {
  return {
    namen: documentSymbolen(werkruimte, bestand).map((s) => ({ naam: s.naam, kind: s.aard, plek: s.naamBereik, bereik: s.bereik })),
    bronnen: bronnen(werkruimte, bestand),
  };
}

function controleer(v: ControleVerzoek): ControleAntwoord {
  const start = performance.now();
  werkruimte.zet(v.bestandsnaam, v.tekst, v.versie);
  const d = diagnosen(werkruimte, v.bestandsnaam, false);
  let o: Overzicht = { namen: [], bronnen: [] };
  try {
    o = overzicht(v.bestandsnaam);
  } catch {
    // Het overzicht is een hulpmiddel; zonder overzicht blijven de diagnosen bruikbaar.
  }
  return { kind: 'controle', versie: v.versie, diagnosen: d.diagnosen, fouten: d.fouten, waarschuwingen: d.waarschuwingen, overzicht: o, ms: Math.round(performance.now() - start) };
}

function analyseer(v: AnalyseVerzoek): AnalyseAntwoord {
  const start = performance.now();
  werkruimte.zet(v.bestandsnaam, v.tekst, v.versie);
  const alle = diagnosen(werkruimte, v.bestandsnaam, true).diagnosen;
  return { kind: 'analyse', versie: v.versie, diagnosen: alle.filter((d) => d.code.startsWith('RW4')), ms: Math.round(performance.now() - start) };
}

function dienst(v: DienstVerzoek): DienstResultaat {
  werkruimte.zet(v.bestandsnaam, v.tekst);
  switch (v.dienst) {
    case 'aanvulling': {
      const a = aanvulling(werkruimte, v.bestandsnaam, v.offset);
      return { dienst: 'aanvulling', van: a.van, items: a.items };
    }
    case 'uitleg': return { dienst: 'uitleg', uitleg: toelichting(werkruimte, v.bestandsnaam, v.offset) };
    case 'definitie': return { dienst: 'definitie', locatie: definitie(werkruimte, v.bestandsnaam, v.offset) };
    case 'acties': return { dienst: 'acties', acties: acties(werkruimte, v.bestandsnaam, v.offset, v.eind) };
  }
}

function beantwoord(v: Verzoek): Antwoord {
  switch (v.kind) {
    case 'controle':
      try {
        return controleer(v);
      } catch (x) {
        const crash = x instanceof Error ? x.message : String(x);
        return { kind: 'controle', versie: v.versie, diagnosen: [], fouten: 0, waarschuwingen: 0, overzicht: { namen: [], bronnen: [] }, ms: 0, crash };
      }
    case 'analyse':
      try {
        return analyseer(v);
      } catch {
        // De analyse is een extra; een fout erin laat de markers van de controle staan.
        return { kind: 'analyse', versie: v.versie, diagnosen: [], ms: 0 };
      }
    case 'dienst':
      try {
        return { kind: 'dienst', id: v.id, resultaat: dienst(v) };
      } catch {
        return { kind: 'dienst', id: v.id, resultaat: null };
      }
    default: {
      const _never: never = v;
      return _never;
    }
  }
}

const ctx = self as unknown as DedicatedWorkerGlobalScope;
ctx.onmessage = (e: MessageEvent<Verzoek>) => {
  ctx.postMessage(beantwoord(e.data) satisfies Antwoord);
};
