/*
 * Engine throughput in events per second of wall time: the arm64-mobile-8
 * machine, 16 threads cycling through an anon_vma-like rwsem (mostly read,
 * some write), per-folio locks, a PTL spinlock, RCU read sections, shared
 * cache lines and think times, for 200 ms of virtual time. Programs reuse
 * their Action objects, as the interpreter will, so the measurement is the
 * engine's own cost. Reports the median of several runs in one process.
 *
 * For `npm run bench` (bench/run.ts): speed is checked here, not in timed
 * tests, since CI machines are shared and noisy.
 */
import { readFileSync } from "node:fs";
import { Engine } from "../src/sim/engine.ts";
import type { Action, ThreadCtx, ThreadProgram } from "../src/sim/program.ts";
import { loadMachine } from "../src/workload/machine.ts";

export interface EngineBench {
  readonly eventsPerSec: number;
  readonly eventsPerRun: number;
  readonly medianMs: number;
  readonly virtualMsPerRun: number;
}

const VIRTUAL_NS = 200e6;

function workload(seed: number): Engine {
  const path = "workloads/machines/arm64-mobile-8.yaml";
  const e = new Engine(loadMachine(path, readFileSync(path, "utf8")), { seed });
  const sem = e.addRwsem("anon_vma->root->rwsem");
  const ptl = e.addSpinlock("ptlock");
  const folios = Array.from({ length: 32 }, () => e.addFolioLock("folio"));
  const lines = Array.from({ length: 64 }, () => e.newLine());
  for (let i = 0; i < 16; i++)
    e.addThread({
      name: `t${i}`,
      program: new Walker(sem, ptl, folios, lines, i % 5 === 0),
      nice: 0,
    });
  return e;
}

/** An rmap-walk-like loop; one Action object per kind, mutated in place. */
class Walker implements ThreadProgram {
  private step = 0;
  private folio = 0;
  private readonly rw: {
    kind: "rwsem";
    op: "down_read" | "up_read" | "down_write" | "up_write";
    lock: number;
    site: number;
  };
  private readonly fl: {
    kind: "folio";
    op: "folio_trylock" | "folio_unlock";
    lock: number;
    site: number;
  };
  private readonly sp: {
    kind: "spin";
    op: "spin_lock" | "spin_unlock";
    lock: number;
    site: number;
  };
  private readonly rcu: { kind: "rcu"; op: "rcu_read_lock" | "rcu_read_unlock"; site: number };
  private readonly acc: { kind: "access"; line: number; mode: "read" | "write" | "atomic" };
  private readonly cpu: { kind: "compute"; cycles: number };
  private readonly nap: { kind: "sleep"; ns: number };
  private gotFolio = false;

  constructor(
    sem: number,
    ptl: number,
    private readonly folios: readonly number[],
    private readonly lines: readonly number[],
    private readonly writer: boolean,
  ) {
    this.rw = { kind: "rwsem", op: "down_read", lock: sem, site: 1 };
    this.fl = { kind: "folio", op: "folio_trylock", lock: folios[0]!, site: 2 };
    this.sp = { kind: "spin", op: "spin_lock", lock: ptl, site: 3 };
    this.rcu = { kind: "rcu", op: "rcu_read_lock", site: 4 };
    this.acc = { kind: "access", line: lines[0]!, mode: "read" };
    this.cpu = { kind: "compute", cycles: 0 };
    this.nap = { kind: "sleep", ns: 0 };
  }

  next(ctx: ThreadCtx): Action {
    const r = ctx.rng;
    switch (this.step++) {
      case 0:
        this.folio = r.int(this.folios.length);
        this.fl.op = "folio_trylock";
        this.fl.lock = this.folios[this.folio]!;
        return this.fl;
      case 1:
        this.gotFolio = ctx.result === 1;
        this.rcu.op = "rcu_read_lock";
        return this.rcu;
      case 2:
        this.rw.op = this.writer ? "down_write" : "down_read";
        return this.rw;
      case 3:
        this.rcu.op = "rcu_read_unlock";
        return this.rcu;
      case 4:
      case 5:
      case 6:
        this.acc.line = this.lines[r.int(this.lines.length)]!;
        this.acc.mode = r.bernoulli(0.2) ? "write" : "read";
        return this.acc;
      case 7:
        this.sp.op = "spin_lock";
        return this.sp;
      case 8:
        this.cpu.cycles = 200 + r.int(400);
        return this.cpu;
      case 9:
        this.sp.op = "spin_unlock";
        return this.sp;
      case 10:
        this.rw.op = this.writer ? "up_write" : "up_read";
        return this.rw;
      case 11:
        if (this.gotFolio) {
          this.fl.op = "folio_unlock";
          return this.fl;
        }
        this.cpu.cycles = 1;
        return this.cpu;
      default:
        this.step = 0;
        this.nap.ns = Math.round(r.exponential(20_000));
        return this.nap;
    }
  }
}

export function benchEngine(runs = 7): EngineBench {
  const times: number[] = [];
  let events = 0;
  for (let i = 0; i < runs; i++) {
    const e = workload(i + 1);
    const t0 = performance.now();
    const rep = e.run(VIRTUAL_NS);
    times.push(performance.now() - t0);
    events = rep.events;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return {
    eventsPerSec: (events / median) * 1000,
    eventsPerRun: events,
    medianMs: median,
    virtualMsPerRun: VIRTUAL_NS / 1e6,
  };
}
