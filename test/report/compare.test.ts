/* Thresholds as users write them, and base vs head over a run's cells. */
import { describe, expect, it } from "vitest";
import {
  compareRuns,
  parseOverrides,
  parseThreshold,
  thresholdFor,
} from "../../src/report/compare.ts";
import { tinyResults } from "./ci-fixtures.ts";

describe("thresholds", () => {
  it("reads 5%, 5 % and 0.05 alike and refuses anything else", () => {
    expect(parseThreshold("5%")).toBe(0.05);
    expect(parseThreshold(" 5 % ")).toBe(0.05);
    expect(parseThreshold("0.05")).toBe(0.05);
    expect(parseThreshold("-1%")).toBeUndefined();
    expect(parseThreshold("five")).toBeUndefined();
  });

  it("splits an override at its last colon, since metric names contain colons; first match wins", () => {
    const overrides = parseOverrides(["*: D-state max (ns): 20%", "# comment", "", "ui: *: 1%"]);
    expect(overrides).toEqual([
      { pattern: "*: D-state max (ns)", threshold: 0.2 },
      { pattern: "ui: *", threshold: 0.01 },
    ]);
    const t = { default: 0.05, overrides };
    expect(thresholdFor("ui: D-state max (ns)", t)).toBe(0.2);
    expect(thresholdFor("ui: runnable (ns)", t)).toBe(0.01);
    expect(thresholdFor("&anon_vma->rwsem: contentions", t)).toBe(0.05);
    expect(() => parseOverrides(["D-state 20%"])).toThrow("is not 'metric pattern: threshold'");
  });
});

describe("compareRuns", () => {
  it("pairs base and head by seed for every metric, each against its own threshold", () => {
    const r = tinyResults({ factor: 0.5 });
    const cs = compareRuns(r.cells, r.policies[0]!.labels!.base!, r.policies[0]!.labels!.head, {
      default: 0.05,
      overrides: [{ pattern: "*: wait total (ns)", threshold: 10 }],
    });
    const by = new Map(cs.map((c) => [c.metric, c]));
    expect(by.get("&anon_vma->rwsem: contentions")).toMatchObject({
      n: 3,
      verdict: "improvement",
      group: "lock",
      subject: "&anon_vma->rwsem",
      quantity: "contentions",
    });
    // A 1000% threshold swallows the same halving.
    expect(by.get("&anon_vma->rwsem: wait total (ns)")?.verdict).toBe("no significant change");
    expect(by.get("ui move_pages calls")).toBeUndefined();
    expect(by.get("ui: move_pages calls")).toMatchObject({ diff: 0, group: "path" });
  });
});
