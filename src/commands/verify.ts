/*
 * `lockbench verify`: every interleaving of the scenarios under
 * workloads/scenarios/ for each policy. Reads the files (this is the edge),
 * hands compiled policies and parsed scenarios to the pure core
 * (src/check/verify.ts), prints and writes the versioned JSON. `--replay`
 * re-runs one schedule of one scenario with every step shown.
 */

import { readdirSync } from "node:fs";
import { ReplayStrategy } from "../check/replay.ts";
import type { Progress } from "../check/explore.ts";
import { prepare, run } from "../check/run.ts";
import { buildScenario, checkScenario } from "../check/scenario.ts";
import { decodeSchedule } from "../check/strategy.ts";
import { verifyPolicy } from "../check/verify.ts";
import { formatFinding } from "../check/format.ts";
import { formatDiagnostic, frontEnd, type IRProgram } from "../lang/index.ts";
import { fileReader, resolveFrom, UsageError } from "../policy-files.ts";
import { readText, writeJson } from "./files.ts";
import { columns } from "../report/run.ts";
import { formatVerifyText, stepGrid, verifyResults } from "../report/verify.ts";
import type { VerifyResults } from "../report/verify-results.ts";
import { InputError } from "../workload/errors.ts";
import { loadScenario, type ScenarioSpec } from "../workload/scenario.ts";
import { DEFAULT_POLICIES } from "./run.ts";

export const SCENARIO_DIR = "workloads/scenarios";

export interface VerifyCommandOptions {
  readonly policies: readonly string[];
  /** Scenario names or files; all of SCENARIO_DIR when empty. */
  readonly scenarios: readonly string[];
  readonly json?: string;
  /** A schedule string: replay it (one policy, one scenario). */
  readonly replay?: string;
  /** A preemption bound for every scenario (--preemptions). */
  readonly maxPreemptions?: number;
}

export interface VerifyIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
}

/** Scenario files named by the user (name or path), or every shipped one. */
export function scenarioFiles(cwd: string, names: readonly string[]): string[] {
  if (names.length === 0) {
    return readdirSync(resolveFrom(cwd, SCENARIO_DIR))
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => `${SCENARIO_DIR}/${f}`);
  }
  return names.map((n) =>
    n.includes("/") || n.endsWith(".yaml") ? n : `${SCENARIO_DIR}/${n}.yaml`,
  );
}

export function loadScenarios(cwd: string, names: readonly string[]): ScenarioSpec[] {
  return scenarioFiles(cwd, names).map((f) => loadScenario(f, readText(cwd, f)));
}

/** Compile a policy; its diagnostics go to err and make it bad input. */
function compile(
  file: string,
  cwd: string,
  err: (s: string) => void,
): { ir: IRProgram; name: string } {
  const r = frontEnd(file, fileReader(cwd));
  for (const d of r.diagnostics) err(formatDiagnostic(d, r.policy?.sources ?? new Map()));
  if (!r.ir || !r.policy) throw new UsageError(`${file}: the policy has errors (above)`);
  return { ir: r.ir, name: r.policy.header.name };
}

/** Between progress lines of one search (TLC prints one a minute; searches here are shorter). */
const PROGRESS_EVERY_MS = 5000;

/**
 * A progress callback that speaks at most every PROGRESS_EVERY_MS, with the
 * seconds since the scenario's search began: quick searches print nothing.
 */
function throttled(
  say: (scenario: string, p: Progress, secs: number) => void,
): (scenario: string, p: Progress) => void {
  let current = "";
  let start = 0;
  let last = 0;
  return (scenario, p) => {
    const now = performance.now();
    if (scenario !== current) {
      current = scenario;
      start = now;
      last = now;
    }
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    say(scenario, p, (now - start) / 1000);
  };
}

/**
 * The explorer over every scenario for each policy: what the Action and
 * `lockbench ci` call. Throws UsageError or InputError on bad input.
 */
