/*
 * What the Action does, as one function both edges call: find the changed
 * policies, compile base and head of each, run both over the workload matrix
 * with the same seeds, explore the head's interleavings (and, when the head is
 * unsafe, the base's), and return the raw CiResults. Reads files and runs git
 * (this is the edge); the decisions live in github/policies.ts and report/.
 */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { GitHubClient } from "../github/client.ts";
import { contentsSourceReader, discover, loadSources, readPolicyTree } from "../github/discover.ts";
import { gitSourceReader, hasCommit, type SourceReader } from "../github/git.ts";
import { extractIncludes } from "../github/includes.ts";
import { basePathOf, includedBaseline, type PolicyChange } from "../github/policies.ts";
import { type FrontEndResult, frontEnd, type IRProgram } from "../lang/index.ts";
import type { Policy } from "../lang/program.ts";
import { expandPolicies, fileReader, resolveFrom } from "../policy-files.ts";
import type { ChangedFunction, CiPolicy, CiResults, PolicyDiagnostic } from "../report/ci.ts";
import type { Thresholds } from "../report/compare.ts";
import { SCHEMA_VERSION } from "../report/schema.ts";
import type { VerifyResults } from "../report/verify-results.ts";
import { checkEntries, entryLookup } from "../workload/entries.ts";
import { seedList } from "../workload/matrix.ts";
import type { Workload } from "../workload/types.ts";
import { computeRun, loadWorkloads, prepareRun } from "./run.ts";
import { computeVerify, SCENARIO_DIR, scenarioFiles } from "./verify.ts";

/** Seeds per cell when neither --seeds nor the Action's `seeds` input says otherwise. */
export const CI_DEFAULT_SEEDS = 5;

/**
 * What both the Action's inputs and `lockbench ci`'s flags choose: the
 * matrix to simulate, the scenarios to explore and the threshold of a
 * regression.
 */
export interface EvaluationMatrix {
  readonly workloads: readonly string[];
  readonly machines: readonly string[];
  readonly seeds: number;
  readonly durationMs?: number;
  readonly thresholds: Thresholds;
  /** Scenarios to explore (names or files); every one under workloads/scenarios when empty. */
  readonly scenarios: readonly string[];
}

export interface EvaluateOptions extends Omit<EvaluationMatrix, "scenarios"> {
  /** The head checkout. */
  readonly cwd: string;
  readonly base: { readonly sha: string; readonly ref?: string };
  readonly head: { readonly sha: string };
  /** The PR, when there is one: the REST API lists its files (git otherwise). */
  readonly pullRequest?: { readonly owner: string; readonly repo: string; readonly number: number };
  readonly client?: GitHubClient;
  /** Evaluate these policy files (patterns) instead of the changed ones. */
  readonly policies?: readonly string[];
  readonly baseline?: string;
  readonly shard?: { readonly index: number; readonly count: number };
  readonly scenarios?: EvaluationMatrix["scenarios"];
  readonly log: (line: string) => void;
}

/** Label of a policy's cells in the run: base and head of one file must not collide. */
const label = (path: string, side: "base" | "head") => `${path}@${side}`;

function diagnosticsOf(r: FrontEndResult, side: "base" | "head"): PolicyDiagnostic[] {
  return r.diagnostics.map((d) => ({
    side,
    file: d.span.file,
    line: d.span.line,
    col: d.span.col,
    severity: d.severity,
    code: d.code,
    message: d.message,
  }));
}

/** A function's definition as text, whitespace-normalised, so re-indenting is not a change. */
function definitionText(p: Policy, name: string): string | undefined {
  const f = p.functions.get(name);
  if (!f) return undefined;
  const src = p.sources.get(f.file) ?? "";
  return src.slice(f.def.span.start, f.def.span.end).replace(/\s+/g, " ").trim();
}

/**
 * The head functions whose definition differs from base's, or that base
 * lacks, at the head file and line of their name, sorted by file and line.
 */
