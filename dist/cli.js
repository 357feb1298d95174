#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/main.ts
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

// src/lang/diagnostics.ts
function error(code, message, span) {
  return { severity: "error", code, message, span };
}
function warning(code, message, span) {
  return { severity: "warning", code, message, span };
}
var hasErrors = (ds) => ds.some((d) => d.severity === "error");
function sortDiagnostics(ds) {
  return [...ds].sort(
    (a, b) => (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) || a.span.start - b.span.start || a.code.localeCompare(b.code)
  );
}
function formatDiagnostic(d, sources) {
  const out = [formatOne(d.severity, d.message, d.span, sources)];
  for (const r of d.related ?? []) out.push(formatOne("note", r.message, r.span, sources));
  return out.join("\n");
}
function formatOne(severity, message, span, sources) {
  const head = `${span.file}:${span.line}:${span.col}: ${severity}: ${message}`;
  const text = sources.get(span.file);
  if (text === void 0) return head;
  const lines = text.split("\n");
  const src = (lines[span.line - 1] ?? "").replace(/\r$/, "");
  const gutter = String(span.line).padStart(5);
  const width = Math.max(1, Math.min(span.end - span.start, src.length - (span.col - 1)));
  const prefix = src.slice(0, span.col - 1).replace(/[^\t]/g, " ");
  const caret = `${prefix}^${"~".repeat(width - 1)}`;
  return `${head}
${gutter} | ${src}
${" ".repeat(gutter.length)} | ${caret}`;
}

// src/model/types.ts
var VOID = { kind: "void" };
var BOOL = { kind: "bool" };
var INT = { kind: "int", name: "int" };
var ULONG = { kind: "int", name: "unsigned long" };
var PGOFF = { kind: "int", name: "pgoff_t" };
var GFP = { kind: "int", name: "gfp_t" };
var PTE = { kind: "word", name: "pte_t" };
var PMD = { kind: "word", name: "pmd_t" };
var NULLT = { kind: "null" };
var VOIDP = { kind: "ptr", to: VOID };
function struct(name) {
  return { kind: "struct", name };
}
function ptr(to) {
  return { kind: "ptr", to };
}
function sptr(name) {
  return ptr(struct(name));
}
function fnptr(ret, ...params) {
  return { kind: "fn", sig: { ret, params } };
}
function typeName(t) {
  switch (t.kind) {
    case "void":
      return "void";
    case "bool":
      return "bool";
    case "int":
      return t.name;
    case "word":
      return t.name;
    case "struct":
      return t.name.endsWith("_t") ? t.name : `struct ${t.name}`;
    case "ptr":
      return t.to.kind === "ptr" ? `${typeName(t.to)}*` : `${typeName(t.to)} *`;
    case "fn":
      return `${typeName(t.sig.ret)} (*)(${t.sig.params.map(typeName).join(", ")})`;
    case "null":
      return "NULL";
  }
}
function sameType(a, b) {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "void":
    case "bool":
    case "null":
      return true;
    case "int":
      return a.name === b.name;
    case "word":
      return a.name === b.name;
    case "struct":
      return a.name === b.name;
    case "ptr":
      return sameType(a.to, b.to);
    case "fn": {
      const s = b.sig;
      return sameType(a.sig.ret, s.ret) && a.sig.params.length === s.params.length && a.sig.params.every((p, i) => sameType(p, s.params[i]));
    }
  }
}
var isScalar = (t) => t.kind === "int" || t.kind === "bool";
var isPointer = (t) => t.kind === "ptr" || t.kind === "null" || t.kind === "fn";
var isTestable = (t) => isScalar(t) || isPointer(t);
function assignable(to, from) {
  if (sameType(to, from)) return true;
  if (isScalar(to) && isScalar(from)) return true;
  if (from.kind === "null") return to.kind === "ptr" || to.kind === "fn";
  if (to.kind === "ptr" && from.kind === "ptr") {
    return to.to.kind === "void" || from.to.kind === "void";
  }
  return false;
}
function castable(to, from) {
  const ok = (t) => isScalar(t) || t.kind === "ptr" || t.kind === "null";
  return to.kind === "void" || ok(to) && ok(from) || sameType(to, from);
}

// src/model/prototype.ts
var WORDS = {
  void: { kind: "void" },
  bool: { kind: "bool" },
  int: { kind: "int", name: "int" },
  long: { kind: "int", name: "long" },
  "unsigned int": { kind: "int", name: "unsigned int" },
  "unsigned long": { kind: "int", name: "unsigned long" },
  pgoff_t: { kind: "int", name: "pgoff_t" },
  gfp_t: { kind: "int", name: "gfp_t" },
  pte_t: { kind: "word", name: "pte_t" },
  pmd_t: { kind: "word", name: "pmd_t" },
  spinlock_t: struct("spinlock_t"),
  atomic_t: struct("atomic_t")
};
function parseTypeText(text) {
  let t = text.replace(/\bconst\b/g, "").trim();
  let stars = 0;
  while (t.endsWith("*")) {
    stars++;
    t = t.slice(0, -1).trim();
  }
  const m = /^struct\s+(\w+)$/.exec(t);
  let base = m ? struct(m[1]) : WORDS[t.replace(/\s+/g, " ")];
  if (!base) throw new Error(`unknown type '${text}' in the builtin catalogue`);
  for (let i = 0; i < stars; i++) base = ptr(base);
  return base;
}
function parsePrototype(text) {
  const m = /^(.*?)\b(\w+)\s*\((.*)\)$/.exec(text.trim());
  if (!m) throw new Error(`malformed prototype '${text}'`);
  const ret = parseTypeText(m[1]);
  const args = m[3].trim();
  const params = args === "" || args === "void" ? [] : args.split(",").map((a) => {
    const pm = /^(.*?)(\w+)$/.exec(a.trim());
    if (!pm) throw new Error(`malformed parameter '${a}' in '${text}'`);
    return { name: pm[2], type: parseTypeText(pm[1]) };
  });
  return { name: m[2], ret, params };
}

// src/model/builtins.ts
var L = (arg, op, mode) => ({ arg, op, mode });
var SPECS = [
  // --- rwsem (kernel/locking/rwsem.c) -------------------------------------------------
  {
    c: "void down_read(struct rw_semaphore *sem)",
    cat: "lock",
    sleeps: true,
    lock: L(0, "acquire", "read"),
    doc: "Read-lock; queues (D state) behind a writer or any queued waiter."
  },
  {
    c: "int down_read_trylock(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "try", "read"),
    doc: "Fails when a writer holds the rwsem or anyone is queued, even if only readers hold it."
  },
  {
    c: "void up_read(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "release", "read"),
    doc: "Drop a read lock; wakes waiters when the last reader leaves."
  },
  {
    c: "void down_write(struct rw_semaphore *sem)",
    cat: "lock",
    sleeps: true,
    lock: L(0, "acquire", "write"),
    doc: "Write-lock; spins while a writer owner runs (time-boxed on readers), then sleeps in D state."
  },
  {
    c: "int down_write_trylock(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "try", "write"),
    doc: "Succeeds only on a completely free rwsem."
  },
  {
    c: "void down_write_nested(struct rw_semaphore *sem, int subclass)",
    cat: "lock",
    sleeps: true,
    lock: L(0, "acquire", "write"),
    doc: "down_write() telling lockdep that a second rwsem of the same class nests (dup_mmap's two mmap_locks)."
  },
  {
    c: "void up_write(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "release", "write"),
    doc: "Drop the write lock; wake the first waiter (all leading readers as a batch)."
  },
  {
    c: "void downgrade_write(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "release", "write"),
    doc: "Turn the write lock into a read lock without releasing it."
  },
  {
    c: "int rwsem_is_locked(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "query", "any"),
    doc: "Reads the count (marked). Used by anon_vma_free() to wait out a lockless reader."
  },
  // --- spinlocks -----------------------------------------------------------------------
  {
    c: "void spin_lock(spinlock_t *lock)",
    cat: "lock",
    lock: L(0, "acquire", "exclusive"),
    doc: "Queued spinlock: waiters burn CPU in FIFO order; disables preemption."
  },
  {
    c: "void spin_lock_nested(spinlock_t *lock, int subclass)",
    cat: "lock",
    lock: L(0, "acquire", "exclusive"),
    doc: "spin_lock() telling lockdep that a second lock of the same class nests (double_pt_lock)."
  },
  {
    c: "int spin_trylock(spinlock_t *lock)",
    cat: "lock",
    lock: L(0, "try", "exclusive"),
    doc: "Take the spinlock only if free."
  },
  {
    c: "void spin_unlock(spinlock_t *lock)",
    cat: "lock",
    lock: L(0, "release", "exclusive"),
    doc: "Release; the next queued waiter gets it."
  },
  // --- folio lock (mm/filemap.c) -------------------------------------------------------
  {
    c: "void folio_lock(struct folio *folio)",
    cat: "lock",
    sleeps: true,
    lock: L(0, "acquire", "exclusive"),
    doc: "PG_locked bit lock; sleeps (D state) on the folio wait queue."
  },
  {
    c: "bool folio_trylock(struct folio *folio)",
    cat: "lock",
    lock: L(0, "try", "exclusive"),
    doc: "Test-and-set PG_locked; never sleeps."
  },
  {
    c: "void folio_unlock(struct folio *folio)",
    cat: "lock",
    lock: L(0, "release", "exclusive"),
    doc: "Clear PG_locked; hand off to the first waiter (folio_wake_bit)."
  },
  {
    c: "bool folio_test_locked(struct folio *folio)",
    cat: "lock",
    lock: L(0, "query", "any"),
    doc: "Is PG_locked set?"
  },
  // --- per-VMA locks (mm/mmap_lock.c) --------------------------------------------------
  {
    c: "bool vma_start_read_locked(struct vm_area_struct *vma)",
    cat: "vma",
    lock: L(0, "try", "read"),
    doc: "Read-lock a VMA while holding the mmap lock; fails if it is write-locked."
  },
  {
    c: "void vma_end_read(struct vm_area_struct *vma)",
    cat: "vma",
    lock: L(0, "release", "read"),
    doc: "Drop a VMA read lock."
  },
  {
    c: "void vma_start_write(struct vm_area_struct *vma)",
    cat: "vma",
    sleeps: true,
    lock: L(0, "acquire", "write"),
    doc: "Write-lock a VMA (mmap lock held for write); waits out readers. Released by vma_end_write_all()."
  },
  {
    c: "void vma_end_write_all(struct mm_struct *mm)",
    cat: "vma",
    lock: L(0, "release_all", "write"),
    doc: "Release every VMA write lock of mm this thread holds (mmap_write_unlock does this)."
  },
  {
    c: "void vma_assert_write_locked(struct vm_area_struct *vma)",
    cat: "annotation",
    lock: L(0, "assert", "write"),
    doc: "BUG unless the VMA is write-locked."
  },
  {
    c: "struct vm_area_struct *lock_vma_under_rcu(struct mm_struct *mm, unsigned long address)",
    cat: "vma",
    lock: L(0, "try", "read"),
    reads: ["mm_struct.mm_mt"],
    doc: "Find the VMA at address and read-lock it without the mmap lock; NULL if that fails."
  },
  {
    c: "struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)",
    cat: "vma",
    reads: ["mm_struct.mm_mt"],
    doc: "First VMA ending above addr (maple tree walk; mmap lock held)."
  },
  {
    c: "struct vm_area_struct *vma_lookup(struct mm_struct *mm, unsigned long addr)",
    cat: "vma",
    reads: ["mm_struct.mm_mt"],
    doc: "The VMA containing addr, or NULL."
  },
  // --- RCU -----------------------------------------------------------------------------
  {
    c: "void rcu_read_lock(void)",
    cat: "rcu",
    doc: "Enter an RCU read-side critical section (no sleeping inside)."
  },
  { c: "void rcu_read_unlock(void)", cat: "rcu", doc: "Leave it." },
  {
    c: "void synchronize_rcu(void)",
    cat: "rcu",
    sleeps: true,
    doc: "Wait for every pre-existing read-side section to end."
  },
  // --- atomics and marked accesses -----------------------------------------------------
  { c: "int atomic_read(atomic_t *v)", cat: "atomic", doc: "Marked read." },
  { c: "void atomic_set(atomic_t *v, int i)", cat: "atomic", doc: "Marked write." },
  { c: "void atomic_inc(atomic_t *v)", cat: "atomic", doc: "Atomic increment (no ordering)." },
  { c: "void atomic_dec(atomic_t *v)", cat: "atomic", doc: "Atomic decrement (no ordering)." },
  {
    c: "bool atomic_inc_not_zero(atomic_t *v)",
    cat: "atomic",
    doc: "Increment unless zero; full barrier on success."
  },
  {
    c: "bool atomic_dec_and_test(atomic_t *v)",
    cat: "atomic",
    doc: "Decrement; true if it hit zero. Full barrier."
  },
  { c: "void smp_mb(void)", cat: "atomic", doc: "Full memory barrier." },
  { c: "void smp_rmb(void)", cat: "atomic", doc: "Read barrier." },
  { c: "void smp_wmb(void)", cat: "atomic", doc: "Write barrier." },
  {
    c: "int READ_ONCE(int x)",
    cat: "access",
    generic: "read_once",
    doc: "Marked load of a shared field or pointer; has the type of its argument."
  },
  {
    c: "void WRITE_ONCE(int x, int val)",
    cat: "access",
    generic: "write_once",
    doc: "Marked store: lockless readers never see it torn."
  },
  // --- folio state (include/linux/page-flags.h, mm.h, rmap.h) --------------------------
  {
    c: "int folio_mapcount(struct folio *folio)",
    cat: "folio",
    reads: ["folio._mapcount"],
    doc: "Number of PTEs mapping the folio."
  },
  {
    c: "bool folio_mapped(struct folio *folio)",
    cat: "folio",
    reads: ["folio._mapcount"],
    doc: "Mapped by any PTE?"
  },
  {
    c: "void *folio_raw_mapping(struct folio *folio)",
    cat: "folio",
    reads: ["folio.mapping"],
    plain: true,
    doc: "folio->mapping without the FOLIO_MAPPING_* bits (a plain read, as in the kernel)."
  },
  {
    c: "bool folio_test_anon(struct folio *folio)",
    cat: "folio",
    reads: ["folio.mapping"],
    doc: "FOLIO_MAPPING_ANON set in folio->mapping."
  },
  {
    c: "bool folio_test_ksm(struct folio *folio)",
    cat: "folio",
    reads: ["folio.mapping"],
    doc: "A KSM folio (both mapping bits)."
  },
  {
    c: "bool folio_test_large(struct folio *folio)",
    cat: "folio",
    reads: ["folio.flags"],
    doc: "Always false: the model's folios are order-0."
  },
  {
    c: "struct anon_vma *folio_anon_vma(struct folio *folio)",
    cat: "folio",
    reads: ["folio.mapping"],
    doc: "The anon_vma from folio->mapping, or NULL if not anon."
  },
  {
    c: "pgoff_t folio_pgoff(struct folio *folio)",
    cat: "folio",
    reads: ["folio.index"],
    plain: true,
    doc: "folio->index (plain read)."
  },
  {
    c: "long folio_nr_pages(struct folio *folio)",
    cat: "folio",
    step: false,
    doc: "Always 1 in the model."
  },
  {
    c: "void folio_get(struct folio *folio)",
    cat: "folio",
    reads: ["folio._refcount"],
    writes: ["folio._refcount"],
    doc: "Take a reference."
  },
  {
    c: "void folio_put(struct folio *folio)",
    cat: "folio",
    reads: ["folio._refcount"],
    writes: ["folio._refcount"],
    doc: "Drop a reference (the model never frees a mapped folio)."
  },
  {
    c: "int folio_ref_count(struct folio *folio)",
    cat: "folio",
    reads: ["folio._refcount"],
    doc: "Current references."
  },
  {
    c: "bool folio_maybe_dma_pinned(struct folio *folio)",
    cat: "folio",
    reads: ["folio._refcount"],
    doc: "GUP-pinned?"
  },
  {
    c: "bool PageAnonExclusive(struct page *page)",
    cat: "folio",
    reads: ["page.flags"],
    plain: true,
    doc: "The page is mapped exclusively by one process (PAE)."
  },
  {
    c: "void SetPageAnonExclusive(struct page *page)",
    cat: "folio",
    writes: ["page.flags"],
    plain: true,
    doc: "Mark PAE (under the PTL, folio locked)."
  },
  {
    c: "void ClearPageAnonExclusive(struct page *page)",
    cat: "folio",
    writes: ["page.flags"],
    plain: true,
    doc: "Clear PAE (fork, KSM)."
  },
  {
    c: "void folio_remove_rmap_pte(struct folio *folio, struct page *page, struct vm_area_struct *vma)",
    cat: "folio",
    reads: ["folio._mapcount"],
    writes: ["folio._mapcount"],
    doc: "Drop one PTE mapping (mapcount--)."
  },
  {
    c: "void folio_add_new_anon_rmap(struct folio *folio, struct vm_area_struct *vma, unsigned long address)",
    cat: "folio",
    reads: ["vm_area_struct.anon_vma"],
    writes: ["folio.mapping", "folio.index", "folio._mapcount", "page.flags"],
    doc: "A fresh exclusive anon folio: mapping = vma->anon_vma | ANON, index, mapcount 1, PAE."
  },
  {
    c: "struct folio *vma_alloc_folio(gfp_t gfp, int order, struct vm_area_struct *vma, unsigned long addr)",
    cat: "object",
    sleeps: true,
    doc: "Allocate an order-0 folio (refcount 1, unmapped)."
  },
  {
    c: "int split_folio(struct folio *folio)",
    cat: "folio",
    sleeps: true,
    doc: "Split a large folio. The model's folios are order-0, so this returns 0 at once."
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
    doc: "Make writable."
  },
  { c: "pte_t pte_wrprotect(pte_t pte)", cat: "pte", step: false, doc: "Make read-only." },
  {
    c: "pte_t folio_mk_pte(struct folio *folio, unsigned long prot)",
    cat: "pte",
    step: false,
    doc: "A present PTE mapping folio."
  },
  {
    c: "struct folio *vm_normal_folio(struct vm_area_struct *vma, unsigned long addr, pte_t pte)",
    cat: "pte",
    step: false,
    doc: "The folio a present PTE maps (NULL for the zero page or a none PTE)."
  },
  {
    c: "void set_pte_at(struct mm_struct *mm, unsigned long addr, pte_t *ptep, pte_t pte)",
    cat: "pte",
    writes: ["pte"],
    doc: "Install a PTE (PTL held)."
  },
  {
    c: "pte_t ptep_get_and_clear(struct mm_struct *mm, unsigned long addr, pte_t *ptep)",
    cat: "pte",
    reads: ["pte"],
    writes: ["pte"],
    doc: "Atomically clear a PTE and return the old value (no TLB flush)."
  },
  {
    c: "pte_t ptep_clear_flush(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep)",
    cat: "tlb",
    reads: ["pte"],
    writes: ["pte"],
    doc: "Clear a PTE and flush its TLB entry (broadcast TLBI + DSB on arm64)."
  },
  {
    c: "int ptep_clear_flush_young_notify(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep)",
    cat: "tlb",
    reads: ["pte"],
    writes: ["pte"],
    doc: "Test and clear the access flag; arm64 skips the DSB (a stale young bit only costs a spurious reclaim)."
  },
  {
    c: "int ptep_test_and_clear_young(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep)",
    cat: "pte",
    reads: ["pte"],
    writes: ["pte"],
    doc: "Test and clear the access flag without any flush."
  },
  {
    c: "void flush_tlb_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)",
    cat: "tlb",
    doc: "Flush a range of TLB entries."
  },
  // --- page-table pages (mm/pgtable-generic.c, mm/memory.c) ----------------------------
  {
    c: "pmd_t *mm_find_pmd(struct mm_struct *mm, unsigned long address)",
    cat: "pagetable",
    reads: ["pmd"],
    doc: "The PMD entry covering address, or NULL if no page table reaches it."
  },
  {
    c: "pmd_t pmdp_get_lockless(pmd_t *pmdp)",
    cat: "pagetable",
    reads: ["pmd"],
    doc: "READ_ONCE of a PMD entry."
  },
  { c: "bool pmd_none(pmd_t pmd)", cat: "pagetable", step: false, doc: "No PTE table installed." },
  {
    c: "bool pmd_same(pmd_t a, pmd_t b)",
    cat: "pagetable",
    step: false,
    doc: "Identical entries."
  },
  {
    c: "bool pmd_trans_huge(pmd_t pmd)",
    cat: "pagetable",
    step: false,
    doc: "Always false: the model maps with PTE tables only."
  },
  {
    c: "pte_t *__pte_offset_map(pmd_t *pmd, unsigned long addr, pmd_t *pmdvalp)",
    cat: "pagetable",
    reads: ["pmd"],
    doc: "Map the PTE table a PMD points at; NULL if none. The kernel also enters an RCU read section here; the model does not, and frees page tables at once (kernel-locking.md \xA78.4)."
  },
  {
    c: "void pte_unmap(pte_t *pte)",
    cat: "pagetable",
    doc: "Unmap a PTE table mapped by __pte_offset_map."
  },
  {
    c: "spinlock_t *pte_lockptr(struct mm_struct *mm, pmd_t *pmdvalp)",
    cat: "pagetable",
    step: false,
    doc: "The split PTL of the PTE table a PMD value points at."
  },
  {
    c: "pmd_t *pmd_off(struct mm_struct *mm, unsigned long va)",
    cat: "pagetable",
    step: false,
    doc: "include/linux/pgtable.h: the PMD slot covering va, whether or not a PTE table is installed (the model's upper levels always exist, so mm_alloc_pmd() is this)."
  },
  {
    c: "struct ptdesc *pte_alloc_one(struct mm_struct *mm)",
    cat: "object",
    sleeps: true,
    doc: "Allocate an empty PTE table with its split PTL (not yet installed)."
  },
  {
    c: "void pmd_populate(struct mm_struct *mm, pmd_t *pmd, struct ptdesc *pte)",
    cat: "pagetable",
    writes: ["pmd"],
    doc: "Install a PTE table in an empty PMD entry (caller holds the PMD lock, see pmd_install())."
  },
  {
    c: "void pte_free(struct mm_struct *mm, struct ptdesc *pte)",
    cat: "object",
    doc: "Free a PTE table that was never installed (pmd_install() lost the race)."
  },
  {
    c: "void free_pgd_range(struct mm_struct *mm, unsigned long addr, unsigned long end)",
    cat: "pagetable",
    writes: ["pmd"],
    doc: "Clear the PMDs of [addr, end) and free their PTE tables (and the PTLs inside them)."
  },
  {
    c: "void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)",
    cat: "pagetable",
    reads: ["pte"],
    writes: ["pte", "folio._mapcount"],
    doc: "Unmap every page of [start, end) under each PTL (unmap_vmas)."
  },
  // --- interval tree (mm/interval_tree.c) and lists ------------------------------------
  {
    c: "void anon_vma_interval_tree_insert(struct anon_vma_chain *node, struct rb_root_cached *root)",
    cat: "tree",
    reads: [
      "anon_vma.rb_root",
      "vm_area_struct.vm_pgoff",
      "vm_area_struct.vm_start",
      "vm_area_struct.vm_end"
    ],
    writes: ["anon_vma.rb_root"],
    plain: true,
    doc: "Insert an avc, keyed by its VMA's pgoff range (rebalances the tree)."
  },
  {
    c: "void anon_vma_interval_tree_remove(struct anon_vma_chain *node, struct rb_root_cached *root)",
    cat: "tree",
    reads: ["anon_vma.rb_root"],
    writes: ["anon_vma.rb_root"],
    plain: true,
    doc: "Remove an avc."
  },
  {
    c: "struct anon_vma_chain *anon_vma_interval_tree_iter_first(struct rb_root_cached *root, unsigned long start, unsigned long last)",
    cat: "tree",
    reads: ["anon_vma.rb_root"],
    plain: true,
    doc: "First avc whose range overlaps [start, last]. Use anon_vma_interval_tree_foreach()."
  },
  {
    c: "struct anon_vma_chain *anon_vma_interval_tree_iter_next(struct anon_vma_chain *node, unsigned long start, unsigned long last)",
    cat: "tree",
    reads: ["anon_vma.rb_root"],
    plain: true,
    doc: "Next overlapping avc after node."
  },
  {
    c: "void list_add(struct list_head *new, struct list_head *head)",
    cat: "list",
    writes: ["list_head"],
    plain: true,
    doc: "Add after head."
  },
  {
    c: "void list_add_tail(struct list_head *new, struct list_head *head)",
    cat: "list",
    writes: ["list_head"],
    plain: true,
    doc: "Add before head."
  },
  {
    c: "void list_del(struct list_head *entry)",
    cat: "list",
    writes: ["list_head"],
    plain: true,
    doc: "Unlink."
  },
  {
    c: "bool list_empty(struct list_head *head)",
    cat: "list",
    reads: ["list_head"],
    doc: "No entries (READ_ONCE)."
  },
  // --- slab objects --------------------------------------------------------------------
  {
    c: "void *kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags)",
    cat: "object",
    sleeps: true,
    doc: "Allocate an object of the cache's type, zeroed, with its embedded locks initialised."
  },
  {
    c: "void kmem_cache_free(struct kmem_cache *cachep, void *objp)",
    cat: "object",
    doc: "Free it. anon_vma_cachep is SLAB_TYPESAFE_BY_RCU: the memory may be reused for another anon_vma at once."
  },
  // --- scheduling and annotations ------------------------------------------------------
  {
    c: "void cond_resched(void)",
    cat: "annotation",
    sleeps: true,
    doc: "A voluntary preemption point."
  },
  {
    c: "void might_sleep(void)",
    cat: "annotation",
    sleeps: true,
    step: false,
    doc: "Assert sleeping is legal here."
  },
  {
    c: "void lockdep_assert_held(void *lock)",
    cat: "annotation",
    generic: "lock_ptr",
    lock: L(0, "assert", "any"),
    doc: "BUG (lockdep splat) unless the lock is held."
  },
  {
    c: "void lockdep_assert_held_read(void *lock)",
    cat: "annotation",
    generic: "lock_ptr",
    lock: L(0, "assert", "read"),
    doc: "...held for read."
  },
  {
    c: "void lockdep_assert_held_write(void *lock)",
    cat: "annotation",
    generic: "lock_ptr",
    lock: L(0, "assert", "write"),
    doc: "...held for write."
  },
  {
    c: "void VM_BUG_ON(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "BUG if cond (CONFIG_DEBUG_VM)."
  },
  {
    c: "void VM_BUG_ON_FOLIO(bool cond, struct folio *folio)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "BUG if cond, dumping the folio."
  },
  {
    c: "void VM_BUG_ON_VMA(bool cond, struct vm_area_struct *vma)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "BUG if cond, dumping the VMA."
  },
  {
    c: "bool VM_WARN_ON_FOLIO(bool cond, struct folio *folio)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "Warn if cond; returns cond."
  },
  {
    c: "bool VM_WARN_ON_ONCE(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "Warn once if cond; returns cond."
  },
  {
    c: "bool WARN_ON(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "Warn if cond; returns cond."
  },
  {
    c: "bool WARN_ON_ONCE(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "Warn once if cond; returns cond."
  },
  {
    c: "void BUG_ON(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "BUG if cond."
  },
  {
    c: "bool likely(bool cond)",
    cat: "compiler",
    step: false,
    generic: "cond",
    doc: "Branch hint; returns cond."
  },
  {
    c: "bool unlikely(bool cond)",
    cat: "compiler",
    step: false,
    generic: "cond",
    doc: "Branch hint; returns cond."
  },
  {
    c: "void lb_cycles(int cycles)",
    cat: "annotation",
    doc: "lockbench cost annotation: this many CPU cycles of private work that touches no modelled shared state (scaled by the running core's frequency)."
  },
  {
    c: "void mmu_notifier_invalidate_range_start(struct mm_struct *mm, unsigned long start, unsigned long end)",
    cat: "tlb",
    doc: "Secondary-MMU invalidation start (a cost; no notifiers are registered in the model)."
  },
  {
    c: "void mmu_notifier_invalidate_range_end(struct mm_struct *mm, unsigned long start, unsigned long end)",
    cat: "tlb",
    doc: "Invalidation end."
  }
];
function build(s) {
  const isStep2 = s.step ?? true;
  const b = {
    proto: parsePrototype(s.c),
    text: s.c,
    category: s.cat,
    step: isStep2,
    sleeps: s.sleeps ?? false,
    reads: s.reads ?? [],
    writes: s.writes ?? [],
    marked: !s.plain,
    doc: s.doc,
    ...s.lock ? { lock: s.lock } : {},
    ...s.generic ? { generic: s.generic } : {}
  };
  return b;
}
var BUILTINS = SPECS.map(build);

