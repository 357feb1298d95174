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

describe("assertion monitor", () => {
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
