/*
 * The simulated kernel state and what each step does to it: the Kernel the
 * interpreter calls. Objects live in the tagged heap (heap.ts); page tables,
 * anon_vma interval trees and lists live beside it in structures keyed by
 * the embedded object's pointer, and fold into the same state hash.
 *
 * What each builtin does is in builtins.ts, which reaches the state
 * through World's members marked for it.
 *
 * Locks, RCU and costs are not decided here: a World is built with a
 * Scheduling object (the timed engine's, or the explorer's) that grants or
 * blocks lock operations. Everything a step does is also reported to an
 * Observer, which is where the monitors (lockdep, races, KASAN, rmap
 * consistency) watch.
 *
 * Model conventions (docs/policy-language.md): folio->_mapcount counts
 * mappings from 0 (the kernel stores count - 1); a folio is pinned when its
 * refcount reaches GUP_PIN_COUNTING_BIAS; PTEs are words
 * [pfn:24][..][write:3][dirty:2][young:1][present:0].
 */

import type { IRProgram } from "../lang/ir.ts";
import {
  type Builtin,
  GLOBALS,
  type LockEffect,
  lockClassName,
  type StructDef,
} from "../model/index.ts";
import { Heap, HeapShape, makePtr, ptrIndex, ptrTag, ptrType, type Validity } from "./heap.ts";
import { CowMap, CowSet, CowTables } from "./cow.ts";
import { type BuiltinImpl, type BuiltinWorld, implementBuiltin } from "./builtins.ts";
import type { Kernel, StepResult, Thread } from "./interp.ts";

export const PTE_PRESENT = 1;
export const PTE_YOUNG = 2;
export const PTE_DIRTY = 4;
export const PTE_WRITE = 8;
const PFN_SHIFT = 8;
/** Salt of a detached VMA's share of the side hash (World.setAttached). */
const DETACHED = 0x0de7ac4e;
export const PTRS_PER_PTE = 512;
export const PTRS_PER_PMD = 1024; // 2^31 bytes of address space / 2 MiB per PTE table
export const PAGE_SHIFT = 12;
export const PMD_SHIFT = 21;
/** include/linux/mm.h: a refcount this high means a FOLL_PIN pin. */
export const GUP_PIN_COUNTING_BIAS = 1024;
export const PG_ANON_EXCLUSIVE = 1;
const VM_READ = 0x1;
export const VM_WRITE = 0x2;
const VM_EXEC = 0x4;

export type Access = { readonly obj: number; readonly struct: string; readonly field: string };

/** Where monitors watch. Every method has a no-op default in NULL_OBSERVER. */
export interface Observer {
  /** An access to a modelled location; `a` is valid during the call only (the World reuses it). */
  access(t: Thread, a: Access, write: boolean, marked: boolean): void;
  /** A pointer that is not a live object of the right type was used. */
  badAccess(t: Thread, what: string, ptr: number, validity: Validity, write: boolean): void;
  alloc(t: Thread, ptr: number, struct: string): void;
  free(t: Thread, ptr: number, struct: string): void;
  tree(
    t: Thread,
    op: "insert" | "remove" | "walk",
    root: number,
    avc: number,
    missing: boolean,
  ): void;
  assertion(t: Thread, kind: "BUG" | "WARNING", macro: string): void;
  /**
   * A lock builtin completed (not called while it is blocked): result is the
   * builtin's value (1/0 for a trylock), `lock` the lock object (an rwsem,
   * spinlock, folio or VMA lock).
   */
  lock(t: Thread, b: Builtin, effect: LockEffect, lock: number, result: number): void;
  rcu(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): void;
  /** A builtin that is neither a lock nor an access: cond_resched, might_sleep, lb_cycles, ... */
  hint(t: Thread, b: Builtin, args: readonly number[]): void;
  /**
   * A release or an acquire on a word that is not a lock, `a`:
   * vma_mark_attached() releases the VMA's vm_refcnt (refcount_set_release),
   * and a lookup that finds the VMA acquires it (vma_start_read()'s
   * refcount increment, the maple tree walk's rcu_dereference()).
   */
  order(t: Thread, a: Access, op: "release" | "acquire"): void;
}

export const NULL_OBSERVER: Observer = {
  access() {},
  badAccess() {},
  alloc() {},
  free() {},
  tree() {},
  assertion() {},
  lock() {},
  rcu() {},
  hint() {},
  order() {},
};

/** Lock, RCU and scheduling decisions: the timed engine and the explorer each provide one. */
export interface Scheduling {
  /** A lock builtin on `lock` (an rwsem, spinlock, folio or VMA lock object). */
  lock(
    t: Thread,
    b: Builtin,
    effect: LockEffect,
    lock: number,
    args: readonly number[],
  ): StepResult;
  rcu(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): StepResult;
  /** cond_resched(), might_sleep(), lb_cycles(), TLB flushes: timing and context checks. */
  hint(t: Thread, b: Builtin, args: readonly number[]): void;
}

