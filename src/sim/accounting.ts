/*
 * Per-thread state accounting: every nanosecond from a thread's start to its
 * exit (or the end of the run) is charged to exactly one state, because the
 * state is a single value per thread and each change closes the previous
 * interval at the same instant it opens the next. Uninterruptible sleeps are
 * also kept one by one, since the headline metric of the motivating report is
 * the longest single D-state stall (>30 ms for the UI thread), not the total.
 */

import { S_DSTATE, S_OFF, S_RUNNABLE, THREAD_STATES, type ThreadState } from "./program.ts";

const NSTATES = THREAD_STATES.length;

export interface ThreadReport {
  readonly tid: number;
  readonly name: string;
  readonly start: number;
  /** Exit time, or the end of the run. */
  readonly end: number;
  readonly exited: boolean;
  /** ns per state; they sum to end - start. */
  readonly time: Readonly<Record<ThreadState, number>>;
  /** Every uninterruptible sleep, in ns, in order (one still going at the end counts so far). */
  readonly dstateSleeps: readonly number[];
  /** Longest single stretch runnable (waiting for a CPU, or on the way after a wake-up), ns. */
  readonly maxRunnable: number;
}

export class ThreadAccounting {
  private readonly names: string[] = [];
  private readonly state: number[] = [];
  private readonly since: number[] = [];
  /** acc[tid * NSTATES + state]: closed intervals. */
  private readonly acc: number[] = [];
  private readonly startAt: number[] = [];
  private readonly endAt: number[] = [];
  private readonly dSleeps: number[][] = [];
  private readonly maxRunnable: number[] = [];

  /** Register thread `t` (ids are dense, in order); it is off until set(). */
  add(name: string, start: number): number {
    const t = this.names.length;
    this.names.push(name);
    this.state.push(S_OFF);
    this.since.push(start);
    for (let s = 0; s < NSTATES; s++) this.acc.push(0);
    this.startAt.push(start);
    this.endAt.push(-1);
    this.dSleeps.push([]);
    this.maxRunnable.push(0);
    return t;
  }

  get count(): number {
    return this.names.length;
  }

  name(t: number): string {
    return this.names[t]!;
  }

  /** The raw state (S_*). */
  get(t: number): number {
    return this.state[t]!;
  }

  /** Close the current interval at `now` and open one in state `s` (S_OFF: exited). */
  set(t: number, s: number, now: number): void {
    const old = this.state[t]!;
    const dt = now - this.since[t]!;
    if (old !== S_OFF) {
      this.acc[t * NSTATES + old]! += dt;
      if (old === S_DSTATE) this.dSleeps[t]!.push(dt);
      if (old === S_RUNNABLE && dt > this.maxRunnable[t]!) this.maxRunnable[t] = dt;
    }
    if (s === S_OFF && old !== S_OFF) this.endAt[t] = now;
    this.state[t] = s;
    this.since[t] = now;
  }

  /** All threads as of `now`, open intervals included. */
  report(now: number): ThreadReport[] {
    const out: ThreadReport[] = [];
    for (let t = 0; t < this.names.length; t++) {
      const open = this.state[t]!;
      const dt = open === S_OFF ? 0 : now - this.since[t]!;
      const time = {} as Record<ThreadState, number>;
      THREAD_STATES.forEach((name, s) => {
        time[name] = this.acc[t * NSTATES + s]! + (open === s ? dt : 0);
      });
      const exited = this.endAt[t]! >= 0;
      const started = this.startAt[t]! <= now;
      out.push({
        tid: t,
        name: this.names[t]!,
        start: this.startAt[t]!,
        end: exited ? this.endAt[t]! : started ? now : this.startAt[t]!,
        exited,
        time,
        dstateSleeps: open === S_DSTATE ? [...this.dSleeps[t]!, dt] : [...this.dSleeps[t]!],
        maxRunnable: Math.max(this.maxRunnable[t]!, open === S_RUNNABLE ? dt : 0),
      });
    }
    return out;
  }
}
