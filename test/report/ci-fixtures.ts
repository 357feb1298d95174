/*
 * Hand-made reports for the renderer's golden tests. The safety part is a
 * VerifyResults-shaped verdict written by hand (the explorer that produces
 * real ones is being built): a MOVE-vs-page_idle race like the one the
 * seed-diff fixture is expected to show, with a two-thread counterexample.
 * One policy's strings are hostile on purpose, to show they stay text.
 */

import type { Finding } from "../../src/check/finding.ts";
import { computeRun, prepareRun } from "../../src/commands/run.ts";
import { frontEnd } from "../../src/lang/index.ts";
import { fileReader } from "../../src/policy-files.ts";
import type { CiReport, CiResults, PolicyReport } from "../../src/report/ci.ts";
import type { MetricComparison } from "../../src/report/compare.ts";
import type { RunCell } from "../../src/report/run.ts";
import type { Counterexample, PolicyVerdict } from "../../src/report/verify-results.ts";

const FILE = "policies/proposals/seed-diff.policy";
const ROOT = new URL("../../", import.meta.url).pathname;

const at = (line: number, fn: string, text: string, step: number) => ({
  file: FILE,
  line,
  fn,
  text,
  step,
  stack: [{ fn, file: FILE, line }],
});

export const RACE: Counterexample = {
  key: "race:folio_lock_anon_vma_read:6/folio_move_anon_rmap:5",
  finding: {
    kind: "race",
    title: "data-race in folio_lock_anon_vma_read / folio_move_anon_rmap",
    message:
      "page_idle reads folio->mapping without the folio lock while MOVE rewrites it under the PTL only",
    threads: [],
    fatal: false,
    location: "folio.mapping of object 0x1000",
    address: 4096,
    accesses: [
      {
        thread: 2,
        name: "mover",
        write: true,
        marked: true,
        at: at(812, "folio_move_anon_rmap", "WRITE_ONCE(folio->mapping, ...)", 5),
      },
      {
        thread: 1,
        name: "walker",
        write: false,
        marked: false,
        at: at(541, "folio_lock_anon_vma_read", "folio->mapping", 6),
      },
    ],
  } as unknown as Finding,
  report: [
    "==================================================================",
    "BUG: KCSAN: data-race in folio_lock_anon_vma_read / folio_move_anon_rmap",
    "",
    "write (marked) to 0x1000 of 8 bytes by task 2 on cpu 0:",
    " folio_move_anon_rmap+0x0/0x0 policies/proposals/seed-diff.policy:812",
    "",
    "read to 0x1000 of 8 bytes by task 1 on cpu 1:",
    " folio_lock_anon_vma_read+0x0/0x0 policies/proposals/seed-diff.policy:541",
    "==================================================================",
  ].join("\n"),
  threads: ["walker", "mover"],
  steps: [
    { thread: 0, file: FILE, line: 530, fn: "folio_lock_anon_vma_read", text: "rcu_read_lock()" },
    {
      thread: 0,
      file: FILE,
      line: 534,
      fn: "folio_lock_anon_vma_read",
      text: "READ_ONCE(folio->mapping)",
    },
    { thread: 1, file: FILE, line: 1802, fn: "move_pages_ptes", text: "folio_lock()" },
    {
      thread: 1,
      file: FILE,
      line: 1811,
      fn: "move_present_ptes",
      text: "call folio_move_anon_rmap()",
    },
    {
      thread: 1,
      file: FILE,
      line: 812,
      fn: "folio_move_anon_rmap",
      text: "WRITE_ONCE(folio->mapping, ...)",
    },
    { thread: 0, file: FILE, line: 541, fn: "folio_lock_anon_vma_read", text: "folio->mapping" },
  ],
  replay: "0,0,1,1,1,0",
  command:
    "npx lockbench verify --policy policies/proposals/seed-diff.policy --scenario move-vs-page-idle --replay 0,0,1,1,1,0",
};

export const UNSAFE_VERDICT: PolicyVerdict = {
  policy: FILE,
  name: "seed-diff",
  verdict: "unsafe",
  scenarios: [
    {
      scenario: "move-vs-page-idle",
      file: "workloads/scenarios/move-vs-page-idle.yaml",
      description: "UFFDIO_MOVE of one folio while page_idle walks it",
      complete: true,
      states: 18_204,
      transitions: 40_377,
      maxDepth: 61,
      violations: [RACE],
    },
    {
      scenario: "reclaim-vs-split",
      file: "workloads/scenarios/reclaim-vs-split.yaml",
      description: "folio_referenced while a VMA splits",
      complete: false,
      bound: "state budget 200000",
      states: 200_000,
      transitions: 611_020,
      maxDepth: 90,
      violations: [],
    },
  ],
};