interface TreeEntry {
  readonly avc: number;
  readonly start: number;
  readonly last: number;
}

/**
 * Stack objects come from per-thread arenas, interleaved: a type's object
 * k of arena a is at index 1 + k * ARENAS + a, so a few threads with a few
 * live stack objects each keep the table (and every copy the explorer makes
 * of it) small. Threads share an arena when their ids are congruent modulo
 * the arena count: allocation stays deterministic, and only the explorer,
 * with a handful of threads, needs them apart. Arena 0 is the setup's.
 */
const ARENAS = 16;
const ARENA_OBJECTS = (1 << 20) / ARENAS - 1;

/** A stack-object arena: the next fresh index and the freed ones (immutable: shared by copies). */
interface Arena {
  readonly next: number;
  readonly free: readonly number[];
}

const NEW_ARENA: Arena = { next: 0, free: [] };

/** The PMD words of an mm that never had a page table: read-only zeros. */
const NO_PMDS = new Int32Array(PTRS_PER_PMD);

function arenaSlot(tid: number): number {
  return tid > 0 && tid < 1 << 24 ? 1 + ((tid - 1) % (ARENAS - 1)) : 0;
}

/** What every World of one program shares: struct definitions, heap layouts, type ids. */
interface WorldShape {
  readonly structs: ReadonlyMap<string, StructDef>;
  readonly heap: HeapShape;
  readonly T: Readonly<Record<string, number>>;
  /** Stack structs and cells: the pointer types that are a thread's own. */
  readonly privateTypes: ReadonlySet<number>;
  /** Each builtin's implementation by id, made on first use by any World of the program. */
  readonly builtins: (BuiltinImpl | undefined)[];
}

const shapes = new WeakMap<IRProgram, WorldShape>();

function worldShape(program: IRProgram): WorldShape {
  let shape = shapes.get(program);
  if (shape) return shape;
  // atomic_t keeps its counter in a word the policy cannot name.
  const defs = [...program.structs.values()].map((d) =>
    d.name === "atomic_t"
      ? {
          ...d,
          fields: [{ name: "counter", type: { kind: "int", name: "int" } as const, doc: "" }],
        }
      : d,
  );
  // Stack objects sit ARENAS apart (alloca): room from the start for a few
  // per thread (cells, the locals whose address is taken, for more), so that
  // explored executions rarely grow their heaps: a grown heap no longer
  // copies into the others in place.
  const room = new Map<string, number>([[CELL, 8 * ARENAS]]);
  for (const d of defs) if (d.kind === "stack") room.set(d.name, 4 * ARENAS);
  const heap = new HeapShape(defs, [CELL, PTE_SLOT, PMD_SLOT], room);
  const T: Record<string, number> = {};
  for (const d of defs) T[d.name] = heap.byName.get(d.name)!;
  for (const n of [CELL, PTE_SLOT, PMD_SLOT]) T[n] = heap.byName.get(n)!;
  const privateTypes = new Set<number>([T[CELL]!]);
  for (const d of defs) if (d.kind === "stack") privateTypes.add(T[d.name]!);
  shape = {
    structs: new Map(defs.map((d) => [d.name, d])),
    heap,
    T,
    privateTypes,
    builtins: new Array(program.builtins.length),
  };
  shapes.set(program, shape);
  return shape;
}

/** Stack structs and cells: the pointer types that are a thread's own. */
const CELL = "cell";
const PTE_SLOT = "pte_t";
const PMD_SLOT = "pmd_t";

export class World implements Kernel, BuiltinWorld {
  readonly heap: Heap;
  private readonly structs: ReadonlyMap<string, StructDef>;
  private readonly privateTypes: ReadonlySet<number>;
  /** Page tables: PTE words per ptdesc index. For the builtin table (builtins.ts). */
  readonly ptes = new CowTables();
  /** PMD words per mm index. */
  private readonly pmds = new CowTables();
  // The side structures below are shared with copies until written (cow.ts):
  // their values are replaced, never changed in place.
  private readonly trees = new CowMap<number, readonly TreeEntry[]>();
  private readonly treeOf = new CowMap<number, number>();
  /** Each list head's nodes in order. For the builtin table (builtins.ts). */
  readonly lists = new CowMap<number, readonly number[]>();
  /** Each listed node's head. For the builtin table (builtins.ts). */
  readonly listOf = new CowMap<number, number>();
  /** Embedded object -> (owner object, field index). For the builtin table (builtins.ts). */
  readonly owner = new CowMap<number, { readonly obj: number; readonly field: number }>();
  private readonly globals = new Map<string, number>();
  /**
   * Per-VMA write locks by holder: released together by vma_end_write_all().
   * For the builtin table (builtins.ts).
   */
  readonly vmaWriters = new CowMap<number, { readonly tid: number; readonly mm: number }>();
  /**
   * VMAs out of their mm's maple tree: detached (vm_refcnt 0), as
   * vm_area_dup() makes them, until vma_mark_attached(). The lookups skip
   * them. Setup's VMAs (mmapAnon) are attached.
   */
  private readonly detached = new CowSet<number>();
  /** Each kmem_cache's object type. For the builtin table (builtins.ts). */
  readonly cacheType = new Map<number, number>();
  /** Stack-object arenas by (arena slot, type): the next fresh index and the freed ones. */
  private readonly arenas = new CowMap<number, Arena>();
  /** Each builtin's implementation: the program's table (WorldShape.builtins), shared. */
  private readonly builtinImpl: (BuiltinImpl | undefined)[];
  /** Hash of the side structures (page tables, trees, lists), XOR-maintained like the heap's. */
  private sideHash = 0;
  /** Type ids by struct name. For the builtin table (builtins.ts). */
  readonly T: Readonly<Record<string, number>>;

