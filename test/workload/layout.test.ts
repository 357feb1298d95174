/*
 * The concrete shape of a workload (instances, addresses, threads, stripes)
 * and the per-thread draws: deterministic, and sequential stripes give
 * threads distinct pages.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Prng } from "../../src/sim/prng.ts";
import { type Cursor, drawOp, drawPage, sampleNs } from "../../src/workload/draw.ts";
import { checkEntries, checkMachine } from "../../src/workload/entries.ts";
import { instances, PMD_SIZE, place, threadInstances } from "../../src/workload/layout.ts";
import { loadMachine } from "../../src/workload/machine.ts";
import type { ThreadPool } from "../../src/workload/types.ts";
import { loadWorkload } from "../../src/workload/workload.ts";
import { BOOL, INT, sptr, ULONG, VOID } from "../../src/model/types.ts";

const read = (f: string) => loadWorkload(f, readFileSync(f, "utf8"));

describe("layout", () => {
  it("places VMAs on PMD boundaries with an empty PMD after each", () => {
    expect(place(PMD_SIZE, 1)).toEqual({ start: PMD_SIZE, next: 3 * PMD_SIZE });
    expect(place(PMD_SIZE + 1, 512)).toEqual({ start: 2 * PMD_SIZE, next: 4 * PMD_SIZE });
  });

  it("creates instances parents first, each parent instance forking its children", () => {
    const w = read("workloads/reclaim.yaml");
    const all = instances(w);
    expect(all.slice(0, 3).map((i) => i.name)).toEqual(["zygote[0]", "app[0]", "app[1]"]);
    const helpers = all.filter((i) => i.process === "helper");
    expect(helpers.map((h) => all[h.parent]!.name)).toEqual(
      all.filter((i) => i.process === "app").map((a) => a.name),
    );
    for (const i of all) expect(i.parent).toBeLessThan(i.id);
  });

  it("gives the UI thread and GC workers of one app one stripe of the heap", () => {
    const ts = threadInstances(read("workloads/uffd-move.yaml"));
    expect(ts.map((t) => [t.name, t.stripes.get("compaction")])).toEqual([
      ["ui[0]", { index: 0, of: 4 }],
      ["gc[0]", { index: 1, of: 4 }],
      ["gc[1]", { index: 2, of: 4 }],
      ["gc[2]", { index: 3, of: 4 }],
    ]);
  });
});

describe("draws", () => {
  it("sequential stripes visit distinct pages and together cover the VMA, then wrap", () => {
    const rng = new Prng(1, 0);
    const cursors: Cursor[] = [0, 1, 2, 3].map((index) => ({ index, of: 4, step: 0 }));
    const seen = cursors.map((c) =>
      Array.from({ length: 5 }, () => drawPage({ kind: "sequential" }, 18, rng, c)),
    );
    const pages = seen.flatMap((s) => s.map((d) => d.page));
    expect(seen[0]!.map((d) => d.page)).toEqual([0, 4, 8, 12, 16]);
    expect(seen[3]!.map((d) => [d.page, d.wrapped])).toEqual([
      [3, false],
      [7, false],
      [11, false],
      [15, true],
      [3, false],
    ]);
    expect(new Set(pages)).toEqual(new Set(Array.from({ length: 18 }, (_, i) => i)));
  });

  it("zipf puts the hot pages first; uniform spreads", () => {
    const rng = new Prng(7, 3);
    const zipf = Array.from(
      { length: 4000 },
      () => drawPage({ kind: "zipf", s: 1.2 }, 1000, rng).page,
    );
    expect(zipf.every((p) => p >= 0 && p < 1000)).toBe(true);
    expect(zipf.filter((p) => p < 10).length).toBeGreaterThan(zipf.filter((p) => p >= 500).length);
    const uni = Array.from({ length: 4000 }, () => drawPage({ kind: "uniform" }, 1000, rng).page);
    expect(uni.filter((p) => p < 10).length).toBeLessThan(uni.filter((p) => p >= 500).length);
  });

  it("draws weighted ops in proportion and sequences in turn, the same for the same stream", () => {
    const ops = [3, 1].map((weight) => ({ weight })) as unknown as ThreadPool["ops"];
    const pool = { order: "weighted", ops } as ThreadPool;
    const draw = (seed: number) =>
      Array.from({ length: 4000 }, (_, i) => drawOp(pool, i, new Prng(seed, 5 + i)));
    const a = draw(1);
    expect(a).toEqual(draw(1));
    expect(a.filter((x) => x === 0).length / a.length).toBeCloseTo(0.75, 1);
    const seq = { order: "sequence", ops } as ThreadPool;
    expect([0, 1, 2, 3].map((i) => drawOp(seq, i, new Prng(1)))).toEqual([0, 1, 0, 1]);
  });

  it("samples think times in ns from each distribution", () => {
    const rng = new Prng(3);
    expect(sampleNs({ kind: "fixed", ns: 5000 }, rng)).toBe(5000);
    const u = Array.from({ length: 100 }, () =>
      sampleNs({ kind: "uniform", loNs: 1000, hiNs: 2000 }, rng),
    );
    expect(u.every((x) => x >= 1000 && x <= 2000)).toBe(true);
    const e = Array.from({ length: 4000 }, () => sampleNs({ kind: "exp", meanNs: 1000 }, rng));
    expect(e.reduce((s, x) => s + x, 0) / e.length).toBeCloseTo(1000, -2);
  });
});

describe("checks against the policy and the machine", () => {
  const w = read("workloads/android-jank.yaml");

  it("names an op whose entry the policy lacks or declares differently", () => {
    const lookup = (name: string) =>
      name === "move_pages"
        ? { ret: VOID, params: [sptr("folio")] }
        : name === "do_page_fault"
          ? undefined
          : { ret: INT, params: [sptr("folio"), BOOL, ULONG] };
    const d = checkEntries(w, "p.policy", lookup).map((x) => x.message);
    expect(d).toContain("policy p.policy has no function 'do_page_fault'");
    expect(d).toContain(
      "'move_pages' in p.policy takes (struct folio *); a move op passes (struct userfaultfd_ctx *, unsigned long, unsigned long, unsigned long, int)",
    );
  });

  it("names affinities the machine has no cluster for, at the affinity line", () => {
    const server = loadMachine(
      "workloads/machines/arm64-server-64.yaml",
      readFileSync("workloads/machines/arm64-server-64.yaml", "utf8"),
    );
    const d = checkMachine(w, server);
    const text = readFileSync("workloads/android-jank.yaml", "utf8").split("\n");
    expect(d[0]!.message).toBe(
      "pool 'ui': machine arm64-server-64 has no cluster 'mid' (clusters: socket0, socket1)",
    );
    expect(text[d[0]!.line - 1]).toMatch(/affinity: \[mid, prime\]/);
  });
});
