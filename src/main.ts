/*
 * The `lockbench` command: parses argv into typed options, calls the pure
 * core, prints, and alone maps outcomes to exit codes (0 fine, 1 a verdict
 * failed, 2 bad input). Output goes through an injected IO so tests capture
 * it and the Action can reuse the same code with other sinks.
 */

import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { type FrontEndResult, dumpFunction, formatDiagnostic, frontEnd } from "./lang/index.ts";
import { expandPolicies, fileReader, UsageError } from "./policy-files.ts";
import { writeJson } from "./commands/files.ts";
import { CI_DEFAULT_SEEDS, ciCommand } from "./commands/ci.ts";
import { runCommand } from "./commands/run.ts";
import { verifyCommand } from "./commands/verify.ts";
import { parseFailOn } from "./report/ci.ts";
import { parseOverrides, parseThreshold } from "./report/compare.ts";
import { checkReport, formatCheckText } from "./report/check.ts";
import { InputError } from "./workload/errors.ts";

export { expandPolicies, UsageError };

export interface IO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_VERDICT = 1;
export const EXIT_BAD_INPUT = 2;

const USAGE = `usage: lockbench <command> [options]

commands:
  check [POLICY|DIR]...   parse and type-check policies; list what each defines and overrides
  run                     simulate the workload matrix (policies x workloads x machines x seeds)
  verify [POLICY]...      explore every interleaving of the scenarios (workloads/scenarios)
  ci [--base REF]         what the Action does, locally: policies changed since the merge
                          base with REF (default origin/main, else main); prints the PR comment

shared options:
  --policy P      a policy file (repeatable)
  --workload W    a workload (repeatable)
  --machine M     a machine (repeatable)
  --seeds N       seeds per cell
  --json F        write versioned JSON results to F ('-' for stdout)

check options:
  --ir            print the compiled IR of every function

run options:
  --duration-ms N override every workload's duration (quick looks)
  --trace F       write a Chrome/Perfetto trace of the first cell to F
  --markdown F    write the tables as GitHub markdown to F
  --jobs N        worker processes (default: available cores; --trace runs serially)
  --shard I/N     run only shard I (0-based) of N, for a matrix of CI jobs
  --race          run the KCSAN-style race monitor in the simulated runs too (2-3x slower;
                  the other monitors always run, and verify runs all of them)

verify options (default policies: linux-v6.18 and linux-v6.19):
  --scenario S    a scenario by name or file (repeatable; default: all)
  --replay R      re-run the schedule R of a counterexample, every step shown
  --preemptions N explore only schedules with at most N preemptions (a context bound, as
                  CHESS; for scenarios too big to search whole: the verdict is then bounded)

ci options (also --duration-ms, --scenario; --policy evaluates those files, not the changed ones):
  --base REF                   compare with the merge base of REF and HEAD
  --regression-threshold T     relative change that counts, e.g. 5% (default)
  --metric-threshold 'P: T'    per-metric override, P a metric name with * (repeatable)
  --fail-on LIST               safety, regression (default both) or never
  --accept-regression          regressions do not fail (the PR label's local twin)
  --baseline P                 what a new policy is compared with

exit status: 0 fine, 1 a verdict failed, 2 bad input`;

export async function main(argv: readonly string[], io: IO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "check":
        return check(rest, io);
      case "run":
        return await run(rest, io);
      case "verify":
        return verify(rest, io);
      case "ci":
        return await ci(rest, io);
      case undefined:
      case "help":
      case "-h":
      case "--help":
        io.out(USAGE);
        return command === undefined ? EXIT_BAD_INPUT : EXIT_OK;
      default:
        throw new UsageError(`unknown command '${command}'\n\n${USAGE}`);
    }
  } catch (e) {
    // One place owns failure: user errors are one line, anything else is a bug
    // reported without a stack trace (set LOCKBENCH_DEBUG=1 to see it).
    if (e instanceof UsageError) {
      io.err(`lockbench: ${e.message}`);
    } else if (e instanceof InputError) {
      io.err(e.message); // already file:line: message, one per line
    } else {
      const msg = e instanceof Error ? e.message : String(e);
      io.err(`lockbench: internal error: ${msg}`);
      if (process.env.LOCKBENCH_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    }
    return EXIT_BAD_INPUT;
  }
}

/** The shared flags of every subcommand, plus each one's own. */
const OPTIONS = {
  policy: { type: "string", multiple: true },
  workload: { type: "string", multiple: true },
  machine: { type: "string", multiple: true },
  seeds: { type: "string" },
  json: { type: "string" },
  ir: { type: "boolean" },
  "duration-ms": { type: "string" },
  trace: { type: "string" },
  markdown: { type: "string" },
  jobs: { type: "string" },
  shard: { type: "string" },
  base: { type: "string" },
  baseline: { type: "string" },
  "regression-threshold": { type: "string" },
  "metric-threshold": { type: "string", multiple: true },
  "fail-on": { type: "string" },
  "accept-regression": { type: "boolean" },
  scenario: { type: "string", multiple: true },
  race: { type: "boolean" },
  replay: { type: "string" },
  preemptions: { type: "string" },
} as const;

