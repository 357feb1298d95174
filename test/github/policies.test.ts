/* Which policies a change affects, on the fixture tree in test/fixtures/github. */

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { FileChange } from "../../src/github/changes.ts";
import { extractIncludes } from "../../src/github/includes.ts";
import {
  basePathOf,
  includedBaseline,
  includerClosure,
  resolveInclude,
  selectPolicies,
} from "../../src/github/policies.ts";

const FIXTURE = new URL("../fixtures/github/policies/", import.meta.url);
const PATHS = [
  "lib.policy",
  "linux-v6.18.policy",
  "linux-v6.19.policy",
  "proposals/always-lock-folio.policy",
  "proposals/standalone.policy",
];
const head = new Map(PATHS.map((p) => [p, readFileSync(new URL(p, FIXTURE), "utf8")]));
const opts = { head, extractIncludes };

describe("resolveInclude", () => {
  test("resolves relative to the including file's directory", () => {
    expect(resolveInclude("proposals/x.policy", "../lib.policy")).toBe("lib.policy");
    expect(resolveInclude("a/b/c.policy", "./d/e.policy")).toBe("a/b/d/e.policy");
    expect(resolveInclude("top.policy", "lib.policy")).toBe("lib.policy");
  });

  test("paths that leave the repository resolve to nothing", () => {
    expect(resolveInclude("top.policy", "../outside.policy")).toBeUndefined();
    expect(resolveInclude("a/x.policy", "/etc/passwd")).toBeUndefined();
  });
});

describe("includerClosure", () => {
  test("finds direct and transitive includers with the shortest chain", () => {
    expect(Object.fromEntries(includerClosure(["lib.policy"], head, extractIncludes))).toEqual({
      "linux-v6.18.policy": ["lib.policy"],
      "linux-v6.19.policy": ["linux-v6.18.policy", "lib.policy"],
      // It includes lib directly as well as through v6.18: the direct chain wins.
      "proposals/always-lock-folio.policy": ["lib.policy"],
    });
  });

  test("survives include cycles", () => {
    const cyclic = new Map([
      ["a.policy", '#include "b.policy"'],
      ["b.policy", '#include "a.policy"'],
      ["c.policy", '#include "a.policy"'],
    ]);
    expect([...includerClosure(["a.policy"], cyclic, extractIncludes).keys()].sort()).toEqual([
      "b.policy",
      "c.policy",
    ]);
  });
});

describe("includedBaseline", () => {
  test("picks the most derived include, not the shared library it also includes", () => {
    expect(includedBaseline("proposals/always-lock-folio.policy", head, extractIncludes)).toBe(
      "linux-v6.18.policy",
    );
  });

  test("is undefined for a policy that includes nothing", () => {
    expect(includedBaseline("proposals/standalone.policy", head, extractIncludes)).toBeUndefined();
  });
});

describe("selectPolicies", () => {
  test("a modified library pulls in every policy that builds on it, sorted", () => {
    const changes: FileChange[] = [
      { status: "modified", path: "lib.policy" },
      { status: "modified", path: "README.md" },
    ];
    expect(selectPolicies(changes, opts)).toEqual([
      { kind: "modified", path: "lib.policy" },
      { kind: "includer", path: "linux-v6.18.policy", via: ["lib.policy"] },
      { kind: "includer", path: "linux-v6.19.policy", via: ["linux-v6.18.policy", "lib.policy"] },
      { kind: "includer", path: "proposals/always-lock-folio.policy", via: ["lib.policy"] },
    ]);
  });

  test("a new policy is compared with the policy it includes", () => {
    const [added] = selectPolicies(
      [{ status: "added", path: "proposals/always-lock-folio.policy" }],
      opts,
    );
    expect(added).toEqual({
      kind: "added",
      path: "proposals/always-lock-folio.policy",
      baseline: { kind: "included", path: "linux-v6.18.policy" },
    });
    expect(basePathOf(added!)).toBe("linux-v6.18.policy");
  });

  test("the baseline input wins over the include, and a copy's source over the include", () => {
    const withInput = selectPolicies([{ status: "added", path: "proposals/standalone.policy" }], {
      ...opts,
      baseline: "linux-v6.19.policy",
    });
    expect(withInput[0]).toMatchObject({ baseline: { kind: "input", path: "linux-v6.19.policy" } });
    const copied = selectPolicies(
      [
        {
          status: "copied",
          path: "proposals/always-lock-folio.policy",
          previousPath: "linux-v6.19.policy",
        },
      ],
      opts,
    );
    expect(copied[0]).toMatchObject({
      kind: "added",
      baseline: { kind: "copied", path: "linux-v6.19.policy" },
    });
  });

  test("a new policy that includes nothing has no baseline and no base path", () => {
    const [added] = selectPolicies(
      [{ status: "added", path: "proposals/standalone.policy" }],
      opts,
    );
    expect(added).toMatchObject({ baseline: { kind: "none" } });
    expect(basePathOf(added!)).toBeUndefined();
  });

  test("removed and renamed policies are listed, and includers of the old name too", () => {
    const renamedHead = new Map(head);
    renamedHead.delete("linux-v6.18.policy");
    renamedHead.set("linux-v6.18-rc.policy", head.get("linux-v6.18.policy")!);
    const changes: FileChange[] = [
      { status: "renamed", path: "linux-v6.18-rc.policy", previousPath: "linux-v6.18.policy" },
      { status: "removed", path: "proposals/old.policy" },
    ];
    const selected = selectPolicies(changes, { head: renamedHead, extractIncludes });
    expect(selected).toEqual([
      { kind: "renamed", path: "linux-v6.18-rc.policy", previousPath: "linux-v6.18.policy" },
      // Still includes the old name: now broken, so it must be evaluated.
      { kind: "includer", path: "linux-v6.19.policy", via: ["linux-v6.18.policy"] },
      { kind: "includer", path: "proposals/always-lock-folio.policy", via: ["linux-v6.18.policy"] },
      { kind: "removed", path: "proposals/old.policy" },
    ]);
    expect(selected.map(basePathOf)).toEqual([
      "linux-v6.18.policy",
      "linux-v6.19.policy",
      "proposals/always-lock-folio.policy",
      "proposals/old.policy",
    ]);
  });

  test("a rename across the extension is a birth or a death", () => {
    expect(
      selectPolicies(
        [
          { status: "renamed", path: "notes.txt", previousPath: "proposals/x.policy" },
          { status: "renamed", path: "proposals/standalone.policy", previousPath: "draft.txt" },
        ],
        opts,
      ),
    ).toEqual([
      { kind: "added", path: "proposals/standalone.policy", baseline: { kind: "none" } },
      { kind: "removed", path: "proposals/x.policy" },
    ]);
  });

  test("the result does not depend on the order of the changes", () => {
    const changes: FileChange[] = [
      { status: "modified", path: "linux-v6.18.policy" },
      { status: "added", path: "proposals/standalone.policy" },
      { status: "modified", path: "lib.policy" },
    ];
    expect(selectPolicies([...changes].reverse(), opts)).toEqual(selectPolicies(changes, opts));
  });
});
