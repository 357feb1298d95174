/*
 * The monitors over a simulated run: the explorer's monitors
 * (monitors/index.ts) watch every step of every workload thread of a
 * TimedRun, so a lock-order inversion, a data race or a use-after-free that
 * a workload happens to reach is reported next to the contention it causes.
 *
 * The monitors see the World's events as in the explorer; what differs is
 * who answers their questions about locks (LockView):
 * - who holds what is mirrored from the World's lock events, in the order
 *   the steps executed. The engine's own holders lag behind the World by a
 *   step (an acquisition is granted in the engine before it executes, a
 *   release reaches the engine after), and the monitors ask about the state
 *   the World's step left, as CheckLocks answers it;
 * - who waits for whom comes from the engine: a thread waits while its
 *   issued lock or synchronize_rcu step has blocked or spins and the lock
 *   still lists it as a waiter; it waits for the lock's holders and the
 *   waiters queued ahead of it (rwsem.ts, folio.ts, spin.ts).
 * A step is "blocked" when the engine first makes it wait (EngineHooks.onWait),
 * and "no thread can run" is checked once, when the run is over.
 *
 * The step index of a finding counts the steps the run executed, over all
 * threads: a label, not a schedule to replay (the timed engine has none).
 */

import type { IRFunction } from "../lang/ir.ts";
import type { Builtin, LockEffect } from "../model/index.ts";
import type { Thread } from "../sim/interp.ts";
import { Rwsem } from "../sim/locks/rwsem.ts";
import type { StepWatch, TimedRun } from "../sim/timed.ts";
import type { Access } from "../sim/world.ts";
import type { Validity } from "../sim/heap.ts";
import { violationKey } from "./explore.ts";
import type { Finding } from "./finding.ts";
import { HeldLocks } from "./held.ts";
import { LockClasses } from "./lockclass.ts";
import { lockKindOf, type Wait } from "./locks.ts";
import { FanOut, type LockView, type MonitorContext, type MonitorFactory } from "./monitor.ts";
import { defaultMonitors } from "./monitors/index.ts";
import { StackTable } from "./stacks.ts";

/** Distinct findings kept per run: a broken policy repeats the same few everywhere. */
export const MAX_RUN_FINDINGS = 20;

interface Holders {
  writer: number;
  readers: number[];
}

/** LockView of a TimedRun: holds mirrored from the World's lock events, waits from the engine. */
export class TimedLocks implements LockView {
  private readonly held = new Map<number, Holders>();
  private readonly rcuDepth = new Map<number, number>();
  /** synchronize_rcu callers -> the readers inside a read section when it began, not yet out. */
  private readonly rcuWaits = new Map<number, Set<number>>();

  constructor(
    private readonly run: TimedRun,
    private readonly thread: (tid: number) => Thread | undefined,
  ) {}

  // --- the mirror, updated before the monitors see each event -------------------------

  lock(t: Thread, b: Builtin, effect: LockEffect, lock: number, result: number): void {
    const read = effect.mode === "read";
    switch (effect.op) {
      case "acquire":
        this.take(t.id, lock, read);
        return;
      case "try":
        if (result !== 0) this.take(t.id, lock, read);
        return;
      case "release":
        this.release(t.id, lock, read, b.proto.name === "downgrade_write");
        return;
      case "release_all":
        // vma_end_write_all(): the World names each VMA write lock it drops.
        this.release(t.id, lock, false, false);
        return;
      case "query":
      case "assert":
        return;
    }
  }

  rcu(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): void {
    const d = this.rcuDepth.get(t.id) ?? 0;
    if (op === "read_lock") this.rcuDepth.set(t.id, d + 1);
    else if (op === "read_unlock") {
      if (d > 1) this.rcuDepth.set(t.id, d - 1);
      else if (d === 1) {
        this.rcuDepth.delete(t.id);
        for (const w of this.rcuWaits.values()) w.delete(t.id);
      }
    } else this.rcuWaits.delete(t.id);
  }

  /** t issues synchronize_rcu(): the grace period waits for the readers inside now. */
  synchronizing(t: Thread): void {
    this.rcuWaits.set(t.id, new Set(this.rcuDepth.keys()));
  }

  private take(tid: number, lock: number, read: boolean): void {
    let h = this.held.get(lock);
    if (!h) {
      h = { writer: 0, readers: [] };
      this.held.set(lock, h);
    }
    if (read) h.readers.push(tid);
    else h.writer = tid;
  }