const cmp = (
  p: Partial<MetricComparison> &
    Pick<MetricComparison, "group" | "subject" | "quantity" | "base" | "head" | "verdict">,
): MetricComparison => {
  const diff = p.head - p.base;
  return {
    n: 3,
    diff,
    ci: p.ci ?? [Math.min(diff * 1.2, diff * 0.8), Math.max(diff * 1.2, diff * 0.8)],
    relative: p.base === 0 ? Number.NaN : diff / p.base,
    workload: "uffd-move",
    machine: "arm64-mobile-8",
    metric: p.group === "path" ? `${p.subject} ${p.quantity}` : `${p.subject}: ${p.quantity}`,
    direction: p.quantity === "calls" ? "higher-is-better" : "lower-is-better",
    // As the fixture's thresholds say: D-state maxima have a 10% override.
    threshold: p.quantity === "D-state max (ns)" ? 0.1 : 0.05,
    ...p,
  };
};

export const COMPARISONS: MetricComparison[] = [
  cmp({
    group: "lock",
    subject: "&anon_vma->rwsem",
    quantity: "contentions",
    base: 640,
    head: 0,
    verdict: "improvement",
  }),
  cmp({
    group: "lock",
    subject: "&anon_vma->rwsem",
    quantity: "wait total (ns)",
    base: 995_563,
    head: 0,
    verdict: "improvement",
  }),
  cmp({
    group: "lock",
    subject: "PG_locked",
    quantity: "contentions",
    base: 12,
    head: 41,
    verdict: "regression",
  }),
  cmp({
    group: "thread",
    subject: "ui",
    quantity: "D-state max (ns)",
    base: 31_400_000,
    head: 2_100,
    verdict: "improvement",
    workload: "android-jank",
  }),
  cmp({
    group: "thread",
    subject: "ui",
    quantity: "D-state total (ns)",
    base: 45_100_000,
    head: 3_900,
    verdict: "improvement",
    workload: "android-jank",
  }),
  cmp({
    group: "thread",
    subject: "kswapd",
    quantity: "D-state max (ns)",
    base: 700,
    head: 9_800,
    verdict: "regression",
    workload: "reclaim",
  }),
  cmp({
    group: "path",
    subject: "kswapd: shrink_folio_list_one",
    quantity: "p99 latency (ns)",
    base: 742,
    head: 1_284,
    verdict: "regression",
    workload: "reclaim",
  }),
  cmp({
    group: "path",
    subject: "ui: move_pages",
    quantity: "calls",
    base: 404,
    head: 405,
    verdict: "no significant change",
  }),
];

const counts = (ps: readonly PolicyReport[]) => {
  const all = ps.flatMap((p) => p.comparisons);
  return {
    invalid: ps.filter((p) => p.status === "invalid").length,
    unsafe: ps.filter((p) => p.verify?.verdict === "unsafe").length,
    bounded: ps.filter((p) => p.verify?.verdict === "bounded").length,
    regressions: all.filter((c) => c.verdict === "regression").length,
    improvements: all.filter((c) => c.verdict === "improvement").length,
  };
};

/** An unsafe proposal with regressions, plus a policy whose name and comment are hostile. */
export function unsafeReport(): CiReport {
  const policies: PolicyReport[] = [
    {
      path: FILE,
      change: "added",
      basePath: "policies/linux-v6.18.policy",
      baseNote: "new policy; base is the policy it includes",
      name: "seed-diff",
      baseName: "linux-v6.18",
      status: "ok",
      diagnostics: [],
      changedFunctions: [
        {
          name: "folio_lock_anon_vma_read",
          file: FILE,
          line: 516,
          paths: ["kswapd: shrink_folio_list_one"],
        },
        { name: "move_pages_ptes", file: FILE, line: 1790, paths: ["ui: move_pages"] },
      ],
      labels: { base: `${FILE}@base`, head: `${FILE}@head` },
      comparisons: COMPARISONS,
      verify: UNSAFE_VERDICT,
      // The base (v6.18) was explored too and does not have the race.
      knownAtBase: [],
      runFindings: [
        {
          kind: "race",
          title: "BUG: KCSAN: data-race in move_pages_ptes / pmd_install",
          cells: 3,
          first: { workload: "uffd-move", machine: "arm64-mobile-8", seed: 1 },
          atBase: true,
        },
        {
          kind: "rmap",
          title: "rmap: walk of an anon_vma that no longer owns the folio <b>@octocat</b>",
          cells: 1,
          first: { workload: "android-jank", machine: "arm64-mobile-8", seed: 2 },
          atBase: false,
        },
      ],
    },
    {
      path: "policies/evil|`x`.policy",
      change: "modified",
      name: "<img src=x onerror=alert(1)> @octocat #1 **bold** [link](http://x) $x$ ```",
      status: "invalid",
      diagnostics: [
        {
          side: "head",
          file: "policies/evil|`x`.policy",
          line: 3,
          col: 1,
          severity: "error",
          code: "syntax",
          message: "expected ';' near </details><script>@everyone",
        },
      ],
      changedFunctions: [],
      comparisons: [],
    },
  ];
  return {
    schemaVersion: 1,
    kind: "ci-report",
    base: { sha: "08c6869451bc5ed23895d12670ce0aca504c6bea", ref: "main" },
    head: { sha: "363eb5a4ac11010b2cad01dd2a69c9572bfcc2c5" },
    pullRequest: 7,
    matrix: {
      workloads: ["android-jank", "reclaim", "uffd-move"],
      machines: ["arm64-mobile-8"],
      seeds: [1, 2, 3],
      durationMs: 100,
      chosen: { workloads: true, machines: true },
    },
    thresholds: { default: 0.05, overrides: [{ pattern: "*: D-state max (ns)", threshold: 0.1 }] },
    verified: true,
    accepted: false,
    verdict: "invalid",
    counts: counts(policies),
    policies,
  };
}

