/*
 * The world executes kernel primitives as the kernel does: an rmap walk over
 * the anon_vma interval tree finds every VMA mapping a folio and clears the
 * young bits it finds; freed page tables and recycled anon_vmas are caught as
 * bad accesses; tree and list updates are seen by walkers.
 */
import { describe, expect, it } from "vitest";
import { frontEnd } from "../../src/lang/index.ts";
import type { IRProgram } from "../../src/lang/ir.ts";
import { Thread } from "../../src/sim/interp.ts";
import { SequentialError, SequentialRunner } from "../../src/sim/sequential.ts";
import { NULL_OBSERVER, type Observer, PTE_YOUNG, type World } from "../../src/sim/world.ts";

const HEADER = 'POLICY_NAME("t");\nPOLICY_DESCRIPTION("t");\nPOLICY_SOURCE("test");\n';

function compile(body: string): IRProgram {
  const r = frontEnd("t.policy", (p) => (p === "t.policy" ? HEADER + body : undefined));
  if (!r.ir) throw new Error(r.diagnostics.map((d) => `${d.span.line}: ${d.message}`).join("\n"));
  return r.ir;
}

const POLICY = `
static void link(struct vm_area_struct *vma, struct anon_vma_chain *avc, struct anon_vma *anon_vma)
{
	avc->vma = vma;
	avc->anon_vma = anon_vma;
	list_add(&avc->same_vma, &vma->anon_vma_chain);
	anon_vma_interval_tree_insert(avc, &anon_vma->rb_root);
}

/* The rmap walk of folio_referenced, minus the callbacks. */
int count_young(struct folio *folio)
{
	struct anon_vma *anon_vma = folio_anon_vma(folio);
	struct anon_vma_chain *avc;
	pgoff_t pgoff = folio_pgoff(folio);
	int referenced = 0;

	down_read(&anon_vma->root->rwsem);
	anon_vma_interval_tree_foreach(avc, &anon_vma->rb_root, pgoff, pgoff) {
		struct vm_area_struct *vma = avc->vma;
		unsigned long address = vma->vm_start + ((pgoff - vma->vm_pgoff) << PAGE_SHIFT);
		pmd_t *pmd = mm_find_pmd(vma->vm_mm, address);
		pmd_t pmdval;
		spinlock_t *ptl;
		pte_t *pte;

		if (!pmd)
			continue;
		pte = __pte_offset_map(pmd, address, &pmdval);
		if (!pte)
			continue;
		ptl = pte_lockptr(vma->vm_mm, &pmdval);
		spin_lock(ptl);
		if (vm_normal_folio(vma, address, ptep_get(pte)) == folio &&
		    ptep_clear_flush_young_notify(vma, address, pte))
			referenced++;
		spin_unlock(ptl);
		pte_unmap(pte);
	}
	up_read(&anon_vma->root->rwsem);
	return referenced;
}

int vmas_of(struct vm_area_struct *vma)
{
	struct anon_vma_chain *avc;
	int n = 0;

	list_for_each_entry(avc, &vma->anon_vma_chain, same_vma)
		n++;
	return n;
}

void unmap_tables(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	free_pgd_range(mm, start, end);
}

int put(struct anon_vma *anon_vma)
{
	if (atomic_dec_and_test(&anon_vma->refcount)) {
		kmem_cache_free(anon_vma_cachep, anon_vma);
		return 1;
	}
	return 0;
}

int touch(struct anon_vma *anon_vma)
{
	return atomic_read(&anon_vma->refcount);
}

/* move_present_ptes-style batching: step through consecutive entries of one table. */
int present_run(struct mm_struct *mm, unsigned long addr, int max)
{
	pmd_t pmdval;
	pte_t *pte = __pte_offset_map(mm_find_pmd(mm, addr), addr, &pmdval);
	pte_t *start = pte;
	int n = 0;

	while (n < max && pte_present(ptep_get(pte))) {
		pte++;
		n++;
	}
	pte = pte - n;
	return pte == start ? n : -1;
}

/* Two mms' VMAs write-locked; vma_end_write_all of one releases only its own. */
void end_one(struct mm_struct *a, struct vm_area_struct *va, struct vm_area_struct *vb)
{
	vma_start_write(va);
	vma_start_write(vb);
	vma_end_write_all(a);
}

int lock_twice(struct folio *folio)
{
	folio_lock(folio);
	folio_lock(folio);
	return 0;
}
`;

const START = 0x100000;
const SETUP = new Thread(0, "setup");

