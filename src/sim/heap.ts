/*
 * The simulated kernel heap: every object a policy touches, as columns of
 * Int32 words per struct type (struct-of-arrays, no per-object JS objects).
 *
 * Pointers are 32-bit words laid out like tagged kernel pointers:
 *
 *   31      26 25                 6 5   3 2   0
 *   [  type  ][       index        ][ tag ][low]
 *
 * - type: the struct (1..63), so a pointer knows what it points at and a
 *   cast gone wrong is caught as a wild access instead of corrupting memory;
 * - index: the object's slot in its type's table (0 is never used);
 * - tag: a 3-bit allocation tag bumped each time a slot is reused, as arm64
 *   MTE / KASAN's hardware tag-based mode does: a stale pointer to a freed
 *   and reused anon_vma (SLAB_TYPESAFE_BY_RCU) is told from a fresh one;
 * - low: zero in every object pointer, so FOLIO_MAPPING_ANON (bit 0) and
 *   FOLIO_MAPPING_KSM (bit 1) can be OR-ed in, as folio->mapping does.
 *
 * A 64-bit state hash is kept incrementally (Zobrist-style: XOR of a hash of
 * every (word, value) pair), so the explorer can hash the heap in O(1).
 */

import type { StructDef } from "../model/index.ts";

export const TYPE_SHIFT = 26;
export const INDEX_SHIFT = 6;
export const TAG_SHIFT = 3;
const INDEX_MASK = (1 << 20) - 1;
const TAG_MASK = 7;
export const MAX_TYPES = 63;

export const ptrType = (p: number): number => (p >>> TYPE_SHIFT) & 63;
export const ptrIndex = (p: number): number => (p >>> INDEX_SHIFT) & INDEX_MASK;
export const ptrTag = (p: number): number => (p >>> TAG_SHIFT) & TAG_MASK;
export const makePtr = (type: number, index: number, tag: number): number =>
  (type << TYPE_SHIFT) | (index << INDEX_SHIFT) | (tag << TAG_SHIFT) | 0;

/** What a pointer leads to, for the KASAN-style monitor. */
export type Validity = "ok" | "null" | "wild" | "freed" | "stale";

export interface TypeLayout {
  readonly tag: number;
  readonly name: string;
  readonly fields: readonly string[];
  readonly fieldIndex: ReadonlyMap<string, number>;
  /** For embedded fields: the struct name of the embedded object. */
  readonly embedded: ReadonlyMap<number, string>;
}

/**
 * Where each struct type's objects live in a heap's buffers: type k's
 * object i has its fields at words[wordBase[k] + i * nf + f] and its live
 * bit and allocation tag at alive/tag[slotBase[k] + i]. All types share one
 * buffer of each kind, so copying a heap (the explorer branches thousands
 * of times a second) is three typed-array copies, and a new heap three
 * allocations. Immutable (but for its memo of grown ones): a type
 * outgrowing its capacity moves the heap to another geometry, and heaps
 * with the same one copy into each other in place.
 */
class Geometry {
  readonly wordBase: Int32Array;
  readonly slotBase: Int32Array;
  readonly words: number;
  readonly slots: number;

  constructor(
    /** Fields per object, per type. */
    readonly nf: Int32Array,
    /** Object slots per type. */
    readonly cap: Int32Array,
  ) {
    this.wordBase = new Int32Array(nf.length);
    this.slotBase = new Int32Array(nf.length);
    let w = 0;
    let n = 0;
    for (let k = 0; k < nf.length; k++) {
      this.wordBase[k] = w;
      this.slotBase[k] = n;
      w += cap[k]! * nf[k]!;
      n += cap[k]!;
    }
    this.words = w;
    this.slots = n;
  }

  /**
   * The same with type k's capacity doubled; one per (geometry, k), so
   * heaps that grow alike (copies of one scenario's executions) still
   * share their geometry and copy into each other in place.
   */
  grown(k: number): Geometry {
    let g = this.next[k];
    if (!g) {
      const cap = this.cap.slice();
      cap[k] = cap[k]! * 2;
      g = new Geometry(this.nf, cap);
      this.next[k] = g;
    }
    return g;
  }

  private readonly next: (Geometry | undefined)[] = [];
}

/** Object slots per type in a new heap. */
const INITIAL_CAPACITY = 16;

/**
 * The layouts of a heap's struct types, built once per program and shared
 * by every Heap of it (the explorer makes hundreds of Worlds per scenario).
 */
export class HeapShape {
  readonly layouts: TypeLayout[] = [];
  readonly byName = new Map<string, number>();
  /** Where a new heap keeps each type's objects. */
  readonly geometry: Geometry;

