/*
 * An execution runs policy threads one step per choice, records the schedule
 * and a trace with each step's policy file:line, replays a schedule to the
 * identical trace, and stops on deadlock with the wait-for cycle.
 */
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../src/check/format.ts";
import { RandomStrategy } from "../../src/check/random.ts";
import { Execution, run } from "../../src/check/run.ts";
import { decodeSchedule, encodeSchedule } from "../../src/check/strategy.ts";
import { anonVma, compile, only, replay, scenario, serial } from "./helpers.ts";

const ABBA = compile(`
void one(struct mm_struct *mm, struct anon_vma *av)
{
	down_write(&mm->mmap_lock);
	down_write(&av->rwsem);
	up_write(&av->rwsem);
	up_write(&mm->mmap_lock);
}

void two(struct mm_struct *mm, struct anon_vma *av)
{
	down_write(&av->rwsem);
	down_write(&mm->mmap_lock);
	up_write(&mm->mmap_lock);
	up_write(&av->rwsem);
}

/* Three counters bumped without locks: plenty of steps to interleave. */
void bump(struct folio *folio)
{
	int i;

	for (i = 0; i < 3; i++) {
		folio_lock(folio);
		folio->index = folio->index + 1;
		folio_unlock(folio);
	}
}
`);

const abba = scenario(ABBA, (w) => {
  const mm = w.allocObject("mm_struct");
  const av = anonVma(w);
  return [
    { name: "T1", fn: "one", args: [mm, av] },
    { name: "T2", fn: "two", args: [mm, av] },
  ];
});

const bumpers = scenario(ABBA, (w) => {
  const f = w.allocObject("folio");
  return [1, 2, 3].map((i) => ({ name: `B${i}`, fn: "bump", args: [f] }));
});

describe("schedule strings", () => {
  it("round-trips with run-length compression", () => {
    const s = [0, 0, 0, 1, 0, 2, 2];
    expect(encodeSchedule(s)).toBe("0x3.1.0.2x2");
    expect(decodeSchedule("0x3.1.0.2x2")).toEqual(s);
    expect(decodeSchedule("")).toEqual([]);
    expect(() => decodeSchedule("0.x")).toThrow(/bad schedule element 'x'/);
  });
});

describe("run", () => {
  it("runs threads to completion and records each step's policy line", () => {
    const r = serial(abba);
    expect(r.outcome.kind).toBe("complete");
    expect(r.schedule).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(r.trace.map((s) => `${s.thread}:${s.at.line}:${s.at.text}`)).toEqual([
      "0:7:down_write()",
      "0:8:down_write()",
      "0:9:up_write()",
      "0:10:up_write()",
      "1:15:down_write()",
      "1:16:down_write()",
      "1:17:up_write()",
      "1:18:up_write()",
    ]);
    expect(r.trace.every((s) => s.at.file === "t.policy")).toBe(true);
  });

  it("stops at an ABBA deadlock and reports the wait-for cycle", () => {
    const r = replay(abba, "0.1.0.1");
    expect(r.outcome.kind).toBe("deadlock");
    const [d] = only(r, "deadlock");
    expect(d!.cycle).toBe(true);
    expect(d!.chain).toEqual(["T2", "T1", "T2"]);
    expect(d!.waits.map((w) => w.lock?.cls)).toEqual(["&mm->mmap_lock", "&anon_vma->rwsem"]);
    expect(r.trace.map((s) => s.result)).toEqual(["ok", "ok", "blocked", "blocked"]);
    const text = formatFinding(d!);
    expect(text).toContain("INFO: task T1:1 blocked for more than 120 seconds.");
    expect(text).toContain("wait-for cycle: T2 -> T1 -> T2");
  });

  it("without a schedule record (the explorer's), counts steps, bounds and copies the same", () => {
    const bare = new Execution(bumpers, { schedule: false, trace: false, maxSteps: 5 });
    const recorded = new Execution(bumpers, { trace: false, maxSteps: 5 });
    for (const i of [0, 1, 2, 0]) {
      bare.step(i);
      recorded.step(i);
    }
    expect(bare.steps).toBe(4);
    expect(recorded.schedule).toEqual([0, 1, 2, 0]);
    expect(() => bare.schedule).toThrow(/does not record its schedule/);
    const copy = new Execution(bumpers, { schedule: false, trace: false, maxSteps: 5 });
    copy.copyFrom(bare);
    expect(copy.steps).toBe(4);
    expect(copy.hash()).toEqual(recorded.hash());
    const next = recorded.runnable()[0]!;
    expect(copy.runnable()).toEqual(recorded.runnable());
    copy.step(next);
    recorded.step(next);
    expect(copy.outcome).toEqual({ kind: "bounded", steps: 5 });
    expect(recorded.outcome).toEqual(copy.outcome);
    expect(bare.steps).toBe(4);
  });

  it("replays a recorded random schedule to the identical trace", () => {
    const first = run(bumpers, new RandomStrategy(7));
    expect(first.outcome.kind).toBe("complete");
    const again = replay(bumpers, first.replay);
    expect(again.schedule).toEqual(first.schedule);
    expect(again.trace).toEqual(first.trace);
    expect(again.findings).toEqual(first.findings);
    expect(again.outcome).toEqual(first.outcome);
  });

  it("draws different interleavings from different seeds, the same from the same seed", () => {
    const a = run(bumpers, new RandomStrategy(1)).replay;
    expect(run(bumpers, new RandomStrategy(1)).replay).toBe(a);
    const others = [2, 3, 4, 5].map((s) => run(bumpers, new RandomStrategy(s)).replay);
    expect(others.some((o) => o !== a)).toBe(true);
  });

  it("reports a divergence when a replayed schedule names a thread that cannot run", () => {
    const r = replay(abba, "0.1.0.0");
    expect(r.outcome.kind).toBe("diverged");
  });

  it("stops where a replayed prefix ends, and hashes equal prefixes equally", () => {
    expect(replay(abba, "0.1").outcome.kind).toBe("stopped");
    const a = new Execution(abba);
    const b = new Execution(abba);
    a.step(0);
    a.step(1);
    b.step(1);
    b.step(0);
    // Different orders, same state: both hold their first lock.
    expect(a.hash()).toEqual(b.hash());
    b.step(0);
    expect(b.hash()).not.toEqual(a.hash());
  });

  it("bounds an execution at maxSteps", () => {
    const r = serial(bumpers, { maxSteps: 5 });
    expect(r.outcome).toEqual({ kind: "bounded", steps: 5 });
  });

  it("turns a policy runtime error into a located fault", () => {
    const q = compile(`
int div(int x)
{
	cond_resched();
	return 1 / x;
}`);
    const f = serial(scenario(q, () => [{ name: "D", fn: "div", args: [0] }]));
    expect(f.outcome.kind).toBe("fault");
    if (f.outcome.kind === "fault") expect(f.outcome.at.line).toBe(8);
  });
});
