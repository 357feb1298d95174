/*
 * Whole-engine properties on random machines and random (deadlock-free)
 * locking programs: determinism, exact state accounting, scheduler and lock
 * invariants after every event, and common random numbers across runs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Engine, type RunReport, type TraceEvent } from "../../src/sim/engine.ts";
import type { Rwsem } from "../../src/sim/locks/rwsem.ts";
import type { Machine } from "../../src/sim/machine.ts";
import type { Action, ThreadCtx, ThreadProgram } from "../../src/sim/program.ts";
import { tinyMachine } from "./helpers.ts";

type LockKind = "rwsem" | "folio" | "spin";
type Mode = "read" | "write" | "try";

interface Section {
  /** Lock indices in increasing order (a global lock order: no deadlocks). */
  readonly locks: readonly { readonly lock: number; readonly mode: Mode }[];
  readonly rcu: boolean;
  readonly hold: number;
  readonly think: number;
  readonly sync: boolean;
}

interface World {
  readonly kinds: readonly LockKind[];
  readonly threads: readonly { readonly nice: number; readonly plan: readonly Section[] }[];
}

/** One queued step: an action, a marker to release what is held, and what to do with its result. */
type Step =
  | { readonly action: Action; readonly got?: (result: number) => void }
  | { readonly release: true };

/**
 * Plays its sections forever: take the locks in order (rwsems and folios
 * before spinlocks, since one may not sleep holding a spinlock), compute,
 * release what it got (failed trylocks are skipped) in reverse, then sleep an
 * exponential think time drawn from its own stream; sometimes
 * synchronize_rcu outside every lock.
 */
class Player implements ThreadProgram {
  private q: Step[] = [];
  private held: { kind: LockKind; lock: number; mode: Mode }[] = [];
  private awaiting: ((result: number) => void) | undefined;
  private i = 0;
  constructor(
    private readonly plan: readonly Section[],
    private readonly kinds: readonly LockKind[],
    private readonly ids: readonly number[],
  ) {}

  next(ctx: ThreadCtx): Action {
    this.awaiting?.(ctx.result);
    this.awaiting = undefined;
    for (;;) {
      if (this.q.length === 0) this.fill(ctx);
      const st = this.q.shift()!;
      if ("release" in st) {
        const rel = this.held
          .reverse()
          .map((h): Step => ({ action: this.release(h.kind, h.lock, h.mode) }));
        this.held = [];
        this.q.unshift(...rel);
        continue;
      }
      this.awaiting = st.got;
      return st.action;
    }
  }

  private fill(ctx: ThreadCtx): void {
    const s = this.plan[this.i++ % this.plan.length]!;
    const ordered = [...s.locks].sort(
      (a, b) =>
        Number(this.kinds[a.lock] === "spin") - Number(this.kinds[b.lock] === "spin") ||
        a.lock - b.lock,
    );
    if (s.rcu) this.q.push({ action: { kind: "rcu", op: "rcu_read_lock", site: 1 } });
    for (const l of ordered) {
      const kind = this.kinds[l.lock]!;
      const lock = this.ids[l.lock]!;
      const h = { kind, lock, mode: l.mode };
      this.q.push({
        action: this.acquire(kind, lock, l.mode),
        got: (r) => {
          if (l.mode !== "try" || r === 1) this.held.push(h);
        },
      });
    }
    this.q.push({ action: { kind: "compute", cycles: s.hold + 1 } });
    this.q.push({ release: true });
    if (s.rcu) this.q.push({ action: { kind: "rcu", op: "rcu_read_unlock", site: 1 } });
    if (s.sync) this.q.push({ action: { kind: "rcu", op: "synchronize_rcu", site: 2 } });
    this.q.push({ action: { kind: "sleep", ns: Math.round(ctx.rng.exponential(s.think + 1)) } });
  }

  private acquire(kind: LockKind, lock: number, mode: Mode): Action {
    switch (kind) {
      case "rwsem":
        return {
          kind,
          lock,
          site: 3,
          op: mode === "read" ? "down_read" : mode === "write" ? "down_write" : "down_read_trylock",
        };
      case "folio":
        return { kind, lock, site: 4, op: mode === "try" ? "folio_trylock" : "folio_lock" };
      case "spin":
        return { kind, lock, site: 5, op: mode === "try" ? "spin_trylock" : "spin_lock" };
    }
  }

