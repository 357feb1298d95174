/*
 * Preemptible RCU: grace periods wait for pre-existing readers and for every
 * busy CPU to pass a quiescent state; synchronize_rcu sleeps in D state;
 * call_rcu callbacks run after a grace period. Machine: 4 CPUs at 1 GHz,
 * HZ=250 (ticks every 4 ms), wake-ups 1 us / 2 us.
 */
import { describe, expect, it } from "vitest";
import { Engine } from "../../src/sim/engine.ts";
import type { Action } from "../../src/sim/program.ts";
import { compute, Script, sleep, tinyMachine } from "./helpers.ts";

const rcu = (op: Extract<Action, { kind: "rcu" }>["op"], token?: number): Action =>
  token === undefined ? { kind: "rcu", op, site: 0 } : { kind: "rcu", op, site: 0, token };

describe("RCU", () => {
  it("synchronize_rcu waits for a reader that was inside its section, sleeping in D state", () => {
    const e = new Engine(tinyMachine(), { seed: 1 });
    const r = new Script([rcu("rcu_read_lock"), sleep(100_000), rcu("rcu_read_unlock")]);
    const s = new Script([rcu("synchronize_rcu")]);
    e.addThread({ name: "reader", program: r });
    const ts = e.addThread({ name: "sync", program: s, start: 1000 });
    const rep = e.run(1_000_000);
    // The reader (asleep inside its section) is on the blocked list. It wakes at
    // 100 us (+1 us same CPU) and unlocks at 101 us: the GP ends, the waiter is
    // woken cross-CPU and continues at 103 us.
    expect(s.doneAt(0)).toBe(103_000);
    expect(rep.threads[ts]!.time.dstate).toBe(101_000 - 1000);
    expect(rep.rcuGracePeriods).toBe(1);
  });

  it("a busy CPU reports its quiescent state at the next tick outside a read section", () => {
    const e = new Engine(tinyMachine(), { seed: 1 });
    // Never in a read section, never switching out: only the tick can report for its CPU.
    e.addThread({ name: "busy", program: new Script([compute(10_000_000)]) });
    const s = new Script([rcu("synchronize_rcu")]);
    e.addThread({ name: "sync", program: s, start: 1000 });
    e.run(20_000_000);
    // Tick at 4 ms ends the GP; the waker is that CPU's tick, so the waiter (another
    // CPU) arrives 2 us later.
    expect(s.doneAt(0)).toBe(4_000_000 + 2000);
  });

  it("a reader running through the tick reports when it leaves its section", () => {
    const e = new Engine(tinyMachine(), { seed: 1 });
    e.addThread({
      name: "reader",
      program: new Script([
        rcu("rcu_read_lock"),
        compute(6_000_000),
        rcu("rcu_read_unlock"),
        compute(1_000_000),
      ]),
    });
    const s = new Script([rcu("synchronize_rcu")]);
    e.addThread({ name: "sync", program: s, start: 1000 });
    e.run(20_000_000);
    // The 4 ms tick finds the reader inside its section and asks it to report
    // (need_qs); rcu_read_unlock at 6 ms does, ending the GP.
    expect(s.doneAt(0)).toBe(6_000_000 + 2000);
  });

  it("idle CPUs do not delay a grace period, and call_rcu callbacks run after it", () => {
    const ran: [number, number][] = [];
    const e = new Engine(tinyMachine(), {
      seed: 1,
      hooks: { onRcuCallback: (tok, now) => ran.push([tok, now]) },
    });
    const r = new Script([rcu("rcu_read_lock"), sleep(50_000), rcu("rcu_read_unlock")]);
    const f = new Script([rcu("call_rcu", 42), compute(1000)]);
    e.addThread({ name: "reader", program: r });
    e.addThread({ name: "freer", program: f, start: 1000 });
    e.run(1_000_000);
    // The freer's CPU passes a quiescent state when it exits at 2 us; the reader
    // leaves its section at 51 us (50 us sleep, 1 us same-CPU wake-up).
    expect(ran).toEqual([[42, 51_000]]);
  });

  it("a synchronize_rcu inside a read-side section is reported as a deadlock", () => {
    const e = new Engine(tinyMachine(), { seed: 1 });
    e.addThread({
      name: "bad",
      program: new Script([rcu("rcu_read_lock"), rcu("synchronize_rcu")]),
    });
    expect(() => e.run(1000)).toThrow(/inside a read-side section/);
  });
});