// src/model/constants.ts
var c = (name, type, value, doc) => ({
  name,
  type,
  value,
  doc
});
var CONSTANTS = [
  c(
    "FOLIO_MAPPING_ANON",
    ULONG,
    1,
    "Low bit of folio->mapping: an anon_vma, not an address_space."
  ),
  c("FOLIO_MAPPING_KSM", ULONG, 2, "With ANON: a KSM stable node."),
  c("FOLIO_MAPPING_ANON_KSM", ULONG, 3, "Both bits."),
  c("FOLIO_MAPPING_FLAGS", ULONG, 3, "Mask of the bits above."),
  c("PAGE_SHIFT", INT, 12, "4 KiB pages."),
  c("PAGE_SIZE", ULONG, 4096, "Bytes per page."),
  c("PAGE_MASK", ULONG, ~4095, "Masks an address down to its page."),
  c("PMD_SHIFT", INT, 21, "One PTE table maps 2 MiB."),
  c("PMD_SIZE", ULONG, 1 << 21, "Bytes mapped by one PTE table."),
  c("PMD_MASK", ULONG, ~((1 << 21) - 1), "Masks an address down to its PMD."),
  c("PTRS_PER_PTE", INT, 512, "Entries per PTE table."),
  c("VM_READ", ULONG, 1, "vm_flags bits (include/linux/mm.h)."),
  c("VM_WRITE", ULONG, 2, ""),
  c("VM_EXEC", ULONG, 4, ""),
  c("VM_SHARED", ULONG, 8, ""),
  c("VM_MAYWRITE", ULONG, 32, ""),
  c("VM_GROWSDOWN", ULONG, 256, ""),
  c("VM_UFFD_MISSING", ULONG, 512, ""),
  c("VM_PFNMAP", ULONG, 1024, ""),
  c("VM_LOCKED", ULONG, 8192, ""),
  c("VM_IO", ULONG, 16384, ""),
  c("VM_DONTCOPY", ULONG, 131072, "MADV_DONTFORK."),
  c("VM_HUGETLB", ULONG, 4194304, ""),
  c("VM_MIXEDMAP", ULONG, 268435456, ""),
  c("GFP_KERNEL", GFP, 3264, "May sleep, may reclaim."),
  c("GFP_NOWAIT", GFP, 2048, "Never sleeps."),
  c("__GFP_NOWARN", GFP, 8192, ""),
  c("EPERM", INT, 1, "errno values (negated on return, as in the kernel)."),
  c("ENOENT", INT, 2, ""),
  c("EINTR", INT, 4, ""),
  c("EAGAIN", INT, 11, ""),
  c("ENOMEM", INT, 12, ""),
  c("EFAULT", INT, 14, ""),
  c("EBUSY", INT, 16, ""),
  c("EEXIST", INT, 17, ""),
  c("EINVAL", INT, 22, ""),
  c("SINGLE_DEPTH_NESTING", INT, 1, "Lockdep subclass for a second lock of one class."),
  c("TTU_RMAP_LOCKED", INT, 8, "try_to_unmap/try_to_migrate: caller holds the rmap lock."),
  c("TTU_SYNC", INT, 16, ""),
  c("TTU_BATCH_FLUSH", INT, 32, ""),
  c("MOVE_ALLOW_SRC_HOLES", INT, 2, "UFFDIO_MOVE_MODE_ALLOW_SRC_HOLES."),
  c(
    "UFFDIO_MOVE_MODE_ALLOW_SRC_HOLES",
    INT,
    2,
    "include/uapi/linux/userfaultfd.h: holes in the source range count as moved."
  ),
  c("PVMW_SYNC", INT, 1, "page_vma_mapped_walk(): look up the PTE with the PTL held."),
  c("PVMW_MIGRATION", INT, 2, "page_vma_mapped_walk(): look for migration entries."),
  c("FOLIOREF_RECLAIM", INT, 0, "mm/vmscan.c enum folio_references: reclaim the folio."),
  c("FOLIOREF_RECLAIM_CLEAN", INT, 1, "Reclaim if clean."),
  c("FOLIOREF_KEEP", INT, 2, "Keep it on the inactive list."),
  c("FOLIOREF_ACTIVATE", INT, 3, "Move it to the active list.")
];
var GLOBALS = [
  {
    name: "anon_vma_cachep",
    type: sptr("kmem_cache"),
    objects: "anon_vma",
    typesafeByRcu: true,
    doc: "anon_vma slab (SLAB_TYPESAFE_BY_RCU, so lockless readers may trylock a recycled one)."
  },
  {
    name: "vm_area_cachep",
    type: sptr("kmem_cache"),
    objects: "vm_area_struct",
    typesafeByRcu: true,
    doc: "vm_area_struct slab (vm_area_dup(), vm_area_free()); SLAB_TYPESAFE_BY_RCU since per-VMA locks look VMAs up under RCU (lock_vma_under_rcu)."
  },
  {
    name: "anon_vma_chain_cachep",
    type: sptr("kmem_cache"),
    objects: "anon_vma_chain",
    doc: "anon_vma_chain slab."
  }
];

// src/model/iterators.ts
var ITERATORS = [
  {
    name: "anon_vma_interval_tree_foreach",
    shape: "interval_tree",
    doc: "anon_vma_interval_tree_foreach(avc, root, start, last): for (avc = iter_first(root, start, last); avc; avc = iter_next(avc, start, last)). Every iteration step reads the live tree."
  },
  {
    name: "list_for_each_entry",
    shape: "list",
    doc: "list_for_each_entry(pos, head, member): walk a list of structs linked through member."
  },
  {
    name: "list_for_each_entry_reverse",
    shape: "list_reverse",
    doc: "Same, from the tail."
  },
  {
    name: "list_for_each_entry_safe",
    shape: "list_safe",
    doc: "list_for_each_entry_safe(pos, n, head, member): n is fetched before the body, so the body may list_del(pos)."
  }
];

