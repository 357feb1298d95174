/*
 * Reading results files that another job wrote. In the workflow_run report
 * workflow they come from an artifact a pull request's code produced, maybe a
 * stranger's fork, so they are untrusted data (GitHub Security Lab,
 * "Preventing pwn requests"): never executed, size-capped before they are
 * read, and schema-checked before any field is used. Cells and the explorer's
 * verdicts must match the published schema (schema/results.schema.json);
 * on top of it, every field the report reads is bounded here (string lengths,
 * array sizes, commit ids), so a document cannot blow up the comment.
 */

import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import { type CiResults, mergeResults } from "../report/ci.ts";
import { SCHEMA_VERSION } from "../report/schema.ts";
import { RESULTS_SCHEMA as RUN_SCHEMA } from "../report/validate.ts";

/** Per file: 120 cells of the full matrix are ~8 MB; anything far beyond is not ours. */
export const MAX_RESULTS_BYTES = 64 * 1024 * 1024;
/** All files of one run together. */
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
const MAX_FILES = 256;

const str = (maxLength = 4096) => ({ type: "string", maxLength }) as const;
const num = { type: "number" } as const;
const int = { type: "integer" } as const;
const arr = (items: object, maxItems = 10_000) => ({ type: "array", items, maxItems }) as const;
const obj = (
  properties: Record<string, object>,
  required: readonly string[] = Object.keys(properties),
) => ({ type: "object", properties, required: [...required] }) as const;
const sha = { type: "string", pattern: "^[0-9a-fA-F]{7,64}$" } as const;

const waittime = obj({ nr: num, total: num, max: {} });
const cell = obj({
  id: str(),
  policy: str(),
  workload: str(200),
  machine: str(200),
  seed: int,
  result: obj({
    threads: arr(
      obj({ pool: str(200), dstate: obj({ total: num, max: num }), runnableNs: num }),
      1000,
    ),
    paths: arr(
      obj(
        {
          pool: str(200),
          call: str(200),
          calls: num,
          latency: obj({ p99: num }),
          // Read by cellMetrics for folio_referenced paths (src/sim/referenced.ts).
          referenced: obj({
            calls: num,
            trylockFailed: num,
            contended: num,
            keptCold: num,
            releasedYoung: num,
          }),
        },
        ["pool", "call", "calls", "latency"],
      ),
      1000,
    ),
    report: obj({
      locks: arr(obj({ name: str(200), write: obj({ waittime }), read: obj({ waittime }) }), 1000),
    }),
  }),
});

const step = obj({ thread: int, file: str(), line: int, fn: str(200), text: str() });
const counterexample = obj({
  key: str(10_000),
  finding: obj({ kind: str(100), title: str(), message: str(), threads: arr({}, 100) }),
  report: str(1_000_000),
  threads: arr(str(200), 100),
  steps: arr(step, 100_000),
  replay: str(1_000_000),
  command: str(1_000_000),
});
const scenario = obj(
  {
    scenario: str(200),
    file: str(),
    description: str(),
    complete: { type: "boolean" },
    bound: str(),
    states: num,
    transitions: num,
    maxDepth: num,
    violations: arr(counterexample, 1000),
  },
  ["scenario", "file", "complete", "states", "transitions", "violations"],
);
const verify = obj({
  schemaVersion: { const: SCHEMA_VERSION },
  kind: { const: "verify" },
  policies: arr(
    obj({
      policy: str(),
      name: str(),
      verdict: { enum: ["safe", "unsafe", "bounded"] },
      scenarios: arr(scenario, 1000),
    }),
    1000,
  ),
});

const policy = obj(
  {
    path: str(),
    change: { enum: ["added", "modified", "renamed", "removed", "includer"] },
    basePath: str(),
    baseNote: str(),
    name: str(),
    baseName: str(),
    status: { enum: ["ok", "invalid", "base-invalid", "no-baseline", "not-run", "removed"] },
    note: str(),
    diagnostics: arr(
      obj({
        side: { enum: ["base", "head"] },
        file: str(),
        line: int,
        col: int,
        severity: { enum: ["error", "warning", "note"] },
        code: str(200),
        message: str(),
      }),
      10_000,
    ),
    changedFunctions: arr(
      obj({ name: str(200), file: str(), line: int, paths: arr(str(), 10_000) }, [
        "name",
        "file",
        "line",
      ]),
      10_000,
    ),
    labels: obj({ base: str(), head: str() }, ["head"]),
  },
  ["path", "change", "status", "diagnostics", "changedFunctions"],
);

