// `regelwerk serve` over real HTTP on 127.0.0.1: each endpoint answers as the interpreter does,
// every error is problem+json with the Dutch message and the field path (400 for invalid input or
// malformed JSON, 422 for a conflict or no value, 404 for an unknown policy or path), the OpenAPI
// document carries the schemas that describe the answers, and the command's own usage errors.
import { describe, expect, it, onTestFinished } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { laad } from '../../../language/index.js';
import { stdlibLader } from '../../../compiler/node/modules.js';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { voorbeeldInvoer } from '../../../compiler/interpreter/voorbeelden.js';
import { schrijfJsonTekst } from '../../../runtime/json.js';
import { ROOT, regelwerk, tijdelijkeMap } from './cli-hulp.js';
import { BOTSING, dienstVoorBestand } from './serve-hulp.js';
import { ajvVoor } from '../schema/ajv.js';

const tmp = tijdelijkeMap('serve');
const POLICIES = ['minimumjeugdloon', 'ketenbepaling', 'crisisregeling-personeelsbehoud'];
const { dienst, url } = dienstVoorBestand(() => [...POLICIES.map((p) => join(ROOT, 'policies', `${p}.regel`)), tmp.bestand('botsing.regel', BOTSING)]);

function geladen(naam: string): ReturnType<typeof laad> {
  const r = laad(readFileSync(join(ROOT, 'policies', `${naam}.regel`), 'utf8'), `policies/${naam}.regel`, stdlibLader);
  if (!r.ok) throw new Error(naam);
  return r;
}

