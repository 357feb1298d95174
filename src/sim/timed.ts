/*
 * The interpreter inside the timed engine: each policy thread is a
 * ThreadProgram whose Actions are the costs and lock operations of the IR
 * steps it executes in the World.
 *
 * A step runs in one of two ways:
 *  - most steps execute in the World at once, and what they did (the
 *    accesses, releases, RCU calls and cost annotations the World reports to
 *    its Observer) becomes the Actions that charge their time;
 *  - a step whose outcome the engine decides — a lock acquire or trylock,
 *    rwsem_is_locked, synchronize_rcu — is first issued as an Action, and
 *    executes in the World only when the engine has granted it, with the
 *    engine's answer (the timed Scheduling below returns it).
 * Calls, private computation and allocation cost nothing in the model: time
 * is spent on shared accesses, lock operations, TLB flushes and lb_cycles().
 */

import type { IRFunction, IRProgram } from "../lang/ir.ts";
import type { Builtin, LockEffect } from "../model/index.ts";
import { Engine, type EngineHooks, type RunReport } from "./engine.ts";
import type { FolioLock } from "./locks/folio.ts";
import { Rwsem } from "./locks/rwsem.ts";
import { ptrType } from "./heap.ts";
import { Interpreter, type StepResult, Thread } from "./interp.ts";
import type { Machine } from "./machine.ts";
import type { Prng } from "./prng.ts";
import type { Action, ThreadCtx, ThreadProgram } from "./program.ts";
import { SequentialRunner } from "./sequential.ts";
import { type Access, NULL_OBSERVER, type Observer, type Scheduling, World } from "./world.ts";
import { type CallHooks, CallHookKernel } from "./call-kernel.ts";
import { type ReferencedCall, ReferencedProbe } from "./referenced.ts";

/** What a workload thread does once its previous call has returned. */
export type NextCall =
  | { readonly kind: "call"; readonly fn: number; readonly args: readonly number[] }
  /** User-mode work between calls: ns on the machine's fastest core, longer on slower ones. */
  | { readonly kind: "compute"; readonly ns: number }
  | { readonly kind: "sleep"; readonly ns: number }
  | { readonly kind: "stop" };

export interface CallSource {
  next(tid: number, rng: Prng, now: number): NextCall;
}

export interface TimedThreadSpec {
  readonly name: string;
  readonly nice?: number;
  readonly clusters?: readonly string[];
  readonly source: CallSource;
}

/**
 * What watches a run step by step (the safety monitors, src/check/timed.ts):
 * the World's Observer events, calls and returns, and the steps themselves.
 */
export interface StepWatch extends Observer, CallHooks {
  /**
   * Thread t is about to take the step at fn's pc: `first` for its first
   * attempt (an engine-decided step when it is issued), not first when an
   * issued step executes after the engine granted it.
   */
  step(t: Thread, fn: IRFunction, pc: number, first: boolean): void;
  /** t's issued lock or synchronize_rcu step waits in the engine (once per issue). */
  blocked(t: Thread): void;
}

/** Steps whose outcome the engine decides: issued first, executed once granted. */
function engineDecides(b: Builtin): boolean {
  if (b.proto.name === "synchronize_rcu") return true;
  const op = b.lock?.op;
  return op === "acquire" || op === "try" || (op === "query" && b.proto.name === "rwsem_is_locked");
}

const RWSEM_OPS: Record<string, string> = {
  down_read: "down_read",
  down_read_trylock: "down_read_trylock",
  up_read: "up_read",
  down_write: "down_write",
  down_write_nested: "down_write",
  down_write_trylock: "down_write_trylock",
  up_write: "up_write",
  downgrade_write: "downgrade_write",
  rwsem_is_locked: "rwsem_is_locked",
  vma_start_read_locked: "down_read_trylock",
  lock_vma_under_rcu: "down_read_trylock",
  vma_end_read: "up_read",
  vma_start_write: "down_write",
  vma_end_write_all: "up_write",
};
const SPIN_OPS: Record<string, string> = {
  spin_lock: "spin_lock",
  spin_lock_nested: "spin_lock",
  spin_trylock: "spin_trylock",
  spin_unlock: "spin_unlock",
};

