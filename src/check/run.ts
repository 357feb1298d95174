/*
 * One controlled execution: N policy threads over one World and one
 * Interpreter, with the untimed kernel lock semantics of locks.ts, one step
 * per scheduling choice, every step watched by the monitors.
 *
 * An Execution is built from a Scenario (a program, and a setup that builds
 * the object graph sequentially and names the threads) and then driven one
 * step at a time by whoever chooses: `run` with a Strategy, or the explorer
 * directly. Everything is deterministic given the scenario and the schedule,
 * so re-running a schedule prefix is building a fresh Execution and calling
 * step() for each index: no snapshots, no undo (the stateless model checking
 * of CHESS and shuttle). The execution records the schedule (thread index per
 * step) and a trace (each step's policy file:line), and stops on completion,
 * deadlock, a policy fault, a fatal finding, or the step bound.
 */

import type { IRProgram } from "../lang/ir.ts";
import { Interpreter, PolicyFault, Thread } from "../sim/interp.ts";
import { NULL_OBSERVER, type Observer, World } from "../sim/world.ts";
import { CallObservingKernel } from "./calls.ts";
import { copyInto } from "./copy.ts";
import { fmix, mixWord, SEED_HI, SEED_LO } from "./statehash.ts";
import type { VisitedSet } from "./visited.ts";
import { type Footprint, FootprintRecorder, type FootprintTable } from "./footprint.ts";
import { type DeadlockFinding, type Finding, type StepRef, stepRef } from "./finding.ts";
import { HeldLocks } from "./held.ts";
import { LockClasses } from "./lockclass.ts";
import { CheckLocks } from "./locks.ts";
import { FanOut, type MonitorContext, type MonitorFactory } from "./monitor.ts";
import { defaultMonitors } from "./monitors/index.ts";
import { StackTable } from "./stacks.ts";
import { encodeSchedule, type Strategy } from "./strategy.ts";

export interface ThreadSpec {
  readonly name: string;
  /** The policy function the thread calls, and its arguments (pointers from setup). */
  readonly fn: string;
  readonly args: readonly number[];
}

export interface SetupEnv {
  readonly world: World;
  /** Run a policy function to completion on a setup thread (not watched by the monitors). */
  call(fn: string, ...args: number[]): number;
}

export interface Scenario {
  readonly program: IRProgram;
  /** Build the object graph and name the threads; must be deterministic. */
  setup(env: SetupEnv): readonly ThreadSpec[];
}

/** Bounds and switches of one execution (defaults in DEFAULTS). */
export interface RunOptions {
  /** Steps before the execution is stopped as bounded. */
  readonly maxSteps?: number;
  /** Instructions one thread may execute (the interpreter's budget). */
  readonly budget?: number;
  readonly monitors?: readonly MonitorFactory[];
  /** Stop at the first finding of any kind (the explorer), not only at fatal ones. */
  readonly stopOnFinding?: boolean;
  /** Record each step's location (traces); the explorer may turn it off for speed. */
  readonly trace?: boolean;
  /**
   * Record the schedule (result().schedule). The explorer turns it off: it
   * keeps each state's path itself, and a copy would copy the record.
   */
  readonly schedule?: boolean;
}

const DEFAULTS = {
  maxSteps: 20_000,
  budget: 1_000_000,
  stopOnFinding: false,
  trace: true,
  schedule: true,
};

/** The thread id of the scenario's setup calls: never a lock owner during the run. */
const SETUP_TID = 1 << 24;

export interface TraceStep {
  readonly step: number;
  /** Thread index (the schedule's number; its id is index + 1). */
  readonly thread: number;
  readonly at: StepRef;
  readonly result: "ok" | "blocked" | "done";
}

export type Outcome =
  | { readonly kind: "complete" }
  | { readonly kind: "deadlock"; readonly finding?: DeadlockFinding }
  | { readonly kind: "finding"; readonly finding: Finding }
  | {
      readonly kind: "fault";
      readonly message: string;
      readonly thread: number;
      readonly at: StepRef;
    }
  | { readonly kind: "bounded"; readonly steps: number }
  /** The strategy ended the execution (a replayed prefix, a DFS cut). */
  | { readonly kind: "stopped" }
  /** A replayed schedule named a thread that cannot run. */
  | { readonly kind: "diverged"; readonly message: string };

