/*
 * The safety monitors watch every step of a simulated run (src/check/timed.ts):
 * a policy with a planted bug is caught in a workload cell, its near-twin
 * is not, and `lockbench run` fails (exit 1) on a finding. The fixtures are
 * linux-v6.19 plus one function (test/fixtures/policies/planted-race*.policy)
 * and two pools of threads calling it (test/fixtures/workloads/touch-folios.yaml).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { violationKey } from "../../src/check/explore.ts";
import { formatFinding } from "../../src/check/format.ts";
import { frontEnd } from "../../src/lang/index.ts";
import { main } from "../../src/main.ts";
import { fileReader } from "../../src/policy-files.ts";
import type { RunResults } from "../../src/report/run.ts";
import { validateResultsText } from "../../src/report/validate.ts";
import { runCell } from "../../src/sim/cell.ts";
import { loadMachine } from "../../src/workload/machine.ts";
import { loadWorkload } from "../../src/workload/workload.ts";

const RACY = "test/fixtures/policies/planted-race.policy";
const LOCKED = "test/fixtures/policies/planted-race-locked.policy";
const WORKLOAD = "test/fixtures/workloads/touch-folios.yaml";

const policy = (file: string) => {
  const r = frontEnd(file, fileReader(process.cwd()));
  if (!r.ir) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
  return r.ir;
};
const machine = loadMachine(
  "workloads/machines/arm64-mobile-8.yaml",
  readFileSync("workloads/machines/arm64-mobile-8.yaml", "utf8"),
);
const workload = loadWorkload(WORKLOAD, readFileSync(WORKLOAD, "utf8"));
const cell = (file: string, seed = 1) => runCell({ ir: policy(file), workload, machine, seed });
const calls = (r: ReturnType<typeof cell>) => r.paths.reduce((n, p) => n + p.calls, 0);
/** The line of the planted access in the racy fixture. */
const line =
  readFileSync(RACY, "utf8")
    .split("\n")
    .findIndex((l) => l.includes("the planted race")) + 1;

describe("monitors in a simulated run", () => {
  it("report the planted data race, with both threads at its file:line", () => {
    const r = cell(RACY);
    expect(calls(r)).toBeGreaterThan(100);
    expect(r.findings.map(violationKey)).toEqual([`race ${RACY}:${line} ${RACY}:${line}`]);
    const f = r.findings[0]!;
    expect(f.title).toBe("BUG: KCSAN: data-race in touch_folio / touch_folio");
    // Two workload threads, each at the planted line.
    expect(f.threads).toHaveLength(2);
    expect(f.threads[0]!.thread).not.toBe(f.threads[1]!.thread);
    for (const t of f.threads) expect(t.name).toMatch(/^(left|right)\[\d\]$/);
    expect(formatFinding(f)).toContain(`touch_folio (${RACY}:${line})`);
  });

  it("do not report the near-twin, whose folio lock orders the same accesses", () => {
    const r = cell(LOCKED);
    expect(calls(r)).toBeGreaterThan(100);
    const folio = r.report.locks.find((l) => l.name === "PG_locked")!;
    expect(folio.write.acquisitions).toBeGreaterThan(100);
    expect(r.findings).toEqual([]);
  });

  it("find the same thing for the same seed, and nothing when turned off", () => {
    expect(JSON.stringify(cell(RACY, 7).findings)).toBe(JSON.stringify(cell(RACY, 7).findings));
    const off = runCell({ ir: policy(RACY), workload, machine, seed: 1, monitors: false });
    expect(off.findings).toEqual([]);
  });
});

describe("monitors in a simulated run, on the engine's locks", () => {
  const orders = loadWorkload(
    "test/fixtures/workloads/lock-order.yaml",
    readFileSync("test/fixtures/workloads/lock-order.yaml", "utf8"),
  );
  const run = (file: string) => runCell({ ir: policy(file), workload: orders, machine, seed: 1 });

  it("report an ABBA inversion as lockdep does, and the wait-for cycle the engine ran into", () => {
    const r = run("test/fixtures/policies/planted-abba.policy");
    const kinds = r.findings.map((f) => ("variant" in f ? `${f.kind}/${f.variant}` : f.kind));
    expect(kinds).toEqual(["deadlock", "lockdep/circular"]);
    const d = r.findings[0]!;
    expect(d.kind === "deadlock" && d.cycle).toBe(true);
    // Each side waits for what the other holds: the PG_locked and &anon_vma->rwsem waits.
    expect(d.kind === "deadlock" && d.waits.map((w) => w.lock?.cls).sort()).toEqual([
      "&anon_vma->rwsem",
      "PG_locked",
    ]);
  });

  it("do not report the near-twin that takes both in one order", () => {
    const r = run("test/fixtures/policies/planted-abba-ordered.policy");
    expect(calls(r)).toBeGreaterThan(100);
    expect(r.findings).toEqual([]);
  });
});

describe("lockbench run and findings", () => {
  const run = async (file: string, ...extra: string[]) => {
    const out: string[] = [];
    const code = await main(
      [
        "run",
        "--policy",
        file,
        "--workload",
        WORKLOAD,
        "--seeds",
        "2",
        "--json",
        "-",
        "--jobs",
        "1",
        ...extra,
      ],
      { out: (t) => out.push(t), err: () => {}, cwd: process.cwd() },
    );
    return { code, text: out.join("\n") };
  };

  it("exits 1 when a run has a finding, 0 when none has, and the JSON validates", async () => {
    // The race monitor runs in simulated runs only with --race (it costs 2-3x).
    expect((await run(RACY)).code).toBe(0);
    const bad = await run(RACY, "--race");
    expect(bad.code).toBe(1);
    const v = validateResultsText(bad.text);
    expect(v.ok ? [] : v.errors).toEqual([]);
    const doc = JSON.parse(bad.text) as RunResults;
    expect(doc.cells.every((c) => c.result.findings.length === 1)).toBe(true);
    const good = await run(LOCKED, "--race");
    expect(good.code).toBe(0);
  });
});
