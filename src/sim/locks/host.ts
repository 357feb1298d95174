/*
 * What a lock implementation may ask of the engine.
 *
 * A lock operation runs on behalf of the thread the engine is processing and
 * ends in exactly one of three continuations for that thread:
 *   finish(t, ns, result)  the operation completes after `ns` of CPU time;
 *   spin(t)                t stays on its CPU burning cycles (state spinning,
 *                          preemption disabled) until the lock kicks it;
 *   block(t)               t sleeps uninterruptibly (D state) until woken.
 * A spinning or blocked thread comes back through the lock's resume(t): after
 * kick(t, delay) for a spinner, or when a woken sleeper next runs on a CPU.
 * Wakes and kicks are events, never nested calls, so a lock operation never
 * re-enters another thread's continuation.
 */

import type { AccessMode } from "../program.ts";
import type { LockStats } from "./stats.ts";

export interface LockHost {
  /** Virtual time, ns. */
  readonly now: number;
  /** The jiffies counter: whole ticks since time 0. */
  jiffies(): number;
  /** The CPU t is on, or last ran on. */
  cpuOf(t: number): number;
  /** Is t on a CPU (running or spinning)? owner_on_cpu() for rwsem spinning. */
  onCpu(t: number): boolean;
  /** need_resched() on t's CPU. */
  needResched(t: number): boolean;
  /** Cost of an access by t's CPU to a cache line (updates the cache model). */
  access(t: number, line: number, mode: AccessMode): number;
  /** One-way cache-line transfer between two CPUs. */
  transfer(fromCpu: number, toCpu: number): number;
  /** Uncontended atomic RMW cost. */
  readonly atomicNs: number;

  finish(t: number, ns: number, result: number): void;
  spin(t: number): void;
  block(t: number): void;
  /** Wake a D-state thread; it resumes in the lock when it next runs. */
  wake(t: number): void;
  /** Re-evaluate a spinning thread after `delayNs`. Replaces its pending kick. */
  kick(t: number, delayNs: number): void;
  /** preempt_disable / preempt_enable on t (spinlocks). */
  preempt(t: number, delta: 1 | -1): void;
  /** Ask for (or stop) offCpu notifications: rwsem spinners watch their owner. */
  watch(lock: HostedLock, on: boolean): void;
  /** Per-class statistics of this run. */
  readonly stats: LockStats;
  /** When tracing: a lock event for the trace hook. */
  lockEvent?(t: number, lock: number, what: LockEventKind): void;
}

export type LockEventKind = "contended" | "acquired" | "released" | "trylock_failed";

export interface HostedLock {
  /** Engine-wide lock id (the Action's `lock`). */
  readonly id: number;
  /** Continue the operation thread t is waiting in. */
  resume(t: number): void;
  /** Thread t just left its CPU. Only called while watched. */
  offCpu?(t: number): void;
}

/** A broken rule of the simulated kernel API (e.g. unlocking a lock not held). */
export class SimError extends Error {
  override readonly name = "SimError";
}
