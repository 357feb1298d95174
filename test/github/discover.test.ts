/* Discovery end to end: the fake REST API (paginated), git fallbacks and base versions. */

import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createClient } from "../../src/github/client.ts";
import {
  changedFiles,
  discover,
  loadSources,
  type PullRequestRef,
  readPolicyTree,
} from "../../src/github/discover.ts";
import { FakeGitHub, type FakeFile } from "./fake-github.ts";
import { fixturePolicies, type TempRepo, tempRepo } from "./temp-repo.ts";

// The PR: v6.18 changes the way v6.19 did, a proposal on top of it is added,
// a standalone policy is deleted, and 240 documentation files change too, so
// the REST listing needs three pages.
const NEW_PROPOSAL = '/* new */\n#include "../lib.policy"\n#include "../linux-v6.18.policy"\n';
const DOCS = Object.fromEntries(
  Array.from({ length: 240 }, (_, i) => [`docs/page-${String(i).padStart(3, "0")}.md`, `${i}\n`]),
);

let repo: TempRepo;
let pr: PullRequestRef;
const prFiles: FakeFile[] = [
  ...Object.keys(DOCS).map((filename) => ({ filename, status: "added" as const })),
  { filename: "policies/linux-v6.18.policy", status: "modified" },
  { filename: "policies/proposals/new.policy", status: "added" },
  { filename: "policies/proposals/standalone.policy", status: "removed" },
];

beforeAll(() => {
  repo = tempRepo();
  const baseSha = repo.commit(fixturePolicies(), "base");
  repo.git("checkout", "-q", "-b", "proposal");
  const headSha = repo.commit(
    {
      ...DOCS,
      "policies/linux-v6.18.policy":
        '#include "lib.policy"\n/* v6.19: always take the folio lock */\n',
      "policies/proposals/new.policy": NEW_PROPOSAL,
      "policies/proposals/standalone.policy": null,
    },
    "head",
  );
  pr = { owner: "octo-org", repo: "octo-repo", number: 42, baseSha, headSha };
});
afterAll(() => repo.remove());

let fake: FakeGitHub;
const sleeps: number[] = [];
const client = () =>
  createClient({
    token: "write-token",
    baseUrl: fake.url,
    sleep: async (ms) => void sleeps.push(ms),
  });

beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.addPull({ number: 42, headSha: pr.headSha, baseSha: pr.baseSha, files: prFiles });
  sleeps.length = 0;
});
afterEach(async () => {
  await fake.close();
  expect(fake.violations).toEqual([]);
});

const EXPECTED_POLICIES = [
  { kind: "modified", path: "policies/linux-v6.18.policy" },
  { kind: "includer", path: "policies/linux-v6.19.policy", via: ["policies/linux-v6.18.policy"] },
  {
    kind: "includer",
    path: "policies/proposals/always-lock-folio.policy",
    via: ["policies/linux-v6.18.policy"],
  },
  {
    kind: "added",
    path: "policies/proposals/new.policy",
    baseline: { kind: "included", path: "policies/linux-v6.18.policy" },
  },
  { kind: "removed", path: "policies/proposals/standalone.policy" },
];

