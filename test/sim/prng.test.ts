/*
 * The seeded PRNG: the xoshiro128** core, determinism, and independent streams.
 */
import { describe, expect, it } from "vitest";
import { Prng } from "../../src/sim/prng.ts";

/** Overwrite the hashed seed with a raw xoshiro state, to check the core algorithm. */
function withState(s: [number, number, number, number]): Prng {
  const p = new Prng(0);
  Object.assign(p, { s0: s[0], s1: s[1], s2: s[2], s3: s[3] });
  return p;
}

describe("Prng", () => {
  it("computes xoshiro128** from state {1, 2, 3, 4} as the reference algorithm does", () => {
    // Worked by hand from prng.di.unimi.it/xoshiro128starstar.c (out = rotl(s1*5, 7)*9,
    // then t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11)):
    //   s1 = 2     -> out1 = rotl(10, 7)*9 = 11520;  state becomes (7, 0, 1026, 12288)
    //   s1 = 0     -> out2 = 0;                      state becomes (12295, 1029, 1029, 25165824)
    //   s1 = 1029  -> out3 = rotl(5145, 7)*9 = 5927040;  s1 becomes 1029 ^ 13314 = 12295
    //   s1 = 12295 -> out4 = rotl(61475, 7)*9 = 70819200.
    const p = withState([1, 2, 3, 4]);
    expect([p.nextU32(), p.nextU32(), p.nextU32(), p.nextU32()]).toEqual([
      11520, 0, 5927040, 70819200,
    ]);
  });

  it("gives the same sequence for the same seed and stream", () => {
    const a = new Prng(42, 3);
    const b = new Prng(42, 3);
    const xs = Array.from({ length: 100 }, () => a.nextU32());
    expect(Array.from({ length: 100 }, () => b.nextU32())).toEqual(xs);
  });

  it("gives unrelated sequences for neighbouring seeds and streams", () => {
    const first = (seed: number, stream: number) => {
      const p = new Prng(seed, stream);
      return Array.from({ length: 8 }, () => p.nextU32());
    };
    const seqs = [first(1, 0), first(2, 0), first(1, 1), first(1, 2), first(2 ** 40, 0)];
    const flat = seqs.map((s) => s.join(","));
    expect(new Set(flat).size).toBe(seqs.length);
  });

  it("a stream's draws do not depend on draws from other streams", () => {
    const alone = new Prng(7, 5);
    const want = Array.from({ length: 20 }, () => alone.float());
    const other = new Prng(7, 4);
    const mine = new Prng(7, 5);
    const got: number[] = [];
    for (let i = 0; i < 20; i++) {
      other.nextU32();
      other.exponential(3);
      got.push(mine.float());
    }
    expect(got).toEqual(want);
  });

  it("keeps int(n) in range and covers every value", () => {
    const p = new Prng(9);
    const seen = new Array(7).fill(0);
    for (let i = 0; i < 7000; i++) {
      const v = p.int(7);
      expect(v >= 0 && v < 7 && Number.isInteger(v)).toBe(true);
      seen[v]++;
    }
    // Each bucket expects 1000; 6 sigma of a binomial(7000, 1/7) is about 175.
    for (const c of seen) expect(Math.abs(c - 1000)).toBeLessThan(175);
    expect(() => p.int(0)).toThrow(RangeError);
  });

  it("draws floats in [0, 1) and exponentials with the requested mean", () => {
    const p = new Prng(11);
    let sum = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = p.float();
      expect(u >= 0 && u < 1).toBe(true);
      sum += p.exponential(50);
    }
    // Standard error of the mean is 50 / sqrt(20000) = 0.35; allow 6 of them.
    expect(Math.abs(sum / n - 50)).toBeLessThan(2.2);
  });

  it("draws range(lo, hi) inclusive", () => {
    const p = new Prng(3);
    const vals = new Set(Array.from({ length: 200 }, () => p.range(-2, 2)));
    expect([...vals].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
  });
});
