/*
 * The seam between the engine and whatever drives a thread.
 *
 * A thread is a ThreadProgram: the engine asks it for its next Action each
 * time the previous one has completed, and feeds back that action's result
 * (a trylock's success, rwsem_is_locked's answer) in ctx.result. The IR
 * interpreter will implement this interface, mapping each scheduling-point
 * builtin of the policy language to one Action; tests drive threads with
 * scripted programs. The engine never keeps an Action after acting on it, so
 * a program may reuse one object per kind to avoid allocating per step.
 *
 * Every lock operation carries an opaque call-site id (`site`) chosen by the
 * driver (the interpreter uses the policy file:line); contention tables group
 * by it, as `perf lock contention` groups by caller.
 */

import type { Prng } from "./prng.ts";

export type RwsemOp =
  | "down_read"
  | "down_read_trylock"
  | "up_read"
  | "down_write"
  | "down_write_trylock"
  | "up_write"
  | "downgrade_write"
  | "rwsem_is_locked";

export type FolioOp = "folio_lock" | "folio_trylock" | "folio_unlock";

export type SpinOp = "spin_lock" | "spin_trylock" | "spin_unlock";

export type RcuOp = "rcu_read_lock" | "rcu_read_unlock" | "synchronize_rcu" | "call_rcu";

/** read: plain load; write: plain store; atomic: read-modify-write (LSE or LL/SC). */
export type AccessMode = "read" | "write" | "atomic";

export type Action =
  /** Private work: cycles on the machine's fastest core, scaled by the core's capacity. */
  | { readonly kind: "compute"; readonly cycles: number }
  /** A shared access to a cache line (ids from Engine.newLine). */
  | { readonly kind: "access"; readonly line: number; readonly mode: AccessMode }
  | { readonly kind: "rwsem"; readonly op: RwsemOp; readonly lock: number; readonly site: number }
  | { readonly kind: "folio"; readonly op: FolioOp; readonly lock: number; readonly site: number }
  | { readonly kind: "spin"; readonly op: SpinOp; readonly lock: number; readonly site: number }
  /** token: for call_rcu, the id handed to EngineHooks.onRcuCallback after a grace period. */
  | { readonly kind: "rcu"; readonly op: RcuOp; readonly site: number; readonly token?: number }
  /** A TLB flush of `pages` pages (ptep_clear_flush, flush_tlb_range). */
  | { readonly kind: "tlb_flush"; readonly pages: number }
  /** Interruptible sleep (think time, waiting for work): state "sleeping", not D-state. */
  | { readonly kind: "sleep"; readonly ns: number }
  | { readonly kind: "exit" };

export type ActionKind = Action["kind"];

/** What a program sees on each step. The engine reuses one object per thread. */
export interface ThreadCtx {
  readonly tid: number;
  /** Virtual time in ns. */
  readonly now: number;
  /** The CPU the thread is running on. */
  readonly cpu: number;
  /** The previous action's result: 1/0 for trylocks and rwsem_is_locked, 0 otherwise. */
  readonly result: number;
  /** This thread's own random stream (see prng.ts: common random numbers). */
  readonly rng: Prng;
}

export interface ThreadProgram {
  next(ctx: ThreadCtx): Action;
}

/** Thread states, each accounted to the nanosecond. */
export const THREAD_STATES = ["running", "runnable", "dstate", "sleeping", "spinning"] as const;
export type ThreadState = (typeof THREAD_STATES)[number];

export const S_RUNNING = 0;
export const S_RUNNABLE = 1;
export const S_DSTATE = 2;
export const S_SLEEPING = 3;
export const S_SPINNING = 4;
/** Not yet started or exited: not accounted. */
export const S_OFF = 5;
