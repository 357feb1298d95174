/*
 * What the Action and `lockbench ci` compute, in two shapes:
 * - CiResults, the raw, versioned document one job (or one shard) writes:
 *   which policies changed, every simulated cell of base and head, and the
 *   explorer's verdicts. Shards of one run merge into one (mergeResults).
 * - CiReport, what the comment and the summary are rendered from: the paired
 *   comparisons that changed, the safety verdicts, the verdict and counts.
 *   It is small (no cells), so a checked-in example can be rendered again.
 * Pure: the caller reads and writes the files.
 */

import { type MetricComparison, compareRuns, type Thresholds } from "./compare.ts";
import type { RunCell } from "./run.ts";
import { SCHEMA_VERSION } from "./schema.ts";
import type { PolicyVerdict, VerifyResults } from "./verify-results.ts";

export interface PolicyDiagnostic {
  readonly side: "base" | "head";
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly severity: "error" | "warning" | "note";
  readonly code: string;
  readonly message: string;
}

/** A function whose definition differs between base and head (or is new at head), where head defines it. */
export interface ChangedFunction {
  readonly name: string;
  readonly file: string;
  readonly line: number;
  /** Workload paths (`pool: call`) whose calls reach it: regressions there are blamed on it. */
  readonly paths?: readonly string[];
}

export interface CiPolicy {
  /** The policy file at head (for a removed policy, where it was). */
  readonly path: string;
  readonly change: "added" | "modified" | "renamed" | "removed" | "includer";
  /** Where the base side came from, at the base commit; absent when there is none. */
  readonly basePath?: string;
  /** Why the base side is what it is, for new policies ("included by", "baseline input"). */
  readonly baseNote?: string;
  /** POLICY_NAME at head and at base. */
  readonly name?: string;
  readonly baseName?: string;
  /**
   * ok: both sides compiled and ran; invalid: head does not compile;
   * base-invalid: base does not, so head ran alone; no-baseline: a new policy
   * with nothing to compare with; not-run: not simulated (a library without the
   * workloads' entry functions), only explored; removed: nothing to run.
   */
  readonly status: "ok" | "invalid" | "base-invalid" | "no-baseline" | "not-run" | "removed";
  /** Why a policy was not simulated (not-run: it lacks a workload's entry functions). */
  readonly note?: string;
  readonly diagnostics: readonly PolicyDiagnostic[];
  readonly changedFunctions: readonly ChangedFunction[];
  /** The policy labels of this policy's cells in `cells`. */
  readonly labels?: { readonly base?: string; readonly head: string };
}

export interface MatrixSpec {
  /** The workloads and machines that ran. */
  readonly workloads: readonly string[];
  readonly machines: readonly string[];
  readonly seeds: readonly number[];
  readonly durationMs?: number;
  /** The explorer's scenarios, when the user named them (else every one). */
  readonly scenarios?: readonly string[];
  /** Whether the user named them (else: every workload, each on its own machines). */
  readonly chosen: { readonly workloads: boolean; readonly machines: boolean };
}

/** How both CI documents begin: which commits were compared, over what, against what threshold. */
interface CiHeader<K extends string> {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly kind: K;
  readonly base: { readonly sha: string; readonly ref?: string };
  readonly head: { readonly sha: string };
  readonly pullRequest?: number;
  readonly matrix: MatrixSpec;
  readonly thresholds: Thresholds;
}

export interface CiResults extends CiHeader<"ci"> {
  /** Present in one shard's file; absent once merged (or when not sharded). */
  readonly shard?: { readonly index: number; readonly count: number };
  readonly policies: readonly CiPolicy[];
  readonly cells: readonly RunCell[];
  /** The explorer's verdicts; null when this build has no explorer. */
  readonly verify: VerifyResults | null;
  /**
   * The base versions of the policies whose head is unsafe (keyed by base
   * path), explored over the same scenarios: which violations were there before.
   */
  readonly verifyBase?: VerifyResults;
}

const SAME_KEYS = ["base", "head", "pullRequest", "matrix", "thresholds", "policies"] as const;

/**
 * Merges the files of every shard of one run. They must agree on everything
 * but their cells and verdicts, and together hold every shard exactly once.
 */
