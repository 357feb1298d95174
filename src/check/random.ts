/*
 * Random scheduling: at every step, a uniformly random runnable thread
 * (shuttle's RandomScheduler). Each execution draws from its own seed
 * (seed, execution number), so execution k can be re-run alone.
 *
 * The PRNG is mulberry32: 32-bit state, a full 2^32 period and good enough
 * equidistribution for picking among a handful of threads; never
 * Math.random, so every run is reproducible.
 */

import type { Strategy } from "./strategy.ts";

export class Mulberry32 {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** A uniform 32-bit unsigned integer. */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let z = this.s;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (z ^ (z >>> 14)) >>> 0;
  }
  /** A uniform integer in [0, n). */
  below(n: number): number {
    return Math.floor((this.next() / 2 ** 32) * n);
  }
}

export class RandomStrategy implements Strategy {
  private rng: Mulberry32;
  private executions = 0;

  /**
   * @param seed the run's seed.
   * @param maxExecutions how many executions newExecution() grants.
   */
  constructor(
    private readonly seed: number,
    private readonly maxExecutions = 1,
  ) {
    this.rng = new Mulberry32(seed);
  }

  newExecution(): boolean {
    if (this.executions >= this.maxExecutions) return false;
    // Execution k's stream depends only on (seed, k).
    this.rng = new Mulberry32((this.seed ^ Math.imul(this.executions + 1, 0x9e3779b9)) >>> 0);
    this.executions++;
    return true;
  }

  nextThread(runnable: readonly number[]): number {
    return runnable[this.rng.below(runnable.length)]!;
  }

  nextChoice(n: number): number {
    return this.rng.below(n);
  }
}