  constructor(
    structs: Iterable<StructDef>,
    extra: readonly string[] = [],
    /** Object slots a new heap has for these types (INITIAL_CAPACITY for the others). */
    capacity: ReadonlyMap<string, number> = new Map(),
  ) {
    const add = (name: string, fields: readonly string[], embedded: Map<number, string>) => {
      const tag = this.layouts.length + 1;
      if (tag > MAX_TYPES)
        throw new Error(`too many struct types for the pointer layout (max ${MAX_TYPES})`);
      this.layouts.push({
        tag,
        name,
        fields,
        fieldIndex: new Map(fields.map((f, i) => [f, i])),
        embedded,
      });
      this.byName.set(name, tag);
    };
    const defs = [...structs];
    const kinds = new Map(defs.map((d) => [d.name, d.kind]));
    for (const d of defs) {
      const embedded = new Map<number, string>();
      d.fields.forEach((f, i) => {
        if (f.type.kind === "struct" && kinds.get(f.type.name) === "embedded")
          embedded.set(i, f.type.name);
      });
      add(
        d.name,
        d.fields.map((f) => f.name),
        embedded,
      );
    }
    for (const name of extra) add(name, ["*"], new Map());
    this.geometry = new Geometry(
      Int32Array.from(this.layouts, (l) => l.fields.length),
      Int32Array.from(this.layouts, (l) => capacity.get(l.name) ?? INITIAL_CAPACITY),
    );
  }
}

export class Heap {
  private readonly layouts: readonly TypeLayout[];
  private readonly byName: ReadonlyMap<string, number>;
  private geo: Geometry;
  private words: Int32Array;
  private alive: Uint8Array;
  private tag: Uint8Array;
  /** Slots handed out per type (slot 0 is never handed out). */
  private readonly count: Int32Array;
  /** Freed slots per type, for reuse (SLAB_TYPESAFE_BY_RCU: at once). */
  private readonly freed: number[][];
  /** The incremental state hash, two 32-bit halves. */
  hashLo = 0;
  hashHi = 0;

  constructor(structs: Iterable<StructDef> | HeapShape, extra: readonly string[] = []) {
    const shape = structs instanceof HeapShape ? structs : new HeapShape(structs, extra);
    this.layouts = shape.layouts;
    this.byName = shape.byName;
    this.geo = shape.geometry;
    this.words = new Int32Array(this.geo.words);
    this.alive = new Uint8Array(this.geo.slots);
    this.tag = new Uint8Array(this.geo.slots);
    this.count = new Int32Array(this.layouts.length).fill(1);
    this.freed = this.layouts.map(() => []);
  }

  /**
   * Become a copy of src, a heap of the same structs (the explorer starts
   * every replay from one heap built by the scenario's setup).
   */
  copyFrom(src: Heap): void {
    // Into the buffers already here when the geometries agree (they mostly
    // do: one scenario's copies), so a copy allocates nothing.
    if (this.geo === src.geo) {
      this.words.set(src.words);
      this.alive.set(src.alive);
      this.tag.set(src.tag);
    } else {
      this.geo = src.geo;
      this.words = src.words.slice();
      this.alive = src.alive.slice();
      this.tag = src.tag.slice();
    }
    this.count.set(src.count);
    for (let k = 0; k < this.freed.length; k++) {
      const mine = this.freed[k]!;
      const theirs = src.freed[k]!;
      if (mine.length === 0 && theirs.length === 0) continue;
      mine.length = theirs.length;
      for (let i = 0; i < theirs.length; i++) mine[i] = theirs[i]!;
    }
    this.hashLo = src.hashLo;
    this.hashHi = src.hashHi;
  }

  /** Double type k's capacity: a new geometry, every type's objects moved into new buffers. */
  private grow(k: number): void {
    const from = this.geo;
    const to = from.grown(k);
    const words = new Int32Array(to.words);
    const live = new Uint8Array(to.slots);
    const tag = new Uint8Array(to.slots);
    for (let j = 0; j < this.layouts.length; j++) {
      const w0 = from.wordBase[j]!;
      words.set(this.words.subarray(w0, w0 + from.cap[j]! * from.nf[j]!), to.wordBase[j]!);
      const s0 = from.slotBase[j]!;
      live.set(this.alive.subarray(s0, s0 + from.cap[j]!), to.slotBase[j]!);
      tag.set(this.tag.subarray(s0, s0 + from.cap[j]!), to.slotBase[j]!);
    }
    this.geo = to;
    this.words = words;
    this.alive = live;
    this.tag = tag;
  }

  typeOf(name: string): number {
    const t = this.byName.get(name);
    if (t === undefined) throw new Error(`no struct '${name}' in the heap`);
    return t;
  }

  layout(type: number): TypeLayout {
    return this.layouts[type - 1]!;
  }

  field(type: number, name: string): number {
    const i = this.layout(type).fieldIndex.get(name);
    if (i === undefined) throw new Error(`struct ${this.layout(type).name} has no field '${name}'`);
    return i;
  }

  /** Allocate a zeroed object, its embedded objects too; returns its pointer. */
  alloc(type: number): number {
    const k = type - 1;
    const free = this.freed[k]!;
    let index: number;
    if (free.length > 0) {
      index = free.pop()!;
      const s = this.geo.slotBase[k]! + index;
      this.tag[s] = (this.tag[s]! + 1) & TAG_MASK;
    } else {
      index = this.count[k]!++;
      if (index > INDEX_MASK) throw new Error(`out of ${this.layouts[k]!.name} objects`);
      if (index >= this.geo.cap[k]!) this.grow(k);
    }
    return this.bring(type, index);
  }

