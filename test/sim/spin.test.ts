/*
 * Queued spinlocks: FIFO, waiters burn their CPU (spinning), holders and
 * waiters cannot be preempted, and the hand-off costs a line transfer plus an
 * atomic. Machine: 4 CPUs at 1 GHz unless a test says otherwise.
 */
import { describe, expect, it } from "vitest";
import { Engine } from "../../src/sim/engine.ts";
import { compute, Script, spin, tinyMachine } from "./helpers.ts";

describe("spinlock", () => {
  it("grants waiters in arrival order and accounts their wait as spinning", () => {
    const e = new Engine(tinyMachine(), { seed: 1 });
    const l = e.addSpinlock("ptl");
    const h = new Script([spin("spin_lock", l), compute(10_000), spin("spin_unlock", l)]);
    const a = new Script([spin("spin_lock", l), compute(1000), spin("spin_unlock", l)]);
    const b = new Script([spin("spin_lock", l), compute(1000), spin("spin_unlock", l)]);
    e.addThread({ name: "h", program: h });
    const tb = e.addThread({ name: "b", program: b, start: 2000 });
    const ta = e.addThread({ name: "a", program: a, start: 1000 });
    const rep = e.run(100_000);
    expect(a.doneAt(0)).toBe(10_000);
    expect(b.doneAt(0)).toBe(11_000);
    expect(rep.threads[ta]!.time.spinning).toBe(9000);
    expect(rep.threads[tb]!.time.spinning).toBe(9000);
    expect(rep.threads[ta]!.time.dstate).toBe(0);
  });

  it("hands off after the lock's line moves to the waiter's CPU and one atomic", () => {
    const m = tinyMachine({
      clusters: [{ cores: 1 }, { cores: 1 }],
      crossClusterNs: 150,
      atomicNs: 7,
    });
    const e = new Engine(m, { seed: 1 });
    const l = e.addSpinlock("ptl");
    const h = new Script([spin("spin_lock", l), compute(10_000), spin("spin_unlock", l)]);
    const w = new Script([spin("spin_lock", l), spin("spin_unlock", l)]);
    e.addThread({ name: "h", program: h, cpus: [0] });
    e.addThread({ name: "w", program: w, cpus: [1], start: 1000 });
    e.run(100_000);
    // h: lock at 0 (line untouched: local, 7 ns atomic) -> computes until 10_007;
    // the unlock store needs the line back from CPU 1 (w's failed RMW took it): 150 ns.
    // w then gets it after the transfer back (150) plus its atomic (7).
    expect(h.doneAt(1)).toBe(10_007);
    expect(w.doneAt(0)).toBe(10_007 + 150 + 7);
  });

  it("spin_trylock fails while the lock is held or anyone is queued", () => {
    const e = new Engine(tinyMachine(), { seed: 1 });
    const l = e.addSpinlock("ptl");
    e.addThread({
      name: "h",
      program: new Script([spin("spin_lock", l), compute(10_000), spin("spin_unlock", l)]),
    });
    e.addThread({
      name: "q",
      program: new Script([spin("spin_lock", l), spin("spin_unlock", l)]),
      start: 1000,
    });
    const t = new Script([
      spin("spin_trylock", l),
      compute(20_000),
      spin("spin_trylock", l),
      spin("spin_unlock", l),
    ]);
    e.addThread({ name: "t", program: t, start: 2000 });
    e.run(100_000);
    expect([t.results[0], t.results[2]]).toEqual([0, 1]);
  });

  it("a holder is not preempted by the tick; it yields when it unlocks", () => {
    // One CPU, two threads: h holds the lock across two ticks (4 ms each at HZ=250).
    const e = new Engine(tinyMachine({ clusters: [{ cores: 1 }] }), { seed: 1 });
    const l = e.addSpinlock("ptl");
    const h = new Script([
      spin("spin_lock", l),
      compute(9_000_000),
      spin("spin_unlock", l),
      compute(1_000_000),
    ]);
    const o = new Script([compute(1000)]);
    const th = e.addThread({ name: "h", program: h });
    e.addThread({ name: "o", program: o, start: 1000 });
    const rep = e.run(20_000_000);
    // The tick at 4 ms finds h's slice (3 ms) used up and o waiting, but h has
    // preemption disabled: need_resched is set, and h yields right after its
    // unlock at 9 ms. o runs 1 us, then h continues.
    expect(o.doneAt(0)).toBe(9_000_000 + 1000);
    expect(rep.threads[th]!.time.runnable).toBe(1000);
  });
});
