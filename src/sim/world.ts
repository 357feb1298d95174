/*
 * The simulated kernel state and what each step does to it: the Kernel the
 * interpreter calls. Objects live in the tagged heap (heap.ts); page tables,
 * anon_vma interval trees and lists live beside it in structures keyed by
 * the embedded object's pointer, and fold into the same state hash.
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
import { BLOCKED, type Kernel, type StepResult, type Thread } from "./interp.ts";

export const PTE_PRESENT = 1;
export const PTE_YOUNG = 2;
export const PTE_DIRTY = 4;
export const PTE_WRITE = 8;
const PFN_SHIFT = 8;
const PTRS_PER_PTE = 512;
const PTRS_PER_PMD = 1024; // 2^31 bytes of address space / 2 MiB per PTE table
const PAGE_SHIFT = 12;
const PMD_SHIFT = 21;
/** include/linux/mm.h: a refcount this high means a FOLL_PIN pin. */
export const GUP_PIN_COUNTING_BIAS = 1024;
const PG_ANON_EXCLUSIVE = 1;
const VM_READ = 0x1;
const VM_WRITE = 0x2;
const VM_EXEC = 0x4;

export type Access = { readonly obj: number; readonly struct: string; readonly field: string };

/** Where monitors watch. Every method has a no-op default in NULL_OBSERVER. */
export interface Observer {
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

function arenaSlot(tid: number): number {
  return tid > 0 && tid < 1 << 24 ? 1 + ((tid - 1) % (ARENAS - 1)) : 0;
}

/**
 * Page tables into page tables: into the same table's array when both have
 * it (the explorer copies Worlds of one scenario into each other), so a copy
 * allocates nothing for them.
 */
function copyTables(to: Map<number, Int32Array>, from: ReadonlyMap<number, Int32Array>): void {
  for (const k of to.keys()) if (!from.has(k)) to.delete(k);
  for (const [k, v] of from) {
    const mine = to.get(k);
    if (mine && mine.length === v.length) mine.set(v);
    else to.set(k, v.slice());
  }
}

/** What every World of one program shares: struct definitions, heap layouts, type ids. */
interface WorldShape {
  readonly structs: ReadonlyMap<string, StructDef>;
  readonly heap: HeapShape;
  readonly T: Readonly<Record<string, number>>;
  /** Stack structs and cells: the pointer types that are a thread's own. */
  readonly privateTypes: ReadonlySet<number>;
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
  const heap = new HeapShape(defs, [CELL, PTE_SLOT, PMD_SLOT]);
  const T: Record<string, number> = {};
  for (const d of defs) T[d.name] = heap.byName.get(d.name)!;
  for (const n of [CELL, PTE_SLOT, PMD_SLOT]) T[n] = heap.byName.get(n)!;
  const privateTypes = new Set<number>([T[CELL]!]);
  for (const d of defs) if (d.kind === "stack") privateTypes.add(T[d.name]!);
  shape = { structs: new Map(defs.map((d) => [d.name, d])), heap, T, privateTypes };
  shapes.set(program, shape);
  return shape;
}

/** Stack structs and cells: the pointer types that are a thread's own. */
const CELL = "cell";
const PTE_SLOT = "pte_t";
const PMD_SLOT = "pmd_t";

export class World implements Kernel {
  readonly heap: Heap;
  private readonly structs: ReadonlyMap<string, StructDef>;
  private readonly privateTypes: ReadonlySet<number>;
  /** Page tables: PTE words per ptdesc index; PMD words per mm index. */
  private readonly ptes = new Map<number, Int32Array>();
  private readonly pmds = new Map<number, Int32Array>();
  private readonly trees = new Map<number, TreeEntry[]>();
  private readonly treeOf = new Map<number, number>();
  private readonly lists = new Map<number, number[]>();
  private readonly listOf = new Map<number, number>();
  /** Embedded object -> (owner object, field index). */
  private readonly owner = new Map<number, { readonly obj: number; readonly field: number }>();
  private readonly globals = new Map<string, number>();
  /** Per-VMA write locks by holder: released together by vma_end_write_all(). */
  private readonly vmaWriters = new Map<number, { readonly tid: number; readonly mm: number }>();
  private readonly cacheType = new Map<number, number>();
  /** Stack-object arenas by (arena slot, type): the next fresh index and the freed ones. */
  private readonly arenas = new Map<number, { next: number; free: number[] }>();
  /** Each builtin's implementation, made on first use (the explorer builds a World per replay). */
  private readonly builtinImpl: (
    | ((t: Thread, args: readonly number[], b: Builtin) => StepResult)
    | undefined
  )[];
  /** Hash of the side structures (page tables, trees, lists), XOR-maintained like the heap's. */
  private sideHash = 0;
  private readonly T: Readonly<Record<string, number>>;