export function changedFunctions(head: Policy, base: Policy | undefined): ChangedFunction[] {
  const out: ChangedFunction[] = [];
  for (const [name, f] of head.functions) {
    if (!f.def.body) continue;
    if (base && definitionText(base, name) === definitionText(head, name)) continue;
    out.push({ name, file: f.file, line: f.def.nameSpan.line });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** Which workload paths (`pool: call`) reach each function through calls and function pointers. */
function pathsReaching(ir: IRProgram, workloads: Iterable<Workload>): Map<string, string[]> {
  const callees = ir.functions.map((f) => {
    const out = new Set<number>();
    for (const ins of f.code) if (ins.op === "call" || ins.op === "fnref") out.add(ins.fn);
    return out;
  });
  const reach = new Map<string, Set<string>>();
  for (const w of workloads) {
    for (const pool of w.threads) {
      for (const op of pool.ops) {
        const start = ir.byName.get(op.call);
        if (start === undefined) continue;
        const path = `${pool.name}: ${op.call}`;
        const seen = new Set([start]);
        const stack = [start];
        while (stack.length) {
          const i = stack.pop()!;
          const name = ir.functions[i]!.name;
          reach.set(name, (reach.get(name) ?? new Set()).add(path));
          for (const j of callees[i]!) {
            if (seen.has(j)) continue;
            seen.add(j);
            stack.push(j);
          }
        }
      }
    }
  }
  return new Map([...reach].map(([k, v]) => [k, [...v].sort()]));
}

/**
 * The interleaving explorer over the head policies, for this shard's part of
 * the scenarios (every shard explores every policy, so the work splits evenly
 * however many policies changed). Null when the repository has no scenarios.
 */
export function verifyPolicies(
  files: readonly string[],
  opts: Pick<EvaluateOptions, "cwd" | "scenarios" | "shard" | "log">,
): VerifyResults | null {
  const scenarios = shardScenarios(opts);
  if (scenarios === undefined) return null;
  if (files.length === 0 || scenarios.length === 0)
    return { schemaVersion: SCHEMA_VERSION, kind: "verify", policies: [] };
  return computeVerify({
    policies: files,
    scenarios,
    cwd: opts.cwd,
    err: opts.log,
    progress: opts.log,
  });
}

/** This shard's scenario files, as given (repository-relative); undefined when there are none. */
function shardScenarios(
  opts: Pick<EvaluateOptions, "cwd" | "scenarios" | "shard">,
): string[] | undefined {
  if (!existsSync(resolveFrom(opts.cwd, SCENARIO_DIR)) && !opts.scenarios?.length) return undefined;
  const shard = opts.shard ?? { index: 0, count: 1 };
  return scenarioFiles(opts.cwd, opts.scenarios ?? []).filter(
    (_, i) => i % shard.count === shard.index,
  );
}

/**
 * The base versions of the policies whose head is unsafe, explored over the
 * same scenarios, so the report can tell a violation the change introduced
 * from one the base already had (Counterexample.key). Only when head is
 * unsafe: a safe head needs no comparison, and exploring costs seconds per
 * scenario. The base files exist only at the base commit, so they are
 * written to a temporary tree under their repository paths.
 */
function verifyBases(
  unsafe: readonly CiPolicy[],
  baseFiles: ReadonlyMap<string, string>,
  opts: Pick<EvaluateOptions, "cwd" | "scenarios" | "shard" | "log">,
): VerifyResults | null {
  const bases = [...new Set(unsafe.flatMap((p) => (p.basePath ? [p.basePath] : [])))];
  const scenarios = shardScenarios(opts);
  if (bases.length === 0 || !scenarios?.length) return null;
  const dir = mkdtempSync(join(tmpdir(), "lockbench-base-"));
  try {
    // The scenarios come along under their own paths, so the results name them as in the repository.
    const scenarioTexts = scenarios.map((f) => [f, readFileSync(resolveFrom(opts.cwd, f), "utf8")]);
    for (const [path, text] of [...baseFiles, ...scenarioTexts] as [string, string][]) {
      // Base paths came from the PR's diff: keep every write inside the temporary tree.
      const full = resolve(dir, path);
      if (!full.startsWith(`${dir}/`)) continue;
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    opts.log(`exploring the base of ${bases.join(", ")} to tell new violations from old ones`);
    return computeVerify({
      policies: bases,
      scenarios,
      cwd: dir,
      err: opts.log,
      progress: opts.log,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function baseReader(opts: EvaluateOptions): Promise<SourceReader> {
  if (await hasCommit(opts.cwd, opts.base.sha)) return gitSourceReader(opts.cwd, opts.base.sha);
  if (opts.client && opts.pullRequest)
    return contentsSourceReader(
      opts.client,
      opts.pullRequest.owner,
      opts.pullRequest.repo,
      opts.base.sha,
    );
  throw new Error(
    `The base commit ${opts.base.sha} is not in the checkout and there is no token to fetch it (use actions/checkout with fetch-depth: 0).`,
  );
}

/** The changes for an explicit list of policies: each against its own base version. */
async function explicitChanges(
  opts: EvaluateOptions,
  patterns: readonly string[],
): Promise<{ changes: PolicyChange[]; base: Map<string, string> }> {
  const files = expandPolicies(patterns, opts.cwd);
  const read = await baseReader(opts);
  const head = await readPolicyTree(opts.cwd);
  const changes: PolicyChange[] = [];
  for (const path of files) {
    if ((await read(path)) !== undefined) changes.push({ kind: "modified", path });
    else {
      const included = includedBaseline(path, head, extractIncludes);
      changes.push({
        kind: "added",
        path,
        baseline: opts.baseline
          ? { kind: "input", path: opts.baseline }
          : included
            ? { kind: "included", path: included }
            : { kind: "none" },
      });
    }
  }
  const roots = changes.flatMap((c) => basePathOf(c) ?? []);
  return { changes, base: roots.length ? await loadSources(roots, read) : new Map() };
}

function baseNote(c: PolicyChange): string | undefined {
  if (c.kind === "added") {
    switch (c.baseline.kind) {
      case "input":
        return "new policy; base is the baseline input";
      case "copied":
        return "new policy, copied from its base";
      case "included":
        return "new policy; base is the policy it includes";
      case "none":
        return "new policy; nothing to compare with";
    }
  }
  if (c.kind === "includer") return `includes the changed ${c.via[c.via.length - 1]}`;
  if (c.kind === "renamed") return `renamed from ${c.previousPath}`;
  return undefined;
}

export async function evaluate(opts: EvaluateOptions): Promise<CiResults> {
  let loaded: Workload[] | undefined;
  const workloadList = () => {
    loaded ??= [...loadWorkloads(opts.workloads, opts.cwd).values()];
    return loaded;
  };
  let changes: PolicyChange[];
  let baseFiles: ReadonlyMap<string, string>;
  if (opts.policies && opts.policies.length > 0) {
    ({ changes, base: baseFiles } = await explicitChanges(opts, opts.policies));
  } else {
    const d = await discover({
      pr: {
        owner: opts.pullRequest?.owner ?? "",
        repo: opts.pullRequest?.repo ?? "",
        number: opts.pullRequest?.number ?? 0,
        baseSha: opts.base.sha,
        headSha: opts.head.sha,
      },
      ...(opts.client && opts.pullRequest ? { client: opts.client } : {}),
      cwd: opts.cwd,
      ...(opts.baseline ? { baseline: opts.baseline } : {}),
    });
    if (d.source.kind === "git") opts.log(`changed files from git (${d.source.why})`);
    changes = [...d.policies];
    baseFiles = d.base;
  }
  opts.log(
    changes.length
      ? `policies to evaluate: ${changes.map((c) => `${c.path} (${c.kind})`).join(", ")}`
      : "no policy changed",
  );

  const readHead = fileReader(opts.cwd);
  const readBase = (p: string) => baseFiles.get(p);
  const programs = new Map<string, IRProgram>();
  const pending: { policy: Omit<CiPolicy, "changedFunctions">; head?: Policy; base?: Policy }[] =
    [];
  for (const c of changes) {
    const basePath = basePathOf(c);
    const note = baseNote(c);
    const common = {
      path: c.path,
      change: c.kind,
      ...(basePath !== undefined && c.kind !== "removed" ? { basePath } : {}),
      ...(note ? { baseNote: note } : {}),
    };
    if (c.kind === "removed") {
      pending.push({ policy: { ...common, status: "removed", diagnostics: [] } });
      continue;
    }
    const h = frontEnd(c.path, readHead);
    const b = basePath === undefined ? undefined : frontEnd(basePath, readBase);
    const names = {
      ...(h.policy ? { name: h.policy.header.name } : {}),
      ...(b?.policy ? { baseName: b.policy.header.name } : {}),
    };
    const diagnostics = [
      ...diagnosticsOf(h, "head"),
      ...(b?.ir ? [] : b ? diagnosticsOf(b, "base") : []),
    ];
    if (!h.ir) {
      pending.push({
        policy: { ...common, ...names, status: "invalid", diagnostics },
        ...(h.policy ? { head: h.policy } : {}),
      });
      continue;
    }
    // A library of wrappers (policies/lib) lacks the workloads' entry functions, which the
    // scenarios call too: it is reported, but neither simulated nor explored on its own.
    const missing = workloadList().flatMap((w) => checkEntries(w, c.path, entryLookup(h.ir!)));
    if (missing.length > 0) {
      pending.push({
        policy: {
          ...common,
          ...names,
          status: "not-run",
          note: `not simulated: ${missing[0]!.message}`,
          diagnostics,
          labels: { head: label(c.path, "head") },
        },
        ...(h.policy ? { head: h.policy } : {}),
        ...(b?.policy ? { base: b.policy } : {}),
      });
      continue;
    }
    const status = b === undefined ? "no-baseline" : b.ir ? "ok" : "base-invalid";
    if (b?.ir) programs.set(label(c.path, "base"), b.ir);
    programs.set(label(c.path, "head"), h.ir);
    pending.push({
      policy: {
        ...common,
        ...names,
        status,
        diagnostics,
        labels: {
          ...(b?.ir ? { base: label(c.path, "base") } : {}),
          head: label(c.path, "head"),
        },
      },
      ...(h.policy ? { head: h.policy } : {}),
      ...(b?.policy ? { base: b.policy } : {}),
    });
  }

  const seeds = seedList(opts.seeds);
  const prep = programs.size
    ? prepareRun(
        programs,
        {
          workloads: opts.workloads,
          machines: opts.machines,
          seeds,
          ...(opts.shard ? { shard: opts.shard } : {}),
        },
        opts.cwd,
      )
    : undefined;
  const run = prep
    ? computeRun(prep, opts.durationMs, { progress: opts.log })
    : { cells: [] as const };
  const workloads = prep ? [...prep.workloads.values()] : [];

  const policies: CiPolicy[] = pending.map(({ policy, head, base }) => {
    const ir = policy.labels ? programs.get(policy.labels.head) : undefined;
    const reach = ir ? pathsReaching(ir, workloads) : new Map<string, string[]>();
    const changed = head
      ? changedFunctions(head, base).map((f) => ({ ...f, paths: reach.get(f.name) ?? [] }))
      : [];
    return { ...policy, changedFunctions: changed };
  });

  // Not-run libraries stay out: the scenarios call the entries they lack.
  const toVerify = policies
    .filter((p) => p.labels !== undefined && p.status !== "not-run")
    .map((p) => p.path);
  const verify = verifyPolicies(toVerify, opts);
  const unsafe = new Set(
    (verify?.policies ?? []).filter((v) => v.verdict === "unsafe").map((v) => v.policy),
  );
  const verifyBase = verifyBases(
    policies.filter((p) => unsafe.has(p.path) && p.status === "ok"),
    baseFiles,
    opts,
  );

  const machines = opts.machines.length
    ? opts.machines.map((m) => prep?.machines.get(m)?.name ?? m)
    : [...new Set(workloads.flatMap((w) => w.machines))].sort();
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: "ci",
    base: opts.base,
    head: opts.head,
    ...(opts.pullRequest ? { pullRequest: opts.pullRequest.number } : {}),
    matrix: {
      workloads: workloads.map((w) => w.name),
      machines,
      seeds: [...seeds],
      ...(opts.durationMs !== undefined ? { durationMs: opts.durationMs } : {}),
      ...(opts.scenarios?.length ? { scenarios: [...opts.scenarios] } : {}),
      chosen: { workloads: opts.workloads.length > 0, machines: opts.machines.length > 0 },
    },
    thresholds: opts.thresholds,
    ...(opts.shard && opts.shard.count > 1 ? { shard: opts.shard } : {}),
    policies,
    cells: run.cells,
    verify,
    ...(verifyBase ? { verifyBase } : {}),
  };
}
