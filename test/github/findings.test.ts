/* Which policy lines the annotations land on. */
import { describe, expect, it } from "vitest";
import { findings, violationLocation } from "../../src/github/findings.ts";
import { buildReport } from "../../src/report/ci.ts";
import { RACE, tinyResults, unsafeReport } from "../report/ci-fixtures.ts";

describe("findings", () => {
  it("puts a race at the access that found it unordered, as an error", () => {
    expect(violationLocation(RACE)).toEqual({
      file: "policies/proposals/seed-diff.policy",
      line: 541,
    });
    const errors = findings(unsafeReport()).filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.file, f.line, f.title])).toEqual([
      [
        "policies/proposals/seed-diff.policy",
        541,
        "lockbench: data-race in folio_lock_anon_vma_read / folio_move_anon_rmap",
      ],
      ["policies/evil|`x`.policy", 3, "lockbench: syntax"],
    ]);
    expect(errors[0]!.message).toContain(`replay: ${RACE.command}`);
  });

  it("falls back to the last step when the finding names no place", () => {
    const cx = { ...RACE, finding: { ...RACE.finding, accesses: undefined } as never };
    expect(violationLocation(cx)).toEqual({
      file: "policies/proposals/seed-diff.policy",
      line: 541,
    });
  });

  it("blames a regression on the changed functions its path reaches, one warning per function", () => {
    const warnings = findings(buildReport(tinyResults({ factor: 2 }), false)).filter(
      (f) => f.severity === "warning",
    );
    // ui's D-state and MOVE's lock regress: ui reaches move_pages_ptes only; the lock, both.
    expect(warnings.map((w) => [w.line, w.title])).toEqual([
      [1790, "lockbench: 4 regressions after changing move_pages_ptes"],
      [662, "lockbench: 2 regressions after changing rmap_walk_anon"],
    ]);
    expect(warnings[0]!.message).toContain(
      "ui: D-state max (ns) on uffd-move/arm64-mobile-8: +102.0%",
    );
    expect(warnings[1]!.message).not.toContain("ui: ");
  });
});