  constructor(
    readonly program: IRProgram,
    private sched: Scheduling,
    private observer: Observer = NULL_OBSERVER,
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
    this.builtinImpl = new Array(program.builtins.length);
  }

  /**
   * Become a copy of src, a World of the same program, between steps: the
   * heap and every side structure. The explorer builds a scenario's object
   * graph once and starts each replay from a copy instead of re-running
   * the setup's policy calls.
   */
  copyFrom(src: World): void {
    this.heap.copyFrom(src.heap);
    const copy = <K, V>(to: Map<K, V>, from: ReadonlyMap<K, V>, f: (v: V) => V) => {
      to.clear();
      for (const [k, v] of from) to.set(k, f(v));
    };
    const same = <V>(v: V) => v;
    copyTables(this.ptes, src.ptes);
    copyTables(this.pmds, src.pmds);
    copy(this.trees, src.trees, (v) => v.slice());
    copy(this.treeOf, src.treeOf, same);
    copy(this.lists, src.lists, (v) => v.slice());
    copy(this.listOf, src.listOf, same);
    copy(this.owner, src.owner, same);
    copy(this.globals, src.globals, same);
    copy(this.vmaWriters, src.vmaWriters, same);
    copy(this.cacheType, src.cacheType, same);
    copy(this.arenas, src.arenas, (a) => ({ next: a.next, free: a.free.slice() }));
    this.sideHash = src.sideHash;
  }

  /**
   * Hand the world to another scheduler: workloads build their object graph
   * sequentially, then run it under the timed engine or the explorer.
   */
  use(sched: Scheduling, observer: Observer): void {
    this.sched = sched;
    this.observer = observer;
  }

  /** Heap plus side structures: what the explorer hashes besides thread states. */
  get hash(): [number, number] {
    return [this.hashLo, this.hashHi];
  }

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
    this.heap.free(p);
  }

  /** Check a pointer before use; reports and returns false if it is not a live object of that struct. */
  private valid(t: Thread, p: number, struct: string, what: string, write: boolean): boolean {
    const v = this.heap.validity(p, this.T[struct]);
    if (v === "ok") return true;
    this.observer.badAccess(t, what, p, v, write);
    return false;
  }

  load(t: Thread, obj: number, struct: string, field: string, marked: boolean): number {
    if (!this.valid(t, obj, struct, `${struct}.${field}`, false)) return 0;
    const type = ptrType(obj);
    if (!this.privateTypes.has(type))
      this.observer.access(t, { obj, struct, field }, false, marked);
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
    if (!this.valid(t, obj, struct, `${struct}.${field}`, true)) return;
    const type = ptrType(obj);
    if (!this.privateTypes.has(type)) this.observer.access(t, { obj, struct, field }, true, marked);
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
    let a = this.arenas.get(key);
    if (!a) {
      a = { next: 0, free: [] };
      this.arenas.set(key, a);
    }
    const i = a.free.pop() ?? a.next++;
    if (i >= ARENA_OBJECTS)
      throw new Error(`thread ${t.name}: more than ${ARENA_OBJECTS} live stack objects`);
    return this.heap.allocAt(type, 1 + i * ARENAS + slot);
  }

