/*
 * The PR comment and the job summary, rendered from a CiReport. Pure.
 *
 * Order follows what a reviewer asks first: is it safe, is it slower, where,
 * and how do I reproduce it. The comment must fit GitHub's 65,536-character
 * limit, so it is rendered at the most detailed level that fits, folding
 * improvements, then long tables, then counterexamples beyond the first; the
 * job summary gets the full report and the JSON artifact has everything.
 *
 * Every string that came from a policy, a workload or a scenario (a pull
 * request wrote it) goes through escapeMarkdown/codeSpan or sits in a fenced
 * block whose fence is longer than any backtick run inside it; numbers and
 * commit ids are formatted here.
 */

import type { CiReport, PolicyReport, Verdict } from "./ci.ts";
import type { MetricComparison } from "./compare.ts";
import { runFindingsSection, safetySection } from "./comment-safety.ts";
import { codeSpan, escapeMarkdown } from "./escape.ts";
import { entryOf, historyBlock, type RunEntry } from "./history.ts";
import { fenced, plural, policyTitle, table } from "./markdown.ts";

/** GitHub's limit for a comment body, less room for the marker and a margin. */
export const COMMENT_BUDGET = 65_000;

export interface RenderOptions {
  /** The workflow run, whose job summary has the full report. */
  readonly runUrl?: string;
  /** Name of the JSON results artifact. */
  readonly artifact?: string;
  /** Earlier runs the comment recorded (history.ts); the comment then lists them and adds this one. */
  readonly history?: readonly RunEntry[];
}

/** How much detail a rendering keeps: 0 is everything. */
interface Detail {
  readonly level: number;
  /** Row cap per table (Infinity: all). */
  readonly rows: number;
  readonly regressionRows: number;
  readonly improvements: boolean;
  /** Counterexamples shown in full per policy. */
  readonly counterexamples: number;
  readonly steps: number;
  readonly reportLines: number;
  readonly chart: boolean;
  readonly changeTables: boolean;
}

const LEVELS: readonly Detail[] = [
  {
    level: 0,
    rows: Infinity,
    regressionRows: Infinity,
    improvements: true,
    counterexamples: Infinity,
    steps: Infinity,
    reportLines: Infinity,
    chart: true,
    changeTables: true,
  },
  {
    level: 1,
    rows: 25,
    regressionRows: 50,
    improvements: false,
    counterexamples: 3,
    steps: 60,
    reportLines: 80,
    chart: true,
    changeTables: true,
  },
  {
    level: 2,
    rows: 10,
    regressionRows: 20,
    improvements: false,
    counterexamples: 1,
    steps: 30,
    reportLines: 30,
    chart: true,
    changeTables: true,
  },
  {
    level: 3,
    rows: 5,
    regressionRows: 10,
    improvements: false,
    counterexamples: 0,
    steps: 0,
    reportLines: 0,
    chart: false,
    changeTables: false,
  },
];

/** The comment: the most detailed rendering within `budget` characters. */
export function renderComment(
  report: CiReport,
  opts: RenderOptions = {},
  budget = COMMENT_BUDGET,
  kind: "comment" | "summary" = "comment",
): string {
  let text = "";
  for (const d of LEVELS) {
    text = render(report, d, opts, kind);
    if (text.length <= budget) return text;
  }
  return text; // still too long: the caller posts shortComment instead
}

/**
 * The job summary: everything, folded like the comment only beyond GitHub's
 * 1 MiB. The budget counts characters and µ, ✓ and the emoji take 2-4 bytes
 * each in UTF-8, hence the margin.
 */
export function renderSummary(report: CiReport, opts: RenderOptions = {}): string {
  return renderComment(report, opts, 800_000, "summary");
}

// --- numbers -----------------------------------------------------------------

const isTime = (c: Pick<MetricComparison, "quantity">) => c.quantity.endsWith("(ns)");

/** A value of a metric: times in ms from 1 ms up, else in µs; counts as numbers. */
function value(c: Pick<MetricComparison, "quantity">, x: number): string {
  if (!Number.isFinite(x)) return "-";
  if (isTime(c))
    return Math.abs(x) >= 1e6 ? `${(x / 1e6).toFixed(2)} ms` : `${(x / 1e3).toFixed(1)} µs`;
  return Math.abs(x) >= 1000 ? Math.round(x).toLocaleString("en-US") : x.toFixed(1);
}