  constructor(
    readonly program: IRProgram,
    private sched: Scheduling,
    /** Where monitors watch; use() swaps it. For the builtin table (builtins.ts). */
    public observer: Observer = NULL_OBSERVER,
  ) {
    const shape = worldShape(program);
    this.structs = shape.structs;
    this.heap = new Heap(shape.heap);
    const T = shape.T;
    this.T = T;
    this.privateTypes = shape.privateTypes;
    for (const g of GLOBALS) {
      const cache = this.heap.alloc(T.kmem_cache!);
      this.globals.set(g.name, cache);
      if (g.objects) this.cacheType.set(cache, T[g.objects]!);
    }
    this.builtinImpl = shape.builtins;
  }

  /**
   * Become a copy of src, a World of the same program, between steps: the
   * heap and every side structure. The explorer builds a scenario's object
   * graph once and starts each replay from a copy instead of re-running
   * the setup's policy calls.
   */
  copyFrom(src: World): void {
    this.heap.copyFrom(src.heap);
    this.ptes.copyFrom(src.ptes);
    this.pmds.copyFrom(src.pmds);
    this.trees.copyFrom(src.trees);
    this.treeOf.copyFrom(src.treeOf);
    this.lists.copyFrom(src.lists);
    this.listOf.copyFrom(src.listOf);
    this.owner.copyFrom(src.owner);
    this.vmaWriters.copyFrom(src.vmaWriters);
    this.detached.copyFrom(src.detached);
    this.arenas.copyFrom(src.arenas);
    this.sideHash = src.sideHash;
    // globals and cacheType are made by the constructor alone, the same
    // kmem_caches at the same pointers in every World of a program.
  }

  /**
   * Hand the world to another scheduler: workloads build their object graph
   * sequentially, then run it under the timed engine or the explorer.
   */
  use(sched: Scheduling, observer: Observer): void {
    this.sched = sched;
    this.observer = observer;
  }

  /** Heap plus side structures, the low lane: what the explorer hashes besides thread states. */
  get hashLo(): number {
    return this.heap.hashLo ^ this.sideHash;
  }

  get hashHi(): number {
    return this.heap.hashHi;
  }

  typeId(struct: string): number {
    return this.T[struct]!;
  }

  // --- objects -------------------------------------------------------------------------

  /** Allocate and register embedded owners (setup code and kmem_cache_alloc both use this). */
  allocObject(struct: string): number {
    const type = this.T[struct]!;
    const p = this.heap.alloc(type);
    const layout = this.heap.layout(type);
    for (const [f] of layout.embedded) this.owner.set(this.heap.load(p, f), { obj: p, field: f });
    return p;
  }

  freeObject(p: number): void {
    const layout = this.heap.layout(ptrType(p));
    for (const [f] of layout.embedded) {
      const e = this.heap.load(p, f);
      this.owner.delete(e);
      this.trees.delete(e);
      this.lists.delete(e);
    }
    this.setAttached(p, true); // forget a freed VMA: what is made there next starts afresh
    this.heap.free(p);
  }

  private readonly scratch = { obj: 0, struct: "", field: "" };

  /**
   * Report an access to the observer, in one record reused for every access
   * (Observer.access may read it during the call only): the explorer's
   * steps make millions. For the builtin table (builtins.ts) too.
   */
  watch(
    t: Thread,
    obj: number,
    struct: string,
    field: string,
    write: boolean,
    marked: boolean,
  ): void {
    const a = this.scratch;
    a.obj = obj;
    a.struct = struct;
    a.field = field;
    this.observer.access(t, a, write, marked);
  }

  /** Is vma in its mm's maple tree? For the builtin table (builtins.ts). */
  attached(vma: number): boolean {
    return !this.detached.has(vma);
  }

  /** vma_mark_attached()/vma_mark_detached(). For the builtin table (builtins.ts). */
  setAttached(vma: number, attached: boolean): void {
    if (attached === !this.detached.has(vma)) return;
    if (attached) this.detached.delete(vma);
    else this.detached.add(vma);
    this.mixSide(vma ^ DETACHED, 1);
  }