/**
 * A simulated run of one policy on one machine: the World, the engine and
 * the threads that connect them.
 */
export class TimedRun implements Scheduling {
  readonly engine: Engine;
  readonly world: World;
  readonly interp: Interpreter;
  private readonly locks = new Map<number, number>();
  private readonly lines = new Map<number, number>();
  private readonly ptLines = new Map<number, number>();
  /** Per thread id: Actions produced by the step that just executed. */
  private readonly outbox: Action[][] = [];
  /** Per thread id: the engine's answer for an issued step. */
  private readonly answer: number[] = [];
  private readonly threads: Thread[] = [];
  private readonly sites = new Map<string, number>();
  /** Per thread id: the World lock an issued lock step named. */
  private readonly issuedLock: (number | undefined)[] = [];
  /** Per thread id: an engine-decided step is issued and has not executed yet. */
  private readonly inEngine: boolean[] = [];
  /** Per thread id: that step has waited in the engine (StepWatch.blocked was told). */
  private readonly waited: boolean[] = [];
  /** The safety monitors, once attached. */
  private watcher: StepWatch | undefined;
  /** Interpreter thread id -> engine thread id. */
  private readonly tidOf: number[] = [];
  /** Watches folio_referenced() calls; see onReferenced. */
  private readonly referenced: ReferencedProbe;
  /** Each finished folio_referenced() call of a workload thread, by engine thread id. */
  onReferenced: ((tid: number, call: ReferencedCall) => void) | undefined;

  constructor(
    readonly program: IRProgram,
    machine: Machine,
    seed: number,
    observer: Observer = NULL_OBSERVER,
    hooks?: EngineHooks,
  ) {
    this.engine = new Engine(machine, {
      seed,
      hooks: { ...hooks, onWait: (tid) => this.onWait(tid) },
    });
    this.observer = observer;
    // The World reports to us (to build Actions) and to the monitors.
    const self = this;
    const fan: Observer = {
      access(t, a, write, marked) {
        self.onAccess(t, a, write);
        self.observer.access(t, a, write, marked);
      },
      badAccess: (...a) => self.observer.badAccess(...a),
      alloc: (...a) => self.observer.alloc(...a),
      free: (...a) => self.observer.free(...a),
      tree(t, op, root, avc, missing) {
        self.emit(t, {
          kind: "access",
          line: self.lineOf(root),
          mode: op === "walk" ? "read" : "write",
        });
        self.observer.tree(t, op, root, avc, missing);
      },
      assertion: (...a) => self.observer.assertion(...a),
      lock(t, b, effect, lock, result) {
        self.onLock(t, b, effect, lock);
        if (effect.op === "try" && b.proto.name === "folio_trylock")
          self.referenced.trylock(t, lock, result);
        self.observer.lock(t, b, effect, lock, result);
      },
      rcu(t, op) {
        if (op !== "synchronize")
          self.emit(t, {
            kind: "rcu",
            op: op === "read_lock" ? "rcu_read_lock" : "rcu_read_unlock",
            site: 0,
          });
        self.observer.rcu(t, op);
      },
      hint(t, b, args) {
        self.onHint(t, b, args);
        self.observer.hint(t, b, args);
      },
      order: (...a) => self.observer.order(...a),
    };
    this.fan = fan;
    this.world = new World(program, this, fan);
    this.referenced = new ReferencedProbe(this.world, program.functions, (t, call) =>
      this.onReferenced?.(this.tidOf[t.id]!, call),
    );
    // Calls and returns reach the probe and the monitors; the World ignores them.
    const calls: CallHooks = {
      enter(t, fn, args) {
        self.referenced.enter(t, fn, args);
        self.watcher?.enter(t, fn, args);
      },
      leave(t, fn, value) {
        self.referenced.leave(t, fn, value);
        self.watcher?.leave(t, fn, value);
      },
    };
    this.interp = new Interpreter(program, new CallHookKernel(this.world, calls));
  }

