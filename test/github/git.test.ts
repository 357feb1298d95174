/* git.ts against a real throwaway repository: diff from the merge base, files at a commit. */

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseNameStatus } from "../../src/github/changes.ts";
import { diffNameStatus, gitSourceReader, hasCommit, runGit } from "../../src/github/git.ts";
import { type TempRepo, tempRepo } from "./temp-repo.ts";

let repo: TempRepo;
let base: string;
let head: string;

beforeAll(() => {
  repo = tempRepo();
  base = repo.commit(
    {
      "a.policy": "one\n",
      "keep.policy": "same\n",
      "old name.policy": "x\n".repeat(20),
      "gone.policy": "bye\n",
    },
    "base",
  );
  repo.git("checkout", "-q", "-b", "proposal");
  head = repo.commit(
    {
      "a.policy": "two\n",
      "new.policy": "fresh\n",
      "gone.policy": null,
      "old name.policy": null,
      "dir/new\tname.policy": "x\n".repeat(20),
    },
    "head",
  );
  // A commit on main after the fork point must not show up in the PR's diff.
  repo.git("checkout", "-q", "main");
  repo.commit({ "main-only.policy": "later\n" }, "main moves on");
  repo.git("checkout", "-q", "proposal");
});
afterAll(() => repo.remove());

describe("diffNameStatus", () => {
  test("lists the PR's changes from the merge base, renames included", async () => {
    const changes = parseNameStatus(await diffNameStatus(repo.dir, "main", head));
    expect(changes).toEqual([
      { status: "modified", path: "a.policy" },
      { status: "renamed", path: "dir/new\tname.policy", previousPath: "old name.policy" },
      { status: "removed", path: "gone.policy" },
      { status: "added", path: "new.policy" },
    ]);
  });

  test("an unknown base is an error that says what to do", async () => {
    await expect(diffNameStatus(repo.dir, "f".repeat(40))).rejects.toThrow(/fetch-depth: 0/);
  });
});

describe("gitSourceReader", () => {
  test("reads a file at a commit and gives undefined for one that is not there", async () => {
    const read = gitSourceReader(repo.dir, base);
    expect(await read("a.policy")).toBe("one\n");
    expect(await read("old name.policy")).toBe("x\n".repeat(20));
    expect(await read("new.policy")).toBeUndefined();
    expect(await gitSourceReader(repo.dir, head)("new.policy")).toBe("fresh\n");
  });

  test("a directory is not a file", async () => {
    expect(await gitSourceReader(repo.dir, head)("dir")).toBeUndefined();
  });
});

test("hasCommit tells present commits from absent ones", async () => {
  expect(await hasCommit(repo.dir, base)).toBe(true);
  expect(await hasCommit(repo.dir, "0".repeat(40))).toBe(false);
});

test("runGit reports a failure in one sentence with git's message", async () => {
  await expect(runGit(repo.dir, ["rev-parse", "no-such-ref"])).rejects.toThrow(
    /^git rev-parse failed \(exit 128\)/,
  );
});
