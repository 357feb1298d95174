/*
 * The explorer: every interleaving of a scenario's visible steps, searched
 * over states depth-first (SPIN's way): the state being expanded is the one
 * just reached, from the execution that has just stepped there, and the
 * queue is one path's siblings (about 1.5 times the breadth-first rate over
 * the same states and steps: docs/scenarios.md). The path a depth-first
 * search meets a violation on is seldom a shortest one, so the search keeps
 * the state graph it explores (graph.ts) and takes each violation's
 * schedule from it: a shortest path to a state the violation showed from,
 * switching threads the fewest times, replayed to check that it shows
 * there too. This finds what a breadth-first search from the start would
 * (TLC's way to shortest counterexamples, reference/checkers.md), no
 * longer, at the depth-first rate; a test checks both on every shipped
 * scenario. The breadth-first search is still there (order), for it.
 *
 * A state is what Execution.hash() covers: heap and side structures, lock
 * and RCU state, each thread's frames. Two paths that reach the same state
 * have the same futures, so the second is pruned. A state is expanded from
 * the execution standing there: the last successor continues it, the others
 * continue copies of it (Execution.copyFrom: World, locks, frames and the
 * monitors' history), so monitors see the whole history of every path they
 * judge. Queued states keep their execution while the frontier is narrow;
 * past that, or with `copy: false`, a state is reached again by replaying
 * its schedule from the initial state (deterministic, as CHESS and shuttle
 * do), which the tests use to cross-check the copies.
 *
 * Partial-order reduction, two kinds. A step that only touches its own
 * thread (entering a policy function) commutes with every other thread's
 * steps and cannot be disabled, so when some thread stands in front of one,
 * that thread alone is expanded (an ample set of one invisible transition;
 * executions are finite, so the cycle proviso holds). And sleep sets
 * (Godefroid): after taking step a from a state, a sibling step b that
 * commutes with it need not be taken again after a, since the order b·a
 * was explored from the state itself. Whether two steps commute is decided
 * from their footprints (footprint.ts: the fields, locks and RCU each one
 * touched); a revisited state whose stored sleep set held a thread the new
 * path has awake is expanded again for that thread. Together they skip
 * only states where some thread stands before an invisible step, which the
 * tests check against the unreduced search, with the same final states and
 * violations.
 *
 * A preemption bound (maxPreemptions, CHESS's context bounding) keeps only
 * the schedules that switch away from a thread that could go on at most that
 * many times, for scenarios too big to search whole. The preemptions used
 * and the last thread to step are part of a state then (contextAfter), and
 * sleep sets are off; a cut search is bounded.
 *
 * What pruning costs: the state hash leaves out the monitors' history
 * (vector clocks, the lockdep graph). A race whose two accesses lie on
 * either side of a pruned join can be missed on that path; the search
 * still reaches every state but those before an invisible step, and a race
 * between two steps is also seen on a path that takes them adjacently.
 */

import type { IRFunction } from "../lang/ir.ts";
import type { FaultFinding, Finding, StepRef } from "./finding.ts";
import type { MonitorFactory } from "./monitor.ts";
import {
  Execution,
  type ExecutionPool,
  type Prepared,
  prepare,
  type RunOptions,
  type Scenario,
} from "./run.ts";
import { encodeSchedule } from "./strategy.ts";
import { type Footprint, type FootprintTable, independent } from "./footprint.ts";
import { costOf, type ShortestPaths, StateGraph } from "./graph.ts";
import { fmix } from "./statehash.ts";
import { VisitedSet } from "./visited.ts";