  private readonly fan: Observer;
  /** Where the World's events go besides the Actions: the constructor's observer, or the watch. */
  private observer: Observer;

  /**
   * Let `watch` see every step of the workload threads from now on (call it
   * after setup, which is not watched): the World's events, calls and
   * returns, each step before it executes, and each wait in the engine.
   */
  attach(watch: StepWatch): void {
    this.watcher = watch;
    this.observer = watch;
  }

  /**
   * Build the object graph before time starts: `build` runs policy paths one
   * call at a time (faults, forks) on this run's World, watched by `observer`.
   */
  setup<T>(build: (seq: SequentialRunner) => T, observer: Observer = NULL_OBSERVER): T {
    const seq = new SequentialRunner(this.program, observer, this.world);
    try {
      return build(seq);
    } finally {
      this.world.use(this, this.fan);
    }
  }

  /** Cycles per ns of the fastest core: the engine scales compute by capacity from there. */
  get fastestGHz(): number {
    return Math.max(...this.engine.machine.clusters.map((c) => c.freqMHz)) / 1000;
  }

  /** A workload thread; its calls come from source. Returns its engine thread id. */
  addThread(spec: TimedThreadSpec): number {
    const thread = new Thread(this.threads.length + 1, spec.name);
    const program = new InterpretedThread(this, thread, spec.source);
    const tid = this.engine.addThread({
      name: spec.name,
      program,
      ...(spec.nice !== undefined ? { nice: spec.nice } : {}),
      ...(spec.clusters ? { clusters: spec.clusters } : {}),
    });
    this.threads[tid] = thread;
    this.tidOf[thread.id] = tid;
    this.outbox[thread.id] = [];
    this.answer[thread.id] = 0;
    return tid;
  }

  /** The interpreter thread behind an engine thread id (its return value, its frames). */
  thread(tid: number): Thread | undefined {
    return this.threads[tid];
  }

  /** The engine thread id of an interpreter thread (undefined: not a workload thread). */
  engineTid(t: Thread): number | undefined {
    return this.tidOf[t.id];
  }

  /**
   * The World lock of t's issued engine-decided step that has not executed
   * yet (0: synchronize_rcu, or a NULL lock), undefined when there is none.
   */
  issued(t: Thread): number | undefined {
    return this.inEngine[t.id] ? (this.issuedLock[t.id] ?? 0) : undefined;
  }

  /** Has t's issued step had to wait in the engine (blocked or spun)? */
  hasWaited(t: Thread): boolean {
    return this.inEngine[t.id] === true && this.waited[t.id] === true;
  }

  /** The engine lock a World lock became, if any thread has taken it since setup. */
  engineLockOf(lock: number): number | undefined {
    return this.locks.get(lock);
  }

  run(untilNs: number): RunReport {
    return this.engine.run(untilNs);
  }

  // --- Scheduling: what the World asks while a step executes -------------------------

  lock(t: Thread, b: Builtin, effect: LockEffect, lock: number): StepResult {
    switch (effect.op) {
      case "acquire":
        return 1;
      case "try": {
        const issued = this.issuedLock[t.id];
        if (lock === issued || this.answer[t.id] === 0) return this.answer[t.id]!;
        // lock_vma_under_rcu found another VMA than the one the engine locked
        // (the VMA changed between issue and execution): give that lock back
        // and report the trylock as failed, as the kernel's retry would see.
        this.emit(t, this.lockAction(t, "vma_end_read", issued!));
        return 0;
      }
      case "query": {
        if (b.proto.name !== "folio_test_locked") return this.answer[t.id]!;
        const id = this.locks.get(lock);
        return id !== undefined && (this.engine.lock(id) as FolioLock).state().owner >= 0 ? 1 : 0;
      }
      case "assert":
        return this.engineHolds(t, lock, effect.mode) ? 1 : 0;
      case "release":
      case "release_all":
        return 0;
    }
  }