  private release(kind: LockKind, lock: number, mode: Mode): Action {
    switch (kind) {
      case "rwsem":
        return { kind, lock, site: 6, op: mode === "write" ? "up_write" : "up_read" };
      case "folio":
        return { kind, lock, site: 7, op: "folio_unlock" };
      case "spin":
        return { kind, lock, site: 8, op: "spin_unlock" };
    }
  }
}

const machineArb: fc.Arbitrary<Machine> = fc
  .record({
    clusters: fc.array(
      fc.record({
        cores: fc.integer({ min: 1, max: 3 }),
        capacity: fc.integer({ min: 256, max: 1024 }),
        freqMHz: fc.constantFrom(500, 1000, 2000),
        lineTransferNs: fc.integer({ min: 0, max: 120 }),
        wakeupSameCpuNs: fc.integer({ min: 0, max: 3000 }),
        extra: fc.integer({ min: 0, max: 3000 }),
        contextSwitchNs: fc.integer({ min: 0, max: 1000 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    hz: fc.constantFrom(100, 250, 1000),
    crossClusterNs: fc.integer({ min: 0, max: 250 }),
    atomicNs: fc.integer({ min: 0, max: 20 }),
    l1HitNs: fc.integer({ min: 0, max: 3 }),
    lse: fc.boolean(),
  })
  .map((r) =>
    tinyMachine({
      hz: r.hz,
      crossClusterNs: r.crossClusterNs,
      atomicNs: r.atomicNs,
      l1HitNs: r.l1HitNs,
      lse: r.lse,
      clusters: r.clusters.map((c, i) => ({
        cores: c.cores,
        capacity: i === 0 ? 1024 : c.capacity,
        freqMHz: c.freqMHz,
        lineTransferNs: c.lineTransferNs,
        wakeupSameCpuNs: c.wakeupSameCpuNs,
        wakeupCrossCpuNs: c.wakeupSameCpuNs + c.extra,
        contextSwitchNs: c.contextSwitchNs,
      })),
    }),
  );

function worldArb(nlocks: number): fc.Arbitrary<World> {
  const section = fc.record({
    locks: fc
      .uniqueArray(
        fc.record({
          lock: fc.integer({ min: 0, max: nlocks - 1 }),
          mode: fc.constantFrom<Mode>("read", "write", "try"),
        }),
        { selector: (l) => l.lock, maxLength: 3 },
      )
      .map((ls) => [...ls].sort((a, b) => a.lock - b.lock)),
    rcu: fc.boolean(),
    hold: fc.integer({ min: 0, max: 20_000 }),
    think: fc.integer({ min: 0, max: 50_000 }),
    sync: fc.boolean(),
  });
  return fc.record({
    kinds: fc.array(fc.constantFrom<LockKind>("rwsem", "folio", "spin"), {
      minLength: nlocks,
      maxLength: nlocks,
    }),
    threads: fc.array(
      fc.record({
        nice: fc.integer({ min: -5, max: 5 }),
        plan: fc.array(section, { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 7 },
    ),
  });
}

function build(
  m: Machine,
  w: World,
  seed: number,
  onEvent?: (e: Engine) => void,
  trace?: (ev: TraceEvent) => void,
) {
  const hooks: { afterEvent?: (e: Engine) => void; trace?: (ev: TraceEvent) => void } = {};
  if (onEvent) hooks.afterEvent = onEvent;
  if (trace) hooks.trace = trace;
  const e = new Engine(m, { seed, hooks });
  const ids = w.kinds.map((k, i) =>
    k === "rwsem"
      ? e.addRwsem(`rwsem${i}`)
      : k === "folio"
        ? e.addFolioLock(`folio${i}`)
        : e.addSpinlock(`spin${i}`),
  );
  w.threads.forEach((t, i) =>
    e.addThread({
      name: `t${i}`,
      program: new Player(t.plan, w.kinds, ids),
      nice: t.nice,
      start: i * 700,
    }),
  );
  return { e, ids };
}

/** Scheduler and lock invariants that must hold between any two events. */
function checkInvariants(e: Engine, w: World, ids: readonly number[]): void {
  const ncpu = e.topo.ncpu;
  const onCpu = new Map<number, number>();
  for (let c = 0; c < ncpu; c++) {
    const t = e.cpuThread(c);
    if (t < 0) continue;
    if (onCpu.has(t)) throw new Error(`thread ${t} is current on two CPUs`);
    onCpu.set(t, c);
    const s = e.threadState(t);
    if (s !== "running" && s !== "spinning" && s !== "runnable")
      throw new Error(`CPU ${c} runs thread ${t} in state ${s}`);
  }
  for (let t = 0; t < e.threadCount; t++) {
    const s = e.threadState(t);
    if ((s === "running" || s === "spinning") && !onCpu.has(t))
      throw new Error(`thread ${t} is ${s} but on no CPU`);
  }
  w.kinds.forEach((k, i) => {
    if (k !== "rwsem") return;
    const st = (e.lock(ids[i]!) as Rwsem).state();
    if (st.writer >= 0 && st.readerCount > 0)
      throw new Error(`rwsem${i} has writer ${st.writer} and ${st.readerCount} readers`);
    if (st.readerCount < 0) throw new Error(`rwsem${i} has a negative reader count`);
  });
}

const serialize = (r: RunReport) =>
  JSON.stringify(r, (_k, v) =>
    v instanceof Map ? [...v.entries()] : v === Number.POSITIVE_INFINITY ? "inf" : v,
  );

describe("engine properties", () => {
  it("accounts every thread in exactly one state, to the nanosecond, and keeps its invariants", () => {
    fc.assert(
      fc.property(machineArb, worldArb(3), fc.integer({ min: 0, max: 1000 }), (m, w, seed) => {
        let ids: readonly number[] = [];
        const b = build(m, w, seed, (e) => checkInvariants(e, w, ids));
        ids = b.ids;
        const rep = b.e.run(20_000_000);
        for (const t of rep.threads) {
          const sum = Object.values(t.time).reduce((a, x) => a + x, 0);
          expect(Object.values(t.time).every((x) => x >= 0)).toBe(true);
          expect(sum).toBe(t.end - t.start);
          // Liveness: holds are at most 20 us, so no wait comes near half the run
          // (a lost wake-up would leave a thread in D state to the end).
          expect(Math.max(0, ...t.dstateSleeps)).toBeLessThan(10_000_000);
        }
      }),
      { numRuns: 60, seed: 20251125 },
    );
  });

  it("is deterministic: the same seed gives the same event log and report", () => {
    fc.assert(
      fc.property(machineArb, worldArb(2), fc.integer({ min: 0, max: 1000 }), (m, w, seed) => {
        const run = () => {
          const log: string[] = [];
          const { e } = build(m, w, seed, undefined, (ev) => log.push(JSON.stringify(ev)));
          const rep = e.run(10_000_000);
          return { log: log.join("\n"), rep: serialize(rep) };
        };
        const a = run();
        const b = run();
        expect(b.log).toBe(a.log);
        expect(b.rep).toBe(a.rep);
      }),
      { numRuns: 25, seed: 20251125 },
    );
  });

  it("gives each thread its own random stream: its draws do not depend on other threads", () => {
    const m = tinyMachine({ clusters: [{ cores: 2 }] });
    const drawsOf = (extraThreads: number) => {
      const e = new Engine(m, { seed: 99 });
      const sem = e.addRwsem("s");
      const draws: number[] = [];
      const mk = (record: boolean): ThreadProgram => {
        let step = 0;
        return {
          next: (ctx) => {
            step++;
            if (step % 3 === 1) return { kind: "rwsem", op: "down_write", lock: sem, site: 0 };
            if (step % 3 === 2) return { kind: "rwsem", op: "up_write", lock: sem, site: 0 };
            const think = Math.round(ctx.rng.exponential(20_000));
            if (record) draws.push(think);
            return { kind: "sleep", ns: think };
          },
        };
      };
      e.addThread({ name: "observed", program: mk(true) });
      for (let i = 0; i < extraThreads; i++) e.addThread({ name: `x${i}`, program: mk(false) });
      e.run(5_000_000);
      return draws;
    };
    const alone = drawsOf(0);
    const crowded = drawsOf(4);
    // Contention changes when each draw happens, never what is drawn.
    const n = Math.min(alone.length, crowded.length);
    expect(n).toBeGreaterThan(50);
    expect(crowded.slice(0, n)).toEqual(alone.slice(0, n));
  });

  it("different seeds give different runs", () => {
    const w: World = {
      kinds: ["rwsem"],
      threads: [0, 1, 2].map(() => ({
        nice: 0,
        plan: [
          {
            locks: [{ lock: 0, mode: "write" as const }],
            rcu: false,
            hold: 1000,
            think: 5000,
            sync: false,
          },
        ],
      })),
    };
    const m = tinyMachine();
    const a = serialize(build(m, w, 1).e.run(2_000_000));
    const b = serialize(build(m, w, 2).e.run(2_000_000));
    expect(a).not.toBe(b);
  });
});