export interface ExploreOptions {
  /** Steps a path may take before the search is cut there (reported as bounded). */
  readonly maxDepth?: number;
  /**
   * Preemptions a path may make (CHESS's context bound): switching away from
   * a thread that could have taken its next visible step. Unset: unbounded.
   * Paths past it are cut and the search is reported as bounded.
   */
  readonly maxPreemptions?: number;
  /** Distinct states before the whole search stops (reported as bounded). */
  readonly maxStates?: number;
  /** Expand invisible steps alone (default true; false for the naive cross-check). */
  readonly reduce?: boolean;
  /** Prune revisited states (default true; false enumerates every path, exponentially). */
  readonly hashing?: boolean;
  /** Sleep sets over step footprints (default true; false for the naive cross-check). */
  readonly sleepSets?: boolean;
  /**
   * Branch by copying the execution standing at a state (default true), or
   * by replaying its schedule from the initial state (the cross-check).
   */
  readonly copy?: boolean;
  readonly monitors?: readonly MonitorFactory[];
  /**
   * Check every pair of steps the sleep sets treat as independent by running
   * both orders from the state and comparing (slow; for tests).
   */
  readonly checkIndependence?: (problem: string) => void;
  /** Told of every distinct state (its hash, hex), for cross-checks. */
  readonly onState?: (hash: string, schedule: readonly number[]) => void;
  /**
   * Executions to branch into, and a visited table, left by earlier
   * searches of the same program with the same monitors (verify's
   * scenarios, one after another); this search leaves its own there when
   * it is done.
   */
  readonly pool?: ExecutionPool;
  /**
   * Called as the search goes, as TLC prints its progress lines: every
   * PROGRESS_EVERY states (depth-first), when a depth level is done
   * (breadth-first).
   */
  readonly progress?: (p: Progress) => void;
  /**
   * Search depth-first, or breadth-first, only: the schedule of each
   * violation is the path it was met on. Unset: depth-first, with each
   * violation's shortest schedule taken from the state graph explored.
   */
  readonly order?: SearchOrder;
}

export type SearchOrder = "depth" | "breadth";

export interface Progress {
  /** Which search (ExploreOptions.order). */
  readonly order: SearchOrder;
  /** The deepest the search has gone, in steps from the initial state. */
  readonly depth: number;
  readonly states: number;
  readonly transitions: number;
  readonly queued: number;
}

export interface Violation {
  /** What makes two violations the same: rule, variant, and where each thread was. */
  readonly key: string;
  readonly finding: Finding;
  /** Thread index of every step, from the initial state. */
  readonly schedule: readonly number[];
}

export interface ExploreResult {
  readonly complete: boolean;
  readonly bound?: string;
  /** Distinct states reached (the initial one included). */
  readonly states: number;
  /** Steps taken from expanded states (each edge of the explored state graph). */
  readonly transitions: number;
  /**
   * Steps executed in all, replays included (of queued states without an
   * execution, and of candidate counterexamples).
   */
  readonly executedSteps: number;
  /**
   * The deepest state the search expanded, in steps along the path it took
   * there (breadth-first: a shortest path).
   */
  readonly maxDepth: number;
  /**
   * One per key, each with the shortest schedule found that reaches it
   * (with an order given, the path the search met it on).
   */
  readonly violations: readonly Violation[];
  /** Hashes of the final states of complete executions, sorted (the cross-check compares them). */
  readonly finals: readonly string[];
}

/*
 * A sleep set is a mask of thread indices (a scenario has at most four
 * threads; MAX_THREADS bounds what a mask holds) and the footprints of their
 * next steps, by thread index: a node keeps its mask in Nodes and its
 * footprints in an array that is never changed once made, so a child that
 * keeps a subset of its parent's sleepers shares the parent's array.
 */
type Sleepers = readonly (Footprint | undefined)[];
const MAX_THREADS = 31;
/** Every thread: the `only` mask of a node expanded for the first time. */
const ALL = -1;
/** The visited set's value for a state the bounds cut (no node). */
const CUT = -2;
const NO_SLEEPERS: Sleepers = [];

/** The lowest thread in mask m (m not 0). */
function lowest(m: number): number {
  return 31 - Math.clz32(m & -m);
}

/** Executions kept standing at queued states (each holds a World: tens of KB). */
const MAX_LIVE = 4096;
/** States between progress calls of a depth-first search. */
const PROGRESS_EVERY = 1 << 14;

