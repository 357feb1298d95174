/*
 * The results schema against real `lockbench run --json` output (main() in
 * process, short cells of the two field workloads, both kernels), and the
 * located errors the validator gives for documents that are wrong.
 */
import { describe, expect, it } from "vitest";
import { main } from "../../src/main.ts";
import type { RunResults } from "../../src/report/run.ts";
import {
  findPointers,
  formatResultsError,
  validateResults,
  validateResultsText,
} from "../../src/report/validate.ts";
import type {
  Counterexample,
  CounterexampleStep,
  PolicyVerdict,
  ScenarioVerdict,
  VerifyResults,
} from "../../src/report/verify-results.ts";
import schema from "../../schema/results.schema.json" with { type: "json" };

async function runJson(...argv: string[]): Promise<string> {
  const out: string[] = [];
  const code = await main(["run", "--json", "-", "--jobs", "1", ...argv], {
    out: (t) => out.push(t),
    err: () => {},
    cwd: process.cwd(),
  });
  const text = out.join("\n");
  // 1: some cell has a monitor finding (a failed safety verdict); the document is written all the same.
  const doc = JSON.parse(text) as RunResults;
  expect(code).toBe(doc.cells.some((c) => c.result.findings.length > 0) ? 1 : 0);
  return text;
}

// One real document for every test below: MOVE, reclaim (folio_referenced
// outcomes), VMA churn, and both policies.
const text = await runJson(
  "--workload",
  "android-jank",
  "--workload",
  "uffd-move",
  "--duration-ms",
  "15",
);
const real = JSON.parse(text) as RunResults;