export function mergeResults(parts: readonly CiResults[]): CiResults {
  if (parts.length === 0) throw new Error("no results files to merge");
  const first = parts[0]!;
  for (const p of parts.slice(1)) {
    for (const k of SAME_KEYS) {
      if (JSON.stringify(p[k]) !== JSON.stringify(first[k]))
        throw new Error(`results files disagree on '${k}': they are not shards of one run`);
    }
  }
  const count = first.shard?.count ?? 1;
  const seen = new Set<number>();
  for (const p of parts) {
    if ((p.shard?.count ?? 1) !== count)
      throw new Error("results files disagree on the shard count");
    const i = p.shard?.index ?? 0;
    if (seen.has(i)) throw new Error(`shard ${i}/${count} is given twice`);
    seen.add(i);
  }
  if (seen.size !== count) {
    const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
    throw new Error(`shard(s) ${missing.map((i) => `${i}/${count}`).join(", ")} missing`);
  }
  const labels = first.policies.flatMap((p) =>
    p.labels ? [...(p.labels.base ? [p.labels.base] : []), p.labels.head] : [],
  );
  const rank = (c: RunCell) => [
    first.matrix.workloads.indexOf(c.workload),
    first.matrix.machines.indexOf(c.machine),
    c.machine,
    c.seed,
    labels.indexOf(c.policy),
  ];
  const cmp = (a: RunCell, b: RunCell) => {
    const x = rank(a);
    const y = rank(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  };
  const cells = parts.flatMap((p) => p.cells).sort(cmp);
  const ids = new Set<string>();
  for (const c of cells) {
    if (ids.has(c.id)) throw new Error(`cell ${c.id} is in two shards`);
    ids.add(c.id);
  }
  const verify: VerifyResults | null = parts.some((p) => p.verify !== null)
    ? {
        schemaVersion: SCHEMA_VERSION,
        kind: "verify",
        policies: mergeVerdicts(parts.flatMap((p) => p.verify?.policies ?? [])),
      }
    : null;
  const bases = parts.flatMap((p) => p.verifyBase?.policies ?? []);
  const { shard: _, verifyBase: __, ...rest } = first;
  return {
    ...rest,
    cells,
    verify,
    ...(parts.some((p) => p.verifyBase)
      ? {
          verifyBase: {
            schemaVersion: SCHEMA_VERSION,
            kind: "verify" as const,
            policies: mergeVerdicts(bases),
          },
        }
      : {}),
  };
}

/**
 * Each shard explored its part of the scenarios for every policy: one verdict
 * per policy again, its scenarios in name order, unsafe if any part was,
 * else bounded if any search was cut.
 */
function mergeVerdicts(parts: readonly PolicyVerdict[]): PolicyVerdict[] {
  const by = new Map<string, PolicyVerdict[]>();
  for (const v of parts) by.set(v.policy, [...(by.get(v.policy) ?? []), v]);
  return [...by.keys()].sort().map((policy) => {
    const vs = by.get(policy)!;
    const verdict = vs.some((v) => v.verdict === "unsafe")
      ? "unsafe"
      : vs.some((v) => v.verdict === "bounded")
        ? "bounded"
        : "safe";
    const scenarios = vs
      .flatMap((v) => v.scenarios)
      .sort((a, b) => (a.scenario < b.scenario ? -1 : a.scenario > b.scenario ? 1 : 0));
    return { policy, name: vs[0]!.name, verdict, scenarios };
  });
}

// ---------------------------------------------------------------------------

export type Verdict = "ok" | "regression" | "accepted-regression" | "unsafe" | "invalid";

/** What the always-on monitors found in the head's simulated runs, one row per distinct finding. */
export interface RunFinding {
  readonly kind: string;
  readonly title: string;
  /** Head cells it occurred in, and the first of them. */
  readonly cells: number;
  readonly first: { readonly workload: string; readonly machine: string; readonly seed: number };
  /** The base's runs showed the same finding (kind and title). */
  readonly atBase: boolean;
}

export interface PolicyReport extends CiPolicy {
  /** Every metric whose mean changed, per (workload, machine). */
  readonly comparisons: readonly MetricComparison[];
  readonly verify?: PolicyVerdict;
  /** `scenario\u0000key` of each head violation the base version already had. */
  readonly knownAtBase?: readonly string[];
  /** Absent in reports written before the monitors ran in simulated runs. */
  readonly runFindings?: readonly RunFinding[];
}

export interface CiReport extends CiHeader<"ci-report"> {
  /** The explorer ran (false: this build has none, and the safety part says so). */
  readonly verified: boolean;
  /** Regressions were accepted on purpose (the PR label). */
  readonly accepted: boolean;
  readonly verdict: Verdict;
  readonly counts: {
    readonly invalid: number;
    readonly unsafe: number;
    readonly bounded: number;
    readonly regressions: number;
    readonly improvements: number;
  };
  readonly policies: readonly PolicyReport[];
}

/** Labels of the PR that accept regressions on purpose. */
export const ACCEPT_LABEL = "lockbench:accept-regression";

export function buildReport(r: CiResults, accepted: boolean): CiReport {
  const verdicts = new Map((r.verify?.policies ?? []).map((v) => [v.policy, v]));
  const baseVerdicts = new Map((r.verifyBase?.policies ?? []).map((v) => [v.policy, v]));
  const policies: PolicyReport[] = r.policies.map((p) => {
    const comparisons =
      p.labels?.base === undefined
        ? []
        : compareRuns(r.cells, p.labels.base, p.labels.head, r.thresholds).filter(
            (c) => c.diff !== 0,
          );
    const v = verdicts.get(p.path);
    const b = p.basePath === undefined ? undefined : baseVerdicts.get(p.basePath);
    const baseKeys = new Set(
      (b?.scenarios ?? []).flatMap((s) => s.violations.map((x) => `${s.scenario}\u0000${x.key}`)),
    );
    const known = (v?.scenarios ?? [])
      .flatMap((s) => s.violations.map((x) => `${s.scenario}\u0000${x.key}`))
      .filter((k) => baseKeys.has(k));
    return {
      ...p,
      comparisons,
      ...(v ? { verify: v } : {}),
      ...(b ? { knownAtBase: known } : {}),
      runFindings: runFindings(r.cells, p.labels),
    };
  });
  const all = policies.flatMap((p) => p.comparisons);
  const counts = {
    invalid: policies.filter((p) => p.status === "invalid").length,
    unsafe: policies.filter((p) => p.verify?.verdict === "unsafe").length,
    bounded: policies.filter((p) => p.verify?.verdict === "bounded").length,
    regressions: all.filter((c) => c.verdict === "regression").length,
    improvements: all.filter((c) => c.verdict === "improvement").length,
  };
  const verdict: Verdict =
    counts.invalid > 0
      ? "invalid"
      : counts.unsafe > 0
        ? "unsafe"
        : counts.regressions > 0
          ? accepted
            ? "accepted-regression"
            : "regression"
          : "ok";
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: "ci-report",
    base: r.base,
    head: r.head,
    ...(r.pullRequest !== undefined ? { pullRequest: r.pullRequest } : {}),
    matrix: r.matrix,
    thresholds: r.thresholds,
    verified: r.verify !== null,
    accepted,
    verdict,
    counts,
    policies,
  };
}

