/*
 * The builtin table: what each kernel primitive a policy may call (the
 * catalog in src/model/builtins.ts) does to the simulated World. Locks, RCU
 * and hints go to the World's Scheduling object; atomics, folio fields,
 * page tables, anon_vma trees, lists and slab caches are read and changed
 * here, each access reported to the Observer as the World's own are.
 *
 * A module of its own so that world.ts keeps the state and this file the
 * primitives' semantics. One closure per builtin id per program, made on
 * first use and shared by every World of it (the explorer makes hundreds),
 * which it is handed at each call: keep per-call work out of them, and
 * World state out of what they capture.
 *
 * world.ts imports this module and this module imports world.ts's
 * constants: a cycle ESM allows because neither side uses the other's
 * bindings until a step runs.
 */

import { BUILTINS, type Builtin } from "../model/index.ts";
import type { CowMap, CowTables } from "./cow.ts";
import { type Heap, ptrIndex, ptrType } from "./heap.ts";
import { BLOCKED, type StepResult, type Thread } from "./interp.ts";
import {
  type Access,
  GUP_PIN_COUNTING_BIAS,
  type Observer,
  PAGE_SHIFT,
  PG_ANON_EXCLUSIVE,
  PMD_SHIFT,
  PTE_DIRTY,
  PTE_PRESENT,
  PTE_WRITE,
  PTE_YOUNG,
  PTRS_PER_PMD,
  PTRS_PER_PTE,
  type Scheduling,
  VM_WRITE,
} from "./world.ts";

/** A builtin's implementation: the arguments in, the step's result out. */
export type BuiltinImpl = (
  w: BuiltinWorld,
  t: Thread,
  args: readonly number[],
  b: Builtin,
) => StepResult;

/**
 * The part of World (world.ts) the builtin table uses: its state and the
 * checked accessors that report to the Observer.
 */
export interface BuiltinWorld {
  readonly heap: Heap;
  /** Type ids by struct name. */
  readonly T: Readonly<Record<string, number>>;
  readonly observer: Observer;
  /** Embedded object -> (owner object, field index). */
  readonly owner: ReadonlyMap<number, { readonly obj: number; readonly field: number }>;
  /** Per-VMA write locks by holder (vma_start_write, vma_end_write_all). */
  readonly vmaWriters: CowMap<number, { readonly tid: number; readonly mm: number }>;
  /** PTE words per ptdesc index. */
  readonly ptes: CowTables;
  readonly lists: ReadonlyMap<number, readonly number[]>;
  readonly listOf: ReadonlyMap<number, number>;
  /** kmem_cache -> the type of the objects it allocates. */
  readonly cacheType: ReadonlyMap<number, number>;

  // Objects.
  field(struct: string, name: string): number;
  valid(t: Thread, p: number, struct: string, what: string, write: boolean): boolean;
  allocObject(struct: string): number;
  freeObject(p: number): void;
  atomicOf(obj: number, field: string): number;
  counter(p: number): number;
  setCounter(p: number, v: number): void;
  deref(t: Thread, ptr: number): number;
  storeInd(t: Thread, ptr: number, value: number): void;
  addr(t: Thread, obj: number, struct: string, field: string): number;

  // Locks, RCU and hints: the Scheduling object's calls, also reported to the Observer.
  readonly lockOp: Scheduling["lock"];
  readonly rcuOp: Scheduling["rcu"];
  readonly hintOp: Scheduling["hint"];
  ownsVmaWrite(t: Thread, lock: number): boolean;
  lookupVma(mm: number, addr: number, containing: boolean): number;
  /** observer.access() in the World's reused record. */
  watch(
    t: Thread,
    obj: number,
    struct: string,
    field: string,
    write: boolean,
    marked: boolean,
  ): void;
  /** Is vma in its mm's maple tree (vma_mark_attached)? */
  attached(vma: number): boolean;
  setAttached(vma: number, attached: boolean): void;