describe("validateResults on lockbench run --json", () => {
  it("accepts the document run writes", () => {
    const r = validateResultsText(text);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(real.cells.length).toBe(4);
    // The optional parts are there, so the schema has checked them too.
    expect(real.cells.some((c) => c.result.paths.some((p) => p.referenced))).toBe(true);
    expect(text).toContain('"min": null');
  });

  it("locates a wrong value by JSON Pointer, line and column", () => {
    const bad = structuredClone(real) as unknown as {
      cells: { result: { threads: { dstate: { p99: unknown } }[] } }[];
    };
    bad.cells[1]!.result.threads[0]!.dstate.p99 = "slow";
    const badText = JSON.stringify(bad, null, 2);
    const r = validateResultsText(badText);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    const e = r.errors[0]!;
    expect(e.path).toBe("/cells/1/result/threads/0/dstate/p99");
    expect(e.message).toBe("must be number");
    expect(badText.split("\n")[e.line! - 1]!.slice(e.column! - 1)).toBe('"slow",');
    expect(formatResultsError(e, "r.json")).toBe(
      `r.json:${e.line}:${e.column}: /cells/1/result/threads/0/dstate/p99: must be number`,
    );
  });

  it("names unknown and missing properties", () => {
    const bad = structuredClone(real) as unknown as Record<string, unknown> & {
      cells: Record<string, unknown>[];
    };
    bad.extra = true;
    delete bad.cells[0]!.seed;
    const r = validateResults(bad);
    expect(r.ok ? [] : r.errors).toEqual([
      { path: "", message: "unknown property 'extra'" },
      { path: "/cells/0", message: "missing property 'seed'" },
    ]);
  });

  it("refuses another schemaVersion or kind before looking further", () => {
    expect(validateResults({ ...real, schemaVersion: 2 })).toEqual({
      ok: false,
      errors: [
        {
          path: "/schemaVersion",
          message: "schemaVersion 2 is not supported (this lockbench reads 1)",
        },
      ],
    });
    expect(validateResults({ schemaVersion: 1, kind: "bench" })).toMatchObject({
      ok: false,
      errors: [{ path: "/kind" }],
    });
    expect(validateResults([1])).toMatchObject({ ok: false, errors: [{ path: "" }] });
  });

  it("reports a JSON syntax error at its line", () => {
    const r = validateResultsText('{\n  "schemaVersion": 1,\n  "kind": "run",\n  cells: []\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: "", line: 4 });
  });
});

describe("validateResults on verify documents", () => {
  const verify: VerifyResults = {
    schemaVersion: 1,
    kind: "verify",
    policies: [
      {
        policy: "policies/proposals/x.policy",
        name: "x",
        verdict: "unsafe",
        scenarios: [
          {
            scenario: "move-vs-walk",
            file: "workloads/scenarios/move-vs-walk.yaml",
            description: "MOVE against folio_referenced",
            complete: false,
            bound: "state budget",
            states: 120,
            transitions: 300,
            maxDepth: 40,
            violations: [
              {
                key: "race:mover:move_pages_ptes:3|walker:f:1",
                finding: {
                  kind: "assertion",
                  title: "kernel BUG at mm/rmap.c",
                  message: "VM_BUG_ON_FOLIO",
                  threads: [],
                  fatal: true,
                } as unknown as VerifyResults["policies"][number]["scenarios"][number]["violations"][number]["finding"],
                report: "kernel BUG at mm/rmap.c:700!",
                threads: ["mover", "walker"],
                steps: [{ thread: 0, file: "x.policy", line: 3, fn: "f", text: "down_read()" }],
                replay: "0.1.0",
                command: "lockbench verify --replay 0.1.0",
              },
            ],
          },
        ],
      },
    ],
  };

  it("accepts a verify document and rejects a verdict it does not know", () => {
    expect(validateResults(verify).ok).toBe(true);
    const bad = structuredClone(verify) as unknown as { policies: { verdict: string }[] };
    bad.policies[0]!.verdict = "fine";
    expect(validateResults(bad)).toMatchObject({
      ok: false,
      errors: [{ path: "/policies/0/verdict" }],
    });
  });
});

describe("findPointers", () => {
  it("finds values by pointer, with escaped keys and nested arrays", () => {
    const t = '{"a/b": [1, {"c~d": "x"}], "e": {}}';
    const found = findPointers(t, new Set(["/a~1b/1/c~0d", "/e", "/a~1b/0"]));
    expect(t.slice(found.get("/a~1b/1/c~0d"))).toMatch(/^"x"/);
    expect(t.slice(found.get("/e"))).toMatch(/^\{\}/);
    expect(t.slice(found.get("/a~1b/0"))).toMatch(/^1,/);
  });
});

describe("the schema and the verify types", () => {
  // verify-results.ts is another module's; these records fail to compile when
  // a field is added to or removed from its types, and the expectations fail
  // when the schema does not follow.
  const props = (def: string) =>
    Object.keys(
      (schema.definitions as Record<string, { properties?: object }>)[def]!.properties ?? {},
    ).sort();
  const step: Record<keyof CounterexampleStep, true> = {
    thread: true,
    file: true,
    line: true,
    fn: true,
    text: true,
  };
  const cx: Record<keyof Counterexample, true> = {
    key: true,
    finding: true,
    report: true,
    threads: true,
    steps: true,
    replay: true,
    command: true,
  };
  const scenario: Record<keyof ScenarioVerdict, true> = {
    scenario: true,
    file: true,
    description: true,
    complete: true,
    bound: true,
    states: true,
    transitions: true,
    maxDepth: true,
    violations: true,
  };
  const policyV: Record<keyof PolicyVerdict, true> = {
    policy: true,
    name: true,
    verdict: true,
    scenarios: true,
  };
  const doc: Record<keyof VerifyResults, true> = {
    schemaVersion: true,
    kind: true,
    policies: true,
  };

  it("has every field of every verify type, and no other", () => {
    expect(props("counterexample")).toEqual(Object.keys(cx).sort());
    expect(props("scenarioVerdict")).toEqual(Object.keys(scenario).sort());
    expect(props("verifyResults")).toEqual(Object.keys(doc).sort());
    const policies = (
      schema.definitions.verifyResults.properties.policies.items as { properties: object }
    ).properties;
    expect(Object.keys(policies).sort()).toEqual(Object.keys(policyV).sort());
    const steps = (
      schema.definitions.counterexample.properties.steps.items as { properties: object }
    ).properties;
    expect(Object.keys(steps).sort()).toEqual(Object.keys(step).sort());
  });
});
