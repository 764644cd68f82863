import { readFileSync } from 'node:fs';
import { laad, formatDiagnose } from '../language/index.js';
const f = process.argv[2]!;
const t = readFileSync(f, 'utf8');
const r = laad(t, f);
for (const d of r.diagnosen) console.log(formatDiagnose(d, t));
console.log('ok', r.ok);
