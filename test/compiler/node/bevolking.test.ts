// `regelwerk bevolking` on small populations in every format: each row's outputs and `fout` are
// what `regelwerk run` answers for that case, the input's own columns pass through, amounts stay
// exact through CSV and Parquet, and bad input is a clear Dutch error naming the row or column.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, regelwerk, tijdelijkeMap } from './cli-hulp.js';
import { duckdb, eigenCache, genormaliseerd, leesUit, ndjsonRegels, runAntwoorden, typen } from './bevolking-hulp.js';

const tmp = tijdelijkeMap('rw-bevolking-');
eigenCache();
const MJL = join(ROOT, 'policies/minimumjeugdloon.regel');
const UITVOER = ['rechtOpMinimumloon', 'uurloon', 'percentage'];

/** 300 cases: ages 10 to 24, bbl every third, an id and a region that pass through. */
async function populatie(): Promise<string> {
  const c = await duckdb();
  const pq = join(tmp.map(), 'mjl.parquet');
  if (!existsSync(pq)) {
    await c.run(`COPY (SELECT i + 1000 AS id, (i % 15 + 10)::BIGINT AS leeftijd, i % 3 = 0 AS bbl, ['noord', 'zuid'][i % 2 + 1] AS regio FROM range(300) t(i)) TO '${pq}' (FORMAT parquet)`);
    await c.run(`COPY (SELECT * FROM '${pq}') TO '${join(tmp.map(), 'mjl.csv')}' (FORMAT csv, HEADER true)`);
    await c.run(`COPY (SELECT * FROM '${pq}') TO '${join(tmp.map(), 'mjl.ndjson')}' (FORMAT json)`);
    await c.run(`COPY (SELECT * FROM '${pq}') TO '${join(tmp.map(), 'mjl.json')}' (FORMAT json, ARRAY true)`);
  }
  return pq;
}

