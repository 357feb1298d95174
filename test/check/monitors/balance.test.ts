/*
 * Balance: a function returning with a lock it is not annotated to return
 * with, and a thread leaving the kernel holding a lock; annotated helpers
 * and balanced paths are fine.
 */
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../../src/check/format.ts";
import { compile, only, scenario, serial } from "../helpers.ts";

const P = compile(`
static void lock_it(struct folio *folio)
	__acquires(folio)
{
	folio_lock(folio);
}

static void lock_it_quietly(struct folio *folio)
{
	folio_lock(folio);
}

static int trylock_it(struct folio *folio)
	__cond_acquires(folio)
{
	return folio_trylock(folio);
}

void annotated(struct folio *folio)
{
	lock_it(folio);
	folio_unlock(folio);
	if (trylock_it(folio))
		folio_unlock(folio);
}

void unannotated(struct folio *folio)
{
	lock_it_quietly(folio);
	folio_unlock(folio);
}

void leaves_locked(struct folio *folio)
{
	lock_it(folio);
}

void leaves_in_rcu(struct folio *folio)
{
	rcu_read_lock();
}
`);

function run1(fn: string) {
  return serial(scenario(P, (w) => [{ name: "T1", fn, args: [w.allocObject("folio")] }]));
}

describe("balance monitor", () => {
  it("accepts helpers annotated __acquires/__cond_acquires that return holding", () => {
    expect(run1("annotated").findings).toEqual([]);
  });

  it("reports an unannotated helper that returns holding a lock", () => {
    const [f] = only(run1("unannotated"), "balance");
    expect(f!.variant).toBe("function");
    expect(f!.fn).toBe("lock_it_quietly");
    expect(formatFinding(f!)).toContain(
      "warning: context imbalance in 'lock_it_quietly' - wrong count at exit",
    );
  });

  it("reports a thread that leaves the kernel holding a lock or inside RCU, annotations or not", () => {
    const [f] = only(run1("leaves_locked"), "balance");
    expect(f!.variant).toBe("exit");
    expect(f!.held.map((h) => h.cls)).toEqual(["PG_locked"]);
    expect(formatFinding(f!)).toContain("WARNING: lock held when returning to user space!");
    expect(only(run1("leaves_in_rcu"), "balance")[0]!.held.map((h) => h.cls)).toEqual([
      "rcu_read_lock",
    ]);
  });
});
