/* Annotations within GitHub's limits, in a fixed order, and what was folded. */

import { describe, expect, test } from "vitest";
import {
  type AnnotationSink,
  emitAnnotations,
  type Finding,
  foldedNote,
  planAnnotations,
} from "../../src/github/annotations.ts";

const finding = (
  severity: Finding["severity"],
  file: string,
  line: number,
  title = "t",
): Finding => ({
  severity,
  file,
  line,
  title,
  message: `${title} at ${file}:${line}`,
});

/** A sink that records what @actions/core would have been asked to print. */
function recorder() {
  const calls: { kind: string; message: string; props: unknown }[] = [];
  const sink: AnnotationSink = {
    error: (message, props) => void calls.push({ kind: "error", message, props }),
    warning: (message, props) => void calls.push({ kind: "warning", message, props }),
  };
  return { calls, sink };
}

describe("planAnnotations", () => {
  test("shows at most 10 errors and 10 warnings and folds the rest", () => {
    const findings = [
      ...Array.from({ length: 14 }, (_, i) => finding("error", "a.policy", i + 1)),
      ...Array.from({ length: 12 }, (_, i) => finding("warning", "b.policy", i + 1)),
    ];
    const plan = planAnnotations(findings);
    expect(plan.shown.filter((f) => f.severity === "error")).toHaveLength(10);
    expect(plan.shown.filter((f) => f.severity === "warning")).toHaveLength(10);
    expect(plan.folded.map((f) => `${f.severity}:${f.line}`)).toEqual([
      "error:11",
      "error:12",
      "error:13",
      "error:14",
      "warning:11",
      "warning:12",
    ]);
    expect(foldedNote(plan)).toBe(
      "4 errors and 2 warnings not shown as annotations (GitHub shows at most 10 errors and 10 warnings per step); all findings are listed in this report.",
    );
  });

  test("the job budget caps the total", () => {
    const findings = Array.from({ length: 8 }, (_, i) =>
      finding(i % 2 ? "warning" : "error", "x.policy", i + 1),
    );
    const plan = planAnnotations(findings, { errorsPerStep: 10, warningsPerStep: 10, perJob: 5 });
    expect(plan.shown.map((f) => f.severity)).toEqual([
      "error",
      "error",
      "error",
      "error",
      "warning",
    ]);
    expect(plan.folded).toHaveLength(3);
  });

  test("the choice and order do not depend on the input order; duplicates count once", () => {
    const findings = [
      finding("warning", "b.policy", 3),
      finding("error", "b.policy", 1),
      finding("error", "a.policy", 9),
      { ...finding("error", "a.policy", 9), col: 4 },
      finding("error", "a.policy", 9),
    ];
    const plan = planAnnotations(findings);
    expect(planAnnotations([...findings].reverse())).toEqual(plan);
    expect(plan.shown.map((f) => `${f.severity} ${f.file}:${f.line}:${f.col ?? 0}`)).toEqual([
      "error a.policy:9:0",
      "error a.policy:9:4",
      "error b.policy:1:0",
      "warning b.policy:3:0",
    ]);
    expect(plan.duplicates).toBe(1);
    expect(foldedNote(plan)).toBeUndefined();
  });
});

describe("emitAnnotations", () => {
  test("emits each shown finding at its file and line, clipping long titles", () => {
    const { calls, sink } = recorder();
    const long = "x".repeat(300);
    emitAnnotations(
      planAnnotations([
        {
          severity: "error",
          file: "p.policy",
          line: 12,
          col: 5,
          title: "possible circular locking",
          message: "m1",
        },
        { severity: "warning", file: "p.policy", line: 40, title: long, message: "m2" },
      ]),
      sink,
    );
    expect(calls).toEqual([
      {
        kind: "error",
        message: "m1",
        props: {
          title: "possible circular locking",
          file: "p.policy",
          startLine: 12,
          endLine: 12,
          startColumn: 5,
          endColumn: 5,
        },
      },
      {
        kind: "warning",
        message: "m2",
        props: { title: `${"x".repeat(254)}…`, file: "p.policy", startLine: 40, endLine: 40 },
      },
    ]);
  });

  test("through @actions/core, message newlines and property commas are escaped in the workflow command", () => {
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      emitAnnotations(
        planAnnotations([
          { severity: "error", file: "a,b.policy", line: 3, title: "t: x", message: "one\ntwo" },
        ]),
      );
    } finally {
      process.stdout.write = write;
    }
    expect(lines.join("")).toBe(
      "::error title=t%3A x,file=a%2Cb.policy,line=3,endLine=3::one%0Atwo\n",
    );
  });
});
