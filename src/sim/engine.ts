/*
 * The timed engine: a deterministic discrete-event simulation of threads on a
 * machine's CPUs, in virtual nanoseconds.
 *
 * Model (SimPy's, see STYLE.md): one event queue keyed by (time, priority,
 * sequence); an event is a thread's timer or a CPU's tick. Each thread has at
 * most one pending timer (end of a busy segment, end of a context switch,
 * arrival after a wake-up, end of a sleep, or a lock's kick); re-arming
 * replaces it, and a popped timer whose sequence is not the thread's current
 * one is stale and dropped. Threads ask their ThreadProgram for the next
 * Action whenever the previous one has completed.
 *
 * A thread's time is always in exactly one state: running, runnable (queued,
 * in wake-up latency, or being switched in), dstate (uninterruptible sleep:
 * rwsem, folio lock, synchronize_rcu), sleeping (interruptible: Action
 * "sleep"), spinning (on CPU, burning cycles in a lock). Accounting is exact
 * to the nanosecond from the thread's start to its exit or the end of the run.
 *
 * Scheduling points and preemption: the tick (HZ) updates the running
 * thread's vruntime and preempts it when its EEVDF slice is used up and
 * another thread is eligible; a wake-up preempts only then too (RUN_TO_PARITY,
 * see sched.ts). A thread with preemption disabled (holding or spinning on a
 * spinlock, spinning on an rwsem) is not preempted: need_resched is set, an
 * rwsem spinner is kicked so it can give up (rwsem_spin_on_owner checks
 * need_resched()), and the preemption happens at the thread's next action
 * boundary once preemption is enabled again. A preempted busy segment resumes
 * where it stopped, rescaled if the thread moves to a core of another speed.
 *
 * Costs: compute cycles at the core's speed; shared accesses from the cache
 * model (cache.ts); context switch and wake-up latencies from the machine of
 * the CPU involved. A context switch is charged whenever a CPU starts running
 * a thread (also from idle); the wake-up latency runs from the wake to the
 * thread's arrival on its target run queue, the same-CPU figure when the
 * target is the waker's CPU.
 */

import { ThreadAccounting, type ThreadReport } from "./accounting.ts";
import { CacheModel } from "./cache.ts";
import { type HostedLock, type LockEventKind, type LockHost, SimError } from "./locks/host.ts";
import { FolioLock } from "./locks/folio.ts";
import { Rcu } from "./locks/rcu.ts";
import { Rwsem } from "./locks/rwsem.ts";
import { SpinLock } from "./locks/spin.ts";
import { type LockClassStats, LockStats } from "./locks/stats.ts";
import { type Machine, type Topology, topology } from "./machine.ts";
import { Prng } from "./prng.ts";
import {
  type AccessMode,
  type Action,
  S_DSTATE,
  S_OFF,
  S_RUNNABLE,
  S_RUNNING,
  S_SLEEPING,
  S_SPINNING,
  THREAD_STATES,
  type ThreadCtx,
  type ThreadProgram,
  type ThreadState,
} from "./program.ts";
import { EventQueue } from "./queue.ts";
import { Sched } from "./sched.ts";

export type { ThreadReport } from "./accounting.ts";
export { SimError } from "./locks/host.ts";

export interface ThreadSpec {
  readonly name: string;
  readonly program: ThreadProgram;
  /** -20..19, default 0. */
  readonly nice?: number;
  /** Affinity by cluster name; default every CPU. */
  readonly clusters?: readonly string[];
  /** Affinity by CPU number (overrides clusters). */
  readonly cpus?: readonly number[];
  /** Start time in ns, default 0. */
  readonly start?: number;
  /** PRNG stream id, default the thread id. */
  readonly stream?: number;
}

