/*
 * The fair scheduler: per-CPU run queues with EEVDF picking, as in
 * kernel/sched/fair.c since v6.6 (the kernels lockbench models, v6.18/v6.19).
 *
 * Each thread has a weight from its nice value (sched_prio_to_weight), a
 * vruntime that advances by wall time x 1024 / weight while it runs, and a
 * virtual deadline = vruntime + base_slice x 1024 / weight. pick_eevdf()
 * chooses, among the eligible threads (vruntime <= the queue's weighted
 * average vruntime, entity_eligible), the one with the earliest deadline.
 * Preemption (the engine decides when, see engine.ts): when the running
 * thread's vruntime passes its deadline (update_deadline), it gets a new
 * deadline and a reschedule if others are queued; RUN_TO_PARITY means a
 * wake-up does not preempt a thread before its slice is used up.
 * Placement (place_entity): a thread keeps its lag (avg - vruntime, clamped
 * as update_entity_lag does) across sleeps and migrations and is placed at
 * avg - lag, scaled by (load + w) / load (PLACE_LAG); a new thread starts with
 * half a slice to its deadline (PLACE_DEADLINE_INITIAL).
 *
 * Not modelled: cgroups, DELAY_DEQUEUE, PREEMPT_SHORT with custom slices,
 * RT/DL classes, energy-aware placement, periodic load balancing beyond
 * pulling to idle CPUs (newidle and nohz idle balance).
 */

import type { Topology } from "./machine.ts";

/** kernel/sched/core.c sched_prio_to_weight[]: nice -20..19, ~10% CPU per nice level. */
// biome-ignore format: the kernel's table layout, one nice level per column, five per row
export const SCHED_PRIO_TO_WEIGHT: readonly number[] = [
  /* -20 */ 88761, 71755, 56483, 46273, 36291,
  /* -15 */ 29154, 23254, 18705, 14949, 11916,
  /* -10 */ 9548, 7620, 6100, 4904, 3906,
  /*  -5 */ 3121, 2501, 1991, 1586, 1277,
  /*   0 */ 1024, 820, 655, 526, 423,
  /*   5 */ 335, 272, 215, 172, 137,
  /*  10 */ 110, 87, 70, 56, 45,
  /*  15 */ 36, 29, 23, 18, 15,
];

/** NICE_0_LOAD (scale_load_down'ed): the weight of a nice-0 thread. */
const NICE_0 = 1024;

export function niceWeight(nice: number): number {
  if (!Number.isInteger(nice) || nice < -20 || nice > 19)
    throw new RangeError(`nice must be an integer in -20..19, got ${nice}`);
  return SCHED_PRIO_TO_WEIGHT[nice + 20]!;
}

export class Sched {
  /** CPU -> thread on it (running, spinning or being switched in), -1 when idle. */
  readonly curr: Int32Array;
  /** CPU -> queued runnable threads, in enqueue order (ties go to the earliest). */
  readonly rq: number[][];
  /** CPU -> wake-ups on their way to this CPU (inside the wake-up latency). */
  readonly pendingIn: Int32Array;
  /** CPU -> the last average vruntime seen, to place threads on an empty queue. */
  private readonly zeroV: Float64Array;

  private vruntime: number[] = [];
  private deadline: number[] = [];
  private weight: number[] = [];
  private vlag: number[] = [];
  private allowed: Uint8Array[] = [];
  /** When the current thread's vruntime was last brought up to date. */
  private execStart: number[] = [];

  constructor(
    private readonly topo: Topology,
    private readonly baseSliceNs: number,
  ) {
    this.curr = new Int32Array(topo.ncpu).fill(-1);
    this.rq = Array.from({ length: topo.ncpu }, () => []);
    this.pendingIn = new Int32Array(topo.ncpu);
    this.zeroV = new Float64Array(topo.ncpu);
  }