const DEFAULTS = {
  sleepSets: true,
  maxDepth: 4000,
  maxStates: 2_000_000,
  reduce: true,
  hashing: true,
  copy: true,
};

/**
 * Growable typed arrays, one entry per node: its parent, the thread of its
 * last step, its depth, and its preemption context (see contextAfter).
 */
class Nodes {
  parent = new Int32Array(1024);
  thread = new Uint8Array(1024);
  depth = new Int32Array(1024);
  context = new Int32Array(1024);
  /** The node's sleep set (a mask of threads) and, re-expanding a state, the threads woken there. */
  sleep = new Int32Array(1024);
  only = new Int32Array(1024);
  /** Footprints of the sleepers' next steps, by thread (shared, never changed). */
  sleepers: Sleepers[] = [];
  /** 1 once the node was taken from the queue or stack and its successors generated. */
  expanded = new Uint8Array(1024);
  /** The node first made for this node's state (itself, but for a state expanded again). */
  state = new Int32Array(1024);
  length = 0;

  push(
    parent: number,
    thread: number,
    depth: number,
    context = 0,
    sleep = 0,
    sleepers = NO_SLEEPERS,
    only = ALL,
  ): number {
    if (this.length === this.parent.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.parent = grow(this.parent, (n) => new Int32Array(n));
      this.thread = grow(this.thread, (n) => new Uint8Array(n));
      this.depth = grow(this.depth, (n) => new Int32Array(n));
      this.context = grow(this.context, (n) => new Int32Array(n));
      this.sleep = grow(this.sleep, (n) => new Int32Array(n));
      this.only = grow(this.only, (n) => new Int32Array(n));
      this.expanded = grow(this.expanded, (n) => new Uint8Array(n));
      this.state = grow(this.state, (n) => new Int32Array(n));
    }
    this.parent[this.length] = parent;
    this.thread[this.length] = thread;
    this.depth[this.length] = depth;
    this.context[this.length] = context;
    this.sleep[this.length] = sleep;
    this.only[this.length] = only;
    this.sleepers[this.length] = sleepers;
    this.state[this.length] = this.length;
    return this.length++;
  }

  /** The schedule from the root to node n. */
  schedule(n: number): number[] {
    const out = new Array<number>(this.depth[n]!);
    for (let i = out.length - 1; n > 0; n = this.parent[n]!, i--) out[i] = this.thread[n]!;
    return out;
  }
}

/**
 * A violation's identity: the rule and where each thread was (its first
 * reported step), sorted, without thread names: two threads running the same
 * path that meet in either order are one violation, as KCSAN reports one
 * race per pair of code locations.
 */
export function violationKey(f: Finding): string {
  return findingKey(f, (s) => `${s.file}:${s.line}`);
}

/** The rule (kind/variant) and each thread's first step as `at` names it, sorted. */
export function findingKey(f: Finding, at: (s: StepRef) => string): string {
  const where = f.threads.map((t) => (t.steps[0] ? at(t.steps[0]) : "?"));
  const variant = "variant" in f ? `/${f.variant}` : "";
  return `${f.kind}${variant} ${where.sort().join(" ")}`;
}

export function explore(scenario: Scenario, options: ExploreOptions = {}): ExploreResult {
  const runOptions = {
    maxSteps: (options.maxDepth ?? DEFAULTS.maxDepth) + 1,
    // A warning (lockdep, race) is recorded and the path goes on: the
    // deadlock or use-after-free it warns of may follow. Fatal ones end it.
    stopOnFinding: false,
    trace: false,
    schedule: false,
    ...(options.monitors ? { monitors: options.monitors } : {}),
  };
  // The object graph is built once; every execution starts from a copy of it.
  const prepared = prepare(scenario, runOptions);
  return search(scenario, options, runOptions, prepared, options.order ?? "depth");
}

function sortViolations(vs: Violation[]): Violation[] {
  return vs.sort((a, b) => a.schedule.length - b.schedule.length || (a.key < b.key ? -1 : 1));
}

