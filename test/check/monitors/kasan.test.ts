/*
 * KASAN-style use-after-free: a freed anon_vma touched outside RCU (legal
 * inside, SLAB_TYPESAFE_BY_RCU), a freed page table touched even under RCU,
 * double free and NULL.
 */
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../../src/check/format.ts";
import { anonVma, compile, mappedFolio, only, replay, scenario, serial } from "../helpers.ts";

const P = compile(`
void put(struct anon_vma *av, struct mm_struct *mm)
{
	if (atomic_dec_and_test(&av->refcount))
		kmem_cache_free(anon_vma_cachep, av);
}

int peek(struct anon_vma *av, struct mm_struct *mm)
{
	return av->num_children;
}

/* folio_get_anon_vma-style: a lockless reader may try a freed anon_vma under RCU. */
int peek_rcu(struct anon_vma *av, struct mm_struct *mm)
{
	int got;

	rcu_read_lock();
	got = atomic_inc_not_zero(&av->refcount);
	rcu_read_unlock();
	return got;
}

void unmap_tables(struct anon_vma *av, struct mm_struct *mm)
{
	free_pgd_range(mm, 0, 0x400000);
}

/* A lockless page-table walker, as page_vma_mapped_walk without the PTL. */
int touch_pte(struct anon_vma *av, struct mm_struct *mm)
{
	pmd_t pmdval;
	pmd_t *pmd;
	pte_t *pte = NULL;
	int young = 0;

	rcu_read_lock();
	pmd = mm_find_pmd(mm, 0x100000);
	if (pmd)
		pte = __pte_offset_map(pmd, 0x100000, &pmdval);
	if (pte)
		young = pte_young(ptep_get(pte));
	rcu_read_unlock();
	return young;
}

void double_free(struct anon_vma *av, struct mm_struct *mm)
{
	kmem_cache_free(anon_vma_cachep, av);
	kmem_cache_free(anon_vma_cachep, av);
}

int null_deref(struct anon_vma *av, struct mm_struct *mm)
{
	struct anon_vma *none = NULL;

	return none->num_children;
}
`);

function threads(...fns: string[]) {
  return scenario(P, (w) => {
    const av = anonVma(w);
    const { mm } = mappedFolio(w, av);
    return fns.map((fn, i) => ({ name: `T${i + 1}`, fn, args: [av, mm] }));
  });
}

describe("kasan monitor", () => {
  it("reports a freed anon_vma read outside an RCU read section, with who freed it", () => {
    const r = serial(threads("put", "peek"));
    const [f] = only(r, "kasan");
    expect(f!.bug).toBe("slab-use-after-free");
    expect(f!.freed?.name).toBe("T1");
    expect(f!.threads.map((t) => t.name)).toEqual(["T2", "T1"]);
    const text = formatFinding(f!);
    expect(text).toContain("BUG: KASAN: slab-use-after-free in peek");
    expect(text).toContain("Freed by task 1:");
    expect(text).toContain(" put (t.policy:8)");
  });

  it("allows a lockless reader to try a freed anon_vma inside rcu_read_lock (SLAB_TYPESAFE_BY_RCU)", () => {
    const r = serial(threads("put", "peek_rcu"));
    expect(only(r, "kasan")).toEqual([]);
    expect(r.threads[1]!.retval).toBe(0); // the refcount of a freed anon_vma is zero
  });

  it("reports a page table freed between mapping it and using it, even inside an RCU read section", () => {
    const s = threads("touch_pte", "unmap_tables");
    // T1: rcu_read_lock, mm_find_pmd, __pte_offset_map; T2 frees the table; T1 reads the PTE.
    const [f] = only(replay(s, "0x3.1.0x2"), "kasan");
    expect(f!.bug).toBe("use-after-free");
    expect(f!.struct).toBe("ptdesc");
    expect(formatFinding(f!)).toContain("BUG: KASAN: use-after-free in touch_pte");
  });

  it("does not report the walker when the tables are freed before or after it", () => {
    expect(only(serial(threads("touch_pte", "unmap_tables")), "kasan")).toEqual([]);
    expect(only(serial(threads("unmap_tables", "touch_pte")), "kasan")).toEqual([]);
  });

  it("reports a double free and a NULL dereference", () => {
    expect(only(serial(threads("double_free")), "kasan").map((f) => f.bug)).toEqual([
      "double-free",
    ]);
    const n = serial(threads("null_deref"));
    expect(only(n, "kasan").map((f) => f.bug)).toEqual(["null-ptr-deref"]);
    expect(n.outcome.kind).toBe("finding");
  });
});