export interface RunResult {
  readonly outcome: Outcome;
  readonly schedule: readonly number[];
  /** The schedule string to replay this execution. */
  readonly replay: string;
  readonly trace: readonly TraceStep[];
  readonly findings: readonly Finding[];
  readonly threads: readonly { name: string; done: boolean; retval: number }[];
}

/**
 * A scenario's object graph, built once by its setup: Executions started
 * from it copy the World instead of re-running the setup's policy calls.
 */
export interface Prepared {
  readonly scenario: Scenario;
  readonly world: World;
  readonly specs: readonly ThreadSpec[];
}

/** Run a scenario's setup once, for Executions to start from (the explorer's replays). */
export function prepare(scenario: Scenario, options: RunOptions = {}): Prepared {
  const ex = new Execution(scenario, { ...options, monitors: [] }, undefined, "setup");
  if (!ex.locks.quiescent())
    throw new Error("scenario setup: a setup call left a lock held or an RCU section open");
  return { scenario, world: ex.world, specs: ex.specs };
}

/** The MonitorContext an execution hands its monitors, its step set as steps are taken. */
type LiveContext = Omit<MonitorContext, "step"> & { step: number };

export class Execution {
  readonly world: World;
  readonly locks: CheckLocks;
  readonly interp: Interpreter;
  readonly threads: Thread[] = [];
  /** Thread index of every step, from the initial state (RunOptions.schedule). */
  private readonly taken: number[] = [];
  /** Steps taken so far (the schedule's length, recorded or not). */
  steps = 0;
  readonly trace: TraceStep[] = [];
  readonly findings: Finding[] = [];
  /** The threads the setup named, with their arguments. */
  specs: readonly ThreadSpec[];
  outcome: Outcome | undefined;
  private opts: typeof DEFAULTS;
  /** The monitors asked for (undefined: the defaults), which retarget() must match. */
  private readonly monitorFactories: readonly MonitorFactory[] | undefined;
  private readonly fan: FanOut;
  private readonly held: HeldLocks;
  private readonly classes: LockClasses;
  private readonly kernel: CallObservingKernel;
  /**
   * The monitors' context, whose `step` is the index of the step being
   * executed (-1 while threads start): a field the monitors read on every
   * access, set here as steps are taken (no getter).
   */
  private readonly ctx: LiveContext;
  /** Set by recordFootprints(): collects what each step touches. */
  private recorder: FootprintRecorder | undefined;
  /** The recorder while a step whose footprint was asked for runs. */
  private recording: FootprintRecorder | undefined;
  /** What the last step touched (recordFootprints() on), for sleep sets. */
  lastFootprint: Footprint = "all";
  /** Findings settle() has looked at (the ones before did not end the execution). */
  private settled = 0;
  /** The monitors' `here`: stacks interned (copyFrom makes it forget its threads' frames). */
  private readonly stacks: StackTable;

  /** The scenario this execution runs (retarget() changes it). */
  get scenario(): Scenario {
    return this.of;
  }
  private of: Scenario;

