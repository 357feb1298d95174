/*
 * Seeded pseudo-random numbers with independent streams.
 *
 * Generator: xoshiro128** 1.1 (David Blackman and Sebastiano Vigna, "Scrambled
 * linear pseudorandom number generators", ACM TOMS 2021; reference code
 * https://prng.di.unimi.it/xoshiro128starstar.c). 128 bits of state, period
 * 2^128 - 1, all arithmetic in 32-bit integers (Math.imul), so it is fast in V8
 * and bit-identical on every platform and Node version.
 *
 * Streams: every simulated thread draws from its own generator, seeded from
 * (seed, stream id) through the MurmurHash3 32-bit finaliser (fmix32, Austin
 * Appleby) applied to a SplitMix-style counter (Steele, Lea, Flood, "Fast
 * splittable pseudorandom number generators", OOPSLA 2014). A thread's draws
 * therefore depend only on (seed, its stream id) and on how many draws it made,
 * never on other threads: base and head runs of a policy comparison see the
 * same arrivals and think times (common random numbers) even when locking
 * changes the interleaving.
 *
 * No Math.random, no clock: the core is deterministic.
 */

/** MurmurHash3 fmix32: a bijective avalanche on 32 bits. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The golden-ratio increment SplitMix uses, truncated to 32 bits. */
const GOLDEN = 0x9e3779b9;

const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;

export class Prng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /**
   * @param seed   run seed (any 32-bit integer; higher bits are folded in)
   * @param stream stream id, e.g. the simulated thread id
   */
  constructor(seed: number, stream = 0) {
    // Fold both keys into a 32-bit starting point, then expand with a
    // SplitMix-like counter so nearby (seed, stream) pairs give unrelated states.
    const hi = Math.floor(seed / TWO_POW_32);
    let x = fmix32((seed >>> 0) ^ fmix32(hi ^ 0x5bd1e995));
    x = fmix32(x ^ Math.imul(stream >>> 0, 0xcc9e2d51) ^ fmix32(stream + GOLDEN));
    const next = () => {
      x = (x + GOLDEN) >>> 0;
      return fmix32(x);
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    // xoshiro's only forbidden state is all zeros.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next 32 random bits as an unsigned integer (xoshiro128**). */
  nextU32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  float(): number {
    const a = this.nextU32() >>> 5; // 27 bits
    const b = this.nextU32() >>> 6; // 26 bits
    return (a * 67108864 + b) / TWO_POW_53;
  }

  /** Uniform integer in [0, n), n in 1..2^32, without modulo bias (rejection). */
  int(n: number): number {
    if (!(n >= 1 && n <= TWO_POW_32) || !Number.isInteger(n))
      throw new RangeError(`Prng.int: n must be an integer in 1..2^32, got ${n}`);
    // Accept only draws below the largest multiple of n that fits in 2^32.
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    for (;;) {
      const x = this.nextU32();
      if (x < limit) return x % n;
    }
  }

  /** Uniform integer in [lo, hi] inclusive. */
  range(lo: number, hi: number): number {
    if (hi < lo) throw new RangeError(`Prng.range: empty range [${lo}, ${hi}]`);
    return lo + this.int(hi - lo + 1);
  }

  /** Exponentially distributed with the given mean (inverse transform). */
  exponential(mean: number): number {
    // 1 - u is in (0, 1], so the logarithm is finite.
    return -mean * Math.log(1 - this.float());
  }

  /** True with probability p. */
  bernoulli(p: number): boolean {
    return this.float() < p;
  }

  /** Standard normal via Box-Muller (one of the pair; the other is dropped for simplicity). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.float();
    const v = this.float();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** One element of a non-empty array, uniformly. */
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new RangeError("Prng.pick: empty array");
    return xs[this.int(xs.length)]!;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
