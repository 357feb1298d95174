/*
 * One cell of the matrix: one policy, one workload, one machine, one seed.
 * runCell() builds the workload's object graph with the policy's own fault
 * and fork paths (docs/workloads.md "Setup order"), starts one engine thread
 * per thread instance whose calls are drawn from its own PRNG stream
 * (src/workload/draw.ts), runs the timed engine for the workload's duration
 * and condenses what happened into a CellResult.
 *
 * Pure and deterministic: no I/O, no clock; every Map is turned into an
 * array sorted by key, so the same inputs and seed give byte-identical
 * JSON.stringify output.
 */

import type { Finding } from "../check/finding.ts";
import type { MonitorFactory } from "../check/monitor.ts";
import { TimedWatch } from "../check/timed.ts";
import type { IRProgram } from "../lang/ir.ts";
import { instances, PAGE_SIZE, type ProcessInstance, threadInstances } from "../workload/layout.ts";
import { type Cursor, drawOp, drawPage, sampleNs } from "../workload/draw.ts";
import type { Op, PageRef, Process, ThreadPool, Vma, VmaRef, Workload } from "../workload/types.ts";
import type { RunReport, ThreadReport, TraceEvent } from "./engine.ts";
import type { LockStatRow, TrylockSite } from "./locks/stats.ts";
import type { Machine } from "./machine.ts";
import { Prng } from "./prng.ts";
import {
  addReferenced,
  NO_REFERENCED,
  type ReferencedCall,
  type ReferencedStats,
} from "./referenced.ts";
import type { SequentialRunner } from "./sequential.ts";
import { type CallSource, type NextCall, TimedRun } from "./timed.ts";
import type { World } from "./world.ts";

/** include/linux/mm.h protection bits: vm_page_prot is built from them (folio_mk_pte reads VM_WRITE). */
const VM_PROT = 0x1 | 0x2 | 0x4;
/** UFFDIO_MOVE_MODE_ALLOW_SRC_HOLES (src/model/constants.ts). */
const MOVE_ALLOW_SRC_HOLES = 0x2;
/**
 * The PRNG stream of setup draws (which pages are faulted, shared, written).
 * Thread streams are engine thread ids (small integers), so a stream id at
 * the top of the 32-bit range never collides with one.
 */
const SETUP_STREAM = 0xfffffff0;
/**
 * A skipped iteration (no folio at the picked page, a same_as with too few
 * picks, no live VMA) still sleeps its work + think, and at least this long,
 * so a pool whose picks all miss cannot spin forever at one instant.
 */
const MIN_SKIP_SLEEP_NS = 1000;

export interface RunCellOptions {
  readonly ir: IRProgram;
  readonly workload: Workload;
  readonly machine: Machine;
  readonly seed: number;
  /** Override the workload's duration_ms (tests run short cells). */
  readonly durationNs?: number;
  /** Override warmup_ms; clamped below the duration. */
  readonly warmupNs?: number;
  /**
   * Every engine state change, switch, wake-up and lock event (for --trace;
   * slows the run), with the lock class of lock events.
   */
  readonly trace?: (e: TraceEvent, lockClass: string | undefined) => void;
  /** The safety monitors watching every step (default: all of them); false runs none. */
  readonly monitors?: readonly MonitorFactory[] | false;
}

