/*
 * Tiny hand-made machines and scripted thread programs for engine tests.
 * Costs are round numbers (often zero) so each test can derive its exact
 * expected timings from the rule it pins, in a comment next to the assertion.
 */
import type { Cluster, Machine } from "../../src/sim/machine.ts";
import type { Action, ThreadCtx, ThreadProgram } from "../../src/sim/program.ts";

export interface TinyOptions {
  readonly clusters?: readonly Partial<Cluster>[];
  readonly hz?: number;
  readonly crossClusterNs?: number;
  readonly l1HitNs?: number;
  readonly atomicNs?: number;
  readonly lse?: boolean;
  readonly baseSliceNs?: number;
}

/**
 * One cluster of 4 cores at 1000 MHz (1 cycle = 1 ns), capacity 1024, free
 * cache lines and context switches, wake-ups of 1 us (same CPU) / 2 us
 * (cross CPU), HZ=250, 3 ms slices.
 */
export function tinyMachine(o: TinyOptions = {}): Machine {
  const base: Cluster = {
    name: "big",
    cores: 4,
    freqMHz: 1000,
    capacity: 1024,
    lineTransferNs: 0,
    wakeupSameCpuNs: 1000,
    wakeupCrossCpuNs: 2000,
    contextSwitchNs: 0,
  };
  const clusters = (o.clusters ?? [{}]).map((c, i) => ({
    ...base,
    name: i === 0 ? "big" : `c${i}`,
    ...c,
  }));
  return {
    name: "tiny",
    description: "test machine",
    hz: o.hz ?? 250,
    clusters,
    crossClusterNs: o.crossClusterNs ?? 0,
    clusterPairs: [],
    l1HitNs: o.l1HitNs ?? 0,
    lse: o.lse ?? true,
    atomicNs: o.atomicNs ?? 0,
    baseSliceNs: o.baseSliceNs ?? 3_000_000,
    tlbFlushNs: 1000,
    tlbFlushPerPageNs: 10,
    hwAccessFlag: true,
    accessFlagFaultNs: 0,
  };
}

/**
 * A program that plays a fixed list of actions, then exits. `issued[i]` is the
 * virtual time action i was asked for, `results[i]` the result it produced
 * (seen when action i + 1 is asked for), `exitAt` when it exited.
 */
export class Script implements ThreadProgram {
  readonly issued: number[] = [];
  readonly results: number[] = [];
  exitAt = -1;
  private i = 0;

  constructor(private readonly actions: readonly Action[]) {}

  next(ctx: ThreadCtx): Action {
    if (this.i > 0) this.results[this.i - 1] = ctx.result;
    const a = this.actions[this.i];
    this.issued[this.i] = ctx.now;
    this.i++;
    if (!a) {
      this.exitAt = ctx.now;
      return { kind: "exit" };
    }
    return a;
  }

  /** When action i completed: the time action i + 1 was asked for. */
  doneAt(i: number): number {
    const t = this.issued[i + 1];
    if (t === undefined) throw new Error(`action ${i} has not completed`);
    return t;
  }
}

/** A program that repeats a list of actions forever. */
export class Loop implements ThreadProgram {
  private i = 0;
  /** Times at which each repetition started. */
  readonly rounds: number[] = [];
  constructor(private readonly actions: readonly Action[]) {}
  next(ctx: ThreadCtx): Action {
    if (this.i % this.actions.length === 0) this.rounds.push(ctx.now);
    return this.actions[this.i++ % this.actions.length]!;
  }
}

export const compute = (cycles: number): Action => ({ kind: "compute", cycles });
export const sleep = (ns: number): Action => ({ kind: "sleep", ns });
export const rw = (
  op: Extract<Action, { kind: "rwsem" }>["op"],
  lock: number,
  site = 0,
): Action => ({
  kind: "rwsem",
  op,
  lock,
  site,
});
export const folio = (
  op: Extract<Action, { kind: "folio" }>["op"],
  lock: number,
  site = 0,
): Action => ({
  kind: "folio",
  op,
  lock,
  site,
});
export const spin = (
  op: Extract<Action, { kind: "spin" }>["op"],
  lock: number,
  site = 0,
): Action => ({
  kind: "spin",
  op,
  lock,
  site,
});