/** The quantity without its unit, which value() prints. */
const quantityName = (q: string) => q.replace(/ \(ns\)$/, "");

const pct = (x: number) =>
  Number.isFinite(x) ? `${x >= 0 ? "+" : "−"}${Math.abs(x * 100).toFixed(1)}%` : "n/a";

function ci(c: MetricComparison): string {
  if (!Number.isFinite(c.ci[0]) || c.base === 0) return "n/a";
  return `${pct(c.ci[0] / c.base)} … ${pct(c.ci[1] / c.base)}`;
}

const shortSha = (sha: string) => (/^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 12) : "unknown");

function seedRange(seeds: readonly number[]): string {
  if (seeds.length === 0) return "none";
  const contiguous = seeds.every((s, i) => i === 0 || s === seeds[i - 1]! + 1);
  return contiguous && seeds.length > 2
    ? `${seeds[0]}–${seeds[seeds.length - 1]}`
    : seeds.join(", ");
}

// --- sections ----------------------------------------------------------------

const VERDICT_TEXT: Record<Verdict, string> = {
  ok: "✅ **safe, no regressions**",
  regression: "⚠️ **regression**",
  "accepted-regression": "☑️ **regression accepted**",
  unsafe: "❌ **unsafe**",
  invalid: "❌ **invalid policy**",
};

function verdictLine(r: CiReport): string {
  const c = r.counts;
  const parts = [VERDICT_TEXT[r.verdict]];
  parts.push(
    r.verified
      ? c.unsafe > 0
        ? `${plural(c.unsafe, "unsafe policy", "unsafe policies")}`
        : c.bounded > 0
          ? "no violation found (search bounded)"
          : "safe"
      : "safety not explored",
  );
  if (c.invalid > 0)
    parts.push(plural(c.invalid, "policy that does not compile", "policies that do not compile"));
  parts.push(plural(c.regressions, "regression"), plural(c.improvements, "improvement"));
  return `### lockbench: ${parts.join(" · ")}`;
}

function contextLine(r: CiReport): string {
  const m = r.matrix;
  const machines = `${m.machines.map(escapeMarkdown).join(", ")}${m.chosen.machines ? "" : " (each workload's own)"}`;
  const workloads = m.workloads.map(escapeMarkdown).join(", ");
  const overrides = r.thresholds.overrides.length
    ? ` (${plural(r.thresholds.overrides.length, "per-metric override")})`
    : "";
  return (
    `base <code>${shortSha(r.base.sha)}</code> → head <code>${shortSha(r.head.sha)}</code>` +
    ` · machines: ${machines} · workloads: ${workloads} · seeds: ${seedRange(m.seeds)}` +
    (m.durationMs !== undefined ? ` · ${m.durationMs} ms each` : "") +
    ` · threshold ${pct(r.thresholds.default).replace("+", "")}${overrides}, 95% CI paired by seed`
  );
}

function notes(r: CiReport): string[] {
  const out: string[] = [];
  if (r.accepted && r.counts.regressions > 0)
    out.push(
      `> [!NOTE]\n> The regressions below are **accepted**: the pull request has the <code>lockbench:accept-regression</code> label, so they do not fail the check.`,
    );
  else if (r.counts.regressions > 0)
    out.push(
      `> [!TIP]\n> If these regressions are the price of the change, add the <code>lockbench:accept-regression</code> label to accept them; the comment will say so.`,
    );
  if (!r.verified)
    out.push(
      "> [!NOTE]\n> This build of lockbench has no interleaving explorer, so no exhaustive safety check ran; only the simulated runs are compared.",
    );
  return out;
}

function changeText(p: PolicyReport): string {
  const base =
    p.basePath === undefined || p.basePath === p.path ? "" : ` vs ${codeSpan(p.basePath)}`;
  const note = p.baseNote ? ` (${escapeMarkdown(p.baseNote)})` : "";
  const fns = p.changedFunctions.length
    ? `; ${plural(p.changedFunctions.length, "function")} changed`
    : "";
  return `${p.change}${base}${note}${fns}`;
}

