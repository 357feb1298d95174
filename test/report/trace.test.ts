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

  it("draws a wake-up flow from the waker to the wakee's next run, and an unlock-to-next-owner flow", () => {
    const cls = "&anon_vma->rwsem";
    const t = chromeTrace(
      [
        ev({ kind: "state", time: 0, tid: 0, state: "running" }),
        ev({ kind: "lock", time: 1000, tid: 0, lock: 3, what: "acquired" }, cls),
        ev({ kind: "state", time: 1500, tid: 1, state: "running" }),
        ev({ kind: "lock", time: 1500, tid: 1, lock: 3, what: "contended" }, cls),
        ev({ kind: "state", time: 1600, tid: 1, state: "dstate" }),
        ev({ kind: "lock", time: 3000, tid: 0, lock: 3, what: "released" }, cls),
        ev({ kind: "wake", time: 3000, tid: 1, cpu: 1, by: 0 }),
        ev({ kind: "state", time: 3000, tid: 1, state: "runnable" }),
        ev({ kind: "state", time: 7000, tid: 1, state: "running" }),
        ev({ kind: "lock", time: 7000, tid: 1, lock: 3, what: "acquired" }, cls),
        // A timer's wake-up (the end of a sleep) has no waker and no arrow.
        ev({ kind: "wake", time: 8000, tid: 0, cpu: 0 }),
      ],
      names,
      9000,
    );
    const flows = (t.traceEvents as Record<string, unknown>[])
      .filter((e) => e.ph === "s" || e.ph === "f")
      .map((e) => `${e.ph} ${e.id} ${e.name} tid ${e.tid} at ${e.ts}${e.bp ? ` bp ${e.bp}` : ""}`);
    expect(flows).toEqual([
      "s 1 wake-up tid 0 at 3",
      // Ends where the wakee's running slice begins: bound to that slice.
      "f 1 wake-up tid 1 at 7",
      "s 2 handoff &anon_vma->rwsem tid 0 at 3",
      "f 2 handoff &anon_vma->rwsem tid 1 at 7",
    ]);
    expect(
      (t.traceEvents as Record<string, unknown>[]).filter((e) => e.ph === "s" || e.ph === "f"),
    ).toContainEqual(expect.objectContaining({ ph: "s", pid: 2, cat: "flow" }));
  });

  it("binds a flow end inside a running slice to the enclosing slice", () => {
    const cls = "PG_locked";
    const t = chromeTrace(
      [
        ev({ kind: "state", time: 0, tid: 0, state: "running" }),
        ev({ kind: "state", time: 0, tid: 1, state: "spinning" }),
        ev({ kind: "lock", time: 100, tid: 0, lock: 5, what: "acquired" }, cls),
        ev({ kind: "lock", time: 200, tid: 1, lock: 5, what: "contended" }, cls),
        ev({ kind: "lock", time: 900, tid: 0, lock: 5, what: "released" }, cls),
        ev({ kind: "lock", time: 950, tid: 1, lock: 5, what: "acquired" }, cls),
      ],
      names,
      1000,
    );
    const end = (t.traceEvents as Record<string, unknown>[]).find((e) => e.ph === "f");
    expect(end).toMatchObject({ tid: 1, ts: 0.95, bp: "e", name: "handoff PG_locked" });
  });
});