  /**
   * Check a pointer before use; reports and returns false if it is not a
   * live object of that struct. For the builtin table (builtins.ts).
   */
  valid(t: Thread, p: number, struct: string, what: string, write: boolean): boolean {
    const v = this.heap.validity(p, this.T[struct]);
    if (v === "ok") return true;
    this.observer.badAccess(t, what, p, v, write);
    return false;
  }

  /** valid() for a field access: the field's name is built only for a report. */
  private validField(t: Thread, p: number, struct: string, field: string, write: boolean): boolean {
    return (
      this.heap.validity(p, this.T[struct]) === "ok" ||
      this.valid(t, p, struct, `${struct}.${field}`, write)
    );
  }

  load(t: Thread, obj: number, struct: string, field: string, marked: boolean): number {
    if (!this.validField(t, obj, struct, field, false)) return 0;
    const type = ptrType(obj);
    if (!this.privateTypes.has(type)) this.watch(t, obj, struct, field, false, marked);
    return this.heap.load(obj, this.heap.field(type, field));
  }

  store(
    t: Thread,
    obj: number,
    struct: string,
    field: string,
    value: number,
    marked: boolean,
  ): void {
    if (!this.validField(t, obj, struct, field, true)) return;
    const type = ptrType(obj);
    if (!this.privateTypes.has(type)) this.watch(t, obj, struct, field, true, marked);
    this.heap.store(obj, this.heap.field(type, field), value);
  }

  addr(t: Thread, obj: number, struct: string, field: string): number {
    // &obj->lock reads no memory, but it is where a stale or freed base is
    // last seen: what follows touches whatever now lives in that slot. The
    // monitors decide whether that is legal (SLAB_TYPESAFE_BY_RCU under RCU).
    const v = this.heap.validity(obj, this.T[struct]);
    if (v !== "ok") this.observer.badAccess(t, `&${struct}->${field}`, obj, v, false);
    if (v === "null" || v === "wild") return 0;
    return this.heap.load(obj, this.heap.field(ptrType(obj), field));
  }

  /**
   * A stack cell or stack struct, from the thread's own arena of its type:
   * its index depends only on that thread's calls and returns, so steps of
   * two threads commute (the explorer's states and sleep sets need it).
   */
  alloca(t: Thread, struct: string | undefined): number {
    const type = this.T[struct ?? CELL]!;
    const slot = arenaSlot(t.id);
    const key = slot * 64 + type;
    const a = this.arenas.get(key) ?? NEW_ARENA;
    const n = a.free.length;
    const i = n > 0 ? a.free[n - 1]! : a.next;
    this.arenas.set(
      key,
      n > 0 ? { next: a.next, free: a.free.slice(0, -1) } : { next: i + 1, free: a.free },
    );
    if (i >= ARENA_OBJECTS)
      throw new Error(`thread ${t.name}: more than ${ARENA_OBJECTS} live stack objects`);
    return this.heap.allocAt(type, 1 + i * ARENAS + slot);
  }

  freeCells(t: Thread, cells: readonly number[]): void {
    const slot = arenaSlot(t.id);
    for (const c of cells) {
      const key = slot * 64 + ptrType(c);
      const a = this.arenas.get(key)!;
      this.arenas.set(key, { next: a.next, free: [...a.free, (ptrIndex(c) - 1 - slot) / ARENAS] });
      this.heap.free(c, false);
    }
  }

  isPrivate(_t: Thread, ptr: number): boolean {
    return this.privateTypes.has(ptrType(ptr));
  }

  deref(t: Thread, ptr: number): number {
    const type = ptrType(ptr);
    if (type === this.T[CELL])
      return this.valid(t, ptr, CELL, "*cell", false) ? this.heap.load(ptr, 0) : 0;
    if (type === this.T[PTE_SLOT]) return this.pteRead(t, ptr, "*pte", false);
    if (type === this.T[PMD_SLOT]) return this.pmdRead(t, ptr, false);
    this.observer.badAccess(t, "*ptr", ptr, "wild", false);
    return 0;
  }

  storeInd(t: Thread, ptr: number, value: number): void {
    const type = ptrType(ptr);
    if (type === this.T[CELL]) {
      if (this.valid(t, ptr, CELL, "*cell", true)) this.heap.store(ptr, 0, value);
    } else if (type === this.T[PTE_SLOT]) {
      this.pteWrite(t, ptr, value, false, "*pte");
    } else if (type === this.T[PMD_SLOT]) {
      this.pmdWrite(t, ptr, value, false);
    } else {
      this.observer.badAccess(t, "*ptr", ptr, "wild", true);
    }
  }

  global(name: string): number {
    return this.globals.get(name) ?? 0;
  }

  ptrAdd(t: Thread, ptr: number, n: number): number {
    const type = ptrType(ptr);
    const per =
      type === this.T[PTE_SLOT] ? PTRS_PER_PTE : type === this.T[PMD_SLOT] ? PTRS_PER_PMD : 0;
    const index = ptrIndex(ptr);
    const entry = (index & (per - 1)) + n;
    if (per === 0 || entry < 0 || entry >= per) {
      this.observer.badAccess(t, "page-table entry pointer", ptr, "wild", false);
      return ptr | 1; // misaligned: every later use is reported as wild
    }
    return makePtr(type, (index & ~(per - 1)) | entry, ptrTag(ptr));
  }