describe('regelwerk bevolking', () => {
  it('gives every row the outputs, fout and pad that run gives the case, in every input format', async () => {
    await populatie();
    // run reads only the policy's inputs (an unknown key is an error there)
    const alleenInvoer = tmp.bestand('mjl-invoer.ndjson', ndjsonRegels(join(tmp.map(), 'mjl.ndjson')).map((x) => JSON.stringify({ leeftijd: x.leeftijd, bbl: x.bbl })).join('\n'));
    const verwacht = await runAntwoorden(MJL, alleenInvoer, '2026-01-01');
    for (const f of ['parquet', 'csv', 'ndjson', 'json']) {
      const uit = join(tmp.map(), `uit-${f}.parquet`);
      const r = await regelwerk('bevolking', MJL, '--invoer', join(tmp.map(), `mjl.${f}`), '--uit', uit, '--peildatum', '2026-01-01', '--werkers', '2');
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain('300 gevallen, 0 met een fout');
      const rijen = await leesUit(uit);
      expect(rijen).toHaveLength(300);
      rijen.forEach((rij, i) => {
        expect(genormaliseerd(rij.id)).toBe(String(1000 + i));
        expect(rij.regio).toBe(i % 2 === 0 ? 'noord' : 'zuid');
        const v = verwacht[i]!;
        if (!('uitvoer' in v)) throw new Error(`run gaf een fout voor geval ${i + 1}`);
        for (const u of UITVOER) expect(genormaliseerd(rij[u]), `${f}, rij ${i + 1}, ${u}`).toEqual(genormaliseerd(v.uitvoer[u]));
        expect(rij.fout).toBeNull();
        expect(rij.pad).toMatch(/^percentage=(rij \d+|geen rij); minimumuurloon@2026-01-01$/);
      });
    }
  });

  it('writes Parquet with exact types, CSV and NDJSON with the same rows', async () => {
    const pq = await populatie();
    const uitPq = join(tmp.map(), 'typen.parquet');
    expect((await regelwerk('bevolking', MJL, '--invoer', pq, '--uit', uitPq, '--peildatum', '2026-07-01', '--werkers', '1')).code).toBe(0);
    const t = await typen(uitPq);
    expect(t).toMatchObject({ id: 'BIGINT', regio: 'VARCHAR', rechtOpMinimumloon: 'BOOLEAN', fout: 'VARCHAR', pad: 'VARCHAR' });
    expect(t.uurloon).toMatch(/^DECIMAL\(\d+,2\)$/);
    const basis = (await leesUit(uitPq)).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, genormaliseerd(v)])));
    for (const ext of ['csv', 'ndjson']) {
      const uit = join(tmp.map(), `typen.${ext}`);
      expect((await regelwerk('bevolking', MJL, '--invoer', pq, '--uit', uit, '--peildatum', '2026-07-01', '--werkers', '1')).code).toBe(0);
      const rijen = (await leesUit(uit)).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, genormaliseerd(v)])));
      expect(rijen).toEqual(basis);
    }
    const eerste = readFileSync(join(tmp.map(), 'typen.csv'), 'utf8').split('\n')[0];
    expect(eerste).toBe('id,leeftijd,bbl,regio,rechtOpMinimumloon,uurloon,percentage,fout,pad');
  });

  it('gives a row with a wrong type its own fout, the message run gives, and goes on', async () => {
    const csv = tmp.bestand('fout.csv', 'id,leeftijd,bbl\n1,18,nee\n2,achttien,nee\n3,19,misschien\n4,,ja\n5,-3,nee\n6,20,ja\n');
    const nd = tmp.bestand('fout.ndjson', ['{"leeftijd":18,"bbl":false}', '{"leeftijd":"achttien","bbl":false}', '{"leeftijd":19,"bbl":"misschien"}', '{"bbl":true}', '{"leeftijd":-3,"bbl":false}', '{"leeftijd":20,"bbl":true}'].join('\n'));
    const verwacht = await runAntwoorden(MJL, nd, '2026-01-01');
    const uit = join(tmp.map(), 'fout-uit.ndjson');
    const r = await regelwerk('bevolking', MJL, '--invoer', csv, '--uit', uit, '--peildatum', '2026-01-01');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('6 gevallen, 4 met een fout');
    const rijen = ndjsonRegels(uit);
    rijen.forEach((rij, i) => {
      const v = verwacht[i]!;
      if ('fout' in v) {
        expect(rij.fout).toBe(v.fout);
        expect(rij.uurloon).toBeNull();
        expect(rij.pad).toBeNull();
      } else {
        expect(rij.fout).toBeNull();
        expect(genormaliseerd(rij.uurloon)).toEqual(genormaliseerd(v.uitvoer.uurloon));
      }
    });
    expect(rijen[1]!.fout).toBe('ongeldige invoer bij \'leeftijd\': verwacht een getal, maar kreeg de tekst "achttien"');
    expect(String(rijen[2]!.fout)).toContain("'bbl'");
  });

  it('keeps amounts exact through CSV and Parquet: no double in between', async () => {
    // 25 times the mean premium wage is the bound of "klein"; one cent above it is "middelgroot".
    // With 19 digits, a double cannot tell the two apart.
    const regeling = join(ROOT, 'policies/reintegratie-kleine-werkgevers.regel');
    const gp = '3602879701896397.03';
    const grens = '90071992547409925.75';
    const boven = '90071992547409925.76';
    const vast = { eersteZiektedag: '2025-02-10', overeenstemmingAfsluitenEersteSpoor: true, reintegratieInspanningenVoldoende: true, nogZiek: true, verrichtWerkzaamheden: false, terugkeerBinnen13WekenVerwacht: false, loonsanctieWeken: 0, eigenFunctieBeschikbaarBinnen13Weken: false, anderPassendWerkBinnen13Weken: true };
    const nd = tmp.bestand('rkw.ndjson', [grens, boven].map((l) => JSON.stringify({ loonsom: 0, gemiddeldPremieloon: 0, ...vast }).replace('"loonsom":0', `"loonsom":${l}`).replace('"gemiddeldPremieloon":0', `"gemiddeldPremieloon":${gp}`)).join('\n'));
    const verwacht = await runAntwoorden(regeling, nd, '2026-01-01');
    expect(verwacht.map((v) => 'uitvoer' in v && v.uitvoer.werkgeversgrootte)).toEqual(['klein', 'middelgroot']);
    const kop = Object.keys({ loonsom: 0, gemiddeldPremieloon: 0, ...vast });
    const csv = tmp.bestand('rkw.csv', `${kop.join(',')}\n${[grens, boven].map((l) => [l, gp, ...Object.values(vast).map(String)].join(',')).join('\n')}\n`);
    const c = await duckdb();
    const pq = join(tmp.map(), 'rkw.parquet');
    await c.run(`COPY (SELECT loonsom::DECIMAL(38,2) AS loonsom, gemiddeldPremieloon::DECIMAL(38,2) AS gemiddeldPremieloon, eersteZiektedag::DATE AS eersteZiektedag, * EXCLUDE (loonsom, gemiddeldPremieloon, eersteZiektedag) FROM read_csv('${csv}', all_varchar = true)) TO '${pq}' (FORMAT parquet)`);
    for (const invoer of [csv, pq]) {
      const uit = join(tmp.map(), 'rkw-uit.ndjson');
      const r = await regelwerk('bevolking', regeling, '--invoer', invoer, '--uit', uit, '--peildatum', '2026-01-01');
      expect(r.code, r.err).toBe(0);
      expect(ndjsonRegels(uit).map((x) => x.werkgeversgrootte)).toEqual(['klein', 'middelgroot']);
    }
  });

  it('reads lists of records from Parquet (LIST<STRUCT>) and NDJSON', async () => {
    const regeling = join(ROOT, 'policies/ketenbepaling.regel');
    const gevallen = [
      { categorie: 'overig', caoSeizoensverkorting: false, contracten: [{ begin: '2023-01-01', einde: '2023-12-31', seizoenswerk: false }, { begin: '2024-01-01', einde: '2024-12-31', seizoenswerk: false }, { begin: '2025-01-01', einde: '2025-12-31', seizoenswerk: false }, { begin: '2026-01-01', einde: '2026-06-30', seizoenswerk: false }] },
      { categorie: 'student', caoSeizoensverkorting: false, contracten: [{ begin: '2025-01-01', einde: '2025-03-31', seizoenswerk: false }] },
      { categorie: 'overig', caoSeizoensverkorting: true, contracten: [{ begin: '2025-05-01', einde: '2025-04-01', seizoenswerk: true }] },
    ];
    const nd = tmp.bestand('keten.ndjson', gevallen.map((g) => JSON.stringify(g)).join('\n'));
    const verwacht = await runAntwoorden(regeling, nd, '2026-03-01');
    const c = await duckdb();
    const pq = join(tmp.map(), 'keten.parquet');
    await c.run(`COPY (SELECT * FROM read_json('${nd}', columns = {categorie: 'VARCHAR', caoSeizoensverkorting: 'BOOLEAN', contracten: 'STRUCT(begin DATE, einde DATE, seizoenswerk BOOLEAN)[]'})) TO '${pq}' (FORMAT parquet)`);
    expect((await typen(pq)).contracten).toContain('STRUCT');
    for (const invoer of [pq, nd]) {
      const uit = join(tmp.map(), 'keten-uit.ndjson');
      const r = await regelwerk('bevolking', regeling, '--invoer', invoer, '--uit', uit, '--peildatum', '2026-03-01');
      expect(r.code, r.err).toBe(0);
      ndjsonRegels(uit).forEach((rij, i) => {
        const v = verwacht[i]!;
        if ('fout' in v) expect(rij.fout).toBe(v.fout);
        else for (const [k, w] of Object.entries(v.uitvoer)) expect(rij[k], `${invoer}, geval ${i + 1}, ${k}`).toEqual(w);
      });
    }
    expect(verwacht[2]).toHaveProperty('fout');
    // the SQL of the list (UNNEST, windows) on DuckDB writes the same rows
    const js = ndjsonRegels(join(tmp.map(), 'keten-uit.ndjson'));
    const uitSql = join(tmp.map(), 'keten-sql.ndjson');
    const r = await regelwerk('bevolking', regeling, '--invoer', pq, '--uit', uitSql, '--peildatum', '2026-03-01', '--engine', 'sql', '--controleer', '3');
    expect(r.code, r.err).toBe(0);
    expect(ndjsonRegels(uitSql).map((x) => ({ ...x, contracten: null }))).toEqual(js.map((x) => ({ ...x, contracten: null })));
  });

  it('takes the peildatum of each row from --peildatum-kolom', async () => {
    const csv = tmp.bestand('peil.csv', 'leeftijd,bbl,dag\n21,nee,2026-01-01\n21,nee,2026-07-01\n21,nee,2026-02-30\n');
    const uit = join(tmp.map(), 'peil.ndjson');
    const r = await regelwerk('bevolking', MJL, '--invoer', csv, '--uit', uit, '--peildatum-kolom', 'dag');
    expect(r.code, r.err).toBe(0);
    const rijen = ndjsonRegels(uit);
    expect(rijen.map((x) => x.uurloon)).toEqual([14.71, 14.99, null]);
    expect(String(rijen[2]!.fout)).toContain('peildatum');
  });
});

