/*
 * The cache-line cost model: hits, transfers by cluster distance, invalidation
 * by writes, contended vs uncontended atomics, LSE vs LL/SC.
 */
import { describe, expect, it } from "vitest";
import { CacheModel } from "../../src/sim/cache.ts";
import { topology } from "../../src/sim/machine.ts";
import { tinyMachine } from "./helpers.ts";

// Two clusters of two CPUs: CPUs 0,1 (same-cluster 40 ns) and 2,3 (60 ns); 150 ns across.
function model(lse = true) {
  const m = tinyMachine({
    clusters: [
      { cores: 2, lineTransferNs: 40 },
      { cores: 2, lineTransferNs: 60 },
    ],
    crossClusterNs: 150,
    l1HitNs: 2,
    atomicNs: 5,
    lse,
  });
  return new CacheModel(m, topology(m));
}

describe("CacheModel", () => {
  it("a first touch is a local hit; repeated reads hit", () => {
    const c = model();
    const l = c.newLine();
    expect(c.access(0, l, "read")).toBe(2);
    expect(c.access(0, l, "read")).toBe(2);
  });

  it("a read miss fetches from the nearest holder", () => {
    const c = model();
    const l = c.newLine();
    c.access(0, l, "write");
    expect(c.access(2, l, "read")).toBe(150 + 2); // from CPU 0, other cluster
    expect(c.access(3, l, "read")).toBe(60 + 2); // CPU 2 now holds it in 3's cluster
    expect(c.access(0, l, "read")).toBe(2); // still shared
  });

  it("a write invalidates every other copy and pays the farthest one", () => {
    const c = model();
    const l = c.newLine();
    c.access(0, l, "write");
    c.access(1, l, "read");
    c.access(2, l, "read");
    expect(c.access(1, l, "write")).toBe(150 + 2);
    expect(c.exclusive(1, l)).toBe(true);
    expect(c.access(1, l, "write")).toBe(2);
  });

  it("an uncontended atomic costs the RMW; a contended one adds the transfer", () => {
    const c = model();
    const l = c.newLine();
    expect(c.access(0, l, "atomic")).toBe(5);
    expect(c.access(0, l, "atomic")).toBe(5);
    expect(c.access(1, l, "atomic")).toBe(40 + 5);
    expect(c.access(3, l, "atomic")).toBe(150 + 5);
  });

  it("LL/SC pays one more transfer on a contended atomic (lost exclusive pair)", () => {
    const c = model(false);
    const l = c.newLine();
    c.access(0, l, "atomic");
    expect(c.access(2, l, "atomic")).toBe(2 * 150 + 5);
    expect(c.access(2, l, "atomic")).toBe(5);
  });

  it("uses a per-pair figure when the machine gives one", () => {
    const m = {
      ...tinyMachine({ clusters: [{ cores: 1 }, { cores: 1 }, { cores: 1 }], crossClusterNs: 100 }),
      clusterPairs: [{ a: "c1", b: "c2", ns: 30 }],
    };
    const c = new CacheModel(m, topology(m));
    const l = c.newLine();
    c.access(1, l, "write");
    expect(c.access(2, l, "read")).toBe(30);
    // From the big core both holders are at the default cross-cluster distance.
    expect(c.access(0, l, "read")).toBe(100);
  });
});
