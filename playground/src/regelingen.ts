// De meegeleverde regelingen (policies/*.regel) voor `gebruik regeling naam`: de speeltuin heeft
// geen map naast het bestand, dus een regeling gebruikt een van deze, op naam (zo gebruikt een
// regeling over loondoorbetaling bij ziekte het minimumjeugdloon). De workers die laden lezen hem.
/// <reference types="vite/client" />
import { tekstenLader, type RegelingLader } from '../../compiler/index.js';

const REGELINGEN = import.meta.glob<string>('../../policies/*.regel', { query: '?raw', import: 'default', eager: true });

export const regelingLader: RegelingLader = tekstenLader(Object.fromEntries(
  Object.entries(REGELINGEN).map(([pad, tekst]) => [pad.slice(pad.lastIndexOf('/') + 1).replace(/\.regel$/, ''), tekst]),
));