  builtin(t: Thread, b: Builtin, id: number, args: readonly number[]): StepResult {
    let impl = this.builtinImpl[id];
    if (impl === undefined) {
      impl = implementBuiltin(b);
      this.builtinImpl[id] = impl;
    }
    return impl(this, t, args, b);
  }

  enter(): void {}
  leave(): void {}

  // --- page tables ---------------------------------------------------------------------

  /** The PMD slot of mm covering addr, as a `pmd_t *`. */
  pmdSlot(mm: number, addr: number): number {
    return makePtr(
      this.T[PMD_SLOT]!,
      (ptrIndex(mm) << 10) | ((addr >>> PMD_SHIFT) & (PTRS_PER_PMD - 1)),
      ptrTag(mm),
    );
  }

  /**
   * The PMD words of mm, to read (an mm that never had one reads all zero)
   * or to write (made on first use). For the builtin table (builtins.ts).
   */
  pmdWords(mm: number, write = false): Int32Array {
    const w = write ? this.pmds.writable(ptrIndex(mm)) : this.pmds.get(ptrIndex(mm));
    if (w) return w;
    if (!write) return NO_PMDS;
    const made = new Int32Array(PTRS_PER_PMD);
    this.pmds.set(ptrIndex(mm), made);
    return made;
  }

  private mmOfPmd(p: number): number {
    return makePtr(this.T.mm_struct!, ptrIndex(p) >>> 10, ptrTag(p));
  }

  /** Read a PMD slot, checked and reported. For the builtin table (builtins.ts). */
  pmdRead(t: Thread, slot: number, marked: boolean): number {
    const mm = this.mmOfPmd(slot);
    if (!this.valid(t, mm, "mm_struct", "pmd", false)) return 0;
    this.watch(t, slot, "pmd_t", "pmd", false, marked);
    return this.pmdWords(mm)[ptrIndex(slot) & (PTRS_PER_PMD - 1)]!;
  }

  /** Write a PMD slot, checked and reported. For the builtin table (builtins.ts). */
  pmdWrite(t: Thread, slot: number, value: number, marked: boolean): void {
    const mm = this.mmOfPmd(slot);
    if (!this.valid(t, mm, "mm_struct", "pmd", true)) return;
    this.watch(t, slot, "pmd_t", "pmd", true, marked);
    const w = this.pmdWords(mm, true);
    const i = ptrIndex(slot) & (PTRS_PER_PMD - 1);
    this.mixSide(slot, w[i]!);
    w[i] = value;
    this.mixSide(slot, value);
  }

  /** Install a fresh PTE table under mm's PMD for addr (setup and the fault path). */
  installPteTable(t: Thread, mm: number, addr: number): number {
    const pt = this.allocObject("ptdesc");
    this.observer.alloc(t, pt, "ptdesc");
    this.ptes.set(ptrIndex(pt), new Int32Array(PTRS_PER_PTE));
    this.pmdWrite(t, this.pmdSlot(mm, addr), pt, true);
    return pt;
  }

  /** The `pte_t *` of addr inside the PTE table `ptdesc`. */
  pteSlot(ptdesc: number, addr: number): number {
    return makePtr(
      this.T[PTE_SLOT]!,
      (ptrIndex(ptdesc) << 9) | ((addr >>> PAGE_SHIFT) & (PTRS_PER_PTE - 1)),
      ptrTag(ptdesc),
    );
  }

  private ptdescOf(slot: number): number {
    return makePtr(this.T.ptdesc!, ptrIndex(slot) >>> 9, ptrTag(slot));
  }

  /** Read a PTE slot, checked and reported. For the builtin table (builtins.ts). */
  pteRead(t: Thread, slot: number, what: string, marked: boolean): number {
    const pt = this.ptdescOf(slot);
    if (!this.valid(t, pt, "ptdesc", what, false)) return 0;
    this.watch(t, slot, "pte_t", "pte", false, marked);
    return this.ptes.get(ptrIndex(pt))![ptrIndex(slot) & (PTRS_PER_PTE - 1)]!;
  }

  /** Write a PTE slot, checked and reported. For the builtin table (builtins.ts). */
  pteWrite(t: Thread, slot: number, value: number, marked: boolean, what: string): void {
    const pt = this.ptdescOf(slot);
    if (!this.valid(t, pt, "ptdesc", what, true)) return;
    this.watch(t, slot, "pte_t", "pte", true, marked);
    const w = this.ptes.writable(ptrIndex(pt))!;
    const i = ptrIndex(slot) & (PTRS_PER_PTE - 1);
    this.mixSide(slot, w[i]!);
    w[i] = value;
    this.mixSide(slot, value);
  }