/**
 * One search in the given order. Depth-first unless told an order, it keeps
 * the state graph (graph.ts) and, if violations showed, shortens their
 * schedules from it.
 */
function search(
  scenario: Scenario,
  options: ExploreOptions,
  runOptions: RunOptions,
  prepared: Prepared,
  order: SearchOrder,
): ExploreResult {
  const depthFirst = order === "depth";
  const maxDepth = options.maxDepth ?? DEFAULTS.maxDepth;
  const maxStates = options.maxStates ?? DEFAULTS.maxStates;
  const reduce = options.reduce ?? DEFAULTS.reduce;
  const hashing = options.hashing ?? DEFAULTS.hashing;
  const copy = options.copy ?? DEFAULTS.copy;
  const maxPreemptions = options.maxPreemptions;
  // Sleep sets assume that the order b·a taken from a state stands for a·b,
  // which a preemption bound breaks (one order may preempt where the other
  // does not), so bounded searches do without them.
  const sleepSets =
    (options.sleepSets ?? DEFAULTS.sleepSets) && hashing && maxPreemptions === undefined;
  const visited = options.pool?.takeVisited() ?? new VisitedSet();
  const footprints: FootprintTable = new Map();
  const nodes = new Nodes();
  const violations = new Map<string, Violation>();
  const finals = new Set<string>();
  // Unless told an order: the graph the shortest schedules are found in.
  const graph = options.order === undefined ? new StateGraph() : undefined;
  let transitions = 0;
  let executedSteps = 0;
  let deepest = 0;
  let bound: string | undefined;

  const fresh = (schedule: readonly number[]): Execution => {
    const ex = new Execution(scenario, runOptions, prepared);
    if (sleepSets) ex.recordFootprints(footprints);
    for (const i of schedule) {
      if (ex.outcome) break;
      ex.step(i);
    }
    executedSteps += schedule.length;
    if (ex.outcome)
      throw new Error(`explorer: replay of a queued state ended (${ex.outcome.kind})`);
    return ex;
  };
  // The path to the state being expanded, built only when something needs
  // it (a replay, a violation, onState): most states never do.
  let head = 0;
  let prefix: number[] | undefined;
  const path = (): number[] => (prefix ??= nodes.schedule(head));
  const pathThen = (i: number) => [...path(), i];

  // Executions no queued state keeps: copyFrom overwrites all of their
  // state, so a branch reuses one instead of building a World and monitors.
  const pool: Execution[] = [];
  /** An execution standing where `from` stands (at the state being expanded). */
  const branch = (from: Execution): Execution => {
    if (!copy) return fresh(path());
    let ex = pool.pop();
    if (!ex) {
      ex =
        options.pool?.take(scenario, runOptions, prepared) ??
        new Execution(scenario, runOptions, prepared, "copy");
      if (sleepSets) ex.recordFootprints(footprints);
    }
    ex.copyFrom(from);
    return ex;
  };

  /** Record how an execution ended, after thread i's step (-1: before any); false when it goes on. */
  const ended = (ex: Execution, i: number): boolean => {
    const o = ex.outcome;
    if (!o) return false;
    switch (o.kind) {
      case "complete": {
        ex.computeHash();
        finals.add(hex(ex.hashLo, ex.hashHi));
        break;
      }
      case "finding":
        break; // noted with the step's other findings
      case "deadlock":
        break; // the deadlock monitor's finding, if any, came with the step
      case "fault":
        note(faultFinding(o, ex.threads), i);
        break;
      case "bounded":
        bound ??= `a path reached the step bound (${maxDepth})`;
        break;
      case "stopped":
      case "diverged":
        throw new Error(`explorer: unexpected outcome ${o.kind}`);
    }
    return true;
  };

  /** Run `schedule` from the initial state until violation `key` shows; undefined if it does not. */
  const replay = (schedule: readonly number[], key: string): Violation | undefined => {
    const ex = fresh([]);
    let found: Violation | undefined;
    for (let j = 0; j < schedule.length && !found && !ex.outcome; j++) {
      const seen = ex.findings.length;
      ex.step(schedule[j]!, false);
      executedSteps++;
      // (A cast: TypeScript keeps ex.outcome narrowed by the loop's test across step().)
      const o = ex.outcome as Execution["outcome"];
      const shown = ex.findings.slice(seen);
      if (o?.kind === "fault") shown.push(faultFinding(o, ex.threads));
      const f = shown.find((g) => violationKey(g) === key);
      if (f) found = { key, finding: f, schedule: schedule.slice(0, j + 1) };
    }
    if (copy) pool.push(ex);
    return found;
  };

  /** A violation on thread i's step from the state being expanded (-1: before any step). */
  const note = (f: Finding, i: number) => {
    const key = violationKey(f);
    // Breadth-first, the first schedule found for a key is a shortest one;
    // depth-first, the graph may hold a shorter one.
    if (!violations.has(key))
      violations.set(key, { key, finding: f, schedule: i < 0 ? [] : pathThen(i) });
    if (i >= 0) graph?.occurred(key, nodes.state[head]!, i);
  };

  // Queued states whose execution is still standing there: expanding them
  // costs no replay. A breadth-first frontier of a few threads is narrow.
  // By node (an array, not a Map: a Map that every state enters and leaves
  // rehashes as it goes), with a count.
  const live: (Execution | undefined)[] = [];
  let liveCount = 0;
  const keep = (node: number, ex: Execution): boolean => {
    if (liveCount >= MAX_LIVE) return false;
    live[node] = ex;
    liveCount++;
    return true;
  };
  const root = new Execution(scenario, runOptions, prepared);
  if (sleepSets) root.recordFootprints(footprints);
  keep(0, root);
  const rootEnded = ended(root, -1);
  if (!rootEnded) {
    if (root.threads.length > MAX_THREADS)
      throw new Error(`explorer: ${root.threads.length} threads (at most ${MAX_THREADS})`);
    nodes.push(-1, 0, 0);
    root.computeHash();
    visited.addOrGet(root.hashLo ^ contextHash(0, 0), root.hashHi ^ contextHash(0, 1), 0);
  }
  // checkIndependence: the state being expanded, kept to run both orders from.
  let base: Execution | undefined;
  const commute = (u: number, v: number) => {
    if (base) check(base, u, v);
  };
  // Apart from commute: a function whose closures capture a variable gets
  // its context allocated on entry, and commute runs for every sleeper.
  const check = (from: Execution, u: number, v: number) => {
    const hashAfter = (x: number, y: number) => {
      const e = branch(from);
      e.step(x);
      if (!e.outcome && e.runnable().includes(y)) e.step(y);
      else return `stopped after ${x}`;
      const o = e.outcome as { kind: string } | undefined;
      return o ? `ended ${o.kind}` : e.hash().join(":");
    };
    const uv = hashAfter(u, v);
    const vu = hashAfter(v, u);
    if (uv !== vu)
      options.checkIndependence!(
        `at ${encodeSchedule(path())}: steps of ${u} and ${v} do not commute (${uv} vs ${vu}) at ${describeStep(from, u)} / ${describeStep(from, v)}`,
      );
  };
  // The threads to expand at the state being expanded (refilled per state),
  // and with a preemption bound the context after each one's step.
  const scratch: number[] = [];
  const contexts: number[] = [];
  const doneThreads: number[] = [];
  const doneFootprints: Footprint[] = [];
  // The nodes to expand: depth-first a stack, the next on top (the last
  // successor of a state, which continues its execution, is taken first);
  // breadth-first the nodes in order.
  const stack: number[] = [];
  let cursor = 0;
  if (!rootEnded && depthFirst) stack.push(0);
  let level = 0;
  let nextProgress = PROGRESS_EVERY;
  for (;;) {
    if (depthFirst) {
      if (stack.length === 0) break;
      head = stack.pop()!;
    } else {
      if (cursor >= nodes.length) break;
      head = cursor++;
    }
    nodes.expanded[head] = 1;
    const depth = nodes.depth[head]!;
    if (depthFirst) {
      if (visited.size >= nextProgress) {
        nextProgress += PROGRESS_EVERY;
        options.progress?.({
          order,
          depth: deepest,
          states: visited.size,
          transitions,
          queued: stack.length,
        });
      }
    } else if (depth > level) {
      options.progress?.({
        order,
        depth: level,
        states: visited.size,
        transitions,
        queued: nodes.length - head,
      });
      level = depth;
    }
    prefix = undefined;
    let here = live[head];
    if (here) {
      live[head] = undefined;
      liveCount--;
    } else here = fresh(path());
    // The threads whose next step need not be taken here (a commuting order
    // of it was explored), with their footprints; and the threads to expand.
    const asleep = nodes.sleep[head]!;
    const sleepers = nodes.sleepers[head]!;
    let n = successors(here, reduce, ~asleep & nodes.only[head]!, scratch);
    const succ = scratch;
    // With a preemption bound: each successor's context, and the ones past it cut.
    const ctx = nodes.context[head]!;
    if (maxPreemptions !== undefined) {
      let kept = 0;
      for (let k = 0; k < n; k++) {
        const i = succ[k]!;
        const c = contextAfter(here, ctx, i, maxPreemptions);
        if (c < 0) {
          bound ??= `a path reached the preemption bound (${maxPreemptions})`;
          continue;
        }
        contexts[kept] = c;
        succ[kept++] = i;
      }
      n = kept;
    }
    // Every thread asleep (or cut by the bound): nothing to take from here,
    // and the execution standing here is free for a branch.
    if (n === 0) {
      if (copy) pool.push(here);
      continue;
    }
    // Footprints matter only where a sibling or a sleeping thread will be
    // compared with the step.
    const compare = sleepSets && (n > 1 || asleep !== 0);
    // The siblings taken so far and their footprints (doneThreads[0..nDone)).
    let nDone = 0;
    base = options.checkIndependence ? branch(here) : undefined;
    for (let k = 0; k < n; k++) {
      // The last successor continues the execution standing here; the others branch off a copy.
      const ex = k === n - 1 ? here : branch(here);
      const i = succ[k]!;
      const context = maxPreemptions === undefined ? 0 : contexts[k]!;
      const seen = ex.findings.length;
      let standing = false; // a queued state keeps ex
      ex.step(i, compare);
      transitions++;
      executedSteps++;
      // The child's sleep set: what slept here, and the siblings taken before
      // this step, that commute with it (Godefroid's sleep sets).
      let next = 0;
      let nextSleepers = NO_SLEEPERS;
      if (compare) {
        const f = ex.lastFootprint;
        // Sleepers are never changed once made: a first step that keeps
        // all of its parent's (along a chain of one thread's steps) shares them.
        let keepsAll = nDone === 0;
        for (let m = asleep; keepsAll && m !== 0; m &= m - 1)
          keepsAll = independent(sleepers[lowest(m)]!, f);
        if (keepsAll) {
          next = asleep;
          nextSleepers = sleepers;
          if (base) for (let m = next; m !== 0; m &= m - 1) commute(lowest(m), i);
        } else {
          const mine: (Footprint | undefined)[] = [];
          for (let m = asleep; m !== 0; m &= m - 1) {
            const u = lowest(m);
            if (independent(sleepers[u]!, f)) {
              next |= 1 << u;
              mine[u] = sleepers[u];
              commute(u, i);
            }
          }
          for (let d = 0; d < nDone; d++) {
            const u = doneThreads[d]!;
            const fu = doneFootprints[d]!;
            if (independent(fu, f)) {
              next |= 1 << u;
              mine[u] = fu;
              commute(u, i);
            }
          }
          if (next !== 0) nextSleepers = mine;
        }
        doneThreads[nDone] = i;
        doneFootprints[nDone++] = f;
      }
      for (let j = seen; j < ex.findings.length; j++) note(ex.findings[j]!, i);
      if (!ended(ex, i)) {
        ex.computeHash();
        // Bounded by preemptions, a state's futures depend on its context too.
        const lo = ex.hashLo ^ contextHash(context, 0);
        const hi = ex.hashHi ^ contextHash(context, 1);
        // A state the bounds cut is remembered with no node (CUT): it is not expanded.
        const cut = depth + 1 >= maxDepth || visited.size + 1 >= maxStates;
        const old = hashing ? visited.addOrGet(lo, hi, cut ? CUT : nodes.length) : -1;
        if (old === -1) options.onState?.(hex(lo, hi), pathThen(i));
        if (old >= 0) {
          // (A step to a new state is an edge of the nodes' tree; this one the graph keeps.)
          graph?.edge(nodes.state[head]!, i, old);
          // Seen before with sleep set H: only what slept there but not here
          // is new. (What stays asleep keeps its footprint in H's sleepers.)
          const h = nodes.sleep[old]!;
          const woken = h & ~next;
          if (woken !== 0) {
            if (!nodes.expanded[old]) nodes.sleep[old] = h & next;
            else if (depth + 1 < maxDepth) {
              // Already expanded: expand it again for the woken threads only.
              const again = nodes.push(head, i, depth + 1, context, next, nextSleepers, woken);
              nodes.state[again] = old;
              nodes.sleep[old] = h & next;
              standing = keep(again, ex);
              if (depthFirst) stack.push(again);
            }
          }
        } else if (old === CUT) {
          // Cut when first reached, and again now.
        } else if (depth + 1 >= maxDepth) bound ??= `a path reached the step bound (${maxDepth})`;
        else if (visited.size >= maxStates) bound ??= `the state budget (${maxStates}) ran out`;
        else {
          const child = nodes.push(head, i, depth + 1, context, next, nextSleepers);
          standing = keep(child, ex);
          if (depthFirst) stack.push(child);
          deepest = Math.max(deepest, depth + 1);
        }
      } else {
        deepest = Math.max(deepest, depth + 1);
      }
      if (!standing && copy) pool.push(ex);
    }
  }
  options.progress?.({ order, depth: deepest, states: visited.size, transitions, queued: 0 });
  if (graph && violations.size > 0) {
    const paths = graph.paths(nodes);
    for (const [key, v] of violations) {
      const shorter = shortest(key, v.schedule, graph, paths, (schedule) => replay(schedule, key));
      if (shorter) violations.set(key, shorter);
    }
  }
  options.pool?.giveVisited(visited);
  if (options.pool && copy) {
    options.pool.give(pool);
    // Stopped early, queued nodes may keep theirs.
    for (let n = 0; n < live.length; n++) if (live[n]) options.pool.give([live[n]!]);
  }

  const ordered = sortViolations([...violations.values()]);
  return {
    complete: bound === undefined,
    ...(bound === undefined ? {} : { bound }),
    states: hashing ? visited.size : nodes.length,
    transitions,
    executedSteps,
    maxDepth: deepest,
    violations: ordered,
    finals: [...finals].sort(),
  };
}

