/*
 * The explorer on tiny policies: it reaches every final state and every
 * violation a naive enumerator of all interleavings reaches, its
 * counterexamples are shortest and replay, and a cut search says so.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explore } from "../../src/check/explore.ts";
import { ReplayStrategy } from "../../src/check/replay.ts";
import { Execution, ExecutionPool, prepare, run } from "../../src/check/run.ts";
import { buildScenario } from "../../src/check/scenario.ts";
import { VisitedSet } from "../../src/check/visited.ts";
import { frontEnd } from "../../src/lang/index.ts";
import { fileReader } from "../../src/policy-files.ts";
import { loadScenario } from "../../src/workload/scenario.ts";
import { compile, scenario } from "./helpers.ts";

const P = compile(`
/* A lost update: two plain read-modify-writes of one field. */
void bump(struct folio *folio)
{
	unsigned long i = folio->index;

	folio->index = i + 1;
}

/* The same under the folio lock. */
void bump_locked(struct folio *folio)
{
	unsigned long i;

	folio_lock(folio);
	i = folio->index;
	folio->index = i + 1;
	folio_unlock(folio);
}

/* Takes two locks in the order given: opposite orders deadlock. */
void two(struct folio *a, struct folio *b)
{
	folio_lock(a);
	folio_lock(b);
	folio_unlock(b);
	folio_unlock(a);
}
`);

const pair = (fn: string, n = 2) =>
  scenario(P, (w) => {
    const f = w.allocObject("folio");
    return Array.from({ length: n }, (_, i) => ({ name: `t${i}`, fn, args: [f] }));
  });

const abba = scenario(P, (w) => {
  const a = w.allocObject("folio");
  const b = w.allocObject("folio");
  return [
    { name: "ab", fn: "two", args: [a, b] },
    { name: "ba", fn: "two", args: [b, a] },
  ];
});

const naive = { hashing: false, reduce: false } as const;
const summary = (r: ReturnType<typeof explore>) => ({
  finals: r.finals,
  keys: r.violations.map((v) => v.key).sort(),
});

describe("explorer", () => {
  it("finds the lost update and agrees with the naive enumerator", () => {
    const s = pair("bump");
    const full = explore(s, { monitors: [] });
    expect(full.complete).toBe(true);
    // index ends at 2 (serial) or 1 (lost update): two distinct final states.
    expect(full.finals).toHaveLength(2);
    expect(summary(explore(s, { ...naive, monitors: [] }))).toEqual(summary(full));
  });

  it("reports the race with the default monitors, shortest first, and the schedule replays it", () => {
    const s = pair("bump");
    const r = explore(s);
    // read/write and write/write: two races, each its own pair of steps.
    expect(r.violations.map((v) => v.finding.kind)).toEqual(["race", "race"]);
    const v = r.violations[0]!;
    // Naively, no interleaving reaches the race in fewer steps.
    const all = explore(s, naive);
    const shortest = Math.min(...all.violations.map((x) => x.schedule.length));
    expect(v.schedule.length).toBe(shortest);
    const again = run(s, new ReplayStrategy(v.schedule), { stopOnFinding: true });
    expect(again.findings.map((f) => f.kind)).toEqual(["race"]);
    expect(again.schedule).toEqual(v.schedule);
  });

  it("proves the locked version safe with one final state, like the naive enumerator", () => {
    const s = pair("bump_locked");
    const r = explore(s);
    expect(r.complete).toBe(true);
    expect(r.violations).toEqual([]);
    expect(r.finals).toHaveLength(1);
    expect(summary(explore(s, naive))).toEqual(summary(r));
    // Hashing prunes: fewer states than the naive tree has nodes.
    expect(r.states).toBeLessThan(explore(s, naive).states);
  });

  it("finds the ABBA deadlock and the lockdep cycle, as the naive enumerator does", () => {
    const r = explore(abba);
    const kinds = r.violations.map((v) => v.finding.kind).sort();
    expect(kinds).toContain("deadlock");
    expect(kinds).toContain("lockdep");
    expect(summary(explore(abba, naive))).toEqual(summary(r));
  });

  it("agrees with the naive enumerator with three threads", () => {
    const s = pair("bump", 3);
    const r = explore(s, { monitors: [] });
    expect(summary(explore(s, { ...naive, monitors: [] }))).toEqual(summary(r));
    // 3, 2 or 1 survive of the three increments.
    expect(r.finals).toHaveLength(3);
  });

  it("says bounded, and why, when the step bound cuts a path", () => {
    const r = explore(pair("bump_locked"), { maxDepth: 3 });
    expect(r.complete).toBe(false);
    expect(r.bound).toMatch(/step bound \(3\)/);
  });

  it("says bounded when the state budget runs out", () => {
    const r = explore(pair("bump_locked"), { maxStates: 5 });
    expect(r.complete).toBe(false);
    expect(r.bound).toMatch(/state budget \(5\)/);
  });
});

describe("preemption bound", () => {
  const hex = ([lo, hi]: [number, number]) =>
    (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");

  /**
   * The final states of every schedule with at most max preemptions, by
   * brute force (each schedule replayed from the start, no hashing, no
   * reduction): a preemption is a step of another thread while the last
   * one to step could go on.
   */
  function boundedFinals(
    s: ReturnType<typeof pair>,
    max: number,
  ): { finals: string[]; cut: boolean } {
    const prepared = prepare(s, { monitors: [] });
    const finals = new Set<string>();
    let cut = false;
    const walk = (schedule: number[], last: number, n: number): void => {
      const ex = new Execution(s, { monitors: [] }, prepared);
      for (const i of schedule) ex.step(i);
      if (ex.outcome) {
        if (ex.outcome.kind === "complete") finals.add(hex(ex.hash()));
        return;
      }
      const runnable = ex.runnable();
      for (const i of runnable) {
        const m = n + (last >= 0 && i !== last && runnable.includes(last) ? 1 : 0);
        if (m <= max) walk([...schedule, i], i, m);
        else cut = true;
      }
    };
    walk([], -1, 0);
    return { finals: [...finals].sort(), cut };
  }

  it("reaches exactly the final states of the schedules within the bound", () => {
    for (const n of [2, 3])
      for (const max of [0, 1, 2]) {
        const s = pair("bump", n);
        const r = explore(s, { monitors: [], maxPreemptions: max });
        const want = boundedFinals(s, max);
        expect({ n, max, finals: r.finals }).toEqual({ n, max, finals: want.finals });
        expect(r.complete).toBe(!want.cut);
        if (want.cut) expect(r.bound).toMatch(new RegExp(`preemption bound \\(${max}\\)`));
      }
  });

  it("without preemptions only serial runs happen: the lost update needs one", () => {
    const s = pair("bump");
    expect(explore(s, { monitors: [], maxPreemptions: 0 }).finals).toHaveLength(1);
    expect(explore(s, { monitors: [], maxPreemptions: 1 }).finals).toHaveLength(2);
  });

  it("finds what the unbounded search finds when the bound is never reached", () => {
    const s = pair("bump", 3);
    const r = explore(s, { maxPreemptions: 50 });
    expect(r.complete).toBe(true);
    expect(summary(r)).toEqual(summary(explore(s)));
  });

  it("loses nothing to running invisible steps alone, on a real scenario with a violation", () => {
    const file = "workloads/scenarios/page-idle-vs-move.yaml";
    const spec = loadScenario(file, readFileSync(file, "utf8"));
    const program = frontEnd("test/fixtures/policies/seed-diff.policy", fileReader(process.cwd()))
      .ir!;
    const s = buildScenario(spec, program);
    const reduced = explore(s, { maxPreemptions: 1 });
    expect(reduced.complete).toBe(false);
    // The rmap finding needs only one preemption: MOVE between the walker's
    // read of folio->mapping and its walk.
    expect(reduced.violations.some((v) => v.finding.kind === "rmap")).toBe(true);
    expect(summary(explore(s, { maxPreemptions: 1, reduce: false }))).toEqual(summary(reduced));
  }, 120_000);
});

describe("branching by copying an execution", () => {
  const same = (s: Parameters<typeof explore>[0]) => {
    for (const order of ["depth", "breadth"] as const) {
      const copied = explore(s, { order });
      const replayed = explore(s, { order, copy: false });
      expect(replayed.states).toBe(copied.states);
      expect(replayed.transitions).toBe(copied.transitions);
      expect(replayed.finals).toEqual(copied.finals);
      expect(replayed.violations.map((v) => [v.key, v.schedule])).toEqual(
        copied.violations.map((v) => [v.key, v.schedule]),
      );
      // Replaying costs more steps than it explores; copying costs none.
      expect(copied.executedSteps).toBe(copied.transitions);
      expect(replayed.executedSteps).toBeGreaterThan(replayed.transitions);
    }
    return explore(s);
  };

  it("finds what replaying from the initial state finds, with the same shortest schedules", () => {
    expect(same(pair("bump")).violations).toHaveLength(2);
    expect(same(abba).violations.length).toBeGreaterThan(0);
    same(pair("bump_locked", 3));
  });

  it("hands its executions on to the next search of the program, changing neither", () => {
    // Three threads, then two with other names and functions, then three again:
    // a pooled execution is retargeted (threads rebuilt) before it is copied into.
    const searches = [pair("bump_locked", 3), pair("bump"), abba, pair("bump_locked", 3)];
    const whole = (r: ReturnType<typeof explore>) => ({
      states: r.states,
      transitions: r.transitions,
      finals: r.finals,
      violations: r.violations.map((v) => [v.key, v.schedule]),
    });
    const alone = searches.map((s) => whole(explore(s)));
    const pool = new ExecutionPool();
    const pooled = searches.map((s) => whole(explore(s, { pool })));
    expect(pooled).toEqual(alone);
    expect(pool.size).toBeGreaterThan(0);
    // The last search's visited table is left too, and the next search empties it.
    expect(pool.takeVisited()?.size).toBe(0);
  });

  it("agrees with replaying on a real policy and scenario with a violation", () => {
    const file = "workloads/scenarios/page-idle-vs-move.yaml";
    const spec = loadScenario(file, readFileSync(file, "utf8"));
    const program = frontEnd("test/fixtures/policies/seed-diff.policy", fileReader(process.cwd()))
      .ir!;
    const r = same(buildScenario(spec, program));
    expect(r.violations.some((v) => v.finding.kind === "rmap")).toBe(true);
  }, 120_000);

  it("agrees with replaying where a thread makes a VMA and attaches it (fork's dup_mmap)", () => {
    // The World's side state that only steps change (here: which VMAs are
    // detached) must reach the copies as it reaches the replays.
    const file = "workloads/scenarios/referenced-vs-fork.yaml";
    const spec = loadScenario(file, readFileSync(file, "utf8"));
    const program = frontEnd("policies/linux-v6.18.policy", fileReader(process.cwd())).ir!;
    const r = same(buildScenario(spec, program));
    expect(r.complete).toBe(true);
  }, 120_000);
});

describe("sleep sets", () => {
  const real = (policy: string, name: string) => {
    const file = `workloads/scenarios/${name}.yaml`;
    const spec = loadScenario(file, readFileSync(file, "utf8"));
    return buildScenario(spec, frontEnd(policy, fileReader(process.cwd())).ir!);
  };

  it("treat as independent only steps that commute (both orders reach one state)", () => {
    for (const name of ["walker-vs-merge", "move-vs-fault"]) {
      const problems: string[] = [];
      const r = explore(real("policies/linux-v6.18.policy", name), {
        checkIndependence: (p) => problems.push(p),
      });
      expect(r.complete).toBe(true);
      expect(problems).toEqual([]);
    }
  }, 120_000);

  it("skip only states where a thread stands before an invisible call, and lose no violation", () => {
    const s = real("test/fixtures/policies/folio-lock-only.policy", "walker-vs-merge");
    const full = new Map<string, readonly number[]>();
    const reduced = new Set<string>();
    const a = explore(s, { sleepSets: false, onState: (h, sch) => full.set(h, [...sch]) });
    const b = explore(s, { onState: (h) => reduced.add(h) });
    expect(b.transitions).toBeLessThan(a.transitions);
    expect(b.finals).toEqual(a.finals);
    expect(b.violations.map((v) => v.key)).toEqual(a.violations.map((v) => v.key));
    const prepared = prepare(s, {});
    for (const [h, sch] of full) {
      if (reduced.has(h)) continue;
      const ex = new Execution(s, {}, prepared);
      for (const i of sch) ex.step(i);
      const atCall = ex.threads.some((t) => {
        const p = ex.interp.pending(t);
        return p !== undefined && (p.ins.op === "call" || p.ins.op === "icall");
      });
      expect(atCall, `state after ${sch.join("")}`).toBe(true);
    }
  }, 120_000);
});

describe("VisitedSet", () => {
  it("behaves as a set of 64-bit values through growth", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer(), fc.integer()), { maxLength: 3000 }), (xs) => {
        const v = new VisitedSet(2);
        const ref = new Set<string>();
        for (const [lo, hi] of xs) {
          const key = `${(lo === 0 && hi === 0 ? 1 : lo) >>> 0}:${hi >>> 0}`;
          expect(v.add(lo, hi)).toBe(!ref.has(key));
          ref.add(key);
        }
        expect(v.size).toBe(ref.size);
        for (const [lo, hi] of xs) expect(v.has(lo, hi)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("is empty after clear() and fills again", () => {
    const v = new VisitedSet(2);
    for (let i = 1; i <= 100; i++) v.add(i, -i);
    v.clear();
    expect(v.size).toBe(0);
    for (let i = 1; i <= 100; i++) expect(v.has(i, -i)).toBe(false);
    expect(v.addOrGet(7, -7, 42)).toBe(-1);
    expect(v.addOrGet(7, -7, 43)).toBe(42);
    expect(v.size).toBe(1);
  });
});