export type TraceEvent =
  | {
      readonly kind: "state";
      readonly time: number;
      readonly tid: number;
      readonly state: ThreadState | "off";
    }
  | { readonly kind: "switch"; readonly time: number; readonly cpu: number; readonly tid: number }
  | {
      readonly kind: "wake";
      readonly time: number;
      readonly tid: number;
      readonly cpu: number;
      /** The thread whose step woke it (a lock release, a grace period it ended); absent for timers. */
      readonly by?: number;
    }
  | {
      readonly kind: "lock";
      readonly time: number;
      readonly tid: number;
      readonly lock: number;
      readonly what: LockEventKind;
    };

export interface EngineHooks {
  /** Every state change, context switch, wake-up and lock event (slows the run). */
  trace?(e: TraceEvent): void;
  /** A call_rcu callback runs (after its grace period). */
  onRcuCallback?(token: number, now: number): void;
  /** After every event; for monitors and property tests. */
  afterEvent?(engine: Engine): void;
  /**
   * Thread tid waits in a lock or in synchronize_rcu: it went to sleep (D
   * state) or spins. Called on every block and spin, repeats included, when
   * the lock already lists the thread as its waiter (the safety monitors'
   * "this step blocked").
   */
  onWait?(tid: number): void;
}

export interface EngineOptions {
  readonly seed: number;
  readonly hooks?: EngineHooks;
  /** Actions a thread may take without time passing before the run is stopped. */
  readonly maxInstantSteps?: number;
}

export interface RunReport {
  readonly now: number;
  readonly events: number;
  readonly threads: readonly ThreadReport[];
  readonly locks: readonly LockClassStats[];
  readonly rcuGracePeriods: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// Thread modes: what the thread does when it next gets the CPU or a timer.
const M_NEXT = 0; // ask the program for its next action
const M_BUSY = 1; // finish a busy segment (busyRem ns left, measured on busyCpu)
const M_WAIT = 2; // continue a lock/RCU operation: waitOn[t].resume(t)

// Timer kinds.
const T_BUSY = 0;
const T_SWITCH_IN = 1;
const T_ARRIVE = 2;
const T_SLEEP_END = 3;
const T_KICK = 4;
const T_START = 5;

// Event payload = id * 2 + kind; priority bands: thread timers before ticks at equal times.
const EV_THREAD = 0;
const EV_TICK = 1;
const PRIO_THREAD = 0;
const PRIO_TICK = 1;

export class Engine implements LockHost {
  readonly machine: Machine;
  readonly topo: Topology;
  readonly stats = new LockStats();
  readonly atomicNs: number;
  now = 0;

  private readonly q = new EventQueue(1024);
  private readonly cache: CacheModel;
  private readonly sched: Sched;
  private readonly rcu: Rcu;
  private readonly hooks: EngineHooks;
  private readonly seed: number;
  private readonly maxInstant: number;
  private events = 0;

  // Per thread (index = tid). Hot fields are plain arrays of numbers, sized at addThread.
  private readonly acct = new ThreadAccounting();
  private readonly programs: ThreadProgram[] = [];
  private readonly ctxs: Mutable<ThreadCtx>[] = [];
  private readonly mode: number[] = [];
  private readonly result: number[] = [];
  private readonly busyEnd: number[] = [];
  private readonly busyRem: number[] = [];
  private readonly busyCpu: number[] = [];
  private readonly cpuOfT: number[] = [];
  private readonly onCpuT: number[] = [];
  private readonly preemptCount: number[] = [];
  private readonly timerSeq: number[] = [];
  private readonly timerKind: number[] = [];
  private readonly arriveCpu: number[] = [];
  private readonly waitOn: (HostedLock | null)[] = [];

  // Per CPU.
  private readonly needReschedCpu: Uint8Array;
  private readonly tickArmed: Uint8Array;

  private readonly locks: (Rwsem | FolioLock | SpinLock)[] = [];
  private readonly watchers = new Set<HostedLock>();
  /** The CPU whose thread is being processed (the waker for wake-ups), -1 outside. */
  private curCpu = -1;
  /** The thread whose action is being carried out (-1 in timers and ticks): the waker, for traces. */
  private curThread = -1;

