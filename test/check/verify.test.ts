/*
 * Verdicts of the shipped policies and fixtures on the shipped scenarios,
 * each search complete. Chosen so every expected verdict is pinned once:
 * the whole matrix (every policy x every scenario) is `lockbench verify`'s
 * and the benchmark's job, not the unit tests'.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { verifyPolicy } from "../../src/check/verify.ts";
import { frontEnd } from "../../src/lang/index.ts";
import { fileReader } from "../../src/policy-files.ts";
import type { PolicyVerdict } from "../../src/report/verify-results.ts";
import { loadScenario } from "../../src/workload/scenario.ts";

const read = fileReader(process.cwd());
const scenario = (name: string) => {
  const file = `workloads/scenarios/${name}.yaml`;
  return loadScenario(file, readFileSync(file, "utf8"));
};

function verify(policy: string, ...names: string[]): PolicyVerdict {
  const r = frontEnd(policy, read);
  return verifyPolicy(r.ir!, r.policy!.header.name, names.map(scenario), { policy });
}

const violations = (v: PolicyVerdict) =>
  v.scenarios.flatMap((s) => s.violations.map((c) => ({ scenario: s.scenario, ...c })));
const LONG = 180_000;

describe("lockbench verify on the shipped policies", () => {
  it(
    "linux-v6.19: walkers vs UFFDIO_MOVE are safe, every search complete",
    () => {
      const v = verify("policies/linux-v6.19.policy", "page-idle-vs-move", "page-idle-vs-move-two");
      expect(v.verdict).toBe("safe");
      for (const s of v.scenarios) {
        expect(s.complete).toBe(true);
        expect(s.states).toBeGreaterThan(1000);
      }
    },
    LONG,
  );

  it("tells its progress per scenario, as TLC's progress lines", () => {
    // anon-vma-flag's move-vs-move-opposite has 19,450 states.
    const r = frontEnd("policies/proposals/anon-vma-flag.policy", read);
    // Breadth-first: a line per depth level. Depth-first: one every 16384
    // states (these searches are smaller). Both: and a last one.
    for (const order of ["breadth", "depth"] as const) {
      const seen: { scenario: string; order: string; depth: number; states: number }[] = [];
      const v = verifyPolicy(
        r.ir!,
        "v",
        [scenario("walker-vs-merge"), scenario("move-vs-fault"), scenario("move-vs-move-opposite")],
        {
          policy: "p",
          explore: { order },
          onProgress: (s, p) =>
            seen.push({ scenario: s, order: p.order, depth: p.depth, states: p.states }),
        },
      );
      expect(seen.every((x) => x.order === order)).toBe(true);
      for (const sv of v.scenarios) {
        const lines = seen.filter((x) => x.scenario === sv.scenario);
        if (order === "breadth") expect(lines.length).toBeGreaterThanOrEqual(sv.maxDepth);
        else expect(lines.length).toBe(1 + Math.floor(sv.states / 16384));
        // States and depth never decreasing, ending at the totals.
        for (const k of ["states", "depth"] as const)
          expect(lines.map((x) => x[k])).toEqual([...lines.map((x) => x[k])].sort((a, b) => a - b));
        expect(lines.at(-1)!.states).toBe(sv.states);
        expect(lines.at(-1)!.depth).toBe(sv.maxDepth);
      }
    }
  });

  it("searches an unsafe scenario depth-first, whole, and shortens its counterexample", () => {
    const r = frontEnd("policies/linux-v6.18.policy", read);
    const orders: string[] = [];
    let last = 0;
    const spec = scenario("referenced-vs-move");
    const v = verifyPolicy(r.ir!, "v", [spec], {
      policy: "p",
      onProgress: (_s, p) => {
        orders.push(p.order);
        last = p.states;
      },
    });
    // One search, whose counts are the verdict's: no breadth-first one after it.
    const found = v.scenarios[0]!.violations;
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(orders)).toEqual(new Set(["depth"]));
    expect(last).toBe(v.scenarios[0]!.states);
    // As short as a breadth-first search's, and shorter than the path it was found on.
    const deep = verifyPolicy(r.ir!, "v", [spec], { policy: "p", explore: { order: "depth" } });
    const broad = verifyPolicy(r.ir!, "v", [spec], { policy: "p", explore: { order: "breadth" } });
    const steps = (x: typeof v) => x.scenarios[0]!.violations.map((c) => c.steps.length);
    expect(steps(v)).toEqual(steps(broad));
    expect(steps(v)[0]!).toBeLessThanOrEqual(steps(deep)[0]!);
  });

  it(
    "linux-v6.18: the one finding is the plain folio->index race of a walker and MOVE",
    () => {
      // A walker that saw the new folio->mapping locks the destination root,
      // which MOVE does not hold, and reads folio->index while MOVE writes it
      // under the source root: real in v6.18, benign (a missed reference),
      // and closed by v6.19's folio lock.
      const v = verify("policies/linux-v6.18.policy", "page-idle-vs-move", "walker-vs-split");
      expect(v.verdict).toBe("unsafe");
      const found = violations(v);
      expect(found.map((c) => [c.scenario, c.finding.kind, c.key])).toEqual([
        [
          "page-idle-vs-move",
          "race",
          "race move_present_ptes:src_folio->index = ... rmap_walk_anon:folio_pgoff()",
        ],
      ]);
      const c = found[0]!;
      expect(c.threads).toEqual(["walker", "mover"]);
      expect(c.report).toContain("BUG: KCSAN: data-race in move_present_ptes / rmap_walk_anon");
      expect(c.steps.length).toBe(
        c.replay.split(".").reduce((n, p) => n + Number(p.split("x")[1] ?? 1), 0),
      );
      expect(c.command).toBe(
        `npx lockbench verify policies/linux-v6.18.policy --scenario page-idle-vs-move --replay ${c.replay}`,
      );
      expect(v.scenarios[1]).toMatchObject({
        scenario: "walker-vs-split",
        complete: true,
        violations: [],
      });
    },
    LONG,
  );
});

describe("lockbench verify on the fixtures", () => {
  it(
    "seed-diff: page_idle walks a folio whose mapping UFFDIO_MOVE changed underneath it",
    () => {
      const v = verify("test/fixtures/policies/seed-diff.policy", "page-idle-vs-move");
      const stale = violations(v).filter((c) => c.finding.kind === "rmap");
      expect(stale.length).toBeGreaterThan(0);
      const c = stale[0]!;
      expect(c.finding).toMatchObject({ kind: "rmap", variant: "stale_anon_vma" });
      expect(c.finding.threads.map((t) => t.name).sort()).toEqual(["mover", "walker"]);
      expect(c.finding.threads.find((t) => t.name === "mover")!.steps[0]!.fn).toBe(
        "folio_move_anon_rmap",
      );
    },
    LONG,
  );

  it(
    "folio-lock-only: the interval-tree update race and the free_pgtables page-table use-after-free",
    () => {
      const v = verify(
        "test/fixtures/policies/folio-lock-only.policy",
        "walker-vs-split",
        "walker-vs-munmap",
      );
      const [split, munmap] = v.scenarios;
      expect(split!.violations.map((c) => c.finding.kind)).toContain("rmap");
      expect(
        split!.violations.some(
          (c) => c.finding.kind === "rmap" && c.finding.variant === "walk_during_update",
        ),
      ).toBe(true);
      // A PTE read through a page table free_pgtables() freed: KASAN, in a pte access.
      const pt = munmap!.violations.filter(
        (c) => c.finding.kind === "kasan" && /ptep_get|ptep_test_and_clear_young/.test(c.report),
      );
      expect(pt.length).toBeGreaterThan(0);
      expect(pt[0]!.report).toMatch(/BUG: KASAN: use-after-free in/);
      expect(pt[0]!.report).toContain("free_pgtables");
    },
    LONG,
  );

  it(
    "anon-vma-flag: the first version walks unprotected between two MOVEs; the fixed proposal does not",
    () => {
      const racy = verify(
        "test/fixtures/policies/anon-vma-flag-racy.policy",
        "page-idle-vs-move-two",
      );
      const stale = violations(racy).filter((c) => c.finding.kind === "rmap");
      expect(stale.map((c) => c.finding.kind === "rmap" && c.finding.variant)).toContain(
        "stale_anon_vma",
      );

      // The shipped proposal re-checks the mark under the root read lock and
      // also marks the destination family, which closes v6.18's folio->index
      // race for the folios MOVE brings in: it verifies.
      const fixed = verify(
        "policies/proposals/anon-vma-flag.policy",
        "page-idle-vs-move-two",
        "page-idle-vs-move",
      );
      expect(fixed.verdict).toBe("safe");
      expect(fixed.scenarios.every((s) => s.complete)).toBe(true);
    },
    LONG,
  );
});
