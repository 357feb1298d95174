/*
 * What `lockbench run` reports: the versioned JSON of every cell, and a
 * terminal summary per (workload, machine) that puts the policies side by
 * side, averaged over seeds: uninterruptible sleep per thread class (the
 * mail's headline is a >30 ms D-state stall of the UI thread), the lock
 * classes as /proc/lock_stat would show them, and the calls per path.
 * Paired comparisons with confidence intervals are the stats module's job.
 */

import type { CellResult } from "../sim/cell.ts";
import type { Cell } from "../workload/matrix.ts";
import { SCHEMA_VERSION } from "./schema.ts";

export interface RunCell extends Cell {
  readonly result: CellResult;
}

export interface RunResults {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly kind: "run";
  readonly cells: readonly RunCell[];
}

export function runResults(cells: readonly RunCell[]): RunResults {
  return { schemaVersion: SCHEMA_VERSION, kind: "run", cells };
}

const ms = (ns: number) => (ns / 1e6).toFixed(2);
const us = (ns: number) => (Number.isFinite(ns) ? (ns / 1e3).toFixed(1) : "-");
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Columns padded to their widest cell; the first column left-aligned, numbers right. */
export function columns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r) =>
      r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "),
    )
    .join("\n");
}

export function formatRunText(results: RunResults): string {
  const groups = new Map<string, RunCell[]>();
  for (const c of results.cells) {
    const key = `${c.workload} on ${c.machine}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: string[] = [];
  for (const [key, cells] of groups) {
    const policies = [...new Set(cells.map((c) => c.policy))];
    const seeds = new Set(cells.map((c) => c.seed)).size;
    out.push(`== ${key} (${seeds} seed${seeds === 1 ? "" : "s"}, means over seeds) ==`, "");

    const threadRows: string[][] = [
      ["thread class", "policy", "D-state total ms", "p99 us", "max us", "runnable ms", "CPU ms"],
    ];
    const pools = [...new Set(cells.flatMap((c) => c.result.threads.map((t) => t.pool)))];
    for (const pool of pools) {
      for (const p of policies) {
        const ts = cells
          .filter((c) => c.policy === p)
          .flatMap((c) => c.result.threads.filter((t) => t.pool === pool));
        threadRows.push([
          pool,
          p,
          ms(mean(ts.map((t) => t.dstate.total))),
          us(mean(ts.map((t) => t.dstate.p99))),
          us(Math.max(0, ...ts.map((t) => t.dstate.max))),
          ms(mean(ts.map((t) => t.runnableNs))),
          ms(mean(ts.map((t) => t.cpuNs))),
        ]);
      }
    }
    out.push(columns(threadRows), "");

    const lockRows: string[][] = [
      [
        "lock class",
        "policy",
        "W acq",
        "W con",
        "W wait ms",
        "R acq",
        "R con",
        "R wait ms",
        "max wait us",
      ],
    ];
    const classes = [
      ...new Set(cells.flatMap((c) => c.result.report.locks.map((l) => l.name))),
    ].sort();
    for (const cls of classes) {
      for (const p of policies) {
        const ls = cells
          .filter((c) => c.policy === p)
          .flatMap((c) => c.result.report.locks.filter((l) => l.name === cls));
        if (ls.length === 0) continue;
        lockRows.push([
          cls,
          p,
          mean(ls.map((l) => l.write.acquisitions)).toFixed(0),
          mean(ls.map((l) => l.write.waittime.nr)).toFixed(0),
          ms(mean(ls.map((l) => l.write.waittime.total))),
          mean(ls.map((l) => l.read.acquisitions)).toFixed(0),
          mean(ls.map((l) => l.read.waittime.nr)).toFixed(0),
          ms(mean(ls.map((l) => l.read.waittime.total))),
          us(Math.max(0, ...ls.flatMap((l) => [l.write.waittime.max, l.read.waittime.max]))),
        ]);
      }
    }
    out.push(columns(lockRows), "");

    const pathRows: string[][] = [
      ["path", "policy", "calls", "skipped", "p50 us", "p99 us", "max us"],
    ];
    const paths = [
      ...new Set(cells.flatMap((c) => c.result.paths.map((x) => `${x.pool}: ${x.call}`))),
    ];
    for (const path of paths) {
      for (const p of policies) {
        const xs = cells
          .filter((c) => c.policy === p)
          .flatMap((c) => c.result.paths.filter((x) => `${x.pool}: ${x.call}` === path));
        pathRows.push([
          path,
          p,
          mean(xs.map((x) => x.calls)).toFixed(0),
          mean(xs.map((x) => x.skipped)).toFixed(0),
          us(mean(xs.map((x) => x.latency.p50))),
          us(mean(xs.map((x) => x.latency.p99))),
          us(Math.max(0, ...xs.map((x) => x.latency.max))),
        ]);
      }
    }
    out.push(columns(pathRows), "");
  }
  return out.join("\n");
}