  // Page tables.
  pmdSlot(mm: number, addr: number): number;
  pmdWords(mm: number, write?: boolean): Int32Array;
  pmdRead(t: Thread, slot: number, marked: boolean): number;
  pmdWrite(t: Thread, slot: number, value: number, marked: boolean): void;
  pteSlot(ptdesc: number, addr: number): number;
  pteRead(t: Thread, slot: number, what: string, marked: boolean): number;
  pteWrite(t: Thread, slot: number, value: number, marked: boolean, what: string): void;
  mkPte(folio: number, writable: boolean): number;
  folioOfPte(pte: number): number;

  // Interval trees and lists.
  treeInsert(t: Thread, avc: number, root: number): void;
  treeRemove(t: Thread, avc: number, root: number): void;
  treeFirst(t: Thread, root: number, start: number, last: number): number;
  treeNext(t: Thread, avc: number, start: number, last: number): number;
  listAdd(node: number, head: number, tail: boolean): void;
  listDel(node: number): void;
}

/** One implementation per builtin, chosen once per program: the World comes with each call. */
export function implementBuiltin(b: Builtin): BuiltinImpl {
  if (b.proto.name === "lock_vma_under_rcu") {
    // Find the VMA without the mmap lock, then read-trylock its per-VMA lock.
    const effect = b.lock!;
    return (w, t, [mm, addr]) => {
      const vma = findVma(w, t, mm!, addr!, true);
      if (vma === 0) return 0;
      const lock = w.heap.load(vma, w.field("vm_area_struct", "vm_lock"));
      return w.lockOp(t, b, effect, lock, [vma]) === 1 ? vma : 0;
    };
  }
  if (b.lock?.op === "release_all") {
    // vma_end_write_all(mm): bumping mm_lock_seq releases every VMA write
    // lock taken under this mmap write lock, including VMAs freed since.
    const effect = b.lock;
    return (w, t, [mm]) => {
      if (!w.valid(t, mm!, "mm_struct", b.proto.name, false)) return 0;
      for (const [lock, writer] of [...w.vmaWriters]) {
        if (writer.tid !== t.id || writer.mm !== mm) continue;
        w.vmaWriters.delete(lock);
        w.lockOp(t, b, effect, lock, []);
      }
      return 0;
    };
  }
  if (b.proto.name === "vma_start_write") {
    // Idempotent within one mmap write section (__is_vma_write_locked()):
    // mprotect and split write-lock the same VMA more than once.
    const effect = b.lock!;
    return (w, t, a) => {
      const lock = lockObject(w, t, b, a[0]!);
      if (lock === 0) return 0;
      if (w.ownsVmaWrite(t, lock)) return 0;
      const v = w.lockOp(t, b, effect, lock, a);
      if (v !== BLOCKED) {
        w.vmaWriters.set(lock, {
          tid: t.id,
          mm: w.heap.load(a[0]!, w.field("vm_area_struct", "vm_mm")),
        });
      }
      return v;
    };
  }
  if (b.lock && b.lock.op !== "assert") {
    const effect = b.lock;
    return (w, t, a) => {
      const target = lockObject(w, t, b, a[effect.arg]!);
      return target === 0 ? 0 : w.lockOp(t, b, effect, target, a);
    };
  }
  const name = b.proto.name;
  switch (name) {
    case "rcu_read_lock":
      return (w, t) => w.rcuOp(t, "read_lock");
    case "rcu_read_unlock":
      return (w, t) => w.rcuOp(t, "read_unlock");
    case "synchronize_rcu":
      return (w, t) => w.rcuOp(t, "synchronize");
    case "atomic_read":
      return (w, t, [v]) => (atomic(w, t, v!, false) ? w.counter(v!) : 0);
    case "atomic_set":
      return (w, t, [v, i]) => {
        if (atomic(w, t, v!, true)) w.setCounter(v!, i!);
        return 0;
      };
    case "atomic_inc":
    case "atomic_dec":
      return (w, t, [v]) => {
        if (atomic(w, t, v!, true))
          w.setCounter(v!, w.counter(v!) + (name === "atomic_inc" ? 1 : -1));
        return 0;
      };
    case "atomic_inc_not_zero":
      return (w, t, [v]) => {
        if (!atomic(w, t, v!, true) || w.counter(v!) === 0) return 0;
        w.setCounter(v!, w.counter(v!) + 1);
        return 1;
      };
    case "atomic_dec_and_test":
      return (w, t, [v]) => {
        if (!atomic(w, t, v!, true)) return 0;
        w.setCounter(v!, w.counter(v!) - 1);
        return w.counter(v!) === 0 ? 1 : 0;
      };
    case "smp_mb":
    case "smp_rmb":
    case "smp_wmb":
      return (w, t, a) => {
        w.hintOp(t, b, a);
        return 0;
      };
    case "folio_mapcount":
      return (w, t, [f]) => (folioField(w, t, f!, "_mapcount", false, true) ? mapcount(w, f!) : 0);
    case "folio_mapped":
      return (w, t, [f]) =>
        folioField(w, t, f!, "_mapcount", false, true) && mapcount(w, f!) > 0 ? 1 : 0;
    case "folio_raw_mapping":
      return (w, t, [f]) => mapping(w, t, f!, b.marked) & ~3;
    case "folio_test_anon":
      return (w, t, [f]) => mapping(w, t, f!, true) & 1;
    case "folio_test_ksm":
      return (w, t, [f]) => ((mapping(w, t, f!, true) & 3) === 3 ? 1 : 0);
    case "folio_test_large":
      return (w, t, [f]) => {
        folioField(w, t, f!, "index", false, true);
        return 0;
      };
    case "folio_anon_vma":
      return (w, t, [f]) => {
        const m = mapping(w, t, f!, true);
        return (m & 3) === 1 ? m - 1 : 0;
      };
    case "folio_pgoff":
      return (w, t, [f]) =>
        folioField(w, t, f!, "index", false, b.marked) ? w.heap.load(f!, F(w, "index")) : 0;
    case "folio_nr_pages":
      return () => 1;
    case "folio_get":
    case "folio_put":
      return (w, t, [f]) => {
        if (folioField(w, t, f!, "_refcount", true, true)) {
          const r = w.atomicOf(f!, "_refcount");
          w.setCounter(r, w.counter(r) + (name === "folio_get" ? 1 : -1));
        }
        return 0;
      };
    case "folio_ref_count":
      return (w, t, [f]) =>
        folioField(w, t, f!, "_refcount", false, true) ? w.counter(w.atomicOf(f!, "_refcount")) : 0;
    case "folio_maybe_dma_pinned":
      return (w, t, [f]) =>
        folioField(w, t, f!, "_refcount", false, true) &&
        w.counter(w.atomicOf(f!, "_refcount")) >= GUP_PIN_COUNTING_BIAS
          ? 1
          : 0;
    case "PageAnonExclusive":
      return (w, t, [p]) => (pageFlags(w, t, p!, false) & PG_ANON_EXCLUSIVE ? 1 : 0);
    case "SetPageAnonExclusive":
    case "ClearPageAnonExclusive":
      return (w, t, [p]) => {
        const flags = pageFlags(w, t, p!, true);
        w.heap.store(
          p!,
          w.field("page", "flags"),
          name === "SetPageAnonExclusive" ? flags | PG_ANON_EXCLUSIVE : flags & ~PG_ANON_EXCLUSIVE,
        );
        return 0;
      };
    case "folio_remove_rmap_pte":
      return (w, t, [f]) => {
        if (folioField(w, t, f!, "_mapcount", true, true))
          w.setCounter(w.atomicOf(f!, "_mapcount"), mapcount(w, f!) - 1);
        return 0;
      };
    case "folio_add_new_anon_rmap":
      return (w, t, [f, vma, addr]) => {
        if (!w.valid(t, vma!, "vm_area_struct", "vm_area_struct.anon_vma", false)) return 0;
        const V = (n: string) => w.heap.load(vma!, w.field("vm_area_struct", n));
        if (!folioField(w, t, f!, "mapping", true, true)) return 0;
        w.heap.store(f!, F(w, "mapping"), V("anon_vma") | 1);
        w.heap.store(f!, F(w, "index"), V("vm_pgoff") + ((addr! - V("vm_start")) >>> PAGE_SHIFT));
        w.setCounter(w.atomicOf(f!, "_mapcount"), 1);
        const page = w.heap.load(f!, F(w, "page"));
        w.heap.store(
          page,
          w.field("page", "flags"),
          w.heap.load(page, w.field("page", "flags")) | PG_ANON_EXCLUSIVE,
        );
        return 0;
      };
    case "vma_alloc_folio":
      return (w, t) => {
        const f = w.allocObject("folio");
        w.setCounter(w.atomicOf(f, "_refcount"), 1);
        w.observer.alloc(t, f, "folio");
        return f;
      };
    case "split_folio":
      return () => 0;
    case "ptep_get":
      return (w, t, [p]) => w.pteRead(t, p!, "ptep_get", true);
    case "pte_none":
      return (_w, _t, [v]) => (v === 0 ? 1 : 0);
    case "pte_present":
      return (_w, _t, [v]) => v! & PTE_PRESENT;
    case "pte_young":
      return (_w, _t, [v]) => (v! & PTE_YOUNG ? 1 : 0);
    case "pte_dirty":
      return (_w, _t, [v]) => (v! & PTE_DIRTY ? 1 : 0);
    case "pte_write":
      return (_w, _t, [v]) => (v! & PTE_WRITE ? 1 : 0);
    case "pte_same":
    case "pmd_same":
      return (_w, _t, [a, c]) => (a === c ? 1 : 0);
    case "pte_mkold":
      return (_w, _t, [v]) => v! & ~PTE_YOUNG;
    case "pte_mkyoung":
      return (_w, _t, [v]) => v! | PTE_YOUNG;
    case "pte_mkdirty":
      return (_w, _t, [v]) => v! | PTE_DIRTY;
    case "pte_mkwrite":
      return (_w, _t, [v]) => v! | PTE_WRITE;
    case "pte_wrprotect":
      return (_w, _t, [v]) => v! & ~PTE_WRITE;
    case "folio_mk_pte":
      return (w, _t, [f, prot]) => w.mkPte(f!, (prot! & VM_WRITE) !== 0);
    case "vm_normal_folio":
      return (w, _t, [, , pte]) => w.folioOfPte(pte!);
    case "set_pte_at":
      return (w, t, [, , p, v]) => {
        w.pteWrite(t, p!, v!, true, "set_pte_at");
        return 0;
      };
    case "ptep_get_and_clear":
    case "ptep_clear_flush":
      return (w, t, [, , p]) => {
        const old = w.pteRead(t, p!, name, true);
        w.pteWrite(t, p!, 0, true, name);
        if (name === "ptep_clear_flush") w.hintOp(t, b, []);
        return old;
      };
    case "ptep_clear_flush_young_notify":
    case "ptep_test_and_clear_young":
      return (w, t, [, , p]) => {
        const old = w.pteRead(t, p!, name, true);
        if (!(old & PTE_YOUNG)) return 0;
        w.pteWrite(t, p!, old & ~PTE_YOUNG, true, name);
        w.hintOp(t, b, []);
        return 1;
      };
    case "mm_find_pmd":
      return (w, t, [mm, addr]) => {
        const slot = w.pmdSlot(mm!, addr!);
        return w.pmdRead(t, slot, true) === 0 ? 0 : slot;
      };
    case "pmdp_get_lockless":
      return (w, t, [p]) => w.pmdRead(t, p!, true);
    case "pmd_none":
      return (_w, _t, [v]) => (v === 0 ? 1 : 0);
    case "pmd_trans_huge":
      return () => 0;
    case "__pte_offset_map":
      return (w, t, [pmd, addr, out]) => {
        const v = w.pmdRead(t, pmd!, true);
        if (out) w.storeInd(t, out, v);
        if (v === 0) return 0;
        // Mapping a freed table is the use-after-free free_pgtables() ordering prevents.
        if (!w.valid(t, v, "ptdesc", "__pte_offset_map", false)) return 0;
        return w.pteSlot(v, addr!);
      };
    case "pte_lockptr":
      return (w, t, [, pmdvalp]) => {
        const v = w.deref(t, pmdvalp!);
        return v === 0 ? 0 : w.addr(t, v, "ptdesc", "ptl");
      };
    case "free_pgd_range":
      return (w, t, [mm, start, end]) => {
        for (let a = start! & ~((1 << PMD_SHIFT) - 1); a < end!; a += 1 << PMD_SHIFT) {
          const slot = w.pmdSlot(mm!, a);
          const pt = w.pmdRead(t, slot, true);
          if (pt === 0) continue;
          w.pmdWrite(t, slot, 0, true);
          w.observer.free(t, pt, "ptdesc");
          w.ptes.delete(ptrIndex(pt));
          w.freeObject(pt);
        }
        return 0;
      };
    case "zap_page_range":
      return (w, t, [vma, start, end]) => {
        const mm = w.heap.load(vma!, w.field("vm_area_struct", "vm_mm"));
        // Zapping writes PTEs, never the PMDs: one look at them serves the range.
        const pmds = w.pmdWords(mm);
        for (let a = start!; a < end!; a += 1 << PAGE_SHIFT) {
          const pt = pmds[(a >>> PMD_SHIFT) & (PTRS_PER_PMD - 1)]!;
          if (pt === 0) continue;
          const slot = w.pteSlot(pt, a);
          const old = w.pteRead(t, slot, name, true);
          if (!(old & PTE_PRESENT)) continue;
          w.pteWrite(t, slot, 0, true, name);
          const f = w.folioOfPte(old);
          if (w.heap.validity(f, w.T.folio) === "ok")
            w.setCounter(w.atomicOf(f, "_mapcount"), mapcount(w, f) - 1);
        }
        return 0;
      };
    case "find_vma":
      return (w, t, [mm, addr]) => findVma(w, t, mm!, addr!, false);
    case "vma_lookup":
      return (w, t, [mm, addr]) => findVma(w, t, mm!, addr!, true);
    case "vma_mark_attached":
    case "vma_mark_detached":
      return (w, t, [vma]) => {
        if (!w.valid(t, vma!, "vm_area_struct", name, true)) return 0;
        // Both begin with vma_assert_write_locked(vma) (include/linux/mm.h):
        // a VMA goes into or out of the maple tree only write-locked.
        const lock = lockObject(w, t, ASSERT_WRITE_LOCKED, vma!);
        if (lock !== 0) w.lockOp(t, ASSERT_WRITE_LOCKED, ASSERT_WRITE_LOCKED.lock!, lock, [vma!]);
        const mm = w.heap.load(vma!, w.field("vm_area_struct", "vm_mm"));
        // The maple tree store or erase it goes with: a write of mm's VMA tree.
        w.watch(t, mm, "mm_struct", "mm_mt", true, true);
        const attach = name === "vma_mark_attached";
        // vma_assert_detached() / vma_assert_attached(): WARN_ON_ONCE on a VMA
        // that is already in the state it is put in (a double attach or detach).
        if (w.attached(vma!) === attach)
          w.observer.assertion(
            t,
            "WARNING",
            attach ? "vma_assert_detached" : "vma_assert_attached",
          );
        w.setAttached(vma!, attach);
        if (attach) w.observer.order(t, refcnt(vma!), "release");
        return 0;
      };
    case "pmd_off":
      return (w, _t, [mm, addr]) => w.pmdSlot(mm!, addr!);
    case "pte_alloc_one":
      return (w, t) => {
        const pt = w.allocObject("ptdesc");
        w.ptes.set(ptrIndex(pt), new Int32Array(PTRS_PER_PTE));
        w.observer.alloc(t, pt, "ptdesc");
        return pt;
      };
    case "pmd_populate":
      return (w, t, [, pmd, pt]) => {
        w.pmdWrite(t, pmd!, pt!, true);
        return 0;
      };
    case "pte_free":
      return (w, t, [, pt]) => {
        w.observer.free(t, pt!, "ptdesc");
        w.ptes.delete(ptrIndex(pt!));
        w.freeObject(pt!);
        return 0;
      };
    case "anon_vma_interval_tree_insert":
      return (w, t, [avc, root]) => {
        w.treeInsert(t, avc!, root!);
        return 0;
      };
    case "anon_vma_interval_tree_remove":
      return (w, t, [avc, root]) => {
        w.treeRemove(t, avc!, root!);
        return 0;
      };
    case "anon_vma_interval_tree_iter_first":
      return (w, t, [root, s, l]) => w.treeFirst(t, root!, s!, l!);
    case "anon_vma_interval_tree_iter_next":
      return (w, t, [avc, s, l]) => w.treeNext(t, avc!, s!, l!);
    case "list_add":
    case "list_add_tail":
      return (w, t, [node, head]) => {
        w.watch(t, head!, "list_head", "list_head", true, false);
        w.listAdd(node!, head!, name === "list_add_tail");
        return 0;
      };
    case "list_del":
      return (w, t, [node]) => {
        const head = w.listOf.get(node!);
        if (head !== undefined) w.watch(t, head, "list_head", "list_head", true, false);
        w.listDel(node!);
        return 0;
      };
    case "list_empty":
      return (w, t, [head]) => {
        w.watch(t, head!, "list_head", "list_head", false, true);
        return (w.lists.get(head!)?.length ?? 0) === 0 ? 1 : 0;
      };
    case "kmem_cache_alloc":
      return (w, t, [cache]) => {
        const type = w.cacheType.get(cache!);
        if (type === undefined) return 0;
        const p = w.allocObject(w.heap.layout(type).name);
        // vm_area_dup()'s VMA is detached (vma_lock_init(vma, true): vm_refcnt 0)
        // until it is stored in a maple tree.
        if (type === w.T.vm_area_struct) w.setAttached(p, false);
        w.observer.alloc(t, p, w.heap.layout(type).name);
        return p;
      };
    case "kmem_cache_free":
      return (w, t, [cache, p]) => {
        const type = w.cacheType.get(cache!);
        const v = w.heap.validity(p!, type);
        if (v !== "ok") {
          w.observer.badAccess(t, "kmem_cache_free", p!, v, true);
          return 0;
        }
        w.observer.free(t, p!, w.heap.layout(type!).name);
        w.freeObject(p!);
        return 0;
      };
    case "VM_BUG_ON":
    case "VM_BUG_ON_FOLIO":
    case "VM_BUG_ON_VMA":
    case "BUG_ON":
      return (w, t, [c]) => {
        if (c) w.observer.assertion(t, "BUG", name);
        return 0;
      };
    case "VM_WARN_ON_FOLIO":
    case "VM_WARN_ON_ONCE":
    case "WARN_ON":
    case "WARN_ON_ONCE":
      return (w, t, [c]) => {
        if (c) w.observer.assertion(t, "WARNING", name);
        return c ? 1 : 0;
      };
    case "lockdep_assert_held":
    case "lockdep_assert_held_read":
    case "lockdep_assert_held_write":
    case "vma_assert_write_locked": {
      const effect = b.lock!;
      return (w, t, a) => {
        const target = lockObject(w, t, b, a[effect.arg]!);
        return target === 0 ? 0 : w.lockOp(t, b, effect, target, a);
      };
    }
    default:
      // Timing-only primitives: cond_resched, might_sleep, lb_cycles, TLB flushes,
      // mmu notifiers, find_vma and friends are given by the Scheduling object.
      return (w, t, a) => {
        w.hintOp(t, b, a);
        return 0;
      };
  }
}

