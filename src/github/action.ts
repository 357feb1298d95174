/*
 * The Action. Two modes, one set of sinks:
 * - run: find the changed policies, run base and head over the workload
 *   matrix, explore the head, write the JSON results; unless this is one
 *   shard of several, also report.
 * - report: merge every shard's results file (untrusted: size- and
 *   schema-checked), then report.
 * Reporting writes the job summary first, then annotations and outputs, then
 * the sticky PR comment, and fails the step last when the gate says so:
 * nothing that can fail on GitHub's side comes before the results are safe.
 */

import { writeFileSync } from "node:fs";
import * as core from "@actions/core";
import { CI_DEFAULT_SEEDS, type EvaluationMatrix, evaluate } from "../commands/evaluate.ts";
import {
  ACCEPT_LABEL,
  buildReport,
  type CiReport,
  type CiResults,
  gate,
  type GateItem,
  parseFailOn,
} from "../report/ci.ts";
import { parseOverrides, parseThreshold } from "../report/compare.ts";
import { renderComment, renderSummary } from "../report/comment.ts";
import { escapeMarkdown } from "../report/escape.ts";
import { readHistory } from "../report/history.ts";
import { emitAnnotations, foldedNote, planAnnotations } from "./annotations.ts";
import { type GitHubClient, createClient } from "./client.ts";
import { findOurs, upsertComment } from "./comment.ts";
import { findings } from "./findings.ts";
import { runGit } from "./git.ts";
import { type EventContext, loadEventContext, runUrl, verifyPullRequest } from "./pr.ts";
import { readResults } from "./results-file.ts";
import { describeFailure } from "./retry.ts";

/** Input names, as in action.yml. */
export const Inputs = {
  Mode: "mode",
  Policies: "policies",
  BaseRef: "base-ref",
  Baseline: "baseline",
  Workloads: "workloads",
  Machines: "machines",
  Scenarios: "scenarios",
  Seeds: "seeds",
  DurationMs: "duration-ms",
  RegressionThreshold: "regression-threshold",
  MetricThresholds: "metric-thresholds",
  FailOn: "fail-on",
  Shard: "shard",
  Results: "results",
  Merge: "merge",
  Comment: "comment",
  Token: "github-token",
} as const;

/** Output names, as in action.yml. */
export const Outputs = {
  Verdict: "verdict",
  Unsafe: "unsafe",
  Regressions: "regressions",
  Improvements: "improvements",
  Results: "results",
  CommentUrl: "comment-url",
} as const;

/** What action.yml says when an input is empty; kept here so tests with bare INPUT_* agree. */
const DEFAULT_RESULTS = "lockbench-results.json";
export const ARTIFACT = "lockbench-results";

interface Settings extends EvaluationMatrix {
  readonly mode: "run" | "report";
  readonly policies: readonly string[];
  readonly baseRef: string;
  readonly baseline: string;
  readonly failOn: ReadonlySet<GateItem>;
  readonly shard?: { readonly index: number; readonly count: number };
  readonly results: string;
  readonly merge: readonly string[];
  readonly comment: boolean;
  readonly token: string;
}

/** A list input: one item per line, or comma-separated on one line. */
const list = (name: string) =>
  core
    .getMultilineInput(name)
    .flatMap((l) => l.split(","))
    .map((s) => s.trim())
    .filter(Boolean);

