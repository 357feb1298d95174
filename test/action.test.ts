/*
 * The bundled Action (dist/index.js) as a runner starts it, for what needs
 * no GitHub API: inputs from INPUT_* variables, outputs and the job summary
 * in the files GitHub names, annotations as workflow commands on stdout, exit
 * status 1 when it fails. The pull-request flows against the fake API are in
 * test/github/action-e2e.test.ts.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempRepo, type TempRepo } from "./github/temp-repo.ts";

const DIST = new URL("../dist/index.js", import.meta.url).pathname;

function runAction(
  cwd: string,
  inputs: Record<string, string>,
  event?: { name: string; sha: string },
) {
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
  if (event) {
    writeFileSync(
      `${dir}/event.json`,
      JSON.stringify({
        ref: "refs/heads/proposal",
        inputs: {},
        repository: { name: "octo-repo", owner: { login: "octo-org" } },
      }),
    );
    Object.assign(env, {
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: `${dir}/event.json`,
      GITHUB_SHA: event.sha,
    });
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [DIST], { cwd, encoding: "utf8", env });
  return {
    status: r.status,
    stdout: r.stdout,
    outputs: readFileSync(out, "utf8"),
    summary: readFileSync(summary, "utf8"),
  };
}

let repo: TempRepo;
let head: string;
beforeAll(() => {
  repo = tempRepo();
  repo.commit({ "README.md": "policies\n" }, "base");
  repo.git("checkout", "-q", "-b", "proposal");
  head = repo.commit(
    { "policies/calls.policy": readFileSync("test/lang/cases/types/calls.policy", "utf8") },
    "a broken policy",
  );
});
afterAll(() => repo.remove());

describe("dist/index.js on a workflow_dispatch run", () => {
  it("reports a policy that does not compile with an error annotation at its line, and fails", () => {
    const r = runAction(
      repo.dir,
      { policies: "policies/calls.policy", "base-ref": "main", "github-token": "" },
      { name: "workflow_dispatch", sha: head },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "::error title=lockbench%3A arg-count,file=policies/calls.policy,line=12",
    );
    expect(r.outputs).toMatch(/verdict<<ghadelimiter_[\w-]+\ninvalid\n/);
    expect(r.summary).toContain("❌ **invalid policy**");
    expect(r.summary).toContain("does not compile");
    expect(r.stdout).toContain("::error::lockbench: 1 policy(ies) do not compile.");
  });

  it("with fail-on: never the same run reports but passes", () => {
    const r = runAction(
      repo.dir,
      {
        policies: "policies/calls.policy",
        "base-ref": "main",
        "github-token": "",
        "fail-on": "never",
      },
      { name: "workflow_dispatch", sha: head },
    );
    expect(r.status).toBe(0);
    expect(r.outputs).toMatch(/verdict<<ghadelimiter_[\w-]+\ninvalid\n/);
  });
});

describe("dist/index.js with bad input", () => {
  it("fails with one sentence for an unknown fail-on item", () => {
    const r = runAction(repo.dir, { "fail-on": "safety, speed" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::fail-on: "speed" is not one of safety, regression, never');
  });

  it("fails with one sentence outside GitHub Actions (no event)", () => {
    const r = runAction(repo.dir, {});
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("::error::GITHUB_EVENT_PATH is not set");
  });

  it("rejects a malformed shard", () => {
    const r = runAction(repo.dir, { shard: "2/2" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::shard must be i/n with 0 <= i < n, not "2/2"');
  });
});