  constructor(
    scenario: Scenario,
    options: RunOptions = {},
    prepared?: Prepared,
    /**
     * "run": start the threads; "setup": stop after the setup (prepare());
     * "copy": a blank to copyFrom() another execution into (the explorer's
     * branches), so neither the World nor the threads are set up here.
     */
    mode: "run" | "setup" | "copy" = "run",
  ) {
    this.of = scenario;
    this.opts = resolve(options);
    this.monitorFactories = options.monitors;
    const program = scenario.program;
    // Monitors are attached after setup: the relay forwards to nothing until then.
    let target: Observer = NULL_OBSERVER;
    // The footprint of the step being taken, when the explorer asks for it.
    const fp = () => this.recording;
    const relay: Observer = {
      access: (t, a, w, m) => {
        fp()?.field(a.struct, a.field, w);
        target.access(t, a, w, m);
      },
      badAccess: (t, what, p, v, w) => {
        fp()?.everything();
        target.badAccess(t, what, p, v, w);
      },
      alloc: (t, p, s) => {
        fp()?.everything();
        target.alloc(t, p, s);
      },
      free: (t, p, s) => {
        fp()?.everything();
        target.free(t, p, s);
      },
      tree: (t, op, r, avc, miss) => {
        fp()?.tree(op !== "walk");
        target.tree(t, op, r, avc, miss);
      },
      assertion: (t, k, m) => target.assertion(t, k, m),
      lock: (t, b, e, l, r) => target.lock(t, b, e, l, r),
      rcu: (t, op) => target.rcu(t, op),
      hint: (t, b, a) => target.hint(t, b, a),
      order: (t, a, op) => target.order(t, a, op),
    };
    this.locks = new CheckLocks();
    this.locks.onOp = (lock) => this.recording?.lock(lock);
    const world = new World(program, this.locks, relay);
    this.world = world;
    this.kernel = new CallObservingKernel(world);
    this.interp = new Interpreter(program, this.kernel, this.opts.budget);

    let specs: readonly ThreadSpec[];
    if (prepared) {
      if (prepared.scenario !== scenario) throw new Error("prepared for another scenario");
      if (mode !== "copy") world.copyFrom(prepared.world);
      specs = prepared.specs;
    } else {
      specs = scenario.setup({ world, call: (fn, ...args) => this.setupCall(fn, args) });
    }
    this.specs = specs;

    this.stacks = new StackTable(program);
    const classes = new LockClasses(world);
    this.classes = classes;
    // Where t is: the race monitor asks on every access.
    const here = (t: Thread): StepRef => this.stacks.stepRef(t, this.ctx.step);
    const held = new HeldLocks(program, classes, this.locks, here);
    this.held = held;
    const ctx: LiveContext = {
      program,
      world,
      locks: this.locks,
      held,
      classes,
      step: -1,
      here,
      site: (t) => this.stacks.site(t, ctx.step),
      at: (site, step) => this.stacks.at(site, step),
      thread: (tid) => this.threads[tid - 1],
      runnable: () => this.runnable().map((i) => i + 1),
      report: (f) => this.findings.push(f),
    };
    this.ctx = ctx;
    this.fan = new FanOut(
      (options.monitors ?? defaultMonitors()).map((m) => m(ctx)),
      held,
    );
    target = this.fan;
    this.kernel.calls = this.fan;

    // prepare(): the World as the setup left it, before any thread starts.
    if (mode === "setup") return;
    this.nameThreads(specs);
    if (mode === "copy") return;
    specs.forEach((s, i) => {
      const fn = program.byName.get(s.fn);
      if (fn === undefined) throw new Error(`scenario thread '${s.name}': no function '${s.fn}'`);
      this.interp.start(this.threads[i]!, fn, s.args);
    });
    for (const t of this.threads) {
      if (this.guard(t, () => this.interp.advance(t)) === undefined) return;
    }
    this.settle();
  }