function positive(name: string, text: string, dflt: number | undefined): number | undefined {
  if (text.trim() === "") return dflt;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} must be a positive integer, not "${text}"`);
  return n;
}

function readSettings(): Settings {
  const mode = core.getInput(Inputs.Mode) || "run";
  if (mode !== "run" && mode !== "report")
    throw new Error(`mode must be "run" or "report", not "${mode}"`);
  const t = core.getInput(Inputs.RegressionThreshold) || "5%";
  const threshold = parseThreshold(t);
  if (threshold === undefined)
    throw new Error(`regression-threshold must be like 5% or 0.05, not "${t}"`);
  const shardText = core.getInput(Inputs.Shard).trim();
  let shard: Settings["shard"];
  if (shardText !== "") {
    const m = /^(\d+)\s*\/\s*(\d+)$/.exec(shardText);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index >= count)
      throw new Error(`shard must be i/n with 0 <= i < n, not "${shardText}"`);
    shard = { index, count };
  }
  const duration = positive(Inputs.DurationMs, core.getInput(Inputs.DurationMs), undefined);
  return {
    mode,
    policies: list(Inputs.Policies),
    baseRef: core.getInput(Inputs.BaseRef),
    baseline: core.getInput(Inputs.Baseline),
    workloads: list(Inputs.Workloads),
    machines: list(Inputs.Machines),
    scenarios: list(Inputs.Scenarios),
    seeds: positive(Inputs.Seeds, core.getInput(Inputs.Seeds), CI_DEFAULT_SEEDS)!,
    ...(duration !== undefined ? { durationMs: duration } : {}),
    thresholds: {
      default: threshold,
      overrides: parseOverrides(core.getMultilineInput(Inputs.MetricThresholds)),
    },
    failOn: parseFailOn(core.getInput(Inputs.FailOn) || "safety, regression"),
    ...(shard && shard.count > 1 ? { shard } : {}),
    results: core.getInput(Inputs.Results) || DEFAULT_RESULTS,
    merge: list(Inputs.Merge),
    comment: (core.getInput(Inputs.Comment) || "true").toLowerCase() !== "false",
    token: core.getInput(Inputs.Token),
  };
}

function client(s: Settings): GitHubClient | undefined {
  if (s.token === "") return undefined;
  return createClient({
    token: s.token,
    ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
    log: core.info,
  });
}

/** A commit id for `ref` in the checkout, for workflow_dispatch runs. */
async function mergeBaseOf(cwd: string, ref: string, head: string): Promise<string> {
  try {
    return (await runGit(cwd, ["merge-base", ref, head])).toString("utf8").trim();
  } catch (e) {
    throw new Error(
      `Cannot find the merge base of ${ref} and ${head} (fetch the history with actions/checkout fetch-depth: 0): ${describeFailure(e)}`,
    );
  }
}

async function runMode(
  s: Settings,
  ctx: EventContext,
  gh: GitHubClient | undefined,
  cwd: string,
): Promise<CiResults> {
  let base: { sha: string; ref?: string };
  let head: { sha: string };
  let pullRequest: { owner: string; repo: string; number: number } | undefined;
  if (ctx.kind === "pull_request") {
    base = { sha: ctx.pr.baseSha, ref: s.baseRef || ctx.pr.baseRef };
    head = { sha: ctx.pr.headSha };
    pullRequest = { ...ctx.repo, number: ctx.pr.number };
    if (s.baseRef !== "")
      base = { sha: await mergeBaseOf(cwd, s.baseRef, head.sha), ref: s.baseRef };
  } else if (ctx.kind === "workflow_dispatch") {
    const ref = s.baseRef || "origin/main";
    // GITHUB_SHA is the dispatched commit; outside Actions, the checkout's HEAD.
    const sha = ctx.sha || (await runGit(cwd, ["rev-parse", "HEAD"])).toString("utf8").trim();
    head = { sha };
    base = { sha: await mergeBaseOf(cwd, ref, sha), ref };
  } else {
    throw new Error(`mode "run" does not handle ${ctx.kind} events; use mode "report" there.`);
  }
  return evaluate({
    cwd,
    base,
    head,
    ...(pullRequest ? { pullRequest } : {}),
    ...(gh ? { client: gh } : {}),
    policies: s.policies,
    ...(s.baseline ? { baseline: s.baseline } : {}),
    workloads: s.workloads,
    machines: s.machines,
    scenarios: s.scenarios,
    seeds: s.seeds,
    ...(s.durationMs !== undefined ? { durationMs: s.durationMs } : {}),
    thresholds: s.thresholds,
    ...(s.shard ? { shard: s.shard } : {}),
    log: core.info,
  });
}

/** Where to comment and whether the PR accepts regressions; undefined: do not comment. */
interface Target {
  readonly issue?: { readonly owner: string; readonly repo: string; readonly number: number };
  readonly labels: readonly string[];
  readonly why?: string;
}

async function target(
  ctx: EventContext,
  results: CiResults,
  gh: GitHubClient | undefined,
): Promise<Target> {
  if (ctx.kind === "pull_request") {
    if (results.pullRequest !== undefined && results.pullRequest !== ctx.pr.number)
      return { labels: ctx.pr.labels, why: "the results are for another pull request" };
    return { issue: { ...ctx.repo, number: ctx.pr.number }, labels: ctx.pr.labels };
  }
  if (ctx.kind === "workflow_run") {
    // The number came from an artifact a PR wrote: only the API may vouch for it.
    const n = results.pullRequest;
    if (n === undefined) return { labels: [], why: "the results name no pull request" };
    if (results.head.sha !== ctx.run.headSha)
      return { labels: [], why: "the results are not for the commit the workflow run tested" };
    if (!gh) return { labels: [], why: "there is no token to verify the pull request" };
    const v = await verifyPullRequest(gh, ctx.repo, n, ctx.run.headSha);
    if (v.kind === "not-found")
      return { labels: [], why: `pull request #${n} does not exist here` };
    if (v.kind === "head-mismatch")
      return {
        labels: [],
        why: `pull request #${n} has moved on to ${v.actualHeadSha.slice(0, 12)}; the newer run will comment`,
      };
    return { issue: { ...ctx.repo, number: n }, labels: v.pr.labels };
  }
  return { labels: [], why: "a manual run has no pull request" };
}

