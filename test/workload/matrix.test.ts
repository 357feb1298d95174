/*
 * The matrix is a deterministic ordered list of cells with stable ids, and
 * shards partition it: every cell in exactly one shard, the policies of one
 * (workload, machine, seed) together so paired comparisons stay in a shard.
 */
import { describe, expect, it } from "vitest";
import { type Cell, matrix, seedList, shard } from "../../src/workload/matrix.ts";

const WORKLOADS = [
  { name: "uffd-move", machines: ["arm64-mobile-8"] },
  { name: "reclaim", machines: ["arm64-mobile-8", "arm64-server-64"] },
];
const spec = { policies: ["linux-v6.18", "linux-v6.19"], workloads: WORKLOADS, seeds: 3 };

describe("matrix", () => {
  it("orders workload, machine, seed, then policy, on each workload's default machines", () => {
    const cells = matrix(spec);
    expect(cells.length).toBe(2 * (1 + 2) * 3);
    expect(cells.slice(0, 4).map((c) => c.id)).toEqual([
      "uffd-move:arm64-mobile-8:1:linux-v6.18",
      "uffd-move:arm64-mobile-8:1:linux-v6.19",
      "uffd-move:arm64-mobile-8:2:linux-v6.18",
      "uffd-move:arm64-mobile-8:2:linux-v6.19",
    ]);
    expect(cells.at(-1)!.id).toBe("reclaim:arm64-server-64:3:linux-v6.19");
    expect(new Set(cells.map((c) => c.id)).size).toBe(cells.length);
  });

  it("is the same list every time", () => {
    expect(matrix(spec)).toEqual(matrix(spec));
  });

  it("runs every workload on the given machines instead of its defaults", () => {
    const cells = matrix({ ...spec, machines: ["arm64-server-64"] });
    expect(new Set(cells.map((c) => c.machine))).toEqual(new Set(["arm64-server-64"]));
    expect(cells.length).toBe(2 * 2 * 3);
  });

  it("takes a seed count (1..n) or the seeds themselves", () => {
    expect(seedList(3)).toEqual([1, 2, 3]);
    expect(matrix({ ...spec, seeds: [42] }).map((c) => c.seed)).toEqual(Array(6).fill(42));
    expect(() => seedList(0)).toThrow(RangeError);
  });

  it("refuses duplicate names", () => {
    expect(() => matrix({ ...spec, policies: ["a", "a"] })).toThrow("policy 'a' is given twice");
  });
});

describe("shard", () => {
  const cells = matrix({ ...spec, seeds: 5 });
  const group = (c: Cell) => `${c.workload}:${c.machine}:${c.seed}`;

  it.each([1, 2, 3, 4, 7, 40])("partitions the cells into %i shards, keeping matrix order", (n) => {
    const shards = Array.from({ length: n }, (_, i) => shard(cells, i, n));
    const all = shards.flat();
    expect(all.length).toBe(cells.length);
    expect(new Set(all.map((c) => c.id)).size).toBe(cells.length);
    for (const s of shards) {
      const idx = s.map((c) => cells.indexOf(c));
      expect(idx).toEqual([...idx].sort((a, b) => a - b));
      // Base and head of a pair never split.
      for (const c of s) expect(s.filter((d) => group(d) === group(c)).length).toBe(2);
    }
    // Balanced: group counts differ by at most one.
    const sizes = shards.map((s) => s.length / 2);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it("is deterministic and rejects bad indexes", () => {
    expect(shard(cells, 1, 3)).toEqual(shard(cells, 1, 3));
    expect(() => shard(cells, 3, 3)).toThrow(RangeError);
    expect(() => shard(cells, 0, 0)).toThrow(RangeError);
  });
});