  /**
   * lockdep_assert_held*() and vma_assert_write_locked(): does t hold lock in
   * the engine? For t's own locks the engine and the World agree at every
   * step of t: an acquisition executes after the engine granted it, and a
   * release reaches the engine before t's next step.
   */
  private engineHolds(t: Thread, lock: number, mode: LockEffect["mode"]): boolean {
    const id = this.locks.get(lock);
    const tid = this.tidOf[t.id];
    if (id === undefined || tid === undefined) return false;
    const l = this.engine.lock(id);
    if (!(l instanceof Rwsem)) return l.state().owner === tid;
    const s = l.state();
    const w = s.writer === tid;
    const r = s.readers.includes(tid);
    return mode === "read" ? r : mode === "any" ? w || r : w;
  }

  rcu(t: Thread): StepResult {
    return this.answer[t.id]!;
  }

  hint(): void {}

  // --- turning World events into Actions --------------------------------------------

  emit(t: Thread, a: Action): void {
    this.outbox[t.id]!.push(a);
  }

  takeActions(t: Thread): Action[] {
    const out = this.outbox[t.id]!;
    this.outbox[t.id] = [];
    return out;
  }

  /** The engine's lock object for a World lock (created on first use, named by class). */
  engineLock(lock: number, kind: "rwsem" | "spin" | "folio"): number {
    let id = this.locks.get(lock);
    if (id === undefined) {
      const cls = this.world.lockClass(lock);
      id =
        kind === "rwsem"
          ? this.engine.addRwsem(cls)
          : kind === "spin"
            ? this.engine.addSpinlock(cls)
            : this.engine.addFolioLock(cls);
      this.locks.set(lock, id);
    }
    return id;
  }

  /** One cache line per object; PTEs eight to a line (64-byte lines, 8-byte entries). */
  lineOf(obj: number, pte = false): number {
    const map = pte ? this.ptLines : this.lines;
    const key = pte ? obj >>> 9 : obj;
    let line = map.get(key);
    if (line === undefined) {
      line = this.engine.newLine();
      map.set(key, line);
    }
    return line;
  }

  /** perf lock contention groups by caller: the policy file:line of the lock operation. */
  siteOf(t: Thread): number {
    const fr = t.top;
    const loc = fr.fn.locs[fr.pc]!;
    const key = `${this.program.files[loc.file]}:${loc.line}`;
    let id = this.sites.get(key);
    if (id === undefined) {
      id = this.sites.size;
      this.sites.set(key, id);
    }
    return id;
  }

  siteNames(): string[] {
    return [...this.sites.keys()];
  }

  /** The Action that issues an engine-decided step. */
  issue(t: Thread, b: Builtin, args: readonly number[]): Action {
    const name = b.proto.name;
    this.inEngine[t.id] = true;
    this.waited[t.id] = false;
    if (name === "synchronize_rcu") {
      this.issuedLock[t.id] = 0;
      return { kind: "rcu", op: "synchronize_rcu", site: this.siteOf(t) };
    }
    const target = this.world.peekLockTarget(t, b, args);
    this.issuedLock[t.id] = target;
    // A NULL or wild lock: the World reports it when the step executes.
    if (target === 0) return { kind: "compute", cycles: 0 };
    return this.lockAction(t, name, target);
  }

  private lockAction(t: Thread, name: string, lock: number): Action {
    const site = this.siteOf(t);
    const type = this.world.heap.layout(ptrType(lock)).name;
    if (type === "folio") {
      const op =
        name === "folio_lock"
          ? "folio_lock"
          : name === "folio_trylock"
            ? "folio_trylock"
            : "folio_unlock";
      return { kind: "folio", op, lock: this.engineLock(lock, "folio"), site };
    }
    if (type === "spinlock_t") {
      return {
        kind: "spin",
        op: SPIN_OPS[name] as "spin_lock",
        lock: this.engineLock(lock, "spin"),
        site,
      };
    }
    return {
      kind: "rwsem",
      op: RWSEM_OPS[name] as "down_read",
      lock: this.engineLock(lock, "rwsem"),
      site,
    };
  }

