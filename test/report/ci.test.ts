/* The raw results of a run, their shards, the verdict and the gate. */
import { describe, expect, it } from "vitest";
import { buildReport, gate, mergeResults, parseFailOn } from "../../src/report/ci.ts";
import { renderComment } from "../../src/report/comment.ts";
import { RACE, tinyResults, UNSAFE_VERDICT } from "./ci-fixtures.ts";

describe("mergeResults", () => {
  it("puts the shards' cells back in matrix order, the same as one unsharded run", () => {
    const whole = tinyResults();
    const a = tinyResults({ seeds: [1, 3], shard: { index: 0, count: 2 } });
    const b = tinyResults({ seeds: [2], shard: { index: 1, count: 2 } });
    expect(mergeResults([b, a])).toEqual(whole);
  });

  it("refuses a missing shard, a shard given twice, and files of different runs", () => {
    const a = tinyResults({ seeds: [1, 3], shard: { index: 0, count: 2 } });
    expect(() => mergeResults([a])).toThrow("shard(s) 1/2 missing");
    expect(() => mergeResults([a, a])).toThrow("shard 0/2 is given twice");
    const other = {
      ...tinyResults({ seeds: [2], shard: { index: 1, count: 2 } }),
      head: { sha: "a".repeat(40) },
    };
    expect(() => mergeResults([a, other])).toThrow("results files disagree on 'head'");
  });
});

describe("buildReport and the gate", () => {
  it("halving the anon_vma contention is an improvement and passes every gate", () => {
    const r = buildReport(tinyResults({ factor: 0.5 }), false);
    expect(r.verdict).toBe("ok");
    expect(r.counts.improvements).toBeGreaterThan(0);
    expect(r.counts.regressions).toBe(0);
    expect(gate(r, parseFailOn("safety, regression"))).toBeUndefined();
  });

  it("doubling it is a regression: the regression gate fails unless the label accepts it", () => {
    const r = buildReport(tinyResults({ factor: 2 }), false);
    expect(r.verdict).toBe("regression");
    expect(gate(r, parseFailOn("regression"))).toMatch(/regression\(s\) beyond the threshold/);
    expect(gate(r, parseFailOn("safety"))).toBeUndefined();
    const accepted = buildReport(tinyResults({ factor: 2 }), true);
    expect(accepted.verdict).toBe("accepted-regression");
    expect(gate(accepted, parseFailOn("regression"))).toBeUndefined();
  });

  it("a change inside the threshold is no significant change, never a regression", () => {
    const r = buildReport(tinyResults({ factor: 1.01 }), false);
    expect(r.counts.regressions).toBe(0);
  });

  it("unsafe and invalid policies fail the safety gate, and invalid wins the verdict", () => {
    const raw = tinyResults();
    const unsafe = buildReport(
      {
        ...raw,
        verify: {
          schemaVersion: 1,
          kind: "verify",
          policies: [
            { policy: raw.policies[0]!.path, name: "x", verdict: "unsafe", scenarios: [] },
          ],
        },
      },
      false,
    );
    expect(unsafe.verdict).toBe("unsafe");
    expect(gate(unsafe, parseFailOn("safety"))).toBe("lockbench: 1 policy(ies) are unsafe.");
    expect(gate(unsafe, parseFailOn("never"))).toBeUndefined();
    const invalid = buildReport(
      { ...raw, policies: [{ ...raw.policies[0]!, status: "invalid", labels: undefined }] },
      false,
    );
    expect(invalid.verdict).toBe("invalid");
  });
});

describe("violations the base already had", () => {
  it("are told apart from new ones by their key, per scenario", () => {
    const raw = tinyResults();
    const path = raw.policies[0]!.path;
    const cx = (key: string) => ({ ...RACE, key });
    const verdict = (policy: string, keys: string[]) => ({
      policy,
      name: "x",
      verdict: "unsafe" as const,
      scenarios: [{ ...UNSAFE_VERDICT.scenarios[0]!, violations: keys.map(cx) }],
    });
    const r = buildReport(
      {
        ...raw,
        verify: { schemaVersion: 1, kind: "verify", policies: [verdict(path, ["old", "new"])] },
        verifyBase: { schemaVersion: 1, kind: "verify", policies: [verdict(path, ["old"])] },
      },
      false,
    );
    expect(r.policies[0]!.knownAtBase).toEqual(["move-vs-page-idle\u0000old"]);
    expect(renderComment(r)).toContain("❌ unsafe (2 violations, 1 new)");
    expect(renderComment(r)).toContain(
      "in scenario move-vs-page-idle (the base version has it too)",
    );
    // One new violation: the safety gate fails.
    expect(gate(r, parseFailOn("safety"))).toBe("lockbench: 1 policy(ies) are unsafe.");
  });

  it("do not fail the gate when the head has only violations its base had", () => {
    const raw = tinyResults();
    const path = raw.policies[0]!.path;
    const verdict = (keys: string[]) => ({
      policy: path,
      name: "x",
      verdict: "unsafe" as const,
      scenarios: [
        { ...UNSAFE_VERDICT.scenarios[0]!, violations: keys.map((key) => ({ ...RACE, key })) },
      ],
    });
    const r = buildReport(
      {
        ...raw,
        verify: { schemaVersion: 1, kind: "verify", policies: [verdict(["old"])] },
        verifyBase: { schemaVersion: 1, kind: "verify", policies: [verdict(["old"])] },
      },
      false,
    );
    expect(r.counts.unsafe).toBe(1);
    expect(gate(r, parseFailOn("safety"))).toBeUndefined();
  });
});

describe("the monitors' findings in simulated runs", () => {
  it("are grouped by kind and title over the head's cells and marked when the base had them", () => {
    const raw = tinyResults();
    const race = { kind: "race", title: "BUG: KCSAN: data-race in a / b" };
    const uaf = { kind: "kasan", title: "BUG: KASAN: slab-use-after-free in c" };
    const cells = raw.cells.map((c) => ({
      ...c,
      result: {
        ...c.result,
        findings: (c.policy.endsWith("@head") ? [race, race, uaf] : [race]) as never,
      },
    }));
    const r = buildReport({ ...raw, cells }, false);
    expect(r.policies[0]!.runFindings).toEqual([
      {
        ...uaf,
        cells: 3,
        first: { workload: "uffd-move", machine: "arm64-mobile-8", seed: 1 },
        atBase: false,
      },
      {
        ...race,
        cells: 3,
        first: { workload: "uffd-move", machine: "arm64-mobile-8", seed: 1 },
        atBase: true,
      },
    ]);
    // Shown, not gated on: the explorer's verdict decides safety.
    expect(r.verdict).toBe("ok");
    expect(renderComment(r)).toContain(
      "| BUG: KCSAN: data-race in a / b | 3 | uffd-move on arm64-mobile-8, seed 1 | yes |",
    );
  });
});

describe("parseFailOn", () => {
  it("reads comma and newline lists, and refuses never with anything else", () => {
    expect([...parseFailOn("safety,\nregression")]).toEqual(["safety", "regression"]);
    expect([...parseFailOn("never")]).toEqual([]);
    expect(() => parseFailOn("never, safety")).toThrow('"never" cannot be combined');
    expect(() => parseFailOn("speed")).toThrow('"speed" is not one of safety, regression, never');
  });
});