/** Candidates replayed per violation before its depth-first schedule is kept. */
const MAX_CANDIDATES = 16;

/**
 * A schedule for violation `key` better than `found` (shorter, or as short
 * and switching threads fewer times), from the graph's occurrences of it
 * nearest the initial state: the first whose replay shows it (cut at the
 * step where it shows). A race or an rmap
 * violation depends on the path, not only on the state it leaves from (the
 * lock hand-offs before it), so an occurrence seen on one path may not show
 * on a shortest path to the same state; a violation whose candidates do not
 * replay keeps the schedule it was found with.
 */
function shortest(
  key: string,
  found: readonly number[],
  graph: StateGraph,
  paths: ShortestPaths,
  replay: (schedule: readonly number[]) => Violation | undefined,
): Violation | undefined {
  const worst = costOf(found);
  let tried = 0;
  for (const [node, thread] of graph.candidates(key, paths)) {
    if (paths.cost(node, thread) >= worst || tried++ === MAX_CANDIDATES) return undefined;
    const v = replay(paths.schedule(node, thread));
    if (v) return v;
  }
  return undefined;
}

/**
 * The threads to expand at ex's state, into out[0..n), returning n: one
 * thread about to enter a policy function (an invisible step) if there is
 * one and reduction is on, else every runnable thread; of those, only the
 * ones in the mask `awake` (not asleep, and among those woken when a state
 * is expanded again). (Counted, not
 * out.length = 0: that would drop the array's storage for every state.)
 */
