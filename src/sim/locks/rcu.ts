/*
 * Preemptible RCU (CONFIG_PREEMPT_RCU, the Android GKI and PREEMPT=y
 * configuration; kernel/rcu/tree.c and tree_plugin.h), reduced to what lock
 * contention depends on:
 *
 * - rcu_read_lock/unlock only bump current->rcu_read_lock_nesting; readers
 *   may be preempted.
 * - A grace period (GP) starts when someone needs one and none is running.
 *   It ends when every CPU has passed a quiescent state since its start AND
 *   every reader preempted inside a read-side section (the blocked-tasks list)
 *   has left it. A CPU passes a quiescent state when it context-switches
 *   (rcu_note_context_switch; a reader switched out there joins the blocked
 *   list), is idle (dynticks-idle is an extended quiescent state), takes a
 *   tick outside any read-side section (rcu_sched_clock_irq), or leaves its
 *   outermost read-side section after a tick asked it to report
 *   (rcu_read_unlock_special, need_qs).
 * - synchronize_rcu() sleeps TASK_UNINTERRUPTIBLE (wait_for_completion in
 *   __wait_rcu_gp) until a GP that started after the call has ended;
 *   call_rcu() callbacks (deferred frees) run after such a GP.
 * Not modelled: the GP kthread's own latency and FQS scans (a GP ends the
 * instant its last condition is met), callback batching and offloading,
 * expedited GPs.
 */

import type { RcuOp } from "../program.ts";
import { type HostedLock, type LockHost, SimError } from "./host.ts";

/** What RCU needs to know about CPUs beyond the lock host. */
export interface RcuCpuView {
  readonly ncpu: number;
  /** The thread on the CPU (running or spinning), -1 when idle or switching. */
  onCpuThread(cpu: number): number;
  /** Every thread id that exists. */
  threadCount(): number;
  /** Run a deferred callback (EngineHooks.onRcuCallback). */
  callback(token: number): void;
  /** l1 hit cost: the nesting counter is a per-task field. */
  readonly l1HitNs: number;
}

export class Rcu implements HostedLock {
  readonly id = -1;
  private depth: number[] = [];
  private gpActive = false;
  private gpCount = 0;
  private readonly pending: Uint8Array;
  private readonly needQs: Uint8Array;
  private pendingCpus = 0;
  private readonly blocked = new Set<number>();
  private waiters: number[] = [];
  private callbacks: number[] = [];
  private nextWaiters: number[] = [];
  private nextCallbacks: number[] = [];

  constructor(
    private readonly host: LockHost,
    private readonly view: RcuCpuView,
  ) {
    this.pending = new Uint8Array(view.ncpu);
    this.needQs = new Uint8Array(view.ncpu);
  }

  /** Completed grace periods. */
  get gracePeriods(): number {
    return this.gpCount;
  }

  nesting(t: number): number {
    return this.depth[t] ?? 0;
  }

  op(t: number, op: RcuOp, token: number | undefined): void {
    const h = this.host;
    switch (op) {
      case "rcu_read_lock":
        this.depth[t] = this.nesting(t) + 1;
        return h.finish(t, this.view.l1HitNs, 0);
      case "rcu_read_unlock": {
        const d = this.nesting(t);
        if (d <= 0)
          throw new SimError(`rcu_read_unlock by thread ${t} outside a read-side section`);
        this.depth[t] = d - 1;
        if (d === 1) this.readerDone(t);
        return h.finish(t, this.view.l1HitNs, 0);
      }
      case "synchronize_rcu":
        if (this.nesting(t) > 0)
          throw new SimError(
            `synchronize_rcu by thread ${t} inside a read-side section (deadlock)`,
          );
        this.need(
          () => this.waiters.push(t),
          () => this.nextWaiters.push(t),
        );
        return h.block(t);
      case "call_rcu":
        if (token === undefined) throw new SimError(`call_rcu by thread ${t} without a token`);
        this.need(
          () => this.callbacks.push(token),
          () => this.nextCallbacks.push(token),
        );
        return h.finish(t, this.view.l1HitNs, 0);
    }
  }

  /** A waiter woken at the end of a GP continues its program. */
  resume(t: number): void {
    this.host.finish(t, 0, 0);
  }

  /** Thread t left its CPU (context switch, sleep, block or exit). */
  contextSwitch(cpu: number, t: number): void {
    if (!this.gpActive || !this.pending[cpu]) return;
    if (this.nesting(t) > 0) this.blocked.add(t);
    this.qs(cpu);
  }

  /** The CPU went idle. */
  idle(cpu: number): void {
    if (this.gpActive && this.pending[cpu]) this.qs(cpu);
  }

  /** Scheduler tick on cpu with thread t on it (-1 idle). */
  tick(cpu: number, t: number): void {
    if (!this.gpActive || !this.pending[cpu]) return;
    if (t < 0 || this.nesting(t) === 0) this.qs(cpu);
    else this.needQs[cpu] = 1;
  }

  private need(now: () => void, later: () => void): void {
    if (this.gpActive) {
      later();
    } else {
      now();
      this.startGp();
    }
  }

  private readerDone(t: number): void {
    if (this.blocked.delete(t)) this.checkDone();
    if (!this.gpActive) return;
    const cpu = this.host.cpuOf(t);
    if (this.pending[cpu] && this.needQs[cpu]) this.qs(cpu);
  }

  private startGp(): void {
    this.gpActive = true;
    this.pendingCpus = 0;
    for (let c = 0; c < this.view.ncpu; c++) {
      const busy = this.view.onCpuThread(c) >= 0;
      this.pending[c] = busy ? 1 : 0;
      this.needQs[c] = 0;
      if (busy) this.pendingCpus++;
    }
    // Readers already preempted or asleep inside a read-side section.
    for (let t = 0; t < this.view.threadCount(); t++) {
      if (this.nesting(t) > 0 && !this.host.onCpu(t)) this.blocked.add(t);
    }
    this.checkDone();
  }

  private qs(cpu: number): void {
    this.pending[cpu] = 0;
    this.needQs[cpu] = 0;
    this.pendingCpus--;
    this.checkDone();
  }

  private checkDone(): void {
    if (!this.gpActive || this.pendingCpus > 0 || this.blocked.size > 0) return;
    this.gpActive = false;
    this.gpCount++;
    const ws = this.waiters;
    const cbs = this.callbacks;
    this.waiters = this.nextWaiters;
    this.callbacks = this.nextCallbacks;
    this.nextWaiters = [];
    this.nextCallbacks = [];
    for (const t of ws) this.host.wake(t);
    for (const tok of cbs) this.view.callback(tok);
    if (this.waiters.length > 0 || this.callbacks.length > 0) this.startGp();
  }
}
