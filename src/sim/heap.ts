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
 * One struct type's objects, row by row: object i's field f is words[i * nf
 * + f]. Rows rather than a column per field, so that copying a heap (the
 * explorer branches thousands of times a second) is one copy per type.
 */
class Table {
  count = 1; // slot 0 is never handed out
  /** Fields per object. */
  readonly nf: number;
  words: Int32Array;
  live: Uint8Array;
  tag: Uint8Array;
  free: number[] = [];

  constructor(
    readonly layout: TypeLayout,
    capacity = 16,
  ) {
    this.nf = layout.fields.length;
    this.words = new Int32Array(capacity * this.nf);
    this.live = new Uint8Array(capacity);
    this.tag = new Uint8Array(capacity);
  }

  grow(): void {
    const cap = this.live.length * 2;
    const words = new Int32Array(cap * this.nf);
    words.set(this.words);
    this.words = words;
    const live = new Uint8Array(cap);
    live.set(this.live);
    this.live = live;
    const tag = new Uint8Array(cap);
    tag.set(this.tag);
    this.tag = tag;
  }
}

/**
 * The layouts of a heap's struct types, built once per program and shared
 * by every Heap of it (the explorer makes hundreds of Worlds per scenario).
 */
export class HeapShape {
  readonly layouts: TypeLayout[] = [];
  readonly byName = new Map<string, number>();

  constructor(structs: Iterable<StructDef>, extra: readonly string[] = []) {
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
  }
}

export class Heap {
  private readonly tables: Table[];
  private readonly byName: ReadonlyMap<string, number>;
  /** The incremental state hash, two 32-bit halves. */
  hashLo = 0;
  hashHi = 0;

  constructor(structs: Iterable<StructDef> | HeapShape, extra: readonly string[] = []) {
    const shape = structs instanceof HeapShape ? structs : new HeapShape(structs, extra);
    this.tables = shape.layouts.map((l) => new Table(l));
    this.byName = shape.byName;
  }

  /**
   * Become a copy of src, a heap of the same structs (the explorer starts
   * every replay from one heap built by the scenario's setup).
   */
  copyFrom(src: Heap): void {
    src.tables.forEach((a, i) => {
      const b = this.tables[i]!;
      b.count = a.count;
      // Into the arrays already there when the capacities agree (they
      // mostly do: one scenario's copies): fresh typed arrays per copy are
      // what the garbage collector would spend its time on.
      if (b.live.length === a.live.length) {
        b.words.set(a.words);
        b.live.set(a.live);
        b.tag.set(a.tag);
      } else {
        b.words = a.words.slice();
        b.live = a.live.slice();
        b.tag = a.tag.slice();
      }
      b.free.length = 0;
      for (const f of a.free) b.free.push(f);
    });
    this.hashLo = src.hashLo;
    this.hashHi = src.hashHi;
  }

  typeOf(name: string): number {
    const t = this.byName.get(name);
    if (t === undefined) throw new Error(`no struct '${name}' in the heap`);
    return t;
  }

  layout(type: number): TypeLayout {
    return this.tables[type - 1]!.layout;
  }

  field(type: number, name: string): number {
    const i = this.layout(type).fieldIndex.get(name);
    if (i === undefined) throw new Error(`struct ${this.layout(type).name} has no field '${name}'`);
    return i;
  }

  /** Allocate a zeroed object, its embedded objects too; returns its pointer. */
  alloc(type: number): number {
    const t = this.tables[type - 1]!;
    let index: number;
    if (t.free.length > 0) {
      index = t.free.pop()!;
      t.tag[index] = (t.tag[index]! + 1) & TAG_MASK;
    } else {
      index = t.count++;
      if (index > INDEX_MASK) throw new Error(`out of ${t.layout.name} objects`);
      if (index >= t.live.length) t.grow();
    }
    return this.bring(type, t, index);
  }

  /** Make slot index of table t live: zeroed fields, embedded objects allocated. */
  private bring(type: number, t: Table, index: number): number {
    t.live[index] = 1;
    const p = makePtr(type, index, t.tag[index]!);
    this.mix(p, -1, 1);
    for (let f = 0; f < t.nf; f++) {
      const emb = t.layout.embedded.get(f);
      this.set(t, index, f, emb ? this.alloc(this.typeOf(emb)) : 0, p);
    }
    return p;
  }

  /**
   * Allocate the object at a chosen index: a thread's own arena of stack
   * objects (World.alloca), so that two threads' allocations commute. The
   * slot's tag advances on every allocation, as on reuse by alloc().
   */
  allocAt(type: number, index: number): number {
    const t = this.tables[type - 1]!;
    if (index <= 0 || index > INDEX_MASK) throw new Error(`no ${t.layout.name} slot ${index}`);
    while (index >= t.live.length) t.grow();
    if (t.live[index]) throw new Error(`${t.layout.name} slot ${index} is in use`);
    if (index >= t.count) t.count = index + 1;
    t.tag[index] = (t.tag[index]! + 1) & TAG_MASK;
    return this.bring(type, t, index);
  }

  /**
   * Free an object and its embedded objects. The slot may be reused at once
   * by alloc(), unless `reuse` is false (arena slots: the arena reuses them).
   */
  free(p: number, reuse = true): void {
    const t = this.tables[ptrType(p) - 1]!;
    const index = ptrIndex(p);
    for (let f = 0; f < t.nf; f++) {
      if (t.layout.embedded.has(f)) this.free(t.words[index * t.nf + f]!);
      this.set(t, index, f, 0, p);
    }
    t.live[index] = 0;
    this.mix(p, -1, 1);
    if (reuse) t.free.push(index);
  }

  validity(p: number, expectType?: number): Validity {
    if (p === 0) return "null";
    const type = ptrType(p);
    if (type === 0 || type > this.tables.length || (p & 7) !== 0) return "wild";
    if (expectType !== undefined && type !== expectType) return "wild";
    const t = this.tables[type - 1]!;
    const index = ptrIndex(p);
    if (index === 0 || index >= t.count) return "wild";
    if (!t.live[index]) return "freed";
    return t.tag[index] === ptrTag(p) ? "ok" : "stale";
  }

  /** Field read; the caller has checked validity. */
  load(p: number, field: number): number {
    const t = this.tables[ptrType(p) - 1]!;
    return t.words[ptrIndex(p) * t.nf + field]!;
  }

  store(p: number, field: number, value: number): void {
    this.set(this.tables[ptrType(p) - 1]!, ptrIndex(p), field, value | 0, p);
  }

  private set(t: Table, index: number, field: number, value: number, p: number): void {
    const w = index * t.nf + field;
    const old = t.words[w]!;
    if (old === value) return;
    this.mix(p, field, old);
    this.mix(p, field, value);
    t.words[w] = value;
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
    const t = this.tables[type - 1]!;
    return index > 0 && index < t.count ? makePtr(type, index, t.tag[index]!) : 0;
  }

  /** Live objects of a type, for monitors and reports. */
  *live(type: number): Generator<number> {
    const t = this.tables[type - 1]!;
    for (let i = 1; i < t.count; i++) if (t.live[i]) yield makePtr(type, i, t.tag[i]!);
  }
}