describe("discover", () => {
  test("lists the PR's files through every API page and selects the affected policies", async () => {
    const d = await discover({ pr, client: client(), cwd: repo.dir });
    expect(d.source).toEqual({ kind: "api" });
    expect(d.files).toHaveLength(243);
    expect(d.policies).toEqual(EXPECTED_POLICIES);
    const pages = fake.requests.filter((r) => r.operationId === "pulls/list-files");
    expect(pages.map((r) => r.query)).toEqual([
      "?per_page=100",
      "?per_page=100&page=2",
      "?per_page=100&page=3",
    ]);
    // Base versions came from git, with the includes they need.
    expect(d.baseFrom).toBe("git");
    expect([...d.base.keys()]).toEqual([
      "policies/lib.policy",
      "policies/linux-v6.18.policy",
      "policies/linux-v6.19.policy",
      "policies/proposals/always-lock-folio.policy",
      "policies/proposals/standalone.policy",
    ]);
    expect(d.base.get("policies/linux-v6.18.policy")).toContain("stands in for the v6.18 policy");
    expect(d.head.get("policies/proposals/new.policy")).toBe(NEW_PROPOSAL);
  });

  test("falls back to git when the API keeps failing, and says why", async () => {
    for (let i = 0; i < 4; i++) fake.fail("pulls/list-files", 502, "Server Error");
    const d = await discover({ pr, client: client(), cwd: repo.dir });
    expect(d.source).toEqual({ kind: "git", why: "the REST API failed: 502 Server Error" });
    expect(d.policies).toEqual(EXPECTED_POLICIES);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  test("uses git alone without a token", async () => {
    const d = await discover({ pr, cwd: repo.dir });
    expect(d.source).toEqual({ kind: "git", why: "no GitHub token" });
    expect(d.policies).toEqual(EXPECTED_POLICIES);
    expect(fake.requests).toEqual([]);
  });

  test("reads base versions through the contents API when the checkout lacks the base commit", async () => {
    // A checkout without history: the head files only, no .git.
    const dir = mkdtempSync(join(tmpdir(), "lockbench-head-"));
    try {
      cpSync(repo.dir, dir, {
        recursive: true,
        filter: (src) => !src.includes(`${repo.dir}/.git`),
      });
      for (const [path, text] of Object.entries(fixturePolicies()))
        fake.addFile(pr.baseSha, path, text);
      const d = await discover({ pr, client: client(), cwd: dir });
      expect(d.baseFrom).toBe("api");
      expect(d.policies).toEqual(EXPECTED_POLICIES);
      expect([...d.base.keys()]).toContain("policies/lib.policy");
      expect(d.base.get("policies/proposals/standalone.policy")).toBe(
        fixturePolicies()["policies/proposals/standalone.policy"],
      );
      const reads = fake.requests.filter((r) => r.operationId === "repos/get-content");
      expect(reads.every((r) => r.query === `?ref=${pr.baseSha}`)).toBe(true);
      // Without a token there is nothing left to ask, and the error says what to fix.
      await expect(discover({ pr, cwd: dir })).rejects.toThrow(/fetch-depth: 0/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("listPullRequestFiles", () => {
  test("refuses a listing that the API may have cut off at 3000 files, so git answers instead", async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      filename: `f${i}`,
      status: "modified" as const,
    }));
    fake.addPull({ number: 43, headSha: pr.headSha, baseSha: pr.baseSha, files: many });
    const r = await changedFiles({ pr: { ...pr, number: 43 }, client: client(), cwd: repo.dir });
    expect(r.source).toEqual({
      kind: "git",
      why: "the REST API failed: Pull request #43 changes 3000 or more files, more than the REST API lists.",
    });
    expect(r.files).toHaveLength(243);
    expect(fake.requests).toHaveLength(30);
  });

  test("without a checkout an API failure is a one-sentence error", async () => {
    fake.fail("pulls/list-files", 404, "Not Found");
    await expect(changedFiles({ pr, client: client() })).rejects.toThrow(
      "Cannot list the files of pull request #42: 404 Not Found.",
    );
  });
});

describe("loadSources", () => {
  test("reads roots and their includes transitively, leaving out missing files", async () => {
    const files: Record<string, string> = {
      "p/a.policy": '#include "b.policy"\n#include "missing.policy"\n',
      "p/b.policy": '#include "../c.policy"\n',
      "c.policy": "leaf\n",
    };
    const asked: string[] = [];
    const read = async (p: string) => {
      asked.push(p);
      return files[p];
    };
    const got = await loadSources(["p/a.policy"], read);
    expect([...got.keys()]).toEqual(["c.policy", "p/a.policy", "p/b.policy"]);
    expect(asked.sort()).toEqual(["c.policy", "p/a.policy", "p/b.policy", "p/missing.policy"]);
  });
});

test("readPolicyTree finds every policy, skipping .git and node_modules", async () => {
  const tree = await readPolicyTree(repo.dir);
  expect([...tree.keys()]).toEqual([
    "policies/lib.policy",
    "policies/linux-v6.18.policy",
    "policies/linux-v6.19.policy",
    "policies/proposals/always-lock-folio.policy",
    "policies/proposals/new.policy",
  ]);
});