function successors(ex: Execution, reduce: boolean, awake: number, out: number[]): number {
  let n = 0;
  const threads = ex.threads;
  if (reduce) {
    for (let i = 0; i < threads.length; i++) {
      const t = threads[i]!;
      if (!t.done && invisible(t.top.fn, t.top.pc) && ex.locks.runnable(t.id)) {
        if (awake & (1 << i)) out[n++] = i;
        return n;
      }
    }
  }
  for (let i = 0; i < threads.length; i++) {
    const t = threads[i]!;
    if (!t.done && ex.locks.runnable(t.id) && awake & (1 << i)) out[n++] = i;
  }
  return n;
}

/**
 * A node's preemption context, packed: the thread of the last visible step
 * plus one (0: none yet) in the low byte, the preemptions so far above it.
 * Thread i's next step from ex (standing at a node of context ctx) preempts
 * when a visible step switches away from the last visible step's thread
 * while that thread could go on (not done, not waiting for a lock or a grace
 * period), as CHESS counts. An invisible step (entering a function) touches
 * nothing shared, so it neither counts nor changes the last thread: where
 * the explorer runs it alone, no schedule is lost to the bound. Returns the
 * context after the step, or -1 when it would exceed max.
 */
function contextAfter(ex: Execution, ctx: number, i: number, max: number): number {
  const t = ex.threads[i]!;
  if (invisible(t.top.fn, t.top.pc)) return ctx;
  const last = (ctx & 0xff) - 1;
  let n = ctx >>> 8;
  if (last >= 0 && last !== i) {
    const p = ex.threads[last]!;
    if (!p.done && ex.locks.runnable(p.id)) n++;
  }
  return n > max ? -1 : (i + 1) | (n << 8);
}