// src/model/structs.ts
var f = (name, type, doc) => ({ name, type, doc });
var RWSEM = struct("rw_semaphore");
var SPIN = struct("spinlock_t");
var ATOMIC = struct("atomic_t");
var LIST = struct("list_head");
var RBROOT = struct("rb_root_cached");
var STRUCTS = [
  {
    name: "mm_struct",
    kind: "heap",
    doc: "An address space.",
    fields: [
      f("mmap_lock", RWSEM, "The mmap lock; outermost in the rmap.c lock order."),
      f("page_table_lock", SPIN, "Protects page-table page installation and stack expansion.")
    ]
  },
  {
    name: "vm_area_struct",
    kind: "heap",
    doc: "A VMA: a range of one address space.",
    fields: [
      f("vm_mm", sptr("mm_struct"), "The address space this VMA belongs to."),
      f("vm_start", ULONG, "First address (inclusive)."),
      f("vm_end", ULONG, "End address (exclusive)."),
      f("vm_pgoff", PGOFF, "Page offset of vm_start; anon: the linear page index at creation."),
      f("vm_flags", ULONG, "VM_* flags."),
      f("vm_page_prot", ULONG, "Protection bits used to build PTEs."),
      f("anon_vma", sptr("anon_vma"), "The VMA's own anon_vma (new anon folios go here)."),
      {
        name: "anon_vma_chain",
        type: LIST,
        doc: "Every anon_vma_chain of this VMA (one per anon_vma of its fork hierarchy).",
        list: { of: "anon_vma_chain", member: "same_vma" }
      },
      f(
        "vm_lock",
        RWSEM,
        "The per-VMA lock (CONFIG_PER_VMA_LOCK). v6.18 implements it with vm_refcnt; the model keeps its semantics: readers trylock, writers exclude readers until mmap_write_unlock."
      )
    ]
  },
  {
    name: "anon_vma",
    kind: "heap",
    doc: "Anonymous reverse-map node. Lives in a SLAB_TYPESAFE_BY_RCU cache.",
    fields: [
      f(
        "root",
        sptr("anon_vma"),
        "Root of the fork hierarchy; its rwsem covers every anon_vma below it."
      ),
      f("parent", sptr("anon_vma"), "The anon_vma this one was forked from."),
      f("rwsem", RWSEM, "Only the root's rwsem is ever taken (anon_vma_lock_*)."),
      f("refcount", ATOMIC, "Pins the anon_vma; 0 means being freed."),
      f("num_children", ULONG, "anon_vmas whose parent is this one."),
      f("num_active_vmas", ULONG, "VMAs whose vma->anon_vma is this one."),
      f("rb_root", RBROOT, "Interval tree of anon_vma_chains, keyed by the VMAs' pgoff ranges.")
    ]
  },
  {
    name: "anon_vma_chain",
    kind: "heap",
    doc: "Links one VMA with one anon_vma.",
    fields: [
      f("vma", sptr("vm_area_struct"), "The VMA."),
      f("anon_vma", sptr("anon_vma"), "The anon_vma."),
      f("same_vma", LIST, "Link in vma->anon_vma_chain.")
    ]
  },
  {
    name: "folio",
    kind: "heap",
    doc: "A folio. The model's folios are order-0 (one page).",
    fields: [
      f(
        "mapping",
        sptr("address_space"),
        "For anon folios the anon_vma pointer with FOLIO_MAPPING_ANON set (KSM: | FOLIO_MAPPING_KSM)."
      ),
      f("index", PGOFF, "Linear page index within the anon_vma's pgoff space."),
      f("_mapcount", ATOMIC, "Number of PTEs mapping the folio (folio_mapcount())."),
      f("_refcount", ATOMIC, "References: mappings, isolation, GUP pins."),
      f("page", struct("page"), "The folio's (only) page, for per-page flags.")
    ]
  },
  {
    name: "page",
    kind: "embedded",
    doc: "A struct page inside its folio: carries PageAnonExclusive.",
    fields: [f("flags", ULONG, "Per-page flags (PG_anon_exclusive).")]
  },
  {
    name: "address_space",
    kind: "heap",
    doc: "A file mapping. Anon folios never point at a real one (see folio->mapping).",
    fields: [
      f("i_mmap_rwsem", RWSEM, "Protects the file's i_mmap tree."),
      f("i_mmap", RBROOT, "Interval tree of file VMAs.")
    ]
  },
  {
    name: "ptdesc",
    kind: "heap",
    doc: "A page-table page (PTE level) with its split lock. Freed by free_pgtables().",
    fields: [f("ptl", SPIN, "The split PTE lock (ptlock_ptr()).")]
  },
  {
    name: "userfaultfd_ctx",
    kind: "heap",
    doc: "A userfaultfd context.",
    fields: [
      f("mm", sptr("mm_struct"), "The registered address space."),
      f(
        "map_changing_lock",
        RWSEM,
        "Held for read by UFFDIO_* ops, for write by non-cooperative events."
      ),
      f("mmap_changing", ATOMIC, "Non-zero while a non-cooperative event is in flight.")
    ]
  },
  {
    name: "kmem_cache",
    kind: "heap",
    doc: "A slab cache (anon_vma_cachep is SLAB_TYPESAFE_BY_RCU).",
    fields: []
  },
  {
    name: "rmap_walk_control",
    kind: "stack",
    doc: "How rmap_walk() visits each VMA that maps a folio.",
    fields: [
      f("arg", VOIDP, "Passed to every callback."),
      f(
        "rmap_one",
        fnptr(BOOL, sptr("folio"), sptr("vm_area_struct"), ULONG, VOIDP),
        "Called per mapping VMA; false stops the walk."
      ),
      f("done", fnptr(INT, sptr("folio")), "Stop early once it returns true."),
      f(
        "anon_lock",
        fnptr(sptr("anon_vma"), sptr("folio"), sptr("rmap_walk_control")),
        "Finds and locks the anon_vma (folio_lock_anon_vma_read)."
      ),
      f("invalid_vma", fnptr(BOOL, sptr("vm_area_struct"), VOIDP), "Skip a VMA when true."),
      f("try_lock", BOOL, "Never sleep on rmap locks; set contended instead."),
      f("contended", BOOL, "A try_lock walk found the rmap lock contended.")
    ]
  },
  {
    name: "folio_referenced_arg",
    kind: "stack",
    doc: "folio_referenced()'s walk state.",
    fields: [
      f("mapcount", INT, "Mappings left to find."),
      f("referenced", INT, "VMAs whose PTE was young."),
      f("vm_flags", ULONG, "Union of the referencing VMAs' flags.")
    ]
  },
  {
    name: "page_vma_mapped_walk",
    kind: "stack",
    doc: "page_vma_mapped_walk()'s cursor (DEFINE_FOLIO_VMA_WALK): while the walk returns true it holds pte mapped and ptl locked; page_vma_mapped_walk_done() drops both.",
    fields: [
      f("folio", sptr("folio"), "The folio whose mappings are looked for."),
      f("vma", sptr("vm_area_struct"), "The VMA being searched."),
      f("address", ULONG, "Where the folio is expected in vma (vma_address())."),
      f("pmd", ptr(PMD), "The PMD entry covering address."),
      f("pte", ptr(PTE), "The mapped PTE, or NULL."),
      f("ptl", ptr(SPIN), "The PTE lock held while pte is returned, or NULL."),
      f("flags", INT, "PVMW_* flags.")
    ]
  },
  {
    name: "vma_prepare",
    kind: "stack",
    doc: "mm/vma.h: what vma_prepare() locks and vma_complete() finishes around a VMA range change (split, merge, expand). File members (file, mapping) are left out: the model's VMAs are anonymous.",
    fields: [
      f("vma", sptr("vm_area_struct"), "The VMA whose range changes."),
      f("adj_next", sptr("vm_area_struct"), "The next VMA when its start moves too."),
      f("insert", sptr("vm_area_struct"), "A VMA split off vma, to insert."),
      f("remove", sptr("vm_area_struct"), "A VMA merged into vma, to remove."),
      f("remove2", sptr("vm_area_struct"), "A second VMA merged into vma, to remove."),
      f(
        "anon_vma",
        sptr("anon_vma"),
        "vma->anon_vma (its root is write-locked across the change)."
      )
    ]
  },
  // Embedded objects: reached only through &obj->field.
  { name: "rw_semaphore", kind: "embedded", doc: "kernel/locking/rwsem.c.", fields: [] },
  { name: "spinlock_t", kind: "embedded", doc: "A queued spinlock.", fields: [] },
  { name: "atomic_t", kind: "embedded", doc: "An atomic counter.", fields: [] },
  { name: "list_head", kind: "embedded", doc: "A doubly linked list node or head.", fields: [] },
  { name: "rb_root_cached", kind: "embedded", doc: "An interval tree root.", fields: [] }
];

// src/model/index.ts
function byName(xs) {
  return new Map(xs.map((x) => [x.name, x]));
}
var builtinsByName = new Map(BUILTINS.map((b) => [b.proto.name, b]));
var MODEL = {
  structs: byName(STRUCTS),
  builtins: builtinsByName,
  constants: byName(CONSTANTS),
  globals: byName(GLOBALS),
  iterators: byName(ITERATORS),
  field(struct2, name) {
    return this.structs.get(struct2)?.fields.find((fd) => fd.name === name);
  }
};

