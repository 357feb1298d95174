/*
 * KCSAN-style races: conflicting accesses not ordered by a lock, RCU or a
 * fully ordered atomic, at least one plain; and the near-twins that are
 * ordered or marked.
 */
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../../src/check/format.ts";
import { anonVma, compile, only, scenario, serial } from "../helpers.ts";

const P = compile(`
void w_plain(struct folio *folio, struct anon_vma *av)
{
	folio->index = 1;
}

int r_plain(struct folio *folio, struct anon_vma *av)
{
	return folio->index;
}

void w_locked(struct folio *folio, struct anon_vma *av)
{
	folio_lock(folio);
	folio->index = 1;
	folio_unlock(folio);
}

int r_locked(struct folio *folio, struct anon_vma *av)
{
	int i;

	folio_lock(folio);
	i = folio->index;
	folio_unlock(folio);
	return i;
}

void w_once(struct folio *folio, struct anon_vma *av)
{
	WRITE_ONCE(folio->index, 1);
}

int r_once(struct folio *folio, struct anon_vma *av)
{
	return READ_ONCE(folio->index);
}

/* A reader in an RCU section; the writer waits for it with synchronize_rcu() or not. */
int rcu_reader(struct folio *folio, struct anon_vma *av)
{
	int n;

	rcu_read_lock();
	n = av->num_children;
	rcu_read_unlock();
	return n;
}

void rcu_writer(struct folio *folio, struct anon_vma *av)
{
	synchronize_rcu();
	av->num_children = 5;
}

void hasty_writer(struct folio *folio, struct anon_vma *av)
{
	av->num_children = 5;
}

/* put_anon_vma-style: the last put sees every earlier write (dec_and_test is a full barrier). */
void write_then_put(struct folio *folio, struct anon_vma *av)
{
	av->num_active_vmas = 1;
	atomic_dec_and_test(&av->refcount);
}

void last_put(struct folio *folio, struct anon_vma *av)
{
	if (atomic_dec_and_test(&av->refcount))
		av->num_active_vmas = 0;
}

/* PG_anon_exclusive through the page-flag helpers: atomic bitops, marked on both sides. */
void set_exclusive(struct folio *folio, struct anon_vma *av)
{
	SetPageAnonExclusive(&folio->page);
}

int test_exclusive(struct folio *folio, struct anon_vma *av)
{
	return PageAnonExclusive(&folio->page);
}

void write_then_put_relaxed(struct folio *folio, struct anon_vma *av)
{
	av->num_active_vmas = 1;
	atomic_dec(&av->refcount);
}

void last_put_relaxed(struct folio *folio, struct anon_vma *av)
{
	atomic_dec(&av->refcount);
	if (atomic_read(&av->refcount) == 0)
		av->num_active_vmas = 0;
}
`);

/*
 * Publication of a VMA: vm_area_dup()'s VMA is detached (in no maple tree)
 * until vma_mark_attached(); a lookup finds attached VMAs only, and what was
 * written before the attach happens before what the finder does with it.
 */
const V = compile(`
struct vm_area_struct *fill(struct mm_struct *mm)
{
	struct vm_area_struct *vma = kmem_cache_alloc(vm_area_cachep, GFP_KERNEL);

	vma->vm_mm = mm;
	vma->vm_start = 0x100000;
	vma->vm_end = 0x110000;
	vma->vm_flags = 3;
	return vma;
}

/*
 * As the kernel attaches: under the mmap write lock (mmap_write_lock() and
 * mmap_write_unlock() spelled out), the VMA write-locked.
 */
void attach(struct vm_area_struct *vma)
{
	down_write(&vma->vm_mm->mmap_lock);
	vma_start_write(vma);
	vma_mark_attached(vma);
	vma_end_write_all(vma->vm_mm);
	up_write(&vma->vm_mm->mmap_lock);
}

void fill_then_attach(struct mm_struct *mm)
{
	attach(fill(mm));
}

void attach_then_write(struct mm_struct *mm)
{
	struct vm_area_struct *vma = fill(mm);

	attach(vma);
	vma->vm_flags = 7;
}

void fill_only(struct mm_struct *mm)
{
	fill(mm);
}

void fill_attach_detach(struct mm_struct *mm)
{
	struct vm_area_struct *vma = fill(mm);

	down_write(&mm->mmap_lock);
	vma_start_write(vma);
	vma_mark_attached(vma);
	vma_mark_detached(vma);
	vma_end_write_all(mm);
	up_write(&mm->mmap_lock);
}

int find_and_read(struct mm_struct *mm)
{
	struct vm_area_struct *vma = vma_lookup(mm, 0x100000);

	if (!vma)
		return -1;
	return vma->vm_flags;
}
`);

