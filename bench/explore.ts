/*
 * The explorer, measured two ways (issue 4's targets: verifying every
 * scenario under 60 s on this 2-core machine; 500 thousand states per
 * second):
 * - as users run it: `node dist/cli.js verify` on linux-v6.18 over every
 *   shipped scenario, wall time, and states per second of that wall time
 *   (process start, compiling the policy and writing the report included);
 * - the search alone (explore-search.ts in a child process): states per
 *   second of the time inside explore(), in the first pass over the
 *   scenarios (a fresh process, as one verify run) and in the steady state
 *   (the median of the second half of the passes: the JIT goes on
 *   optimising for several passes after the first, each faster than the
 *   last, so the early ones are warm-up, not steady).
 * States and transitions come from the runs themselves, so the rates are of
 * states the search really reached, monitors and copies included.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { VerifyResults } from "../src/report/verify-results.ts";

export interface ExploreBench {
  readonly runs: number;
  readonly wallMs: readonly number[];
  readonly medianWallMs: number;
  readonly scenarios: number;
  readonly complete: number;
  readonly states: number;
  readonly transitions: number;
  /** States per second of the median run. */
  readonly statesPerSec: number;
}

export interface SearchBench {
  readonly states: number;
  /** States per second of explore() time in the first pass (a fresh process). */
  readonly firstPassPerSec: number;
  /** Median of the second half of the passes. */
  readonly steadyPerSec: number;
  /** The first pass of that half (1-based). */
  readonly steadyFrom: number;
  readonly passMs: readonly number[];
}

export function benchSearch(passes = 16, policy = "policies/linux-v6.18.policy"): SearchBench {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "bench/explore-search.ts", policy, String(passes)],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`explore-search failed: ${r.stderr}`);
  const runs = JSON.parse(r.stdout) as { states: number; ms: number }[];
  const rate = (x: { states: number; ms: number }) => x.states / (x.ms / 1000);
  return {
    states: runs[0]!.states,
    firstPassPerSec: rate(runs[0]!),
    steadyPerSec: median(runs.slice(Math.floor(runs.length / 2)).map(rate)),
    steadyFrom: Math.floor(runs.length / 2) + 1,
    passMs: runs.map((x) => x.ms),
  };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export function benchExplore(runs: number, policy = "policies/linux-v6.18.policy"): ExploreBench {
  const dir = mkdtempSync(join(tmpdir(), "lockbench-bench-verify-"));
  const wallMs: number[] = [];
  let doc: VerifyResults | undefined;
  try {
    for (let i = 0; i < runs; i++) {
      const json = join(dir, `verify-${i}.json`);
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ["dist/cli.js", "verify", policy, "--json", json], {
        encoding: "utf8",
      });
      wallMs.push(performance.now() - t0);
      // 1 is a verdict (v6.18 has a finding), not a failure of the benchmark.
      if (r.status !== 0 && r.status !== 1) throw new Error(`verify failed: ${r.stderr}`);
      doc = JSON.parse(readFileSync(json, "utf8")) as VerifyResults;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const scenarios = doc!.policies[0]!.scenarios;
  const states = scenarios.reduce((n, s) => n + s.states, 0);
  const m = median(wallMs);
  return {
    runs,
    wallMs,
    medianWallMs: m,
    scenarios: scenarios.length,
    complete: scenarios.filter((s) => s.complete).length,
    states,
    transitions: scenarios.reduce((n, s) => n + s.transitions, 0),
    statesPerSec: states / (m / 1000),
  };
}