export function computeVerify(opts: {
  readonly policies: readonly string[];
  readonly scenarios?: readonly string[];
  readonly cwd: string;
  readonly err?: (s: string) => void;
  readonly progress?: (line: string) => void;
  readonly maxPreemptions?: number;
}): VerifyResults {
  const err = opts.err ?? (() => {});
  const specs = loadScenarios(opts.cwd, opts.scenarios ?? []);
  const compiled = opts.policies.map((p) => ({ file: p, ...compile(p, opts.cwd, err) }));
  const problems = compiled.flatMap((c) => specs.flatMap((s) => checkScenario(s, c.ir, c.file)));
  if (problems.length) throw new InputError(problems);
  // Build every scenario's object graph once before exploring any, so a
  // setup that cannot run (a page that is not mapped) is reported before
  // minutes of results are computed and then lost.
  for (const c of compiled) {
    for (const s of specs) {
      try {
        prepare(buildScenario(s, c.ir));
      } catch (e) {
        if (e instanceof InputError) problems.push(...e.diagnostics);
        else throw e;
      }
    }
  }
  if (problems.length) throw new InputError(problems);
  return verifyResults(
    compiled.map((c) =>
      verifyPolicy(c.ir, c.name, specs, {
        policy: c.file,
        now: () => performance.now(),
        ...(opts.maxPreemptions === undefined ? {} : { maxPreemptions: opts.maxPreemptions }),
        onProgress: throttled((scenario, p, secs) =>
          opts.progress?.(
            `${c.name} ${scenario}: depth ${p.depth}, ${p.states} states, ${p.transitions} transitions, ` +
              `${p.queued} queued, ${secs.toFixed(0)} s`,
          ),
        ),
        onScenario: (s, ms) =>
          opts.progress?.(
            `${c.name} ${s.scenario}: ${s.states} states, ${s.transitions} transitions, depth ${s.maxDepth}, ` +
              `${s.complete ? "complete" : "bounded"}, ${s.violations.length} violation(s), ${(ms / 1000).toFixed(1)} s`,
          ),
      }),
    ),
  );
}

export function verifyCommand(opts: VerifyCommandOptions, io: VerifyIO): number {
  const policies = opts.policies.length ? opts.policies : DEFAULT_POLICIES;
  if (opts.replay !== undefined) return replay(policies, opts, io);
  const results = computeVerify({
    policies,
    scenarios: opts.scenarios,
    cwd: io.cwd,
    err: io.err,
    progress: io.err,
    ...(opts.maxPreemptions === undefined ? {} : { maxPreemptions: opts.maxPreemptions }),
  });
  if (opts.json) {
    writeJson(opts.json, results, io);
  }
  if (opts.json !== "-") io.out(formatVerifyText(results));
  return results.policies.some((p) => p.verdict === "unsafe") ? 1 : 0;
}

/** Re-run one schedule with every step shown, and what the monitors said. */
function replay(policies: readonly string[], opts: VerifyCommandOptions, io: VerifyIO): number {
  if (policies.length !== 1 || opts.scenarios.length !== 1)
    throw new UsageError("--replay needs exactly one policy and one --scenario");
  let schedule: number[];
  try {
    schedule = decodeSchedule(opts.replay!);
  } catch (e) {
    throw new UsageError(`--replay: ${e instanceof Error ? e.message : String(e)}`);
  }
  const [spec] = loadScenarios(io.cwd, opts.scenarios);
  const { ir } = compile(policies[0]!, io.cwd, io.err);
  const problems = checkScenario(spec!, ir, policies[0]!);
  if (problems.length) throw new InputError(problems);
  const r = run(buildScenario(spec!, ir), new ReplayStrategy(schedule), {
    maxSteps: schedule.length + 1,
  });
  if (r.outcome.kind === "diverged")
    throw new UsageError(
      `--replay: ${r.outcome.message}; the policy or scenario changed since it was recorded`,
    );
  const names = spec!.threads.map((t) => t.name);
  const rows = stepGrid(
    names.length,
    r.trace,
    (s) =>
      `${s.at.fn}: ${s.at.text}  (${s.at.file}:${s.at.line})${s.result === "blocked" ? " [blocks]" : ""}`,
  );
  io.out(columns([["#", ...names], ...rows], "left"));
  io.out(`\noutcome: ${r.outcome.kind}`);
  for (const f of r.findings) io.out(`\n${formatFinding(f)}`);
  return r.findings.length > 0 || r.outcome.kind === "fault" ? 1 : 0;
}