function safetyText(p: PolicyReport, r: CiReport): string {
  if (p.status === "invalid") return "❌ does not compile";
  if (p.status === "removed") return "—";
  if (!r.verified) return "not explored";
  if (!p.verify) return "not explored";
  const v = p.verify;
  const violations = v.scenarios.reduce((a, s) => a + s.violations.length, 0);
  if (v.verdict === "unsafe") {
    const old = p.knownAtBase?.length ?? 0;
    const fresh = p.knownAtBase === undefined ? "" : `, ${violations - old} new`;
    return `❌ unsafe (${plural(violations, "violation")}${fresh})`;
  }
  if (v.verdict === "bounded") return "⚠️ no violation, search bounded";
  return "✅ safe";
}

function policiesTable(r: CiReport, d: Detail): string {
  const rows = r.policies.map((p) => {
    const reg = p.comparisons.filter((c) => c.verdict === "regression").length;
    const imp = p.comparisons.filter((c) => c.verdict === "improvement").length;
    const perf =
      p.status === "ok"
        ? `${reg} / ${imp}`
        : p.status === "no-baseline"
          ? "no baseline"
          : p.status === "not-run"
            ? escapeMarkdown(p.note ?? "not simulated")
            : p.status === "base-invalid"
              ? "base does not compile"
              : "—";
    return [policyTitle(p), changeText(p), safetyText(p, r), perf];
  });
  return table(["policy", "change", "safety", "regressions / improvements"], rows, d.rows);
}

function diagnosticsBlock(p: PolicyReport): string {
  const errs = p.diagnostics.filter((x) => x.severity !== "note");
  if (errs.length === 0) return "";
  const lines = errs.map(
    (x) =>
      `- ${x.side}: ${codeSpan(`${x.file}:${x.line}:${x.col}`)} ${x.severity}: ${escapeMarkdown(x.message)}`,
  );
  return `**${policyTitle(p)}** does not compile:\n\n${lines.join("\n")}`;
}

const where = (c: MetricComparison) =>
  `${escapeMarkdown(c.workload)} on ${escapeMarkdown(c.machine)}`;

function comparisonRows(p: PolicyReport, cs: readonly MetricComparison[]): string[][] {
  return cs.map((c) => [
    escapeMarkdown(p.name ?? p.path),
    where(c),
    `${escapeMarkdown(c.subject)}: ${escapeMarkdown(quantityName(c.quantity))}`,
    value(c, c.base),
    value(c, c.head),
    pct(c.relative),
    ci(c),
    pct(c.threshold).replace("+", "±"),
  ]);
}

const COMPARISON_HEADER = [
  "policy",
  "workload",
  "metric",
  "base",
  "head",
  "change",
  "95% CI",
  "threshold",
];
const COMPARISON_ALIGN = ["l", "l", "l", "r", "r", "r", "r", "r"] as const;

/** Largest relative change first, so a capped table keeps the worst. */
function byMagnitude(a: MetricComparison, b: MetricComparison): number {
  const m = (c: MetricComparison) =>
    Number.isFinite(c.relative) ? Math.abs(c.relative) : Infinity;
  return m(b) - m(a) || (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0);
}

function verdictTable(r: CiReport, verdict: "regression" | "improvement", cap: number): string {
  const rows = r.policies.flatMap((p) =>
    comparisonRows(p, p.comparisons.filter((c) => c.verdict === verdict).sort(byMagnitude)),
  );
  return rows.length ? table(COMPARISON_HEADER, rows, cap, COMPARISON_ALIGN) : "";
}

interface ChangeRow {
  readonly key: string;
  readonly cells: readonly MetricComparison[];
}

/** Subjects of one group where some quantity changed beyond the noise, with all its quantities. */
function changedSubjects(p: PolicyReport, group: "thread" | "lock"): ChangeRow[] {
  const by = new Map<string, MetricComparison[]>();
  for (const c of p.comparisons) {
    if (c.group !== group) continue;
    const k = `${c.workload}\u0000${c.machine}\u0000${c.subject}`;
    by.set(k, [...(by.get(k) ?? []), c]);
  }
  return [...by]
    .filter(([, cs]) => cs.some((c) => c.verdict === "regression" || c.verdict === "improvement"))
    .map(([key, cells]) => ({ key, cells }));
}

