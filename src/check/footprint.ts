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

const fieldHashes = new Map<string, number>();

function fieldHash(struct: string, field: string): number {
  const name = `${struct}.${field}`;
  let h = fieldHashes.get(name);
  if (h === undefined) {
    h = 0x811c9dc5;
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    fieldHashes.set(name, h);
  }
  return h;
}

const mix = (a: number, b: number) =>
  (Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) ^ b) >>> 1;

export const RCU_KEY = 0x3c6ef372 >>> 1;

/** The catalogue's bare names and the struct the World reports them under. */
const SLOT_STRUCT: Record<string, string> = { pte: "pte_t", pmd: "pmd_t", list_head: "list_head" };

/** Collects one step's footprint. */
export class FootprintRecorder {
  private keys: number[] = [];
  private all = false;

  reset(): void {
    this.keys.length = 0;
    this.all = false;
  }

  field(struct: string, field: string, write: boolean): void {
    this.keys.push(((fieldHash(struct, field) >>> 1) << 1) | (write ? 1 : 0));
  }

  /** A builtin's declared effects, as the catalogue names them ("folio.mapping", "pte"). */
  declared(names: readonly string[], write: boolean): void {
    for (const n of names) {
      const dot = n.indexOf(".");
      if (dot >= 0) this.field(n.slice(0, dot), n.slice(dot + 1), write);
      else this.field(SLOT_STRUCT[n] ?? n, n, write);
    }
  }

  /** A lock or RCU operation: it changes who may run, so it is a write. */
  lock(lock: number): void {
    this.keys.push(((lock === 0 ? RCU_KEY : mix(lock, 0x27d4eb2f)) << 1) | 1);
  }

  /** An interval tree operation: the anon_vma's rb_root, as the catalogue declares it. */
  tree(write: boolean): void {
    this.field("anon_vma", "rb_root", write);
  }

  /** Dependent on every other step. */
  everything(): void {
    this.all = true;
  }

  take(): Footprint {
    return this.all ? "all" : Int32Array.from(this.keys);
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