  /**
   * An anonymous VMA as mmap(2) leaves it, for setup code: linked to mm, no
   * anon_vma until its first fault (anon_vma_prepare), pgoff = its first
   * page's linear index. vm_page_prot keeps the read/write/exec bits.
   */
  mmapAnon(mm: number, start: number, pages: number, vmFlags: number): number {
    const T = this.T.vm_area_struct!;
    const v = this.allocObject("vm_area_struct");
    const set = (f: string, value: number) => this.heap.store(v, this.heap.field(T, f), value);
    set("vm_mm", mm);
    set("vm_start", start);
    set("vm_end", start + pages * (1 << PAGE_SHIFT));
    set("vm_pgoff", start >>> PAGE_SHIFT);
    set("vm_flags", vmFlags);
    set("vm_page_prot", vmFlags & (VM_READ | VM_WRITE | VM_EXEC));
    return v;
  }

  /** Ground truth for monitors: the PTE mapping addr in mm, read without side effects. */
  peekPte(mm: number, addr: number): number {
    const pt = this.pmdWords(mm)[(addr >>> PMD_SHIFT) & (PTRS_PER_PMD - 1)]!;
    if (pt === 0 || this.heap.validity(pt, this.T.ptdesc) !== "ok") return 0;
    return this.ptes.get(ptrIndex(pt))![(addr >>> PAGE_SHIFT) & (PTRS_PER_PTE - 1)]!;
  }

  /**
   * Ground truth for monitors: might some PTE table still hold a present PTE
   * of folio? False is certain; true means look closer (peekPte through the
   * VMAs). One pass over the tables' words, no lookups.
   */
  mayMapFolio(folio: number): boolean {
    const pfn = ptrIndex(folio);
    for (const words of this.ptes.values())
      for (let i = 0; i < words.length; i++) {
        const pte = words[i]!;
        if (pte & PTE_PRESENT && pte >>> PFN_SHIFT === pfn) return true;
      }
    return false;
  }

  /** The folio a present PTE maps (vm_normal_folio), possibly already freed. */
  folioOfPte(pte: number): number {
    if (!(pte & PTE_PRESENT)) return 0;
    return this.heap.current(this.T.folio!, pte >>> PFN_SHIFT);
  }

  mkPte(folio: number, writable: boolean): number {
    return (ptrIndex(folio) << PFN_SHIFT) | PTE_PRESENT | (writable ? PTE_WRITE : 0);
  }

  /**
   * Workload setup (src/sim/cell.ts): copy_page_range()'s effect on one
   * present anon PTE at fork, for a child whose `shared` pages are still
   * COW-shared with its parent. Both PTEs end write-protected, the child's
   * old (copy_present_pte's pte_mkold), the folio gains a mapping and a
   * reference and loses PageAnonExclusive (folio_try_dup_anon_rmap_pte).
   * Like the kernel's copy, it touches only page-table state and the folio,
   * not the anon_vma or mmap locks, so it is not a policy path; it runs
   * before time starts and reports nothing to the observer. Returns the
   * folio, or 0 when the parent has no present PTE at addr.
   */
  copyPte(srcMm: number, dstMm: number, addr: number): number {
    const pte = this.peekPte(srcMm, addr);
    const folio = this.folioOfPte(pte);
    if (folio === 0 || this.heap.validity(folio, this.T.folio) !== "ok") return 0;
    const pmd = this.pmdWords(dstMm, true);
    const pi = (addr >>> PMD_SHIFT) & (PTRS_PER_PMD - 1);
    if (pmd[pi] === 0) {
      const pt = this.allocObject("ptdesc");
      this.ptes.set(ptrIndex(pt), new Int32Array(PTRS_PER_PTE));
      this.mixSide(this.pmdSlot(dstMm, addr), pt);
      pmd[pi] = pt;
    }
    const setPte = (mm: number, value: number) => {
      const pt = this.pmdWords(mm)[pi]!;
      const w = this.ptes.writable(ptrIndex(pt))!;
      const slot = this.pteSlot(pt, addr);
      const i = (addr >>> PAGE_SHIFT) & (PTRS_PER_PTE - 1);
      this.mixSide(slot, w[i]!);
      w[i] = value;
      this.mixSide(slot, value);
    };
    setPte(srcMm, pte & ~PTE_WRITE);
    setPte(dstMm, pte & ~PTE_WRITE & ~PTE_YOUNG);
    const mc = this.atomicOf(folio, "_mapcount");
    this.setCounter(mc, this.counter(mc) + 1);
    const rc = this.atomicOf(folio, "_refcount");
    this.setCounter(rc, this.counter(rc) + 1);
    const page = this.heap.load(folio, this.field("folio", "page"));
    const pf = this.field("page", "flags");
    this.heap.store(page, pf, this.heap.load(page, pf) & ~PG_ANON_EXCLUSIVE);
    return folio;
  }

  // --- interval trees and lists ---------------------------------------------------------