/**
 * The monitors' findings in the head's simulated runs, grouped by kind and
 * title (the same race recurs in many cells), marked when the base's runs
 * had it too. Cells written before monitors ran have no findings field.
 */
function runFindings(cells: readonly RunCell[], labels: CiPolicy["labels"]): RunFinding[] {
  if (!labels) return [];
  const seen = (label: string | undefined) => {
    const out = new Map<string, Omit<RunFinding, "atBase">>();
    for (const c of cells) {
      if (c.policy !== label) continue;
      const here = new Set<string>();
      for (const f of c.result.findings ?? []) {
        const k = `${f.kind}\u0000${f.title}`;
        if (here.has(k)) continue;
        here.add(k);
        const first = { workload: c.workload, machine: c.machine, seed: c.seed };
        const e = out.get(k) ?? { kind: f.kind, title: f.title, cells: 0, first };
        out.set(k, { ...e, cells: e.cells + 1 });
      }
    }
    return out;
  };
  const base = seen(labels.base);
  return [...seen(labels.head)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, e]) => ({ ...e, atBase: base.has(k) }));
}

export type GateItem = "safety" | "regression";

/**
 * The policies with a violation their base version did not have. A change
 * is judged on what it introduces: a policy whose head keeps only the
 * violations its base already had (v6.18's folio->index race, for a PR that
 * edits something else in v6.18) is reported unsafe but does not fail the
 * gate. A new policy, or one whose base was not explored, has no known ones.
 */
export function newlyUnsafe(report: CiReport): PolicyReport[] {
  return report.policies.filter((p) => {
    if (p.verify?.verdict !== "unsafe") return false;
    if (p.knownAtBase === undefined) return true;
    const known = new Set(p.knownAtBase);
    return p.verify.scenarios.some((s) =>
      s.violations.some((v) => !known.has(`${s.scenario}\u0000${v.key}`)),
    );
  });
}

/** Whether the gate fails, and why (one sentence), for setFailed and the exit code. */
export function gate(report: CiReport, failOn: ReadonlySet<GateItem>): string | undefined {
  const c = report.counts;
  const why: string[] = [];
  if (failOn.has("safety")) {
    if (c.invalid > 0) why.push(`${c.invalid} policy(ies) do not compile`);
    const fresh = newlyUnsafe(report).length;
    if (fresh > 0) why.push(`${fresh} policy(ies) are unsafe`);
  }
  if (failOn.has("regression") && c.regressions > 0 && !report.accepted)
    why.push(`${c.regressions} regression(s) beyond the threshold`);
  return why.length ? `lockbench: ${why.join("; ")}.` : undefined;
}

/** `safety, regression` or `never`, comma- or newline-separated. */
export function parseFailOn(text: string): Set<GateItem> {
  const items = text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out = new Set<GateItem>();
  for (const i of items.length ? items : ["safety", "regression"]) {
    if (i === "never") {
      if (items.length > 1) throw new Error(`fail-on: "never" cannot be combined with "${text}"`);
      return new Set();
    }
    if (i !== "safety" && i !== "regression")
      throw new Error(`fail-on: "${i}" is not one of safety, regression, never`);
    out.add(i);
  }
  return out;
}