  /** Indices of the threads that can take the next step, ascending. */
  runnable(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.threads.length; i++) {
      const t = this.threads[i]!;
      if (!t.done && this.locks.runnable(t.id)) out.push(i);
    }
    return out;
  }

  /**
   * Record each step's footprint from now on (the explorer's sleep sets),
   * interned in `table` (one per search, shared by its executions).
   */
  recordFootprints(table?: FootprintTable): void {
    if (!this.recorder || (table && !this.recorder.interns(table)))
      this.recorder = new FootprintRecorder(table);
  }

  /**
   * Become a blank for another scenario of the same program, with the same
   * monitors and budget (an ExecutionPool's executions between searches):
   * copyFrom() an execution of that scenario must follow.
   */
  retarget(scenario: Scenario, options: RunOptions, prepared: Prepared): void {
    const opts = resolve(options);
    if (
      scenario.program !== this.scenario.program ||
      options.monitors !== this.monitorFactories ||
      opts.budget !== this.opts.budget ||
      prepared.scenario !== scenario
    )
      throw new Error("retarget: another program, monitors or budget");
    this.of = scenario;
    this.opts = opts;
    const specs = prepared.specs;
    if (
      specs.length !== this.threads.length ||
      specs.some((s, i) => s.name !== this.threads[i]!.name)
    )
      this.nameThreads(specs);
    this.specs = specs;
  }

  /** One thread per spec, not started (their frames come from a start or a copyFrom). */
  private nameThreads(specs: readonly ThreadSpec[]): void {
    this.threads.length = 0;
    specs.forEach((s, i) => this.threads.push(new Thread(i + 1, s.name)));
  }

  /**
   * Thread i takes one step. With footprints recorded (recordFootprints()),
   * `footprint` false skips them for this step (lastFootprint is then "all",
   * dependent on everything): the explorer asks only where a sibling or a
   * sleeping thread will be compared with it.
   */
  step(i: number, footprint = true): void {
    if (this.outcome) throw new Error("the execution has ended");
    const t = this.threads[i];
    if (!t || t.done || !this.locks.runnable(t.id)) {
      this.outcome = {
        kind: "diverged",
        message: `step ${this.steps}: thread ${i} cannot run`,
      };
      return;
    }
    const fr = t.top;
    const ins = fr.fn.code[fr.pc]!;
    const retry = this.locks.waitOf(t.id) !== undefined;
    this.ctx.step = this.steps++;
    if (this.opts.schedule) this.taken.push(i);
    const at = this.opts.trace ? stepRef(this.scenario.program, t, this.ctx.step) : undefined;
    if (!retry) this.fan.beforeStep(t, fr.fn, fr.pc);
    const rec = footprint ? this.recorder : undefined;
    this.recording = rec;
    if (rec) {
      rec.reset();
      if (ins.op === "builtin") {
        const b = this.scenario.program.builtins[ins.id]!;
        rec.declared(b.reads, false);
        rec.declared(b.writes, true);
      }
    }
    const result = this.guardStep(t);
    this.recording = undefined;
    this.lastFootprint = rec ? rec.take() : "all";
    if (at) this.trace.push({ step: this.ctx.step, thread: i, at, result: result ?? "ok" });
    if (result === undefined) return;
    if (result === "blocked") this.fan.blocked(t);
    this.settle();
  }

  /**
   * Become a copy of src, an execution of the same scenario and options
   * built from the same Prepared setup, standing at any step: the World,
   * the lock state, every thread's frames, the monitors' history and the
   * record so far. The explorer branches this way instead of replaying.
   * Each monitor copies its own history (Monitor.copyFrom); the records they
   * share (HeldLocks, StepRefs) are immutable and stay shared.
   */
  copyFrom(src: Execution): void {
    this.world.copyFrom(src.world);
    this.locks.copyFrom(src.locks);
    src.threads.forEach((s, i) => {
      const t = this.threads[i]!;
      const frames = t.frames;
      for (let d = 0; d < s.frames.length; d++) {
        const fr = s.frames[d]!;
        const mine = frames[d];
        // Into the frame already there when it is of the same call (the
        // pool's executions mostly stand in the same functions): no new
        // register file per frame per copy.
        if (mine && mine.fn === fr.fn && mine.retDst === fr.retDst) {
          mine.pc = fr.pc;
          mine.regs.set(fr.regs);
          copyInto(mine.cells, fr.cells);
          mine.hashed = fr.hashed;
          mine.hash0 = fr.hash0;
          mine.hash1 = fr.hash1;
          mine.below0 = fr.below0;
          mine.below1 = fr.below1;
        } else {
          if (mine) this.interp.recycle(mine.regs);
          frames[d] = {
            fn: fr.fn,
            pc: fr.pc,
            regs: this.interp.copyRegisters(fr.regs),
            cells: fr.cells.slice(),
            retDst: fr.retDst,
            hashed: fr.hashed,
            hash0: fr.hash0,
            hash1: fr.hash1,
            below0: fr.below0,
            below1: fr.below1,
          };
        }
      }
      for (let d = s.frames.length; d < frames.length; d++) this.interp.recycle(frames[d]!.regs);
      if (frames.length !== s.frames.length) frames.length = s.frames.length;
      t.done = s.done;
      t.retval = s.retval;
      t.executed = s.executed;
      t.hashed = s.hashed;
      t.hash0 = s.hash0;
      t.hash1 = s.hash1;
    });
    this.held.copyFrom(src.held);
    this.classes.copyFrom(src.classes);
    const mine = this.fan.monitors;
    const theirs = src.fan.monitors;
    for (let i = 0; i < mine.length; i++) mine[i]!.copyFrom?.(theirs[i]!);
    if (this.opts.schedule) copyInto(this.taken, src.taken);
    this.steps = src.steps;
    copyInto(this.trace, src.trace);
    copyInto(this.findings, src.findings);
    this.outcome = src.outcome;
    this.ctx.step = src.ctx.step;
    this.settled = src.settled;
    this.stacks.forget();
  }

  /** The strategy ended the execution. */
  stop(): void {
    this.outcome ??= { kind: "stopped" };
  }

  /**
   * A 64-bit hash of the whole state: heap and side structures (kept
   * incrementally by the World), lock and RCU state, and each thread's frames
   * (function, pc, registers). A thread and each of its frames keep their
   * hashes while they do not run (Thread.hashed, Frame.hashed), so a state
   * costs the frame that stepped, not every thread's stack.
   */
  hash(): [number, number] {
    this.computeHash();
    return [this.hashLo, this.hashHi];
  }

  /** The two halves of the last computeHash(). */
  hashLo = 0;
  hashHi = 0;

  /** hash() into hashLo/hashHi, without allocating: the explorer calls it for every state. */
  computeHash(): void {
    const s0 = SEED_LO;
    const s1 = SEED_HI;
    const locks = this.locks.stateHash();
    let h0 = mixWord(s0 ^ this.world.hashLo, locks.lo);
    let h1 = mixWord(s1 ^ this.world.hashHi, locks.hi);
    for (const t of this.threads) {
      if (!t.hashed) hashThread(t);
      h0 = mixWord(h0, t.hash0);
      h1 = mixWord(h1, t.hash1);
    }
    this.hashLo = fmix(h0 ^ this.threads.length) >>> 0;
    this.hashHi = fmix(h1 ^ this.threads.length) >>> 0;
  }

  /** Thread index of every step, from the initial state. */
  get schedule(): readonly number[] {
    if (!this.opts.schedule) throw new Error("this execution does not record its schedule");
    return this.taken;
  }

  result(): RunResult {
    const schedule = this.schedule;
    return {
      outcome: this.outcome ?? { kind: "stopped" },
      schedule,
      replay: encodeSchedule(schedule),
      trace: this.trace,
      findings: this.findings,
      threads: this.threads.map((t) => ({ name: t.name, done: t.done, retval: t.retval })),
    };
  }

  private setupCall(name: string, args: readonly number[]): number {
    const fn = this.scenario.program.byName.get(name);
    if (fn === undefined) throw new Error(`scenario setup: the policy has no function '${name}'`);
    const t = new Thread(SETUP_TID, "setup");
    this.interp.start(t, fn, args);
    this.interp.advance(t);
    while (!t.done) {
      if (this.interp.step(t) === "blocked")
        throw new Error(`scenario setup: ${name}() blocked on a lock`);
    }
    return t.retval;
  }

  /** interp.step(t) under guard(), without a closure per step. */
  private guardStep(t: Thread): "ok" | "blocked" | "done" | undefined {
    try {
      return this.interp.step(t);
    } catch (e) {
      return this.fault(t, e);
    }
  }

  /** Run f; a PolicyFault ends the execution as a fault of thread t (undefined). */
  private guard<T>(t: Thread, f: () => T): T | undefined {
    try {
      return f() ?? (true as T);
    } catch (e) {
      return this.fault(t, e);
    }
  }

  /** A PolicyFault ends the execution as a fault of thread t; anything else is a bug. */
  private fault(t: Thread, e: unknown): undefined {
    if (!(e instanceof PolicyFault)) throw e;
    this.outcome = {
      kind: "fault",
      message: e.message,
      thread: t.id,
      at: stepRef(this.scenario.program, t, this.ctx.step),
    };
    return undefined;
  }

  /** Decide whether the execution has ended after a step. */
  private settle(): void {
    if (this.outcome) return;
    // Only the findings since the last settle: the earlier ones did not stop it.
    let stop: Finding | undefined;
    for (let i = this.settled; i < this.findings.length && !stop; i++) {
      const f = this.findings[i]!;
      if (f.fatal || this.opts.stopOnFinding) stop = f;
    }
    this.settled = this.findings.length;
    if (stop) {
      this.outcome =
        stop.kind === "deadlock"
          ? { kind: "deadlock", finding: stop }
          : { kind: "finding", finding: stop };
      return;
    }
    let done = true;
    let runnable = false;
    for (const t of this.threads) {
      done &&= t.done;
      runnable ||= !t.done && this.locks.runnable(t.id);
    }
    if (done) {
      this.outcome = { kind: "complete" };
      return;
    }
    if (!runnable) {
      const before = this.findings.length;
      this.fan.stuck();
      const d = this.findings.slice(before).find((f) => f.kind === "deadlock");
      this.outcome =
        d?.kind === "deadlock" ? { kind: "deadlock", finding: d } : { kind: "deadlock" };
      return;
    }
    if (this.steps >= this.opts.maxSteps) this.outcome = { kind: "bounded", steps: this.steps };
  }
}

