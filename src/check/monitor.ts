/*
 * A monitor watches one execution and reports findings. It is an Observer of
 * the World (accesses, bad pointers, frees, tree updates, lock and RCU
 * steps, assertions, hints) plus a few hooks only the runner can give: the
 * step a thread is about to take, a step that blocked, a call and a return
 * of a policy function, and "no thread can run".
 *
 * Monitors are composed by a fan-out observer; the held-lock stacks are
 * updated after every monitor has seen a lock event, so each one sees the
 * state before it.
 */

import type { IRFunction, IRProgram } from "../lang/ir.ts";
import type { Builtin, LockEffect } from "../model/index.ts";
import type { Validity } from "../sim/heap.ts";
import type { Thread } from "../sim/interp.ts";
import type { Access, Observer, World } from "../sim/world.ts";
import type { Finding, StepRef } from "./finding.ts";
import type { HeldLocks } from "./held.ts";
import type { LockClasses } from "./lockclass.ts";
import type { Wait } from "./locks.ts";

/**
 * What the monitors may ask about locks beyond the events they see: who
 * holds what, who waits for whom. The explorer answers from its untimed lock
 * semantics (CheckLocks), a simulated run from the timed engine's state
 * (src/check/timed.ts). Thread ids are the interpreter's (Thread.id).
 */
export interface LockView {
  /** Can tid take its next step (not waiting, or its lock was handed to it)? */
  runnable(tid: number): boolean;
  /** What tid is waiting for, if its last lock or synchronize_rcu step had to wait. */
  waitOf(tid: number): Wait | undefined;
  /** The threads tid waits for: conflicting holders and waiters queued ahead of it. */
  waitsFor(tid: number): number[];
  rcuDepthOf(tid: number): number;
  /** Does tid hold lock in this mode ("any": either), as of the event being watched? */
  holds(tid: number, lock: number, mode: LockEffect["mode"]): boolean;
}

export interface MonitorContext {
  readonly program: IRProgram;
  readonly world: World;
  readonly locks: LockView;
  readonly held: HeldLocks;
  readonly classes: LockClasses;
  /** Index in the schedule of the step being executed (-1 while threads start). */
  readonly step: number;
  /** Where thread t is, as a step of the trace. */
  here(t: Thread): StepRef;
  /** A thread of this execution by id. */
  thread(tid: number): Thread | undefined;
  /** Ids of the threads that could take the next step. */
  runnable(): readonly number[];
  report(f: Finding): void;
}

export interface Monitor extends Partial<Observer> {
  /** Thread t is about to execute the step at fn's pc for the first time (not a retry). */
  beforeStep?(t: Thread, fn: IRFunction, pc: number): void;
  /** Thread t's step returned BLOCKED: it now waits (CheckLocks.waitOf). */
  blocked?(t: Thread): void;
  /** A policy function was called (its frame is t.top) or is returning (still t.top). */
  enter?(t: Thread, fn: IRFunction, args: readonly number[]): void;
  leave?(t: Thread, fn: IRFunction, value: number): void;
  /** No thread is runnable and some are not done. */
  stuck?(): void;
  /**
   * A copy of its history that shares nothing mutable with it (records it
   * never changes, such as StepRefs, HeldLocks and its own frozen entries,
   * are shared): Execution.copyFrom hands it to another instance's load().
   * Each monitor copies its own structures, shallowly where it can, since
   * the explorer branches thousands of times a second.
   */
  save?(): unknown;
  /** Take over a save() of another instance (of the same execution's shape). */
  load?(state: unknown): void;
}

export type MonitorFactory = (ctx: MonitorContext) => Monitor;

type Hook = keyof Monitor;

/** Every monitor's hooks behind one Observer; held-lock state updated last. */
export class FanOut implements Observer {
  private readonly by = new Map<Hook, Monitor[]>();

  constructor(
    readonly monitors: readonly Monitor[],
    private readonly held: HeldLocks,
  ) {}

  private with(h: Hook): Monitor[] {
    let l = this.by.get(h);
    if (!l) {
      l = this.monitors.filter((m) => m[h] !== undefined);
      this.by.set(h, l);
    }
    return l;
  }

  access(t: Thread, a: Access, write: boolean, marked: boolean): void {
    for (const m of this.with("access")) m.access!(t, a, write, marked);
  }
  badAccess(t: Thread, what: string, ptr: number, v: Validity, write: boolean): void {
    for (const m of this.with("badAccess")) m.badAccess!(t, what, ptr, v, write);
  }
  alloc(t: Thread, ptr: number, struct: string): void {
    for (const m of this.with("alloc")) m.alloc!(t, ptr, struct);
  }
  free(t: Thread, ptr: number, struct: string): void {
    for (const m of this.with("free")) m.free!(t, ptr, struct);
  }
  tree(
    t: Thread,
    op: "insert" | "remove" | "walk",
    root: number,
    avc: number,
    missing: boolean,
  ): void {
    for (const m of this.with("tree")) m.tree!(t, op, root, avc, missing);
  }
  assertion(t: Thread, kind: "BUG" | "WARNING", macro: string): void {
    for (const m of this.with("assertion")) m.assertion!(t, kind, macro);
  }
  lock(t: Thread, b: Builtin, effect: LockEffect, lock: number, result: number): void {
    for (const m of this.with("lock")) m.lock!(t, b, effect, lock, result);
    this.held.lock(t, b, effect, lock, result);
  }
  rcu(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): void {
    for (const m of this.with("rcu")) m.rcu!(t, op);
    this.held.rcu(t, op);
  }
  hint(t: Thread, b: Builtin, args: readonly number[]): void {
    for (const m of this.with("hint")) m.hint!(t, b, args);
  }
  beforeStep(t: Thread, fn: IRFunction, pc: number): void {
    for (const m of this.with("beforeStep")) m.beforeStep!(t, fn, pc);
  }
  blocked(t: Thread): void {
    for (const m of this.with("blocked")) m.blocked!(t);
  }
  enter(t: Thread, fn: IRFunction, args: readonly number[]): void {
    for (const m of this.with("enter")) m.enter!(t, fn, args);
  }
  leave(t: Thread, fn: IRFunction, value: number): void {
    for (const m of this.with("leave")) m.leave!(t, fn, value);
  }
  stuck(): void {
    for (const m of this.with("stuck")) m.stuck!();
  }
}