const RUN_ID = (RUN_SCHEMA as { $id: string }).$id;

export const RESULTS_SCHEMA = obj(
  {
    schemaVersion: { const: SCHEMA_VERSION },
    kind: { const: "ci" },
    base: obj({ sha, ref: str(256) }, ["sha"]),
    head: obj({ sha }),
    pullRequest: { type: "integer", minimum: 1 },
    matrix: obj(
      {
        workloads: arr(str(200), 1000),
        machines: arr(str(200), 1000),
        seeds: arr(int, 10_000),
        durationMs: num,
        scenarios: arr(str(200), 1000),
        chosen: obj({ workloads: { type: "boolean" }, machines: { type: "boolean" } }),
      },
      ["workloads", "machines", "seeds", "chosen"],
    ),
    thresholds: obj({
      default: { type: "number", minimum: 0 },
      overrides: arr(obj({ pattern: str(500), threshold: { type: "number", minimum: 0 } }), 100),
    }),
    shard: obj({ index: { type: "integer", minimum: 0 }, count: { type: "integer", minimum: 1 } }),
    policies: arr(policy, 1000),
    cells: arr({ allOf: [cell, { $ref: `${RUN_ID}#/definitions/runCell` }] }, 1_000_000),
    verify: {
      anyOf: [
        { type: "null" },
        { allOf: [verify, { $ref: `${RUN_ID}#/definitions/verifyResults` }] },
      ],
    },
    verifyBase: { allOf: [verify, { $ref: `${RUN_ID}#/definitions/verifyResults` }] },
  },
  ["schemaVersion", "kind", "base", "head", "matrix", "thresholds", "policies", "cells", "verify"],
);

const validate = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true })
  .addSchema(RUN_SCHEMA)
  .compile<CiResults>(RESULTS_SCHEMA);

function describeErrors(errors: readonly ErrorObject[] | null | undefined): string {
  const e = errors?.[0];
  return e ? `${e.instancePath || "/"} ${e.message ?? "is invalid"}` : "is invalid";
}

/** Parses and checks one document; throws a one-sentence Error naming the file. */
export function parseResults(text: string, what: string): CiResults {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error(`${what} is not JSON.`);
  }
  if (!validate(doc))
    throw new Error(`${what} is not lockbench results: ${describeErrors(validate.errors)}.`);
  return doc;
}

/** The *.json files among `paths` (files, or directories searched recursively), sorted. */
export function resultsFiles(paths: readonly string[], cwd: string): string[] {
  const out = new Set<string>();
  const visit = (p: string, depth: number) => {
    const full = p.startsWith("/") ? p : join(cwd, p);
    // lstat: an artifact cannot smuggle a symlink to a runner file past us.
    const st = lstatSync(full, { throwIfNoEntry: false });
    if (st === undefined) throw new Error(`No results at ${p}.`);
    if (st.isSymbolicLink())
      throw new Error(`${p} is a symbolic link; results must be plain files.`);
    if (st.isDirectory()) {
      if (depth > 4) return;
      for (const e of readdirSync(full).sort()) {
        if (e.endsWith(".json") || lstatSync(join(full, e)).isDirectory())
          visit(`${p}/${e}`, depth + 1);
      }
    } else if (st.isFile()) out.add(p);
  };
  for (const p of paths) visit(p.replace(/\/+$/, ""), 0);
  if (out.size > MAX_FILES)
    throw new Error(`${out.size} results files are more than ${MAX_FILES}.`);
  return [...out].sort();
}

export interface SizeLimits {
  readonly file: number;
  readonly total: number;
}

/** Reads, size-checks, validates and merges every shard's file. */
export function readResults(
  paths: readonly string[],
  cwd: string,
  limits: SizeLimits = { file: MAX_RESULTS_BYTES, total: MAX_TOTAL_BYTES },
): CiResults {
  const files = resultsFiles(paths, cwd);
  if (files.length === 0) throw new Error(`No results files in ${paths.join(", ")}.`);
  let total = 0;
  const docs = files.map((f) => {
    const full = f.startsWith("/") ? f : join(cwd, f);
    const size = statSync(full).size;
    total += size;
    if (size > limits.file)
      throw new Error(
        `${f} is ${size} bytes, more than the ${limits.file} a results file may have.`,
      );
    if (total > limits.total)
      throw new Error(`The results files are more than ${limits.total} bytes together.`);
    return parseResults(readFileSync(full, "utf8"), f);
  });
  return mergeResults(docs);
}