function published(...fns: string[]) {
  return scenario(V, (w) => {
    const mm = w.allocObject("mm_struct");
    return fns.map((fn, i) => ({ name: `T${i + 1}`, fn, args: [mm] }));
  });
}

function threads(...fns: string[]) {
  return scenario(P, (w) => {
    const folio = w.allocObject("folio");
    const av = anonVma(w);
    w.heap.store(w.heap.load(av, w.heap.field(w.typeId("anon_vma"), "refcount")), 0, 2);
    return fns.map((fn, i) => ({ name: `T${i + 1}`, fn, args: [folio, av] }));
  });
}

describe("race monitor", () => {
  it("reports a plain write and a plain read of one field with nothing ordering them", () => {
    const [f] = only(serial(threads("w_plain", "r_plain")), "race");
    expect(f!.location).toBe("folio.index");
    expect(f!.accesses.map((a) => [a.name, a.write, a.marked])).toEqual([
      ["T1", true, false],
      ["T2", false, false],
    ]);
    const text = formatFinding(f!);
    expect(text).toContain("BUG: KCSAN: data-race in r_plain / w_plain");
    expect(text).toMatch(/write to 0x[0-9a-f]+ \(folio\.index\) of 4 bytes by task 1 on cpu 0:/);
  });

  it("does not report the same accesses under the folio lock", () => {
    expect(only(serial(threads("w_locked", "r_locked")), "race")).toEqual([]);
    // One side locked is not enough.
    expect(only(serial(threads("w_locked", "r_plain")), "race")).toHaveLength(1);
  });

  it("does not report marked accesses on both sides, but does one plain against one marked", () => {
    expect(only(serial(threads("w_once", "r_once")), "race")).toEqual([]);
    expect(only(serial(threads("w_once", "r_plain")), "race")).toHaveLength(1);
  });

  it("does not report PageAnonExclusive against SetPageAnonExclusive: test_bit and set_bit are atomic", () => {
    expect(only(serial(threads("set_exclusive", "test_exclusive")), "race")).toEqual([]);
    // The same unordered pair on a plain field is a race (the near-twin).
    expect(only(serial(threads("w_plain", "r_plain")), "race")).toHaveLength(1);
  });

  it("orders an RCU reader before a writer that waited with synchronize_rcu()", () => {
    expect(only(serial(threads("rcu_reader", "rcu_writer")), "race")).toEqual([]);
    expect(only(serial(threads("rcu_reader", "hasty_writer")), "race")).toHaveLength(1);
  });

  it("orders what was written to a VMA before vma_mark_attached() before a lookup that finds it", () => {
    const ordered = serial(published("fill_then_attach", "find_and_read"));
    expect(ordered.threads[1]!.retval).toBe(3); // found, and read what was written
    expect(only(ordered, "race")).toEqual([]);
    // Written after the attach: nothing orders it with the finder's read.
    const racy = serial(published("attach_then_write", "find_and_read"));
    expect(racy.threads[1]!.retval).toBe(7);
    const [f] = only(racy, "race");
    expect(f!.location).toBe("vm_area_struct.vm_flags");
    expect(f!.accesses.map((a) => [a.name, a.write])).toEqual([
      ["T1", true],
      ["T2", false],
    ]);
  });

  it("does not let a lookup find a VMA that is not attached", () => {
    // vm_area_dup()'s VMA before vma_complete() or dup_mmap() stores it, and after munmap detaches it.
    expect(serial(published("fill_only", "find_and_read")).threads[1]!.retval).toBe(-1);
    expect(serial(published("fill_attach_detach", "find_and_read")).threads[1]!.retval).toBe(-1);
    expect(serial(published("fill_then_attach", "find_and_read")).threads[1]!.retval).toBe(3);
  });

  it("orders writes before the last atomic_dec_and_test, not before a relaxed atomic_dec", () => {
    expect(only(serial(threads("write_then_put", "last_put")), "race")).toEqual([]);
    const [f] = only(serial(threads("write_then_put_relaxed", "last_put_relaxed")), "race");
    expect(f!.location).toBe("anon_vma.num_active_vmas");
  });
});