  freeCells(t: Thread, cells: readonly number[]): void {
    const slot = arenaSlot(t.id);
    for (const c of cells) {
      const a = this.arenas.get(slot * 64 + ptrType(c))!;
      a.free.push((ptrIndex(c) - 1 - slot) / ARENAS);
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
      impl = this.implement(b);
      this.builtinImpl[id] = impl;
    }
    return impl(t, args, b);
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

  private pmdWords(mm: number): Int32Array {
    let w = this.pmds.get(ptrIndex(mm));
    if (!w) {
      w = new Int32Array(PTRS_PER_PMD);
      this.pmds.set(ptrIndex(mm), w);
    }
    return w;
  }

  private mmOfPmd(p: number): number {
    return makePtr(this.T.mm_struct!, ptrIndex(p) >>> 10, ptrTag(p));
  }

  private pmdRead(t: Thread, slot: number, marked: boolean): number {
    const mm = this.mmOfPmd(slot);
    if (!this.valid(t, mm, "mm_struct", "pmd", false)) return 0;
    this.observer.access(t, { obj: slot, struct: "pmd_t", field: "pmd" }, false, marked);
    return this.pmdWords(mm)[ptrIndex(slot) & (PTRS_PER_PMD - 1)]!;
  }

  private pmdWrite(t: Thread, slot: number, value: number, marked: boolean): void {
    const mm = this.mmOfPmd(slot);
    if (!this.valid(t, mm, "mm_struct", "pmd", true)) return;
    this.observer.access(t, { obj: slot, struct: "pmd_t", field: "pmd" }, true, marked);
    const w = this.pmdWords(mm);
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

  private pteRead(t: Thread, slot: number, what: string, marked: boolean): number {
    const pt = this.ptdescOf(slot);
    if (!this.valid(t, pt, "ptdesc", what, false)) return 0;
    this.observer.access(t, { obj: slot, struct: "pte_t", field: "pte" }, false, marked);
    return this.ptes.get(ptrIndex(pt))![ptrIndex(slot) & (PTRS_PER_PTE - 1)]!;
  }

  private pteWrite(t: Thread, slot: number, value: number, marked: boolean, what: string): void {
    const pt = this.ptdescOf(slot);
    if (!this.valid(t, pt, "ptdesc", what, true)) return;
    this.observer.access(t, { obj: slot, struct: "pte_t", field: "pte" }, true, marked);
    const w = this.ptes.get(ptrIndex(pt))!;
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
    const pmd = this.pmdWords(dstMm);
    const pi = (addr >>> PMD_SHIFT) & (PTRS_PER_PMD - 1);
    if (pmd[pi] === 0) {
      const pt = this.allocObject("ptdesc");
      this.ptes.set(ptrIndex(pt), new Int32Array(PTRS_PER_PTE));
      this.mixSide(this.pmdSlot(dstMm, addr), pt);
      pmd[pi] = pt;
    }
    const setPte = (mm: number, value: number) => {
      const pt = this.pmdWords(mm)[pi]!;
      const w = this.ptes.get(ptrIndex(pt))!;
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
    const entries = this.trees.get(root) ?? [];
    const { start, last } = this.avcRange(avc);
    entries.push({ avc, start, last });
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
      entries.splice(i, 1);
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
    if (tail) l.push(node);
    else l.unshift(node);
    this.lists.set(head, l);
    this.listOf.set(node, head);
    this.mixSide(head ^ node, 1);
  }

  listDel(node: number): void {
    const head = this.listOf.get(node);
    if (head === undefined) return;
    const l = this.lists.get(head)!;
    l.splice(l.indexOf(node), 1);
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
    this.observer.access(t, { obj: head, struct: "list_head", field: "list_head" }, false, false);
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

  // --- builtins --------------------------------------------------------------------------

  /** Ask the scheduling side for a lock operation; tell the monitors once it completes. */
  private lockOp(
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

  private rcuOp(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): StepResult {
    const v = this.sched.rcu(t, op);
    if (typeof v === "number") this.observer.rcu(t, op);
    return v;
  }

  private hintOp(t: Thread, b: Builtin, args: readonly number[]): void {
    this.sched.hint(t, b, args);
    this.observer.hint(t, b, args);
  }

  private field(struct: string, name: string): number {
    return this.heap.field(this.T[struct]!, name);
  }

  private atomic(t: Thread, p: number, write: boolean): boolean {
    if (!this.valid(t, p, "atomic_t", "atomic_t", write)) return false;
    const own = this.owner.get(p);
    if (own) {
      const name = this.heap.layout(ptrType(own.obj)).name;
      this.observer.access(
        t,
        {
          obj: own.obj,
          struct: name,
          field: this.heap.layout(ptrType(own.obj)).fields[own.field]!,
        },
        write,
        true,
      );
    }
    return true;
  }

  private folioField(
    t: Thread,
    folio: number,
    name: string,
    write: boolean,
    marked: boolean,
  ): boolean {
    if (!this.valid(t, folio, "folio", `folio.${name}`, write)) return false;
    this.observer.access(t, { obj: folio, struct: "folio", field: name }, write, marked);
    return true;
  }

  private counter(p: number): number {
    return this.heap.load(p, 0);
  }

  private setCounter(p: number, v: number): void {
    this.heap.store(p, 0, v);
  }

  /** One implementation per builtin, chosen once per program. */
  private implement(b: Builtin): (t: Thread, a: readonly number[], b: Builtin) => StepResult {
    if (b.proto.name === "lock_vma_under_rcu") {
      // Find the VMA without the mmap lock, then read-trylock its per-VMA lock.
      const effect = b.lock!;
      return (t, [mm, addr]) => {
        const vma = this.findVma(t, mm!, addr!, true);
        if (vma === 0) return 0;
        const lock = this.heap.load(vma, this.field("vm_area_struct", "vm_lock"));
        return this.lockOp(t, b, effect, lock, [vma]) === 1 ? vma : 0;
      };
    }
    if (b.lock?.op === "release_all") {
      // vma_end_write_all(mm): bumping mm_lock_seq releases every VMA write
      // lock taken under this mmap write lock, including VMAs freed since.
      const effect = b.lock;
      return (t, [mm]) => {
        if (!this.valid(t, mm!, "mm_struct", b.proto.name, false)) return 0;
        for (const [lock, w] of [...this.vmaWriters]) {
          if (w.tid !== t.id || w.mm !== mm) continue;
          this.vmaWriters.delete(lock);
          this.lockOp(t, b, effect, lock, []);
        }
        return 0;
      };
    }
    if (b.proto.name === "vma_start_write") {
      // Idempotent within one mmap write section (__is_vma_write_locked()):
      // mprotect and split write-lock the same VMA more than once.
      const effect = b.lock!;
      return (t, a) => {
        const lock = this.lockObject(t, b, a[0]!);
        if (lock === 0) return 0;
        if (this.ownsVmaWrite(t, lock)) return 0;
        const v = this.lockOp(t, b, effect, lock, a);
        if (v !== BLOCKED) {
          this.vmaWriters.set(lock, {
            tid: t.id,
            mm: this.heap.load(a[0]!, this.field("vm_area_struct", "vm_mm")),
          });
        }
        return v;
      };
    }
    if (b.lock && b.lock.op !== "assert") {
      const effect = b.lock;
      return (t, a) => {
        const target = this.lockObject(t, b, a[effect.arg]!);
        return target === 0 ? 0 : this.lockOp(t, b, effect, target, a);
      };
    }
    const h = this.heap;
    const F = (n: string) => this.field("folio", n);
    const mapcount = (folio: number) => this.counter(this.atomicOf(folio, "_mapcount"));
    const mapping = (t: Thread, folio: number, marked: boolean) =>
      this.folioField(t, folio, "mapping", false, marked) ? h.load(folio, F("mapping")) : 0;
    const name = b.proto.name;
    switch (name) {
      case "rcu_read_lock":
        return (t) => this.rcuOp(t, "read_lock");
      case "rcu_read_unlock":
        return (t) => this.rcuOp(t, "read_unlock");
      case "synchronize_rcu":
        return (t) => this.rcuOp(t, "synchronize");
      case "atomic_read":
        return (t, [v]) => (this.atomic(t, v!, false) ? this.counter(v!) : 0);
      case "atomic_set":
        return (t, [v, i]) => {
          if (this.atomic(t, v!, true)) this.setCounter(v!, i!);
          return 0;
        };
      case "atomic_inc":
      case "atomic_dec":
        return (t, [v]) => {
          if (this.atomic(t, v!, true))
            this.setCounter(v!, this.counter(v!) + (name === "atomic_inc" ? 1 : -1));
          return 0;
        };
      case "atomic_inc_not_zero":
        return (t, [v]) => {
          if (!this.atomic(t, v!, true) || this.counter(v!) === 0) return 0;
          this.setCounter(v!, this.counter(v!) + 1);
          return 1;
        };
      case "atomic_dec_and_test":
        return (t, [v]) => {
          if (!this.atomic(t, v!, true)) return 0;
          this.setCounter(v!, this.counter(v!) - 1);
          return this.counter(v!) === 0 ? 1 : 0;
        };
      case "smp_mb":
      case "smp_rmb":
      case "smp_wmb":
        return (t, a) => {
          this.hintOp(t, b, a);
          return 0;
        };
      case "folio_mapcount":
        return (t, [f]) => (this.folioField(t, f!, "_mapcount", false, true) ? mapcount(f!) : 0);
      case "folio_mapped":
        return (t, [f]) =>
          this.folioField(t, f!, "_mapcount", false, true) && mapcount(f!) > 0 ? 1 : 0;
      case "folio_raw_mapping":
        return (t, [f]) => mapping(t, f!, b.marked) & ~3;
      case "folio_test_anon":
        return (t, [f]) => mapping(t, f!, true) & 1;
      case "folio_test_ksm":
        return (t, [f]) => ((mapping(t, f!, true) & 3) === 3 ? 1 : 0);
      case "folio_test_large":
        return (t, [f]) => {
          this.folioField(t, f!, "index", false, true);
          return 0;
        };
      case "folio_anon_vma":
        return (t, [f]) => {
          const m = mapping(t, f!, true);
          return (m & 3) === 1 ? m - 1 : 0;
        };
      case "folio_pgoff":
        return (t, [f]) =>
          this.folioField(t, f!, "index", false, b.marked) ? h.load(f!, F("index")) : 0;
      case "folio_nr_pages":
        return () => 1;
      case "folio_get":
      case "folio_put":
        return (t, [f]) => {
          if (this.folioField(t, f!, "_refcount", true, true)) {
            const r = this.atomicOf(f!, "_refcount");
            this.setCounter(r, this.counter(r) + (name === "folio_get" ? 1 : -1));
          }
          return 0;
        };
      case "folio_ref_count":
        return (t, [f]) =>
          this.folioField(t, f!, "_refcount", false, true)
            ? this.counter(this.atomicOf(f!, "_refcount"))
            : 0;
      case "folio_maybe_dma_pinned":
        return (t, [f]) =>
          this.folioField(t, f!, "_refcount", false, true) &&
          this.counter(this.atomicOf(f!, "_refcount")) >= GUP_PIN_COUNTING_BIAS
            ? 1
            : 0;
      case "PageAnonExclusive":
        return (t, [p]) => (this.pageFlags(t, p!, false) & PG_ANON_EXCLUSIVE ? 1 : 0);
      case "SetPageAnonExclusive":
      case "ClearPageAnonExclusive":
        return (t, [p]) => {
          const flags = this.pageFlags(t, p!, true);
          h.store(
            p!,
            this.field("page", "flags"),
            name === "SetPageAnonExclusive"
              ? flags | PG_ANON_EXCLUSIVE
              : flags & ~PG_ANON_EXCLUSIVE,
          );
          return 0;
        };
      case "folio_remove_rmap_pte":
        return (t, [f]) => {
          if (this.folioField(t, f!, "_mapcount", true, true))
            this.setCounter(this.atomicOf(f!, "_mapcount"), mapcount(f!) - 1);
          return 0;
        };
      case "folio_add_new_anon_rmap":
        return (t, [f, vma, addr]) => {
          if (!this.valid(t, vma!, "vm_area_struct", "vm_area_struct.anon_vma", false)) return 0;
          const V = (n: string) => h.load(vma!, this.field("vm_area_struct", n));
          if (!this.folioField(t, f!, "mapping", true, true)) return 0;
          h.store(f!, F("mapping"), V("anon_vma") | 1);
          h.store(f!, F("index"), V("vm_pgoff") + ((addr! - V("vm_start")) >>> PAGE_SHIFT));
          this.setCounter(this.atomicOf(f!, "_mapcount"), 1);
          const page = h.load(f!, F("page"));
          h.store(
            page,
            this.field("page", "flags"),
            h.load(page, this.field("page", "flags")) | PG_ANON_EXCLUSIVE,
          );
          return 0;
        };
      case "vma_alloc_folio":
        return (t) => {
          const f = this.allocObject("folio");
          this.setCounter(this.atomicOf(f, "_refcount"), 1);
          this.observer.alloc(t, f, "folio");
          return f;
        };
      case "split_folio":
        return () => 0;
      case "ptep_get":
        return (t, [p]) => this.pteRead(t, p!, "ptep_get", true);
      case "pte_none":
        return (_t, [v]) => (v === 0 ? 1 : 0);
      case "pte_present":
        return (_t, [v]) => v! & PTE_PRESENT;
      case "pte_young":
        return (_t, [v]) => (v! & PTE_YOUNG ? 1 : 0);
      case "pte_dirty":
        return (_t, [v]) => (v! & PTE_DIRTY ? 1 : 0);
      case "pte_write":
        return (_t, [v]) => (v! & PTE_WRITE ? 1 : 0);
      case "pte_same":
      case "pmd_same":
        return (_t, [a, c]) => (a === c ? 1 : 0);
      case "pte_mkold":
        return (_t, [v]) => v! & ~PTE_YOUNG;
      case "pte_mkyoung":
        return (_t, [v]) => v! | PTE_YOUNG;
      case "pte_mkdirty":
        return (_t, [v]) => v! | PTE_DIRTY;
      case "pte_mkwrite":
        return (_t, [v]) => v! | PTE_WRITE;
      case "pte_wrprotect":
        return (_t, [v]) => v! & ~PTE_WRITE;
      case "folio_mk_pte":
        return (_t, [f, prot]) => this.mkPte(f!, (prot! & VM_WRITE) !== 0);
      case "vm_normal_folio":
        return (_t, [, , pte]) => this.folioOfPte(pte!);
      case "set_pte_at":
        return (t, [, , p, v]) => {
          this.pteWrite(t, p!, v!, true, "set_pte_at");
          return 0;
        };
      case "ptep_get_and_clear":
      case "ptep_clear_flush":
        return (t, [, , p]) => {
          const old = this.pteRead(t, p!, name, true);
          this.pteWrite(t, p!, 0, true, name);
          if (name === "ptep_clear_flush") this.hintOp(t, b, []);
          return old;
        };
      case "ptep_clear_flush_young_notify":
      case "ptep_test_and_clear_young":
        return (t, [, , p]) => {
          const old = this.pteRead(t, p!, name, true);
          if (!(old & PTE_YOUNG)) return 0;
          this.pteWrite(t, p!, old & ~PTE_YOUNG, true, name);
          this.hintOp(t, b, []);
          return 1;
        };
      case "mm_find_pmd":
        return (t, [mm, addr]) => {
          const slot = this.pmdSlot(mm!, addr!);
          return this.pmdRead(t, slot, true) === 0 ? 0 : slot;
        };
      case "pmdp_get_lockless":
        return (t, [p]) => this.pmdRead(t, p!, true);
      case "pmd_none":
        return (_t, [v]) => (v === 0 ? 1 : 0);
      case "pmd_trans_huge":
        return () => 0;
      case "__pte_offset_map":
        return (t, [pmd, addr, out]) => {
          const v = this.pmdRead(t, pmd!, true);
          if (out) this.storeInd(t, out, v);
          if (v === 0) return 0;
          // Mapping a freed table is the use-after-free free_pgtables() ordering prevents.
          if (!this.valid(t, v, "ptdesc", "__pte_offset_map", false)) return 0;
          return this.pteSlot(v, addr!);
        };
      case "pte_lockptr":
        return (t, [, pmdvalp]) => {
          const v = this.deref(t, pmdvalp!);
          return v === 0 ? 0 : this.addr(t, v, "ptdesc", "ptl");
        };
      case "free_pgd_range":
        return (t, [mm, start, end]) => {
          for (let a = start! & ~((1 << PMD_SHIFT) - 1); a < end!; a += 1 << PMD_SHIFT) {
            const slot = this.pmdSlot(mm!, a);
            const pt = this.pmdRead(t, slot, true);
            if (pt === 0) continue;
            this.pmdWrite(t, slot, 0, true);
            this.observer.free(t, pt, "ptdesc");
            this.ptes.delete(ptrIndex(pt));
            this.freeObject(pt);
          }
          return 0;
        };
      case "zap_page_range":
        return (t, [vma, start, end]) => {
          const mm = h.load(vma!, this.field("vm_area_struct", "vm_mm"));
          for (let a = start!; a < end!; a += 1 << PAGE_SHIFT) {
            const pt = this.pmdWords(mm)[(a >>> PMD_SHIFT) & (PTRS_PER_PMD - 1)]!;
            if (pt === 0) continue;
            const slot = this.pteSlot(pt, a);
            const old = this.pteRead(t, slot, name, true);
            if (!(old & PTE_PRESENT)) continue;
            this.pteWrite(t, slot, 0, true, name);
            const f = this.folioOfPte(old);
            if (this.heap.validity(f, this.T.folio) === "ok")
              this.setCounter(this.atomicOf(f, "_mapcount"), mapcount(f) - 1);
          }
          return 0;
        };
      case "find_vma":
        return (t, [mm, addr]) => this.findVma(t, mm!, addr!, false);
      case "vma_lookup":
        return (t, [mm, addr]) => this.findVma(t, mm!, addr!, true);
      case "pmd_off":
        return (_t, [mm, addr]) => this.pmdSlot(mm!, addr!);
      case "pte_alloc_one":
        return (t) => {
          const pt = this.allocObject("ptdesc");
          this.ptes.set(ptrIndex(pt), new Int32Array(PTRS_PER_PTE));
          this.observer.alloc(t, pt, "ptdesc");
          return pt;
        };
      case "pmd_populate":
        return (t, [, pmd, pt]) => {
          this.pmdWrite(t, pmd!, pt!, true);
          return 0;
        };
      case "pte_free":
        return (t, [, pt]) => {
          this.observer.free(t, pt!, "ptdesc");
          this.ptes.delete(ptrIndex(pt!));
          this.freeObject(pt!);
          return 0;
        };
      case "anon_vma_interval_tree_insert":
        return (t, [avc, root]) => {
          this.treeInsert(t, avc!, root!);
          return 0;
        };
      case "anon_vma_interval_tree_remove":
        return (t, [avc, root]) => {
          this.treeRemove(t, avc!, root!);
          return 0;
        };
      case "anon_vma_interval_tree_iter_first":
        return (t, [root, s, l]) => this.treeFirst(t, root!, s!, l!);
      case "anon_vma_interval_tree_iter_next":
        return (t, [avc, s, l]) => this.treeNext(t, avc!, s!, l!);
      case "list_add":
      case "list_add_tail":
        return (t, [node, head]) => {
          this.observer.access(
            t,
            { obj: head!, struct: "list_head", field: "list_head" },
            true,
            false,
          );
          this.listAdd(node!, head!, name === "list_add_tail");
          return 0;
        };
      case "list_del":
        return (t, [node]) => {
          const head = this.listOf.get(node!);
          if (head !== undefined)
            this.observer.access(
              t,
              { obj: head, struct: "list_head", field: "list_head" },
              true,
              false,
            );
          this.listDel(node!);
          return 0;
        };
      case "list_empty":
        return (t, [head]) => {
          this.observer.access(
            t,
            { obj: head!, struct: "list_head", field: "list_head" },
            false,
            true,
          );
          return (this.lists.get(head!)?.length ?? 0) === 0 ? 1 : 0;
        };
      case "kmem_cache_alloc":
        return (t, [cache]) => {
          const type = this.cacheType.get(cache!);
          if (type === undefined) return 0;
          const p = this.allocObject(this.heap.layout(type).name);
          this.observer.alloc(t, p, this.heap.layout(type).name);
          return p;
        };
      case "kmem_cache_free":
        return (t, [cache, p]) => {
          const type = this.cacheType.get(cache!);
          const v = this.heap.validity(p!, type);
          if (v !== "ok") {
            this.observer.badAccess(t, "kmem_cache_free", p!, v, true);
            return 0;
          }
          this.observer.free(t, p!, this.heap.layout(type!).name);
          this.freeObject(p!);
          return 0;
        };
      case "VM_BUG_ON":
      case "VM_BUG_ON_FOLIO":
      case "VM_BUG_ON_VMA":
      case "BUG_ON":
        return (t, [c]) => {
          if (c) this.observer.assertion(t, "BUG", name);
          return 0;
        };
      case "VM_WARN_ON_FOLIO":
      case "VM_WARN_ON_ONCE":
      case "WARN_ON":
      case "WARN_ON_ONCE":
        return (t, [c]) => {
          if (c) this.observer.assertion(t, "WARNING", name);
          return c ? 1 : 0;
        };
      case "lockdep_assert_held":
      case "lockdep_assert_held_read":
      case "lockdep_assert_held_write":
      case "vma_assert_write_locked": {
        const effect = b.lock!;
        return (t, a) => {
          const target = this.lockObject(t, b, a[effect.arg]!);
          return target === 0 ? 0 : this.lockOp(t, b, effect, target, a);
        };
      }
      default:
        // Timing-only primitives: cond_resched, might_sleep, lb_cycles, TLB flushes,
        // mmu notifiers, find_vma and friends are given by the Scheduling object.
        return (t, a) => {
          this.hintOp(t, b, a);
          return 0;
        };
    }
  }

  /**
   * find_vma()/vma_lookup(): the model's maple tree is derived from the live
   * VMAs themselves (vm_mm, vm_start, vm_end), oldest first among equals.
   * A read of the mm's VMA tree, for the race monitor.
   */
  private findVma(t: Thread, mm: number, addr: number, containing: boolean): number {
    if (!this.valid(t, mm, "mm_struct", "mm_struct.mm_mt", false)) return 0;
    this.observer.access(t, { obj: mm, struct: "mm_struct", field: "mm_mt" }, false, true);
    return this.lookupVma(mm, addr, containing);
  }

  /** findVma() without reporting anything. */
  lookupVma(mm: number, addr: number, containing: boolean): number {
    const T = this.T.vm_area_struct!;
    const F = (n: string) => this.heap.field(T, n);
    let best = 0;
    let bestEnd = 0;
    for (const vma of this.heap.live(T)) {
      if (this.heap.load(vma, F("vm_mm")) !== mm) continue;
      const end = this.heap.load(vma, F("vm_end"));
      if (end <= addr || (best !== 0 && end >= bestEnd)) continue;
      if (containing && this.heap.load(vma, F("vm_start")) > addr) continue;
      best = vma;
      bestEnd = end;
    }
    return best;
  }

  /** The lock object a lock builtin's argument names: the lock itself, a folio, a VMA's vm_lock. */
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

  /** __is_vma_write_locked(): t took this VMA lock for write in its current mmap write section. */
  private ownsVmaWrite(t: Thread, lock: number): boolean {
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

  private lockObject(t: Thread, b: Builtin, arg: number): number {
    const param = b.proto.params[b.lock!.arg]!.type;
    const struct = param.kind === "ptr" && param.to.kind === "struct" ? param.to.name : undefined;
    if (struct === "vm_area_struct") {
      if (!this.valid(t, arg, "vm_area_struct", `${b.proto.name}`, true)) return 0;
      return this.heap.load(arg, this.field("vm_area_struct", "vm_lock"));
    }
    if (struct === "mm_struct")
      return this.valid(t, arg, "mm_struct", b.proto.name, true) ? arg : 0;
    // A lock in freed memory is still handed over: the lock monitors report it as KASAN does.
    const v = this.heap.validity(arg, struct ? this.T[struct] : undefined);
    if (v === "null" || v === "wild") {
      this.observer.badAccess(t, b.proto.name, arg, v, true);
      return 0;
    }
    if (v !== "ok") this.observer.badAccess(t, b.proto.name, arg, v, true);
    return arg;
  }

  private atomicOf(obj: number, field: string): number {
    return this.heap.load(obj, this.heap.field(ptrType(obj), field));
  }

  private pageFlags(t: Thread, page: number, write: boolean): number {
    if (!this.valid(t, page, "page", "page.flags", write)) return 0;
    this.observer.access(t, { obj: page, struct: "page", field: "flags" }, write, false);
    return this.heap.load(page, this.field("page", "flags"));
  }
}