/** The same performance picture, safe, no explorer, regressions accepted by the label. */
export function acceptedReport(): CiReport {
  const p: PolicyReport = {
    ...unsafeReport().policies[0]!,
    path: "policies/linux-v6.18.policy",
    change: "modified",
    name: "linux-v6.18",
    baseName: "linux-v6.18",
    basePath: "policies/linux-v6.18.policy",
    changedFunctions: [],
  };
  const { verify: _, baseNote: __, knownAtBase: ___, runFindings: ____, ...rest } = p;
  const policies = [rest];
  return {
    ...unsafeReport(),
    verified: false,
    accepted: true,
    verdict: "accepted-regression",
    counts: counts(policies),
    policies,
  };
}

/**
 * A minimal raw CiResults: one policy, base and head over one workload and
 * machine, `seeds` seeds, where head's anon_vma contention is `factor`
 * times base's (+ the seed, so the per-seed differences vary).
 */
export function tinyResults(
  opts: { seeds?: number[]; factor?: number; shard?: { index: number; count: number } } = {},
): CiResults {
  const seeds = opts.seeds ?? [1, 2, 3];
  const factor = opts.factor ?? 0.5;
  const path = "policies/linux-v6.18.policy";
  const cell = (seed: number, side: "base" | "head"): RunCell => {
    const nr = side === "base" ? 100 + seed : Math.round((100 + seed) * factor) + seed;
    return {
      id: `uffd-move:arm64-mobile-8:${seed}:${path}@${side}`,
      policy: `${path}@${side}`,
      workload: "uffd-move",
      machine: "arm64-mobile-8",
      seed,
      result: {
        threads: [{ pool: "ui", dstate: { total: 1000 * nr, max: 10 * nr }, runnableNs: 5000 }],
        paths: [{ pool: "ui", call: "move_pages", calls: 400, latency: { p99: 3000 } }],
        report: {
          locks: [
            {
              name: "&anon_vma->rwsem",
              write: { waittime: { nr, total: 1000 * nr, max: 10 } },
              read: { waittime: { nr: 0, total: 0, max: null } },
            },
          ],
        },
      } as unknown as RunCell["result"],
    };
  };
  return {
    schemaVersion: 1,
    kind: "ci",
    base: { sha: "08c6869451bc5ed23895d12670ce0aca504c6bea", ref: "main" },
    head: { sha: "363eb5a4ac11010b2cad01dd2a69c9572bfcc2c5" },
    pullRequest: 7,
    matrix: {
      workloads: ["uffd-move"],
      machines: ["arm64-mobile-8"],
      seeds: [1, 2, 3],
      durationMs: 20,
      chosen: { workloads: true, machines: true },
    },
    thresholds: { default: 0.05, overrides: [] },
    ...(opts.shard ? { shard: opts.shard } : {}),
    policies: [
      {
        path,
        change: "modified",
        basePath: path,
        name: "linux-v6.18",
        baseName: "linux-v6.18",
        status: "ok",
        diagnostics: [],
        changedFunctions: [
          { name: "move_pages_ptes", file: path, line: 1790, paths: ["ui: move_pages"] },
          {
            name: "rmap_walk_anon",
            file: path,
            line: 662,
            paths: ["kswapd: shrink_folio_list_one"],
          },
        ],
        labels: { base: `${path}@base`, head: `${path}@head` },
      },
    ],
    cells: seeds.flatMap((s) => [cell(s, "base"), cell(s, "head")]),
    verify: null,
  };
}

/**
 * tinyResults' document with real cells: v6.18 as base and v6.19 as head,
 * simulated for 5 ms on uffd-move (about a second), for the tests that
 * validate documents against the published cell schema.
 */
export function realResults(
  opts: { seeds?: number[]; shard?: { index: number; count: number } } = {},
): CiResults {
  const seeds = opts.seeds ?? [1, 2, 3];
  const raw = tinyResults(opts);
  const labels = raw.policies[0]!.labels!;
  const read = fileReader(ROOT);
  const programs = new Map([
    [labels.base!, frontEnd("policies/linux-v6.18.policy", read).ir!],
    [labels.head, frontEnd("policies/linux-v6.19.policy", read).ir!],
  ]);
  const prep = prepareRun(
    programs,
    { workloads: ["uffd-move"], machines: ["arm64-mobile-8"], seeds },
    ROOT,
  );
  return { ...raw, cells: computeRun(prep, 5).cells };
}
