/*
 * The explorer's set of seen states: 64-bit hashes in one open-addressing
 * table, linear probing, doubled at half load. A slot is three Int32 words
 * side by side, the hash's two halves and a value (the state's node), so a
 * probe that finds its state reads one cache line, not one in a table of
 * hashes and another in a table of values (a probe at a random slot of a
 * table of tens of thousands of states is likely a cache miss).
 * A JS Set of strings or BigInts costs ~60 bytes per entry and stops at
 * 2^24 entries; this costs 12 bytes per slot (24 to 48 per entry) and
 * stops at memory.
 *
 * (0, 0) marks an empty slot, so a state hashing to it is stored as (1, 0).
 * Two states with the same 64-bit hash are one state to the explorer: with
 * n states the chance of any collision is about n^2 / 2^65 (1e-8 at 10^6).
 */

const SLOT = 3;

export class VisitedSet {
  /** Per slot: lo, hi, value (addOrGet's; 0 for entries added with add()). */
  private table: Int32Array;
  private mask: number;
  private count = 0;

  /** Small at first: a table that fits in cache probes faster, and most searches are small. */
  constructor(capacityLog2 = 12) {
    this.table = new Int32Array(SLOT << capacityLog2);
    this.mask = (1 << capacityLog2) - 1;
  }

  /**
   * Empty again, at the size it grew to: the next search of a verify run
   * skips the growth (each doubling rehashes every entry) at the cost of
   * zeroing the table.
   */
  clear(): void {
    this.table.fill(0);
    this.count = 0;
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
    const s = this.slot(lo, hi);
    const t = this.table;
    if (t[s] !== 0 || t[s + 1] !== 0) return t[s + 2]!;
    this.put(s, lo, hi, value);
    return -1;
  }

  has(lo: number, hi: number): boolean {
    const s = this.slot(lo, hi);
    return this.table[s] !== 0 || this.table[s + 1] !== 0;
  }

  /** The slot (its first word) holding (lo, hi), or the empty one where it would go. */
  private slot(lo: number, hi: number): number {
    if (lo === 0 && hi === 0) lo = 1;
    lo |= 0;
    hi |= 0;
    const t = this.table;
    const mask = this.mask;
    for (let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask; ; i = (i + 1) & mask) {
      const s = i * SLOT;
      const a = t[s]!;
      const b = t[s + 1]!;
      if ((a === 0 && b === 0) || (a === lo && b === hi)) return s;
    }
  }

  private put(s: number, lo: number, hi: number, value: number): void {
    if (lo === 0 && hi === 0) lo = 1;
    const t = this.table;
    t[s] = lo;
    t[s + 1] = hi;
    t[s + 2] = value;
    this.count++;
  }

  private grow(): void {
    const old = this.table;
    this.mask = this.mask * 2 + 1;
    this.table = new Int32Array(SLOT * (this.mask + 1));
    this.count = 0;
    for (let s = 0; s < old.length; s += SLOT) {
      const lo = old[s]!;
      const hi = old[s + 1]!;
      if (lo !== 0 || hi !== 0) this.put(this.slot(lo, hi), lo, hi, old[s + 2]!);
    }
  }
}
