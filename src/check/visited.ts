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

  /** Small at first: a table that fits in cache probes faster, and most searches are small. */
  constructor(capacityLog2 = 12) {
    this.table = new Uint32Array(2 << capacityLog2);
    this.values = new Int32Array(1 << capacityLog2);
    this.mask = (1 << capacityLog2) - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Add (lo, hi); true when it was not there before. */
  add(lo: number, hi: number): boolean {
    return this.addOrGet(lo, hi, 0) < 0;
  }

  /**
   * Add (lo, hi) with a value (the explorer's node of the state); returns
   * -1 when it was new, else the value stored with it.
   */
  addOrGet(lo: number, hi: number, value: number): number {
    if (this.count * 2 >= this.mask + 1) this.grow();
    const i = this.slot(lo, hi);
    if (this.table[2 * i] !== 0 || this.table[2 * i + 1] !== 0) return this.values[i]!;
    this.put(i, lo, hi, value);
    return -1;
  }

  has(lo: number, hi: number): boolean {
    const i = this.slot(lo, hi);
    return this.table[2 * i] !== 0 || this.table[2 * i + 1] !== 0;
  }

  /** The slot holding (lo, hi), or the empty slot where it would go (linear probing). */
  private slot(lo: number, hi: number): number {
    if (lo === 0 && hi === 0) lo = 1;
    lo >>>= 0;
    hi >>>= 0;
    const t = this.table;
    for (let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask; ; i = (i + 1) & this.mask) {
      const a = t[2 * i]!;
      const b = t[2 * i + 1]!;
      if ((a === 0 && b === 0) || (a === lo && b === hi)) return i;
    }
  }

  private put(i: number, lo: number, hi: number, value: number): void {
    if (lo === 0 && hi === 0) lo = 1;
    this.table[2 * i] = lo;
    this.table[2 * i + 1] = hi;
    this.values[i] = value;
    this.count++;
  }

  private grow(): void {
    const old = this.table;
    const oldValues = this.values;
    this.mask = this.mask * 2 + 1;
    this.table = new Uint32Array(2 * (this.mask + 1));
    this.values = new Int32Array(this.mask + 1);
    this.count = 0;
    for (let i = 0; i < old.length; i += 2) {
      const lo = old[i]!;
      const hi = old[i + 1]!;
      if (lo !== 0 || hi !== 0) this.put(this.slot(lo, hi), lo, hi, oldValues[i >> 1]!);
    }
  }
}