/** Nearest-rank summary of a sample (ns). */
export interface Summary {
  readonly count: number;
  readonly total: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** Per thread pool ("thread class"), after warm-up. */
export interface ThreadClassStats {
  readonly pool: string;
  readonly threads: number;
  /** Every single uninterruptible sleep that ended (or was still going) after warm-up. */
  readonly dstate: Summary;
  /** Time runnable (waiting for a CPU or on the way after a wake-up). */
  readonly runnableNs: number;
  /** Longest single runnable stretch of any thread, warm-up included (the engine keeps only the max). */
  readonly maxRunnableNs: number;
  /** On a CPU: running plus spinning. */
  readonly cpuNs: number;
  readonly runningNs: number;
  readonly spinningNs: number;
  /** Interruptible sleep: think time (and the work of skipped iterations). */
  readonly sleepingNs: number;
}

/** Per op of a pool (a "path"): calls that started after warm-up. */
export interface PathStats {
  readonly pool: string;
  /** Index of the op in the pool's loop. */
  readonly op: number;
  readonly call: string;
  /** Source line of the op in the workload file. */
  readonly line: number;
  /** Calls that returned. */
  readonly calls: number;
  /** Iterations that drew this op but made no call (no folio at the page, ...). */
  readonly skipped: number;
  /** Call start (the source handed it to the engine) to return, virtual ns. */
  readonly latency: Summary;
  /** Return value -> how many calls returned it, sorted by value. */
  readonly returns: readonly (readonly [number, number])[];
  /**
   * The folio_referenced() calls made inside this path's calls, with their
   * outcomes and the truth (src/sim/referenced.ts); only on paths that made some.
   */
  readonly referenced?: ReferencedStats;
}

/** RunReport's LockClassStats with its Maps as arrays sorted by key (site ids index `sites`). */
export interface CellLockStats {
  readonly name: string;
  readonly kind: string;
  readonly write: LockStatRow;
  readonly read: LockStatRow;
  readonly contentionPoints: readonly (readonly [number, number])[];
  readonly contendingPoints: readonly (readonly [number, number])[];
  readonly trylocks: readonly (readonly [number, TrylockSite])[];
}

export interface CellRunReport {
  readonly now: number;
  readonly events: number;
  readonly threads: readonly ThreadReport[];
  readonly locks: readonly CellLockStats[];
  readonly rcuGracePeriods: number;
}

export interface SetupSummary {
  readonly instances: number;
  readonly vmas: number;
  /** Pages write-faulted at setup by roots and by children's own VMAs. */
  readonly faulted: number;
  /** Pages a child shares copy-on-write with its parent (World.copyPte). */
  readonly shared: number;
  /** Pages a child wrote after the fork (do_page_fault write=1: COW copy or fresh folio). */
  readonly private: number;
  /** Setup faults that returned non-zero (should be 0). */
  readonly faultErrors: number;
}

export interface CellResult {
  readonly workload: string;
  readonly machine: string;
  readonly seed: number;
  readonly durationNs: number;
  readonly warmupNs: number;
  readonly setup: SetupSummary;
  /**
   * The engine's report of the whole run, warm-up included: its lock
   * statistics are cumulative and cannot be split at the warm-up boundary.
   */
  readonly report: CellRunReport;
  /** Call-site names (policy file:line) by site id, as used in report.locks. */
  readonly sites: readonly string[];
  readonly threads: readonly ThreadClassStats[];
  readonly paths: readonly PathStats[];
  /**
   * What the safety monitors found in this run (src/check/timed.ts): one
   * finding per violation, in violation-key order, at most MAX_RUN_FINDINGS.
   */
  readonly findings: readonly Finding[];
}

/** Per process instance: what setup made. */
interface Inst {
  readonly inst: ProcessInstance;
  readonly proc: Process;
  readonly mm: number;
  /** Its userfaultfd_ctx, 0 if it has no uffd VMA. */
  readonly ctx: number;
  /** VMA name -> the VMA object setup made (later calls resolve live VMAs by address). */
  readonly vmas: Map<string, number>;
}

/** A page some op picked, kept for `same_as`. */
interface PickedPage {
  readonly inst: Inst;
  readonly vma: Vma;
  readonly page: number;
}

/** A VMA a fork op made, kept for `same_as`. */
interface ForkedVma {
  readonly mm: number;
  readonly vma: number;
  readonly start: number;
}

/** Mutable per-path accumulators, turned into PathStats at the end. */
interface PathAcc {
  readonly pool: string;
  readonly op: number;
  readonly call: string;
  readonly line: number;
  skipped: number;
  readonly latencies: number[];
  readonly returns: Map<number, number>;
  referenced: ReferencedStats;
}

/**
 * Run one cell. The caller has checked the workload against the policy and
 * machine (checkEntries, checkMachine in src/workload/entries.ts); an op
 * whose function the policy lacks anyway is counted as skipped, never called.
 */
export function runCell(opts: RunCellOptions): CellResult {
  const { ir, workload: w, machine, seed } = opts;
  const durationNs = opts.durationNs ?? w.durationNs;
  const warmupNs = Math.min(opts.warmupNs ?? w.warmupNs, Math.max(0, durationNs - 1));
  const trace = opts.trace;
  const run: TimedRun = new TimedRun(
    ir,
    machine,
    seed,
    undefined,
    trace
      ? { trace: (e) => trace(e, e.kind === "lock" ? run.engine.lock(e.lock).cls.name : undefined) }
      : undefined,
  );
  const world = run.world;
  const procs = new Map(w.processes.map((p) => [p.name, p]));

  const { insts, setup } = run.setup((seq) => buildGraph(seq, world, w, procs, seed));
  // From here on every step is watched; the setup's sequential paths are not.
  const watch =
    opts.monitors === false
      ? undefined
      : new TimedWatch(run, opts.monitors ? { monitors: opts.monitors } : {});
  const byProcess = new Map<string, Inst[]>();
  for (const i of insts) {
    const list = byProcess.get(i.proc.name) ?? [];
    list.push(i);
    byProcess.set(i.proc.name, list);
  }

  const paths: PathAcc[] = [];
  const poolOfTid = new Map<number, string>();
  const sourceOfTid = new Map<number, ThreadSource>();
  run.onReferenced = (tid, call) => sourceOfTid.get(tid)?.referenced(call);
  const maxAgo = sameAsDepth(w);
  for (const ti of threadInstances(w)) {
    const pool = ti.pool;
    const accs = pool.ops.map((op, i) => {
      const acc: PathAcc = {
        pool: pool.name,
        op: i,
        call: op.call,
        line: op.line,
        skipped: 0,
        latencies: [],
        returns: new Map(),
        referenced: NO_REFERENCED,
      };
      return acc;
    });
    // One PathAcc per (pool, op): threads of a pool share them.
    const shared = paths.filter((p) => p.pool === pool.name);
    const mine = shared.length > 0 ? shared : accs;
    if (shared.length === 0) paths.push(...accs);
    const home = ti.instance >= 0 ? insts[ti.instance]! : undefined;
    const source = new ThreadSource({
      world,
      ir,
      pool,
      home,
      byProcess,
      stripes: ti.stripes,
      paths: mine,
      durationNs,
      warmupNs,
      maxAgo,
      retval: (tid) => run.thread(tid)!.retval,
    });
    const tid = run.addThread({
      name: ti.name,
      nice: pool.nice,
      ...(pool.affinity === "any" ? {} : { clusters: pool.affinity }),
      source,
    });
    poolOfTid.set(tid, pool.name);
    sourceOfTid.set(tid, source);
  }

  // Two phases, so thread times can leave the warm-up out: the engine's
  // accounting is cumulative, and a snapshot at the boundary is subtracted.
  const atWarmup = warmupNs > 0 ? run.run(warmupNs).threads : [];
  const report = run.run(durationNs);
  const findings = watch?.end() ?? [];

  return {
    workload: w.name,
    machine: machine.name,
    seed,
    durationNs,
    warmupNs,
    setup,
    report: plainReport(report),
    sites: run.siteNames(),
    threads: threadClasses(w, report.threads, atWarmup, poolOfTid),
    paths: paths.map((p) => ({
      pool: p.pool,
      op: p.op,
      call: p.call,
      line: p.line,
      calls: p.latencies.length,
      skipped: p.skipped,
      latency: summarize(p.latencies),
      returns: [...p.returns].sort((a, b) => a[0] - b[0]),
      ...(p.referenced.calls > 0 ? { referenced: p.referenced } : {}),
    })),
    findings,
  };
}

// --- setup -------------------------------------------------------------------

function buildGraph(
  seq: SequentialRunner,
  world: World,
  w: Workload,
  procs: ReadonlyMap<string, Process>,
  seed: number,
): { insts: Inst[]; setup: SetupSummary } {
  const rng = new Prng(seed, SETUP_STREAM);
  const h = world.heap;
  const set = (o: number, s: string, f: string, v: number) =>
    h.store(o, h.field(world.typeId(s), f), v);
  const counts = { faulted: 0, shared: 0, private: 0, faultErrors: 0, vmas: 0 };
  const fault = (mm: number, addr: number) => {
    if (seq.call("do_page_fault", mm, addr, 1) !== 0) counts.faultErrors++;
  };
  // Its own VMAs (a root's, or a child's after the fork): mmap, then write-fault `faulted`.
  const mapOwn = (mm: number, vma: Vma, into: Map<string, number>) => {
    const v = world.mmapAnon(mm, vma.start, vma.pages, vma.vmFlags);
    into.set(vma.name, v);
    counts.vmas++;
    for (const i of choose(rng, vma.pages, Math.round(vma.faulted * vma.pages))) {
      fault(mm, vma.start + i * PAGE_SIZE);
      counts.faulted++;
    }
  };

  const insts: Inst[] = [];
  for (const inst of instances(w)) {
    const proc = procs.get(inst.process)!;
    const mm = world.allocObject("mm_struct");
    const vmas = new Map<string, number>();
    let ctx = 0;
    if (proc.uffd) {
      ctx = world.allocObject("userfaultfd_ctx");
      set(ctx, "userfaultfd_ctx", "mm", mm);
    }
    const me: Inst = { inst, proc, mm, ctx, vmas };
    if (inst.parent >= 0) {
      const parent = insts[inst.parent]!;
      const inherited = proc.vmas.filter((v) => v.owner !== proc.name);
      // The fork: dup_mmap_one per inherited VMA, then the flags the child
      // set on its copy afterwards (UFFDIO_REGISTER, MADV_DONTFORK).
      for (const vma of inherited) {
        const pv = parent.vmas.get(vma.name)!;
        const cv = seq.call("dup_mmap_one", mm, parent.mm, pv);
        if (cv === 0)
          throw new Error(`${w.name}: dup_mmap_one of ${vma.name} for ${inst.name} failed`);
        set(cv, "vm_area_struct", "vm_flags", vma.vmFlags);
        set(cv, "vm_area_struct", "vm_page_prot", vma.vmFlags & VM_PROT);
        vmas.set(vma.name, cv);
        counts.vmas++;
      }
      const spec = (name: string) => proc.inherit.find((i) => i.vma === name);
      // copy_page_range's result: `shared` of the parent's mapped pages.
      for (const vma of inherited) {
        const frac = spec(vma.name)?.shared ?? 0;
        if (frac === 0) continue;
        const mapped: number[] = [];
        for (let i = 0; i < vma.pages; i++)
          if (world.peekPte(parent.mm, vma.start + i * PAGE_SIZE) !== 0) mapped.push(i);
        for (const k of choose(rng, mapped.length, Math.round(frac * mapped.length)))
          if (world.copyPte(parent.mm, mm, vma.start + mapped[k]! * PAGE_SIZE) !== 0)
            counts.shared++;
      }
      // What the child wrote since: `private` of the VMA's pages. A page it
      // still shared is COW-copied; one it never had gets a fresh folio. The
      // two draws are independent, as a page may be shared and then written.
      for (const vma of inherited) {
        const frac = spec(vma.name)?.private ?? 0;
        for (const i of choose(rng, vma.pages, Math.round(frac * vma.pages))) {
          fault(mm, vma.start + i * PAGE_SIZE);
          counts.private++;
        }
      }
      for (const vma of proc.vmas) if (vma.owner === proc.name) mapOwn(mm, vma, vmas);
    } else {
      for (const vma of proc.vmas) mapOwn(mm, vma, vmas);
    }
    insts.push(me);
  }
  return { insts, setup: { instances: insts.length, ...counts } };
}

/** k distinct indexes of [0, n), drawn by a partial Fisher-Yates shuffle, returned ascending. */
function choose(rng: Prng, n: number, k: number): number[] {
  if (k <= 0) return [];
  const a = Array.from({ length: n }, (_, i) => i);
  const m = Math.min(k, n);
  for (let i = 0; i < m; i++) {
    const j = i + rng.int(n - i);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a.slice(0, m).sort((x, y) => x - y);
}

/** The deepest `ago` used per label: how much pick history a thread keeps. */
function sameAsDepth(w: Workload): Map<string, number> {
  const out = new Map<string, number>();
  const see = (r: PageRef | VmaRef) => {
    if (r.kind === "same_as") out.set(r.label, Math.max(out.get(r.label) ?? 0, r.ago));
  };
  for (const pool of w.threads)
    for (const op of pool.ops) {
      if (op.kind === "folio") see(op.folio);
      else if (op.kind === "fault") see(op.address);
      else if (op.kind === "move") see(op.src);
      else if (op.kind === "mprotect" || op.kind === "munmap") see(op.vma);
      else if (op.kind === "fork") see(op.parent);
    }
  return out;
}

// --- threads -------------------------------------------------------------------

interface SourceSpec {
  readonly world: World;
  readonly ir: IRProgram;
  readonly pool: ThreadPool;
  readonly home: Inst | undefined;
  readonly byProcess: ReadonlyMap<string, readonly Inst[]>;
  readonly stripes: ReadonlyMap<string, { readonly index: number; readonly of: number }>;
  readonly paths: readonly PathAcc[];
  readonly durationNs: number;
  readonly warmupNs: number;
  readonly maxAgo: ReadonlyMap<string, number>;
  readonly retval: (tid: number) => number;
}

/** A resolved call, or the reason it was skipped (undefined). */
interface Resolved {
  readonly args: readonly number[];
  /** Run when it returns (a fork op records the child's VMA for same_as). */
  readonly onReturn?: (ret: number) => void;
}

/**
 * One workload thread's loop: draw an op and its arguments from the
 * thread's own stream, call it, then run `work` on the CPU (user code
 * between calls, competing for CPUs) and sleep `think`. A skipped iteration
 * sleeps both (there was nothing to work on).
 */
class ThreadSource implements CallSource {
  private iteration = 0;
  private readonly fns: number[];
  private readonly cursors = new Map<string, Cursor>();
  /** Per move op: src and dst swapped (semi-space flip). */
  private readonly flipped: boolean[];
  private readonly pages = new Map<string, PickedPage[]>();
  private readonly forks = new Map<string, ForkedVma[]>();
  /** The call in flight: its op, start time and return hook. */
  private pending: { op: number; start: number; onReturn?: (ret: number) => void } | undefined;
  /** Sleep owed after the last iteration (work + think), taken before the next draw. */
  /** Think time owed before the next call (an interruptible sleep). */
  private owed = 0;
  /** User-mode work owed before that (CPU time). */
  private owedWork = 0;

  constructor(private readonly s: SourceSpec) {
    this.fns = s.pool.ops.map((op) => s.ir.byName.get(op.call) ?? -1);
    this.flipped = s.pool.ops.map(() => false);
  }

  next(tid: number, rng: Prng, now: number): NextCall {
    const s = this.s;
    if (this.pending) {
      const p = this.pending;
      this.pending = undefined;
      const ret = s.retval(tid);
      p.onReturn?.(ret);
      if (p.start >= s.warmupNs) {
        const acc = s.paths[p.op]!;
        acc.latencies.push(now - p.start);
        acc.returns.set(ret, (acc.returns.get(ret) ?? 0) + 1);
      }
      const op = s.pool.ops[p.op]!;
      // Drawn in this order from the thread's stream: work, then think.
      this.owedWork = op.work ? sampleNs(op.work, rng) : 0;
      this.owed = op.think ? sampleNs(op.think, rng) : 0;
    }
    if (now >= s.durationNs) return { kind: "stop" };
    if (this.owedWork > 0) {
      // User code between calls runs on the CPU and competes for it (docs/workloads.md).
      const ns = this.owedWork;
      this.owedWork = 0;
      return { kind: "compute", ns };
    }
    if (this.owed > 0) {
      const ns = this.owed;
      this.owed = 0;
      return { kind: "sleep", ns };
    }
    const i = drawOp(s.pool, this.iteration++, rng);
    const op = s.pool.ops[i]!;
    const r = this.fns[i]! < 0 ? undefined : this.resolve(op, i, rng);
    if (!r) {
      if (now >= s.warmupNs) s.paths[i]!.skipped++;
      return { kind: "sleep", ns: Math.max(MIN_SKIP_SLEEP_NS, this.afterCall(i, rng)) };
    }
    this.pending = { op: i, start: now, ...(r.onReturn ? { onReturn: r.onReturn } : {}) };
    return { kind: "call", fn: this.fns[i]!, args: r.args };
  }

  /** A folio_referenced() call inside the call in flight: counted with its path after warm-up. */
  referenced(call: ReferencedCall): void {
    const p = this.pending;
    if (!p || p.start < this.s.warmupNs) return;
    const acc = this.s.paths[p.op]!;
    acc.referenced = addReferenced(acc.referenced, call);
  }

  /** work + think of op i, drawn from the thread's stream in that order. */
  private afterCall(i: number, rng: Prng): number {
    const op = this.s.pool.ops[i]!;
    const work = op.work ? sampleNs(op.work, rng) : 0;
    const think = op.think ? sampleNs(op.think, rng) : 0;
    return work + think;
  }

  private instanceOf(process: string, which: "own" | "any", rng: Prng): Inst | undefined {
    if (which === "own") return this.s.home;
    const list = this.s.byProcess.get(process) ?? [];
    return list.length === 0 ? undefined : list[list.length === 1 ? 0 : rng.int(list.length)];
  }

  /**
   * A page: its instance, VMA and index. `vmaName` replaces the pick's VMA
   * (a flipped move's src). Sequential picks report a wrap.
   */
  private pickPage(
    ref: PageRef,
    label: string | undefined,
    rng: Prng,
    vmaName?: string,
  ): { picked: PickedPage; wrapped: boolean } | undefined {
    let picked: PickedPage | undefined;
    let wrapped = false;
    if (ref.kind === "same_as") {
      const hist = this.pages.get(ref.label) ?? [];
      if (hist.length < ref.ago) return undefined;
      picked = hist[hist.length - ref.ago]!;
    } else {
      const inst = this.instanceOf(ref.process, ref.instance, rng);
      if (!inst) return undefined;
      const vma = inst.proc.vmas.find((v) => v.name === (vmaName ?? ref.vma));
      if (!vma) return undefined;
      let cursor: Cursor | undefined;
      if (ref.pick.kind === "sequential") {
        cursor = this.cursors.get(ref.stripe);
        if (!cursor) {
          const share = this.s.stripes.get(ref.stripe) ?? { index: 0, of: 1 };
          cursor = { index: share.index, of: share.of, step: 0 };
          this.cursors.set(ref.stripe, cursor);
        }
      }
      const d = drawPage(ref.pick, vma.pages, rng, cursor);
      picked = { inst, vma, page: d.page };
      wrapped = d.wrapped;
    }
    if (label !== undefined) this.remember(this.pages, label, picked);
    return { picked, wrapped };
  }

  private remember<T>(m: Map<string, T[]>, label: string, v: T): void {
    const keep = this.s.maxAgo.get(label) ?? 0;
    if (keep === 0) return;
    const hist = m.get(label) ?? [];
    hist.push(v);
    if (hist.length > keep) hist.shift();
    m.set(label, hist);
  }

  /** A VMA reference resolved to the live VMA (and its mm) covering `pageIndex` of it. */
  private liveVma(
    ref: VmaRef,
    pageIndex: number,
    rng: Prng,
  ): { mm: number; vma: number; start: number } | undefined {
    const world = this.s.world;
    let mm: number;
    let start: number;
    if (ref.kind === "same_as") {
      const hist = this.forks.get(ref.label) ?? [];
      if (hist.length < ref.ago) return undefined;
      const f = hist[hist.length - ref.ago]!;
      mm = f.mm;
      start = f.start + pageIndex * PAGE_SIZE;
    } else {
      const inst = this.instanceOf(ref.process, ref.instance, rng);
      const v = inst?.proc.vmas.find((x) => x.name === ref.vma);
      if (!inst || !v) return undefined;
      mm = inst.mm;
      start = v.start + pageIndex * PAGE_SIZE;
    }
    const vma = world.lookupVma(mm, start, true);
    return vma === 0 ? undefined : { mm, vma, start };
  }

  private resolve(op: Op, i: number, rng: Prng): Resolved | undefined {
    const world = this.s.world;
    const vf = (vma: number, f: string) =>
      world.heap.load(vma, world.heap.field(world.typeId("vm_area_struct"), f));
    switch (op.kind) {
      case "folio": {
        const p = this.pickPage(op.folio, op.label, rng);
        if (!p) return undefined;
        const { inst, vma, page } = p.picked;
        const folio = world.folioOfPte(world.peekPte(inst.mm, vma.start + page * PAGE_SIZE));
        if (folio === 0 || world.heap.validity(folio, world.typeId("folio")) !== "ok")
          return undefined;
        return { args: [folio] };
      }
      case "fault": {
        const p = this.pickPage(op.address, op.label, rng);
        if (!p) return undefined;
        const { inst, vma, page } = p.picked;
        return { args: [inst.mm, vma.start + page * PAGE_SIZE, op.write ? 1 : 0] };
      }
      case "move": {
        const flipped = this.flipped[i]! && op.src.kind === "pick";
        const srcName = op.src.kind === "pick" ? (flipped ? op.dst : op.src.vma) : undefined;
        const p = this.pickPage(op.src, op.label, rng, srcName);
        if (!p) return undefined;
        // The flip point: after this move, the thread compacts back the other way.
        if (p.wrapped && op.flip) this.flipped[i] = !this.flipped[i];
        const { inst, vma: src, page } = p.picked;
        const dstName = op.src.kind === "pick" && flipped ? op.src.vma : op.dst;
        const dst = inst.proc.vmas.find((v) => v.name === dstName);
        if (!dst || inst.ctx === 0) return undefined;
        // A batch that would run past either VMA's end is cut there.
        const n = Math.max(1, Math.min(op.pages, src.pages - page, dst.pages - page));
        return {
          args: [
            inst.ctx,
            dst.start + page * PAGE_SIZE,
            src.start + page * PAGE_SIZE,
            n * PAGE_SIZE,
            op.allowSrcHoles ? MOVE_ALLOW_SRC_HOLES : 0,
          ],
        };
      }
      case "mprotect": {
        const v = this.liveVma(op.vma, op.first, rng);
        if (!v) return undefined;
        // prev: the live VMA ending exactly where the range starts, if any.
        const before = world.lookupVma(v.mm, v.start - 1, true);
        const prev = before !== 0 && vf(before, "vm_end") === v.start ? before : 0;
        const end = v.start + (op.end - op.first) * PAGE_SIZE;
        return { args: [prev, v.vma, v.start, end, op.vmFlags] };
      }
      case "munmap": {
        const v = this.liveVma(op.vma, 0, rng);
        if (!v) return undefined;
        return { args: [v.mm, v.vma] };
      }
      case "fork": {
        const v = this.liveVma(op.parent, 0, rng);
        if (!v) return undefined;
        // A new process for each fork op: an mm allocated outside any policy
        // path (the model has no mm_alloc), as the setup's are.
        const child = world.allocObject("mm_struct");
        const label = op.label;
        const start = vf(v.vma, "vm_start");
        return {
          args: [child, v.mm, v.vma],
          ...(label !== undefined
            ? {
                onReturn: (ret: number) => {
                  if (ret !== 0) this.remember(this.forks, label, { mm: child, vma: ret, start });
                },
              }
            : {}),
        };
      }
    }
  }
}

// --- results -------------------------------------------------------------------

function summarize(xs: number[]): Summary {
  if (xs.length === 0) return { count: 0, total: 0, p50: 0, p99: 0, max: 0 };
  const s = [...xs].sort((a, b) => a - b);
  const rank = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  let total = 0;
  for (const x of s) total += x;
  return { count: s.length, total, p50: rank(0.5), p99: rank(0.99), max: s[s.length - 1]! };
}

function threadClasses(
  w: Workload,
  end: readonly ThreadReport[],
  atWarmup: readonly ThreadReport[],
  poolOfTid: ReadonlyMap<number, string>,
): ThreadClassStats[] {
  return w.threads.map((pool) => {
    const mine = end.filter((t) => poolOfTid.get(t.tid) === pool.name);
    const sleeps: number[] = [];
    let runnable = 0;
    let maxRunnable = 0;
    let running = 0;
    let spinning = 0;
    let sleeping = 0;
    for (const t of mine) {
      const w0 = atWarmup[t.tid];
      const before = w0?.dstateSleeps ?? [];
      // A sleep open at the warm-up boundary shows there as its part so far;
      // if it grew since, it straddled the boundary and counts whole.
      let from = before.length;
      if (from > 0 && (t.dstateSleeps[from - 1] ?? 0) > before[from - 1]!) from--;
      sleeps.push(...t.dstateSleeps.slice(from));
      runnable += t.time.runnable - (w0?.time.runnable ?? 0);
      running += t.time.running - (w0?.time.running ?? 0);
      spinning += t.time.spinning - (w0?.time.spinning ?? 0);
      sleeping += t.time.sleeping - (w0?.time.sleeping ?? 0);
      maxRunnable = Math.max(maxRunnable, t.maxRunnable);
    }
    return {
      pool: pool.name,
      threads: mine.length,
      dstate: summarize(sleeps),
      runnableNs: runnable,
      maxRunnableNs: maxRunnable,
      cpuNs: running + spinning,
      runningNs: running,
      spinningNs: spinning,
      sleepingNs: sleeping,
    };
  });
}

const sortedEntries = <V>(m: ReadonlyMap<number, V>): (readonly [number, V])[] =>
  [...m].sort((a, b) => a[0] - b[0]);

/** The RunReport with every Map as a sorted array, locks sorted by class name. */
function plainReport(r: RunReport): CellRunReport {
  return {
    now: r.now,
    events: r.events,
    threads: r.threads,
    locks: r.locks
      .map((l) => ({
        name: l.name,
        kind: l.kind,
        write: l.write,
        read: l.read,
        contentionPoints: sortedEntries(l.contentionPoints),
        contendingPoints: sortedEntries(l.contendingPoints),
        trylocks: sortedEntries(l.trylocks),
      }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    rcuGracePeriods: r.rcuGracePeriods,
  };
}