/**
 * A thread's share of the state hash into t.hash0/t.hash1: each frame's
 * hash (function, pc, registers) chained from the outermost, then the
 * depth (or done). Only the frames that ran since are hashed again: the
 * hashed ones are the bottom of the stack (a frame runs only on top, and a
 * callee that returns marks its caller), and each keeps the chain up to
 * itself (Frame.below0/below1) for the frames above to continue.
 */
function hashThread(t: Thread): void {
  const frames = t.frames;
  let k = frames.length;
  while (k > 0 && !frames[k - 1]!.hashed) k--;
  let h0 = k > 0 ? frames[k - 1]!.below0 : SEED_LO;
  let h1 = k > 0 ? frames[k - 1]!.below1 : SEED_HI;
  for (let i = k; i < frames.length; i++) {
    const fr = frames[i]!;
    let f0 = mixWord(mixWord(SEED_LO, fr.fn.index), fr.pc);
    let f1 = mixWord(mixWord(SEED_HI, fr.fn.index), fr.pc);
    const regs = fr.regs;
    for (let r = 0; r < regs.length; r++) {
      const v = regs[r]!;
      f0 = mixWord(f0, v);
      f1 = mixWord(f1, v);
    }
    fr.hash0 = fmix(f0 ^ regs.length);
    fr.hash1 = fmix(f1 ^ regs.length);
    h0 = mixWord(h0, fr.hash0);
    h1 = mixWord(h1, fr.hash1);
    fr.below0 = h0;
    fr.below1 = h1;
    fr.hashed = true;
  }
  const n = t.done ? -3 : frames.length;
  t.hash0 = fmix(mixWord(h0, n));
  t.hash1 = fmix(mixWord(h1, n));
  t.hashed = true;
}