// src/lang/checker.ts
var ERR = { kind: "struct", name: "<error>" };
var isErr = (t) => t.kind === "struct" && t.name === "<error>";
var BASE_TYPES = /* @__PURE__ */ new Set([
  "void",
  "bool",
  "int",
  "long",
  "unsigned int",
  "unsigned long",
  "pgoff_t",
  "gfp_t",
  "pte_t",
  "pmd_t",
  "spinlock_t",
  "atomic_t"
]);
function check(policy, diags) {
  return new Checker(policy, diags).run();
}
var Checker = class {
  constructor(policy, diags) {
    this.policy = policy;
    this.diags = diags;
  }
  policy;
  diags;
  structs = new Map(MODEL.structs);
  sigs = /* @__PURE__ */ new Map();
  types = /* @__PURE__ */ new Map();
  symbols = /* @__PURE__ */ new Map();
  fields = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Map();
  // Per-function state.
  scopes = [];
  locals = [];
  declLocal = /* @__PURE__ */ new Map();
  labels = /* @__PURE__ */ new Set();
  loopDepth = 0;
  ret = VOID;
  err(code, message, span) {
    this.diags.push(error(code, message, span));
  }
  run() {
    this.extendStructs();
    for (const [name, fn] of this.policy.functions) {
      const sig = this.signature(fn.def);
      if (sig) this.sigs.set(name, { sig, span: fn.def.nameSpan });
      if (MODEL.builtins.has(name)) {
        this.err(
          "redefines-builtin",
          `'${name}' is a kernel primitive in the model and cannot be redefined`,
          fn.def.nameSpan
        );
      }
    }
    for (const proto of this.policy.prototypes) {
      const sig = this.signature(proto.def);
      const def = this.sigs.get(proto.def.name);
      if (sig && def && !sameSig(sig, def.sig)) {
        this.diags.push({
          ...error(
            "conflicting-types",
            `conflicting types for '${proto.def.name}'`,
            proto.def.nameSpan
          ),
          related: [{ message: "the definition is here", span: def.span }]
        });
      } else if (sig && !def && !MODEL.builtins.has(proto.def.name)) {
        this.sigs.set(proto.def.name, { sig, span: proto.def.nameSpan });
      }
    }
    for (const [name, fn] of this.policy.functions) {
      const sig = this.sigs.get(name)?.sig;
      if (sig) this.checkFunction(fn.def, fn.file, sig);
    }
    return {
      policy: this.policy,
      structs: this.structs,
      functions: this.functions,
      types: this.types,
      symbols: this.symbols,
      fields: this.fields
    };
  }
  // --- declarations ------------------------------------------------------------------------
  extendStructs() {
    for (const { ext } of this.policy.structs) {
      const base = this.structs.get(ext.name);
      if (base?.kind !== "heap") {
        this.err(
          "unknown-struct",
          base ? `struct ${ext.name} cannot be extended (only shared kernel objects can)` : `unknown struct '${ext.name}'`,
          ext.span
        );
        continue;
      }
      const fields = [...base.fields];
      for (const f2 of ext.fields) {
        const type = this.resolveType(f2.type);
        if (!type) continue;
        if (!isScalar(type) && type.kind !== "ptr") {
          this.err("bad-field", `added member '${f2.name}' must be a scalar or a pointer`, f2.span);
          continue;
        }
        if (fields.some((x) => x.name === f2.name)) {
          this.err(
            "duplicate-field",
            `struct ${ext.name} already has a member '${f2.name}'`,
            f2.span
          );
          continue;
        }
        fields.push({ name: f2.name, type, doc: "Added by this policy." });
      }
      this.structs.set(ext.name, { ...base, fields });
    }
  }
  resolveType(t) {
    let base;
    if (t.base.startsWith("struct ")) {
      const name = t.base.slice(7);
      if (!this.structs.has(name)) {
        this.err("unknown-struct", `unknown struct '${name}'`, t.span);
        return void 0;
      }
      base = { kind: "struct", name };
    } else if (BASE_TYPES.has(t.base)) {
      base = parseTypeText(t.base);
    } else {
      this.err("unknown-type", `unknown type '${t.base}'`, t.span);
      return void 0;
    }
    for (let i = 0; i < t.stars; i++) base = ptr(base);
    return base;
  }
  signature(def) {
    const ret = this.resolveType(def.ret);
    const params = def.params.map((p) => this.resolveType(p.type));
    if (!ret || params.some((p) => !p)) return void 0;
    if (ret.kind === "struct") {
      this.err(
        "bad-return-type",
        "functions return scalars or pointers, not structs",
        def.ret.span
      );
      return void 0;
    }
    return { ret, params };
  }
  // --- functions ---------------------------------------------------------------------------
  checkFunction(def, file, sig) {
    this.scopes = [/* @__PURE__ */ new Map()];
    this.locals = [];
    this.declLocal = /* @__PURE__ */ new Map();
    this.loopDepth = 0;
    this.ret = sig.ret;
    this.labels = /* @__PURE__ */ new Set();
    collectLabels(def.body, this.labels, this.diags);
    def.params.forEach((p, i) => {
      const type = sig.params[i];
      if (type.kind === "struct" || type.kind === "void") {
        this.err("bad-param", `parameter '${p.name}' must be a scalar or a pointer`, p.span);
      }
      this.declare(p.name, type, true, p.span, p);
    });
    for (const a of def.attributes) {
      if (a.args.length !== 1)
        this.err("bad-attribute", `${a.name}() takes one lock expression`, a.span);
    }
    this.block(def.body.body);
    if (sig.ret.kind !== "void" && !endsInReturn(def.body)) {
      this.diags.push(
        warning(
          "missing-return",
          `control may reach the end of non-void function '${def.name}'`,
          this.spanAt(def.body.span.file, def.body.span.end - 1)
        )
      );
    }
    this.functions.set(def.name, {
      name: def.name,
      file,
      def,
      sig,
      locals: this.locals,
      declLocal: this.declLocal
    });
  }
  /** A one-character span at an offset (e.g. a closing brace). */
  spanAt(file, offset) {
    const text = this.policy.sources.get(file) ?? "";
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return { file, line, col: offset - before.lastIndexOf("\n"), start: offset, end: offset + 1 };
  }
  declare(name, type, isParam, span, key) {
    const scope = this.scopes[this.scopes.length - 1];
    if (scope.has(name)) this.err("redeclared", `redeclaration of '${name}'`, span);
    const local = {
      name,
      slot: this.locals.length,
      type,
      isParam,
      addressTaken: false,
      span
    };
    this.locals.push(local);
    scope.set(name, local);
    this.declLocal.set(key, local);
    return local;
  }
  lookupLocal(name) {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const l = this.scopes[i].get(name);
      if (l) return l;
    }
    return void 0;
  }
  block(body) {
    this.scopes.push(/* @__PURE__ */ new Map());
    let dead = false;
    for (const s of body) {
      if (dead && s.kind !== "label" && s.kind !== "empty") {
        this.diags.push(warning("unreachable", "unreachable code after return/goto", s.span));
        dead = false;
      }
      this.stmt(s);
      if (s.kind === "return" || s.kind === "goto" || s.kind === "break" || s.kind === "continue") {
        dead = true;
      } else if (s.kind === "label") {
        dead = false;
      }
    }
    this.scopes.pop();
  }
  stmt(s) {
    switch (s.kind) {
      case "decl":
        return this.decl(s);
      case "expr":
        this.expr(s.expr);
        return;
      case "if":
        this.test(s.test);
        this.scoped(s.then);
        if (s.otherwise) this.scoped(s.otherwise);
        return;
      case "while":
        this.test(s.test);
        this.loop(s.body);
        return;
      case "do":
        this.loop(s.body);
        this.test(s.test);
        return;
      case "for":
        this.scopes.push(/* @__PURE__ */ new Map());
        if (s.init) this.stmt(s.init);
        if (s.test) this.test(s.test);
        if (s.update) this.expr(s.update);
        this.loop(s.body);
        this.scopes.pop();
        return;
      case "foreach":
        this.foreach(s);
        this.loop(s.body);
        return;
      case "block":
        return this.block(s.body);
      case "return": {
        if (s.value) {
          const t = this.expr(s.value);
          if (this.ret.kind === "void")
            this.err("bad-return", "void function returns a value", s.value.span);
          else this.expectAssignable(this.ret, t, s.value.span, "return value");
        } else if (this.ret.kind !== "void") {
          this.err("bad-return", `non-void function must return a ${typeName(this.ret)}`, s.span);
        }
        return;
      }
      case "break":
      case "continue":
        if (this.loopDepth === 0) this.err("bad-jump", `'${s.kind}' outside a loop`, s.span);
        return;
      case "goto":
        if (!this.labels.has(s.label))
          this.err("undefined-label", `label '${s.label}' used but not defined`, s.span);
        return;
      case "label":
        return this.stmt(s.body);
      case "empty":
        return;
    }
  }
  scoped(s) {
    if (s.kind === "block") return this.stmt(s);
    this.scopes.push(/* @__PURE__ */ new Map());
    this.stmt(s);
    this.scopes.pop();
  }
  loop(body) {
    this.loopDepth++;
    this.scoped(body);
    this.loopDepth--;
  }
  decl(s) {
    const type = this.resolveType(s.type);
    if (s.init && type) {
      const t = this.expr(s.init);
      this.expectAssignable(type, t, s.init.span, `initialiser of '${s.name}'`);
    } else if (s.init) {
      this.expr(s.init);
    }
    if (!type) {
      this.declare(s.name, ERR, false, s.span, s);
      return;
    }
    if (type.kind === "void") {
      this.err("bad-decl", `variable '${s.name}' declared void`, s.span);
    }
    if (type.kind === "struct") {
      const def = this.structs.get(type.name);
      if (def?.kind !== "stack") {
        this.err(
          "bad-decl",
          `a local struct ${type.name} is not modelled: ${type.name} is a shared kernel object; use a pointer`,
          s.type.span
        );
      } else if (s.init) {
        this.err("bad-decl", `initialise struct ${type.name} with { .field = value }`, s.init.span);
      }
      for (const fi of s.fields ?? []) {
        const fd = def?.fields.find((f2) => f2.name === fi.field);
        const vt = this.expr(fi.value);
        if (!fd) {
          this.err("unknown-field", `struct ${type.name} has no field '${fi.field}'`, fi.span);
          continue;
        }
        this.expectAssignable(fd.type, vt, fi.value.span, `.${fi.field}`);
      }
    } else if (s.fields) {
      this.err("bad-decl", `'${s.name}' is not a struct; it cannot take { .field = ... }`, s.span);
    }
    this.declare(s.name, type, false, s.span, s);
  }
  foreach(s) {
    const it = MODEL.iterators.get(s.macro);
    const arity = it.shape === "interval_tree" ? 4 : it.shape === "list_safe" ? 4 : 3;
    if (s.args.length !== arity) {
      this.err("arg-count", `${s.macro}() takes ${arity} arguments, got ${s.args.length}`, s.span);
      return;
    }
    const posT = this.lvalueLocal(s.args[0]);
    if (it.shape === "interval_tree") {
      const rootT = this.expr(s.args[1]);
      this.expectAssignable(
        ptr({ kind: "struct", name: "rb_root_cached" }),
        rootT,
        s.args[1].span,
        "interval tree root"
      );
      this.expectScalar(this.expr(s.args[2]), s.args[2].span);
      this.expectScalar(this.expr(s.args[3]), s.args[3].span);
      if (posT)
        this.expectAssignable(
          posT,
          ptr({ kind: "struct", name: "anon_vma_chain" }),
          s.args[0].span,
          "iterator"
        );
      return;
    }
    let headIdx = 1;
    if (it.shape === "list_safe") {
      const nT = this.lvalueLocal(s.args[1]);
      if (posT && nT && !sameType(posT, nT)) {
        this.err(
          "type-mismatch",
          `'${exprText(s.args[1])}' must have the same type as the cursor`,
          s.args[1].span
        );
      }
      headIdx = 2;
    }
    const head = s.args[headIdx];
    const member = s.args[headIdx + 1];
    this.expr(head);
    const field = head.kind === "unary" && head.op === "&" && head.operand.kind === "member" ? this.fieldOf(head.operand) : void 0;
    if (!field?.list) {
      this.err("bad-list", `${s.macro}() needs a list head like &vma->anon_vma_chain`, head.span);
      return;
    }
    if (member.kind !== "name" || member.name !== field.list.member) {
      this.err(
        "bad-list",
        `entries of this list are linked through '${field.list.member}'`,
        member.span
      );
    }
    if (posT)
      this.expectAssignable(
        posT,
        ptr({ kind: "struct", name: field.list.of }),
        s.args[0].span,
        "list cursor"
      );
  }
  /** An iterator cursor: a plain local variable. */
  lvalueLocal(e) {
    if (e.kind !== "name") {
      this.err("bad-iterator", "the cursor must be a local variable", e.span);
      return void 0;
    }
    const t = this.expr(e);
    return isErr(t) ? void 0 : t;
  }
  // --- expressions -------------------------------------------------------------------------
  test(e) {
    const t = this.expr(e);
    if (!isErr(t) && !isTestable(t)) {
      this.err("bad-condition", `a ${typeName(t)} cannot be used as a condition`, e.span);
    }
  }
  expectScalar(t, span) {
    if (!isErr(t) && !isScalar(t))
      this.err("type-mismatch", `expected an integer, got ${typeName(t)}`, span);
  }
  expectAssignable(to, from, span, what) {
    if (isErr(to) || isErr(from) || assignable(to, from)) return;
    this.err("type-mismatch", `${what}: expected ${typeName(to)}, got ${typeName(from)}`, span);
  }
  expr(e) {
    const t = this.exprInner(e);
    this.types.set(e, t);
    return t;
  }
  exprInner(e) {
    switch (e.kind) {
      case "int":
        return INT;
      case "bool":
        return BOOL;
      case "null":
        return NULLT;
      case "name":
        return this.name(e);
      case "call":
        return this.call(e);
      case "member": {
        const f2 = this.fieldOf(e);
        if (!f2) return ERR;
        if (f2.type.kind === "struct" && this.structs.get(f2.type.name)?.kind === "embedded") {
          this.err(
            "embedded-field",
            `'${e.field}' is a ${typeName(f2.type)}; pass its address (&...->${e.field})`,
            e.fieldSpan
          );
          return ERR;
        }
        return f2.type;
      }
      case "unary":
        return this.unary(e);
      case "binary":
        return this.binary(e);
      case "logical":
        this.test(e.left);
        this.test(e.right);
        return BOOL;
      case "cond": {
        this.test(e.test);
        const a = this.expr(e.then);
        const b = this.expr(e.otherwise);
        if (isErr(a) || isErr(b)) return ERR;
        if (isScalar(a) && isScalar(b)) return a.kind === "bool" && b.kind === "bool" ? BOOL : INT;
        if (assignable(a, b)) return a.kind === "null" ? b : a;
        if (assignable(b, a)) return b;
        this.err(
          "type-mismatch",
          `the branches have different types: ${typeName(a)} and ${typeName(b)}`,
          e.span
        );
        return ERR;
      }
      case "assign": {
        const target = this.lvalue(e.target);
        const value = this.expr(e.value);
        if (!target) return ERR;
        if (e.op === "=") {
          this.expectAssignable(target, value, e.value.span, "assignment");
        } else if (isEntryPtr(target) && (e.op === "+" || e.op === "-")) {
          this.expectScalar(value, e.value.span);
        } else {
          this.expectScalar(target, e.target.span);
          this.expectScalar(value, e.value.span);
        }
        return target;
      }
      case "incdec": {
        const t = this.lvalue(e.target);
        if (t && !isEntryPtr(t)) this.expectScalar(t, e.target.span);
        return t ?? ERR;
      }
      case "comma":
        this.expr(e.left);
        return this.expr(e.right);
      case "cast": {
        const to = this.resolveType(e.type);
        const from = this.expr(e.operand);
        if (!to) return ERR;
        if (!isErr(from) && !castable(to, from)) {
          this.err("bad-cast", `cannot cast ${typeName(from)} to ${typeName(to)}`, e.span);
        }
        return to;
      }
    }
  }
  name(e) {
    const local = this.lookupLocal(e.name);
    if (local) {
      this.symbols.set(e, { kind: "local", local });
      return local.type;
    }
    const fn = this.sigs.get(e.name);
    if (fn) {
      this.symbols.set(e, { kind: "function", name: e.name, sig: fn.sig });
      return { kind: "fn", sig: fn.sig };
    }
    const c2 = MODEL.constants.get(e.name);
    if (c2) {
      this.symbols.set(e, { kind: "const", name: c2.name, value: c2.value });
      return c2.type;
    }
    const g = MODEL.globals.get(e.name);
    if (g) {
      this.symbols.set(e, { kind: "global", name: g.name });
      return g.type;
    }
    if (MODEL.builtins.has(e.name)) {
      this.err("builtin-value", `'${e.name}' is a kernel primitive; it can only be called`, e.span);
      return ERR;
    }
    this.err("unknown-name", `'${e.name}' undeclared`, e.span);
    return ERR;
  }
  /** A field access: resolves the struct and the field, or reports why not. */
  fieldOf(e) {
    const ot = this.expr(e.object);
    if (isErr(ot)) return void 0;
    let sname;
    if (e.arrow) {
      if (ot.kind === "ptr" && ot.to.kind === "struct") sname = ot.to.name;
      else {
        this.err("bad-member", `'->' needs a pointer to a struct, got ${typeName(ot)}`, e.span);
        return void 0;
      }
    } else {
      if (ot.kind === "struct") sname = ot.name;
      else {
        const hint = ot.kind === "ptr" && ot.to.kind === "struct" ? " (did you mean '->'?)" : "";
        this.err("bad-member", `'.' needs a struct, got ${typeName(ot)}${hint}`, e.span);
        return void 0;
      }
    }
    const def = this.structs.get(sname);
    const f2 = def?.fields.find((x) => x.name === e.field);
    if (!f2) {
      const near = def ? nearest(
        e.field,
        def.fields.map((x) => x.name)
      ) : void 0;
      this.err(
        "unknown-field",
        `struct ${sname} has no member named '${e.field}'${near ? `; did you mean '${near}'?` : ""}`,
        e.fieldSpan
      );
      return void 0;
    }
    this.fields.set(e, { struct: sname, field: f2 });
    return f2;
  }
  /** Type of an assignable expression; reports non-lvalues. */
  lvalue(e) {
    if (e.kind === "name") {
      const t = this.expr(e);
      const sym = this.symbols.get(e);
      if (sym && sym.kind !== "local") {
        this.err("bad-assign", `'${e.name}' is not a variable`, e.span);
        return void 0;
      }
      if (isErr(t)) return void 0;
      if (t.kind === "struct") {
        this.err("bad-assign", "struct assignment is not modelled; assign its fields", e.span);
        return void 0;
      }
      return t;
    }
    if (e.kind === "member" || e.kind === "unary" && e.op === "*") {
      const t = this.expr(e);
      return isErr(t) ? void 0 : t;
    }
    this.expr(e);
    return void 0;
  }
  unary(e) {
    switch (e.op) {
      case "!":
        this.test(e.operand);
        return BOOL;
      case "-":
      case "~": {
        const t = this.expr(e.operand);
        this.expectScalar(t, e.operand.span);
        return isErr(t) ? ERR : t.kind === "bool" ? INT : t;
      }
      case "*": {
        const t = this.expr(e.operand);
        if (isErr(t)) return ERR;
        if (t.kind !== "ptr" || t.to.kind === "void" || t.to.kind === "struct") {
          this.err(
            "bad-deref",
            `cannot dereference ${typeName(t)}${t.kind === "ptr" && t.to.kind === "struct" ? " (use '->')" : ""}`,
            e.span
          );
          return ERR;
        }
        return t.to;
      }
      case "&":
        return this.addressOf(e.operand);
    }
  }
  addressOf(x) {
    if (x.kind === "name") {
      const t = this.expr(x);
      const sym = this.symbols.get(x);
      if (sym?.kind === "local") {
        sym.local.addressTaken = true;
        return isErr(t) ? ERR : ptr(t);
      }
      if (sym?.kind === "function") return t;
      if (!isErr(t)) this.err("bad-address", `cannot take the address of '${x.name}'`, x.span);
      return ERR;
    }
    if (x.kind === "member") {
      const f2 = this.fieldOf(x);
      this.types.set(x, f2?.type ?? ERR);
      if (!f2) return ERR;
      if (f2.type.kind === "struct") return ptr(f2.type);
      this.err(
        "bad-address",
        this.structs.get(this.fields.get(x)?.struct ?? "")?.kind === "stack" ? `taking the address of a member of a stack struct ('${x.field}') is not modelled; pass a pointer to a local instead` : `taking the address of the shared field '${x.field}' is not modelled; only embedded locks, atomics, lists and trees`,
        x.span
      );
      return ERR;
    }
    this.expr(x);
    this.err("bad-address", "cannot take the address of this expression", x.span);
    return ERR;
  }
  binary(e) {
    const a = this.expr(e.left);
    const b = this.expr(e.right);
    if (isErr(a) || isErr(b)) return ERR;
    switch (e.op) {
      case "==":
      case "!=":
        if (isScalar(a) && isScalar(b) || isPointer(a) && isPointer(b) && (assignable(a, b) || assignable(b, a))) {
          return BOOL;
        }
        this.err(
          "type-mismatch",
          a.kind === "word" ? `compare ${a.name} values with ${a.name === "pte_t" ? "pte_same()" : "pmd_same()"}` : `cannot compare ${typeName(a)} with ${typeName(b)}`,
          e.span
        );
        return ERR;
      case "<":
      case "<=":
      case ">":
      case ">=":
        if (isScalar(a) && isScalar(b) || a.kind === "ptr" && sameType(a, b)) return BOOL;
        this.err("type-mismatch", `cannot order ${typeName(a)} and ${typeName(b)}`, e.span);
        return ERR;
      default:
        if (isEntryPtr(a) && isScalar(b) && (e.op === "+" || e.op === "-")) return a;
        if (isScalar(a) && isScalar(b)) {
          if (a.kind === "int" && (a.name === "unsigned long" || a.name === "long")) return a;
          if (b.kind === "int" && (b.name === "unsigned long" || b.name === "long")) return b;
          return a.kind === "int" ? a : INT;
        }
        this.err(
          "type-mismatch",
          `invalid operands to '${e.op}' (${typeName(a)} and ${typeName(b)})${a.kind === "ptr" ? "; only pte_t * and pmd_t * step through entries; cast other pointers to unsigned long" : ""}`,
          e.span
        );
        return ERR;
    }
  }
  call(e) {
    const argTypes = () => e.args.map((a) => this.expr(a));
    if (e.callee.kind === "name") {
      const name = e.callee.name;
      if (!this.lookupLocal(name)) {
        const b = MODEL.builtins.get(name);
        if (b) {
          this.symbols.set(e.callee, { kind: "builtin", builtin: b });
          return this.builtinCall(e, b);
        }
        const fn = this.sigs.get(name);
        if (fn) {
          this.symbols.set(e.callee, { kind: "function", name, sig: fn.sig });
          this.checkArgs(e, name, fn.sig, argTypes());
          return fn.sig.ret;
        }
        if (MODEL.iterators.has(name)) {
          this.err("bad-iterator", `${name}() is a loop macro: follow it with a statement`, e.span);
          argTypes();
          return ERR;
        }
        argTypes();
        const near = nearest(name, [...this.sigs.keys(), ...MODEL.builtins.keys()]);
        this.err(
          "unknown-function",
          `implicit declaration of function '${name}'${near ? `; did you mean '${near}'?` : ""}`,
          e.callee.span
        );
        return ERR;
      }
    }
    const ct = this.expr(e.callee);
    const ats = argTypes();
    if (isErr(ct)) return ERR;
    if (ct.kind !== "fn") {
      this.err(
        "not-callable",
        `called object of type ${typeName(ct)} is not a function`,
        e.callee.span
      );
      return ERR;
    }
    this.checkArgs(e, exprText(e.callee), ct.sig, ats);
    return ct.sig.ret;
  }
  checkArgs(e, name, sig, ats) {
    if (ats.length !== sig.params.length) {
      this.err(
        "arg-count",
        `too ${ats.length < sig.params.length ? "few" : "many"} arguments to '${name}': expected ${sig.params.length}, got ${ats.length}`,
        e.span
      );
      return;
    }
    ats.forEach(
      (t, i) => this.expectAssignable(sig.params[i], t, e.args[i].span, `argument ${i + 1} of '${name}'`)
    );
  }
  builtinCall(e, b) {
    const name = b.proto.name;
    switch (b.generic) {
      case "read_once": {
        if (e.args.length !== 1) return this.arity(e, name, 1);
        const t = this.lvalue(e.args[0]) ?? ERR;
        if (e.args[0].kind !== "member" && !isErr(t)) {
          this.err(
            "bad-once",
            `${name}() marks a shared access: pass a field like folio->mapping`,
            e.args[0].span
          );
        }
        return t;
      }
      case "write_once": {
        if (e.args.length !== 2) return this.arity(e, name, 2);
        const t = this.lvalue(e.args[0]);
        const v = this.expr(e.args[1]);
        if (e.args[0].kind !== "member" && t) {
          this.err(
            "bad-once",
            `${name}() marks a shared access: pass a field like folio->mapping`,
            e.args[0].span
          );
        }
        if (t) this.expectAssignable(t, v, e.args[1].span, `value of ${name}()`);
        return VOID;
      }
      case "lock_ptr": {
        if (e.args.length !== 1) return this.arity(e, name, 1);
        const t = this.expr(e.args[0]);
        if (!isErr(t) && !isLockPtr(t)) {
          this.err(
            "not-a-lock",
            `${name}() needs a lock (struct rw_semaphore * or spinlock_t *), got ${typeName(t)}`,
            e.args[0].span
          );
        }
        return VOID;
      }
      case "cond": {
        const n = b.proto.params.length;
        if (e.args.length !== n) return this.arity(e, name, n);
        this.test(e.args[0]);
        for (let i = 1; i < n; i++) {
          this.expectAssignable(
            b.proto.params[i].type,
            this.expr(e.args[i]),
            e.args[i].span,
            `argument ${i + 1} of '${name}'`
          );
        }
        return b.proto.ret;
      }
      case void 0: {
        const ats = e.args.map((a) => this.expr(a));
        const ps = b.proto.params;
        if (ats.length !== ps.length) return this.arity(e, name, ps.length);
        ats.forEach((t, i) => {
          if (isErr(t) || assignable(ps[i].type, t)) return;
          if (b.lock && b.lock.arg === i && (b.category === "lock" || b.category === "vma")) {
            this.err(
              "not-a-lock",
              `${name}() operates on a ${typeName(ps[i].type)}; ${typeName(t)} is not one`,
              e.args[i].span
            );
          } else {
            this.err(
              "type-mismatch",
              `argument ${i + 1} of '${name}': expected ${typeName(ps[i].type)}, got ${typeName(t)}`,
              e.args[i].span
            );
          }
        });
        return b.proto.ret;
      }
    }
  }
  arity(e, name, n) {
    for (const a of e.args) this.expr(a);
    this.err(
      "arg-count",
      `'${name}' takes ${n} argument${n === 1 ? "" : "s"}, got ${e.args.length}`,
      e.span
    );
    return ERR;
  }
};
function isEntryPtr(t) {
  return t.kind === "ptr" && t.to.kind === "word";
}
function isLockPtr(t) {
  return t.kind === "ptr" && t.to.kind === "struct" && (t.to.name === "rw_semaphore" || t.to.name === "spinlock_t");
}
function sameSig(a, b) {
  return sameType({ kind: "fn", sig: a }, { kind: "fn", sig: b });
}
function collectLabels(s, labels, diags) {
  switch (s.kind) {
    case "label":
      if (labels.has(s.label))
        diags.push(error("duplicate-label", `duplicate label '${s.label}'`, s.span));
      labels.add(s.label);
      return collectLabels(s.body, labels, diags);
    case "block":
      for (const x of s.body) collectLabels(x, labels, diags);
      return;
    case "if":
      collectLabels(s.then, labels, diags);
      if (s.otherwise) collectLabels(s.otherwise, labels, diags);
      return;
    case "while":
    case "do":
    case "foreach":
      return collectLabels(s.body, labels, diags);
    case "for":
      return collectLabels(s.body, labels, diags);
    case "decl":
    case "expr":
    case "return":
    case "break":
    case "continue":
    case "goto":
    case "empty":
      return;
  }
}
function endsInReturn(s) {
  switch (s.kind) {
    case "return":
    case "goto":
      return true;
    case "block": {
      let ends = false;
      for (const x of s.body) {
        if (x.kind === "label") ends = endsInReturn(x);
        else if (!ends) ends = endsInReturn(x);
      }
      return ends;
    }
    case "if":
      return s.otherwise !== void 0 && endsInReturn(s.then) && endsInReturn(s.otherwise);
    case "label":
      return endsInReturn(s.body);
    case "while":
    case "for":
      return (s.kind === "for" ? !s.test : isTrue(s.test)) && !containsBreak(s.body);
    default:
      return false;
  }
}
var isTrue = (e) => e.kind === "bool" && e.value || e.kind === "int" && e.value !== 0;
function containsBreak(s) {
  switch (s.kind) {
    case "break":
      return true;
    case "block":
      return s.body.some(containsBreak);
    case "if":
      return containsBreak(s.then) || s.otherwise !== void 0 && containsBreak(s.otherwise);
    case "label":
      return containsBreak(s.body);
    default:
      return false;
  }
}
function exprText(e) {
  switch (e.kind) {
    case "name":
      return e.name;
    case "member":
      return `${exprText(e.object)}${e.arrow ? "->" : "."}${e.field}`;
    case "call":
      return `${exprText(e.callee)}()`;
    default:
      return "expression";
  }
}
function nearest(word, candidates) {
  let best;
  let bestD = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const c2 of candidates) {
    const d = editDistance(word, c2, bestD);
    if (d < bestD) {
      bestD = d;
      best = c2;
    }
  }
  return best;
}
function editDistance(a, b, cap) {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j] + 1,
        cur[j - 1] + 1,
        prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    prev = cur;
  }
  return prev[b.length];
}

