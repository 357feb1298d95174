/* The run history the sticky comment carries from one run to the next. */
import { describe, expect, it } from "vitest";
import { renderComment } from "../../src/report/comment.ts";
import { entryOf, historyBlock, readHistory, type RunEntry } from "../../src/report/history.ts";
import { acceptedReport } from "./ci-fixtures.ts";

const A: RunEntry = {
  head: "a".repeat(40),
  verdict: "regression",
  regressions: 3,
  improvements: 4,
  unsafe: 0,
  url: "https://github.com/o/r/actions/runs/1",
};

describe("run history", () => {
  it("is read back from the comment it was written into, this run first", () => {
    const r = acceptedReport();
    const body = renderComment(r, {
      runUrl: "https://github.com/o/r/actions/runs/2",
      history: [A],
    });
    expect(body).toContain("<details><summary>Earlier runs on this pull request (1)</summary>");
    expect(body).toContain(
      "- <code>aaaaaaaaaaaa</code>: ⚠️ regression · 3 regressions · 4 improvements ([run](https://github.com/o/r/actions/runs/1))",
    );
    expect(readHistory(body)).toEqual([entryOf(r, "https://github.com/o/r/actions/runs/2"), A]);
  });

  it("lists only runs on other commits, and keeps the newest twenty", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...A,
      head: i.toString(16).padStart(40, "0"),
    }));
    const block = historyBlock(many, { ...A, head: many[0]!.head });
    expect(block).toContain("Earlier runs on this pull request (29)");
    const back = readHistory(block);
    expect(back).toHaveLength(20);
    expect(back[0]!.head).toBe(many[0]!.head);
    expect(back[1]!.head).toBe(many[1]!.head);
  });

  it("drops anything it did not write itself (a bad link alone loses only the link)", () => {
    const { url: _, ...withoutUrl } = A;
    const tag = (x: unknown) =>
      `<!-- lockbench:history ${Buffer.from(JSON.stringify(x)).toString("base64")} -->`;
    expect(readHistory(undefined)).toEqual([]);
    expect(readHistory("<!-- lockbench:history !!! -->")).toEqual([]);
    expect(readHistory(tag({ head: "x" }))).toEqual([]);
    expect(
      readHistory(
        tag([
          { ...A, head: "<img src=x>" },
          { ...A, verdict: "great" },
          { ...A, regressions: -1 },
          { ...A, url: "javascript:alert(1)" },
          A,
        ]),
      ),
    ).toEqual([withoutUrl, A]);
  });

  it("is not in the job summary or a comment rendered without it", () => {
    expect(renderComment(acceptedReport())).not.toContain("lockbench:history");
  });
});