/** The lock object a lock builtin's argument names: the lock itself, a folio, a VMA's vm_lock. */
const F = (w: BuiltinWorld, n: string) => w.field("folio", n);
const mapcount = (w: BuiltinWorld, folio: number) => w.counter(w.atomicOf(folio, "_mapcount"));
const mapping = (w: BuiltinWorld, t: Thread, folio: number, marked: boolean) =>
  folioField(w, t, folio, "mapping", false, marked) ? w.heap.load(folio, F(w, "mapping")) : 0;

function lockObject(w: BuiltinWorld, t: Thread, b: Builtin, arg: number): number {
  const param = b.proto.params[b.lock!.arg]!.type;
  const struct = param.kind === "ptr" && param.to.kind === "struct" ? param.to.name : undefined;
  if (struct === "vm_area_struct") {
    if (!w.valid(t, arg, "vm_area_struct", `${b.proto.name}`, true)) return 0;
    return w.heap.load(arg, w.field("vm_area_struct", "vm_lock"));
  }
  if (struct === "mm_struct") return w.valid(t, arg, "mm_struct", b.proto.name, true) ? arg : 0;
  // A lock in freed memory is still handed over: the lock monitors report it as KASAN does.
  const v = w.heap.validity(arg, struct ? w.T[struct] : undefined);
  if (v === "null" || v === "wild") {
    w.observer.badAccess(t, b.proto.name, arg, v, true);
    return 0;
  }
  if (v !== "ok") w.observer.badAccess(t, b.proto.name, arg, v, true);
  return arg;
}

