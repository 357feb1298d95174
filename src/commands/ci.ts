/*
 * `lockbench ci`: what the Action does, locally. It diffs against the merge
 * base with --base, evaluates like the Action (evaluate.ts), prints the same
 * comment body the Action posts, and maps the gate to the exit status.
 */

import { runGit } from "../github/git.ts";
import { UsageError } from "../policy-files.ts";
import { writeJson } from "./files.ts";
import { ACCEPT_LABEL, buildReport, gate, type GateItem } from "../report/ci.ts";
import { renderComment } from "../report/comment.ts";
import { type EvaluationMatrix, evaluate } from "./evaluate.ts";

export { CI_DEFAULT_SEEDS } from "./evaluate.ts";

export interface CiOptions extends EvaluationMatrix {
  readonly base?: string;
  readonly policies: readonly string[];
  readonly baseline?: string;
  readonly failOn: ReadonlySet<GateItem>;
  readonly acceptRegression: boolean;
  readonly json?: string;
}

export interface CiIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
}

async function revParse(cwd: string, rev: string): Promise<string | undefined> {
  try {
    return (await runGit(cwd, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]))
      .toString("utf8")
      .trim();
  } catch {
    return undefined;
  }
}

/** `--base REF`, else origin/main, else main: the merge base of it and HEAD. */
async function mergeBase(
  cwd: string,
  ref: string | undefined,
): Promise<{ sha: string; ref: string }> {
  const candidates = ref !== undefined ? [ref] : ["origin/main", "main"];
  for (const r of candidates) {
    if ((await revParse(cwd, r)) === undefined) continue;
    const sha = (await runGit(cwd, ["merge-base", r, "HEAD"])).toString("utf8").trim();
    return { sha, ref: r };
  }
  throw new UsageError(
    ref !== undefined
      ? `--base '${ref}' is not a commit in this repository`
      : "neither origin/main nor main exists here; name the base with --base REF",
  );
}

export async function ciCommand(opts: CiOptions, io: CiIO): Promise<number> {
  const head = await revParse(io.cwd, "HEAD");
  if (head === undefined) throw new UsageError(`${io.cwd} is not a git checkout with a commit`);
  const base = await mergeBase(io.cwd, opts.base);
  io.err(
    `lockbench ci: ${base.ref} (merge base ${base.sha.slice(0, 12)}) -> HEAD ${head.slice(0, 12)}`,
  );
  const results = await evaluate({
    cwd: io.cwd,
    base,
    head: { sha: head },
    policies: opts.policies,
    ...(opts.baseline ? { baseline: opts.baseline } : {}),
    workloads: opts.workloads,
    machines: opts.machines,
    scenarios: opts.scenarios,
    seeds: opts.seeds,
    ...(opts.durationMs !== undefined ? { durationMs: opts.durationMs } : {}),
    thresholds: opts.thresholds,
    log: io.err,
  });
  if (opts.json) {
    writeJson(opts.json, results, io);
  }
  const report = buildReport(results, opts.acceptRegression);
  if (opts.json !== "-") io.out(renderComment(report).trimEnd());
  const failed = gate(report, opts.failOn);
  if (failed) {
    io.err(failed);
    if (report.counts.regressions > 0 && !opts.acceptRegression)
      io.err(`(a PR label '${ACCEPT_LABEL}' or --accept-regression accepts the regressions)`);
    return 1;
  }
  return 0;
}
