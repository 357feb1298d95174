/* Event payloads (GitHub's webhook examples) and the PR-number check for workflow_run. */

import { createRequire } from "node:module";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createClient } from "../../src/github/client.ts";
import {
  loadEventContext,
  readEventContext,
  runUrl,
  verifyPullRequest,
} from "../../src/github/pr.ts";
import { FakeGitHub } from "./fake-github.ts";

// GitHub's sample webhook payloads, read from node_modules rather than copied.
interface Definition {
  name: string;
  examples: Record<string, unknown>[];
}
const definitions = createRequire(import.meta.url)("@octokit/webhooks-examples") as Definition[];
const examples = (name: string) => definitions.find((d) => d.name === name)!.examples;

describe("readEventContext", () => {
  test("reads every pull_request example into the same typed shape", () => {
    const all = examples("pull_request");
    expect(all.length).toBeGreaterThan(10);
    for (const payload of all) {
      const ctx = readEventContext("pull_request", payload);
      expect(ctx.kind).toBe("pull_request");
    }
    const opened = all.find((p) => p.action === "opened")!;
    expect(readEventContext("pull_request", opened)).toEqual({
      kind: "pull_request",
      repo: { owner: "Codertocat", repo: "Hello-World" },
      action: "opened",
      pr: {
        number: 2,
        baseSha: "f95f852bd8fca8fcc58a9a2d6c842781e32a215e",
        headSha: "ec26c3e57ca3a959ca5aad62de7213c562f8c821",
        baseRef: "master",
        headRef: "changes",
        headRepo: "Codertocat/Hello-World",
        fromFork: false,
        labels: [],
      },
    });
  });

  test("a PR whose head is in another repository is marked as from a fork", () => {
    const payload = structuredClone(
      examples("pull_request").find((p) => p.action === "labeled")!,
    ) as {
      pull_request: { head: { repo: { full_name: string } } };
    };
    payload.pull_request.head.repo.full_name = "stranger/Hello-World";
    const ctx = readEventContext("pull_request", payload);
    expect(ctx.kind === "pull_request" && ctx.pr).toMatchObject({
      fromFork: true,
      labels: ["bug"],
    });
  });

  test("reads workflow_dispatch examples, inputs as strings", () => {
    for (const payload of examples("workflow_dispatch")) {
      expect(readEventContext("workflow_dispatch", payload, "c".repeat(40))).toMatchObject({
        kind: "workflow_dispatch",
        sha: "c".repeat(40),
      });
    }
    const withInputs = {
      ...examples("workflow_dispatch")[0]!,
      inputs: { seeds: 8, dry: true, policies: "a b" },
    };
    const ctx = readEventContext("workflow_dispatch", withInputs);
    expect(ctx.kind === "workflow_dispatch" && ctx.inputs).toEqual({
      dry: "true",
      policies: "a b",
      seeds: "8",
    });
  });

  test("reads workflow_run examples, with the PR numbers GitHub attached (often none)", () => {
    const runs = examples("workflow_run").map((p) => readEventContext("workflow_run", p));
    expect(runs.map((r) => (r.kind === "workflow_run" ? r.run.pullRequests : undefined))).toEqual([
      [],
      [],
      [2],
      [],
      [],
    ]);
    expect(runs[2]).toMatchObject({
      kind: "workflow_run",
      repo: { owner: "octo-org", repo: "octo-repo" },
      action: "completed",
      run: {
        id: 289782451,
        event: "repository_dispatch",
        headSha: "3484a3fb816e0859fd6e1cea078d76385ff50625",
        conclusion: "success",
        headRepo: "octo-org/octo-repo",
      },
    });
  });

  test("other events and broken payloads are one-sentence errors", () => {
    expect(() => readEventContext("push", {})).toThrow(
      "lockbench does not handle the push event; use pull_request, workflow_dispatch or workflow_run.",
    );
    expect(() =>
      readEventContext("pull_request", {
        action: "opened",
        repository: { name: "r", owner: { login: "o" } },
      }),
    ).toThrow("The event payload has no object at pull_request.");
  });
});

describe("loadEventContext and runUrl", () => {
  test("read the event file and the run's address from the Actions environment", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lockbench-event-"));
    try {
      const path = join(dir, "event.json");
      writeFileSync(path, JSON.stringify(examples("pull_request")[0]));
      const ctx = await loadEventContext({
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_EVENT_PATH: path,
      });
      expect(ctx.kind).toBe("pull_request");
      await expect(loadEventContext({ GITHUB_EVENT_NAME: "pull_request" })).rejects.toThrow(
        /GITHUB_EVENT_PATH/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(
      runUrl({
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_REPOSITORY: "o/r",
        GITHUB_RUN_ID: "77",
      }),
    ).toBe("https://github.com/o/r/actions/runs/77");
    expect(runUrl({})).toBeUndefined();
  });
});

describe("verifyPullRequest", () => {
  let fake: FakeGitHub;
  const HEAD = "d".repeat(40);
  const repo = { owner: "octo-org", repo: "octo-repo" };
  beforeEach(async () => {
    fake = await FakeGitHub.start();
    fake.addPull({
      number: 12,
      headSha: HEAD,
      baseSha: "e".repeat(40),
      headRepo: "stranger/octo-repo",
      files: [],
    });
  });
  afterEach(async () => {
    await fake.close();
    expect(fake.violations).toEqual([]);
  });
  const client = () => createClient({ token: "write-token", baseUrl: fake.url });

  test("confirms a fork PR whose head is the tested commit", async () => {
    const v = await verifyPullRequest(client(), repo, 12, HEAD);
    expect(v).toMatchObject({
      kind: "verified",
      state: "open",
      pr: {
        number: 12,
        headSha: HEAD,
        baseSha: "e".repeat(40),
        fromFork: true,
        headRepo: "stranger/octo-repo",
      },
    });
  });

  test("rejects a number whose PR has another head, or no PR at all", async () => {
    expect(await verifyPullRequest(client(), repo, 12, "f".repeat(40))).toEqual({
      kind: "head-mismatch",
      number: 12,
      actualHeadSha: HEAD,
    });
    expect(await verifyPullRequest(client(), repo, 13, HEAD)).toEqual({
      kind: "not-found",
      number: 13,
    });
    // A number that is not a PR number never reaches the API.
    expect(await verifyPullRequest(client(), repo, -1, HEAD)).toEqual({
      kind: "not-found",
      number: -1,
    });
    expect(fake.requests).toHaveLength(2);
  });
});