function atomic(w: BuiltinWorld, t: Thread, p: number, write: boolean): boolean {
  if (!w.valid(t, p, "atomic_t", "atomic_t", write)) return false;
  const own = w.owner.get(p);
  if (own) {
    const name = w.heap.layout(ptrType(own.obj)).name;
    w.watch(t, own.obj, name, w.heap.layout(ptrType(own.obj)).fields[own.field]!, write, true);
  }
  return true;
}

function folioField(
  w: BuiltinWorld,
  t: Thread,
  folio: number,
  name: string,
  write: boolean,
  marked: boolean,
): boolean {
  if (!w.valid(t, folio, "folio", `folio.${name}`, write)) return false;
  w.watch(t, folio, "folio", name, write, marked);
  return true;
}

/**
 * PG_anon_exclusive through PageAnonExclusive()/SetPageAnonExclusive()/
 * ClearPageAnonExclusive(): test_bit(), set_bit() and clear_bit() on
 * page->flags (include/linux/page-flags.h), atomic bitops, which KCSAN
 * counts as marked accesses.
 */
function pageFlags(w: BuiltinWorld, t: Thread, page: number, write: boolean): number {
  if (!w.valid(t, page, "page", "page.flags", write)) return 0;
  w.watch(t, page, "page", "flags", write, true);
  return w.heap.load(page, w.field("page", "flags"));
}

/**
 * find_vma()/vma_lookup(): the model's maple tree is derived from the live,
 * attached VMAs themselves (vm_mm, vm_start, vm_end), oldest first among
 * equals. A read of the mm's VMA tree, for the race monitor; finding a VMA
 * is ordered after the vma_mark_attached() that put it there.
 */
function findVma(
  w: BuiltinWorld,
  t: Thread,
  mm: number,
  addr: number,
  containing: boolean,
): number {
  if (!w.valid(t, mm, "mm_struct", "mm_struct.mm_mt", false)) return 0;
  w.watch(t, mm, "mm_struct", "mm_mt", false, true);
  const vma = w.lookupVma(mm, addr, containing);
  if (vma !== 0) w.observer.order(t, refcnt(vma), "acquire");
  return vma;
}

/** The assertion vma_mark_attached() and vma_mark_detached() make. */
const ASSERT_WRITE_LOCKED = BUILTINS.find((b) => b.proto.name === "vma_assert_write_locked")!;

/** The word vma_mark_attached() releases and a lookup acquires. */
function refcnt(vma: number): Access {
  return { obj: vma, struct: "vm_area_struct", field: "vm_refcnt" };
}
