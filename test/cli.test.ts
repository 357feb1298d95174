/*
 * The `lockbench` command as users meet it: exit statuses (0 fine, 2 bad
 * input), gcc-style diagnostics with a caret, versioned JSON, and no stack
 * traces. main() runs in-process with captured output; one test runs the
 * bundled dist/cli.js the way `npx lockbench` does.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { expandPolicies } from "../src/main.ts";
import { lockbench } from "./run-cli.ts";
import { SCHEMA_VERSION } from "../src/report/schema.ts";

const GOOD = "test/lang/cases/ok/features.policy";

/**
 * `lockbench run` exits 1 when the monitors found something in any cell (a
 * failed safety verdict), else 0: with JSON at hand, which one it must be.
 * (Whether the shipped policies are clean is test/sim/cell-monitors.test.ts's
 * and the report's business; these tests are about the tables.)
 */
function runExit(json: string): number {
  const doc = JSON.parse(json) as { cells: { result: { findings: unknown[] } }[] };
  return doc.cells.some((c) => c.result.findings.length > 0) ? 1 : 0;
}

describe("lockbench check", () => {
  it("exits 0 and lists what a policy defines, overrides and inherits", async () => {
    const r = await lockbench("check", "test/lang/cases/include/override.policy");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("overrides: 1");
    expect(r.out).toContain(
      "helper (test/lang/cases/include/override.policy:7, replaces test/lang/cases/include/base.inc.policy:10)",
    );
    expect(r.out).toMatch(/inherits:\s+1\n\s+walk/);
  });

  it("prints file:line:col, the line and a caret for a misspelt field, and exits 2", async () => {
    const dir = mkdtempSync(`${tmpdir()}/lb-`);
    const bad = `${dir}/bad.policy`;
    writeFileSync(
      bad,
      readFileSync(GOOD, "utf8").replace("READ_ONCE(anon_vma->root)", "READ_ONCE(anon_vma->roots)"),
    );
    const r = await lockbench("check", bad);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      new RegExp(
        `^${bad}:45:38: error: struct anon_vma has no member named 'roots'; did you mean 'root'\\?\\n`,
      ),
    );
    expect(r.err).toContain(
      "   45 | \troot_anon_vma = READ_ONCE(anon_vma->roots);\n      | \t                                    ^~~~~",
    );
  });

  it("writes versioned JSON", async () => {
    const r = await lockbench("check", "--json", "-", GOOD);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.kind).toBe("check");
    expect(doc.policies[0].defines).toContain("folio_referenced");
  });

  it("reports a missing file as bad input", async () => {
    const r = await lockbench("check", "no/such.policy");
    expect(r.code).toBe(2);
    expect(r.err).toContain("no/such.policy:1:1: error: cannot read policy 'no/such.policy'");
  });

  it("rejects unknown commands and flags with a usage message, exit 2", async () => {
    expect((await lockbench("frobnicate")).code).toBe(2);
    const r = await lockbench("check", "--frob");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^lockbench: Unknown option '--frob'/);
  });
});

