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

import type { IRProgram } from "../lang/ir.ts";
import type { Builtin, LockEffect } from "../model/index.ts";
import { Engine, type EngineHooks, type RunReport } from "./engine.ts";
import type { FolioLock } from "./locks/folio.ts";
import { ptrType } from "./heap.ts";
import { Interpreter, type StepResult, Thread } from "./interp.ts";
import type { Machine } from "./machine.ts";
import type { Prng } from "./prng.ts";
import type { Action, ThreadCtx, ThreadProgram } from "./program.ts";
import { SequentialRunner } from "./sequential.ts";
import { type Access, NULL_OBSERVER, type Observer, type Scheduling, World } from "./world.ts";

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

  constructor(
    readonly program: IRProgram,
    machine: Machine,
    seed: number,
    observer: Observer = NULL_OBSERVER,
    hooks?: EngineHooks,
  ) {
    this.engine = new Engine(machine, { seed, ...(hooks ? { hooks } : {}) });
    // The World reports to us (to build Actions) and to the monitors.
    const self = this;
    const fan: Observer = {
      access(t, a, write, marked) {
        self.onAccess(t, a, write);
        observer.access(t, a, write, marked);
      },
      badAccess: (...a) => observer.badAccess(...a),
      alloc: (...a) => observer.alloc(...a),
      free: (...a) => observer.free(...a),
      tree(t, op, root, avc, missing) {
        self.emit(t, {
          kind: "access",
          line: self.lineOf(root),
          mode: op === "walk" ? "read" : "write",
        });
        observer.tree(t, op, root, avc, missing);
      },
      assertion: (...a) => observer.assertion(...a),
      lock(t, b, effect, lock, result) {
        self.onLock(t, b, effect, lock);
        observer.lock(t, b, effect, lock, result);
      },
      rcu(t, op) {
        if (op !== "synchronize")
          self.emit(t, {
            kind: "rcu",
            op: op === "read_lock" ? "rcu_read_lock" : "rcu_read_unlock",
            site: 0,
          });
        observer.rcu(t, op);
      },
      hint(t, b, args) {
        self.onHint(t, b, args);
        observer.hint(t, b, args);
      },
    };
    this.fan = fan;
    this.world = new World(program, this, fan);
    this.interp = new Interpreter(program, this.world);
  }

  private readonly fan: Observer;

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
    this.outbox[thread.id] = [];
    this.answer[thread.id] = 0;
    return tid;
  }

  /** The interpreter thread behind an engine thread id (its return value, its frames). */
  thread(tid: number): Thread | undefined {
    return this.threads[tid];
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
      case "release":
      case "release_all":
      case "assert":
        return 0;
    }
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
    if (name === "synchronize_rcu")
      return { kind: "rcu", op: "synchronize_rcu", site: this.siteOf(t) };
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
        interp.step(t);
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
