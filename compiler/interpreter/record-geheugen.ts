// The memory of records read and checked before: property tests read many inputs built from the
// same generated records, and a record found here is not read or checked against its eisen again.
import type { Type } from '../../runtime/typen.js';
import type { Waarde } from './waarde.js';

/**
 * Records of one policy, on one peildatum without parameter overrides, that were read and met
 * their soort's eisen (recordToets remembers them): reading a whole input with the same geheugen
 * (leesGeldigeInvoer) takes their values instead of reading and checking them again.
 */
export class RecordGeheugen {
  // The most recent records only: a generated record is read again within the same case (the
  // whole input, a varied copy of it), and a small ring costs the garbage collector nothing,
  // unlike a WeakMap with an entry per record. A record not found is simply read again.
  private readonly json: (object | undefined)[] = new Array<object | undefined>(RECENT).fill(undefined);
  private readonly typen: (Type | undefined)[] = new Array<Type | undefined>(RECENT).fill(undefined);
  private readonly waarden: (Waarde | undefined)[] = new Array<Waarde | undefined>(RECENT).fill(undefined);
  private volgende = 0;
  /** The reader's hook (Leeswijze.bekend): made once. */
  readonly bekend = (x: object, t: Type): Waarde | undefined => {
    for (let i = 0; i < RECENT; i++) if (this.json[i] === x && this.typen[i] === t) return this.waarden[i];
    return undefined;
  };
  onthoud(json: object, type: Type, w: Waarde): void {
    const i = this.volgende;
    this.json[i] = json;
    this.typen[i] = type;
    this.waarden[i] = w;
    this.volgende = (i + 1) % RECENT;
  }
  /** Did this record value (and everything in it) meet its eisen already? */
  isGoed(w: Waarde): boolean {
    return this.waarden.includes(w);
  }
}

/** How many recent records a RecordGeheugen keeps. */
const RECENT = 64;
