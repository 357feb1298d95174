/*
 * Base vs head over a whole run: every metric of every (workload, machine),
 * paired by seed, each against its own threshold. The relative threshold is
 * one number for all metrics (`regression-threshold`) unless a per-metric
 * override matches: D-state maxima are spiky and reviewers may want them
 * judged more loosely than lock counts, or the reverse.
 */

import { cellMetrics, type Metric } from "../stats/metrics.ts";
import { type Comparison, comparePaired, type Direction } from "../stats/paired.ts";
import type { RunCell } from "./run.ts";

export interface ThresholdOverride {
  /** A metric name, `*` matching any run of characters: `*: D-state max (ns)`. */
  readonly pattern: string;
  readonly threshold: number;
}

export interface Thresholds {
  /** Relative (0.05 = 5%). */
  readonly default: number;
  /** The first matching pattern wins. */
  readonly overrides: readonly ThresholdOverride[];
}

export interface MetricComparison extends Comparison {
  readonly workload: string;
  readonly machine: string;
  readonly metric: string;
  readonly group: Metric["group"];
  readonly subject: string;
  readonly quantity: string;
  readonly direction: Direction;
  readonly threshold: number;
}

function globRegExp(pattern: string): RegExp {
  const body = pattern
    .split("*")
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}$`);
}

export function thresholdFor(metric: string, t: Thresholds): number {
  for (const o of t.overrides) if (globRegExp(o.pattern).test(metric)) return o.threshold;
  return t.default;
}

/**
 * Parses a threshold as a user writes it: `5%`, `5 %` or `0.05`. Undefined
 * when it is not a non-negative number.
 */
export function parseThreshold(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] === "%" ? n / 100 : n;
}

/**
 * `pattern: threshold` per line (the last `:` splits, since metric names
 * contain colons). Throws a one-sentence Error naming the bad line.
 */
export function parseOverrides(lines: readonly string[]): ThresholdOverride[] {
  const out: ThresholdOverride[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const at = line.lastIndexOf(":");
    const t = at < 0 ? undefined : parseThreshold(line.slice(at + 1));
    const pattern = at < 0 ? "" : line.slice(0, at).trim();
    if (t === undefined || pattern === "")
      throw new Error(
        `metric threshold '${line}' is not 'metric pattern: threshold' (e.g. '*: D-state max (ns): 10%')`,
      );
    out.push({ pattern, threshold: t });
  }
  return out;
}

/**
 * Every metric of head against base, per (workload, machine), over the seeds
 * both sides ran. A metric one side lacks (a lock class never taken, a path
 * never called) is 0 there. Sorted by workload, machine, metric.
 */
export function compareRuns(
  cells: readonly RunCell[],
  base: string,
  head: string,
  thresholds: Thresholds,
): MetricComparison[] {
  const groups = new Map<string, { b: Map<number, RunCell>; h: Map<number, RunCell> }>();
  for (const c of cells) {
    if (c.policy !== base && c.policy !== head) continue;
    const key = `${c.workload}\u0000${c.machine}`;
    const g = groups.get(key) ?? { b: new Map(), h: new Map() };
    (c.policy === base ? g.b : g.h).set(c.seed, c);
    groups.set(key, g);
  }
  const out: MetricComparison[] = [];
  for (const key of [...groups.keys()].sort()) {
    const [workload, machine] = key.split("\u0000") as [string, string];
    const g = groups.get(key)!;
    const seeds = [...g.b.keys()].filter((s) => g.h.has(s)).sort((a, b) => a - b);
    if (seeds.length === 0) continue;
    const perSeed = seeds.map((s) => ({
      b: new Map(cellMetrics(g.b.get(s)!.result).map((m) => [m.name, m])),
      h: new Map(cellMetrics(g.h.get(s)!.result).map((m) => [m.name, m])),
    }));
    const names = [...new Set(perSeed.flatMap((p) => [...p.b.keys(), ...p.h.keys()]))].sort();
    for (const name of names) {
      const any = perSeed.map((p) => p.b.get(name) ?? p.h.get(name)).find((m) => m)!;
      const threshold = thresholdFor(name, thresholds);
      const c = comparePaired(
        perSeed.map((p) => p.b.get(name)?.value ?? 0),
        perSeed.map((p) => p.h.get(name)?.value ?? 0),
        any.direction,
        threshold,
      );
      out.push({
        ...c,
        workload,
        machine,
        metric: name,
        group: any.group,
        subject: any.subject,
        quantity: any.quantity,
        direction: any.direction,
        threshold,
      });
    }
  }
  return out;
}
