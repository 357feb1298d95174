/*
 * lockdep: lock-class ordering (reported without any run deadlocking),
 * recursive locking unless annotated *_nested, bad unlock balance, held lock
 * freed, and failed lockdep assertions.
 */
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../../src/check/format.ts";
import { anonVma, compile, only, scenario, serial } from "../helpers.ts";

const P = compile(`
void mm_then_av(struct mm_struct *mm, struct anon_vma *av)
{
	down_read(&mm->mmap_lock);
	down_write(&av->rwsem);
	up_write(&av->rwsem);
	up_read(&mm->mmap_lock);
}

void av_then_mm(struct mm_struct *mm, struct anon_vma *av)
{
	down_write(&av->rwsem);
	down_read(&mm->mmap_lock);
	up_read(&mm->mmap_lock);
	up_write(&av->rwsem);
}

void read_twice(struct mm_struct *mm, struct anon_vma *av)
{
	down_read(&mm->mmap_lock);
	down_read(&mm->mmap_lock);
	up_read(&mm->mmap_lock);
	up_read(&mm->mmap_lock);
}

/* double_pt_lock without and with the nesting annotation. */
void two_ptls(struct ptdesc *a, struct ptdesc *b)
{
	spin_lock(&a->ptl);
	spin_lock(&b->ptl);
	spin_unlock(&b->ptl);
	spin_unlock(&a->ptl);
}

void two_ptls_nested(struct ptdesc *a, struct ptdesc *b)
{
	spin_lock(&a->ptl);
	spin_lock_nested(&b->ptl, SINGLE_DEPTH_NESTING);
	spin_unlock(&b->ptl);
	spin_unlock(&a->ptl);
}

void unlock_unheld(struct mm_struct *mm, struct anon_vma *av)
{
	up_read(&mm->mmap_lock);
}

void lock_unlock(struct mm_struct *mm, struct anon_vma *av)
{
	down_read(&mm->mmap_lock);
	up_read(&mm->mmap_lock);
}

void free_locked(struct mm_struct *mm, struct anon_vma *av)
{
	down_write(&av->rwsem);
	kmem_cache_free(anon_vma_cachep, av);
}

void free_unlocked(struct mm_struct *mm, struct anon_vma *av)
{
	down_write(&av->rwsem);
	up_write(&av->rwsem);
	kmem_cache_free(anon_vma_cachep, av);
}

/* A merge frees the VMA it write-locked (vma_expand -> vma_complete). */
void free_write_locked_vma(struct mm_struct *mm, struct vm_area_struct *vma)
{
	down_write(&mm->mmap_lock);
	vma_start_write(vma);
	kmem_cache_free(vm_area_cachep, vma);
	vma_end_write_all(mm);
	up_write(&mm->mmap_lock);
}

void free_read_locked_vma(struct mm_struct *mm, struct vm_area_struct *vma)
{
	down_read(&mm->mmap_lock);
	vma_start_read_locked(vma);
	kmem_cache_free(vm_area_cachep, vma);
	up_read(&mm->mmap_lock);
}

void assert_unheld(struct mm_struct *mm, struct anon_vma *av)
{
	lockdep_assert_held(&mm->mmap_lock);
}

void assert_held(struct mm_struct *mm, struct anon_vma *av)
{
	down_read(&mm->mmap_lock);
	lockdep_assert_held(&mm->mmap_lock);
	up_read(&mm->mmap_lock);
}
`);

/** Threads calling fns in turn on one mm and one anon_vma (or two page tables). */
function threads(...fns: string[]) {
  return scenario(P, (w) => {
    const mm = w.allocObject("mm_struct");
    const av = anonVma(w);
    const [a, b] = [w.allocObject("ptdesc"), w.allocObject("ptdesc")];
    return fns.map((fn, i) => ({
      name: `T${i + 1}`,
      fn,
      args: fn.startsWith("two_ptls") ? [a, b] : [mm, av],
    }));
  });
}