function verdictMark(cs: readonly MetricComparison[]): string {
  if (cs.some((c) => c.verdict === "regression")) return "⚠️ regression";
  return "improvement";
}

function pair(cs: readonly MetricComparison[], quantity: string): string {
  const c = cs.find((x) => x.quantity === quantity);
  if (!c) return "—";
  const mark = c.verdict === "regression" ? " ⚠️" : c.verdict === "improvement" ? " ✓" : "";
  return `${value(c, c.base)} → ${value(c, c.head)}${mark}`;
}

function changeTables(r: CiReport, d: Detail): string {
  const out: string[] = [];
  for (const p of r.policies) {
    const threads = changedSubjects(p, "thread");
    if (threads.length) {
      out.push(
        `#### D-state (uninterruptible sleep) that changed: ${policyTitle(p)}`,
        "",
        table(
          ["workload", "thread class", "D-state total", "longest D-state", "runnable", "verdict"],
          threads.map(({ cells }) => [
            where(cells[0]!),
            escapeMarkdown(cells[0]!.subject),
            pair(cells, "D-state total (ns)"),
            pair(cells, "D-state max (ns)"),
            pair(cells, "runnable (ns)"),
            verdictMark(cells),
          ]),
          d.rows,
        ),
        "",
      );
    }
    const locks = changedSubjects(p, "lock");
    if (locks.length) {
      out.push(
        `#### Lock contention that changed: ${policyTitle(p)}`,
        "",
        table(
          ["workload", "lock class", "contentions", "wait total", "verdict"],
          locks.map(({ cells }) => [
            where(cells[0]!),
            codeSpan(cells[0]!.subject),
            pair(cells, "contentions"),
            pair(cells, "wait total (ns)"),
            verdictMark(cells),
          ]),
          d.rows,
        ),
        "",
      );
    }
  }
  return out.join("\n").trimEnd();
}

/** Mermaid labels: a safe subset of characters inside quotes (Mermaid has no escape for `"`). */
const mermaidLabel = (s: string) => `"${s.replace(/[^A-Za-z0-9 _.:@/+-]/g, "_").slice(0, 60)}"`;

/**
 * The longest D-state stall per workload, base as bars and head as a line:
 * the mail's headline number (a >30 ms stall of the UI thread) at a glance.
 */
function chart(p: PolicyReport, machines: number): string {
  const worst = new Map<string, { base: number; head: number; label: string }>();
  for (const c of p.comparisons) {
    if (c.group !== "thread" || c.quantity !== "D-state max (ns)") continue;
    const k = `${c.workload}\u0000${c.machine}`;
    // Named with its thread class, so the reader knows whose stall it is.
    const label = `${machines > 1 ? `${c.workload}@${c.machine}` : c.workload}: ${c.subject}`;
    const w = worst.get(k) ?? { base: 0, head: 0, label };
    // The thread class that stalls longest on either side speaks for the workload.
    if (Math.max(c.base, c.head) > Math.max(w.base, w.head))
      worst.set(k, { base: c.base, head: c.head, label });
    else worst.set(k, w);
  }
  const pts = [...worst.values()].filter((w) => w.base > 0 || w.head > 0);
  if (pts.length === 0) return "";
  const us = (x: number) => (x / 1e3).toFixed(1);
  const top = Math.max(...pts.flatMap((w) => [w.base, w.head])) / 1e3;
  return [
    `#### Longest D-state stall per workload, base (bars) vs head (line): ${policyTitle(p)}`,
    "",
    "```mermaid",
    "xychart-beta",
    `  title "Longest D-state stall, µs (mean over seeds)"`,
    `  x-axis [${pts.map((w) => mermaidLabel(w.label)).join(", ")}]`,
    `  y-axis "µs" 0 --> ${Math.ceil(top * 1.1) || 1}`,
    `  bar [${pts.map((w) => us(w.base)).join(", ")}]`,
    `  line [${pts.map((w) => us(w.head)).join(", ")}]`,
    "```",
  ].join("\n");
}

