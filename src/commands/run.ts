/*
 * `lockbench run`: the workload matrix (policies x workloads x machines x
 * seeds) through the timed engine. Reads the files (this is the edge), runs
 * each cell with the pure core, prints the summary and writes the JSON.
 */

import { readdirSync, writeFileSync } from "node:fs";
import { type FileReader, formatDiagnostic, frontEnd, type IRProgram } from "../lang/index.ts";
import { fileReader, resolveFrom, UsageError } from "../policy-files.ts";
import { readText, writeJson } from "./files.ts";
import { inWorkers } from "./workers.ts";
import {
  formatRunMarkdown,
  formatRunText,
  type RunCell,
  type RunResults,
  runResults,
} from "../report/run.ts";
import { formatProgress } from "../report/progress.ts";
import { defaultMonitors } from "../check/monitors/index.ts";
import { runCell } from "../sim/cell.ts";
import type { TraceEvent } from "../sim/engine.ts";
import { chromeTrace } from "../report/trace.ts";
import type { Machine } from "../sim/machine.ts";
import { checkEntries, checkMachine, entryLookup } from "../workload/entries.ts";
import { InputError } from "../workload/errors.ts";
import { loadMachine } from "../workload/machine.ts";
import { type Cell, matrix, shard } from "../workload/matrix.ts";
import type { Workload } from "../workload/types.ts";
import { loadWorkload } from "../workload/workload.ts";

export interface RunOptions {
  readonly policies: readonly string[];
  readonly workloads: readonly string[];
  readonly machines: readonly string[];
  readonly seeds: number;
  readonly durationMs?: number;
  readonly json?: string;
  /** Write a Perfetto-readable trace of the first cell here. */
  readonly trace?: string;
  /** Write the tables as GitHub markdown here. */
  readonly markdown?: string;
  /** Run only shard `index` of `count` (a GitHub Actions matrix job, or a worker process). */
  readonly shard?: { readonly index: number; readonly count: number };
  /** Worker processes; cells are split into that many shards and merged in matrix order. */
  readonly jobs?: number;
  /** Run the KCSAN-style race monitor in the simulated runs too (slow; see docs/results.md). */
  readonly race?: boolean;
}

export interface RunIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
}

export const DEFAULT_POLICIES = ["policies/linux-v6.18.policy", "policies/linux-v6.19.policy"];

/** A workload or machine named by file or by name (`uffd-move`, `arm64-mobile-8`). */
function yamlPath(arg: string, dir: string): string {
  return arg.includes("/") || arg.endsWith(".yaml") ? arg : `${dir}/${arg}.yaml`;
}