  private mixSide(key: number, value: number): void {
    if (value === 0) return;
    let h = Math.imul(key ^ 0x5bd1e995, 0x27d4eb2d) ^ value;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    this.sideHash ^= h ^ (h >>> 13);
  }

  /** The pgoff range an avc is keyed by: its VMA's pages, read at insertion like the kernel. */
  private avcRange(avc: number): { start: number; last: number } {
    const vma = this.heap.load(avc, this.heap.field(this.T.anon_vma_chain!, "vma"));
    const f = (n: string) => this.heap.load(vma, this.heap.field(this.T.vm_area_struct!, n));
    const start = f("vm_pgoff");
    return { start, last: start + ((f("vm_end") - f("vm_start")) >>> PAGE_SHIFT) - 1 };
  }

  treeInsert(t: Thread, avc: number, root: number): void {
    const { start, last } = this.avcRange(avc);
    const entries = [...(this.trees.get(root) ?? []), { avc, start, last }];
    entries.sort((a, b) => a.start - b.start || a.last - b.last || a.avc - b.avc);
    this.trees.set(root, entries);
    this.treeOf.set(avc, root);
    this.mixSide(root ^ avc, start + 1);
    this.observer.tree(t, "insert", root, avc, false);
  }

  treeRemove(t: Thread, avc: number, root: number): void {
    const entries = this.trees.get(root) ?? [];
    const i = entries.findIndex((e) => e.avc === avc);
    if (i >= 0) {
      this.mixSide(root ^ avc, entries[i]!.start + 1);
      this.trees.set(
        root,
        entries.filter((_, j) => j !== i),
      );
      this.treeOf.delete(avc);
    }
    this.observer.tree(t, "remove", root, avc, i < 0);
  }

