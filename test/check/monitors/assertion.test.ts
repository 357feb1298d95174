/*
 * BUG_ON/VM_BUG_ON stop the execution; WARN_ON reports and goes on; a
 * condition that holds reports nothing.
 */
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../../src/check/format.ts";
import { compile, only, scenario, serial } from "../helpers.ts";

const P = compile(`
int bug_if_indexed(struct folio *folio)
{
	VM_BUG_ON_FOLIO(folio->index != 0, folio);
	return 1;
}

int warn_if_indexed(struct folio *folio)
{
	if (WARN_ON(folio->index != 0))
		return -EINVAL;
	return 0;
}
`);

function run1(fn: string, index: number) {
  return serial(
    scenario(P, (w) => {
      const f = w.allocObject("folio");
      w.heap.store(f, w.heap.field(w.typeId("folio"), "index"), index);
      return [{ name: "T1", fn, args: [f] }];
    }),
  );
}

/*
 * vma_mark_attached()/vma_mark_detached() assert the state they change, and
 * that the VMA is write-locked (vma_assert_write_locked(), a BUG).
 */
const V = compile(`
void attach(struct vm_area_struct *vma)
{
	down_write(&vma->vm_mm->mmap_lock);
	vma_start_write(vma);
	vma_mark_attached(vma);
	vma_end_write_all(vma->vm_mm);
	up_write(&vma->vm_mm->mmap_lock);
}

void detach(struct vm_area_struct *vma)
{
	down_write(&vma->vm_mm->mmap_lock);
	vma_start_write(vma);
	vma_mark_detached(vma);
	vma_end_write_all(vma->vm_mm);
	up_write(&vma->vm_mm->mmap_lock);
}

void detach_unlocked(struct vm_area_struct *vma)
{
	down_write(&vma->vm_mm->mmap_lock);
	vma_mark_detached(vma);
	vma_end_write_all(vma->vm_mm);
	up_write(&vma->vm_mm->mmap_lock);
}

/* The VMA write lock ends with vma_end_write_all(), before the attach. */
void attach_after_unlock(struct vm_area_struct *vma)
{
	down_write(&vma->vm_mm->mmap_lock);
	vma_start_write(vma);
	vma_mark_detached(vma);
	vma_end_write_all(vma->vm_mm);
	vma_mark_attached(vma);
	up_write(&vma->vm_mm->mmap_lock);
}

void detach_twice(struct vm_area_struct *vma)
{
	down_write(&vma->vm_mm->mmap_lock);
	vma_start_write(vma);
	vma_mark_detached(vma);
	vma_mark_detached(vma);
	vma_end_write_all(vma->vm_mm);
	up_write(&vma->vm_mm->mmap_lock);
}

void detach_then_attach(struct vm_area_struct *vma)
{
	down_write(&vma->vm_mm->mmap_lock);
	vma_start_write(vma);
	vma_mark_detached(vma);
	vma_mark_attached(vma);
	vma_end_write_all(vma->vm_mm);
	up_write(&vma->vm_mm->mmap_lock);
}
`);

/** A VMA as mmap leaves it: in its mm's maple tree (attached). */
function onVma(fn: string) {
  return serial(
    scenario(V, (w) => {
      const vma = w.mmapAnon(w.allocObject("mm_struct"), 0x100000, 4, 3);
      return [{ name: "T1", fn, args: [vma] }];
    }),
  );
}

describe("assertion monitor", () => {
  it("warns on a VMA attached twice or detached twice (vma_assert_detached/attached)", () => {
    const [twice] = only(onVma("attach"), "assertion");
    expect(twice!.macro).toBe("vma_assert_detached");
    expect(twice!.level).toBe("WARNING");
    const [again] = only(onVma("detach_twice"), "assertion");
    expect(again!.macro).toBe("vma_assert_attached");
    expect(only(onVma("detach_then_attach"), "assertion")).toEqual([]);
    expect(only(onVma("detach"), "assertion")).toEqual([]);
  });

  it("stops a VMA attached or detached without its write lock (vma_assert_write_locked)", () => {
    const r = onVma("detach_unlocked");
    const [bug] = only(r, "lockdep");
    expect(bug).toMatchObject({ variant: "assert", macro: "vma_assert_write_locked", fatal: true });
    expect(bug!.title).toMatch(/^kernel BUG: vma_assert_write_locked\(/);
    const [late] = only(onVma("attach_after_unlock"), "lockdep");
    expect(late).toMatchObject({ variant: "assert", macro: "vma_assert_write_locked" });
    expect(late!.threads[0]!.steps[0]!.text).toContain("vma_mark_attached");
    // The near-twins take the VMA write lock first, as the kernel's callers do.
    expect(only(onVma("detach"), "lockdep")).toEqual([]);
    expect(only(onVma("detach_then_attach"), "lockdep")).toEqual([]);
  });

  it("reports a VM_BUG_ON that fires as a kernel BUG and stops the execution", () => {
    const r = run1("bug_if_indexed", 7);
    expect(r.outcome.kind).toBe("finding");
    const [f] = only(r, "assertion");
    expect(f!.level).toBe("BUG");
    expect(f!.macro).toBe("VM_BUG_ON_FOLIO");
    expect(formatFinding(f!)).toContain("kernel BUG at t.policy:7!");
    expect(run1("bug_if_indexed", 0).findings).toEqual([]);
  });

  it("reports a WARN_ON that fires and lets the thread go on", () => {
    const r = run1("warn_if_indexed", 7);
    expect(r.outcome.kind).toBe("complete");
    expect(r.threads[0]!.retval).toBe(-22);
    expect(formatFinding(only(r, "assertion")[0]!)).toContain(
      "WARNING: CPU: 0 PID: 1 at t.policy:13 warn_if_indexed",
    );
    expect(run1("warn_if_indexed", 0).findings).toEqual([]);
  });
});