function yamlFiles(cwd: string, dir: string): string[] {
  return readdirSync(resolveFrom(cwd, dir))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** The matrix a run covers, for policies already compiled. */
export interface MatrixOptions {
  readonly workloads: readonly string[];
  readonly machines: readonly string[];
  readonly seeds: number | readonly number[];
  readonly durationMs?: number;
  readonly shard?: { readonly index: number; readonly count: number };
}

/** Everything a run needs, loaded and checked: the cells of this shard and what they name. */
export interface PreparedRun {
  readonly programs: ReadonlyMap<string, IRProgram>;
  readonly workloads: ReadonlyMap<string, Workload>;
  readonly machines: ReadonlyMap<string, Machine>;
  /** The whole matrix, then this shard's part of it. */
  readonly cells: readonly Cell[];
  readonly mine: readonly Cell[];
}

/**
 * Compiles policy files; prints their diagnostics and returns undefined when
 * any fails. Programs are keyed by POLICY_NAME.
 */
export function compilePolicies(
  files: readonly string[],
  read: FileReader,
  err: (text: string) => void,
): Map<string, IRProgram> | undefined {
  const programs = new Map<string, IRProgram>();
  for (const file of files) {
    const r = frontEnd(file, read);
    if (!r.ir) {
      for (const d of r.diagnostics) err(formatDiagnostic(d, r.policy?.sources ?? new Map()));
      return undefined;
    }
    programs.set(r.ir.policy, r.ir);
  }
  return programs;
}

/** Workloads by name or file (every one under workloads/ when none is given), by name. */
export function loadWorkloads(names: readonly string[], cwd: string): Map<string, Workload> {
  const files = names.length
    ? names.map((w) => yamlPath(w, "workloads"))
    : yamlFiles(cwd, "workloads");
  const workloads = new Map<string, Workload>();
  for (const f of files) {
    const w = loadWorkload(f, readText(cwd, f));
    workloads.set(w.name, w);
  }
  return workloads;
}

/**
 * Loads the workloads and machines (by name or file, relative to cwd), builds
 * the matrix over `programs` (keys in base-before-head order) and checks that
 * every workload fits every policy and machine. Throws UsageError/InputError.
 */
export function prepareRun(
  programs: ReadonlyMap<string, IRProgram>,
  opts: MatrixOptions,
  cwd: string,
): PreparedRun {
  const workloads = loadWorkloads(opts.workloads, cwd);
  const machineFiles = yamlFiles(cwd, "workloads/machines");
  for (const m of opts.machines) machineFiles.push(yamlPath(m, "workloads/machines"));
  const machines = new Map<string, Machine>();
  for (const f of machineFiles) {
    const m = loadMachine(f, readText(cwd, f));
    machines.set(m.name, m);
  }
  const cells = matrix({
    policies: [...programs.keys()],
    workloads: [...workloads.values()],
    ...(opts.machines.length
      ? { machines: opts.machines.map((m) => machines.get(m)?.name ?? m) }
      : {}),
    seeds: opts.seeds,
  });
  // Every entry a workload calls must exist in every policy with its signature; affinities must fit.
  const problems = [];
  for (const [name, ir] of programs) {
    for (const w of workloads.values()) problems.push(...checkEntries(w, name, entryLookup(ir)));
  }
  for (const c of cells) {
    const m = machines.get(c.machine);
    if (!m)
      throw new UsageError(`no machine '${c.machine}' (workloads/machines/${c.machine}.yaml)`);
    problems.push(...checkMachine(workloads.get(c.workload)!, m));
  }
  if (problems.length) throw new InputError(problems);
  const mine = opts.shard ? shard(cells, opts.shard.index, opts.shard.count) : cells;
  return { programs, workloads, machines, cells, mine };
}

export interface RunHooks {
  /** One line per finished cell (`[i/n] id (s)`). */
  readonly progress?: (line: string) => void;
  /** Trace the cell at this index of `mine`, and hand the events over when it is done. */
  readonly trace?: {
    readonly index: number;
    readonly done: (cell: Cell, trace: unknown) => void;
  };
}

/**
 * Runs this shard's cells, serially and in matrix order, and returns the
 * results. Only the progress lines read the clock; the results do not.
 */
export function computeRun(
  prep: PreparedRun,
  durationMs: number | undefined,
  hooks: RunHooks = {},
  race = false,
): RunResults {
  // Every monitor watches every step; the race monitor only when asked: its
  // vector clocks over hundreds of threads cost 2-3x per cell, and the
  // explorer runs it on every interleaving of the scenarios anyway.
  const monitors = defaultMonitors({ race });
  const done: RunCell[] = [];
  prep.mine.forEach((cell, i) => {
    const t0 = performance.now();
    const events: { e: TraceEvent; lockClass: string | undefined }[] = [];
    const tracing = hooks.trace !== undefined && hooks.trace.index === i;
    const machine = prep.machines.get(cell.machine)!;
    const result = runCell({
      ir: prep.programs.get(cell.policy)!,
      workload: prep.workloads.get(cell.workload)!,
      machine,
      seed: cell.seed,
      monitors,
      ...(durationMs !== undefined ? { durationNs: durationMs * 1e6 } : {}),
      ...(tracing
        ? { trace: (e: TraceEvent, lockClass: string | undefined) => events.push({ e, lockClass }) }
        : {}),
    });
    if (tracing) {
      const cpus = machine.clusters
        .flatMap((c) => Array.from({ length: c.cores }, () => c.name))
        .map((c, k) => `CPU ${k} (${c})`);
      const threads = result.report.threads;
      const trace = chromeTrace(
        events,
        { cpus, thread: (tid) => threads[tid]?.name ?? `thread ${tid}` },
        result.report.now,
      );
      hooks.trace!.done(cell, trace);
    }
    done.push({ ...cell, result });
    hooks.progress?.(
      `[${i + 1}/${prep.mine.length}] ${cell.id} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
  });
  return runResults(done);
}

export async function runCommand(opts: RunOptions, io: RunIO): Promise<number> {
  // Policies: compile each; any error is bad input.
  const programs = compilePolicies(
    opts.policies.length ? opts.policies : DEFAULT_POLICIES,
    fileReader(io.cwd),
    io.err,
  );
  if (!programs) return 2;
  const prep = prepareRun(programs, opts, io.cwd);
  const bar = progressBar(prep.mine.length);
  const progress = bar ? { ...io, err: (line: string) => bar.cell(line, io.err) } : io;
  const jobs = Math.min(opts.jobs ?? 1, prep.mine.length);
  if (jobs > 1 && opts.trace === undefined) {
    const done = await runInWorkers(opts, jobs, progress);
    bar?.end();
    const order = new Map(prep.mine.map((c, i) => [c.id, i]));
    done.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return report(runResults(done), opts, io);
  }
  const results = computeRun(
    prep,
    opts.durationMs,
    {
      progress: progress.err,
      ...(opts.trace !== undefined
        ? {
            trace: {
              index: 0,
              done: (cell: Cell, trace: unknown) => {
                writeFileSync(resolveFrom(io.cwd, opts.trace!), JSON.stringify(trace));
                io.err(`trace of ${cell.id} written to ${opts.trace} (open it in ui.perfetto.dev)`);
              },
            },
          }
        : {}),
    },
    opts.race ?? false,
  );
  bar?.end();
  return report(results, opts, io);
}

/**
 * On a terminal, the per-cell lines (`[i/n] id (s)`, from this process or a
 * worker's) become one bar redrawn in place on stderr; anything else passes
 * through. Undefined when stderr is not a TTY (CI logs, pipes, tests): the
 * lines are printed as they are. stdout (tables, `--json -`) is never touched.
 */
function progressBar(
  total: number,
): { cell: (line: string, err: (t: string) => void) => void; end: () => void } | undefined {
  const tty = process.stderr;
  if (!tty.isTTY || total < 2) return undefined;
  const t0 = performance.now();
  let done = 0;
  const draw = (label?: string) =>
    tty.write(
      `\r\x1b[K${formatProgress(
        { done, total, elapsedMs: performance.now() - t0, ...(label ? { label } : {}) },
        tty.columns || 80,
      )}`,
    );
  draw();
  return {
    cell(line, err) {
      const m = /\[\d+\/\d+\] (\S+)/.exec(line);
      if (!m) {
        tty.write("\r\x1b[K");
        err(line);
        draw();
        return;
      }
      done++;
      draw(m[1]);
    },
    end: () => tty.write("\r\x1b[K"),
  };
}

function report(results: RunResults, opts: RunOptions, io: RunIO): number {
  if (opts.json) {
    writeJson(opts.json, results, io);
  }
  if (opts.markdown) writeFileSync(resolveFrom(io.cwd, opts.markdown), formatRunMarkdown(results));
  if (opts.json !== "-") io.out(formatRunText(results));
  // A monitor finding in any simulated run is a failed verdict: the policy is unsafe.
  return results.cells.some((c) => c.result.findings.length > 0) ? 1 : 0;
}

/**
 * Run the cells in `jobs` child processes of this same command, each on one
 * shard, and collect their cells (the caller puts them in matrix order).
 */
async function runInWorkers(opts: RunOptions, jobs: number, io: RunIO): Promise<RunCell[]> {
  const args = [
    "run",
    ...opts.policies.flatMap((p) => ["--policy", p]),
    ...opts.workloads.flatMap((w) => ["--workload", w]),
    ...opts.machines.flatMap((m) => ["--machine", m]),
    "--seeds",
    String(opts.seeds),
    ...(opts.durationMs !== undefined ? ["--duration-ms", String(opts.durationMs)] : []),
    ...(opts.race ? ["--race"] : []),
  ];
  const docs = await inWorkers(args, jobs, opts.shard, io);
  return docs.flatMap((d) => (d as RunResults).cells as RunCell[]);
}