  /** First entry at or after position `from` overlapping [start, last]. */
  private overlapping(
    entries: readonly TreeEntry[],
    from: number,
    start: number,
    last: number,
  ): number {
    for (let i = from; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.start > last) break;
      if (e.last >= start) return e.avc;
    }
    return 0;
  }

  treeFirst(t: Thread, root: number, start: number, last: number): number {
    const avc = this.overlapping(this.trees.get(root) ?? [], 0, start, last);
    this.observer.tree(t, "walk", root, avc, false);
    return avc;
  }

  /** The successor of avc in its tree; if avc was removed meanwhile the walk ends. */
  treeNext(t: Thread, avc: number, start: number, last: number): number {
    const root = this.treeOf.get(avc);
    if (root === undefined) {
      this.observer.tree(t, "walk", 0, avc, true);
      return 0;
    }
    const entries = this.trees.get(root)!;
    const next = this.overlapping(
      entries,
      entries.findIndex((e) => e.avc === avc) + 1,
      start,
      last,
    );
    this.observer.tree(t, "walk", root, next, false);
    return next;
  }

  /** Entries of a tree, for monitors and tests. */
  treeEntries(root: number): readonly number[] {
    return (this.trees.get(root) ?? []).map((e) => e.avc);
  }

  listAdd(node: number, head: number, tail: boolean): void {
    const l = this.lists.get(head) ?? [];
    this.lists.set(head, tail ? [...l, node] : [node, ...l]);
    this.listOf.set(node, head);
    this.mixSide(head ^ node, 1);
  }

  listDel(node: number): void {
    const head = this.listOf.get(node);
    if (head === undefined) return;
    const l = this.lists.get(head)!;
    const i = l.indexOf(node);
    this.lists.set(
      head,
      l.filter((_, j) => j !== i),
    );
    this.listOf.delete(node);
    this.mixSide(head ^ node, 1);
  }

  listNext(t: Thread, head: number, pos: number, reverse: boolean): number {
    const own = this.owner.get(head);
    if (!own) {
      this.observer.badAccess(t, "list head", head, "wild", false);
      return 0;
    }
    const ownerDef = this.structs.get(this.heap.layout(ptrType(own.obj)).name)!;
    const meta = ownerDef.fields[own.field]!.list!;
    this.watch(t, head, "list_head", "list_head", false, false);
    const l = this.lists.get(head) ?? [];
    let i: number;
    if (pos === 0) i = reverse ? l.length - 1 : 0;
    else {
      const node = this.heap.load(pos, this.heap.field(ptrType(pos), meta.member));
      const at = l.indexOf(node);
      if (at < 0) return 0; // pos was deleted: the walk ends (list_for_each_entry_safe avoids this)
      i = reverse ? at - 1 : at + 1;
    }
    const node = l[i];
    return node === undefined ? 0 : this.owner.get(node)!.obj;
  }

  // --- builtins (the table itself is in builtins.ts) -------------------------------------

  /**
   * Ask the scheduling side for a lock operation; tell the monitors once it
   * completes. For the builtin table (builtins.ts).
   */
  lockOp(
    t: Thread,
    b: Builtin,
    effect: LockEffect,
    lock: number,
    args: readonly number[],
  ): StepResult {
    const v = this.sched.lock(t, b, effect, lock, args);
    if (typeof v === "number") this.observer.lock(t, b, effect, lock, v);
    return v;
  }

  /** lockOp() for RCU. For the builtin table (builtins.ts). */
  rcuOp(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): StepResult {
    const v = this.sched.rcu(t, op);
    if (typeof v === "number") this.observer.rcu(t, op);
    return v;
  }

  /** A timing or context hint: to the scheduling side, then the monitors. For the builtin table (builtins.ts). */
  hintOp(t: Thread, b: Builtin, args: readonly number[]): void {
    this.sched.hint(t, b, args);
    this.observer.hint(t, b, args);
  }

  /** A field's index in struct's layout. For the builtin table (builtins.ts). */
  field(struct: string, name: string): number {
    return this.heap.field(this.T[struct]!, name);
  }

  /** An atomic_t's counter. For the builtin table (builtins.ts). */
  counter(p: number): number {
    return this.heap.load(p, 0);
  }

  /** Set an atomic_t's counter. For the builtin table (builtins.ts). */
  setCounter(p: number, v: number): void {
    this.heap.store(p, 0, v);
  }

  /** find_vma()/vma_lookup() (builtins.ts) without reporting anything. */
  lookupVma(mm: number, addr: number, containing: boolean): number {
    const T = this.T.vm_area_struct!;
    const F = (n: string) => this.heap.field(T, n);
    let best = 0;
    let bestEnd = 0;
    for (const vma of this.heap.live(T)) {
      if (this.heap.load(vma, F("vm_mm")) !== mm || this.detached.has(vma)) continue;
      const end = this.heap.load(vma, F("vm_end"));
      if (end <= addr || (best !== 0 && end >= bestEnd)) continue;
      if (containing && this.heap.load(vma, F("vm_start")) > addr) continue;
      best = vma;
      bestEnd = end;
    }
    return best;
  }

  /**
   * The lock object a lock builtin would operate on, computed without
   * reporting anything: the timed engine must know which lock a thread waits
   * for before the step executes.
   */
  peekLockTarget(t: Thread, b: Builtin, args: readonly number[]): number {
    if (b.proto.name === "lock_vma_under_rcu") {
      const vma = this.lookupVma(args[0]!, args[1]!, true);
      return vma === 0 ? 0 : this.heap.load(vma, this.field("vm_area_struct", "vm_lock"));
    }
    const arg = args[b.lock!.arg]!;
    const param = b.proto.params[b.lock!.arg]!.type;
    const struct = param.kind === "ptr" && param.to.kind === "struct" ? param.to.name : undefined;
    const v = this.heap.validity(arg, struct ? this.T[struct] : undefined);
    if (v === "null" || v === "wild") return 0;
    if (struct === "vm_area_struct") {
      if (v !== "ok") return 0;
      const lock = this.heap.load(arg, this.field("vm_area_struct", "vm_lock"));
      // vma_start_write() on a VMA this thread already write-locked is a
      // no-op (see the vma_start_write builtin): the engine must not be asked
      // to down_write it again, or the thread waits on itself forever
      // (mprotect: split_vma write-locks the VMA, then vm_flags_reset does).
      if (b.proto.name === "vma_start_write" && this.ownsVmaWrite(t, lock)) return 0;
      return lock;
    }
    return arg;
  }

  /**
   * __is_vma_write_locked(): t took this VMA lock for write in its current
   * mmap write section. For the builtin table (builtins.ts).
   */
  ownsVmaWrite(t: Thread, lock: number): boolean {
    return this.vmaWriters.get(lock)?.tid === t.id;
  }

  /** The object an embedded lock, atomic, list head or tree root lives in (while it is live). */
  ownerOf(
    embedded: number,
  ): { obj: number; struct: string; field: string; fieldIndex: number } | undefined {
    const own = this.owner.get(embedded);
    if (!own) return undefined;
    const layout = this.heap.layout(ptrType(own.obj));
    return {
      obj: own.obj,
      struct: layout.name,
      field: layout.fields[own.field]!,
      fieldIndex: own.field,
    };
  }

  /** The class a lock object belongs to, as lockdep and lock_stat name it. */
  lockClass(lock: number): string {
    const type = ptrType(lock);
    if (type === this.T.folio) return "PG_locked";
    const own = this.owner.get(lock);
    if (!own) return this.heap.layout(type).name;
    const layout = this.heap.layout(ptrType(own.obj));
    return lockClassName(layout.name, layout.fields[own.field]!);
  }

  /** The VMA write locks thread tid holds (what vma_end_write_all(mm) releases). */
  vmaWriteLocks(tid: number, mm: number): number[] {
    return [...this.vmaWriters].filter(([, w]) => w.tid === tid && w.mm === mm).map(([l]) => l);
  }

  /** The atomic_t embedded as obj's field. For the builtin table (builtins.ts). */
  atomicOf(obj: number, field: string): number {
    return this.heap.load(obj, this.heap.field(ptrType(obj), field));
  }
}
