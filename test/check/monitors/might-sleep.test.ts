/*
 * might_sleep: a blocking primitive under a spinlock or in an RCU read
 * section; the same primitive after the unlock, a trylock, or a GFP_NOWAIT
 * allocation is fine.
 */
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../../src/check/format.ts";
import { anonVma, compile, only, scenario, serial } from "../helpers.ts";

const P = compile(`
void sleep_under_ptl(struct ptdesc *pt, struct folio *folio)
{
	spin_lock(&pt->ptl);
	folio_lock(folio);
	folio_unlock(folio);
	spin_unlock(&pt->ptl);
}

void sleep_after_ptl(struct ptdesc *pt, struct folio *folio)
{
	spin_lock(&pt->ptl);
	spin_unlock(&pt->ptl);
	folio_lock(folio);
	folio_unlock(folio);
}

void sleep_in_rcu(struct ptdesc *pt, struct folio *folio)
{
	rcu_read_lock();
	folio_lock(folio);
	folio_unlock(folio);
	rcu_read_unlock();
}

void trylock_in_rcu(struct ptdesc *pt, struct folio *folio)
{
	rcu_read_lock();
	if (folio_trylock(folio))
		folio_unlock(folio);
	rcu_read_unlock();
}

void alloc_under_ptl(struct ptdesc *pt, struct folio *folio)
{
	struct anon_vma *av;

	spin_lock(&pt->ptl);
	av = kmem_cache_alloc(anon_vma_cachep, GFP_KERNEL);
	spin_unlock(&pt->ptl);
}

void alloc_nowait_under_ptl(struct ptdesc *pt, struct folio *folio)
{
	struct anon_vma *av;

	spin_lock(&pt->ptl);
	av = kmem_cache_alloc(anon_vma_cachep, GFP_NOWAIT);
	spin_unlock(&pt->ptl);
}

void might_sleep_under_ptl(struct ptdesc *pt, struct folio *folio)
{
	spin_lock(&pt->ptl);
	might_sleep();
	spin_unlock(&pt->ptl);
}
`);

function run1(fn: string) {
  return serial(
    scenario(P, (w) => {
      anonVma(w);
      return [{ name: "T1", fn, args: [w.allocObject("ptdesc"), w.allocObject("folio")] }];
    }),
  );
}

describe("might_sleep monitor", () => {
  it("reports folio_lock while holding a PTL, with where preemption was disabled", () => {
    const [f] = only(run1("sleep_under_ptl"), "might_sleep");
    expect(f!.callee).toBe("folio_lock");
    expect(f!.preemptCount).toBe(1);
    expect(f!.threads[0]!.steps.map((s) => s.line)).toEqual([7, 8]);
    const text = formatFinding(f!);
    expect(text).toContain("BUG: sleeping function called from invalid context at t.policy:8");
    expect(text).toContain("preempt_count: 1, expected: 0");
    expect(text).toContain("Preemption disabled at:");
    expect(only(run1("sleep_after_ptl"), "might_sleep")).toEqual([]);
  });

  it("reports folio_lock in an RCU read section, not folio_trylock", () => {
    const [f] = only(run1("sleep_in_rcu"), "might_sleep");
    expect(f!.rcuDepth).toBe(1);
    expect(formatFinding(f!)).toContain("RCU nest depth: 1, expected: 0");
    expect(only(run1("trylock_in_rcu"), "might_sleep")).toEqual([]);
  });

  it("reports a GFP_KERNEL allocation under a spinlock, not a GFP_NOWAIT one", () => {
    expect(only(run1("alloc_under_ptl"), "might_sleep").map((f) => f.callee)).toEqual([
      "kmem_cache_alloc",
    ]);
    expect(only(run1("alloc_nowait_under_ptl"), "might_sleep")).toEqual([]);
  });

  it("reports an explicit might_sleep() annotation in atomic context", () => {
    expect(only(run1("might_sleep_under_ptl"), "might_sleep").map((f) => f.callee)).toEqual([
      "might_sleep",
    ]);
  });
});
