/*
 * Paired comparisons: a change is a regression or an improvement only when
 * its whole 95% interval lies past the threshold; noise is "no significant
 * change"; the verdict flips when base and head swap.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePaired, tCritical } from "../../src/stats/paired.ts";

describe("comparePaired", () => {
  it("computes the paired t interval by hand for a small case", () => {
    // diffs 1, 2, 3: mean 2, sd 1, n 3 -> half width t(2) * 1/sqrt(3) = 4.303 * 0.57735.
    const c = comparePaired([10, 10, 10], [11, 12, 13], "lower-is-better", 0);
    expect(c.diff).toBe(2);
    expect(c.ci[0]).toBeCloseTo(2 - 4.303 / Math.sqrt(3), 9);
    expect(c.ci[1]).toBeCloseTo(2 + 4.303 / Math.sqrt(3), 9);
    expect(c.relative).toBeCloseTo(0.2, 12);
    // The interval reaches below 0, so not a regression even at threshold 0.
    expect(c.verdict).toBe("no significant change");
  });

  it("calls a consistent slowdown beyond the threshold a regression, and its reverse an improvement", () => {
    const base = [100, 101, 99, 100, 102];
    const head = base.map((b) => b * 1.2);
    expect(comparePaired(base, head, "lower-is-better", 0.05).verdict).toBe("regression");
    expect(comparePaired(head, base, "lower-is-better", 0.05).verdict).toBe("improvement");
    expect(comparePaired(base, head, "higher-is-better", 0.05).verdict).toBe("improvement");
  });

  it("does not call a change inside the threshold a regression", () => {
    const base = [100, 101, 99, 100, 102];
    const head = base.map((b) => b * 1.03);
    expect(comparePaired(base, head, "lower-is-better", 0.05).verdict).toBe(
      "no significant change",
    );
  });

  it("says so when one seed cannot give an interval", () => {
    expect(comparePaired([1], [2], "lower-is-better", 0).verdict).toBe("too few seeds");
  });

  it("flips its verdict when base and head swap, and never calls identical samples a change", () => {
    const sample = fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), {
      minLength: 2,
      maxLength: 12,
    });
    const flip: Record<string, string> = { regression: "improvement", improvement: "regression" };
    fc.assert(
      fc.property(sample, sample, fc.double({ min: 0, max: 0.5, noNaN: true }), (a, b, th) => {
        const n = Math.min(a.length, b.length);
        const x = a.slice(0, n);
        const y = b.slice(0, n);
        const verdict = (p: number[], q: number[], t: number) =>
          comparePaired(p, q, "lower-is-better", t).verdict;
        // With no threshold the swap negates the interval, and the verdict flips exactly.
        const fwd = verdict(x, y, 0);
        const back = verdict(y, x, 0);
        if (fwd === "regression" || fwd === "improvement") expect(back).toBe(flip[fwd]);
        else expect(back).toBe(fwd);
        // With one, the margin is a share of the base's mean, which the swap
        // changes: an interval may clear one side's margin and not the
        // other's, but the two verdicts never agree on a change.
        const fwdT = verdict(x, y, th);
        if (fwdT === "regression" || fwdT === "improvement")
          expect(verdict(y, x, th)).not.toBe(fwdT);
        expect(verdict(x, x, th)).toBe("no significant change");
      }),
    );
  });
});

describe("tCritical", () => {
  it("uses the table and rounds degrees of freedom down", () => {
    expect(tCritical(9)).toBe(2.262);
    expect(tCritical(35)).toBe(2.042);
    expect(tCritical(1000)).toBe(1.96);
  });
});
