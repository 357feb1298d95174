/*
 * The explored state graph (graph.ts): from the edges a search took, each
 * state's shortest schedules, and among them the one that switches threads
 * the fewest times, checked against every path of a small graph.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { costOf, StateGraph, switchesOf, type Tree } from "../../src/check/graph.ts";

/** Edges as the explorer makes them: each (node, thread) has at most one target. */
interface Graph {
  nodes: number;
  threads: number;
  /** target[node][thread], -1 for none. */
  target: number[][];
}

const graphs = fc
  .record({ nodes: fc.integer({ min: 1, max: 6 }), threads: fc.integer({ min: 1, max: 3 }) })
  .chain(({ nodes, threads }) =>
    fc
      .array(
        fc.array(fc.integer({ min: -1, max: nodes - 1 }), {
          minLength: threads,
          maxLength: threads,
        }),
        {
          minLength: nodes,
          maxLength: nodes,
        },
      )
      .map((target): Graph => ({ nodes, threads, target })),
  );

/**
 * The graph as the explorer keeps it: the tree of first visits (depth-first
 * from node 0, each node's parent and thread) and the other edges recorded.
 */
function build(g: Graph): { graph: StateGraph; tree: Tree } {
  const graph = new StateGraph();
  const tree = {
    length: g.nodes,
    parent: new Int32Array(g.nodes).fill(-1),
    thread: new Uint8Array(g.nodes),
    state: new Int32Array(g.nodes).fill(-1),
  };
  tree.state[0] = 0;
  const visit = (n: number) => {
    for (let t = 0; t < g.threads; t++) {
      const m = g.target[n]![t]!;
      if (m < 0) continue;
      if (tree.state[m] === m) graph.edge(n, t, m);
      else {
        tree.state[m] = m;
        tree.parent[m] = n;
        tree.thread[m] = t;
        visit(m);
      }
    }
  };
  visit(0);
  return { graph, tree };
}

/** Every schedule of at most `max` steps from node 0, with the node it ends at. */
function* walks(g: Graph, max: number, at = 0, path: number[] = []): Generator<[number, number[]]> {
  yield [at, path];
  if (path.length === max) return;
  for (let t = 0; t < g.threads; t++) {
    const to = g.target[at]![t]!;
    if (to >= 0) yield* walks(g, max, to, [...path, t]);
  }
}

/** Follow a schedule from node 0; -1 if some step has no edge. */
function follow(g: Graph, schedule: readonly number[]): number {
  let at = 0;
  for (const t of schedule) {
    at = g.target[at]![t] ?? -1;
    if (at < 0) return -1;
  }
  return at;
}

describe("the explored state graph", () => {
  it("finds the shortest schedule to each state, then the one with the fewest switches", () => {
    fc.assert(
      fc.property(graphs, (g) => {
        const { graph, tree } = build(g);
        const paths = graph.paths(tree);
        // The best cost of each (node, next thread), over every walk.
        const best = new Map<string, number>();
        const shortest = new Map<number, number>();
        for (const [n, path] of walks(g, g.nodes)) {
          if (!shortest.has(n) || path.length < shortest.get(n)!) shortest.set(n, path.length);
        }
        for (const [n, path] of walks(g, g.nodes)) {
          if (path.length !== shortest.get(n)) continue;
          for (let t = 0; t < g.threads; t++) {
            const k = `${n}/${t}`;
            const c = costOf([...path, t]);
            if (!best.has(k) || c < best.get(k)!) best.set(k, c);
          }
        }
        for (let n = 0; n < g.nodes; n++) {
          expect(paths.distance(n)).toBe(shortest.get(n) ?? -1);
          if (!shortest.has(n)) continue;
          for (let t = 0; t < g.threads; t++) {
            const schedule = paths.schedule(n, t);
            expect(paths.cost(n, t)).toBe(best.get(`${n}/${t}`));
            expect(costOf(schedule)).toBe(paths.cost(n, t));
            expect(schedule.at(-1)).toBe(t);
            expect(follow(g, schedule.slice(0, -1))).toBe(n);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("orders a violation's occurrences best first, each once, leaving out unreached ones", () => {
    // 0 -0-> 1 -0-> 2, 0 -1-> 3 -0-> 2 (2 seen before); node 4 is not reached.
    const g = new StateGraph();
    const tree: Tree = {
      length: 5,
      parent: Int32Array.from([-1, 0, 1, 0, -1]),
      thread: Uint8Array.from([0, 0, 0, 1, 0]),
      state: Int32Array.from([0, 1, 2, 3, -1]),
    };
    g.edge(3, 0, 2);
    for (const [n, t] of [
      [4, 0],
      [2, 1],
      [2, 1],
      [2, 0],
      [1, 1],
    ] as const)
      g.occurred("race", n, t);
    const paths = g.paths(tree);
    // From 2 by thread 0: 0·0·0 (no switch); by thread 1: 0·0·1 (one switch).
    expect(g.candidates("race", paths)).toEqual([
      [1, 1],
      [2, 0],
      [2, 1],
    ]);
    expect(paths.schedule(2, 0)).toEqual([0, 0, 0]);
    expect(switchesOf(paths.schedule(2, 1))).toBe(1);
    expect(g.candidates("deadlock", paths)).toEqual([]);
  });
});