  constructor(machine: Machine, opts: EngineOptions) {
    this.machine = machine;
    this.topo = topology(machine);
    this.atomicNs = machine.atomicNs;
    this.cache = new CacheModel(machine, this.topo);
    this.sched = new Sched(this.topo, machine.baseSliceNs);
    this.hooks = opts.hooks ?? {};
    this.seed = opts.seed;
    this.maxInstant = opts.maxInstantSteps ?? 1_000_000;
    this.needReschedCpu = new Uint8Array(this.topo.ncpu);
    this.tickArmed = new Uint8Array(this.topo.ncpu);
    if (this.hooks.trace) this.lockEvent = this.traceLock;
    this.rcu = new Rcu(this, {
      ncpu: this.topo.ncpu,
      onCpuThread: (c) => {
        const t = this.sched.curr[c]!;
        return t >= 0 && this.onCpuT[t] ? t : -1;
      },
      threadCount: () => this.acct.count,
      callback: (tok) => this.hooks.onRcuCallback?.(tok, this.now),
      l1HitNs: machine.l1HitNs,
    });
  }

  // --- building a run ------------------------------------------------------

  /** A fresh cache line for a shared object or field. */
  newLine(): number {
    return this.cache.newLine();
  }

  addRwsem(cls: string): number {
    const id = this.locks.length;
    this.locks.push(
      new Rwsem(id, this.stats.cls(cls, "rwsem"), this.newLine(), this, this.machine.hz),
    );
    return id;
  }

  addFolioLock(cls: string): number {
    const id = this.locks.length;
    this.locks.push(new FolioLock(id, this.stats.cls(cls, "folio"), this.newLine(), this));
    return id;
  }

  addSpinlock(cls: string): number {
    const id = this.locks.length;
    this.locks.push(new SpinLock(id, this.stats.cls(cls, "spin"), this.newLine(), this));
    return id;
  }

  /** The lock object behind an id, for tests and monitors. */
  lock(id: number): Rwsem | FolioLock | SpinLock {
    const l = this.locks[id];
    if (!l) throw new RangeError(`no lock ${id}`);
    return l;
  }

  addThread(spec: ThreadSpec): number {
    const start = spec.start ?? 0;
    if (!(start >= this.now))
      throw new RangeError(`thread ${spec.name}: start ${start} is in the past`);
    const ncpu = this.topo.ncpu;
    const allowed = new Uint8Array(ncpu);
    if (spec.cpus) {
      for (const c of spec.cpus) {
        if (!Number.isInteger(c) || c < 0 || c >= ncpu)
          throw new RangeError(`thread ${spec.name}: no CPU ${c}`);
        allowed[c] = 1;
      }
    } else if (spec.clusters) {
      for (const name of spec.clusters) {
        const ci = this.machine.clusters.findIndex((c) => c.name === name);
        if (ci < 0)
          throw new RangeError(
            `thread ${spec.name}: machine ${this.machine.name} has no cluster '${name}'`,
          );
        for (let c = 0; c < ncpu; c++) if (this.topo.cpuCluster[c] === ci) allowed[c] = 1;
      }
    } else {
      allowed.fill(1);
    }
    if (!allowed.includes(1)) throw new RangeError(`thread ${spec.name}: empty affinity`);
    const t = this.acct.add(spec.name, start);
    this.sched.addThread(t, spec.nice ?? 0, allowed);
    this.programs.push(spec.program);
    this.ctxs.push({
      tid: t,
      now: 0,
      cpu: -1,
      result: 0,
      rng: new Prng(this.seed, spec.stream ?? t),
    });
    this.mode.push(M_NEXT);
    this.result.push(0);
    this.busyEnd.push(0);
    this.busyRem.push(0);
    this.busyCpu.push(-1);
    this.cpuOfT.push(-1);
    this.onCpuT.push(0);
    this.preemptCount.push(0);
    this.timerSeq.push(-1);
    this.timerKind.push(-1);
    this.arriveCpu.push(-1);
    this.waitOn.push(null);
    this.timer(t, T_START, start);
    return t;
  }

