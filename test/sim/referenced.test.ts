/*
 * folio_referenced() outcomes: how a return value is classified, how the
 * counts add up to the accuracy reclaim gets, the ground truth read from the
 * page tables, and the counts a real cell records per path.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frontEnd } from "../../src/lang/index.ts";
import { fileReader } from "../../src/policy-files.ts";
import { runCell } from "../../src/sim/cell.ts";
import {
  addReferenced,
  anyYoung,
  classify,
  NO_REFERENCED,
  referencedAccuracy,
} from "../../src/sim/referenced.ts";
import { SequentialRunner } from "../../src/sim/sequential.ts";
import { loadMachine } from "../../src/workload/machine.ts";
import { loadWorkload } from "../../src/workload/workload.ts";

const read = fileReader(process.cwd());
const policy = (v: string) => frontEnd(`policies/linux-${v}.policy`, read).ir!;

describe("classify", () => {
  it("tells a failed trylock's 1 from a walk that found one young PTE", () => {
    expect(classify(-1, false)).toBe("contended");
    expect(classify(0, false)).toBe("notReferenced");
    expect(classify(0, true)).toBe("notReferenced");
    expect(classify(2, false)).toBe("referenced");
    expect(classify(1, true)).toBe("trylockFailed");
  });
});

describe("accuracy", () => {
  it("counts a kept cold folio and a released young one as wrong", () => {
    let s = NO_REFERENCED;
    s = addReferenced(s, { outcome: "referenced", young: true, kept: true });
    s = addReferenced(s, { outcome: "notReferenced", young: false, kept: false });
    s = addReferenced(s, { outcome: "trylockFailed", young: false, kept: true });
    s = addReferenced(s, { outcome: "contended", young: true, kept: true });
    expect(s).toEqual({
      calls: 4,
      referenced: 1,
      notReferenced: 1,
      trylockFailed: 1,
      contended: 1,
      young: 2,
      keptCold: 1,
      releasedYoung: 0,
    });
    expect(referencedAccuracy(s)).toBe(0.75);
    expect(referencedAccuracy(NO_REFERENCED)).toBeUndefined();
  });
});

describe("anyYoung", () => {
  it("sees the young PTE a fault left, and not once the walk has cleared it", () => {
    const ir = policy("v6.18");
    const seq = new SequentialRunner(ir);
    const w = seq.world;
    const mm = w.allocObject("mm_struct");
    const addr = 0x200000;
    w.mmapAnon(mm, addr, 16, 0x3);
    expect(seq.call("do_page_fault", mm, addr, 1)).toBe(0);
    const folio = w.folioOfPte(w.peekPte(mm, addr));
    expect(anyYoung(w, folio)).toBe(true);
    // folio_referenced tests and clears the young bit of every mapping.
    expect(seq.call("shrink_active_folio", folio)).toBe(0);
    expect(anyYoung(w, folio)).toBe(false);
    expect(anyYoung(w, 0)).toBe(false);
  });
});

describe("per-path outcomes in a cell", () => {
  const machine = loadMachine(
    "workloads/machines/arm64-mobile-8.yaml",
    readFileSync("workloads/machines/arm64-mobile-8.yaml", "utf8"),
  );
  const jank = loadWorkload(
    "workloads/android-jank.yaml",
    readFileSync("workloads/android-jank.yaml", "utf8"),
  );

  it("records one outcome per folio_referenced call, only on reclaim's paths", () => {
    const r = runCell({
      ir: policy("v6.19"),
      workload: jank,
      machine,
      seed: 1,
      durationNs: 20e6,
      warmupNs: 5e6,
    });
    const active = r.paths.find((p) => p.call === "shrink_active_folio" && p.referenced)!;
    const s = active.referenced!;
    // shrink_active_folio calls folio_referenced exactly once per call.
    expect(s.calls).toBe(active.calls);
    expect(s.referenced + s.notReferenced + s.trylockFailed + s.contended).toBe(s.calls);
    expect(s.young).toBeGreaterThan(0);
    const withOutcomes = new Set(r.paths.filter((x) => x.referenced).map((x) => x.call));
    expect([...withOutcomes].sort()).toEqual(["shrink_active_folio", "shrink_folio_list_one"]);
  });
});
