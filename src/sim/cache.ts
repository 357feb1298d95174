/*
 * Cache-line cost model: what a shared access costs given where the line is.
 *
 * Each line tracks the set of CPUs holding its current contents (a bit set,
 * one word per 32 CPUs), a simplified MESI:
 * - a read hits if this CPU holds the line, else it is fetched from the
 *   nearest holder (same cluster or cross cluster) and this CPU joins the set;
 * - a write or atomic hits if this CPU is the only holder, else it must fetch
 *   and invalidate every other copy: it pays the farthest holder's distance
 *   (the invalidation acknowledgements gate the store), and becomes the only
 *   holder.
 * Transfer latencies are the machine's one-way core-to-core figures
 * (reference/arm64-costs.md §D, CAS ping-pong, round trip / 2). An untouched
 * line costs a local hit: cold misses to DRAM are not modelled, the engine is
 * about sharing, not capacity.
 *
 * Atomics (arm64-costs.md §D "LSE vs LL/SC"): uncontended RMW ≈ a local L1
 * op (machine.atomicNs); contended ≈ line transfer + the RMW. LSE far atomics
 * never retry. With LL/SC, a contended exclusive pair can lose the line between
 * load-exclusive and store-exclusive; we charge one extra transfer per
 * contended RMW (estimate: the retry probability grows with contenders, and one
 * retry is its order of magnitude at low contention).
 */

import type { AccessMode } from "./program.ts";
import type { Machine, Topology } from "./machine.ts";

export class CacheModel {
  private readonly words: number;
  /** holders[line * words + w]: bit set of CPUs holding the line's current value. */
  private holders: Int32Array;
  private nlines = 0;
  /** clusterMask[cluster * words + w]: the CPUs of each cluster. */
  private readonly clusterMask: Int32Array;

  constructor(
    private readonly m: Machine,
    private readonly topo: Topology,
  ) {
    this.words = (topo.ncpu + 31) >> 5;
    this.holders = new Int32Array(64 * this.words);
    this.clusterMask = new Int32Array(topo.nclusters * this.words);
    for (let cpu = 0; cpu < topo.ncpu; cpu++) {
      const c = topo.cpuCluster[cpu]!;
      this.clusterMask[c * this.words + (cpu >> 5)]! |= 1 << (cpu & 31);
    }
  }

  /** A fresh line id. */
  newLine(): number {
    const id = this.nlines++;
    if (this.nlines * this.words > this.holders.length) {
      const h = new Int32Array(this.holders.length * 2);
      h.set(this.holders);
      this.holders = h;
    }
    return id;
  }

  get lines(): number {
    return this.nlines;
  }

  /** One-way transfer between two CPUs (0 on the same CPU). */
  transfer(from: number, to: number): number {
    if (from === to || from < 0 || to < 0) return 0;
    const t = this.topo;
    return t.transferNs[t.cpuCluster[from]! * t.nclusters + t.cpuCluster[to]!]!;
  }

  /** Cost in ns of `mode` on `line` by `cpu`; updates the holder set. */
  access(cpu: number, line: number, mode: AccessMode): number {
    if (line < 0 || line >= this.nlines)
      throw new RangeError(`cache line ${line} was never allocated`);
    const w = this.words;
    const base = line * w;
    const word = cpu >> 5;
    const bit = 1 << (cpu & 31);
    const h = this.holders;
    let any = false;
    let others = false;
    for (let i = 0; i < w; i++) {
      const x = h[base + i]!;
      if (x !== 0) any = true;
      if ((i === word ? x & ~bit : x) !== 0) others = true;
    }
    const mine = (h[base + word]! & bit) !== 0;
    if (mode === "read") {
      if (mine || !any) {
        h[base + word]! |= bit;
        return this.m.l1HitNs;
      }
      const d = this.nearest(base, cpu);
      h[base + word]! |= bit;
      return d + this.m.l1HitNs;
    }
    // write or atomic: become the only holder.
    const op = mode === "atomic" ? this.m.atomicNs : this.m.l1HitNs;
    let cost = op;
    if (others) {
      const d = this.farthest(base, cpu);
      cost += d;
      if (mode === "atomic" && !this.m.lse) cost += d;
    }
    for (let i = 0; i < w; i++) h[base + i] = 0;
    h[base + word] = bit;
    return cost;
  }

  /** Does `cpu` alone hold `line`? (For tests and lock bounce heuristics.) */
  exclusive(cpu: number, line: number): boolean {
    const w = this.words;
    for (let i = 0; i < w; i++) {
      const x = this.holders[line * w + i]!;
      const want = i === cpu >> 5 ? 1 << (cpu & 31) : 0;
      if (x !== want) return false;
    }
    return true;
  }

  private nearest(base: number, cpu: number): number {
    const t = this.topo;
    const my = t.cpuCluster[cpu]!;
    let best = Number.POSITIVE_INFINITY;
    for (let c = 0; c < t.nclusters; c++) {
      if (!this.holdsIn(base, c, cpu)) continue;
      const d = t.transferNs[my * t.nclusters + c]!;
      if (d < best) best = d;
    }
    return best === Number.POSITIVE_INFINITY ? 0 : best;
  }

  private farthest(base: number, cpu: number): number {
    const t = this.topo;
    const my = t.cpuCluster[cpu]!;
    let worst = 0;
    for (let c = 0; c < t.nclusters; c++) {
      if (!this.holdsIn(base, c, cpu)) continue;
      const d = t.transferNs[my * t.nclusters + c]!;
      if (d > worst) worst = d;
    }
    return worst;
  }

  /** Does some CPU other than `self` in cluster c hold the line? */
  private holdsIn(base: number, c: number, self: number): boolean {
    const w = this.words;
    for (let i = 0; i < w; i++) {
      let x = this.holders[base + i]! & this.clusterMask[c * w + i]!;
      if (i === self >> 5) x &= ~(1 << (self & 31));
      if (x !== 0) return true;
    }
    return false;
  }
}
