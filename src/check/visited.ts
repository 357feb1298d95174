/*
 * The explorer's set of seen states: 64-bit hashes in one open-addressing
 * table of two Uint32 words per slot (and an Int32 value: the state's node),
 * linear probing, doubled at half load.
 * A JS Set of strings or BigInts costs ~60 bytes per entry and stops at
 * 2^24 entries; this costs 24 bytes per slot at worst and stops at memory.
 *
 * (0, 0) marks an empty slot, so a state hashing to it is stored as (1, 0).
 * Two states with the same 64-bit hash are one state to the explorer: with
 * n states the chance of any collision is about n^2 / 2^65 (1e-8 at 10^6).
 */

export class VisitedSet {
  private table: Uint32Array;
  /** A value per slot (addOrGet); 0 for entries added with add(). */
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacityLog2 = 16) {
    this.table = new Uint32Array(2 << capacityLog2);
    this.values = new Int32Array(1 << capacityLog2);
    this.mask = (1 << capacityLog2) - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Add (lo, hi); true when it was not there before. */
  add(lo: number, hi: number): boolean {
    if (lo === 0 && hi === 0) lo = 1;
    if (this.count * 2 >= this.mask + 1) this.grow();
    return this.insert(this.table, this.mask, lo >>> 0, hi >>> 0);
  }

  /**
   * Add (lo, hi) with a value (the explorer's node of the state); returns
   * -1 when it was new, else the value stored with it.
   */
  addOrGet(lo: number, hi: number, value: number): number {
    if (lo === 0 && hi === 0) lo = 1;
    if (this.count * 2 >= this.mask + 1) this.grow();
    lo >>>= 0;
    hi >>>= 0;
    const t = this.table;
    for (let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask; ; i = (i + 1) & this.mask) {
      const a = t[2 * i]!;
      const b = t[2 * i + 1]!;
      if (a === 0 && b === 0) {
        t[2 * i] = lo;
        t[2 * i + 1] = hi;
        this.values[i] = value;
        this.count++;
        return -1;
      }
      if (a === lo && b === hi) return this.values[i]!;
    }
  }

  has(lo: number, hi: number): boolean {
    if (lo === 0 && hi === 0) lo = 1;
    lo >>>= 0;
    hi >>>= 0;
    const t = this.table;
    for (let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask; ; i = (i + 1) & this.mask) {
      const a = t[2 * i]!;
      const b = t[2 * i + 1]!;
      if (a === 0 && b === 0) return false;
      if (a === lo && b === hi) return true;
    }
  }

  private insert(
    t: Uint32Array,
    mask: number,
    lo: number,
    hi: number,
    values = this.values,
    value = 0,
  ): boolean {
    for (let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask; ; i = (i + 1) & mask) {
      const a = t[2 * i]!;
      const b = t[2 * i + 1]!;
      if (a === 0 && b === 0) {
        t[2 * i] = lo;
        t[2 * i + 1] = hi;
        values[i] = value;
        this.count++;
        return true;
      }
      if (a === lo && b === hi) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    const mask = this.mask * 2 + 1;
    const oldValues = this.values;
    const t = new Uint32Array(2 * (mask + 1));
    const values = new Int32Array(mask + 1);
    this.count = 0;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] !== 0 || old[i + 1] !== 0)
        this.insert(t, mask, old[i]!, old[i + 1]!, values, oldValues[i >> 1]!);
    }
    this.table = t;
    this.values = values;
    this.mask = mask;
  }
}
