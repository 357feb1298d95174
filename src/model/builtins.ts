/*
 * The builtin catalogue: kernel primitives a policy calls but does not define.
 *
 * Each entry is the kernel's prototype plus what the primitive does to shared
 * state, which is all the type checker, the IR compiler (is it a scheduling
 * point?), the engine (what does it cost, can it block?), the monitors (which
 * lock, which field, marked or plain?) and the docs need to agree on.
 *
 * Thin wrappers that the kernel writes in C (anon_vma_lock_read,
 * mmap_read_lock, pte_offset_map_lock, ...) are NOT here: they are written in
 * policies/lib/kernel.policy so that traces show them and policies can change
 * them. What is here is what the kernel itself treats as a primitive: lock
 * operations, atomics, marked accesses, page-table entry accessors, the
 * interval tree, slab allocation, and annotations.
 *
 * reads/writes name fields as "struct.field", plus four locations that are
 * not struct fields: "pte" and "pmd" (page-table entries), "list_head" (a
 * list's links) and "mm_struct.mm_mt" (the mm's VMA tree, which the model
 * derives from the live, attached VMAs).
 */

import { type Prototype, parsePrototype } from "./prototype.ts";

/**
 * What a VMA lookup reads: the model derives the mm's VMA tree from the
 * live, attached VMAs' own fields, so a lookup depends on every one of them (the
 * explorer's sleep sets must not take a range change as independent of it).
 */
const VMA_TREE = [
  "mm_struct.mm_mt",
  "vm_area_struct.vm_mm",
  "vm_area_struct.vm_start",
  "vm_area_struct.vm_end",
];

export type Category =
  | "lock"
  | "rcu"
  | "atomic"
  | "access"
  | "folio"
  | "pte"
  | "pagetable"
  | "tree"
  | "list"
  | "object"
  | "vma"
  | "tlb"
  | "annotation"
  | "compiler";

/** release_all: release this lock if the thread holds it in `mode`, else nothing (vma_end_write_all). */
export type LockOp = "acquire" | "try" | "release" | "query" | "assert" | "release_all";
export type LockMode = "read" | "write" | "exclusive" | "any";

export interface LockEffect {
  /** Which argument is the lock (a lock pointer, a folio, a VMA, an mm). */
  readonly arg: number;
  readonly op: LockOp;
  readonly mode: LockMode;
}

/**
 * How the type checker types a call whose C prototype cannot say it:
 * READ_ONCE(x) has x's type; likely(x) passes its condition through; the
 * lockdep assertions accept any lock pointer.
 */
export type Generic = "read_once" | "write_once" | "cond" | "lock_ptr";

export interface Builtin {
  readonly proto: Prototype;
  /** The prototype as written, for docs. */
  readonly text: string;
  readonly category: Category;
  /** A scheduling point: the thread may be preempted before it, others may interleave. */
  readonly step: boolean;
  /** May block (down_read, folio_lock, synchronize_rcu): illegal in atomic context. */
  readonly sleeps: boolean;
  readonly lock?: LockEffect;
  /** Shared fields read/written, as "struct.field"; marked = READ_ONCE/atomic, not plain. */
  readonly reads: readonly string[];
  readonly writes: readonly string[];
  readonly marked: boolean;
  readonly generic?: Generic;
  readonly doc: string;
}

interface Spec {
  c: string;
  cat: Category;
  doc: string;
  step?: boolean;
  sleeps?: boolean;
  lock?: LockEffect;
  reads?: string[];
  writes?: string[];
  plain?: boolean;
  generic?: Generic;
}

const L = (arg: number, op: LockOp, mode: LockMode): LockEffect => ({ arg, op, mode });