describe('regelwerk bevolking: usage and unreadable input', () => {
  it('names a missing column, with the columns there are', async () => {
    const csv = tmp.bestand('mist.csv', 'id,leeftijd\n1,18\n');
    const r = await regelwerk('bevolking', MJL, '--invoer', csv, '--uit', join(tmp.map(), 'x.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toContain("mist de kolom 'bbl'");
    expect(r.err).toContain('de kolommen zijn id, leeftijd');
    expect(existsSync(join(tmp.map(), 'x.csv'))).toBe(false);
  });

  it('says a file is unreadable, absent, or of a format it does not read', async () => {
    const kapot = tmp.bestand('kapot.parquet', 'dit is geen parquet');
    let r = await regelwerk('bevolking', MJL, '--invoer', kapot, '--uit', join(tmp.map(), 'x.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/invoerbestand '.*kapot\.parquet' is niet te lezen als Parquet: /);
    expect(r.err).not.toMatch(/\n\s+at /);
    // a row with a field too many: near the top DuckDB cannot find the columns, further down it names the line
    r = await regelwerk('bevolking', MJL, '--invoer', tmp.bestand('rafel.csv', 'leeftijd,bbl\n18,nee\n19,ja\n20,nee,extra\n21,ja\n'), '--uit', join(tmp.map(), 'x.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toContain("herkent in de kop 'leeftijd,bbl' maar één kolom");
    const rafel = tmp.bestand('rafel2.csv', `leeftijd,bbl\n${'18,nee\n'.repeat(30_000)}20,nee,extra\n`);
    for (const engine of ['js', 'sql']) {
      r = await regelwerk('bevolking', MJL, '--invoer', rafel, '--uit', join(tmp.map(), 'x.csv'), '--engine', engine, '--peildatum', '2026-01-01');
      expect(r.code, engine).toBe(2);
      expect(r.err).toContain("is niet te lezen als CSV: CSV Error on Line: 30002");
      expect(existsSync(join(tmp.map(), 'x.csv'))).toBe(false);
    }
    r = await regelwerk('bevolking', MJL, '--invoer', join(tmp.map(), 'nergens.csv'), '--uit', join(tmp.map(), 'x.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toContain("bestaat niet");
    r = await regelwerk('bevolking', MJL, '--invoer', kapot, '--uit', join(tmp.map(), 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Parquet (.parquet), CSV (.csv) of NDJSON');
    r = await regelwerk('bevolking', MJL, '--invoer', kapot, '--uit', join(tmp.map(), 'geen-map', 'x.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toContain("de map");
  });

  it('refuses bad options with exit 2', async () => {
    const csv = tmp.bestand('goed.csv', 'leeftijd,bbl\n18,nee\n');
    const uit = join(tmp.map(), 'goed.csv.uit.csv');
    for (const [args, melding] of [
      [['--werkers', '0'], '--werkers verwacht een geheel getal'],
      [['--controleer', 'veel'], '--controleer verwacht een geheel getal'],
      [['--peildatum', '2026-01-01', '--peildatum-kolom', 'x'], 'niet allebei'],
      [['--peildatum', '2026-02-30'], 'bestaande datum'],
      [['--groepeer', 'regio'], "heeft geen kolom 'regio'"],
      [['--engine', 'spark'], '--engine is js of sql'],
      [['--variant', 'x:bestaatniet=5'], "geen parameter 'bestaatniet'"],
      [['--variant', '1x=ander.regel'], 'begint met een letter'],
      [['--rapport', join(tmp.map(), 'r.txt')], 'HTML-pagina'],
    ] as const) {
      const r = await regelwerk('bevolking', MJL, '--invoer', csv, '--uit', uit, ...args);
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(2);
      expect(r.err).toContain(melding);
    }
    expect(readdirSync(tmp.map()).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an input column that has the name of an output, and says so', async () => {
    const csv = tmp.bestand('oud.csv', 'leeftijd,bbl,uurloon,fout\n21,nee,1.00,oud\n');
    const uit = join(tmp.map(), 'oud-uit.ndjson');
    const r = await regelwerk('bevolking', MJL, '--invoer', csv, '--uit', uit, '--peildatum', '2026-01-01');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain("de kolom 'uurloon' van de invoer wordt in de uitvoer vervangen");
    expect(ndjsonRegels(uit)).toEqual([{ leeftijd: '21', bbl: 'nee', rechtOpMinimumloon: true, uurloon: 14.71, percentage: 100.0, fout: null, pad: 'percentage=rij 1; minimumuurloon@2026-01-01' }]);
    writeFileSync(join(tmp.map(), 'leeg'), '');
  });
});