function parse(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

function positiveInt(flag: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${flag} must be a positive integer, not '${v}'`);
  return n;
}

function nonNegativeInt(flag: string, v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isInteger(n) || n < 0)
    throw new UsageError(`--${flag} must be a non-negative integer, not '${v}'`);
  return n;
}

function parseShard(v: string | undefined): { index: number; count: number } | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(v);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count)
    throw new UsageError(`--shard must be I/N with 0 <= I < N, not '${v}'`);
  return { index, count };
}

function run(args: readonly string[], io: IO): Promise<number> {
  const { values, positionals } = parse(args);
  if (positionals.length)
    throw new UsageError(`run takes no positional arguments (got '${positionals[0]}')`);
  const duration = values["duration-ms"];
  return runCommand(
    {
      policies: values.policy ?? [],
      workloads: values.workload ?? [],
      machines: values.machine ?? [],
      seeds: positiveInt("seeds", values.seeds, 1),
      ...(duration !== undefined ? { durationMs: positiveInt("duration-ms", duration, 1) } : {}),
      ...(values.json ? { json: values.json } : {}),
      ...(values.trace ? { trace: values.trace } : {}),
      ...(values.markdown ? { markdown: values.markdown } : {}),
      jobs: positiveInt("jobs", values.jobs, availableParallelism()),
      ...(values.shard !== undefined ? { shard: parseShard(values.shard)! } : {}),
      ...(values.race ? { race: true } : {}),
    },
    io,
  );
}

function ci(args: readonly string[], io: IO): Promise<number> {
  const { values, positionals } = parse(args);
  if (positionals.length)
    throw new UsageError(`ci takes no positional arguments (got '${positionals[0]}')`);
  const t = values["regression-threshold"];
  const threshold = t === undefined ? 0.05 : parseThreshold(t);
  if (threshold === undefined)
    throw new UsageError(`--regression-threshold must be like 5% or 0.05, not '${t}'`);
  let overrides: ReturnType<typeof parseOverrides>;
  let failOn: ReturnType<typeof parseFailOn>;
  try {
    overrides = parseOverrides(values["metric-threshold"] ?? []);
    failOn = parseFailOn(values["fail-on"] ?? "");
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const duration = values["duration-ms"];
  return ciCommand(
    {
      ...(values.base !== undefined ? { base: values.base } : {}),
      policies: values.policy ?? [],
      ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
      workloads: values.workload ?? [],
      machines: values.machine ?? [],
      scenarios: values.scenario ?? [],
      seeds: positiveInt("seeds", values.seeds, CI_DEFAULT_SEEDS),
      ...(duration !== undefined ? { durationMs: positiveInt("duration-ms", duration, 1) } : {}),
      thresholds: { default: threshold, overrides },
      failOn,
      acceptRegression: values["accept-regression"] ?? false,
      ...(values.json ? { json: values.json } : {}),
    },
    io,
  );
}

function verify(args: readonly string[], io: IO): number {
  const { values, positionals } = parse(args);
  return verifyCommand(
    {
      policies: [...(values.policy ?? []), ...positionals],
      scenarios: values.scenario ?? [],
      ...(values.json ? { json: values.json } : {}),
      ...(values.replay !== undefined ? { replay: values.replay } : {}),
      ...(values.preemptions !== undefined
        ? { maxPreemptions: nonNegativeInt("preemptions", values.preemptions) }
        : {}),
    },
    io,
  );
}

function check(args: readonly string[], io: IO): number {
  const { values, positionals } = parse(args);
  const patterns = [...(values.policy ?? []), ...positionals];
  if (patterns.length === 0) patterns.push("policies");
  const files = expandPolicies(patterns, io.cwd);
  const read = fileReader(io.cwd);
  const results: FrontEndResult[] = files.map((f) => frontEnd(f, read));

  // A shared include's diagnostics would repeat once per policy: print each once.
  const seen = new Set<string>();
  const sources = new Map<string, string>();
  for (const r of results) for (const [k, v] of r.policy?.sources ?? []) sources.set(k, v);
  for (const r of results) {
    for (const d of r.diagnostics) {
      const key = `${d.span.file}:${d.span.start}:${d.code}:${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      io.err(formatDiagnostic(d, sources));
    }
  }
  const report = checkReport(results);
  if (values.json) writeJson(values.json, report, io);
  if (values.json !== "-") io.out(formatCheckText(report));
  if (values.ir) {
    for (const r of results) {
      if (!r.ir) continue;
      for (const f of r.ir.functions) io.out(dumpFunction(r.ir, f));
    }
  }
  return report.ok ? EXIT_OK : EXIT_BAD_INPUT;
}
