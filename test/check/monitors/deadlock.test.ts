/*
 * Deadlock: a wait-for cycle, found when the closing step blocks; a waiter
 * whose lock will never be released; and the near-twins that complete.
 */
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../../src/check/format.ts";
import { anonVma, compile, only, replay, roundRobin, scenario } from "../helpers.ts";

const P = compile(`
void ab(struct mm_struct *mm, struct anon_vma *av)
{
	down_write(&mm->mmap_lock);
	down_write(&av->rwsem);
	up_write(&av->rwsem);
	up_write(&mm->mmap_lock);
}

void ba(struct mm_struct *mm, struct anon_vma *av)
{
	down_write(&av->rwsem);
	down_write(&mm->mmap_lock);
	up_write(&mm->mmap_lock);
	up_write(&av->rwsem);
}

/* A reader that reads again while a writer queued behind it: rwsem readers are not recursive. */
void read_read(struct mm_struct *mm, struct anon_vma *av)
{
	down_read(&mm->mmap_lock);
	cond_resched();
	down_read(&mm->mmap_lock);
	up_read(&mm->mmap_lock);
	up_read(&mm->mmap_lock);
}

void write(struct mm_struct *mm, struct anon_vma *av)
{
	down_write(&mm->mmap_lock);
	up_write(&mm->mmap_lock);
}

void leak(struct mm_struct *mm, struct anon_vma *av)
{
	down_write(&mm->mmap_lock);
}

void sync_in_rcu(struct mm_struct *mm, struct anon_vma *av)
{
	rcu_read_lock();
	synchronize_rcu();
	rcu_read_unlock();
}
`);

function threads(...fns: string[]) {
  return scenario(P, (w) => {
    const mm = w.allocObject("mm_struct");
    const av = anonVma(w);
    return fns.map((fn, i) => ({ name: `T${i + 1}`, fn, args: [mm, av] }));
  });
}

describe("deadlock monitor", () => {
  it("finds the ABBA cycle when the second thread blocks", () => {
    const r = replay(threads("ab", "ba"), "0.1.0.1");
    expect(r.outcome.kind).toBe("deadlock");
    const [d] = only(r, "deadlock");
    expect(d!.cycle).toBe(true);
    expect(d!.threads.map((t) => t.steps.map((s) => s.line))).toEqual([
      [16, 15],
      [8, 7],
    ]);
    expect(formatFinding(d!)).toContain("Showing all locks held in the system:");
  });

  it("does not report the same pair taking the locks in one order", () => {
    const r = roundRobin(threads("ab", "ab"));
    expect(r.outcome.kind).toBe("complete");
    expect(only(r, "deadlock")).toEqual([]);
  });

  it("finds a reader waiting for itself behind a queued writer", () => {
    const r = replay(threads("read_read", "write"), "0.1.0.0");
    expect(r.outcome.kind).toBe("deadlock");
    expect(only(r, "deadlock")[0]!.chain).toEqual(["T1", "T2", "T1"]);
    // Without the writer in between, the second read succeeds.
    expect(roundRobin(threads("read_read")).outcome.kind).toBe("complete");
  });

  it("reports waiting for a lock whose holder has returned", () => {
    const r = replay(threads("leak", "write"), "0.1");
    expect(r.outcome.kind).toBe("deadlock");
    const [d] = only(r, "deadlock");
    expect(d!.cycle).toBe(false);
    expect(d!.chain).toEqual(["T2", "T1"]);
  });

  it("reports synchronize_rcu inside the caller's own read section", () => {
    const r = roundRobin(threads("sync_in_rcu"));
    expect(r.outcome.kind).toBe("deadlock");
    expect(only(r, "deadlock")[0]!.waits[0]!.mode).toBe("rcu");
  });
});