/** A parent and a forked child both mapping one folio at START, as after fork(). */
function forkFamily(w: World, r: SequentialRunner) {
  const h = w.heap;
  const set = (o: number, s: string, f: string, v: number) =>
    h.store(o, h.field(w.typeId(s), f), v);
  const av = w.allocObject("anon_vma");
  set(av, "anon_vma", "root", av);
  h.store(h.load(av, h.field(w.typeId("anon_vma"), "refcount")), 0, 1);
  const folio = w.allocObject("folio");
  const vmas: number[] = [];
  const mms: number[] = [];
  const tables: number[] = [];
  for (let i = 0; i < 2; i++) {
    const mm = w.allocObject("mm_struct");
    const vma = w.allocObject("vm_area_struct");
    set(vma, "vm_area_struct", "vm_mm", mm);
    set(vma, "vm_area_struct", "vm_start", START);
    set(vma, "vm_area_struct", "vm_end", START + 16 * 4096);
    set(vma, "vm_area_struct", "vm_pgoff", START >>> 12);
    set(vma, "vm_area_struct", "anon_vma", av);
    r.call("link", vma, w.allocObject("anon_vma_chain"), av);
    const pt = w.installPteTable(SETUP, mm, START);
    vmas.push(vma);
    mms.push(mm);
    tables.push(pt);
    const slot = w.pteSlot(pt, START);
    w.storeInd(SETUP, slot, w.mkPte(folio, true) | PTE_YOUNG);
  }
  set(folio, "folio", "mapping", av | 1);
  set(folio, "folio", "index", START >>> 12);
  h.store(h.load(folio, h.field(w.typeId("folio"), "_mapcount")), 0, 2);
  return { av, folio, vmas, mms, tables };
}

describe("World", () => {
  it("walks the interval tree to every mapping VMA and clears young bits once", () => {
    const r = new SequentialRunner(compile(POLICY));
    const { folio, vmas, mms } = forkFamily(r.world, r);
    expect(r.call("count_young", folio)).toBe(2);
    expect(r.call("count_young", folio)).toBe(0);
    expect(r.world.peekPte(mms[0]!, START) & PTE_YOUNG).toBe(0);
    expect(r.call("vmas_of", vmas[0]!)).toBe(1);
  });

  it("reports a walk into a freed page table as a bad access", () => {
    const bad: string[] = [];
    const observer: Observer = {
      ...NULL_OBSERVER,
      badAccess: (_t, what, _p, v) => bad.push(`${what}:${v}`),
    };
    const r = new SequentialRunner(compile(POLICY), observer);
    const { folio, mms } = forkFamily(r.world, r);
    const pmdval = r.world.peekPte(mms[0]!, START);
    expect(pmdval).not.toBe(0);
    r.call("unmap_tables", mms[0]!, START, START + (1 << 21));
    expect(r.world.peekPte(mms[0]!, START)).toBe(0);
    // The walk skips the unmapped VMA (its PMD is none) and still finds the child's PTE.
    expect(r.call("count_young", folio)).toBe(1);
    expect(bad).toEqual([]);
  });

  it("tells a recycled anon_vma from the one a stale pointer meant", () => {
    const bad: string[] = [];
    const observer: Observer = {
      ...NULL_OBSERVER,
      badAccess: (_t, what, _p, v) => bad.push(`${what}:${v}`),
    };
    const r = new SequentialRunner(compile(POLICY), observer);
    const { av } = forkFamily(r.world, r);
    expect(r.call("put", av)).toBe(1);
    const fresh = r.world.allocObject("anon_vma"); // SLAB_TYPESAFE_BY_RCU: same slot
    expect(fresh).not.toBe(av);
    r.call("touch", av);
    expect(bad).toEqual(["&anon_vma->refcount:stale"]);
  });

  it("steps a pte_t pointer through a table and reports leaving it", () => {
    const bad: string[] = [];
    const observer: Observer = {
      ...NULL_OBSERVER,
      badAccess: (_t, what, _p, v) => bad.push(`${what}:${v}`),
    };
    const r = new SequentialRunner(compile(POLICY), observer);
    const { folio, mms, tables } = forkFamily(r.world, r);
    const table = tables[0]!;
    // Map two more pages after START in the first mm.
    for (let i = 1; i < 3; i++)
      r.world.storeInd(
        SETUP,
        r.world.pteSlot(table, START + i * 4096),
        r.world.mkPte(folio, false),
      );
    expect(r.call("present_run", mms[0]!, START, 10)).toBe(3);
    // The last entry of a table: one more step leaves it.
    const last = START + 511 * 4096;
    r.world.storeInd(SETUP, r.world.pteSlot(table, last), r.world.mkPte(folio, false));
    r.call("present_run", mms[0]!, last, 2);
    expect(bad).toContain("page-table entry pointer:wild");
  });

  it("releases, for vma_end_write_all(mm), only the VMA write locks of that mm", () => {
    const r = new SequentialRunner(compile(POLICY));
    const { vmas } = forkFamily(r.world, r);
    const [va, vb] = vmas as [number, number];
    const h = r.world.heap;
    const V = r.world.typeId("vm_area_struct");
    const mmOf = (v: number) => h.load(v, h.field(V, "vm_mm"));
    const lockOf = (v: number) => h.load(v, h.field(V, "vm_lock"));
    expect(mmOf(va)).not.toBe(mmOf(vb));
    r.call("end_one", mmOf(va), va, vb);
    expect(r.sched.held.get(lockOf(va))?.writer).toBe(0);
    expect(r.sched.held.get(lockOf(vb))?.writer).not.toBe(0);
  });

  it("refuses to wait for a lock the same sequential thread holds", () => {
    const r = new SequentialRunner(compile(POLICY));
    const { folio } = forkFamily(r.world, r);
    expect(() => r.call("lock_twice", folio)).toThrow(SequentialError);
  });
});