  addThread(t: number, nice: number, allowed: Uint8Array): void {
    this.weight[t] = niceWeight(nice);
    this.vruntime[t] = 0;
    this.deadline[t] = 0;
    this.vlag[t] = 0;
    this.execStart[t] = 0;
    this.allowed[t] = allowed;
  }

  isAllowed(t: number, cpu: number): boolean {
    return this.allowed[t]![cpu] === 1;
  }

  /** The slice in virtual time (calc_delta_fair(se->slice, se)). */
  private vslice(t: number): number {
    return (this.baseSliceNs * NICE_0) / this.weight[t]!;
  }

  isIdle(cpu: number): boolean {
    return this.curr[cpu]! < 0 && this.rq[cpu]!.length === 0 && this.pendingIn[cpu]! === 0;
  }

  /** Weighted average vruntime of the queue and its current thread (avg_vruntime). */
  avgV(cpu: number): number {
    let wsum = 0;
    let vsum = 0;
    const c = this.curr[cpu]!;
    if (c >= 0) {
      wsum += this.weight[c]!;
      vsum += this.weight[c]! * this.vruntime[c]!;
    }
    for (const t of this.rq[cpu]!) {
      wsum += this.weight[t]!;
      vsum += this.weight[t]! * this.vruntime[t]!;
    }
    if (wsum === 0) return this.zeroV[cpu]!;
    const avg = vsum / wsum;
    this.zeroV[cpu] = avg;
    return avg;
  }

  private load(cpu: number): number {
    let w = 0;
    const c = this.curr[cpu]!;
    if (c >= 0) w += this.weight[c]!;
    for (const t of this.rq[cpu]!) w += this.weight[t]!;
    return w;
  }

  /** The current thread starts executing now (after its context switch). */
  startExec(t: number, now: number): void {
    this.execStart[t] = now;
  }

  /**
   * update_curr + update_deadline for the thread on `cpu`: advance its
   * vruntime to `now`. Returns true when it has used its slice (it then gets
   * a new deadline), i.e. when the kernel would resched_curr if others wait.
   */
  updateCurr(cpu: number, now: number): boolean {
    const t = this.curr[cpu]!;
    if (t < 0) return false;
    const delta = now - this.execStart[t]!;
    this.execStart[t] = now;
    if (delta > 0) this.vruntime[t]! += (delta * NICE_0) / this.weight[t]!;
    if (this.vruntime[t]! < this.deadline[t]!) return false;
    this.deadline[t] = this.vruntime[t]! + this.vslice(t);
    return true;
  }

  /** The thread on `cpu` leaves the queue (sleeps, blocks, exits): remember its lag. */
  dequeueCurr(cpu: number): void {
    const t = this.curr[cpu]!;
    if (t < 0) return;
    this.saveLag(cpu, t);
    this.curr[cpu] = -1;
  }

  /** update_entity_lag: lag = avg - vruntime, clamped to max(2 slices, a tick) of virtual time. */
  private saveLag(cpu: number, t: number): void {
    const lag = this.avgV(cpu) - this.vruntime[t]!;
    const limit = (Math.max(2 * this.baseSliceNs, this.topo.jiffyNs) * NICE_0) / this.weight[t]!;
    this.vlag[t] = Math.max(-limit, Math.min(limit, lag));
  }

  /** place_entity + enqueue: put a waking (or new) thread on cpu's queue. */
  enqueue(cpu: number, t: number, initial: boolean): void {
    const avg = this.avgV(cpu);
    const load = this.load(cpu);
    let lag = this.vlag[t]!;
    if (load > 0) lag = (lag * (load + this.weight[t]!)) / load;
    this.vruntime[t] = avg - lag;
    const vs = this.vslice(t);
    this.deadline[t] = this.vruntime[t]! + (initial ? vs / 2 : vs);
    this.rq[cpu]!.push(t);
  }

  /** The preempted current thread goes back on its queue, keeping its vruntime. */
  putBack(cpu: number): void {
    const t = this.curr[cpu]!;
    this.curr[cpu] = -1;
    this.rq[cpu]!.push(t);
  }

