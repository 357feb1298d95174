/* Changed files from `git diff --name-status -z` and from REST diff-entries. */

import { describe, expect, test } from "vitest";
import { fromDiffEntry, isPolicyPath, parseNameStatus } from "../../src/github/changes.ts";

describe("parseNameStatus", () => {
  test("reads every status letter git prints, with renames and copies as two paths", () => {
    const out = [
      "M",
      "policies/a.policy",
      "A",
      "policies/new.policy",
      "D",
      "policies/gone.policy",
      "R087",
      "policies/old name.policy",
      "policies/new\tname.policy",
      "C100",
      "policies/a.policy",
      "policies/copy.policy",
      "T",
      "link.policy",
      "",
    ].join("\0");
    expect(parseNameStatus(out)).toEqual([
      { status: "modified", path: "policies/a.policy" },
      { status: "added", path: "policies/new.policy" },
      { status: "removed", path: "policies/gone.policy" },
      {
        status: "renamed",
        path: "policies/new\tname.policy",
        previousPath: "policies/old name.policy",
      },
      { status: "copied", path: "policies/copy.policy", previousPath: "policies/a.policy" },
      { status: "modified", path: "link.policy" },
    ]);
  });

  test("an empty diff is no changes", () => {
    expect(parseNameStatus("")).toEqual([]);
  });

  test("truncated output and unknown letters are errors", () => {
    expect(() => parseNameStatus("R100\0only-one\0")).toThrow(/ended before a destination path/);
    expect(() => parseNameStatus("Z\0x\0")).toThrow(/unknown status 'Z'/);
  });
});

describe("fromDiffEntry", () => {
  test("maps the REST statuses, keeping previous_filename for renames", () => {
    expect(
      fromDiffEntry({ filename: "b.policy", status: "renamed", previous_filename: "a.policy" }),
    ).toEqual({
      status: "renamed",
      path: "b.policy",
      previousPath: "a.policy",
    });
    expect(fromDiffEntry({ filename: "x", status: "changed" })).toEqual({
      status: "modified",
      path: "x",
    });
    expect(fromDiffEntry({ filename: "x", status: "unchanged" })).toBeUndefined();
  });

  test("a rename without previous_filename is an error", () => {
    expect(() => fromDiffEntry({ filename: "b", status: "renamed" })).toThrow(/previous_filename/);
  });
});

test("isPolicyPath looks at the extension only", () => {
  expect([isPolicyPath("a/b.policy"), isPolicyPath("b.policy.md"), isPolicyPath("policy")]).toEqual(
    [true, false, false],
  );
});