const SPECS: Spec[] = [
  // --- rwsem (kernel/locking/rwsem.c) -------------------------------------------------
  {
    c: "void down_read(struct rw_semaphore *sem)",
    cat: "lock",
    sleeps: true,
    lock: L(0, "acquire", "read"),
    doc: "Read-lock; queues (D state) behind a writer or any queued waiter.",
  },
  {
    c: "int down_read_trylock(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "try", "read"),
    doc: "Fails when a writer holds the rwsem or anyone is queued, even if only readers hold it.",
  },
  {
    c: "void up_read(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "release", "read"),
    doc: "Drop a read lock; wakes waiters when the last reader leaves.",
  },
  {
    c: "void down_write(struct rw_semaphore *sem)",
    cat: "lock",
    sleeps: true,
    lock: L(0, "acquire", "write"),
    doc: "Write-lock; spins while a writer owner runs (time-boxed on readers), then sleeps in D state.",
  },
  {
    c: "int down_write_trylock(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "try", "write"),
    doc: "Succeeds only on a completely free rwsem.",
  },
  {
    c: "void down_write_nested(struct rw_semaphore *sem, int subclass)",
    cat: "lock",
    sleeps: true,
    lock: L(0, "acquire", "write"),
    doc: "down_write() telling lockdep that a second rwsem of the same class nests (dup_mmap's two mmap_locks).",
  },
  {
    c: "void up_write(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "release", "write"),
    doc: "Drop the write lock; wake the first waiter (all leading readers as a batch).",
  },
  {
    c: "void downgrade_write(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "release", "write"),
    doc: "Turn the write lock into a read lock without releasing it.",
  },
  {
    c: "int rwsem_is_locked(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "query", "any"),
    doc: "Reads the count (marked). Used by anon_vma_free() to wait out a lockless reader.",
  },
  // --- spinlocks -----------------------------------------------------------------------
  {
    c: "void spin_lock(spinlock_t *lock)",
    cat: "lock",
    lock: L(0, "acquire", "exclusive"),
    doc: "Queued spinlock: waiters burn CPU in FIFO order; disables preemption.",
  },
  {
    c: "void spin_lock_nested(spinlock_t *lock, int subclass)",
    cat: "lock",
    lock: L(0, "acquire", "exclusive"),
    doc: "spin_lock() telling lockdep that a second lock of the same class nests (double_pt_lock).",
  },
  {
    c: "int spin_trylock(spinlock_t *lock)",
    cat: "lock",
    lock: L(0, "try", "exclusive"),
    doc: "Take the spinlock only if free.",
  },
  {
    c: "void spin_unlock(spinlock_t *lock)",
    cat: "lock",
    lock: L(0, "release", "exclusive"),
    doc: "Release; the next queued waiter gets it.",
  },
  // --- folio lock (mm/filemap.c) -------------------------------------------------------
  {
    c: "void folio_lock(struct folio *folio)",
    cat: "lock",
    sleeps: true,
    lock: L(0, "acquire", "exclusive"),
    doc: "PG_locked bit lock; sleeps (D state) on the folio wait queue.",
  },
  {
    c: "bool folio_trylock(struct folio *folio)",
    cat: "lock",
    lock: L(0, "try", "exclusive"),
    doc: "Test-and-set PG_locked; never sleeps.",
  },
  {
    c: "void folio_unlock(struct folio *folio)",
    cat: "lock",
    lock: L(0, "release", "exclusive"),
    doc: "Clear PG_locked; hand off to the first waiter (folio_wake_bit).",
  },
  {
    c: "bool folio_test_locked(struct folio *folio)",
    cat: "lock",
    lock: L(0, "query", "any"),
    doc: "Is PG_locked set?",
  },
  // --- per-VMA locks (mm/mmap_lock.c) --------------------------------------------------
  {
    c: "bool vma_start_read_locked(struct vm_area_struct *vma)",
    cat: "vma",
    lock: L(0, "try", "read"),
    doc: "Read-lock a VMA while holding the mmap lock; fails if it is write-locked.",
  },
  {
    c: "void vma_end_read(struct vm_area_struct *vma)",
    cat: "vma",
    lock: L(0, "release", "read"),
    doc: "Drop a VMA read lock.",
  },
  {
    c: "void vma_start_write(struct vm_area_struct *vma)",
    cat: "vma",
    sleeps: true,
    lock: L(0, "acquire", "write"),
    doc: "Write-lock a VMA (mmap lock held for write); waits out readers. Released by vma_end_write_all().",
  },
  {
    c: "void vma_end_write_all(struct mm_struct *mm)",
    cat: "vma",
    lock: L(0, "release_all", "write"),
    doc: "Release every VMA write lock of mm this thread holds (mmap_write_unlock does this).",
  },
  {
    c: "void vma_assert_write_locked(struct vm_area_struct *vma)",
    cat: "annotation",
    lock: L(0, "assert", "write"),
    doc: "BUG unless the VMA is write-locked.",
  },
  {
    c: "struct vm_area_struct *lock_vma_under_rcu(struct mm_struct *mm, unsigned long address)",
    cat: "vma",
    lock: L(0, "try", "read"),
    reads: VMA_TREE,
    doc: "Find the VMA at address and read-lock it without the mmap lock; NULL if that fails.",
  },
  {
    c: "struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)",
    cat: "vma",
    reads: VMA_TREE,
    doc: "First VMA ending above addr (maple tree walk; mmap lock held).",
  },
  {
    c: "struct vm_area_struct *vma_lookup(struct mm_struct *mm, unsigned long addr)",
    cat: "vma",
    reads: VMA_TREE,
    doc: "The VMA containing addr, or NULL.",
  },
  {
    c: "void vma_mark_attached(struct vm_area_struct *vma)",
    cat: "vma",
    writes: ["mm_struct.mm_mt"],
    doc:
      "In its mm's maple tree from now on (vma_iter_store_new() and vma_iter_bulk_store() do this " +
      "as they store it): a release of vm_refcnt. vm_area_dup()'s VMA starts detached; lookups " +
      "find attached VMAs only. BUG unless the VMA is write-locked (vma_assert_write_locked); " +
      "WARNs on an attached VMA (vma_assert_detached).",
  },
  {
    c: "void vma_mark_detached(struct vm_area_struct *vma)",
    cat: "vma",
    writes: ["mm_struct.mm_mt"],
    doc:
      "Out of its mm's maple tree (munmap, a merged-away VMA): lookups no longer find it. BUG unless " +
      "the VMA is write-locked (vma_assert_write_locked); WARNs on a detached VMA (vma_assert_attached).",
  },
  // --- RCU -----------------------------------------------------------------------------
  {
    c: "void rcu_read_lock(void)",
    cat: "rcu",
    doc: "Enter an RCU read-side critical section (no sleeping inside).",
  },
  { c: "void rcu_read_unlock(void)", cat: "rcu", doc: "Leave it." },
  {
    c: "void synchronize_rcu(void)",
    cat: "rcu",
    sleeps: true,
    doc: "Wait for every pre-existing read-side section to end.",
  },
  // --- atomics and marked accesses -----------------------------------------------------
  { c: "int atomic_read(atomic_t *v)", cat: "atomic", doc: "Marked read." },
  { c: "void atomic_set(atomic_t *v, int i)", cat: "atomic", doc: "Marked write." },
  { c: "void atomic_inc(atomic_t *v)", cat: "atomic", doc: "Atomic increment (no ordering)." },
  { c: "void atomic_dec(atomic_t *v)", cat: "atomic", doc: "Atomic decrement (no ordering)." },
  {
    c: "bool atomic_inc_not_zero(atomic_t *v)",
    cat: "atomic",
    doc: "Increment unless zero; full barrier on success.",
  },
  {
    c: "bool atomic_dec_and_test(atomic_t *v)",
    cat: "atomic",
    doc: "Decrement; true if it hit zero. Full barrier.",
  },
  { c: "void smp_mb(void)", cat: "atomic", doc: "Full memory barrier." },
  { c: "void smp_rmb(void)", cat: "atomic", doc: "Read barrier." },
  { c: "void smp_wmb(void)", cat: "atomic", doc: "Write barrier." },
  {
    c: "int READ_ONCE(int x)",
    cat: "access",
    generic: "read_once",
    doc: "Marked load of a shared field or pointer; has the type of its argument.",
  },
  {
    c: "void WRITE_ONCE(int x, int val)",
    cat: "access",
    generic: "write_once",
    doc: "Marked store: lockless readers never see it torn.",
  },
  // --- folio state (include/linux/page-flags.h, mm.h, rmap.h) --------------------------
  {
    c: "int folio_mapcount(struct folio *folio)",
    cat: "folio",
    reads: ["folio._mapcount"],
    doc: "Number of PTEs mapping the folio.",
  },
  {
    c: "bool folio_mapped(struct folio *folio)",
    cat: "folio",
    reads: ["folio._mapcount"],
    doc: "Mapped by any PTE?",
  },
  {
    c: "void *folio_raw_mapping(struct folio *folio)",
    cat: "folio",
    reads: ["folio.mapping"],
    // The kernel reads it plainly, as a lockless hint every caller
    // re-validates under the folio or anon_vma lock; the writers pair it
    // with WRITE_ONCE for exactly these readers (folio_move_anon_rmap's
    // comment). Marked here, as data_race() would mark it, so the race
    // monitor judges the locking rather than the kernel's annotations.
    doc: "folio->mapping without the FOLIO_MAPPING_* bits (a lockless read the caller re-validates).",
  },
  {
    c: "bool folio_test_anon(struct folio *folio)",
    cat: "folio",
    reads: ["folio.mapping"],
    doc: "FOLIO_MAPPING_ANON set in folio->mapping.",
  },
  {
    c: "bool folio_test_ksm(struct folio *folio)",
    cat: "folio",
    reads: ["folio.mapping"],
    doc: "A KSM folio (both mapping bits).",
  },
  {
    c: "bool folio_test_large(struct folio *folio)",
    cat: "folio",
    reads: ["folio.flags"],
    doc: "Always false: the model's folios are order-0.",
  },
  {
    c: "struct anon_vma *folio_anon_vma(struct folio *folio)",
    cat: "folio",
    reads: ["folio.mapping"],
    doc: "The anon_vma from folio->mapping, or NULL if not anon.",
  },
  {
    c: "pgoff_t folio_pgoff(struct folio *folio)",
    cat: "folio",
    reads: ["folio.index"],
    plain: true,
    doc: "folio->index (plain read).",
  },
  {
    c: "long folio_nr_pages(struct folio *folio)",
    cat: "folio",
    step: false,
    doc: "Always 1 in the model.",
  },
  {
    c: "void folio_get(struct folio *folio)",
    cat: "folio",
    reads: ["folio._refcount"],
    writes: ["folio._refcount"],
    doc: "Take a reference.",
  },
  {
    c: "void folio_put(struct folio *folio)",
    cat: "folio",
    reads: ["folio._refcount"],
    writes: ["folio._refcount"],
    doc: "Drop a reference (the model never frees a mapped folio).",
  },
  {
    c: "int folio_ref_count(struct folio *folio)",
    cat: "folio",
    reads: ["folio._refcount"],
    doc: "Current references.",
  },
  {
    c: "bool folio_maybe_dma_pinned(struct folio *folio)",
    cat: "folio",
    reads: ["folio._refcount"],
    doc: "GUP-pinned?",
  },
  {
    c: "bool PageAnonExclusive(struct page *page)",
    cat: "folio",
    reads: ["page.flags"],
    plain: true,
    doc: "The page is mapped exclusively by one process (PAE).",
  },
  {
    c: "void SetPageAnonExclusive(struct page *page)",
    cat: "folio",
    writes: ["page.flags"],
    plain: true,
    doc: "Mark PAE (under the PTL, folio locked).",
  },
  {
    c: "void ClearPageAnonExclusive(struct page *page)",
    cat: "folio",
    writes: ["page.flags"],
    plain: true,
    doc: "Clear PAE (fork, KSM).",
  },
  {
    c: "void folio_remove_rmap_pte(struct folio *folio, struct page *page, struct vm_area_struct *vma)",
    cat: "folio",
    reads: ["folio._mapcount"],
    writes: ["folio._mapcount"],
    doc: "Drop one PTE mapping (mapcount--).",
  },
  {
    c: "void folio_add_new_anon_rmap(struct folio *folio, struct vm_area_struct *vma, unsigned long address)",
    cat: "folio",
    reads: ["vm_area_struct.anon_vma"],
    writes: ["folio.mapping", "folio.index", "folio._mapcount", "page.flags"],
    doc: "A fresh exclusive anon folio: mapping = vma->anon_vma | ANON, index, mapcount 1, PAE.",
  },
  {
    c: "struct folio *vma_alloc_folio(gfp_t gfp, int order, struct vm_area_struct *vma, unsigned long addr)",
    cat: "object",
    sleeps: true,
    doc: "Allocate an order-0 folio (refcount 1, unmapped).",
  },
  {
    c: "int split_folio(struct folio *folio)",
    cat: "folio",
    sleeps: true,
    doc: "Split a large folio. The model's folios are order-0, so this returns 0 at once.",
  },
  // --- page-table entries (arch/arm64/include/asm/pgtable.h) ---------------------------
  { c: "pte_t ptep_get(pte_t *ptep)", cat: "pte", reads: ["pte"], doc: "READ_ONCE of a PTE." },
  { c: "bool pte_none(pte_t pte)", cat: "pte", step: false, doc: "Empty PTE." },
  { c: "bool pte_present(pte_t pte)", cat: "pte", step: false, doc: "Maps a page." },
  { c: "bool pte_young(pte_t pte)", cat: "pte", step: false, doc: "Access flag set." },
  { c: "bool pte_dirty(pte_t pte)", cat: "pte", step: false, doc: "Dirty." },
  { c: "bool pte_write(pte_t pte)", cat: "pte", step: false, doc: "Writable." },
  { c: "bool pte_same(pte_t a, pte_t b)", cat: "pte", step: false, doc: "Identical entries." },
  { c: "pte_t pte_mkold(pte_t pte)", cat: "pte", step: false, doc: "Clear the access flag." },
  { c: "pte_t pte_mkyoung(pte_t pte)", cat: "pte", step: false, doc: "Set the access flag." },
  { c: "pte_t pte_mkdirty(pte_t pte)", cat: "pte", step: false, doc: "Set dirty." },
  {
    c: "pte_t pte_mkwrite(pte_t pte, struct vm_area_struct *vma)",
    cat: "pte",
    step: false,
    doc: "Make writable.",
  },
  { c: "pte_t pte_wrprotect(pte_t pte)", cat: "pte", step: false, doc: "Make read-only." },
  {
    c: "pte_t folio_mk_pte(struct folio *folio, unsigned long prot)",
    cat: "pte",
    step: false,
    doc: "A present PTE mapping folio.",
  },
  {
    c: "struct folio *vm_normal_folio(struct vm_area_struct *vma, unsigned long addr, pte_t pte)",
    cat: "pte",
    step: false,
    doc: "The folio a present PTE maps (NULL for the zero page or a none PTE).",
  },
  {
    c: "void set_pte_at(struct mm_struct *mm, unsigned long addr, pte_t *ptep, pte_t pte)",
    cat: "pte",
    writes: ["pte"],
    doc: "Install a PTE (PTL held).",
  },
  {
    c: "pte_t ptep_get_and_clear(struct mm_struct *mm, unsigned long addr, pte_t *ptep)",
    cat: "pte",
    reads: ["pte"],
    writes: ["pte"],
    doc: "Atomically clear a PTE and return the old value (no TLB flush).",
  },
  {
    c: "pte_t ptep_clear_flush(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep)",
    cat: "tlb",
    reads: ["pte"],
    writes: ["pte"],
    doc: "Clear a PTE and flush its TLB entry (broadcast TLBI + DSB on arm64).",
  },
  {
    c: "int ptep_clear_flush_young_notify(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep)",
    cat: "tlb",
    reads: ["pte"],
    writes: ["pte"],
    doc: "Test and clear the access flag; arm64 skips the DSB (a stale young bit only costs a spurious reclaim).",
  },
  {
    c: "int ptep_test_and_clear_young(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep)",
    cat: "pte",
    reads: ["pte"],
    writes: ["pte"],
    doc: "Test and clear the access flag without any flush.",
  },
  {
    c: "void flush_tlb_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)",
    cat: "tlb",
    doc: "Flush a range of TLB entries.",
  },
  // --- page-table pages (mm/pgtable-generic.c, mm/memory.c) ----------------------------
  {
    c: "pmd_t *mm_find_pmd(struct mm_struct *mm, unsigned long address)",
    cat: "pagetable",
    reads: ["pmd"],
    doc: "The PMD entry covering address, or NULL if no page table reaches it.",
  },
  {
    c: "pmd_t pmdp_get_lockless(pmd_t *pmdp)",
    cat: "pagetable",
    reads: ["pmd"],
    doc: "READ_ONCE of a PMD entry.",
  },
  { c: "bool pmd_none(pmd_t pmd)", cat: "pagetable", step: false, doc: "No PTE table installed." },
  {
    c: "bool pmd_same(pmd_t a, pmd_t b)",
    cat: "pagetable",
    step: false,
    doc: "Identical entries.",
  },
  {
    c: "bool pmd_trans_huge(pmd_t pmd)",
    cat: "pagetable",
    step: false,
    doc: "Always false: the model maps with PTE tables only.",
  },
  {
    c: "pte_t *__pte_offset_map(pmd_t *pmd, unsigned long addr, pmd_t *pmdvalp)",
    cat: "pagetable",
    reads: ["pmd"],
    doc:
      "Map the PTE table a PMD points at; NULL if none. The kernel also enters an RCU read section " +
      "here; the model does not, and frees page tables at once (kernel-locking.md §8.4).",
  },
  {
    c: "void pte_unmap(pte_t *pte)",
    cat: "pagetable",
    doc: "Unmap a PTE table mapped by __pte_offset_map.",
  },
  {
    c: "spinlock_t *pte_lockptr(struct mm_struct *mm, pmd_t *pmdvalp)",
    cat: "pagetable",
    step: false,
    doc: "The split PTL of the PTE table a PMD value points at.",
  },
  {
    c: "pmd_t *pmd_off(struct mm_struct *mm, unsigned long va)",
    cat: "pagetable",
    step: false,
    doc:
      "include/linux/pgtable.h: the PMD slot covering va, whether or not a PTE table is installed " +
      "(the model's upper levels always exist, so mm_alloc_pmd() is this).",
  },
  {
    c: "struct ptdesc *pte_alloc_one(struct mm_struct *mm)",
    cat: "object",
    sleeps: true,
    doc: "Allocate an empty PTE table with its split PTL (not yet installed).",
  },
  {
    c: "void pmd_populate(struct mm_struct *mm, pmd_t *pmd, struct ptdesc *pte)",
    cat: "pagetable",
    writes: ["pmd"],
    doc: "Install a PTE table in an empty PMD entry (caller holds the PMD lock, see pmd_install()).",
  },
  {
    c: "void pte_free(struct mm_struct *mm, struct ptdesc *pte)",
    cat: "object",
    doc: "Free a PTE table that was never installed (pmd_install() lost the race).",
  },
  {
    c: "void free_pgd_range(struct mm_struct *mm, unsigned long addr, unsigned long end)",
    cat: "pagetable",
    writes: ["pmd"],
    doc: "Clear the PMDs of [addr, end) and free their PTE tables (and the PTLs inside them).",
  },
  {
    c: "void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)",
    cat: "pagetable",
    reads: ["pte"],
    writes: ["pte", "folio._mapcount"],
    doc: "Unmap every page of [start, end) under each PTL (unmap_vmas).",
  },
  // --- interval tree (mm/interval_tree.c) and lists ------------------------------------
  {
    c: "void anon_vma_interval_tree_insert(struct anon_vma_chain *node, struct rb_root_cached *root)",
    cat: "tree",
    reads: [
      "anon_vma.rb_root",
      "vm_area_struct.vm_pgoff",
      "vm_area_struct.vm_start",
      "vm_area_struct.vm_end",
    ],
    writes: ["anon_vma.rb_root"],
    plain: true,
    doc: "Insert an avc, keyed by its VMA's pgoff range (rebalances the tree).",
  },
  {
    c: "void anon_vma_interval_tree_remove(struct anon_vma_chain *node, struct rb_root_cached *root)",
    cat: "tree",
    reads: ["anon_vma.rb_root"],
    writes: ["anon_vma.rb_root"],
    plain: true,
    doc: "Remove an avc.",
  },
  {
    c: "struct anon_vma_chain *anon_vma_interval_tree_iter_first(struct rb_root_cached *root, unsigned long start, unsigned long last)",
    cat: "tree",
    reads: ["anon_vma.rb_root"],
    plain: true,
    doc: "First avc whose range overlaps [start, last]. Use anon_vma_interval_tree_foreach().",
  },
  {
    c: "struct anon_vma_chain *anon_vma_interval_tree_iter_next(struct anon_vma_chain *node, unsigned long start, unsigned long last)",
    cat: "tree",
    reads: ["anon_vma.rb_root"],
    plain: true,
    doc: "Next overlapping avc after node.",
  },
  {
    c: "void list_add(struct list_head *new, struct list_head *head)",
    cat: "list",
    writes: ["list_head"],
    plain: true,
    doc: "Add after head.",
  },
  {
    c: "void list_add_tail(struct list_head *new, struct list_head *head)",
    cat: "list",
    writes: ["list_head"],
    plain: true,
    doc: "Add before head.",
  },
  {
    c: "void list_del(struct list_head *entry)",
    cat: "list",
    writes: ["list_head"],
    plain: true,
    doc: "Unlink.",
  },
  {
    c: "bool list_empty(struct list_head *head)",
    cat: "list",
    reads: ["list_head"],
    doc: "No entries (READ_ONCE).",
  },
  // --- slab objects --------------------------------------------------------------------
  {
    c: "void *kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags)",
    cat: "object",
    sleeps: true,
    doc: "Allocate an object of the cache's type, zeroed, with its embedded locks initialised.",
  },
  {
    c: "void kmem_cache_free(struct kmem_cache *cachep, void *objp)",
    cat: "object",
    doc: "Free it. anon_vma_cachep is SLAB_TYPESAFE_BY_RCU: the memory may be reused for another anon_vma at once.",
  },
  // --- scheduling and annotations ------------------------------------------------------
  {
    c: "void cond_resched(void)",
    cat: "annotation",
    sleeps: true,
    doc: "A voluntary preemption point.",
  },
  {
    c: "void might_sleep(void)",
    cat: "annotation",
    sleeps: true,
    step: false,
    doc: "Assert sleeping is legal here.",
  },
  {
    c: "void lockdep_assert_held(void *lock)",
    cat: "annotation",
    generic: "lock_ptr",
    lock: L(0, "assert", "any"),
    doc: "BUG (lockdep splat) unless the lock is held.",
  },
  {
    c: "void lockdep_assert_held_read(void *lock)",
    cat: "annotation",
    generic: "lock_ptr",
    lock: L(0, "assert", "read"),
    doc: "...held for read.",
  },
  {
    c: "void lockdep_assert_held_write(void *lock)",
    cat: "annotation",
    generic: "lock_ptr",
    lock: L(0, "assert", "write"),
    doc: "...held for write.",
  },
  {
    c: "void VM_BUG_ON(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "BUG if cond (CONFIG_DEBUG_VM).",
  },
  {
    c: "void VM_BUG_ON_FOLIO(bool cond, struct folio *folio)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "BUG if cond, dumping the folio.",
  },
  {
    c: "void VM_BUG_ON_VMA(bool cond, struct vm_area_struct *vma)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "BUG if cond, dumping the VMA.",
  },
  {
    c: "bool VM_WARN_ON_FOLIO(bool cond, struct folio *folio)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "Warn if cond; returns cond.",
  },
  {
    c: "bool VM_WARN_ON_ONCE(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "Warn once if cond; returns cond.",
  },
  {
    c: "bool WARN_ON(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "Warn if cond; returns cond.",
  },
  {
    c: "bool WARN_ON_ONCE(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "Warn once if cond; returns cond.",
  },
  {
    c: "void BUG_ON(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "BUG if cond.",
  },
  {
    c: "bool likely(bool cond)",
    cat: "compiler",
    step: false,
    generic: "cond",
    doc: "Branch hint; returns cond.",
  },
  {
    c: "bool unlikely(bool cond)",
    cat: "compiler",
    step: false,
    generic: "cond",
    doc: "Branch hint; returns cond.",
  },
  {
    c: "void lb_cycles(int cycles)",
    cat: "annotation",
    doc:
      "lockbench cost annotation: this many CPU cycles of private work that touches no modelled " +
      "shared state (scaled by the running core's frequency).",
  },
  {
    c: "void mmu_notifier_invalidate_range_start(struct mm_struct *mm, unsigned long start, unsigned long end)",
    cat: "tlb",
    doc: "Secondary-MMU invalidation start (a cost; no notifiers are registered in the model).",
  },
  {
    c: "void mmu_notifier_invalidate_range_end(struct mm_struct *mm, unsigned long start, unsigned long end)",
    cat: "tlb",
    doc: "Invalidation end.",
  },
];

function build(s: Spec): Builtin {
  const isStep = s.step ?? true;
  const b: Builtin = {
    proto: parsePrototype(s.c),
    text: s.c,
    category: s.cat,
    step: isStep,
    sleeps: s.sleeps ?? false,
    reads: s.reads ?? [],
    writes: s.writes ?? [],
    marked: !s.plain,
    doc: s.doc,
    ...(s.lock ? { lock: s.lock } : {}),
    ...(s.generic ? { generic: s.generic } : {}),
  };
  return b;
}

export const BUILTINS: readonly Builtin[] = SPECS.map(build);