/** POSIX-shell single quoting for names that are not plain words. */
function shellWord(s: string): string {
  return /^[A-Za-z0-9_./:@=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'"'"'`)}'`;
}

/** The exact local command that runs what CI ran. */
export function reproduceCommand(r: CiReport): string {
  const m = r.matrix;
  const args = [
    "npx",
    "lockbench",
    "ci",
    "--base",
    /^[0-9a-f]{7,64}$/i.test(r.base.sha) ? r.base.sha : "main",
  ];
  // Only what the run was told: a default matrix stays the default, so the command stays short.
  if (m.chosen.workloads) for (const w of m.workloads) args.push("--workload", shellWord(w));
  if (m.chosen.machines) for (const x of m.machines) args.push("--machine", shellWord(x));
  for (const x of m.scenarios ?? []) args.push("--scenario", shellWord(x));
  args.push("--seeds", String(m.seeds.length));
  if (m.durationMs !== undefined) args.push("--duration-ms", String(m.durationMs));
  const t = r.thresholds;
  if (t.default !== 0.05) args.push("--regression-threshold", `${+(t.default * 100).toFixed(4)}%`);
  for (const o of t.overrides)
    args.push("--metric-threshold", shellWord(`${o.pattern}: ${+(o.threshold * 100).toFixed(4)}%`));
  return args.join(" ");
}

function footer(r: CiReport, opts: RenderOptions, kind: "comment" | "summary"): string {
  const where =
    kind === "summary"
      ? "This is the full report."
      : `The full report is in ${opts.runUrl ? `the [job summary](${opts.runUrl})` : "the job summary of this run"}` +
        ` and every number in the JSON artifact${opts.artifact ? ` <code>${escapeMarkdown(opts.artifact)}</code>` : ""}.`;
  return [
    "Reproduce locally (check out the head commit first):",
    "",
    fenced(reproduceCommand(r), "sh"),
    "",
    `<sub>${where} Means over seeds; a change counts only when its whole 95% confidence interval lies beyond the threshold.</sub>`,
  ].join("\n");
}

function render(r: CiReport, d: Detail, opts: RenderOptions, kind: "comment" | "summary"): string {
  if (r.policies.length === 0)
    return `### lockbench: no policy changed\n\n${contextLine(r)}\n\nNothing to evaluate: the change touches no \`*.policy\` file and no file a policy includes.\n`;
  const blocks: string[] = [verdictLine(r), contextLine(r), ...notes(r), policiesTable(r, d)];
  for (const p of r.policies) {
    const diag = diagnosticsBlock(p);
    if (diag) blocks.push(diag);
  }
  const safety = safetySection(r, d);
  if (safety) blocks.push(safety);
  const monitors = runFindingsSection(r, d);
  if (monitors) blocks.push(monitors);
  if (r.counts.regressions > 0)
    blocks.push(
      `#### Regressions${r.accepted ? " (accepted)" : ""}`,
      verdictTable(r, "regression", d.regressionRows),
    );
  if (d.changeTables) {
    const changes = changeTables(r, d);
    if (changes) blocks.push(changes);
  }
  if (d.chart) {
    for (const p of r.policies) {
      const c = chart(p, r.matrix.machines.length);
      if (c) blocks.push(c);
    }
  }
  if (r.counts.improvements > 0) {
    blocks.push(
      d.improvements
        ? `<details><summary>${plural(r.counts.improvements, "improvement")}</summary>\n\n${verdictTable(r, "improvement", d.rows)}\n\n</details>`
        : `${plural(r.counts.improvements, "improvement")}: listed in the job summary.`,
    );
  }
  if (d.level > 0) blocks.push("<sub>Some detail was folded to fit a PR comment.</sub>");
  blocks.push(footer(r, opts, kind));
  if (opts.history && kind === "comment")
    blocks.push(historyBlock(opts.history, entryOf(r, opts.runUrl)));
  return `${blocks.join("\n\n")}\n`;
}