function resolve(options: RunOptions): typeof DEFAULTS {
  return {
    maxSteps: options.maxSteps ?? DEFAULTS.maxSteps,
    budget: options.budget ?? DEFAULTS.budget,
    stopOnFinding: options.stopOnFinding ?? DEFAULTS.stopOnFinding,
    trace: options.trace ?? DEFAULTS.trace,
    schedule: options.schedule ?? DEFAULTS.schedule,
  };
}

/**
 * Executions that searches of one program pass on to the next (the
 * explorer's branches, between the scenarios of a verify run): building
 * an execution, with its World and monitors, costs far more than copying
 * into one. Only for executions of the same monitors and budget. The
 * last search's visited-state table is passed on too, grown already.
 */
export class ExecutionPool {
  private readonly free: Execution[] = [];
  private table: VisitedSet | undefined;

  /** The visited table a search left, emptied; undefined when none is left. */
  takeVisited(): VisitedSet | undefined {
    const t = this.table;
    this.table = undefined;
    t?.clear();
    return t;
  }

  giveVisited(table: VisitedSet): void {
    this.table = table;
  }

  /** An execution retargeted to scenario, to copyFrom() into; undefined when none is left. */
  take(scenario: Scenario, options: RunOptions, prepared: Prepared): Execution | undefined {
    const ex = this.free.pop();
    ex?.retarget(scenario, options, prepared);
    return ex;
  }

  /** Executions waiting to be taken. */
  get size(): number {
    return this.free.length;
  }

  give(executions: Iterable<Execution>): void {
    for (const ex of executions) this.free.push(ex);
  }
}

/** Run one execution of scenario under strategy. */
export function run(scenario: Scenario, strategy: Strategy, options: RunOptions = {}): RunResult {
  if (!strategy.newExecution()) throw new Error("the strategy offers no execution");
  const ex = new Execution(scenario, options);
  let current: number | undefined;
  while (!ex.outcome) {
    const runnable = ex.runnable();
    const pick = strategy.nextThread(runnable, current);
    if (pick === undefined) ex.stop();
    else if (!runnable.includes(pick)) {
      ex.outcome = {
        kind: "diverged",
        message: `step ${ex.steps}: thread ${pick} cannot run (runnable: ${runnable.join(", ")})`,
      };
    } else {
      ex.step(pick);
      current = pick;
    }
  }
  return ex.result();
}
