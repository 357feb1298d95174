/*
 * Results files are untrusted in the report workflow: a fork's code wrote
 * them. Everything the report reads is schema-checked, sizes are capped
 * before reading, and symbolic links are refused.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseResults, readResults } from "../../src/github/results-file.ts";
import { realResults } from "../report/ci-fixtures.ts";

const json = (x: unknown) => JSON.stringify(x);
/** What a document is after a trip through a file (Infinity becomes null). */
const roundTrip = <T>(x: T): T => JSON.parse(json(x));

describe("parseResults", () => {
  it("accepts what a run writes", () => {
    const r = realResults();
    expect(parseResults(json(r), "r.json")).toEqual(roundTrip(r));
  });

  it("refuses other documents, naming the file and the field", () => {
    const r = realResults();
    expect(() => parseResults("{", "r.json")).toThrow("r.json is not JSON.");
    expect(() => parseResults(json({ ...r, kind: "run" }), "r.json")).toThrow(
      "r.json is not lockbench results: /kind must be equal to constant.",
    );
    expect(() => parseResults(json({ ...r, head: { sha: "<img src=x>" } }), "r.json")).toThrow(
      /\/head\/sha must match pattern/,
    );
    expect(() => parseResults(json({ ...r, pullRequest: "7; rm -rf /" }), "r.json")).toThrow(
      /\/pullRequest must be integer/,
    );
    const long = { ...r, policies: [{ ...r.policies[0]!, name: "x".repeat(5000) }] };
    expect(() => parseResults(json(long), "r.json")).toThrow(
      /\/policies\/0\/name must NOT have more than 4096 characters/,
    );
    const cells = r.cells.map((c) => ({ ...c, result: { ...c.result, threads: "many" } }));
    expect(() => parseResults(json({ ...r, cells }), "r.json")).toThrow(
      /\/cells\/0\/result\/threads must be array/,
    );
  });
});

describe("readResults", () => {
  function artifact(): string {
    const dir = mkdtempSync(join(tmpdir(), "lb-results-"));
    mkdirSync(join(dir, "shard-0"));
    writeFileSync(
      join(dir, "shard-0/results-0.json"),
      json(realResults({ seeds: [1, 3], shard: { index: 0, count: 2 } })),
    );
    writeFileSync(
      join(dir, "results-1.json"),
      json(realResults({ seeds: [2], shard: { index: 1, count: 2 } })),
    );
    writeFileSync(join(dir, "notes.txt"), "not results");
    return dir;
  }

  it("finds every shard's file below a directory and merges them", () => {
    expect(readResults([artifact()], "/")).toEqual(roundTrip(realResults()));
  });

  it("refuses a file over the size cap before parsing it", () => {
    expect(() => readResults([artifact()], "/", { file: 100, total: 1e9 })).toThrow(
      /results-\d\.json is \d+ bytes, more than the 100 a results file may have/,
    );
    expect(() => readResults([artifact()], "/", { file: 1e9, total: 100 })).toThrow(
      "more than 100 bytes together",
    );
  });

  it("refuses a symbolic link, which could point at any file on the runner", () => {
    const dir = artifact();
    symlinkSync("/etc/passwd", join(dir, "results-2.json"));
    expect(() => readResults([dir], "/")).toThrow("results-2.json is a symbolic link");
  });
});