describe("lockbench run", () => {
  it("runs the matrix for a workload and writes versioned JSON, the same twice", async () => {
    const a = await lockbench(
      "run",
      "--workload",
      "uffd-move",
      "--duration-ms",
      "5",
      "--json",
      "-",
    );
    expect(a.code).toBe(runExit(a.out));
    expect(a.code).toBe(0); // the shipped policies give the default monitors nothing to report
    const doc = JSON.parse(a.out);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.kind).toBe("run");
    expect(doc.cells.map((c: { id: string }) => c.id)).toEqual([
      "uffd-move:arm64-mobile-8:1:linux-v6.18",
      "uffd-move:arm64-mobile-8:1:linux-v6.19",
    ]);
    const b = await lockbench(
      "run",
      "--workload",
      "uffd-move",
      "--duration-ms",
      "5",
      "--json",
      "-",
    );
    expect(b.out).toBe(a.out);
  });

  it("compares head with base paired by seed: v6.19 removes MOVE's anon_vma contention", async () => {
    const r = await lockbench(
      "run",
      "--workload",
      "uffd-move",
      "--seeds",
      "3",
      "--duration-ms",
      "20",
    );
    expect(r.code).toBe(0); // the monitors (race monitor off by default) find nothing here
    expect(r.out).toContain("base: linux-v6.18; threshold 5%, paired by seed");
    const row = r.out.split("\n").find((l) => l.startsWith("&anon_vma->rwsem: contentions"));
    expect(row).toMatch(/linux-v6\.19 .* -100\.0% .* improvement$/);
  });

  it("gives the same JSON from two worker processes as from one, and shards partition the cells", async () => {
    const args = [
      "run",
      "--workload",
      "uffd-move",
      "--seeds",
      "3",
      "--duration-ms",
      "5",
      "--json",
      "-",
    ];
    const serial = await lockbench(...args, "--jobs", "1");
    const parallel = await lockbench(...args, "--jobs", "2");
    expect(parallel.code).toBe(runExit(parallel.out));
    expect(parallel.out).toBe(serial.out);
    const ids = (out: string) => JSON.parse(out).cells.map((c: { id: string }) => c.id);
    const a = ids((await lockbench(...args, "--jobs", "1", "--shard", "0/2")).out);
    const b = ids((await lockbench(...args, "--jobs", "1", "--shard", "1/2")).out);
    expect([...a, ...b].sort()).toEqual([...ids(serial.out)].sort());
    expect(a.filter((x: string) => b.includes(x))).toEqual([]);
    // A shard split among workers runs that shard's cells, not another's.
    const shardInWorkers = await lockbench(...args, "--jobs", "2", "--shard", "1/2");
    expect(ids(shardInWorkers.out)).toEqual(b);
  });

  it("lists every trylock site with its failure rate per policy", async () => {
    const r = await lockbench(
      "run",
      "--workload",
      "reclaim",
      "--machine",
      "arm64-mobile-8",
      "--duration-ms",
      "60",
      "--jobs",
      "1",
    );
    expect(r.code).toBe(0); // the monitors (race monitor off by default) find nothing here
    expect(r.out).toContain("trylock sites (the reviewer's question: do they fail more often?)");
    // v6.19's folio_referenced trylocks anon folios too: its site exists only in the v6.19 policy.
    expect(r.out).toMatch(
      /^policies\/linux-v6\.19\.policy:\d+ +PG_locked +linux-v6\.19 +\d+ +\d+ +[\d.]+%$/m,
    );
  });

  it("writes the tables as GitHub markdown with names escaped", async () => {
    const md = `${mkdtempSync(`${tmpdir()}/lb-`)}/report.md`;
    const r = await lockbench(
      "run",
      "--workload",
      "uffd-move",
      "--seeds",
      "2",
      "--duration-ms",
      "20",
      "--markdown",
      md,
    );
    expect(r.code).toBe(0); // the monitors (race monitor off by default) find nothing here
    const text = readFileSync(md, "utf8");
    expect(text).toContain("### uffd-move on arm64-mobile-8 (2 seeds, means over seeds)");
    expect(text).toMatch(/^\| &amp;anon_vma-&gt;rwsem +\| +linux-v6\.18 \|/m);
    expect(text).not.toContain("<");
  });

  it("reports a bad workload file with its location and exits 2", async () => {
    const dir = mkdtempSync(`${tmpdir()}/lb-`);
    const bad = `${dir}/bad.yaml`;
    writeFileSync(
      bad,
      readFileSync("workloads/uffd-move.yaml", "utf8").replace(
        "duration_ms: 100",
        "duration_ms: -5",
      ),
    );
    const r = await lockbench("run", "--workload", bad, "--duration-ms", "5");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^${bad}:\\d+: `, "m"));
  });

  it("rejects a bad --seeds value", async () => {
    const r = await lockbench("run", "--seeds", "0");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--seeds must be a positive integer");
  });
});

describe("policy arguments", () => {
  it("expands directories and quoted ** globs the same way", () => {
    const byDir = expandPolicies(["test/lang/cases/include"], process.cwd());
    const byGlob = expandPolicies(["test/lang/cases/include/**/*.policy"], process.cwd());
    expect(byDir).toEqual(byGlob);
    expect(byDir).toContain("test/lang/cases/include/override.policy");
  });
});

describe("dist/cli.js", () => {
  it("runs as `npx lockbench` does, with no stack trace on bad input", () => {
    const r = spawnSync(
      process.execPath,
      ["dist/cli.js", "check", "test/lang/cases/types/calls.policy"],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("calls.policy:12:10: error: too few arguments to 'helper'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
