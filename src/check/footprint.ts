/*
 * What one step touched, for the explorer's sleep sets: two steps of
 * different threads are independent (they commute, and neither enables or
 * disables the other) when neither writes what the other touches.
 *
 * Memory is keyed by struct field, not by object: a builtin may write more
 * fields than the World reports as accesses (folio_add_new_anon_rmap sets
 * mapping, index, _mapcount and the page flags), and the model's catalogue
 * declares each builtin's fields without objects, so the step's reported
 * accesses and its declared effects meet only at field granularity. Locks
 * are keyed by the lock object (a lock operation changes who may run, so
 * it counts as a write), RCU as one object. Keys are 31-bit hashes: a
 * collision only makes two steps look dependent, which costs pruning,
 * never soundness. Allocation and free (slab reuse hands out recycled
 * objects) and wild or freed accesses are dependent on everything.
 */

export type Footprint = Int32Array | "all";

/** struct -> field -> key (memoised: this runs on every access of every explored step). */
const fieldKeys = new Map<string, Map<string, number>>();

function fieldKey(struct: string, field: string): number {
  let fields = fieldKeys.get(struct);
  if (!fields) {
    fields = new Map();
    fieldKeys.set(struct, fields);
  }
  let k = fields.get(field);
  if (k === undefined) {
    const name = `${struct}.${field}`;
    let h = 0x811c9dc5;
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    k = h >>> 1;
    fields.set(field, k);
  }
  return k;
}

/** Each builtin's declared effects as keys with their write bit, computed once per name list. */
const declaredKeys = [
  new WeakMap<readonly string[], readonly number[]>(),
  new WeakMap<readonly string[], readonly number[]>(),
];

const mix = (a: number, b: number) =>
  (Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) ^ b) >>> 1;

export const RCU_KEY = 0x3c6ef372 >>> 1;

/** The catalogue's bare names and the struct the World reports them under. */
const SLOT_STRUCT: Record<string, string> = { pte: "pte_t", pmd: "pmd_t", list_head: "list_head" };

/** Interned footprints by a hash of their keys (FootprintRecorder.take). */
export type FootprintTable = Map<number, Int32Array[]>;

function sameKeys(f: Int32Array, keys: Int32Array, n: number): boolean {
  if (f.length !== n) return false;
  for (let i = 0; i < n; i++) if (f[i] !== keys[i]) return false;
  return true;
}

/** Collects one step's footprint. */
export class FootprintRecorder {
  /** keys[0..n): a buffer kept from step to step, grown when a step touches more. */
  private keys = new Int32Array(64);
  private n = 0;
  private all = false;

  constructor(
    /** Footprints taken so far, by a hash of their keys (take()): one table per search. */
    private readonly interned: FootprintTable = new Map(),
  ) {}

  reset(): void {
    this.n = 0;
    this.all = false;
  }

  /** Does this recorder intern into `table`? */
  interns(table: FootprintTable): boolean {
    return this.interned === table;
  }

  private push(key: number): void {
    if (this.n === this.keys.length) {
      const grown = new Int32Array(this.n * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.n++] = key;
  }

  /** The last field() and its key: a loop over a table names one field again and again. */
  private lastStruct = "";
  private lastField = "";
  private lastKey = 0;

  field(struct: string, field: string, write: boolean): void {
    if (struct !== this.lastStruct || field !== this.lastField) {
      this.lastStruct = struct;
      this.lastField = field;
      this.lastKey = fieldKey(struct, field);
    }
    const key = (this.lastKey << 1) | (write ? 1 : 0);
    // The same as the last one (a loop over a PTE table reads one field 512
    // times): a footprint is a set, and take() and independent() cost its length.
    if (this.n > 0 && this.keys[this.n - 1] === key) return;
    this.push(key);
  }

  /** A builtin's declared effects, as the catalogue names them ("folio.mapping", "pte"). */
  declared(names: readonly string[], write: boolean): void {
    const memo = declaredKeys[write ? 1 : 0]!;
    let keys = memo.get(names);
    if (!keys) {
      keys = names.map((n) => {
        const dot = n.indexOf(".");
        const key =
          dot >= 0 ? fieldKey(n.slice(0, dot), n.slice(dot + 1)) : fieldKey(SLOT_STRUCT[n] ?? n, n);
        return (key << 1) | (write ? 1 : 0);
      });
      memo.set(names, keys);
    }
    for (let i = 0; i < keys.length; i++) this.push(keys[i]!);
  }

  /** A lock or RCU operation: it changes who may run, so it is a write. */
  lock(lock: number): void {
    this.push(((lock === 0 ? RCU_KEY : mix(lock, 0x27d4eb2f)) << 1) | 1);
  }

  /** An interval tree operation: the anon_vma's rb_root, as the catalogue declares it. */
  tree(write: boolean): void {
    this.field("anon_vma", "rb_root", write);
  }

  /** Dependent on every other step. */
  everything(): void {
    this.all = true;
  }

  /**
   * The step's footprint. Steps at the same place touch the same fields
   * and locks, so footprints are interned: the explorer's sleep sets keep
   * one per state, and most states share a handful of them.
   */
  take(): Footprint {
    if (this.all) return "all";
    const keys = this.keys;
    const n = this.n;
    let h = n;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ keys[i]!, 0x9e3779b1) ^ (h >>> 15);
    const same = this.interned.get(h);
    if (same) for (const f of same) if (sameKeys(f, keys, n)) return f;
    const f = keys.slice(0, n);
    if (same) same.push(f);
    else this.interned.set(h, [f]);
    return f;
  }
}

/** True when the two steps commute: no shared key that either one writes. */
export function independent(a: Footprint, b: Footprint): boolean {
  if (a === "all" || b === "all") return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    for (let j = 0; j < b.length; j++) {
      const y = b[j]!;
      if (x >>> 1 === y >>> 1 && ((x | y) & 1) === 1) return false;
    }
  }
  return true;
}