describe("lockdep monitor", () => {
  it("reports a possible circular dependency when two threads take two classes in opposite orders, with no deadlock", () => {
    const r = serial(threads("mm_then_av", "av_then_mm"));
    expect(r.outcome.kind).toBe("complete");
    const [f] = only(r, "lockdep");
    expect(f!.variant).toBe("circular");
    expect(f!.threads.map((t) => t.name)).toEqual(["T2", "T1"]);
    expect(f!.threads[1]!.steps.map((s) => s.line)).toEqual([7, 8]);
    const text = formatFinding(f!);
    expect(text).toContain("WARNING: possible circular locking dependency detected");
    expect(text).toContain("T2/2 is trying to acquire lock:");
    expect(text).toMatch(/\(&mm->mmap_lock\)\{\+\+\+\+\}-\{4:4\}, at: av_then_mm \(t\.policy:16\)/);
    expect(text).toContain(
      [
        "       CPU0                    CPU1",
        "       ----                    ----",
        "  lock(&anon_vma->rwsem);",
        "                               lock(&mm->mmap_lock);",
        "                               lock(&anon_vma->rwsem);",
        "  lock(&mm->mmap_lock);",
      ].join("\n"),
    );
  });

  it("does not report two threads that take the classes in the same order", () => {
    const r = serial(threads("mm_then_av", "mm_then_av"));
    expect(r.findings).toEqual([]);
  });

  it("reports taking a class already held, but not a *_nested second lock of the class", () => {
    const rec = only(serial(threads("read_twice")), "lockdep");
    expect(rec.map((f) => f.variant)).toEqual(["recursive"]);
    expect(formatFinding(rec[0]!)).toContain("WARNING: possible recursive locking detected");
    const ptl = only(serial(threads("two_ptls")), "lockdep");
    expect(ptl.map((f) => f.variant)).toEqual(["recursive"]);
    const p = ptl[0]!;
    expect(p.variant === "recursive" && p.acquiring.cls).toBe("&ptdesc->ptl");
    expect(serial(threads("two_ptls_nested")).findings).toEqual([]);
  });

  it("reports releasing a lock that is not held, not a balanced pair", () => {
    const [f] = only(serial(threads("unlock_unheld")), "lockdep");
    expect(f!.variant).toBe("bad_unlock");
    expect(formatFinding(f!)).toContain("but there are no more locks to release!");
    expect(serial(threads("lock_unlock")).findings).toEqual([]);
  });

  it("reports freeing an object whose lock is held, not after the unlock", () => {
    const [f] = only(serial(threads("free_locked")), "lockdep");
    expect(f!.variant).toBe("held_freed");
    expect(formatFinding(f!)).toContain("WARNING: held lock freed!");
    expect(only(serial(threads("free_unlocked")), "lockdep")).toEqual([]);
  });

  it("reports freeing a read-locked VMA, not a write-locked one (lockdep drops it in vma_start_write)", () => {
    const vmaThread = (fn: string) =>
      scenario(P, (w) => {
        const mm = w.allocObject("mm_struct");
        const vma = w.allocObject("vm_area_struct");
        w.heap.store(vma, w.heap.field(w.typeId("vm_area_struct"), "vm_mm"), mm);
        return [{ name: "T1", fn, args: [mm, vma] }];
      });
    const [f] = only(serial(vmaThread("free_read_locked_vma")), "lockdep");
    expect(f!.variant).toBe("held_freed");
    expect(only(serial(vmaThread("free_write_locked_vma")), "lockdep")).toEqual([]);
  });

  it("reports a failed lockdep_assert_held as a finding, not an exception", () => {
    const r = serial(threads("assert_unheld"));
    expect(r.outcome.kind).toBe("complete");
    const [f] = only(r, "lockdep");
    expect(f!.variant).toBe("assert");
    expect(f!.fatal).toBe(false);
    expect(serial(threads("assert_held")).findings).toEqual([]);
  });
});