  private release(tid: number, lock: number, read: boolean, downgrade: boolean): void {
    const h = this.held.get(lock);
    if (!h) return;
    if (read) {
      const i = h.readers.indexOf(tid);
      if (i >= 0) h.readers.splice(i, 1);
    } else if (h.writer === tid) {
      h.writer = 0;
      if (downgrade) h.readers.push(tid);
    }
    if (h.writer === 0 && h.readers.length === 0) this.held.delete(lock);
  }

  // --- LockView ------------------------------------------------------------------------

  holds(tid: number, lock: number, mode: LockEffect["mode"]): boolean {
    const h = this.held.get(lock);
    if (!h) return false;
    const w = h.writer === tid;
    const r = h.readers.includes(tid);
    return mode === "read" ? r : mode === "any" ? w || r : w;
  }

  rcuDepthOf(tid: number): number {
    return this.rcuDepth.get(tid) ?? 0;
  }

  waitOf(tid: number): Wait | undefined {
    const t = this.thread(tid);
    if (!t || t.done) return undefined;
    const lock = this.run.issued(t);
    if (lock === undefined || !this.run.hasWaited(t)) return undefined;
    const b = this.pendingBuiltin(t);
    if (!b) return undefined;
    if (b.proto.name === "synchronize_rcu")
      return { kind: "rcu", pending: this.rcuWaits.get(tid) ?? new Set() };
    if (!b.lock || lock === 0) return undefined;
    return {
      kind: "lock",
      lock,
      lockKind: lockKindOf(b),
      mode: b.lock.mode === "read" ? "read" : "write",
      granted: this.engineWaiters(t, lock) === undefined,
    };
  }

  runnable(tid: number): boolean {
    const w = this.waitOf(tid);
    if (!w) return true;
    return w.kind === "lock" ? w.granted : w.pending.size === 0;
  }

  waitsFor(tid: number): number[] {
    const w = this.waitOf(tid);
    if (!w) return [];
    if (w.kind === "rcu") return [...w.pending].sort((a, b) => a - b);
    if (w.granted) return [];
    const t = this.thread(tid)!;
    return (this.engineWaiters(t, w.lock) ?? []).filter((x) => x !== tid);
  }

  /** The builtin t stands in front of. */
  private pendingBuiltin(t: Thread): Builtin | undefined {
    const fr = t.top;
    const ins = fr.fn.code[fr.pc];
    return ins?.op === "builtin" ? this.run.program.builtins[ins.id] : undefined;
  }

  /**
   * If the engine lists t as a waiter of lock (queued, or spinning for it),
   * the threads it waits for: the holders it conflicts with, then the
   * waiters queued ahead of it. Undefined when t is not waiting there.
   */
  private engineWaiters(t: Thread, lock: number): number[] | undefined {
    const id = this.run.engineLockOf(lock);
    const me = this.run.engineTid(t);
    if (id === undefined || me === undefined) return undefined;
    const l = this.run.engine.lock(id);
    const out: number[] = [];
    if (l instanceof Rwsem) {
      const s = l.state();
      const queued = s.waiters.findIndex((w) => w.tid === me);
      if (queued < 0 && !s.spinners.includes(me)) return undefined;
      const write = queued < 0 || s.waiters[queued]!.write;
      if (s.writer >= 0) out.push(s.writer);
      if (write) out.push(...s.readers);
      for (let i = 0; i < queued; i++) out.push(s.waiters[i]!.tid);
    } else {
      const s = l.state();
      const queued = s.waiters.indexOf(me);
      if (queued < 0) return undefined;
      if (s.owner >= 0) out.push(s.owner);
      out.push(...s.waiters.slice(0, queued));
    }
    const ids = new Set<number>();
    for (const e of out) {
      const x = this.run.thread(e);
      if (x) ids.add(x.id);
    }
    return [...ids];
  }
}

export interface WatchOptions {
  /** The monitors (default: every one, as the explorer runs them). */
  readonly monitors?: readonly MonitorFactory[];
}

/**
 * The monitors attached to one TimedRun. Build it after the run's setup
 * (setup is not watched, as in the explorer), run the engine, then end().
 */
export class TimedWatch implements StepWatch {
  readonly locks: TimedLocks;
  private readonly fan: FanOut;
  private readonly found: Finding[] = [];
  private current = -1;

