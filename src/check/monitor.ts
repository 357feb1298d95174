/*
 * A monitor watches one execution and reports findings. It is an Observer of
 * the World (accesses, bad pointers, frees, tree updates, lock and RCU
 * steps, assertions, hints, orderings) plus a few hooks only the runner can
 * give: the step a thread is about to take, a step that blocked, a call and
 * a return of a policy function, and "no thread can run".
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
  /**
   * Where thread t is, as a small number (a site: its interned stack) for a
   * monitor that keeps one per access; at(site, step) is then the StepRef
   * here() returned, `step` being the step it was taken at.
   */
  site(t: Thread): number;
  at(site: number, step: number): StepRef;
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
   * Become a copy of src, this monitor's twin (made by the same factory) in
   * another execution of the same shape, for Execution.copyFrom: its whole
   * history, sharing nothing mutable with it afterwards (records neither
   * changes, such as StepRefs, HeldLocks and frozen entries, are shared).
   * Each monitor copies into its own structures, shallowly where it can,
   * since the explorer branches thousands of times a second.
   */
  copyFrom?(src: Monitor): void;
}

export type MonitorFactory = (ctx: MonitorContext) => Monitor;

type Hook = keyof Monitor;

/** Every monitor's hooks behind one Observer; held-lock state updated last. */
export class FanOut implements Observer {
  // The monitors with each hook, listed once: these run on every event.
  private readonly onAccess: Monitor[];
  private readonly onBadAccess: Monitor[];
  private readonly onAlloc: Monitor[];
  private readonly onFree: Monitor[];
  private readonly onTree: Monitor[];
  private readonly onAssertion: Monitor[];
  private readonly onLock: Monitor[];
  private readonly onRcu: Monitor[];
  private readonly onHint: Monitor[];
  private readonly onOrder: Monitor[];
  private readonly onBeforeStep: Monitor[];
  private readonly onBlocked: Monitor[];
  private readonly onEnter: Monitor[];
  private readonly onLeave: Monitor[];
  private readonly onStuck: Monitor[];

  constructor(
    readonly monitors: readonly Monitor[],
    private readonly held: HeldLocks,
  ) {
    const with_ = (h: Hook) => monitors.filter((m) => m[h] !== undefined);
    this.onAccess = with_("access");
    this.onBadAccess = with_("badAccess");
    this.onAlloc = with_("alloc");
    this.onFree = with_("free");
    this.onTree = with_("tree");
    this.onAssertion = with_("assertion");
    this.onLock = with_("lock");
    this.onRcu = with_("rcu");
    this.onHint = with_("hint");
    this.onOrder = with_("order");
    this.onBeforeStep = with_("beforeStep");
    this.onBlocked = with_("blocked");
    this.onEnter = with_("enter");
    this.onLeave = with_("leave");
    this.onStuck = with_("stuck");
  }

  access(t: Thread, a: Access, write: boolean, marked: boolean): void {
    for (const m of this.onAccess) m.access!(t, a, write, marked);
  }
  badAccess(t: Thread, what: string, ptr: number, v: Validity, write: boolean): void {
    for (const m of this.onBadAccess) m.badAccess!(t, what, ptr, v, write);
  }
  alloc(t: Thread, ptr: number, struct: string): void {
    for (const m of this.onAlloc) m.alloc!(t, ptr, struct);
  }
  free(t: Thread, ptr: number, struct: string): void {
    for (const m of this.onFree) m.free!(t, ptr, struct);
  }
  tree(
    t: Thread,
    op: "insert" | "remove" | "walk",
    root: number,
    avc: number,
    missing: boolean,
  ): void {
    for (const m of this.onTree) m.tree!(t, op, root, avc, missing);
  }
  assertion(t: Thread, kind: "BUG" | "WARNING", macro: string): void {
    for (const m of this.onAssertion) m.assertion!(t, kind, macro);
  }
  lock(t: Thread, b: Builtin, effect: LockEffect, lock: number, result: number): void {
    for (const m of this.onLock) m.lock!(t, b, effect, lock, result);
    this.held.lock(t, b, effect, lock, result);
  }
  rcu(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): void {
    for (const m of this.onRcu) m.rcu!(t, op);
    this.held.rcu(t, op);
  }
  hint(t: Thread, b: Builtin, args: readonly number[]): void {
    for (const m of this.onHint) m.hint!(t, b, args);
  }
  order(t: Thread, a: Access, op: "release" | "acquire"): void {
    for (const m of this.onOrder) m.order!(t, a, op);
  }
  beforeStep(t: Thread, fn: IRFunction, pc: number): void {
    for (const m of this.onBeforeStep) m.beforeStep!(t, fn, pc);
  }
  blocked(t: Thread): void {
    for (const m of this.onBlocked) m.blocked!(t);
  }
  enter(t: Thread, fn: IRFunction, args: readonly number[]): void {
    for (const m of this.onEnter) m.enter!(t, fn, args);
  }
  leave(t: Thread, fn: IRFunction, value: number): void {
    for (const m of this.onLeave) m.leave!(t, fn, value);
  }
  stuck(): void {
    for (const m of this.onStuck) m.stuck!();
  }
}
