import { readFileSync } from 'node:fs';
import { laad } from '../language/index.js';
import { draaiVoorbeelden } from '../compiler/voorbeelden.js';
const f = process.argv[2]!;
const r = laad(readFileSync(f, 'utf8'), f);
for (const u of draaiVoorbeelden(r.gecontroleerd)) console.log(u.geslaagd ? 'ok ' : 'XX ', u.naam, u.verschillen.join('; '));