/** A context's share of the state hash (0 for the initial context, so unbounded searches hash as before). */
function contextHash(ctx: number, lane: 0 | 1): number {
  return ctx === 0 ? 0 : fmix(ctx ^ (lane === 0 ? 0x5bd1e995 : 0x27d4eb2f));
}

function invisible(fn: IRFunction, pc: number): boolean {
  const op = fn.code[pc]!.op;
  return op === "call" || op === "icall";
}

/** A policy fault as a finding, so the explorer reports it like any violation. */
export function faultFinding(
  o: { readonly message: string; readonly thread: number; readonly at: FaultFinding["at"] },
  threads: readonly { readonly name: string }[],
): FaultFinding {
  // Thread ids count from 1, in the order of the execution's threads.
  const name = threads[o.thread - 1]?.name ?? `thread ${o.thread}`;
  return {
    kind: "fault",
    title: `policy fault in ${o.at.fn}()`,
    message: `${o.message} in ${o.at.fn}() at ${o.at.file}:${o.at.line} (${name})`,
    threads: [{ thread: o.thread, name, steps: [o.at] }],
    fatal: true,
    at: o.at,
  };
}

function describeStep(ex: Execution, i: number): string {
  const p = ex.interp.pending(ex.threads[i]!);
  if (!p) return `${i}: done`;
  const loc = p.loc;
  return `${ex.threads[i]!.name} ${p.fn.name}:${loc.line} ${p.ins.op}`;
}

function hex(lo: number, hi: number): string {
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}