// src/lang/compiler.ts
var BUILTIN_ID = new Map(BUILTINS.map((b, i) => [b, i]));
function compile(checked) {
  const files = [...checked.policy.files.keys()].sort();
  const fileIdx = new Map(files.map((f2, i) => [f2, i]));
  const names = [...checked.functions.keys()];
  const byName2 = new Map(names.map((n, i) => [n, i]));
  const functions = names.map(
    (n, i) => new FunctionCompiler(checked, checked.functions.get(n), i, fileIdx, byName2).compile()
  );
  return {
    policy: checked.policy.header.name,
    files,
    functions,
    byName: byName2,
    builtins: BUILTINS,
    structs: checked.structs
  };
}
var FunctionCompiler = class {
  constructor(checked, fn, index, fileIdx, byName2) {
    this.checked = checked;
    this.fn = fn;
    this.index = index;
    this.fileIdx = fileIdx;
    this.byName = byName2;
    this.nextHidden = fn.locals.length;
  }
  checked;
  fn;
  index;
  fileIdx;
  byName;
  code = [];
  locs = [];
  steps = [];
  homes = /* @__PURE__ */ new Map();
  labels = /* @__PURE__ */ new Map();
  loops = [];
  nextHidden;
  tempBase = 0;
  nextTemp = 0;
  maxReg = 0;
  loc = { file: 0, line: 0, col: 0 };
  compile() {
    const def = this.fn.def;
    const body = def.body;
    const hidden = countHidden(body) + this.fn.locals.filter((l) => l.isParam && l.addressTaken).length;
    this.tempBase = this.fn.locals.length + hidden;
    this.nextTemp = this.tempBase;
    this.maxReg = this.tempBase;
    this.at(def.nameSpan);
    this.prologue();
    this.stmt(body);
    const last = this.code[this.code.length - 1];
    if (last?.op !== "ret" || this.labelTargetsEnd()) {
      this.at(body.span, true);
      if (this.fn.sig.ret.kind === "void") this.emit({ op: "ret", src: -1 });
      else {
        const r = this.temp();
        this.emit({ op: "const", dst: r, value: 0 });
        this.emit({ op: "ret", src: r });
      }
    }
    for (const [name, l] of this.labels) {
      if (l.pc < 0) throw new Error(`internal: label '${name}' was never placed`);
    }
    const localNames = this.fn.locals.map((l) => l.name);
    return {
      name: this.fn.name,
      index: this.index,
      file: this.fileIdx.get(this.fn.file),
      line: def.nameSpan.line,
      sig: this.fn.sig,
      nparams: def.params.length,
      nregs: this.maxReg,
      code: this.code,
      locs: this.locs,
      steps: this.steps,
      localNames,
      attributes: def.attributes.map((a) => ({
        name: a.name,
        text: this.checked.policy.sources.get(this.fn.file).slice(a.span.start, a.span.end)
      }))
    };
  }
  /** Stack structs and address-taken locals get their cells once, at entry. */
  prologue() {
    for (const l of this.fn.locals) {
      if (l.type.kind === "struct") {
        this.homes.set(l, { reg: l.slot, cell: false });
        this.emit({ op: "alloca", dst: l.slot, struct: l.type.name });
      } else if (l.addressTaken) {
        if (l.isParam) {
          const cell = this.nextHidden++;
          this.homes.set(l, { reg: cell, cell: true });
          this.emit({ op: "alloca", dst: cell });
          this.emit({ op: "store_ind", ptr: cell, src: l.slot });
        } else {
          this.homes.set(l, { reg: l.slot, cell: true });
          this.emit({ op: "alloca", dst: l.slot });
        }
      } else {
        this.homes.set(l, { reg: l.slot, cell: false });
      }
    }
  }
  labelTargetsEnd() {
    const end = this.code.length;
    for (const l of this.labels.values()) if (l.pc === end) return true;
    for (const lp of this.loops) if (lp.brk.pc === end) return true;
    return this.code.some((i) => (i.op === "jmp" || i.op === "br") && i.target === end);
  }
  // --- emission helpers -------------------------------------------------------------------
  at(span, end = false) {
    const file = this.fileIdx.get(span.file) ?? 0;
    this.loc = end ? { file, line: lineOfEnd(this.checked, span), col: 1 } : { file, line: span.line, col: span.col };
  }
  emit(ins) {
    this.code.push(ins);
    this.locs.push(this.loc);
    this.steps.push(isStep(ins));
    return this.code.length - 1;
  }
  temp() {
    const r = this.nextTemp++;
    if (this.nextTemp > this.maxReg) this.maxReg = this.nextTemp;
    return r;
  }
  newLabel() {
    return { pc: -1, patches: [] };
  }
  place(l) {
    l.pc = this.code.length;
    for (const p of l.patches) this.code[p].target = l.pc;
  }
  jump(l) {
    const pc = this.emit({ op: "jmp", target: l.pc });
    if (l.pc < 0) l.patches.push(pc);
  }
  brTo(cond, ifZero, l) {
    const pc = this.emit({ op: "br", cond, ifZero, target: l.pc });
    if (l.pc < 0) l.patches.push(pc);
  }
  namedLabel(name) {
    let l = this.labels.get(name);
    if (!l) {
      l = this.newLabel();
      this.labels.set(name, l);
    }
    return l;
  }
  // --- statements -------------------------------------------------------------------------
  stmt(s) {
    this.nextTemp = this.tempBase;
    this.at(s.span);
    switch (s.kind) {
      case "decl": {
        const local = this.fn.declLocal.get(s);
        const home = this.homes.get(local);
        if (local.type.kind === "struct") {
          const sdef = this.checked.structs.get(local.type.name);
          for (const f2 of sdef.fields) {
            const init = s.fields?.find((fi) => fi.field === f2.name);
            let v;
            if (init) v = this.expr(init.value);
            else {
              v = this.temp();
              this.emit({ op: "const", dst: v, value: 0 });
            }
            this.at(s.span);
            this.emit({ op: "lstore", obj: home.reg, struct: sdef.name, field: f2.name, src: v });
          }
        } else if (s.init) {
          const v = this.expr(s.init);
          this.writeLocal(home, v);
        }
        return;
      }
      case "expr":
        this.effect(s.expr);
        return;
      case "if": {
        const otherwise = this.newLabel();
        this.branchFalse(s.test, otherwise);
        this.stmt(s.then);
        if (s.otherwise) {
          const end = this.newLabel();
          this.jump(end);
          this.place(otherwise);
          this.stmt(s.otherwise);
          this.place(end);
        } else {
          this.place(otherwise);
        }
        return;
      }
      case "while": {
        const top = this.newLabel();
        const brk = this.newLabel();
        this.place(top);
        this.at(s.test.span);
        this.branchFalse(s.test, brk);
        this.loopBody(s.body, brk, top);
        this.jump(top);
        this.place(brk);
        return;
      }
      case "do": {
        const top = this.newLabel();
        const cont = this.newLabel();
        const brk = this.newLabel();
        this.place(top);
        this.loopBody(s.body, brk, cont);
        this.place(cont);
        this.nextTemp = this.tempBase;
        this.at(s.test.span);
        this.branchTrue(s.test, top);
        this.place(brk);
        return;
      }
      case "for": {
        if (s.init) this.stmt(s.init);
        const top = this.newLabel();
        const cont = this.newLabel();
        const brk = this.newLabel();
        this.place(top);
        if (s.test) {
          this.nextTemp = this.tempBase;
          this.at(s.test.span);
          this.branchFalse(s.test, brk);
        }
        this.loopBody(s.body, brk, cont);
        this.place(cont);
        if (s.update) {
          this.nextTemp = this.tempBase;
          this.at(s.update.span);
          this.effect(s.update);
        }
        this.jump(top);
        this.place(brk);
        return;
      }
      case "foreach":
        return this.foreach(s);
      case "block":
        for (const x of s.body) this.stmt(x);
        return;
      case "return": {
        const src = s.value ? this.expr(s.value) : -1;
        this.at(s.span);
        this.emit({ op: "ret", src });
        return;
      }
      case "break":
        this.jump(this.loops[this.loops.length - 1].brk);
        return;
      case "continue":
        this.jump(this.loops[this.loops.length - 1].cont);
        return;
      case "goto":
        this.jump(this.namedLabel(s.label));
        return;
      case "label":
        this.place(this.namedLabel(s.label));
        this.stmt(s.body);
        return;
      case "empty":
        return;
    }
  }
  loopBody(body, brk, cont) {
    this.loops.push({ brk, cont });
    this.stmt(body);
    this.loops.pop();
  }
  foreach(s) {
    const shape = MODEL.iterators.get(s.macro).shape;
    const pos = this.homeOf(s.args[0]);
    const top = this.newLabel();
    const cont = this.newLabel();
    const brk = this.newLabel();
    if (shape === "interval_tree") {
      const root = this.nextHidden++;
      const start = this.nextHidden++;
      const last = this.nextHidden++;
      this.emit({ op: "mov", dst: root, src: this.expr(s.args[1]) });
      this.emit({ op: "mov", dst: start, src: this.expr(s.args[2]) });
      this.emit({ op: "mov", dst: last, src: this.expr(s.args[3]) });
      const first2 = this.temp();
      this.emit({
        op: "builtin",
        dst: first2,
        id: this.builtinId("anon_vma_interval_tree_iter_first"),
        args: [root, start, last]
      });
      this.writeLocal(pos, first2);
      this.place(top);
      this.nextTemp = this.tempBase;
      this.at(s.span);
      this.brTo(this.readLocal(pos), true, brk);
      this.loopBody(s.body, brk, cont);
      this.place(cont);
      this.nextTemp = this.tempBase;
      this.at(s.span);
      const next = this.temp();
      this.emit({
        op: "builtin",
        dst: next,
        id: this.builtinId("anon_vma_interval_tree_iter_next"),
        args: [this.readLocal(pos), start, last]
      });
      this.writeLocal(pos, next);
      this.jump(top);
      this.place(brk);
      return;
    }
    const safe = shape === "list_safe";
    const reverse = shape === "list_reverse";
    const head = this.nextHidden++;
    this.emit({ op: "mov", dst: head, src: this.expr(s.args[safe ? 2 : 1]) });
    const zero = this.temp();
    this.emit({ op: "const", dst: zero, value: 0 });
    const first = this.temp();
    this.emit({ op: "list_next", dst: first, head, pos: zero, reverse });
    this.writeLocal(pos, first);
    const n = safe ? this.homeOf(s.args[1]) : void 0;
    this.place(top);
    this.nextTemp = this.tempBase;
    this.at(s.span);
    this.brTo(this.readLocal(pos), true, brk);
    if (n) {
      const nx = this.temp();
      this.emit({ op: "list_next", dst: nx, head, pos: this.readLocal(pos), reverse });
      this.writeLocal(n, nx);
    }
    this.loopBody(s.body, brk, cont);
    this.place(cont);
    this.nextTemp = this.tempBase;
    this.at(s.span);
    if (n) {
      this.writeLocal(pos, this.readLocal(n));
    } else {
      const nx = this.temp();
      this.emit({ op: "list_next", dst: nx, head, pos: this.readLocal(pos), reverse });
      this.writeLocal(pos, nx);
    }
    this.jump(top);
    this.place(brk);
  }
  builtinId(name) {
    return BUILTIN_ID.get(MODEL.builtins.get(name));
  }
  // --- locals -----------------------------------------------------------------------------
  homeOf(e) {
    const sym = this.checked.symbols.get(e);
    if (sym?.kind !== "local") throw new Error("internal: iterator cursor is not a local");
    return this.homes.get(sym.local);
  }
  readLocal(h) {
    if (!h.cell) return h.reg;
    const r = this.temp();
    this.emit({ op: "deref", dst: r, ptr: h.reg });
    return r;
  }
  writeLocal(h, v) {
    if (h.cell) this.emit({ op: "store_ind", ptr: h.reg, src: v });
    else if (h.reg !== v) this.emit({ op: "mov", dst: h.reg, src: v });
  }
  // --- expressions ------------------------------------------------------------------------
  /** Evaluate for side effects only. */
  effect(e) {
    if (e.kind === "call") this.call(e, false);
    else this.expr(e);
  }
  /** Evaluate into a register and return it. */
  expr(e) {
    this.at(e.span);
    switch (e.kind) {
      case "int":
        return this.constant(e.value);
      case "bool":
        return this.constant(e.value ? 1 : 0);
      case "null":
        return this.constant(0);
      case "name": {
        const sym = this.checked.symbols.get(e);
        switch (sym.kind) {
          case "local": {
            const h = this.homes.get(sym.local);
            return sym.local.type.kind === "struct" ? h.reg : this.readLocal(h);
          }
          case "const":
            return this.constant(sym.value);
          case "function": {
            const r = this.temp();
            this.emit({ op: "fnref", dst: r, fn: this.byName.get(sym.name) });
            return r;
          }
          case "global": {
            const r = this.temp();
            this.emit({ op: "global", dst: r, name: sym.name });
            return r;
          }
          case "builtin":
            throw new Error("internal: builtin used as a value");
        }
        break;
      }
      case "call":
        return this.call(e, true);
      case "member":
        return this.member(e, false);
      case "unary":
        return this.unary(e);
      case "binary": {
        const a = this.expr(e.left);
        const b = this.expr(e.right);
        this.at(e.span);
        return this.arith(e.op, a, b, e.left);
      }
      case "logical":
      case "cond": {
        const r = this.temp();
        const end = this.newLabel();
        if (e.kind === "logical") {
          const no = this.newLabel();
          this.branchFalse(e, no);
          this.emit({ op: "const", dst: r, value: 1 });
          this.jump(end);
          this.place(no);
          this.emit({ op: "const", dst: r, value: 0 });
        } else {
          const no = this.newLabel();
          this.branchFalse(e.test, no);
          this.emit({ op: "mov", dst: r, src: this.expr(e.then) });
          this.jump(end);
          this.place(no);
          this.emit({ op: "mov", dst: r, src: this.expr(e.otherwise) });
        }
        this.place(end);
        return r;
      }
      case "assign":
        return this.assign(e);
      case "incdec": {
        const old = this.expr(e.target);
        const saved = this.temp();
        this.emit({ op: "mov", dst: saved, src: old });
        const one = this.constant(1);
        const r = this.arith(e.op === "++" ? "+" : "-", saved, one, e.target);
        this.store(e.target, r);
        return e.prefix ? r : saved;
      }
      case "comma":
        this.effect(e.left);
        return this.expr(e.right);
      case "cast": {
        const v = this.expr(e.operand);
        if (this.checked.types.get(e)?.kind !== "bool") return v;
        const r = this.temp();
        this.emit({ op: "un", fn: "bool", dst: r, src: v });
        return r;
      }
    }
  }
  constant(value) {
    const r = this.temp();
    this.emit({ op: "const", dst: r, value });
    return r;
  }
  member(e, marked) {
    const rf = this.checked.fields.get(e);
    const obj = this.expr(e.object);
    const r = this.temp();
    this.at(e.fieldSpan);
    if (this.checked.structs.get(rf.struct).kind === "stack") {
      this.emit({ op: "lload", dst: r, obj, struct: rf.struct, field: rf.field.name });
    } else {
      this.emit({ op: "load", dst: r, obj, struct: rf.struct, field: rf.field.name, marked });
    }
    return r;
  }
  unary(e) {
    switch (e.op) {
      case "&": {
        const x = e.operand;
        if (x.kind === "name") {
          const sym = this.checked.symbols.get(x);
          if (sym.kind === "local") return this.homes.get(sym.local).reg;
          return this.expr(x);
        }
        const m = x;
        const rf = this.checked.fields.get(m);
        const obj = this.expr(m.object);
        const r = this.temp();
        this.at(e.span);
        this.emit({ op: "addr", dst: r, obj, struct: rf.struct, field: rf.field.name });
        return r;
      }
      case "*": {
        const p = this.expr(e.operand);
        const r = this.temp();
        this.emit({ op: "deref", dst: r, ptr: p });
        return r;
      }
      case "!":
      case "-":
      case "~": {
        const v = this.expr(e.operand);
        const r = this.temp();
        this.emit({ op: "un", fn: e.op, dst: r, src: v });
        return r;
      }
    }
  }
  assign(e) {
    let v = this.expr(e.value);
    if (e.op !== "=") v = this.arith(e.op, this.expr(e.target), v, e.target);
    this.store(e.target, v);
    return v;
  }
  /** a OP b, where a has the type of `left`: page-table entry pointers step by entries. */
  arith(fn, a, b, left) {
    const r = this.temp();
    if (isEntryPtr(this.checked.types.get(left))) {
      let n = b;
      if (fn === "-") {
        n = this.temp();
        this.emit({ op: "un", fn: "-", dst: n, src: b });
      }
      this.emit({ op: "ptradd", dst: r, ptr: a, n });
    } else {
      this.emit({ op: "bin", fn, dst: r, a, b });
    }
    return r;
  }
  /** Write v to an lvalue: local, field, or *p. */
  store(target, v, marked = false) {
    this.at(target.span);
    if (target.kind === "name") {
      const sym = this.checked.symbols.get(target);
      if (sym.kind === "local") return this.writeLocal(this.homes.get(sym.local), v);
    } else if (target.kind === "member") {
      const rf = this.checked.fields.get(target);
      const obj = this.expr(target.object);
      this.at(target.fieldSpan);
      if (this.checked.structs.get(rf.struct).kind === "stack") {
        this.emit({ op: "lstore", obj, struct: rf.struct, field: rf.field.name, src: v });
      } else {
        this.emit({ op: "store", obj, struct: rf.struct, field: rf.field.name, src: v, marked });
      }
      return;
    } else if (target.kind === "unary" && target.op === "*") {
      const p = this.expr(target.operand);
      this.emit({ op: "store_ind", ptr: p, src: v });
      return;
    }
    throw new Error("internal: unchecked assignment target");
  }
  call(e, wantValue) {
    const sym = e.callee.kind === "name" ? this.checked.symbols.get(e.callee) : void 0;
    if (sym?.kind === "builtin") return this.builtinCall(e, sym.builtin, wantValue);
    const args = e.args.map((a) => this.expr(a));
    const dst = wantValue ? this.temp() : -1;
    this.at(e.span);
    if (sym?.kind === "function") {
      this.emit({ op: "call", dst, fn: this.byName.get(sym.name), args });
    } else {
      const target = this.expr(e.callee);
      this.at(e.span);
      this.emit({ op: "icall", dst, target, args });
    }
    return dst;
  }
  builtinCall(e, b, wantValue) {
    switch (b.generic) {
      case "read_once": {
        const x = e.args[0];
        if (x.kind === "member") return this.member(x, true);
        return this.expr(x);
      }
      case "write_once": {
        const v = this.expr(e.args[1]);
        this.store(e.args[0], v, true);
        return v;
      }
      default: {
        if (b.category === "compiler") return this.expr(e.args[0]);
        const args = e.args.map((a) => this.expr(a));
        const dst = wantValue || b.proto.ret.kind !== "void" ? this.temp() : -1;
        this.at(e.span);
        this.emit({ op: "builtin", dst, id: BUILTIN_ID.get(b), args });
        return dst;
      }
    }
  }
  // --- conditions -------------------------------------------------------------------------
  branchFalse(e, target) {
    if (e.kind === "logical" && e.op === "&&") {
      this.branchFalse(e.left, target);
      this.branchFalse(e.right, target);
    } else if (e.kind === "logical" && e.op === "||") {
      const yes = this.newLabel();
      this.branchTrue(e.left, yes);
      this.branchFalse(e.right, target);
      this.place(yes);
    } else if (e.kind === "unary" && e.op === "!") {
      this.branchTrue(e.operand, target);
    } else {
      this.brTo(this.expr(e), true, target);
    }
  }
  branchTrue(e, target) {
    if (e.kind === "logical" && e.op === "||") {
      this.branchTrue(e.left, target);
      this.branchTrue(e.right, target);
    } else if (e.kind === "logical" && e.op === "&&") {
      const no = this.newLabel();
      this.branchFalse(e.left, no);
      this.branchTrue(e.right, target);
      this.place(no);
    } else if (e.kind === "unary" && e.op === "!") {
      this.branchFalse(e.operand, target);
    } else {
      this.brTo(this.expr(e), false, target);
    }
  }
};
function isStep(ins) {
  switch (ins.op) {
    case "load":
    case "store":
    case "call":
    case "icall":
    case "list_next":
      return true;
    case "builtin":
      return BUILTINS[ins.id].step;
    case "const":
    case "mov":
    case "un":
    case "bin":
    case "ptradd":
    case "jmp":
    case "br":
    case "lload":
    case "lstore":
    case "addr":
    case "alloca":
    case "deref":
    case "store_ind":
    case "fnref":
    case "global":
    case "ret":
      return false;
  }
}
function countHidden(s) {
  switch (s.kind) {
    case "foreach":
      return (MODEL.iterators.get(s.macro).shape === "interval_tree" ? 3 : 1) + countHidden(s.body);
    case "block":
      return s.body.reduce((n, x) => n + countHidden(x), 0);
    case "if":
      return countHidden(s.then) + (s.otherwise ? countHidden(s.otherwise) : 0);
    case "while":
    case "do":
    case "label":
      return countHidden(s.body);
    case "for":
      return (s.init ? countHidden(s.init) : 0) + countHidden(s.body);
    default:
      return 0;
  }
}
function lineOfEnd(checked, span) {
  const text = checked.policy.sources.get(span.file) ?? "";
  let line = 1;
  for (let i = 0; i < span.end - 1 && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

// src/lang/lexer.ts
var PUNCTS = [
  "<<=",
  ">>=",
  "...",
  "->",
  "++",
  "--",
  "<<",
  ">>",
  "<=",
  ">=",
  "==",
  "!=",
  "&&",
  "||",
  "+=",
  "-=",
  "*=",
  "|=",
  "&=",
  "^=",
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  ";",
  ",",
  ".",
  "&",
  "*",
  "+",
  "-",
  "~",
  "!",
  "/",
  "%",
  "<",
  ">",
  "^",
  "|",
  "?",
  ":",
  "="
];
var isIdentStart = (c2) => c2 >= 97 && c2 <= 122 || c2 >= 65 && c2 <= 90 || c2 === 95;
var isDigit = (c2) => c2 >= 48 && c2 <= 57;
var isIdent = (c2) => isIdentStart(c2) || isDigit(c2);
function lex(file, text, diags) {
  const tokens = [];
  const comments = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const span = (start, end, l = line, ls = lineStart) => ({
    file,
    line: l,
    col: start - ls + 1,
    start,
    end
  });
  const newline = (at) => {
    line++;
    lineStart = at + 1;
  };
  while (i < text.length) {
    const c2 = text.charCodeAt(i);
    if (c2 === 10) {
      newline(i);
      i++;
      continue;
    }
    if (c2 === 32 || c2 === 9 || c2 === 13 || c2 === 12 || c2 === 11) {
      i++;
      continue;
    }
    const start = i;
    const startLine = line;
    const startLineStart = lineStart;
    if (c2 === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
      comments.push({ text: text.slice(start, i), span: span(start, i) });
      continue;
    }
    if (c2 === 47 && text.charCodeAt(i + 1) === 42) {
      i += 2;
      let closed = false;
      while (i < text.length) {
        if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) {
          i += 2;
          closed = true;
          break;
        }
        if (text.charCodeAt(i) === 10) newline(i);
        i++;
      }
      const sp = span(start, i, startLine, startLineStart);
      if (!closed) diags.push(error("unterminated-comment", "unterminated /* comment", sp));
      comments.push({ text: text.slice(start, i), span: sp });
      continue;
    }
    if (c2 === 35) {
      i++;
      while (i < text.length && isIdent(text.charCodeAt(i))) i++;
      tokens.push({ kind: "directive", text: text.slice(start, i), span: span(start, i) });
      continue;
    }
    if (isIdentStart(c2)) {
      while (i < text.length && isIdent(text.charCodeAt(i))) i++;
      tokens.push({ kind: "ident", text: text.slice(start, i), span: span(start, i) });
      continue;
    }
    if (isDigit(c2)) {
      if (c2 === 48 && (text[i + 1] === "x" || text[i + 1] === "X")) {
        i += 2;
        while (i < text.length && /[0-9a-fA-F]/.test(text[i])) i++;
      } else {
        while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      }
      while (i < text.length && /[uUlL]/.test(text[i])) i++;
      if (i < text.length && isIdent(text.charCodeAt(i))) {
        const digitsEnd = i;
        while (i < text.length && isIdent(text.charCodeAt(i))) i++;
        diags.push(error("bad-number", `invalid number '${text.slice(start, i)}'`, span(start, i)));
        tokens.push({ kind: "number", text: text.slice(start, digitsEnd), span: span(start, i) });
        continue;
      }
      tokens.push({ kind: "number", text: text.slice(start, i), span: span(start, i) });
      continue;
    }
    if (c2 === 34) {
      i++;
      let value = "";
      let closed = false;
      while (i < text.length) {
        const ch = text[i];
        if (ch === "\n") break;
        if (ch === '"') {
          closed = true;
          i++;
          break;
        }
        if (ch === "\\" && i + 1 < text.length && text[i + 1] !== "\n") {
          const esc = text[i + 1];
          value += esc === "n" ? "\n" : esc === "t" ? "	" : esc;
          i += 2;
          continue;
        }
        value += ch;
        i++;
      }
      if (!closed) {
        diags.push(error("unterminated-string", 'missing terminating " character', span(start, i)));
      }
      tokens.push({ kind: "string", text: value, span: span(start, i) });
      continue;
    }
    const p = PUNCTS.find((q) => text.startsWith(q, i));
    if (p) {
      i += p.length;
      tokens.push({ kind: "punct", text: p, span: span(start, i) });
      continue;
    }
    i++;
    diags.push(error("stray-character", `stray '${text[start]}' in policy`, span(start, i)));
  }
  tokens.push({ kind: "eof", text: "", span: span(i, i) });
  return { tokens, comments };
}

// src/lang/parser.ts
var ParseError = class extends Error {
};
var TYPE_WORDS = /* @__PURE__ */ new Set([
  "struct",
  "const",
  "volatile",
  "unsigned",
  "signed",
  "int",
  "long",
  "bool",
  "void",
  "pte_t",
  "pmd_t",
  "pgoff_t",
  "gfp_t",
  "spinlock_t",
  "atomic_t"
]);
var SPECIFIERS = /* @__PURE__ */ new Set([
  "static",
  "inline",
  "__always_inline",
  "noinline",
  "extern",
  "__maybe_unused",
  "__read_mostly"
]);
var ATTRIBUTES = /* @__PURE__ */ new Set(["__acquires", "__releases", "__must_hold", "__cond_acquires"]);
var HEADER_KEYS = /* @__PURE__ */ new Set(["POLICY_NAME", "POLICY_DESCRIPTION", "POLICY_SOURCE"]);
var KEYWORDS = /* @__PURE__ */ new Set([
  "if",
  "else",
  "while",
  "do",
  "for",
  "return",
  "break",
  "continue",
  "goto",
  "switch",
  "case",
  "default",
  "sizeof",
  "typedef",
  "union",
  "enum"
]);
var COMPOUND = {
  "|=": "|",
  "&=": "&",
  "^=": "^",
  "+=": "+",
  "-=": "-",
  "*=": "*",
  "<<=": "<<",
  ">>=": ">>"
};
function parse(file, text, diags, options) {
  const { tokens, comments } = lex(file, text, diags);
  return new Parser(tokens, comments, diags, options).file(file);
}
var Parser = class _Parser {
  constructor(tokens, comments, diags, options) {
    this.tokens = tokens;
    this.comments = comments;
    this.diags = diags;
    this.options = options;
  }
  tokens;
  comments;
  diags;
  options;
  pos = 0;
  commentIdx = 0;
  // --- vocabulary ------------------------------------------------------------------------
  peek(ahead = 0) {
    return this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)];
  }
  previous() {
    return this.tokens[this.pos - 1];
  }
  atEnd() {
    return this.peek().kind === "eof";
  }
  advance() {
    if (!this.atEnd()) this.pos++;
    return this.previous();
  }
  check(text) {
    const t = this.peek();
    return (t.kind === "punct" || t.kind === "ident") && t.text === text;
  }
  match(...texts) {
    for (const t of texts) {
      if (this.check(t)) {
        this.advance();
        return true;
      }
    }
    return false;
  }
  consume(text, message) {
    if (this.check(text)) return this.advance();
    throw this.error(this.peek(), message);
  }
  consumeIdent(message) {
    const t = this.peek();
    if (t.kind === "ident" && !KEYWORDS.has(t.text)) return this.advance();
    throw this.error(t, message);
  }
  error(token, message) {
    const where = token.kind === "eof" ? "at end of input" : `at '${token.text}'`;
    const sp = token.span;
    if (!this.diags.some(
      (d) => d.severity === "error" && d.span.file === sp.file && d.span.line === sp.line
    )) {
      this.diags.push(error("syntax", `${message} (${where})`, sp));
    }
    return new ParseError(message);
  }
  /** A span from the start of `from` to the end of the previous token. */
  spanFrom(from) {
    const last = this.previous().span;
    return { ...from, end: Math.max(from.end, last.end) };
  }
  // --- file ------------------------------------------------------------------------------
  file(file) {
    const items = [];
    while (!this.atEnd()) {
      try {
        const item = this.item();
        if (item) items.push(item);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        this.synchronizeItem();
      }
    }
    return { file, items };
  }
  item() {
    const t = this.peek();
    if (t.kind === "directive") return this.directive();
    if (t.kind === "ident" && HEADER_KEYS.has(t.text)) return this.header();
    if (this.match(";")) return void 0;
    if (this.check("struct") && this.peek(1).kind === "ident" && this.peek(2).text === "{") {
      return this.structExtension();
    }
    return this.functionDef();
  }
  directive() {
    const t = this.advance();
    if (t.text !== "#include") {
      throw this.error(t, "Only #include is supported; policies have no preprocessor");
    }
    const path = this.peek();
    if (path.kind !== "string") throw this.error(path, 'Expect "file.policy" after #include');
    this.advance();
    return { kind: "include", path: path.text, span: this.spanFrom(t.span) };
  }
  header() {
    const key = this.advance();
    this.consume("(", `Expect '(' after ${key.text}`);
    const value = this.peek();
    if (value.kind !== "string") throw this.error(value, `Expect a string in ${key.text}(...)`);
    this.advance();
    this.consume(")", "Expect ')' after the string");
    this.consume(";", `Expect ';' after ${key.text}(...)`);
    return {
      kind: "header",
      key: key.text,
      value: value.text,
      span: this.spanFrom(key.span)
    };
  }
  structExtension() {
    const start = this.advance().span;
    const name = this.advance().text;
    this.consume("{", "Expect '{' after struct name");
    const fields = [];
    while (!this.check("}") && !this.atEnd()) {
      const type = this.typeRef();
      const id = this.consumeIdent("Expect a member name");
      this.consume(";", "Expect ';' after struct member");
      fields.push({ type, name: id.text, span: id.span });
    }
    this.consume("}", "Expect '}' after struct members");
    this.consume(";", "Expect ';' after struct definition");
    return { kind: "struct", name, fields, span: this.spanFrom(start) };
  }
  functionDef() {
    const comment = this.commentBefore(this.peek().span.start);
    const startTok = this.peek();
    while (this.peek().kind === "ident" && SPECIFIERS.has(this.peek().text)) this.advance();
    if (!this.isTypeStart()) {
      throw this.error(this.peek(), "Expect a function definition, #include or POLICY_* header");
    }
    const ret = this.typeRef();
    const nameTok = this.consumeIdent("Expect a function name");
    this.consume("(", "Expect '(' after function name");
    const params = [];
    if (!this.check(")")) {
      if (this.check("void") && this.peek(1).text === ")") {
        this.advance();
      } else {
        do {
          const type = this.typeRef();
          const id = this.consumeIdent("Expect a parameter name");
          params.push({ type, name: id.text, span: id.span });
        } while (this.match(","));
      }
    }
    this.consume(")", "Expect ')' after parameters");
    const attributes = [];
    while (this.peek().kind === "ident" && ATTRIBUTES.has(this.peek().text)) {
      const at = this.advance();
      this.consume("(", `Expect '(' after ${at.text}`);
      const args = [];
      if (!this.check(")")) {
        do
          args.push(this.assignment());
        while (this.match(","));
      }
      this.consume(")", `Expect ')' after ${at.text} arguments`);
      attributes.push({ name: at.text, args, span: this.spanFrom(at.span) });
    }
    const base = {
      kind: "function",
      name: nameTok.text,
      ret,
      params,
      attributes,
      nameSpan: nameTok.span,
      ...comment !== void 0 ? { comment } : {}
    };
    if (this.match(";")) return { ...base, span: this.spanFrom(startTok.span) };
    if (!this.check("{")) throw this.error(this.peek(), "Expect '{' or ';' after the declarator");
    const body = this.block();
    return { ...base, body, span: this.spanFrom(startTok.span) };
  }
  /** The nearest block comment ending before offset, with only blank space between. */
  commentBefore(offset) {
    let found;
    while (this.commentIdx < this.comments.length && this.comments[this.commentIdx].span.end <= offset) {
      found = this.comments[this.commentIdx++];
    }
    if (!found?.text.startsWith("/*")) return void 0;
    const prevEnd = this.pos > 0 ? this.previous().span.end : 0;
    return found.span.start >= prevEnd ? found.text : void 0;
  }
  // --- types -------------------------------------------------------------------------------
  isTypeStart(ahead = 0) {
    const t = this.peek(ahead);
    return t.kind === "ident" && TYPE_WORDS.has(t.text);
  }
  typeRef() {
    const start = this.peek().span;
    while (this.match("const", "volatile")) {
    }
    let base;
    if (this.match("struct")) {
      base = `struct ${this.consumeIdent("Expect a struct name after 'struct'").text}`;
    } else if (this.match("unsigned", "signed")) {
      const sign = this.previous().text;
      if (this.match("long")) {
        this.match("long");
        this.match("int");
        base = sign === "unsigned" ? "unsigned long" : "long";
      } else if (this.match("int")) {
        base = sign === "unsigned" ? "unsigned int" : "int";
      } else {
        base = sign === "unsigned" ? "unsigned int" : "int";
      }
    } else if (this.match("long")) {
      this.match("long");
      this.match("int");
      base = "long";
    } else if (this.isTypeStart()) {
      base = this.advance().text;
    } else {
      throw this.error(this.peek(), "Expect a type");
    }
    while (this.match("const", "volatile")) {
    }
    let stars = 0;
    while (this.match("*")) {
      stars++;
      while (this.match("const", "volatile")) {
      }
    }
    return { base, stars, span: this.spanFrom(start) };
  }
  // --- statements --------------------------------------------------------------------------
  block() {
    const start = this.consume("{", "Expect '{'").span;
    const body = [];
    while (!this.check("}") && !this.atEnd()) {
      try {
        body.push(...this.declarationOrStatement());
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        this.synchronizeStatement();
      }
    }
    this.consume("}", "Expect '}' to close the block");
    return { kind: "block", body, span: this.spanFrom(start) };
  }
  declarationOrStatement() {
    if (this.isTypeStart() || this.peek().kind === "ident" && SPECIFIERS.has(this.peek().text)) {
      return this.declaration();
    }
    return [this.statement()];
  }
  /** `T a = x, *b = NULL;` or `struct rmap_walk_control rwc = { .f = v, ... };` */
  declaration() {
    while (this.peek().kind === "ident" && SPECIFIERS.has(this.peek().text)) this.advance();
    const first = this.typeRef();
    const out = [];
    let type = first;
    for (; ; ) {
      const id = this.consumeIdent("Expect a variable name");
      let init;
      let fields;
      if (this.match("=")) {
        if (this.check("{")) fields = this.initializer();
        else init = this.assignment();
      }
      out.push({
        kind: "decl",
        type,
        name: id.text,
        ...init ? { init } : {},
        ...fields ? { fields } : {},
        span: this.spanFrom(id.span)
      });
      if (!this.match(",")) break;
      let stars = 0;
      while (this.match("*")) stars++;
      type = { base: first.base, stars, span: first.span };
    }
    this.consume(";", "Expect ';' after declaration");
    return out;
  }
  initializer() {
    this.consume("{", "Expect '{'");
    const fields = [];
    while (!this.check("}")) {
      const dot = this.consume(".", "Expect '.field = value' in a struct initialiser");
      const name = this.consumeIdent("Expect a field name after '.'");
      this.consume("=", "Expect '=' after the field name");
      const value = this.assignment();
      fields.push({ field: name.text, value, span: this.spanFrom(dot.span) });
      if (!this.match(",")) break;
    }
    this.consume("}", "Expect '}' after the initialiser");
    return fields;
  }
  statement() {
    const t = this.peek();
    if (t.kind === "ident") {
      switch (t.text) {
        case "if":
          return this.ifStatement();
        case "while":
          return this.whileStatement();
        case "do":
          return this.doStatement();
        case "for":
          return this.forStatement();
        case "return": {
          this.advance();
          const value = this.check(";") ? void 0 : this.expression();
          this.consume(";", "Expect ';' after return");
          return { kind: "return", ...value ? { value } : {}, span: this.spanFrom(t.span) };
        }
        case "break":
        case "continue":
          this.advance();
          this.consume(";", `Expect ';' after ${t.text}`);
          return { kind: t.text, span: this.spanFrom(t.span) };
        case "goto": {
          this.advance();
          const label = this.consumeIdent("Expect a label after goto");
          this.consume(";", "Expect ';' after goto label");
          return { kind: "goto", label: label.text, span: this.spanFrom(t.span) };
        }
        case "switch":
        case "case":
        case "default":
        case "sizeof":
        case "typedef":
        case "union":
        case "enum":
          throw this.error(t, `'${t.text}' is not part of the policy language`);
      }
      if (this.peek(1).text === ":" && this.peek(1).kind === "punct") {
        this.advance();
        this.advance();
        const body = this.check("}") ? { kind: "empty", span: t.span } : this.statement();
        return { kind: "label", label: t.text, body, span: this.spanFrom(t.span) };
      }
      if (this.options.iterators.has(t.text) && this.peek(1).text === "(") {
        return this.foreachStatement();
      }
    }
    if (this.check("{")) return this.block();
    if (this.match(";")) return { kind: "empty", span: t.span };
    const expr = this.expression();
    this.consume(";", "Expect ';' after expression");
    return { kind: "expr", expr, span: this.spanFrom(t.span) };
  }
  ifStatement() {
    const start = this.advance().span;
    this.consume("(", "Expect '(' after 'if'");
    const test = this.expression();
    this.consume(")", "Expect ')' after the condition");
    const then = this.statement();
    const otherwise = this.match("else") ? this.statement() : void 0;
    return {
      kind: "if",
      test,
      then,
      ...otherwise ? { otherwise } : {},
      span: this.spanFrom(start)
    };
  }
  whileStatement() {
    const start = this.advance().span;
    this.consume("(", "Expect '(' after 'while'");
    const test = this.expression();
    this.consume(")", "Expect ')' after the condition");
    return { kind: "while", test, body: this.statement(), span: this.spanFrom(start) };
  }
  doStatement() {
    const start = this.advance().span;
    const body = this.statement();
    this.consume("while", "Expect 'while' after the do body");
    this.consume("(", "Expect '(' after 'while'");
    const test = this.expression();
    this.consume(")", "Expect ')' after the condition");
    this.consume(";", "Expect ';' after do-while");
    return { kind: "do", body, test, span: this.spanFrom(start) };
  }
  forStatement() {
    const start = this.advance().span;
    this.consume("(", "Expect '(' after 'for'");
    let init;
    if (this.match(";")) {
      init = void 0;
    } else if (this.isTypeStart()) {
      const decls = this.declaration();
      init = decls.length === 1 ? decls[0] : { kind: "block", body: decls, span: decls[0].span };
    } else {
      const e = this.expression();
      this.consume(";", "Expect ';' after the loop initialiser");
      init = { kind: "expr", expr: e, span: e.span };
    }
    const test = this.check(";") ? void 0 : this.expression();
    this.consume(";", "Expect ';' after the loop condition");
    const update = this.check(")") ? void 0 : this.expression();
    this.consume(")", "Expect ')' after the for clauses");
    const body = this.statement();
    return {
      kind: "for",
      ...init ? { init } : {},
      ...test ? { test } : {},
      ...update ? { update } : {},
      body,
      span: this.spanFrom(start)
    };
  }
  foreachStatement() {
    const macro = this.advance();
    this.consume("(", `Expect '(' after ${macro.text}`);
    const args = [];
    if (!this.check(")")) {
      do
        args.push(this.assignment());
      while (this.match(","));
    }
    this.consume(")", `Expect ')' after ${macro.text} arguments`);
    const body = this.statement();
    return { kind: "foreach", macro: macro.text, args, body, span: this.spanFrom(macro.span) };
  }
  // --- expressions -------------------------------------------------------------------------
  /** expression: assignment ( "," assignment )* — arguments and initialisers use assignment(). */
  expression() {
    let e = this.assignment();
    while (this.match(",")) {
      const right = this.assignment();
      e = { kind: "comma", left: e, right, span: joinSpan(e.span, right.span) };
    }
    return e;
  }
  assignment() {
    const target = this.conditional();
    const t = this.peek();
    if (t.kind === "punct" && (t.text === "=" || t.text in COMPOUND)) {
      this.advance();
      const value = this.assignment();
      if (!isLvalue(target)) {
        this.diags.push(error("bad-assign", "Invalid assignment target", target.span));
      }
      const op = t.text === "=" ? "=" : COMPOUND[t.text];
      return { kind: "assign", op, target, value, span: joinSpan(target.span, value.span) };
    }
    return target;
  }
  conditional() {
    const test = this.logicalOr();
    if (this.match("?")) {
      const then = this.expression();
      this.consume(":", "Expect ':' in a conditional expression");
      const otherwise = this.conditional();
      return { kind: "cond", test, then, otherwise, span: joinSpan(test.span, otherwise.span) };
    }
    return test;
  }
  logicalOr() {
    let left = this.logicalAnd();
    while (this.match("||")) {
      const right = this.logicalAnd();
      left = { kind: "logical", op: "||", left, right, span: joinSpan(left.span, right.span) };
    }
    return left;
  }
  logicalAnd() {
    let left = this.binaryLevel(0);
    while (this.match("&&")) {
      const right = this.binaryLevel(0);
      left = { kind: "logical", op: "&&", left, right, span: joinSpan(left.span, right.span) };
    }
    return left;
  }
  /** C's binary precedence ladder, loosest first: | ^ & equality relational shift additive multiplicative. */
  static LEVELS = [
    ["|"],
    ["^"],
    ["&"],
    ["==", "!="],
    ["<", "<=", ">", ">="],
    ["<<", ">>"],
    ["+", "-"],
    ["*", "/", "%"]
  ];
  binaryLevel(level) {
    if (level === _Parser.LEVELS.length) return this.unary();
    let left = this.binaryLevel(level + 1);
    const ops = _Parser.LEVELS[level];
    for (; ; ) {
      const t = this.peek();
      if (t.kind !== "punct" || !ops.includes(t.text)) break;
      this.advance();
      const right = this.binaryLevel(level + 1);
      left = {
        kind: "binary",
        op: t.text,
        left,
        right,
        span: joinSpan(left.span, right.span)
      };
    }
    return left;
  }
  unary() {
    const t = this.peek();
    if (t.kind === "punct") {
      if (t.text === "!" || t.text === "-" || t.text === "~" || t.text === "&" || t.text === "*") {
        this.advance();
        const operand = this.unary();
        return { kind: "unary", op: t.text, operand, span: joinSpan(t.span, operand.span) };
      }
      if (t.text === "+") {
        this.advance();
        return this.unary();
      }
      if (t.text === "++" || t.text === "--") {
        this.advance();
        const target = this.unary();
        if (!isLvalue(target)) {
          this.diags.push(error("bad-assign", `Invalid operand of ${t.text}`, target.span));
        }
        return {
          kind: "incdec",
          op: t.text,
          prefix: true,
          target,
          span: joinSpan(t.span, target.span)
        };
      }
      if (t.text === "(" && this.isTypeStart(1)) {
        this.advance();
        const type = this.typeRef();
        this.consume(")", "Expect ')' after the cast type");
        const operand = this.unary();
        return { kind: "cast", type, operand, span: joinSpan(t.span, operand.span) };
      }
    }
    return this.postfix();
  }
  postfix() {
    let e = this.primary();
    for (; ; ) {
      if (this.match("(")) {
        const args = [];
        if (!this.check(")")) {
          do
            args.push(this.assignment());
          while (this.match(","));
        }
        this.consume(")", "Expect ')' after arguments");
        e = { kind: "call", callee: e, args, span: this.spanFrom(e.span) };
      } else if (this.match("->", ".")) {
        const arrow = this.previous().text === "->";
        const f2 = this.consumeIdent(`Expect a field name after '${arrow ? "->" : "."}'`);
        e = {
          kind: "member",
          object: e,
          field: f2.text,
          arrow,
          fieldSpan: f2.span,
          span: this.spanFrom(e.span)
        };
      } else if (this.check("++") || this.check("--")) {
        const op = this.advance().text;
        if (!isLvalue(e)) this.diags.push(error("bad-assign", `Invalid operand of ${op}`, e.span));
        e = { kind: "incdec", op, prefix: false, target: e, span: this.spanFrom(e.span) };
      } else if (this.check("[")) {
        throw this.error(this.peek(), "Arrays are not part of the policy language");
      } else {
        return e;
      }
    }
  }
  primary() {
    const t = this.peek();
    if (t.kind === "number") {
      this.advance();
      const digits = t.text.replace(/[uUlL]+$/, "");
      const value = Number.parseInt(
        digits,
        digits.startsWith("0x") || digits.startsWith("0X") ? 16 : 10
      );
      if (!Number.isSafeInteger(value) || value > 4294967295) {
        this.diags.push(
          error("bad-number", `integer ${t.text} does not fit the model's 32-bit words`, t.span)
        );
      }
      return { kind: "int", value: value | 0, span: t.span };
    }
    if (t.kind === "ident") {
      if (t.text === "true" || t.text === "false") {
        this.advance();
        return { kind: "bool", value: t.text === "true", span: t.span };
      }
      if (t.text === "NULL") {
        this.advance();
        return { kind: "null", span: t.span };
      }
      if (!KEYWORDS.has(t.text) && !TYPE_WORDS.has(t.text)) {
        this.advance();
        return { kind: "name", name: t.text, span: t.span };
      }
    }
    if (this.match("(")) {
      const e = this.expression();
      this.consume(")", "Expect ')' after expression");
      return e;
    }
    if (t.kind === "string") throw this.error(t, "Strings may only appear in POLICY_* headers");
    throw this.error(t, "Expect an expression");
  }
  // --- recovery ----------------------------------------------------------------------------
  /** Skip to just past the next ';' or to a '}' / statement keyword. */
  synchronizeStatement() {
    while (!this.atEnd()) {
      if (this.match(";")) return;
      if (this.check("}")) return;
      const t = this.peek();
      if (t.kind === "ident" && ["if", "while", "for", "do", "return", "goto"].includes(t.text)) {
        return;
      }
      if (this.check("{")) {
        this.skipBalanced();
        return;
      }
      this.advance();
    }
  }
  /** Skip to the next top-level item: past a balanced body or the next ';' at depth 0. */
  synchronizeItem() {
    let depth = 0;
    while (!this.atEnd()) {
      const t = this.advance();
      if (t.text === "{") depth++;
      else if (t.text === "}") {
        depth--;
        if (depth <= 0) {
          this.match(";");
          return;
        }
      } else if (t.text === ";" && depth === 0) return;
      const n = this.peek();
      if (depth === 0 && n.span.col === 1 && (n.kind === "directive" || this.isTypeStart() || SPECIFIERS.has(n.text))) {
        return;
      }
    }
  }
  skipBalanced() {
    let depth = 0;
    do {
      const t = this.advance();
      if (t.text === "{") depth++;
      else if (t.text === "}") depth--;
    } while (depth > 0 && !this.atEnd());
  }
};
function isLvalue(e) {
  return e.kind === "name" || e.kind === "member" || e.kind === "unary" && e.op === "*";
}
function joinSpan(a, b) {
  return { ...a, end: Math.max(a.end, b.end) };
}

