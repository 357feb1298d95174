/*
 * The example workflows and action.yml stay consistent with the code and
 * with the fork-safe pattern: pinned actions, least privilege, no PR code
 * where the token can write, and only inputs the Action declares.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Inputs, Outputs } from "../src/github/action.ts";

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string };
  jobs: Record<string, { steps: Step[] }>;
}

const load = (f: string) => parse(readFileSync(f, "utf8")) as Workflow;
const action = parse(readFileSync("action.yml", "utf8")) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const run = load(".github/workflows/lockbench.yml");
const report = load(".github/workflows/lockbench-report.yml");
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

describe("action.yml", () => {
  it("declares exactly the inputs and outputs the code reads and sets, each described with a default", () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
    for (const [name, i] of Object.entries(action.inputs)) {
      expect(i.description.length, name).toBeGreaterThan(20);
      expect(i.default, name).toBeDefined();
    }
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });
});

describe("example workflows", () => {
  it("pin every action by a full commit SHA", () => {
    for (const s of [...steps(run), ...steps(report)]) {
      if (s.uses === undefined || s.uses === "./") continue;
      expect(s.uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
    }
  });

  it("run the pull request's code with a read-only token, one run per PR", () => {
    expect(run.permissions).toEqual({ contents: "read" });
    expect(Object.keys(run.on).sort()).toEqual(["pull_request", "workflow_dispatch"]);
    expect(run.concurrency?.group).toContain("github.event.pull_request.number");
  });

  it("comment from workflow_run without ever checking out the pull request", () => {
    expect(Object.keys(report.on)).toEqual(["workflow_run"]);
    expect(report.permissions).toEqual({
      actions: "read",
      "pull-requests": "write",
      contents: "read",
    });
    for (const s of steps(report).filter((x) => x.uses?.startsWith("actions/checkout@")))
      expect(s.with?.ref).toBeUndefined();
    const lockbench = steps(report).find((s) => s.uses === "./")!;
    expect(lockbench.with).toMatchObject({ mode: "report", "fail-on": "never" });
  });

  it("pass the Action only inputs it declares", () => {
    for (const s of [...steps(run), ...steps(report)].filter((x) => x.uses === "./"))
      for (const k of Object.keys(s.with ?? {})) expect(Object.keys(action.inputs)).toContain(k);
  });
});