  // --- running -------------------------------------------------------------

  /** Run until virtual time `until` (ns) or until nothing is left to happen. */
  run(until: number): RunReport {
    const q = this.q;
    const after = this.hooks.afterEvent;
    while (q.size > 0 && q.peekTime() <= until) {
      q.pop();
      this.now = q.time;
      this.events++;
      const id = q.payload >> 1;
      if ((q.payload & 1) === EV_THREAD) {
        if (this.timerSeq[id] === q.seq) this.onTimer(id);
      } else {
        this.onTick(id);
      }
      if (after) after(this);
    }
    if (until > this.now && Number.isFinite(until)) this.now = until;
    return this.report();
  }

  private timer(t: number, kind: number, at: number): void {
    this.timerKind[t] = kind;
    this.timerSeq[t] = this.q.push(at, PRIO_THREAD, t * 2 + EV_THREAD);
  }

  private cancelTimer(t: number): void {
    this.timerSeq[t] = -1;
  }

  private onTimer(t: number): void {
    this.timerSeq[t] = -1;
    switch (this.timerKind[t]) {
      case T_START:
        this.setState(t, S_RUNNABLE);
        return this.arrive(t, this.sched.selectCpu(t, -1), true);
      case T_ARRIVE: {
        const cpu = this.arriveCpu[t]!;
        this.sched.pendingIn[cpu]!--;
        return this.arrive(t, cpu, false);
      }
      case T_SWITCH_IN:
        return this.switchedIn(t);
      case T_BUSY:
        this.mode[t] = M_NEXT;
        return this.proceed(t);
      case T_SLEEP_END:
        this.curCpu = this.cpuOfT[t]!; // the timer fires on the CPU that armed it
        this.wake(t);
        this.curCpu = -1;
        return;
      case T_KICK:
        if (!this.onCpuT[t] || this.mode[t] !== M_WAIT) return;
        return this.proceed(t);
    }
  }

  /** Continue thread t, which is on its CPU, according to its mode. */
  private proceed(t: number): void {
    const cpu = this.cpuOfT[t]!;
    this.curCpu = cpu;
    this.curThread = t;
    switch (this.mode[t]) {
      case M_BUSY: {
        let rem = this.busyRem[t]!;
        const from = this.busyCpu[t]!;
        if (from >= 0 && from !== cpu)
          rem = Math.round((rem * this.topo.nsPerCycle[cpu]!) / this.topo.nsPerCycle[from]!);
        this.busyEnd[t] = this.now + rem;
        this.timer(t, T_BUSY, this.busyEnd[t]!);
        break;
      }
      case M_WAIT:
        this.waitOn[t]!.resume(t);
        // resume() may have finished the operation at no cost.
        if (this.modeOf(t) === M_NEXT) this.dispatch(t);
        break;
      case M_NEXT:
        this.dispatch(t);
        break;
    }
    this.curCpu = -1;
    this.curThread = -1;
  }

  private modeOf(t: number): number {
    return this.mode[t]!;
  }

  /** Ask t's program for actions until one takes time, blocks, or t leaves its CPU. */
  private dispatch(t: number): void {
    const cpu = this.cpuOfT[t]!;
    const ctx = this.ctxs[t]!;
    for (let n = 0; ; n++) {
      if (n >= this.maxInstant)
        throw new SimError(`thread ${this.acct.name(t)} took ${n} actions without time passing`);
      if (this.needReschedCpu[cpu] && this.preemptible(t)) return this.preemptCpu(cpu);
      ctx.now = this.now;
      ctx.cpu = cpu;
      ctx.result = this.result[t]!;
      this.result[t] = 0;
      const a = this.programs[t]!.next(ctx);
      this.act(t, cpu, a);
      if (this.mode[t] !== M_NEXT || !this.onCpuT[t]) return;
    }
  }