  constructor(
    private readonly run: TimedRun,
    options: WatchOptions = {},
  ) {
    const program = run.program;
    const byId = (id: number): Thread | undefined => {
      // Workload threads are numbered from 1 in the order they were added.
      const t = run.thread(id - 1);
      return t?.id === id ? t : undefined;
    };
    this.locks = new TimedLocks(run, byId);
    const classes = new LockClasses(run.world);
    const stacks = new StackTable(program);
    const here = (t: Thread) => stacks.stepRef(t, this.current);
    const held = new HeldLocks(program, classes, this.locks, here);
    const self = this;
    const ctx: MonitorContext = {
      program,
      world: run.world,
      locks: this.locks,
      held,
      classes,
      get step() {
        return self.current;
      },
      here,
      site: (t) => stacks.site(t, this.current),
      at: (site, step) => stacks.at(site, step),
      thread: byId,
      runnable: () => this.runnable(),
      report: (f) => this.found.push(f),
    };
    this.fan = new FanOut(
      (options.monitors ?? defaultMonitors()).map((m) => m(ctx)),
      held,
    );
    run.attach(this);
  }

  /** Ids of the threads that have not exited and do not wait. */
  private runnable(): number[] {
    const out: number[] = [];
    for (let tid = 0; tid < this.run.engine.threadCount; tid++) {
      const t = this.run.thread(tid);
      if (t && this.run.engine.threadState(tid) !== "off" && this.locks.runnable(t.id))
        out.push(t.id);
    }
    return out;
  }

  /**
   * The run is over: if every thread left waits for another, say so (the
   * deadlock monitor's "no thread can run"), then return the distinct
   * findings (violationKey, as the explorer counts them; the first of each),
   * in key order, at most MAX_RUN_FINDINGS.
   */
  end(): Finding[] {
    const waiting = (t: Thread | undefined) => t !== undefined && !this.locks.runnable(t.id);
    let any = false;
    for (let tid = 0; tid < this.run.engine.threadCount; tid++)
      if (waiting(this.run.thread(tid))) any = true;
    if (any && this.runnable().length === 0) this.fan.stuck();
    const byKey = new Map<string, Finding>();
    for (const f of this.found) {
      const k = violationKey(f);
      if (!byKey.has(k)) byKey.set(k, f);
    }
    return [...byKey]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, MAX_RUN_FINDINGS)
      .map(([, f]) => f);
  }

  // --- StepWatch -------------------------------------------------------------------------

  step(t: Thread, fn: IRFunction, pc: number, first: boolean): void {
    this.current++;
    if (!first) return;
    const ins = fn.code[pc]!;
    if (ins.op === "builtin" && this.run.program.builtins[ins.id]!.proto.name === "synchronize_rcu")
      this.locks.synchronizing(t);
    this.fan.beforeStep(t, fn, pc);
  }

  blocked(t: Thread): void {
    this.fan.blocked(t);
  }

  enter(t: Thread, fn: IRFunction, args: readonly number[]): void {
    this.fan.enter(t, fn, args);
  }

  leave(t: Thread, fn: IRFunction, value: number): void {
    this.fan.leave(t, fn, value);
  }

  access(t: Thread, a: Access, write: boolean, marked: boolean): void {
    this.fan.access(t, a, write, marked);
  }
  badAccess(t: Thread, what: string, ptr: number, v: Validity, write: boolean): void {
    this.fan.badAccess(t, what, ptr, v, write);
  }
  alloc(t: Thread, ptr: number, struct: string): void {
    this.fan.alloc(t, ptr, struct);
  }
  free(t: Thread, ptr: number, struct: string): void {
    this.fan.free(t, ptr, struct);
  }
  tree(
    t: Thread,
    op: "insert" | "remove" | "walk",
    root: number,
    avc: number,
    missing: boolean,
  ): void {
    this.fan.tree(t, op, root, avc, missing);
  }
  assertion(t: Thread, kind: "BUG" | "WARNING", macro: string): void {
    this.fan.assertion(t, kind, macro);
  }
  lock(t: Thread, b: Builtin, effect: LockEffect, lock: number, result: number): void {
    this.locks.lock(t, b, effect, lock, result);
    this.fan.lock(t, b, effect, lock, result);
  }
  rcu(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): void {
    this.locks.rcu(t, op);
    this.fan.rcu(t, op);
  }
  hint(t: Thread, b: Builtin, args: readonly number[]): void {
    this.fan.hint(t, b, args);
  }
  order(t: Thread, a: Access, op: "release" | "acquire"): void {
    this.fan.order(t, a, op);
  }
}
