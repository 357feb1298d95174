/*
 * Base vs head, paired by seed. Base and head run with the same seeds
 * (common random numbers: each thread draws from its own stream), so the
 * per-seed differences cancel most of the workload's randomness and a
 * paired t interval on them is the honest comparison (Student's t, 95%,
 * two-sided). A change is a regression or an improvement only when the whole
 * interval lies beyond the threshold; anything else is "no significant
 * change", never a regression.
 */

export type Direction = "lower-is-better" | "higher-is-better";
export type Verdict = "regression" | "improvement" | "no significant change" | "too few seeds";

export interface Comparison {
  readonly n: number;
  readonly base: number;
  readonly head: number;
  /** Mean of head - base over seeds. */
  readonly diff: number;
  /** 95% confidence interval of that mean (NaN with one seed). */
  readonly ci: readonly [number, number];
  /** diff / base (NaN when base is 0). */
  readonly relative: number;
  readonly verdict: Verdict;
}

/** Two-sided 95% critical values of Student's t by degrees of freedom (standard tables). */
const T95: Record<number, number> = {
  1: 12.706,
  2: 4.303,
  3: 3.182,
  4: 2.776,
  5: 2.571,
  6: 2.447,
  7: 2.365,
  8: 2.306,
  9: 2.262,
  10: 2.228,
  11: 2.201,
  12: 2.179,
  13: 2.16,
  14: 2.145,
  15: 2.131,
  16: 2.12,
  17: 2.11,
  18: 2.101,
  19: 2.093,
  20: 2.086,
  21: 2.08,
  22: 2.074,
  23: 2.069,
  24: 2.064,
  25: 2.06,
  26: 2.056,
  27: 2.052,
  28: 2.048,
  29: 2.045,
  30: 2.042,
  40: 2.021,
  60: 2.0,
  120: 1.98,
};

/** t(0.975, df), rounding df down to the nearest tabulated value (conservative). */
export function tCritical(df: number): number {
  if (df < 1) return Number.NaN;
  if (df > 120) return 1.96;
  let best = 1;
  for (const k of Object.keys(T95).map(Number)) if (k <= df && k > best) best = k;
  return T95[best]!;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Compare paired samples. `threshold` is relative (0.05 = 5%): a regression
 * must be worse than base by more than that, with 95% confidence.
 */
export function comparePaired(
  base: readonly number[],
  head: readonly number[],
  direction: Direction,
  threshold: number,
): Comparison {
  if (base.length !== head.length || base.length === 0) {
    throw new RangeError(
      `paired samples need equal, non-zero lengths (${base.length} vs ${head.length})`,
    );
  }
  const n = base.length;
  const diffs = base.map((b, i) => head[i]! - b);
  const b = mean(base);
  const h = mean(head);
  const d = mean(diffs);
  const relative = b === 0 ? Number.NaN : d / b;
  if (n < 2) {
    return {
      n,
      base: b,
      head: h,
      diff: d,
      ci: [Number.NaN, Number.NaN],
      relative,
      verdict: "too few seeds",
    };
  }
  const sd = Math.sqrt(diffs.reduce((a, x) => a + (x - d) ** 2, 0) / (n - 1));
  const half = tCritical(n - 1) * (sd / Math.sqrt(n));
  const ci: [number, number] = [d - half, d + half];
  // "Worse" is up for lower-is-better metrics; express both in that sense.
  const sign = direction === "lower-is-better" ? 1 : -1;
  const [lo, hi] = sign > 0 ? ci : [-ci[1], -ci[0]];
  const margin = threshold * Math.abs(b);
  let verdict: Verdict = "no significant change";
  if (lo > margin) verdict = "regression";
  else if (hi < -margin) verdict = "improvement";
  return { n, base: b, head: h, diff: d, ci, relative, verdict };
}