// src/lang/program.ts
var ITERATOR_NAMES = new Set(MODEL.iterators.keys());
function dirname(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}
function resolvePath(from, rel) {
  const parts = (rel.startsWith("/") ? rel : dirname(from) + rel).split("/");
  const out = [];
  for (const p of parts) {
    if (p === "." || p === "" && out.length > 0) continue;
    if (p === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(p);
  }
  return out.join("/");
}
function loadPolicy(root, read, diags) {
  const rootText = read(root);
  if (rootText === void 0) return void 0;
  const files = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  const loadedCache = /* @__PURE__ */ new Map();
  const load = (path, text, stack) => {
    const cached = loadedCache.get(path);
    if (cached) return cached;
    const sf = parse(path, text, diags, { iterators: ITERATOR_NAMES });
    files.set(path, sf);
    sources.set(path, text);
    const inherited2 = { functions: /* @__PURE__ */ new Map(), prototypes: [], structs: [] };
    for (const item of sf.items) {
      if (item.kind !== "include") continue;
      const target = resolvePath(path, item.path);
      if (stack.includes(target)) {
        const cycle = [...stack.slice(stack.indexOf(target)), target].join(" -> ");
        diags.push(error("include-cycle", `#include cycle: ${cycle}`, item.span));
        continue;
      }
      const t = read(target);
      if (t === void 0) {
        diags.push(
          error(
            "include-not-found",
            `cannot find '${item.path}' (looked for ${target})`,
            item.span
          )
        );
        continue;
      }
      const sub = load(target, t, [...stack, target]);
      for (const [k, v] of sub.functions) inherited2.functions.set(k, v);
      inherited2.prototypes.push(...sub.prototypes);
      inherited2.structs.push(...sub.structs);
    }
    const own = /* @__PURE__ */ new Map();
    for (const item of sf.items) {
      if (item.kind === "function") {
        if (!item.body) {
          inherited2.prototypes.push({ def: item, file: path });
          continue;
        }
        const prev = own.get(item.name);
        if (prev) {
          diags.push({
            ...error(
              "duplicate-definition",
              `redefinition of '${item.name}' in the same file`,
              item.nameSpan
            ),
            related: [
              { message: `previous definition of '${item.name}' is here`, span: prev.def.nameSpan }
            ]
          });
          continue;
        }
        own.set(item.name, { def: item, file: path });
      } else if (item.kind === "struct") {
        inherited2.structs.push({ ext: item, file: path });
      }
    }
    const functions = new Map(inherited2.functions);
    for (const [k, v] of own) {
      functions.delete(k);
      functions.set(k, v);
    }
    const result = { functions, prototypes: inherited2.prototypes, structs: inherited2.structs };
    loadedCache.set(path, result);
    return result;
  };
  const merged = load(root, rootText, [root]);
  const rootFile = files.get(root);
  const header = readHeader(rootFile, diags);
  for (const [path, sf] of files) if (path !== root) readHeader(sf, diags);
  const defined = [];
  const inherited = [];
  const overrides = [];
  const fromIncludes = /* @__PURE__ */ new Map();
  for (const item of rootFile.items) {
    if (item.kind !== "include") continue;
    const sub = loadedCache.get(resolvePath(root, item.path));
    if (sub) for (const [k, v] of sub.functions) fromIncludes.set(k, v);
  }
  for (const [name, fn] of merged.functions) {
    const base = fromIncludes.get(name);
    if (fn.file === root) {
      if (base) overrides.push({ name, by: fn.def.nameSpan, replaces: base.def.nameSpan });
      else defined.push(name);
    } else {
      inherited.push(name);
    }
  }
  return {
    file: root,
    header,
    files,
    sources,
    functions: merged.functions,
    prototypes: merged.prototypes,
    structs: merged.structs,
    defined,
    inherited,
    overrides
  };
}
function readHeader(sf, diags) {
  const items = sf.items.filter((i) => i.kind === "header");
  const one = (key) => {
    const found = items.filter((i) => i.key === key);
    for (const dup of found.slice(1)) {
      diags.push(error("header", `${key} given twice`, dup.span));
    }
    return found[0]?.value;
  };
  const name = one("POLICY_NAME");
  const description = one("POLICY_DESCRIPTION");
  const sources = items.filter((i) => i.key === "POLICY_SOURCE").map((i) => i.value);
  const at = { file: sf.file, line: 1, col: 1, start: 0, end: 0 };
  const missing = [
    name === void 0 ? "POLICY_NAME" : "",
    description === void 0 ? "POLICY_DESCRIPTION" : "",
    sources.length === 0 ? "POLICY_SOURCE" : ""
  ].filter(Boolean);
  if (missing.length > 0) {
    diags.push(
      error(
        "header",
        `policy header incomplete: add ${missing.map((m) => `${m}("...")`).join(", ")} (name, summary, provenance)`,
        at
      )
    );
  }
  return { name: name ?? sf.file, description: description ?? "", sources };
}

// src/lang/ir.ts
function formatLoc(p, loc) {
  return `${p.files[loc.file]}:${loc.line}`;
}
function dumpFunction(p, f2) {
  const reg = (r) => r < 0 ? "_" : f2.localNames[r] ? `%${f2.localNames[r]}` : `r${r}`;
  const lines = [`${f2.name}(${f2.localNames.slice(0, f2.nparams).join(", ")}) regs=${f2.nregs}`];
  f2.code.forEach((ins, pc) => {
    let text;
    switch (ins.op) {
      case "const":
        text = `${reg(ins.dst)} = ${ins.value}`;
        break;
      case "mov":
        text = `${reg(ins.dst)} = ${reg(ins.src)}`;
        break;
      case "un":
        text = `${reg(ins.dst)} = ${ins.fn}${reg(ins.src)}`;
        break;
      case "bin":
        text = `${reg(ins.dst)} = ${reg(ins.a)} ${ins.fn} ${reg(ins.b)}`;
        break;
      case "ptradd":
        text = `${reg(ins.dst)} = ${reg(ins.ptr)} + ${reg(ins.n)} entries`;
        break;
      case "jmp":
        text = `jmp ${ins.target}`;
        break;
      case "br":
        text = `br ${reg(ins.cond)} ${ins.ifZero ? "== 0" : "!= 0"} -> ${ins.target}`;
        break;
      case "load":
        text = `${reg(ins.dst)} = ${ins.marked ? "READ_ONCE " : ""}${reg(ins.obj)}->${ins.field}`;
        break;
      case "store":
        text = `${ins.marked ? "WRITE_ONCE " : ""}${reg(ins.obj)}->${ins.field} = ${reg(ins.src)}`;
        break;
      case "lload":
        text = `${reg(ins.dst)} = ${reg(ins.obj)}.${ins.field}`;
        break;
      case "lstore":
        text = `${reg(ins.obj)}.${ins.field} = ${reg(ins.src)}`;
        break;
      case "addr":
        text = `${reg(ins.dst)} = &${reg(ins.obj)}->${ins.field}`;
        break;
      case "alloca":
        text = `${reg(ins.dst)} = alloca ${ins.struct ?? "cell"}`;
        break;
      case "deref":
        text = `${reg(ins.dst)} = *${reg(ins.ptr)}`;
        break;
      case "store_ind":
        text = `*${reg(ins.ptr)} = ${reg(ins.src)}`;
        break;
      case "fnref":
        text = `${reg(ins.dst)} = &${p.functions[ins.fn].name}`;
        break;
      case "global":
        text = `${reg(ins.dst)} = ${ins.name}`;
        break;
      case "call":
        text = `${reg(ins.dst)} = call ${p.functions[ins.fn].name}(${ins.args.map(reg).join(", ")})`;
        break;
      case "icall":
        text = `${reg(ins.dst)} = call *${reg(ins.target)}(${ins.args.map(reg).join(", ")})`;
        break;
      case "builtin":
        text = `${reg(ins.dst)} = ${p.builtins[ins.id].proto.name}(${ins.args.map(reg).join(", ")})`;
        break;
      case "list_next":
        text = `${reg(ins.dst)} = list_${ins.reverse ? "prev" : "next"}(${reg(ins.head)}, ${reg(ins.pos)})`;
        break;
      case "ret":
        text = `ret ${reg(ins.src)}`;
        break;
    }
    const loc = f2.locs[pc];
    lines.push(
      `${String(pc).padStart(4)}${f2.steps[pc] ? " *" : "  "} ${text.padEnd(48)} ; ${formatLoc(p, loc)}`
    );
  });
  return lines.join("\n");
}

// src/lang/index.ts
function frontEnd(file, read) {
  const diags = [];
  const policy = loadPolicy(file, read, diags);
  if (!policy) {
    return {
      file,
      diagnostics: [
        {
          severity: "error",
          code: "not-found",
          message: `cannot read policy '${file}'`,
          span: { file, line: 1, col: 1, start: 0, end: 0 }
        }
      ]
    };
  }
  if (hasErrors(diags)) return { file, policy, diagnostics: sortDiagnostics(diags) };
  const checked = check(policy, diags);
  if (hasErrors(diags)) return { file, policy, checked, diagnostics: sortDiagnostics(diags) };
  const ir = compile(checked);
  return { file, policy, checked, ir, diagnostics: sortDiagnostics(diags) };
}

// src/policy-files.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
var UsageError = class extends Error {
};
function resolveFrom(cwd, p) {
  return p.startsWith("/") ? p : `${cwd}/${p}`;
}
function fileReader(cwd) {
  return (path) => {
    try {
      return readFileSync(resolveFrom(cwd, path), "utf8");
    } catch {
      return void 0;
    }
  };
}
function expandPolicies(patterns, cwd) {
  const out = /* @__PURE__ */ new Set();
  for (const p of patterns) {
    if (/[*?[]/.test(p)) {
      const re = globToRegExp(p);
      const base = p.slice(0, p.search(/[*?[]/)).replace(/\/?[^/]*$/, "") || ".";
      const found = walk(base, cwd).filter((f2) => re.test(f2));
      if (found.length === 0) throw new UsageError(`no policy matches '${p}'`);
      for (const f2 of found) out.add(f2);
      continue;
    }
    let st;
    try {
      st = statSync(resolveFrom(cwd, p));
    } catch {
      st = void 0;
    }
    if (st?.isDirectory()) {
      const found = walk(p.replace(/\/$/, ""), cwd).filter((f2) => f2.endsWith(".policy"));
      if (found.length === 0) throw new UsageError(`no *.policy files under '${p}'`);
      for (const f2 of found) out.add(f2);
    } else {
      out.add(p);
    }
  }
  return [...out].sort();
}
function walk(dir, cwd) {
  const out = [];
  let entries;
  try {
    entries = readdirSync(resolveFrom(cwd, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = dir === "." ? e.name : `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && !e.name.startsWith(".")) out.push(...walk(p, cwd));
    } else {
      out.push(p);
    }
  }
  return out;
}
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c2 = glob[i];
    if (c2 === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c2 === "*") re += "[^/]*";
    else if (c2 === "?") re += "[^/]";
    else re += c2.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${re.replace(/^\.\//, "")}$`);
}

// src/report/schema.ts
var SCHEMA_VERSION = 1;

// src/report/check.ts
function toJsonDiagnostic(d) {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    file: d.span.file,
    line: d.span.line,
    col: d.span.col
  };
}
function summarize(r) {
  const p = r.policy;
  const ok = !r.diagnostics.some((d) => d.severity === "error");
  const where = (s) => `${s.file}:${s.line}`;
  return {
    file: r.file,
    name: p?.header.name ?? r.file,
    description: p?.header.description ?? "",
    sources: p?.header.sources ?? [],
    includes: p ? [...p.files.keys()].filter((f2) => f2 !== r.file) : [],
    defines: p ? [...p.defined] : [],
    overrides: p ? p.overrides.map((o) => ({ name: o.name, at: where(o.by), replaces: where(o.replaces) })) : [],
    inherits: p ? [...p.inherited] : [],
    functions: p?.functions.size ?? 0,
    steps: r.ir ? r.ir.functions.reduce((n, f2) => n + f2.steps.filter(Boolean).length, 0) : 0,
    ok,
    diagnostics: r.diagnostics.map(toJsonDiagnostic)
  };
}
function checkReport(results) {
  const policies = results.map(summarize);
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: "check",
    ok: policies.every((p) => p.ok),
    policies
  };
}
function formatCheckText(report) {
  const out = [];
  for (const p of report.policies) {
    out.push(
      `${p.file}: ${p.ok ? "ok" : "FAILED"}  ${p.name}${p.description ? ` \u2014 ${p.description}` : ""}`
    );
    for (const s of p.sources) out.push(`  source:    ${s}`);
    if (p.includes.length) out.push(`  includes:  ${p.includes.join(", ")}`);
    if (!p.ok) continue;
    out.push(`  functions: ${p.functions} (${p.steps} scheduling points)`);
    out.push(list("defines", p.defines));
    out.push(
      list(
        "overrides",
        p.overrides.map((o) => `${o.name} (${o.at}, replaces ${o.replaces})`)
      )
    );
    if (p.inherits.length) out.push(list("inherits", p.inherits));
  }
  return out.join("\n");
}
function list(label, items) {
  const head = `  ${`${label}:`.padEnd(11)}${items.length}`;
  if (items.length === 0) return head;
  return `${head}
${items.map((i) => `    ${i}`).join("\n")}`;
}

// src/workload/errors.ts
function formatInputDiagnostic(d) {
  return `${d.file}:${d.line}: ${d.message}`;
}
var InputError = class extends Error {
  constructor(diagnostics) {
    super(diagnostics.map(formatInputDiagnostic).join("\n"));
    this.diagnostics = diagnostics;
  }
  diagnostics;
  name = "InputError";
};

// src/main.ts
var EXIT_OK = 0;
var EXIT_BAD_INPUT = 2;
var USAGE = `usage: lockbench <command> [options]

commands:
  check [POLICY|DIR]...   parse and type-check policies; list what each defines and overrides
  run                     simulate the workload matrix (not built yet)
  verify                  explore interleavings of small scenarios (not built yet)
  ci                      what the Action does, locally from a git diff (not built yet)

shared options:
  --policy P      a policy file (repeatable)
  --workload W    a workload (repeatable)
  --machine M     a machine (repeatable)
  --seeds N       seeds per cell
  --json F        write versioned JSON results to F ('-' for stdout)

check options:
  --ir            print the compiled IR of every function

exit status: 0 fine, 1 a verdict failed, 2 bad input`;
async function main(argv, io) {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "check":
        return check2(rest, io);
      case "run":
      case "verify":
      case "ci":
        io.err(`lockbench ${command}: not built yet; this version provides 'check' only.`);
        return EXIT_BAD_INPUT;
      case void 0:
      case "help":
      case "-h":
      case "--help":
        io.out(USAGE);
        return command === void 0 ? EXIT_BAD_INPUT : EXIT_OK;
      default:
        throw new UsageError(`unknown command '${command}'

${USAGE}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`lockbench: ${e.message}`);
    } else if (e instanceof InputError) {
      io.err(e.message);
    } else {
      const msg = e instanceof Error ? e.message : String(e);
      io.err(`lockbench: internal error: ${msg}`);
      if (process.env.LOCKBENCH_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    }
    return EXIT_BAD_INPUT;
  }
}
var OPTIONS = {
  policy: { type: "string", multiple: true },
  workload: { type: "string", multiple: true },
  machine: { type: "string", multiple: true },
  seeds: { type: "string" },
  json: { type: "string" },
  ir: { type: "boolean" }
};
function parse2(args) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}
function check2(args, io) {
  const { values, positionals } = parse2(args);
  const patterns = [...values.policy ?? [], ...positionals];
  if (patterns.length === 0) patterns.push("policies");
  const files = expandPolicies(patterns, io.cwd);
  const read = fileReader(io.cwd);
  const results = files.map((f2) => frontEnd(f2, read));
  const seen = /* @__PURE__ */ new Set();
  const sources = /* @__PURE__ */ new Map();
  for (const r of results) for (const [k, v] of r.policy?.sources ?? []) sources.set(k, v);
  for (const r of results) {
    for (const d of r.diagnostics) {
      const key = `${d.span.file}:${d.span.start}:${d.code}:${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      io.err(formatDiagnostic(d, sources));
    }
  }
  const report = checkReport(results);
  if (values.json) writeJson(values.json, report, io);
  if (values.json !== "-") io.out(formatCheckText(report));
  if (values.ir) {
    for (const r of results) {
      if (!r.ir) continue;
      for (const f2 of r.ir.functions) io.out(dumpFunction(r.ir, f2));
    }
  }
  return report.ok ? EXIT_OK : EXIT_BAD_INPUT;
}
function writeJson(dest, doc, io) {
  const text = `${JSON.stringify(doc, null, 2)}
`;
  if (dest === "-") io.out(text.trimEnd());
  else writeFileSync(resolveFrom(io.cwd, dest), text);
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}
`),
  err: (t) => process.stderr.write(`${t}
`),
  cwd: process.cwd()
});