async function report(
  s: Settings,
  results: CiResults,
  ctx: EventContext,
  gh: GitHubClient | undefined,
): Promise<void> {
  // Verifying a workflow_run's PR talks to GitHub; a failure must not cost the summary.
  const to: Target = await target(ctx, results, gh).catch((e: unknown) => ({
    labels: [],
    why: `the pull request could not be verified (${describeFailure(e)})`,
  }));
  const r: CiReport = buildReport(results, to.labels.includes(ACCEPT_LABEL));
  const opts = { ...(runUrl() ? { runUrl: runUrl()! } : {}), artifact: ARTIFACT };

  // 1. The job summary: the full report, before anything that talks to GitHub.
  const plan = planAnnotations(findings(r));
  const folded = foldedNote(plan);
  await core.summary
    .addRaw(renderSummary(r, opts))
    .addRaw(folded ? `\n${folded}\n` : "")
    .write();

  // 2. Annotations and outputs: workflow commands, which cannot fail on GitHub's side.
  emitAnnotations(plan);
  core.setOutput(Outputs.Verdict, r.verdict);
  core.setOutput(Outputs.Unsafe, String(r.counts.unsafe > 0));
  core.setOutput(Outputs.Regressions, String(r.counts.regressions));
  core.setOutput(Outputs.Improvements, String(r.counts.improvements));
  core.setOutput(Outputs.Results, s.results);

  // 3. The sticky comment: a failure here is reported, never fatal, and the
  // summary gets one line saying what became of it.
  const note = await comment(s, r, to, gh, opts);
  core.info(`PR comment: ${note}`);
  await core.summary.addRaw(`\n<sub>PR comment: ${escapeMarkdown(note)}</sub>\n`).write();

  // 4. The gate.
  const failed = gate(r, s.failOn);
  if (failed) core.setFailed(failed);
}

/** Posts or updates the sticky comment; returns one sentence on what happened. */
async function comment(
  s: Settings,
  r: CiReport,
  to: Target,
  gh: GitHubClient | undefined,
  opts: { runUrl?: string; artifact: string },
): Promise<string> {
  if (!s.comment) return "not posted (comment: false).";
  if (!to.issue) return `not posted: ${to.why}.`;
  // A pull request that touches no policy gets no comment: it would only be noise.
  if (r.policies.length === 0) return "not posted: no policy changed.";
  try {
    // The earlier runs the comment lists; a failure to read them costs only the list.
    const previous = gh ? await findOurs(gh, to.issue).catch(() => undefined) : undefined;
    const history = readHistory(previous?.body);
    const c = await upsertComment(gh, to.issue, renderComment(r, { ...opts, history }), {
      ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
    });
    if (c.kind === "skipped") {
      core.notice(c.message);
      return `skipped: ${c.message}`;
    }
    core.setOutput(Outputs.CommentUrl, c.url);
    return `${c.kind} ${c.url}${c.degraded ? " (short form: the report is too long)" : ""}.`;
  } catch (e) {
    core.warning(`${describeFailure(e)} The report is in the job summary and ${s.results}.`);
    return `failed: ${describeFailure(e)}`;
  }
}

export async function run(): Promise<void> {
  try {
    const cwd = process.cwd();
    const s = readSettings();
    const ctx = await loadEventContext();
    const gh = client(s);
    let results: CiResults;
    if (s.mode === "run") {
      results = await runMode(s, ctx, gh, cwd);
      writeFileSync(s.results, `${JSON.stringify(results)}\n`);
      core.info(`results written to ${s.results}`);
      if (s.shard) {
        await core.summary
          .addRaw(
            `lockbench shard ${s.shard.index}/${s.shard.count}: ${results.cells.length} cells, results in <code>${s.results}</code>; the report step merges the shards.\n`,
          )
          .write();
        core.setOutput(Outputs.Results, s.results);
        return;
      }
    } else {
      results = readResults(s.merge.length ? s.merge : [ARTIFACT], cwd);
      writeFileSync(s.results, `${JSON.stringify(results)}\n`);
    }
    await report(s, results, ctx, gh);
  } catch (e) {
    // Anything thrown, Error or not, fails the step with its message.
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}
