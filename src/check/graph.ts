/*
 * The state graph a depth-first search explored, kept for its shortest
 * counterexamples: no second, breadth-first search is needed.
 *
 * Its edges are the steps the search took from expanded states to states
 * it keeps: the search's tree (each node's parent and the thread of the
 * step from it, which the search keeps anyway) and the steps that reached a
 * state seen before, recorded here. Every step on which a violation showed
 * is an occurrence of the violation's key. Breadth-first over the edges
 * gives each state its distance from the initial state and a shortest path
 * there, in integer arrays, at a small fraction of the cost of stepping
 * executions breadth-first: an occurrence nearest the initial state is a
 * shortest candidate schedule for its violation. The search replays
 * candidates (explore.ts), since monitors judge paths, not states.
 *
 * Nodes are the search's: a state expanded again (for threads a sleep set
 * had held back) gets a node of its own, named here by the node first made
 * for its state (Tree.state), so that edges join states, not visits.
 */

/** The search's nodes: node n was reached from node parent[n] by thread[n]'s step. */
export interface Tree {
  readonly length: number;
  readonly parent: Int32Array;
  readonly thread: Uint8Array;
  /** The node first made for node n's state (n itself, but for a state expanded again). */
  readonly state: Int32Array;
}

export class StateGraph {
  private from = new Int32Array(1024);
  private to = new Int32Array(1024);
  private thread = new Uint8Array(1024);
  private edges = 0;
  /** Occurrences by violation key: source node and thread, pairs in turn. */
  private readonly seen = new Map<string, number[]>();

  /**
   * Thread `thread`'s step from the state of node `from` leads to the state
   * of node `to`, seen before (a step to a new state is the tree's).
   */
  edge(from: number, thread: number, to: number): void {
    if (this.edges === this.from.length) {
      this.from = grow(this.from, new Int32Array(this.edges * 2));
      this.to = grow(this.to, new Int32Array(this.edges * 2));
      this.thread = grow(this.thread, new Uint8Array(this.edges * 2));
    }
    this.from[this.edges] = from;
    this.to[this.edges] = to;
    this.thread[this.edges++] = thread;
  }

  /** The violation `key` showed on thread `thread`'s step from the state of node `from`. */
  occurred(key: string, from: number, thread: number): void {
    let list = this.seen.get(key);
    if (!list) {
      list = [];
      this.seen.set(key, list);
    }
    list.push(from, thread);
  }

  /**
   * Over the tree's nodes and the recorded edges: distances from node 0,
   * and for each node and each thread a shortest path to the node ending
   * with that thread's step that switches threads the fewest times.
   */
  paths(tree: Tree): ShortestPaths {
    const nodes = tree.length;
    // Every edge: the tree's to each state's first node, then the recorded ones.
    let count = this.edges;
    for (let n = 1; n < nodes; n++) if (tree.state[n] === n) count++;
    const from = new Int32Array(count);
    const to = new Int32Array(count);
    const thread = new Uint8Array(count);
    let e = 0;
    for (let n = 1; n < nodes; n++) {
      if (tree.state[n] !== n) continue;
      from[e] = tree.state[tree.parent[n]!]!;
      to[e] = n;
      thread[e++] = tree.thread[n]!;
    }
    from.set(this.from.subarray(0, this.edges), e);
    to.set(this.to.subarray(0, this.edges), e);
    thread.set(this.thread.subarray(0, this.edges), e);
    // The edges by source (counting sort, stable).
    const start = new Int32Array(nodes + 1);
    let threads = 0;
    for (let k = 0; k < count; k++) {
      start[from[k]! + 1]!++;
      threads = Math.max(threads, thread[k]! + 1);
    }
    for (let n = 0; n < nodes; n++) start[n + 1]! += start[n]!;
    const fill = start.slice(0, nodes);
    const order = new Int32Array(count);
    for (let k = 0; k < count; k++) order[fill[from[k]!]!++] = k;
    // Breadth-first: distances, and the nodes in order of distance.
    const dist = new Int32Array(nodes).fill(-1);
    const queue = new Int32Array(nodes);
    let tail = 0;
    if (nodes > 0) {
      dist[0] = 0;
      queue[tail++] = 0;
    }
    for (let head = 0; head < tail; head++) {
      const n = queue[head]!;
      for (let k = start[n]!; k < start[n + 1]!; k++) {
        const m = to[order[k]!]!;
        if (dist[m] !== -1) continue;
        dist[m] = dist[n]! + 1;
        queue[tail++] = m;
      }
    }
    // Over the edges that lie on shortest paths, the fewest switches to each
    // (node, last thread); slot `threads` is the initial state's "no thread
    // yet". A node's slots are final before it is a source: sources are
    // taken in order of distance.
    const slots = threads + 1;
    const switches = new Int32Array(nodes * slots).fill(UNREACHED);
    const via = new Int32Array(nodes * slots).fill(-1);
    const before = new Int8Array(nodes * slots);
    if (nodes > 0) switches[threads] = 0;
    for (let q = 0; q < tail; q++) {
      const n = queue[q]!;
      for (let k = start[n]!; k < start[n + 1]!; k++) {
        const e = order[k]!;
        const m = to[e]!;
        if (dist[m] !== dist[n]! + 1) continue;
        const t = thread[e]!;
        for (let s = 0; s < slots; s++) {
          const w = switches[n * slots + s]!;
          if (w === UNREACHED) continue;
          const c = w + (s === threads || s === t ? 0 : 1);
          if (c < switches[m * slots + t]!) {
            switches[m * slots + t] = c;
            via[m * slots + t] = e;
            before[m * slots + t] = s;
          }
        }
      }
    }
    return new ShortestPaths(threads, dist, switches, via, before, from, thread);
  }

