// Which peildatum an example is evaluated on, the file-wide default
// `voorbeelden peildatum`, and that every failure names the peildatum it used.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { laad } from '../../../language/index.js';
import { stdlibLader } from '../../../compiler/node/modules.js';
import { draaiVoorbeelden } from '../../../compiler/interpreter/voorbeelden.js';

const ROOT = join(import.meta.dirname, '../../..');

const KOP = 'regeling P\n  bron "x"\n';
const LICHAAM = `invoer a: getal
uitvoer d: datum
regel d is als a is 0 dan peildatum anders peildatum
voorbeeld "eigen"
  peildatum 2030-05-05
  gegeven a is 1
  verwacht d is 2030-05-05
voorbeeld "zonder"
  gegeven a is 1
  verwacht d is 2000-01-01
`;

function uitkomsten(tekst: string, peildatum?: string) {
  const r = laad(tekst, 'p.regel', stdlibLader);
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  return draaiVoorbeelden(r.gecontroleerd, undefined, { peildatum });
}

describe('de peildatum van een voorbeeld', () => {
  it('eigen peildatum > --peildatum > voorbeelden peildatum > geldig vanaf > 2026-01-01', () => {
    const met = `${KOP}  geldig vanaf 2025-01-01\n${LICHAAM}voorbeelden peildatum 2026-06-01\n`;
    const [eigen, zonder] = uitkomsten(met, '2027-01-01');
    expect([eigen!.peildatum, eigen!.peildatumUit, eigen!.geslaagd]).toEqual(['2030-05-05', 'voorbeeld', true]);
    expect([zonder!.peildatum, zonder!.peildatumUit]).toEqual(['2027-01-01', 'opdracht']);
    expect(zonder!.verschillen).toEqual(['d: verwacht 2000-01-01, kreeg 2027-01-01']);
    expect(uitkomsten(met)[1]).toMatchObject({ peildatum: '2026-06-01', peildatumUit: 'bestand' });
    expect(uitkomsten(`${KOP}  geldig vanaf 2025-01-01\n${LICHAAM}`)[1]).toMatchObject({ peildatum: '2025-01-01', peildatumUit: 'geldig vanaf' });
    expect(uitkomsten(`${KOP}${LICHAAM}`)[1]).toMatchObject({ peildatum: '2026-01-01', peildatumUit: 'standaard' });
  });

  it('een tweede "voorbeelden peildatum" is fout RW1014, een onbestaande datum RW2010', () => {
    const r = laad(`${KOP}${LICHAAM}voorbeelden peildatum 2026-06-01\nvoorbeelden peildatum 2026-02-30\n`, 'p.regel', stdlibLader);
    const codes = r.diagnosen.map((d) => `${d.code}:${d.plek.regel}`);
    expect(codes).toContain('RW1014:14');
    expect(codes).toContain('RW2010:14');
    expect(r.diagnosen.find((d) => d.code === 'RW1014')!.melding).toMatch(/'voorbeelden peildatum' staat er al \(2026-06-01, regel 13\)/);
  });
});

describe('regelwerk test en de peildatum', () => {
  let pad = '';
  beforeAll(() => {
    pad = join(mkdtempSync(join(tmpdir(), 'regelwerk-peil-')), 'p.regel');
    writeFileSync(pad, `${KOP}${LICHAAM}`);
  });
  const regelwerk = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/regelwerk.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('--peildatum geldt voor voorbeelden zonder eigen peildatum, en een mislukking noemt de gebruikte peildatum', () => {
    const r = regelwerk('test', pad, '--peildatum', '2027-01-01', '--runs', '5');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✓ eigen');
    expect(r.stdout).toMatch(/✗ zonder \(.*p\.regel:10, peildatum 2027-01-01 uit --peildatum\)/);
    expect(r.stdout).toContain('d: verwacht 2000-01-01, kreeg 2027-01-01');
  });

  it('--json geeft per voorbeeld de peildatum en waar die vandaan komt', () => {
    const r = regelwerk('test', pad, '--json', '--runs', '5');
    const json = JSON.parse(r.stdout) as { bestanden: { voorbeelden: { naam: string; peildatum: string; peildatumUit: string }[] }[] };
    expect(json.bestanden[0]!.voorbeelden.map((v) => [v.naam, v.peildatum, v.peildatumUit])).toEqual([['eigen', '2030-05-05', 'voorbeeld'], ['zonder', '2026-01-01', 'standaard']]);
  });

  it('een onbestaande --peildatum is een gebruiksfout in het Nederlands', () => {
    const r = regelwerk('test', pad, '--peildatum', '2026-02-30');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--peildatum verwacht een bestaande datum als JJJJ-MM-DD, niet '2026-02-30'");
  });
});
