/*
 * What `lockbench run` reports: the versioned JSON of every cell, and a
 * terminal summary per (workload, machine) that puts the policies side by
 * side, averaged over seeds: uninterruptible sleep per thread class (the
 * mail's headline is a >30 ms D-state stall of the UI thread), the lock
 * classes as /proc/lock_stat would show them, and the calls per path.
 * Paired comparisons with confidence intervals are the stats module's job.
 */

import { markdownTable } from "markdown-table";
import { violationKey } from "../check/explore.ts";
import type { Finding } from "../check/finding.ts";
import { findingSites } from "../check/format.ts";
import type { CellResult } from "../sim/cell.ts";
import {
  NO_REFERENCED,
  type ReferencedStats,
  referencedAccuracy,
  sumReferenced,
} from "../sim/referenced.ts";
import { cellMetrics } from "../stats/metrics.ts";
import { comparePaired } from "../stats/paired.ts";
import type { Cell } from "../workload/matrix.ts";
import { escapeMarkdown } from "./escape.ts";
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

/**
 * Columns padded to their widest cell: the first left-aligned and the rest
 * right (numbers), or all left-aligned with trailing blanks trimmed (text,
 * such as a counterexample's steps).
 */
export function columns(
  rows: readonly (readonly string[])[],
  align: "numbers" | "left" = "numbers",
): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const left = align === "left";
  return rows
    .map((r) => {
      const line = r
        .map((c, i) => (left || i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
        .join("  ");
      return left ? line.trimEnd() : line;
    })
    .join("\n");
}

/** One (workload, machine) group: a heading and its tables. */
export interface RunSection {
  readonly heading: string;
  readonly tables: readonly {
    readonly caption?: string;
    readonly rows: readonly (readonly string[])[];
  }[];
}

export function formatRunText(results: RunResults): string {
  return runSections(results)
    .map((sec) =>
      [
        `== ${sec.heading} ==`,
        "",
        ...sec.tables.flatMap((t) => [...(t.caption ? [t.caption] : []), columns(t.rows), ""]),
      ].join("\n"),
    )
    .join("\n");
}

/** The same tables in GitHub markdown, every name escaped (policy text never becomes markup). */
export function formatRunMarkdown(results: RunResults): string {
  return runSections(results)
    .map((sec) =>
      [
        `### ${escapeMarkdown(sec.heading)}`,
        "",
        ...sec.tables.flatMap((t) => [
          ...(t.caption ? [escapeMarkdown(t.caption), ""] : []),
          markdownTable(
            t.rows.map((r) => r.map(cellText)),
            { align: ["l", ...t.rows[0]!.slice(1).map(() => "r" as const)] },
          ),
          "",
        ]),
      ].join("\n"),
    )
    .join("\n");
}

/** Numbers we formatted stay as they are; names (from policies and workloads) are escaped. */
function cellText(c: string): string {
  return /^[-+\d.,%[\] ]*$/.test(c) ? c : escapeMarkdown(c);
}

export function runSections(results: RunResults): RunSection[] {
  const groups = new Map<string, RunCell[]>();
  for (const c of results.cells) {
    const key = `${c.workload} on ${c.machine}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: RunSection[] = [];
  for (const [key, cells] of groups) {
    const policies = [...new Set(cells.map((c) => c.policy))];
    const seeds = new Set(cells.map((c) => c.seed)).size;
    const tables: { caption?: string; rows: string[][] }[] = [];
    out.push({
      heading: `${key} (${seeds} seed${seeds === 1 ? "" : "s"}, means over seeds)`,
      tables,
    });
    tables.push(safetyTable(cells, policies));

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
    tables.push({ rows: threadRows });

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
    tables.push({ rows: lockRows });

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
    tables.push({ rows: pathRows });
    const tryRows = trylockRows(cells, policies);
    if (tryRows.length > 1)
      tables.push({
        caption: "trylock sites (the reviewer's question: do they fail more often?)",
        rows: tryRows,
      });
    const refRows = referencedRows(cells, policies);
    if (refRows.length > 1)
      tables.push({
        caption: "folio_referenced outcomes (share of calls) and the reclaim accuracy they imply",
        rows: refRows,
      });
    const retRows = returnRows(cells, policies);
    if (retRows.length > 1)
      tables.push({ caption: "what the calls returned (share of calls)", rows: retRows });
    if (policies.length > 1) tables.push(comparisonTable(cells, policies));
  }
  return out;
}

/** Every trylock call site, per policy: attempts and failures summed over seeds. */
function trylockRows(cells: readonly RunCell[], policies: readonly string[]): string[][] {
  const rows: string[][] = [
    ["trylock site", "lock class", "policy", "attempts", "failed", "failure rate"],
  ];
  const keys = new Map<string, { site: string; cls: string }>();
  const sums = new Map<string, { attempts: number; failures: number }>();
  for (const c of cells) {
    for (const l of c.result.report.locks) {
      for (const [site, t] of l.trylocks) {
        const name = c.result.sites[site] ?? `site ${site}`;
        const k = `${name}\u0000${l.name}`;
        keys.set(k, { site: name, cls: l.name });
        const sk = `${k}\u0000${c.policy}`;
        const sum = sums.get(sk) ?? { attempts: 0, failures: 0 };
        sum.attempts += t.attempts;
        sum.failures += t.failures;
        sums.set(sk, sum);
      }
    }
  }
  for (const k of [...keys.keys()].sort()) {
    const { site, cls } = keys.get(k)!;
    for (const p of policies) {
      const sum = sums.get(`${k}\u0000${p}`);
      if (!sum) continue;
      const rate = sum.attempts ? `${((sum.failures / sum.attempts) * 100).toFixed(1)}%` : "-";
      rows.push([site, cls, p, String(sum.attempts), String(sum.failures), rate]);
    }
  }
  return rows;
}

/**
 * Per path that calls folio_referenced(), per policy, summed over seeds: how
 * the calls ended, and how often the verdict (keep or release) contradicted
 * the young bits at the call (src/sim/referenced.ts).
 */
function referencedRows(cells: readonly RunCell[], policies: readonly string[]): string[][] {
  const rows: string[][] = [
    [
      "path",
      "policy",
      "calls",
      "referenced",
      "not ref.",
      "trylock failed",
      "rmap contended",
      "kept cold",
      "released young",
      "accuracy",
    ],
  ];
  const paths = [
    ...new Set(
      cells.flatMap((c) =>
        c.result.paths.filter((x) => x.referenced).map((x) => `${x.pool}: ${x.call}`),
      ),
    ),
  ];
  for (const path of paths) {
    for (const p of policies) {
      let s: ReferencedStats = NO_REFERENCED;
      for (const c of cells.filter((x) => x.policy === p))
        for (const x of c.result.paths)
          if (x.referenced && `${x.pool}: ${x.call}` === path) s = sumReferenced(s, x.referenced);
      if (s.calls === 0) continue;
      const pct = (n: number) => `${((n / s.calls) * 100).toFixed(1)}%`;
      rows.push([
        path,
        p,
        String(s.calls),
        pct(s.referenced),
        pct(s.notReferenced),
        pct(s.trylockFailed),
        pct(s.contended),
        pct(s.keptCold),
        pct(s.releasedYoung),
        pct(s.calls * (referencedAccuracy(s) ?? 0)),
      ]);
    }
  }
  return rows;
}

/** More distinct return values than this are not a verdict worth a share each. */
const MAX_RETURN_VALUES = 8;

/** Return values per path (reclaim's FOLIOREF_* verdicts, folio_young's answers, MOVE's bytes). */
function returnRows(cells: readonly RunCell[], policies: readonly string[]): string[][] {
  const rows: string[][] = [["path", "policy", "returned"]];
  const paths = [
    ...new Set(cells.flatMap((c) => c.result.paths.map((x) => `${x.pool}: ${x.call}`))),
  ];
  for (const path of paths) {
    for (const p of policies) {
      const counts = new Map<number, number>();
      for (const c of cells.filter((x) => x.policy === p)) {
        for (const x of c.result.paths.filter((y) => `${y.pool}: ${y.call}` === path)) {
          for (const [v, n] of x.returns) counts.set(v, (counts.get(v) ?? 0) + n);
        }
      }
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      if (total === 0 || counts.size < 2) continue; // one value always: nothing to compare
      // Many distinct values are pointers (dup_mmap_one's new VMA) or sizes, not verdicts.
      if (counts.size > MAX_RETURN_VALUES) continue;
      const parts = [...counts]
        .sort((a, b) => a[0] - b[0])
        .map(([v, n]) => `${v}: ${((n / total) * 100).toFixed(1)}%`);
      rows.push([path, p, parts.join(", ")]);
    }
  }
  return rows;
}

/** Relative threshold a change must exceed, with 95% confidence, to count. */
export const DEFAULT_THRESHOLD = 0.05;

/**
 * The first policy is the base; every other one is compared with it, paired
 * by seed. Only metrics that changed are listed, verdicts first.
 */
function comparisonTable(
  cells: readonly RunCell[],
  policies: readonly string[],
): { caption: string; rows: string[][] } {
  const [base, ...heads] = policies as [string, ...string[]];
  const bySeed = (p: string) =>
    new Map(cells.filter((c) => c.policy === p).map((c) => [c.seed, c.result]));
  const baseCells = bySeed(base);
  const rows: string[][] = [
    ["metric", "head", "base", "head value", "change", "95% CI", "verdict"],
  ];
  const order = { regression: 0, improvement: 1, "no significant change": 2, "too few seeds": 3 };
  for (const head of heads) {
    const headCells = bySeed(head);
    const seeds = [...baseCells.keys()].filter((s) => headCells.has(s)).sort((a, b) => a - b);
    const samples = new Map<
      string,
      { b: number[]; h: number[]; dir: "lower-is-better" | "higher-is-better" }
    >();
    // A metric one side lacks (a lock class never taken, a path never called) is 0 there.
    const perSeed = seeds.map((seed) => ({
      b: new Map(cellMetrics(baseCells.get(seed)!).map((m) => [m.name, m])),
      h: new Map(cellMetrics(headCells.get(seed)!).map((m) => [m.name, m])),
    }));
    const names = new Set(perSeed.flatMap((p) => [...p.b.keys(), ...p.h.keys()]));
    for (const name of [...names].sort()) {
      const any = perSeed.map((p) => p.b.get(name) ?? p.h.get(name)).find((m) => m !== undefined)!;
      samples.set(name, {
        b: perSeed.map((p) => p.b.get(name)?.value ?? 0),
        h: perSeed.map((p) => p.h.get(name)?.value ?? 0),
        dir: any.direction,
      });
    }
    const found: { row: string[]; rank: number }[] = [];
    for (const [name, s] of samples) {
      const c = comparePaired(s.b, s.h, s.dir, DEFAULT_THRESHOLD);
      if (c.diff === 0) continue;
      const pct = (x: number) =>
        Number.isFinite(x) ? `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%` : "-";
      const rel = (x: number) => (c.base === 0 ? Number.NaN : x / c.base);
      found.push({
        rank: order[c.verdict],
        row: [
          name,
          head,
          fmt(c.base),
          fmt(c.head),
          pct(c.relative),
          Number.isFinite(c.ci[0]) ? `[${pct(rel(c.ci[0]))}, ${pct(rel(c.ci[1]))}]` : "-",
          c.verdict,
        ],
      });
    }
    found.sort((a, b) => a.rank - b.rank || (a.row[0]! < b.row[0]! ? -1 : 1));
    rows.push(...found.map((f) => f.row));
  }
  return { caption: `base: ${base}; threshold ${DEFAULT_THRESHOLD * 100}%, paired by seed`, rows };
}

function fmt(x: number): string {
  return Math.abs(x) >= 1000 ? Math.round(x).toLocaleString("en-US") : x.toFixed(2);
}

/**
 * What the monitors found in the simulated runs, per policy: each distinct
 * finding (violationKey, as the explorer counts them) with its kernel-style
 * title, in how many runs it came up, and where each thread was.
 */
function safetyTable(
  cells: readonly RunCell[],
  policies: readonly string[],
): { caption: string; rows: string[][] } {
  const rows: string[][] = [["finding", "policy", "runs", "threads at"]];
  for (const p of policies) {
    const mine = cells.filter((c) => c.policy === p);
    const byKey = new Map<string, { finding: Finding; runs: number }>();
    for (const c of mine) {
      for (const f of c.result.findings) {
        const k = violationKey(f);
        const seen = byKey.get(k);
        if (seen) seen.runs++;
        else byKey.set(k, { finding: f, runs: 1 });
      }
    }
    if (byKey.size === 0) rows.push(["no findings", p, `0/${mine.length}`, "-"]);
    for (const k of [...byKey.keys()].sort()) {
      const { finding, runs } = byKey.get(k)!;
      rows.push([finding.title, p, `${runs}/${mine.length}`, findingSites(finding)]);
    }
  }
  return {
    caption:
      "safety: the monitors on every step of every run (lockdep, deadlock, KCSAN, KASAN, might_sleep, balance, BUG/WARN, rmap, livelock)",
    rows,
  };
}
