/*
 * The verdict of one policy over a set of scenarios: explore each one, then
 * re-run every violation's shortest schedule with tracing on, so the
 * counterexample shows each step's policy file:line and is known to replay.
 * Pure: compiled policy and parsed scenarios in, data out.
 */

import type { IRProgram } from "../lang/ir.ts";
import type { Counterexample, PolicyVerdict, ScenarioVerdict } from "../report/verify-results.ts";
import type { ScenarioSpec } from "../workload/scenario.ts";
import {
  type ExploreOptions,
  explore,
  faultFinding,
  findingKey,
  type Progress,
  violationKey,
} from "./explore.ts";
import type { Finding } from "./finding.ts";
import { formatReport } from "./format.ts";
import { ReplayStrategy } from "./replay.ts";
import { ExecutionPool, run } from "./run.ts";
import { buildScenario } from "./scenario.ts";
import { encodeSchedule } from "./strategy.ts";

export interface VerifyOptions {
  /** The policy file as the user named it (for the replay command). */
  readonly policy: string;
  /** Progress and timing, for the terminal only (never in the results). */
  readonly onScenario?: (s: ScenarioVerdict, ms: number) => void;
  /** The search of a scenario finished a depth level (TLC's progress lines). */
  readonly onProgress?: (scenario: string, p: Progress) => void;
  readonly now?: () => number;
  readonly explore?: Omit<ExploreOptions, "maxDepth" | "maxPreemptions">;
  /** A preemption bound for every scenario, over what each scenario says. */
  readonly maxPreemptions?: number;
}

/**
 * What makes two findings the same across two versions of a policy, where
 * line numbers move: the rule, and each thread's function and step.
 */
export function stableKey(f: Finding): string {
  return findingKey(f, (s) => `${s.fn}:${s.text}`);
}

export function verifyPolicy(
  program: IRProgram,
  name: string,
  specs: readonly ScenarioSpec[],
  opts: VerifyOptions,
): PolicyVerdict {
  const scenarios: ScenarioVerdict[] = [];
  const now = opts.now ?? (() => 0);
  // The scenarios' searches hand their executions on (building one costs more than a copy).
  const pool = new ExecutionPool();
  for (const spec of specs) {
    const t0 = now();
    const scenario = buildScenario(spec, program);
    const onProgress = opts.onProgress;
    const r = explore(scenario, {
      pool,
      ...opts.explore,
      ...(onProgress ? { progress: (p: Progress) => onProgress(spec.name, p) } : {}),
      ...(spec.maxDepth === undefined ? {} : { maxDepth: spec.maxDepth }),
      ...preemptionBound(opts.maxPreemptions ?? spec.maxPreemptions),
    });
    const violations = r.violations.map((v) =>
      counterexample(spec, program, opts.policy, v.schedule, v.key),
    );
    const verdict: ScenarioVerdict = {
      scenario: spec.name,
      file: spec.file,
      description: spec.description,
      complete: r.complete,
      ...(r.bound === undefined ? {} : { bound: r.bound }),
      states: r.states,
      transitions: r.transitions,
      maxDepth: r.maxDepth,
      violations,
    };
    scenarios.push(verdict);
    opts.onScenario?.(verdict, now() - t0);
  }
  const unsafe = scenarios.some((s) => s.violations.length > 0);
  const bounded = scenarios.some((s) => !s.complete);
  return {
    policy: opts.policy,
    name,
    verdict: unsafe ? "unsafe" : bounded ? "bounded" : "safe",
    scenarios,
  };
}

const preemptionBound = (n: number | undefined) => (n === undefined ? {} : { maxPreemptions: n });

/** Replay a schedule with tracing on: the steps and the finding a reviewer reads. */
export function counterexample(
  spec: ScenarioSpec,
  program: IRProgram,
  policy: string,
  schedule: readonly number[],
  key: string,
): Counterexample {
  // As the explorer ran it: warnings do not stop the path, the schedule's end does.
  const r = run(buildScenario(spec, program), new ReplayStrategy(schedule), {
    maxSteps: schedule.length + 1,
  });
  const o = r.outcome;
  const finding =
    r.findings.find((f) => violationKey(f) === key) ??
    (o.kind === "fault" ? faultFinding(o, r.threads) : undefined);
  if (!finding) {
    throw new Error(
      `verify: the schedule of '${key}' in ${spec.name} did not reproduce it on replay (${r.outcome.kind})`,
    );
  }
  const replay = encodeSchedule(schedule);
  return {
    key: stableKey(finding),
    finding,
    report: formatReport(finding),
    threads: spec.threads.map((t) => t.name),
    steps: r.trace.map((s) => ({
      thread: s.thread,
      file: s.at.file,
      line: s.at.line,
      fn: s.at.fn,
      text: s.at.text,
    })),
    replay,
    command: `npx lockbench verify ${policy} --scenario ${spec.name} --replay ${replay}`,
  };
}