  private onAccess(t: Thread, a: Access, write: boolean): void {
    const pte = a.struct === "pte_t";
    this.emit(t, { kind: "access", line: this.lineOf(a.obj, pte), mode: write ? "write" : "read" });
  }

  /** Releases and queries that executed in the World: charge them in the engine too. */
  private onLock(t: Thread, b: Builtin, effect: LockEffect, lock: number): void {
    if (effect.op === "release" || effect.op === "release_all") {
      this.emit(t, this.lockAction(t, b.proto.name, lock));
    }
  }

  private onHint(t: Thread, b: Builtin, args: readonly number[]): void {
    switch (b.proto.name) {
      case "lb_cycles":
        this.emit(t, { kind: "compute", cycles: Math.max(0, args[0]!) });
        return;
      case "ptep_clear_flush":
        this.emit(t, { kind: "tlb_flush", pages: 1 });
        return;
      // ptep_clear_flush_young_notify: arm64 page aging drops the flush's DSB
      // (arm64-costs.md "PTE / TLB costs", Will Deacon), so only the PTE access is charged.
      case "flush_tlb_range":
        this.emit(t, { kind: "tlb_flush", pages: Math.max(1, ((args[2]! - args[1]!) >>> 12) | 0) });
        return;
      default:
        return;
    }
  }

  setAnswer(t: Thread, v: number): void {
    this.answer[t.id] = v;
  }

  /** Thread t is about to take the step at fn's pc (see StepWatch.step). */
  watchStep(t: Thread, fn: IRFunction, pc: number, first: boolean): void {
    this.watcher?.step(t, fn, pc, first);
  }

  /** The issued step of t has executed in the World. */
  executed(t: Thread): void {
    this.inEngine[t.id] = false;
  }

  /** The engine made a thread wait: tell the watch once per issued step. */
  private onWait(tid: number): void {
    const t = this.threads[tid];
    if (!t || !this.inEngine[t.id] || this.waited[t.id]) return;
    this.waited[t.id] = true;
    this.watcher?.blocked(t);
  }
}

/** One workload thread: the interpreter driven by the engine's calls to next(). */
class InterpretedThread implements ThreadProgram {
  private issued = false;
  private started = false;

  constructor(
    private readonly run: TimedRun,
    private readonly t: Thread,
    private readonly source: CallSource,
  ) {}

  next(ctx: ThreadCtx): Action {
    const { run, t } = this;
    const interp = run.interp;
    let pending = run.takeActions(t);
    for (;;) {
      if (pending.length > 0) {
        const a = pending.shift()!;
        // Later actions of the same step go back to the outbox, in order.
        for (const rest of pending) run.emit(t, rest);
        return a;
      }
      if (this.issued) {
        // The engine granted (or answered) the step: execute it now.
        this.issued = false;
        run.setAnswer(t, ctx.result);
        const step = interp.pending(t)!;
        run.watchStep(t, step.fn, step.pc, false);
        interp.step(t);
        run.executed(t);
        pending = run.takeActions(t);
        continue;
      }
      if (!this.started || t.done) {
        const next = this.source.next(ctx.tid, ctx.rng, ctx.now);
        if (next.kind === "stop") return { kind: "exit" };
        if (next.kind === "sleep") return { kind: "sleep", ns: next.ns };
        if (next.kind === "compute")
          return { kind: "compute", cycles: Math.round(next.ns * run.fastestGHz) };
        this.started = true;
        interp.start(t, next.fn, next.args);
        interp.advance(t);
        continue;
      }
      const step = interp.pending(t)!;
      run.watchStep(t, step.fn, step.pc, true);
      const ins = step.ins;
      if (ins.op === "builtin") {
        const b = run.program.builtins[ins.id]!;
        if (engineDecides(b)) {
          this.issued = true;
          return run.issue(
            t,
            b,
            ins.args.map((r) => t.top.regs[r]!),
          );
        }
      }
      interp.step(t);
      pending = run.takeActions(t);
    }
  }
}
