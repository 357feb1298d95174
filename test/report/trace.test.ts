/*
 * The Chrome Trace Event file: CPU tracks show who ran when, thread tracks
 * show states as nested-free slices, lock waits and holds are matched async
 * begin/end pairs, and an uncontended acquisition opens no wait.
 */
import { describe, expect, it } from "vitest";
import { chromeTrace } from "../../src/report/trace.ts";
import type { TraceEvent } from "../../src/sim/engine.ts";

const names = {
  cpus: ["CPU 0 (big)", "CPU 1 (big)"],
  thread: (t: number) => ["ui", "gc"][t] ?? `t${t}`,
};
const ev = (e: TraceEvent, lockClass?: string) => ({ e, lockClass });

describe("chromeTrace", () => {
  it("turns switches, states and lock events into slices and async pairs", () => {
    const t = chromeTrace(
      [
        ev({ kind: "switch", time: 0, cpu: 0, tid: 0 }),
        ev({ kind: "state", time: 0, tid: 0, state: "running" }),
        ev({ kind: "lock", time: 1000, tid: 0, lock: 3, what: "acquired" }, "&anon_vma->rwsem"),
        ev({ kind: "lock", time: 1500, tid: 1, lock: 3, what: "contended" }, "&anon_vma->rwsem"),
        ev({ kind: "state", time: 1500, tid: 1, state: "dstate" }),
        ev({ kind: "lock", time: 3000, tid: 0, lock: 3, what: "released" }, "&anon_vma->rwsem"),
        ev({ kind: "lock", time: 3000, tid: 1, lock: 3, what: "acquired" }, "&anon_vma->rwsem"),
        ev({ kind: "state", time: 3000, tid: 1, state: "running" }),
        ev({ kind: "switch", time: 4000, cpu: 0, tid: -1 }),
      ],
      names,
      5000,
    );
    const events = t.traceEvents as Record<string, unknown>[];
    const x = events.filter((e) => e.ph === "X");
    expect(x).toContainEqual({ ph: "X", pid: 1, tid: 0, name: "ui", ts: 0, dur: 4 });
    expect(x).toContainEqual({
      ph: "X",
      pid: 2,
      tid: 1,
      name: "D (uninterruptible)",
      ts: 1.5,
      dur: 1.5,
    });
    const asyncs = events
      .filter((e) => e.ph === "b" || e.ph === "e")
      .map((e) => `${e.ph} ${e.tid} ${e.name} ${e.ts}`);
    expect(asyncs).toEqual([
      "b 0 hold &anon_vma->rwsem 1",
      "b 1 wait &anon_vma->rwsem 1.5",
      "e 0 hold &anon_vma->rwsem 3",
      "e 1 wait &anon_vma->rwsem 3",
      "b 1 hold &anon_vma->rwsem 3",
    ]);
    expect(t.displayTimeUnit).toBe("ns");
    expect(
      events.filter((e) => e.ph === "M").map((e) => (e.args as { name: string }).name),
    ).toEqual(expect.arrayContaining(["CPUs", "Threads", "CPU 0 (big)", "ui", "gc"]));
  });
});