  /** Make slot index of a type live: zeroed fields, embedded objects allocated. */
  private bring(type: number, index: number): number {
    const k = type - 1;
    const s = this.geo.slotBase[k]! + index;
    this.alive[s] = 1;
    const p = makePtr(type, index, this.tag[s]!);
    this.mix(p, -1, 1);
    const layout = this.layouts[k]!;
    for (let f = 0; f < layout.fields.length; f++) {
      const emb = layout.embedded.get(f);
      this.set(k, index, f, emb ? this.alloc(this.typeOf(emb)) : 0, p);
    }
    return p;
  }

  /**
   * Allocate the object at a chosen index: a thread's own arena of stack
   * objects (World.alloca), so that two threads' allocations commute. The
   * slot's tag advances on every allocation, as on reuse by alloc().
   */
  allocAt(type: number, index: number): number {
    const k = type - 1;
    const name = this.layouts[k]!.name;
    if (index <= 0 || index > INDEX_MASK) throw new Error(`no ${name} slot ${index}`);
    while (index >= this.geo.cap[k]!) this.grow(k);
    const s = this.geo.slotBase[k]! + index;
    if (this.alive[s]) throw new Error(`${name} slot ${index} is in use`);
    if (index >= this.count[k]!) this.count[k] = index + 1;
    this.tag[s] = (this.tag[s]! + 1) & TAG_MASK;
    return this.bring(type, index);
  }

  /**
   * Free an object and its embedded objects. The slot may be reused at once
   * by alloc(), unless `reuse` is false (arena slots: the arena reuses them).
   */
  free(p: number, reuse = true): void {
    const k = ptrType(p) - 1;
    const index = ptrIndex(p);
    const layout = this.layouts[k]!;
    const nf = layout.fields.length;
    for (let f = 0; f < nf; f++) {
      if (layout.embedded.has(f)) this.free(this.words[this.geo.wordBase[k]! + index * nf + f]!);
      this.set(k, index, f, 0, p);
    }
    this.alive[this.geo.slotBase[k]! + index] = 0;
    this.mix(p, -1, 1);
    if (reuse) this.freed[k]!.push(index);
  }

  validity(p: number, expectType?: number): Validity {
    if (p === 0) return "null";
    const type = ptrType(p);
    if (type === 0 || type > this.layouts.length || (p & 7) !== 0) return "wild";
    if (expectType !== undefined && type !== expectType) return "wild";
    const k = type - 1;
    const index = ptrIndex(p);
    if (index === 0 || index >= this.count[k]!) return "wild";
    const s = this.geo.slotBase[k]! + index;
    if (!this.alive[s]) return "freed";
    return this.tag[s] === ptrTag(p) ? "ok" : "stale";
  }

  /** Field read; the caller has checked validity. */
  load(p: number, field: number): number {
    const k = ptrType(p) - 1;
    return this.words[this.geo.wordBase[k]! + ptrIndex(p) * this.geo.nf[k]! + field]!;
  }

  store(p: number, field: number, value: number): void {
    this.set(ptrType(p) - 1, ptrIndex(p), field, value | 0, p);
  }

  private set(k: number, index: number, field: number, value: number, p: number): void {
    const w = this.geo.wordBase[k]! + index * this.geo.nf[k]! + field;
    const old = this.words[w]!;
    if (old === value) return;
    this.mix(p, field, old);
    this.mix(p, field, value);
    this.words[w] = value;
  }

  /** XOR a (word, value) pair into the state hash (murmur3 finalisers). */
  private mix(p: number, field: number, value: number): void {
    if (value === 0 && field >= 0) return; // zero words hash to nothing: fresh memory is free
    let a =
      Math.imul((p & ~(TAG_MASK << TAG_SHIFT)) ^ Math.imul(field + 1, 0x9e3779b1), 0x85ebca6b) ^
      value;
    a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
    a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
    a ^= a >>> 16;
    let b = Math.imul(value ^ 0x27d4eb2f, 0xcc9e2d51) ^ Math.imul(p, 0x1b873593) ^ field;
    b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
    b = Math.imul(b ^ (b >>> 12), 0x297a2d39);
    b ^= b >>> 15;
    this.hashLo ^= a;
    this.hashHi ^= b;
  }

  /** The pointer to slot `index` as it is now (its current allocation tag). */
  current(type: number, index: number): number {
    const k = type - 1;
    return index > 0 && index < this.count[k]!
      ? makePtr(type, index, this.tag[this.geo.slotBase[k]! + index]!)
      : 0;
  }

  /** Live objects of a type, for monitors and reports. */
  *live(type: number): Generator<number> {
    const k = type - 1;
    const base = this.geo.slotBase[k]!;
    for (let i = 1; i < this.count[k]!; i++)
      if (this.alive[base + i]) yield makePtr(type, i, this.tag[base + i]!);
  }
}