  private act(t: number, cpu: number, a: Action): void {
    switch (a.kind) {
      case "compute":
        if (!(a.cycles >= 0) || !Number.isFinite(a.cycles))
          throw new SimError(`thread ${this.acct.name(t)}: compute of ${a.cycles} cycles`);
        return this.finish(t, a.cycles * this.topo.nsPerCycle[cpu]!, 0);
      case "access":
        return this.finish(t, this.cache.access(cpu, a.line, a.mode), 0);
      case "rwsem":
        return this.lockOf(t, a.lock, Rwsem, a.kind).op(t, a.op, a.site);
      case "folio":
        return this.lockOf(t, a.lock, FolioLock, a.kind).op(t, a.op, a.site);
      case "spin":
        return this.lockOf(t, a.lock, SpinLock, a.kind).op(t, a.op, a.site);
      case "rcu":
        this.waitOn[t] = this.rcu;
        return this.rcu.op(t, a.op, a.token);
      case "tlb_flush":
        return this.finish(
          t,
          this.machine.tlbFlushNs + a.pages * this.machine.tlbFlushPerPageNs,
          0,
        );
      case "sleep":
        if (!(a.ns >= 0)) throw new SimError(`thread ${this.acct.name(t)}: sleep of ${a.ns} ns`);
        this.mode[t] = M_NEXT;
        this.leaveCpu(t, S_SLEEPING);
        return this.timer(t, T_SLEEP_END, this.now + a.ns);
      case "exit":
        // A thread that exits inside a read-side section or with preemption
        // disabled would stall grace periods or its CPU forever: a policy bug.
        if (this.rcu.nesting(t) > 0 || this.preemptCount[t]! > 0)
          throw new SimError(
            `thread ${this.acct.name(t)} exits inside an RCU read-side section or holding a spinlock`,
          );
        this.mode[t] = M_NEXT;
        this.cancelTimer(t);
        return this.leaveCpu(t, S_OFF);
    }
  }

  /** The lock an action names, checked against the action's kind; it owns t's continuation. */
  private lockOf<L extends Rwsem | FolioLock | SpinLock>(
    t: number,
    id: number,
    cls: new (...args: never[]) => L,
    kind: string,
  ): L {
    const l = this.locks[id];
    if (!(l instanceof cls)) throw new SimError(`lock ${id} is not a ${kind} lock`);
    this.waitOn[t] = l;
    return l;
  }

  // --- LockHost ------------------------------------------------------------

  jiffies(): number {
    return Math.floor(this.now / this.topo.jiffyNs);
  }

  cpuOf(t: number): number {
    return this.cpuOfT[t]!;
  }

  onCpu(t: number): boolean {
    return this.onCpuT[t] === 1;
  }

  needResched(t: number): boolean {
    const c = this.cpuOfT[t]!;
    return c >= 0 && this.needReschedCpu[c] === 1;
  }

  access(t: number, line: number, mode: AccessMode): number {
    return this.cache.access(this.cpuOfT[t]!, line, mode);
  }

  transfer(fromCpu: number, toCpu: number): number {
    return this.cache.transfer(fromCpu, toCpu);
  }

  finish(t: number, ns: number, result: number): void {
    // Whole nanoseconds keep the timeline exact and reports readable.
    ns = Math.round(ns);
    this.result[t] = result;
    if (this.acct.get(t) === S_SPINNING) this.setState(t, S_RUNNING);
    if (ns > 0) {
      this.mode[t] = M_BUSY;
      this.busyCpu[t] = this.cpuOfT[t]!;
      this.busyEnd[t] = this.now + ns;
      this.timer(t, T_BUSY, this.busyEnd[t]!);
    } else {
      this.mode[t] = M_NEXT;
    }
  }

  spin(t: number): void {
    this.mode[t] = M_WAIT;
    if (this.acct.get(t) !== S_SPINNING) this.setState(t, S_SPINNING);
    this.hooks.onWait?.(t);
  }

