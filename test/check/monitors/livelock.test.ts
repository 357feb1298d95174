/*
 * Livelock: a retry loop that comes round more than its bound in one call;
 * a loop that converges is fine.
 */
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../../src/check/format.ts";
import { compile, only, scenario, serial } from "../helpers.ts";

const P = compile(`
/* Waits for a flag nobody sets. */
void retry_forever(struct folio *folio)
{
retry:
	if (!READ_ONCE(folio->index))
		goto retry;
}

/* Retries until its own updates make the recheck pass. */
void retry_converges(struct folio *folio)
{
retry:
	if (READ_ONCE(folio->index) < 5) {
		WRITE_ONCE(folio->index, folio->index + 1);
		goto retry;
	}
}
`);

function run1(fn: string) {
  return serial(scenario(P, (w) => [{ name: "T1", fn, args: [w.allocObject("folio")] }]));
}

describe("livelock monitor", () => {
  it("reports a retry loop past its bound, alone on the machine", () => {
    const r = run1("retry_forever");
    expect(r.outcome.kind).toBe("finding");
    const [f] = only(r, "livelock");
    expect(f!.iterations).toBe(65);
    expect(f!.othersRunnable).toBe(false);
    expect(formatFinding(f!)).toContain("retry loop in retry_forever() exceeded 64 iterations");
  });

  it("does not report a retry loop that converges", () => {
    const r = run1("retry_converges");
    expect(r.outcome.kind).toBe("complete");
    expect(r.findings).toEqual([]);
  });
});
