/*
 * Drawing a thread's next call from its own PRNG stream (src/sim/prng.ts):
 * which op, which page, how long to think and work. Each draw consumes only
 * the thread's stream and its own cursor state, never another thread's, so
 * base and head see the same arrivals (common random numbers) however their
 * locking reorders the threads.
 */

import type { Prng } from "../sim/prng.ts";
import type { Dist, PagePick, ThreadPool } from "./types.ts";

/** A duration in virtual ns. */
export function sampleNs(d: Dist, rng: Prng): number {
  switch (d.kind) {
    case "fixed":
      return d.ns;
    case "exp":
      return rng.exponential(d.meanNs);
    case "uniform":
      return d.loNs + (d.hiNs - d.loNs) * rng.float();
  }
}

/** Cumulative weights per pool, built once: weighted draws are a binary search. */
const cumulative = new WeakMap<ThreadPool, Float64Array>();

/**
 * The op index of iteration `iteration` (0-based). A sequence consumes no
 * random numbers, so adding a draw elsewhere does not shift the stream.
 */
export function drawOp(pool: ThreadPool, iteration: number, rng: Prng): number {
  if (pool.order === "sequence" || pool.ops.length === 1) return iteration % pool.ops.length;
  let c = cumulative.get(pool);
  if (!c) {
    c = new Float64Array(pool.ops.length);
    let s = 0;
    pool.ops.forEach((op, i) => {
      s += op.weight;
      c![i] = s;
    });
    cumulative.set(pool, c);
  }
  return search(c, rng.float() * c[c.length - 1]!);
}

/** A sequential walker's position: its stripe share and how far it has got. */
export interface Cursor {
  readonly index: number;
  readonly of: number;
  /** Pages this thread has visited so far. */
  step: number;
}

/**
 * A page index in [0, pages). Sequential picks advance `cursor` and report
 * a wrap (the stripe was walked to its end: a flip point for MOVE).
 */
export function drawPage(
  pick: PagePick,
  pages: number,
  rng: Prng,
  cursor?: Cursor,
): { page: number; wrapped: boolean } {
  switch (pick.kind) {
    case "uniform":
      return { page: rng.int(pages), wrapped: false };
    case "zipf":
      return { page: search(zipfCdf(pick.s, pages), rng.float()), wrapped: false };
    case "sequential": {
      if (!cursor) throw new Error("drawPage: a sequential pick needs the thread's cursor");
      // Thread k of n owns pages k, k+n, ...; a stripe share beyond the VMA owns nothing.
      const mine = Math.max(1, Math.ceil((pages - cursor.index) / cursor.of));
      const i = cursor.step % mine;
      cursor.step++;
      return { page: Math.min(pages - 1, cursor.index + i * cursor.of), wrapped: i === mine - 1 };
    }
  }
}

/** Normalised CDF of 1/(i+1)^s over `pages` pages, cached per (s, pages). */
const zipfTables = new Map<string, Float64Array>();
function zipfCdf(s: number, pages: number): Float64Array {
  const key = `${s}/${pages}`;
  let t = zipfTables.get(key);
  if (!t) {
    t = new Float64Array(pages);
    let sum = 0;
    for (let i = 0; i < pages; i++) {
      sum += 1 / (i + 1) ** s;
      t[i] = sum;
    }
    for (let i = 0; i < pages; i++) t[i]! /= sum;
    zipfTables.set(key, t);
  }
  return t;
}

/** The first index whose cumulative value exceeds x. */
function search(c: Float64Array, x: number): number {
  let lo = 0;
  let hi = c.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (c[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