  block(t: number): void {
    this.mode[t] = M_WAIT;
    this.cancelTimer(t);
    this.leaveCpu(t, S_DSTATE);
    this.hooks.onWait?.(t);
  }

  /** try_to_wake_up: D-state or sleeping -> runnable, arriving after the wake-up latency. */
  wake(t: number): void {
    const s = this.acct.get(t);
    if (s !== S_DSTATE && s !== S_SLEEPING) return;
    this.setState(t, S_RUNNABLE);
    const target = this.sched.selectCpu(t, this.cpuOfT[t]!);
    const cl = this.machine.clusters[this.topo.cpuCluster[target]!]!;
    const lat = target === this.curCpu ? cl.wakeupSameCpuNs : cl.wakeupCrossCpuNs;
    this.sched.pendingIn[target]!++;
    this.arriveCpu[t] = target;
    this.hooks.trace?.({
      kind: "wake",
      time: this.now,
      tid: t,
      cpu: target,
      ...(this.curThread >= 0 && this.curThread !== t ? { by: this.curThread } : {}),
    });
    this.timer(t, T_ARRIVE, this.now + lat);
  }

  kick(t: number, delayNs: number): void {
    // Only a thread waiting on its CPU (spinning) can be kicked.
    if (!this.onCpuT[t] || this.mode[t] !== M_WAIT) return;
    this.timer(t, T_KICK, this.now + delayNs);
  }

  preempt(t: number, delta: 1 | -1): void {
    this.preemptCount[t]! += delta;
    if (this.preemptCount[t]! < 0)
      throw new SimError(`preempt count of thread ${this.acct.name(t)} went negative`);
  }

  watch(lock: HostedLock, on: boolean): void {
    if (on) this.watchers.add(lock);
    else this.watchers.delete(lock);
  }

  lockEvent?: (t: number, lock: number, what: LockEventKind) => void;

  private readonly traceLock = (t: number, lock: number, what: LockEventKind): void => {
    this.hooks.trace?.({ kind: "lock", time: this.now, tid: t, lock, what });
  };

  // --- scheduling ----------------------------------------------------------

  private preemptible(t: number): boolean {
    return this.preemptCount[t] === 0 && this.acct.get(t) !== S_SPINNING;
  }

  /** A thread arrives on cpu's run queue (start or after a wake-up). */
  private arrive(t: number, cpu: number, initial: boolean): void {
    this.cpuOfT[t] = cpu;
    this.sched.enqueue(cpu, t, initial);
    const c = this.sched.curr[cpu]!;
    if (c < 0) return this.schedule(cpu);
    // Wake-up preemption only once the current thread has used its slice.
    if (this.onCpuT[c] && this.sched.updateCurr(cpu, this.now)) this.resched(cpu);
  }

  /** resched_curr: preempt the current thread now if it may be, else flag need_resched. */
  private resched(cpu: number): void {
    const c = this.sched.curr[cpu]!;
    if (c < 0) return this.schedule(cpu);
    if (!this.onCpuT[c]) return;
    if (this.sched.pick(cpu, true) === c) return;
    if (this.preemptible(c)) return this.preemptCpu(cpu);
    this.needReschedCpu[cpu] = 1;
    // rwsem spinners poll need_resched(); let them notice.
    if (this.acct.get(c) === S_SPINNING) this.kick(c, 0);
  }

  private preemptCpu(cpu: number): void {
    const c = this.sched.curr[cpu]!;
    this.sched.updateCurr(cpu, this.now);
    if (this.mode[c] === M_BUSY) {
      this.busyRem[c] = Math.max(0, this.busyEnd[c]! - this.now);
      this.busyCpu[c] = cpu;
    }
    this.cancelTimer(c);
    this.offCpu(c, cpu, S_RUNNABLE);
    this.sched.putBack(cpu);
    this.schedule(cpu);
  }