async function post(pad: string, body: string): Promise<{ status: number; type: string; json: Record<string, unknown> }> {
  const r = await fetch(url(pad), { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
  return { status: r.status, type: r.headers.get('content-type') ?? '', json: (await r.json()) as Record<string, unknown> };
}

describe('regelwerk serve: de eindpunten', () => {
  it('GET /gezondheid en GET /regelingen (namen, versies, bronnen)', async () => {
    const g = await (await fetch(url('/gezondheid'))).json();
    expect(g).toEqual({ status: 'ok', regelingen: 4, rekenaars: 2 });
    const lijst = (await (await fetch(url('/regelingen'))).json()) as { naam: string; versie: string; bron: string | null; regeling: string }[];
    expect(lijst.map((x) => x.naam)).toEqual([...POLICIES, 'botsing']);
    expect(lijst[0]).toMatchObject({ regeling: 'Minimumjeugdloon', bron: expect.stringContaining('Wet minimumloon') });
    for (const x of lijst) expect(x.versie).toMatch(/^[0-9a-f]{16}$/);
  });

  it('POST evalueer geeft voor elk voorbeeld de uitvoer van de interpreter, en die past op het schema uit /openapi.json', async () => {
    const openapi = (await (await fetch(url('/openapi.json'))).json()) as { openapi: string; components: { schemas: Record<string, object> } };
    expect(openapi.openapi).toBe('3.1.0');
    const ajv = ajvVoor();
    for (const naam of POLICIES) {
      const r = geladen(naam);
      const invoerSchema = ajv.compile(openapi.components.schemas[`${naam}.invoer`]!);
      const uitvoerSchema = ajv.compile(openapi.components.schemas[`${naam}.uitvoer`]!);
      for (const v of r.gecontroleerd.voorbeelden) {
        if (v.verwachtFout) continue;
        const { invoer, opties } = voorbeeldInvoer(r.gecontroleerd, v);
        if (Object.keys(opties.parameters ?? {}).length > 0) continue;
        const peildatum = v.peildatum ?? r.gecontroleerd.voorbeeldenPeildatum ?? '2026-01-01';
        const tekst = schrijfJsonTekst(invoer);
        expect(invoerSchema(JSON.parse(tekst)), `${naam}: ${v.naam}`).toBe(true);
        const verwacht = evalueer(r.gecontroleerd, invoer, { peildatum }).uitvoer;
        const a = await post(`/regelingen/${naam}/evalueer?peildatum=${peildatum}`, tekst);
        expect(a.status, `${naam}: ${v.naam}`).toBe(200);
        expect(a.json).toEqual(JSON.parse(JSON.stringify(verwacht)));
        expect(uitvoerSchema(a.json)).toBe(true);
      }
    }
  });

  it('?uitleg=ja geeft de uitleg erbij, en een onbekende uitleg of peildatum is een 400 met het pad', async () => {
    const a = await post('/regelingen/minimumjeugdloon/evalueer?uitleg=ja&peildatum=2026-01-01', '{"leeftijd": 18, "bbl": false}');
    expect(a.status).toBe(200);
    expect(Object.keys(a.json)).toEqual(['uitvoer', 'uitleg']);
    expect(JSON.stringify(a.json.uitleg)).toContain('Besluit minimumjeugdloon');
    const p = await post('/regelingen/minimumjeugdloon/evalueer?peildatum=2026-02-30', '{"leeftijd": 18, "bbl": false}');
    expect(p).toMatchObject({ status: 400, json: { pad: 'peildatum', soort: 'invoer', detail: expect.stringContaining('2026-02-30') } });
    expect((await post('/regelingen/minimumjeugdloon/evalueer?uitleg=misschien', '{}')).json).toMatchObject({ status: 400, pad: 'uitleg' });
  });

  it('ongeldige invoer en kapotte JSON: 400, problem+json, Nederlandse melding, veldpad', async () => {
    const crisis = geladen('crisisregeling-personeelsbehoud').gecontroleerd;
    const geldig = JSON.parse(schrijfJsonTekst(voorbeeldInvoer(crisis, crisis.voorbeelden[0]!).invoer)) as Record<string, unknown>;
    const a = await post('/regelingen/crisisregeling-personeelsbehoud/evalueer', JSON.stringify({ ...geldig, werknemers: [{ uurloon: 10.001, contracturen: 1, gewerkteUren: 1 }] }));
    expect(a.status).toBe(400);
    expect(a.type).toContain('application/problem+json');
    expect(a.json).toMatchObject({ title: 'Ongeldige invoer', soort: 'invoer', pad: 'werknemers[0].uurloon', detail: expect.stringContaining('hoogstens 2 decimalen') });
    for (const kapot of ['{"leeftijd": 18,', '{"leeftijd": 18, "leeftijd": 19, "bbl": true}', '', '{"leeftijd": 18,5}', 'null', '[1, 2']) {
      const k = await post('/regelingen/minimumjeugdloon/evalueer', kapot);
      expect(k.status, kapot).toBe(400);
      expect(k.type).toContain('application/problem+json');
      expect(String(k.json.detail)).toMatch(/ongeldige invoer/);
    }
    // invalid UTF-8 is refused as such, not read as replacement characters
    const bytes = await fetch(url('/regelingen/minimumjeugdloon/evalueer'), { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(bytes.status).toBe(400);
    expect(((await bytes.json()) as { detail: string }).detail).toContain('UTF-8');
  });

  it('een conflict en geen waarde: 422 met de melding van de regeling', async () => {
    const c = await post('/regelingen/botsing/evalueer', '{"a": 3}');
    expect(c).toMatchObject({ status: 422, json: { soort: 'conflict', title: 'Geen beslissing', detail: expect.stringContaining("conflict in regel 'u'") } });
    expect((await post('/regelingen/botsing/evalueer', '{"a": 6}')).json).toMatchObject({ status: 422, soort: 'leeg' });
    expect((await post('/regelingen/botsing/evalueer', '{"a": 0}')).json).toEqual({ u: 1, v: 1 });
  });

  it('een onbekende regeling of pad: 404 als problem+json', async () => {
    const a = await post('/regelingen/bestaat-niet/evalueer', '{}');
    expect(a).toMatchObject({ status: 404, json: { soort: 'onbekend', detail: expect.stringContaining('minimumjeugdloon') } });
    const b = await fetch(url('/elders'));
    expect(b.status).toBe(404);
    expect(b.headers.get('content-type')).toContain('application/problem+json');
  });

  it('POST bevolking: NDJSON in, NDJSON uit, per regel de uitvoer of de fout, in volgorde', async () => {
    const r = geladen('minimumjeugdloon');
    const regels = Array.from({ length: 300 }, (_, i) => (i % 7 === 3 ? `{"leeftijd": ${i}}` : i % 11 === 5 ? '{kapot' : JSON.stringify({ leeftijd: i % 30, bbl: i % 2 === 0 })));
    const body = `${regels.join('\n')}\n\n`;
    const a = await fetch(url('/regelingen/minimumjeugdloon/bevolking?peildatum=2026-01-01'), { method: 'POST', body });
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toContain('application/x-ndjson');
    const uit = (await a.text()).trimEnd().split('\n').map((l) => JSON.parse(l) as { regel: number; uitvoer?: unknown; fout?: { soort: string; pad?: string } });
    expect(uit.map((x) => x.regel)).toEqual(regels.map((_, i) => i + 1));
    for (const [i, x] of uit.entries()) {
      if (i % 7 === 3) expect(x.fout).toMatchObject({ soort: 'invoer', pad: 'bbl' });
      else if (i % 11 === 5) expect(x.fout).toMatchObject({ soort: 'invoer' });
      else expect(x.uitvoer).toEqual(JSON.parse(JSON.stringify(evalueer(r.gecontroleerd, JSON.parse(regels[i]!), { peildatum: '2026-01-01' }).uitvoer)));
    }
  });
});

describe('regelwerk serve: de aanroep', () => {
  it('verkeerde opties en regelingen geven een Nederlandse melding en exit 2 of 1', async () => {
    expect(await regelwerk('serve', '--poort', 'abc', 'policies/minimumjeugdloon.regel')).toMatchObject({ code: 2, err: expect.stringContaining("--poort verwacht een geheel getal van 0 tot en met 65535, niet 'abc'") });
    expect(await regelwerk('serve', '--poort', '70000', 'policies/minimumjeugdloon.regel')).toMatchObject({ code: 2 });
    expect(await regelwerk('serve', 'bestaat-niet.regel')).toMatchObject({ code: 2, err: expect.stringContaining("bestand 'bestaat-niet.regel' bestaat niet") });
    expect(await regelwerk('serve', 'policies/minimumjeugdloon.regel', 'policies/minimumjeugdloon.regel')).toMatchObject({ code: 2, err: expect.stringContaining("heten allebei 'minimumjeugdloon'") });
    const kapot = tmp.bestand('kapot.regel', 'regeling K\ninvoer a: getal\nuitvoer u: getal\nregel u is b\n');
    const r = await regelwerk('serve', kapot);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/RW\d{4}/);
    expect(r.err).toContain('de dienst start niet');
  });

  it('als proces: luistert op 127.0.0.1, en stopt op SIGTERM met exit 0 na de lopende verzoeken', async () => {
    const kind = spawn(process.execPath, [join(ROOT, 'bin/regelwerk.js'), 'serve', join(ROOT, 'policies/minimumjeugdloon.regel'), '--poort', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    // a failing assertion must not leave the process running
    onTestFinished(() => { if (kind.exitCode === null && kind.signalCode === null) kind.kill('SIGKILL'); });
    const poort = await new Promise<number>((klaar, mis) => {
      kind.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(err);
        if (m) klaar(Number(m[1]));
      });
      kind.once('exit', (code) => mis(new Error(`serve stopte met ${code}: ${err}`)));
    });
    const a = await fetch(`http://127.0.0.1:${poort}/regelingen/minimumjeugdloon/evalueer?peildatum=2026-01-01`, { method: 'POST', body: '{"leeftijd": 18, "bbl": false}' });
    expect(await a.json()).toEqual({ rechtOpMinimumloon: true, uurloon: 7.36, percentage: 50 });
    const einde = new Promise<number | null>((r) => kind.once('exit', (code) => r(code)));
    kind.kill('SIGTERM');
    expect(await einde).toBe(0);
    expect(err).toContain('regelwerk serve: stopt');
  });

  it('een bezette poort is een gebruiksfout', async () => {
    const r = await regelwerk('serve', '--poort', String(dienst().poort), 'policies/minimumjeugdloon.regel');
    expect(r).toMatchObject({ code: 2, err: expect.stringContaining('is al in gebruik') });
  });
});