  private remove(cpu: number, t: number): void {
    const q = this.rq[cpu]!;
    const i = q.indexOf(t);
    if (i < 0) throw new Error(`thread ${t} is not queued on cpu ${cpu}`);
    q.splice(i, 1);
  }

  /**
   * pick_eevdf over the queue, and the current thread when includeCurr: the
   * eligible thread with the earliest deadline; the current thread wins only
   * with a strictly earlier deadline (entity_before). -1 when nothing is queued.
   */
  pick(cpu: number, includeCurr: boolean): number {
    const avg = this.avgV(cpu);
    let best = -1;
    let fallback = -1;
    for (const t of this.rq[cpu]!) {
      if (fallback < 0 || this.deadline[t]! < this.deadline[fallback]!) fallback = t;
      if (this.vruntime[t]! > avg) continue;
      if (best < 0 || this.deadline[t]! < this.deadline[best]!) best = t;
    }
    if (best < 0) best = fallback;
    const c = this.curr[cpu]!;
    if (includeCurr && c >= 0 && this.vruntime[c]! <= avg) {
      if (best < 0 || this.deadline[c]! < this.deadline[best]!) best = c;
    }
    return best;
  }

  /** Take a queued thread off cpu's queue to run it there. */
  take(cpu: number, t: number): void {
    this.remove(cpu, t);
    this.curr[cpu] = t;
  }

  /**
   * select_task_rq_fair, simplified: the previous CPU if idle, else an idle
   * allowed CPU in the previous CPU's cluster (the LLC domain on DynamIQ and on
   * one socket), else any idle allowed CPU, scanning upward from prev so the
   * choice is deterministic; else the previous CPU, else the least loaded.
   */
  selectCpu(t: number, prev: number): number {
    const n = this.topo.ncpu;
    const ok = this.allowed[t]!;
    if (prev >= 0 && ok[prev] === 1 && this.isIdle(prev)) return prev;
    const start = Math.max(prev, 0);
    const cl = prev >= 0 ? this.topo.cpuCluster[prev]! : -1;
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < n; k++) {
        const c = (start + k) % n;
        if (ok[c] !== 1 || !this.isIdle(c)) continue;
        if (pass === 0 && this.topo.cpuCluster[c] !== cl) continue;
        return c;
      }
    }
    if (prev >= 0 && ok[prev] === 1) return prev;
    let best = -1;
    let bestLoad = Number.POSITIVE_INFINITY;
    for (let c = 0; c < n; c++) {
      if (ok[c] !== 1) continue;
      const l = this.rq[c]!.length + (this.curr[c]! >= 0 ? 1 : 0) + this.pendingIn[c]!;
      if (l < bestLoad) {
        best = c;
        bestLoad = l;
      }
    }
    if (best < 0) throw new Error(`thread ${t} has no allowed CPU`);
    return best;
  }

  /**
   * Idle balance (newidle_balance / nohz idle balance): find a queued thread
   * that may run on `cpu`, from the CPU with the longest queue (lowest index on
   * ties), the most recently queued one (detach_tasks takes from the tail),
   * and move it to `cpu`'s queue with its lag. Returns it, or -1.
   */
  pull(cpu: number): number {
    let from = -1;
    let len = 0;
    for (let c = 0; c < this.topo.ncpu; c++) {
      if (c === cpu) continue;
      const q = this.rq[c]!;
      if (q.length <= len) continue;
      if (!q.some((t) => this.allowed[t]![cpu] === 1)) continue;
      from = c;
      len = q.length;
    }
    if (from < 0) return -1;
    const q = this.rq[from]!;
    for (let i = q.length - 1; i >= 0; i--) {
      const t = q[i]!;
      if (this.allowed[t]![cpu] !== 1) continue;
      this.saveLag(from, t);
      q.splice(i, 1);
      this.enqueue(cpu, t, false);
      return t;
    }
    return -1;
  }
}