  /** t leaves its CPU for good (sleep, block, exit): dequeue it and pick another. */
  private leaveCpu(t: number, s: number): void {
    const cpu = this.cpuOfT[t]!;
    this.sched.updateCurr(cpu, this.now);
    this.offCpu(t, cpu, s);
    this.sched.dequeueCurr(cpu);
    this.schedule(cpu);
  }

  private offCpu(t: number, cpu: number, s: number): void {
    this.onCpuT[t] = 0;
    this.setState(t, s);
    for (const l of this.watchers) l.offCpu?.(t);
    this.rcu.contextSwitch(cpu, t);
  }

  /** __schedule on an empty CPU: pick the next thread (or pull one), switch to it. */
  private schedule(cpu: number): void {
    this.needReschedCpu[cpu] = 0;
    let next = this.sched.pick(cpu, false);
    if (next < 0) next = this.sched.pull(cpu);
    if (next < 0) {
      this.rcu.idle(cpu);
      return;
    }
    this.sched.take(cpu, next);
    this.cpuOfT[next] = cpu;
    const cl = this.machine.clusters[this.topo.cpuCluster[cpu]!]!;
    this.hooks.trace?.({ kind: "switch", time: this.now, cpu, tid: next });
    this.timer(next, T_SWITCH_IN, this.now + cl.contextSwitchNs);
    this.armTick(cpu);
  }

  /**
   * The context switch is done. (A thread is never switched out while
   * spinning, so one waiting in a lock comes back here only after a wake-up
   * and resumes the lock's slow path.)
   */
  private switchedIn(t: number): void {
    this.onCpuT[t] = 1;
    this.sched.startExec(t, this.now);
    this.setState(t, S_RUNNING);
    this.proceed(t);
  }

  private armTick(cpu: number): void {
    if (this.tickArmed[cpu]) return;
    this.tickArmed[cpu] = 1;
    const j = this.topo.jiffyNs;
    this.q.push((Math.floor(this.now / j) + 1) * j, PRIO_TICK, cpu * 2 + EV_TICK);
  }

  /** scheduler_tick: slice accounting, RCU quiescent states, idle balance; stops when idle (NO_HZ). */
  private onTick(cpu: number): void {
    this.tickArmed[cpu] = 0;
    const c = this.sched.curr[cpu]!;
    const running = c >= 0 && this.onCpuT[c] === 1;
    this.rcu.tick(cpu, running ? c : -1);
    if (running && this.sched.updateCurr(cpu, this.now) && this.sched.rq[cpu]!.length > 0) {
      this.curCpu = cpu;
      this.resched(cpu);
      this.curCpu = -1;
    }
    // nohz idle balance: idle CPUs pull work this busy CPU cannot get to.
    if (this.sched.rq[cpu]!.length > 0) {
      for (let o = 0; o < this.topo.ncpu; o++) {
        if (o !== cpu && this.sched.isIdle(o) && this.sched.rq[cpu]!.length > 0) this.schedule(o);
      }
    }
    if (this.sched.curr[cpu]! >= 0) this.armTick(cpu);
  }

  // --- accounting ----------------------------------------------------------

  private setState(t: number, s: number): void {
    this.acct.set(t, s, this.now);
    this.hooks.trace?.({
      kind: "state",
      time: this.now,
      tid: t,
      state: s === S_OFF ? "off" : THREAD_STATES[s]!,
    });
  }

  /** The state a thread is in now ("off" before start and after exit). */
  threadState(t: number): ThreadState | "off" {
    const s = this.acct.get(t);
    return s === S_OFF ? "off" : THREAD_STATES[s]!;
  }

  get threadCount(): number {
    return this.acct.count;
  }

  /** The thread on each CPU (-1 idle), for monitors. */
  cpuThread(cpu: number): number {
    return this.sched.curr[cpu]!;
  }

  report(): RunReport {
    return {
      now: this.now,
      events: this.events,
      threads: this.acct.report(this.now),
      locks: this.stats.all(),
      rcuGracePeriods: this.rcu.gracePeriods,
    };
  }
}
