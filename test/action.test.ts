/*
 * The bundled Action (dist/index.js) as a runner starts it: inputs from
 * INPUT_* variables, outputs and the job summary in the files GitHub names,
 * annotations as workflow commands on stdout, exit status 1 when it fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";

function runAction(inputs: Record<string, string>) {
  const dir = mkdtempSync(`${tmpdir()}/lb-action-`);
  const out = `${dir}/output`;
  const summary = `${dir}/summary`;
  writeFileSync(out, "");
  writeFileSync(summary, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
    INPUT_RESULTS: `${dir}/results.json`,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, ["dist/index.js"], { encoding: "utf8", env });
  return {
    status: r.status,
    stdout: r.stdout,
    outputs: readFileSync(out, "utf8"),
    summary: readFileSync(summary, "utf8"),
    results: JSON.parse(readFileSync(`${dir}/results.json`, "utf8")),
  };
}

describe("dist/index.js", () => {
  it("checks the built-in policies, writes results, summary and outputs", () => {
    const r = runAction({ policies: "policies" });
    expect(r.status).toBe(0);
    expect(r.outputs).toMatch(/verdict<<ghadelimiter_[\w-]+\nok\n/);
    expect(r.results.schemaVersion).toBe(1);
    expect(r.results.policies.map((p: { file: string }) => p.file)).toContain(
      "policies/linux-v6.19.policy",
    );
    expect(r.summary).toContain("lockbench: policy check");
  });

  it("fails with an error annotation on the line at fault", () => {
    const r = runAction({ policies: "test/lang/cases/types/calls.policy" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "::error title=lockbench%3A arg-count,file=test/lang/cases/types/calls.policy,line=12",
    );
    expect(r.outputs).toMatch(/verdict<<ghadelimiter_[\w-]+\ninvalid\n/);
  });
});