  /**
   * The occurrences of `key` whose source node `paths` reaches, as
   * [node, thread] pairs, each once: shortest first, then fewest switches,
   * then in the order they occurred.
   */
  candidates(key: string, paths: ShortestPaths): [number, number][] {
    const list = this.seen.get(key) ?? [];
    const out: [number, number][] = [];
    const pairs = new Set<number>();
    for (let k = 0; k < list.length; k += 2) {
      const node = list[k]!;
      const thread = list[k + 1]!;
      const pair = node * 32 + thread;
      if (paths.distance(node) < 0 || pairs.has(pair)) continue;
      pairs.add(pair);
      out.push([node, thread]);
    }
    const cost = (c: [number, number]) => paths.cost(c[0], c[1]);
    return out.sort((a, b) => cost(a) - cost(b));
  }
}

const UNREACHED = 0x7fffffff;

/** Switches fit below this in a cost: a path has fewer steps than it. */
const SWITCHES = 1 << 16;

/** Thread switches in a schedule. */
export function switchesOf(schedule: readonly number[]): number {
  let n = 0;
  for (let k = 1; k < schedule.length; k++) if (schedule[k] !== schedule[k - 1]) n++;
  return n;
}

/** A schedule's cost: its length, then its switches. */
export function costOf(schedule: readonly number[]): number {
  return schedule.length * SWITCHES + switchesOf(schedule);
}

export class ShortestPaths {
  constructor(
    /** Slot `threads` of a node is "no thread yet" (the initial state's). */
    private readonly threads: number,
    private readonly dist: Int32Array,
    /** By node and last thread (slot): the fewest switches of a shortest path there. */
    private readonly switches: Int32Array,
    /** By slot: the edge of that path's last step, and the slot before it. */
    private readonly via: Int32Array,
    private readonly before: Int8Array,
    private readonly from: Int32Array,
    private readonly thread: Uint8Array,
  ) {}

  /** Steps from the initial state to node n's, -1 if no recorded edge leads there. */
  distance(n: number): number {
    return this.dist[n]!;
  }

  /** costOf() the best schedule that reaches node n's state and then takes thread t's step. */
  cost(n: number, t: number): number {
    const s = this.last(n, t);
    const w = this.switches[n * (this.threads + 1) + s]!;
    return (this.dist[n]! + 1) * SWITCHES + w + (s === this.threads || s === t ? 0 : 1);
  }

  /** The schedule cost() prices: to node n's state (reached), then thread t's step. */
  schedule(n: number, t: number): number[] {
    const slots = this.threads + 1;
    const out = new Array<number>(this.dist[n]! + 1);
    out[out.length - 1] = t;
    let s = this.last(n, t);
    for (let i = out.length - 2; i >= 0; i--) {
      const e = this.via[n * slots + s]!;
      out[i] = this.thread[e]!;
      s = this.before[n * slots + s]!;
      n = this.from[e]!;
    }
    return out;
  }

  /** The slot of node n whose path, followed by thread t's step, switches the fewest times. */
  private last(n: number, t: number): number {
    const slots = this.threads + 1;
    let best = -1;
    let bestCost = UNREACHED;
    for (let s = 0; s < slots; s++) {
      const w = this.switches[n * slots + s]!;
      if (w === UNREACHED) continue;
      const c = w + (s === this.threads || s === t ? 0 : 1);
      if (c < bestCost) {
        bestCost = c;
        best = s;
      }
    }
    return best;
  }
}

function grow<T extends Int32Array | Uint8Array>(a: T, b: T): T {
  b.set(a);
  return b;
}
