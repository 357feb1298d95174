/*
 * The engine and its scheduler: compute scaling, switch and wake-up costs,
 * EEVDF time slices at tick granularity, nice weights, affinity, idle pulls,
 * and exact state accounting. Machines are tiny and hand-made (helpers.ts).
 */
import { describe, expect, it } from "vitest";
import { Engine, type TraceEvent } from "../../src/sim/engine.ts";
import { niceWeight } from "../../src/sim/sched.ts";
import { compute, Script, sleep, tinyMachine } from "./helpers.ts";

describe("engine", () => {
  it("scales compute by CPU capacity: cycles are counted on the fastest core", () => {
    const m = tinyMachine({ clusters: [{ cores: 1 }, { cores: 1, capacity: 512, freqMHz: 500 }] });
    const e = new Engine(m, { seed: 1 });
    const big = new Script([compute(1000)]);
    const little = new Script([compute(1000)]);
    e.addThread({ name: "big", program: big, clusters: ["big"] });
    e.addThread({ name: "little", program: little, clusters: ["c1"] });
    e.run(1_000_000);
    expect(big.doneAt(0)).toBe(1000);
    // Capacity 512 of 1024: twice as long.
    expect(little.doneAt(0)).toBe(2000);
  });

  it("charges a context switch before a thread runs, accounted as runnable", () => {
    const e = new Engine(tinyMachine({ clusters: [{ contextSwitchNs: 500 }] }), { seed: 1 });
    const s = new Script([compute(1000)]);
    const t = e.addThread({ name: "t", program: s });
    const rep = e.run(10_000);
    expect(s.issued[0]).toBe(500);
    expect(rep.threads[t]!.time).toEqual({
      running: 1000,
      runnable: 500,
      dstate: 0,
      sleeping: 0,
      spinning: 0,
    });
    expect(rep.threads[t]!.end).toBe(1500);
  });

  it("wakes a sleeper on its own idle CPU after the same-CPU wake-up latency", () => {
    const e = new Engine(tinyMachine(), { seed: 1 });
    const s = new Script([sleep(10_000), compute(100)]);
    const t = e.addThread({ name: "t", program: s });
    const rep = e.run(100_000);
    expect(s.issued[1]).toBe(10_000 + 1000);
    expect(rep.threads[t]!.time.sleeping).toBe(10_000);
    expect(rep.threads[t]!.time.runnable).toBe(1000);
  });

  it("time-slices two CPU-bound threads on one CPU at tick granularity (HZ=250, 3 ms slices)", () => {
    const e = new Engine(tinyMachine({ clusters: [{ cores: 1 }] }), { seed: 1 });
    const a = new Script([compute(10_000_000)]);
    const b = new Script([compute(10_000_000)]);
    const ta = e.addThread({ name: "a", program: a });
    const tb = e.addThread({ name: "b", program: b });
    const rep = e.run(100_000_000);
    // The slice (3 ms) is used up before each 4 ms tick, and the waiting thread is
    // eligible with the earlier deadline: a 0-4, b 4-8, a 8-12, b 12-16, a 16-18 (done),
    // b 18-20 (done).
    expect(a.doneAt(0)).toBe(18_000_000);
    expect(b.doneAt(0)).toBe(20_000_000);
    expect(rep.threads[ta]!.time.runnable).toBe(8_000_000);
    expect(rep.threads[tb]!.time.runnable).toBe(10_000_000);
  });

  it("shares a CPU in proportion to nice weights", () => {
    const e = new Engine(tinyMachine({ clusters: [{ cores: 1 }] }), { seed: 1 });
    const t0 = e.addThread({ name: "nice0", program: new Script([compute(10e9)]) });
    const t5 = e.addThread({ name: "nice5", program: new Script([compute(10e9)]), nice: 5 });
    const rep = e.run(4e9);
    const ratio = rep.threads[t0]!.time.running / rep.threads[t5]!.time.running;
    // sched_prio_to_weight: 1024 / 335; tick granularity blurs it slightly.
    const want = niceWeight(0) / niceWeight(5);
    expect(Math.abs(ratio / want - 1)).toBeLessThan(0.1);
  });

  it("keeps a thread on the clusters it is affine to, even when other CPUs are idle", () => {
    const m = tinyMachine({ clusters: [{ cores: 2 }, { cores: 2 }] });
    const switches: TraceEvent[] = [];
    const e = new Engine(m, {
      seed: 1,
      hooks: { trace: (ev) => ev.kind === "switch" && switches.push(ev) },
    });
    const tids = [0, 1, 2].map((i) =>
      e.addThread({
        name: `t${i}`,
        program: new Script([compute(5_000_000), sleep(100), compute(5_000_000)]),
        clusters: ["c1"],
      }),
    );
    e.run(100_000_000);
    const cpus = new Set(
      switches
        .filter((s) => s.kind === "switch" && tids.includes(s.tid))
        .map((s) => (s.kind === "switch" ? s.cpu : -1)),
    );
    expect([...cpus].sort()).toEqual([2, 3]);
  });

  it("an idle CPU pulls a queued thread (newidle balance)", () => {
    const e = new Engine(tinyMachine({ clusters: [{ cores: 2 }] }), { seed: 1 });
    const a = new Script([compute(10_000_000)]);
    const b = new Script([compute(10_000_000)]);
    const c = new Script([compute(10_000_000)]);
    e.addThread({ name: "a", program: a }); // CPU 0
    e.addThread({ name: "b", program: b }); // CPU 1
    e.addThread({ name: "c", program: c }); // queued on CPU 0 (least loaded, lowest index)
    e.run(100_000_000);
    // a and c alternate on CPU 0 at ticks (a 0-4, c 4-8, a 8-...); b finishes at
    // 10 ms and CPU 1 pulls c, which has 6 ms left; a runs alone from 10 ms.
    expect(b.doneAt(0)).toBe(10_000_000);
    expect(a.doneAt(0)).toBe(14_000_000);
    expect(c.doneAt(0)).toBe(16_000_000);
  });

  it("charges a TLB flush as the machine's base cost plus a per-page cost", () => {
    const e = new Engine(tinyMachine(), { seed: 1 });
    const s = new Script([{ kind: "tlb_flush", pages: 16 }]);
    e.addThread({ name: "t", program: s });
    e.run(100_000);
    expect(s.doneAt(0)).toBe(1000 + 16 * 10);
  });

  it("stops a thread that takes actions forever without time passing", () => {
    const e = new Engine(tinyMachine(), { seed: 1, maxInstantSteps: 1000 });
    e.addThread({ name: "spinner", program: { next: () => ({ kind: "compute", cycles: 0 }) } });
    expect(() => e.run(1000)).toThrow(/spinner took 1000 actions without time passing/);
  });

  it("rejects a lock id used with the wrong kind of operation", () => {
    const e = new Engine(tinyMachine(), { seed: 1 });
    const sem = e.addRwsem("s");
    e.addThread({
      name: "t",
      program: new Script([{ kind: "folio", op: "folio_lock", lock: sem, site: 0 }]),
    });
    expect(() => e.run(1000)).toThrow(/not a folio lock/);
  });
});
