/*
 * Workload files: the shipped workloads load, cross-reference and call real
 * entries of the built-in policies; bad files get one located line per
 * mistake (`file:line: message`), every kind of mistake in the table below.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frontEnd } from "../../src/lang/index.ts";
import { checkEntries, checkMachine, entryLookup } from "../../src/workload/entries.ts";
import { InputError } from "../../src/workload/errors.ts";
import { loadMachine } from "../../src/workload/machine.ts";
import { checkMachineNames } from "../../src/workload/matrix.ts";
import type { MoveOp, Workload } from "../../src/workload/types.ts";
import { loadWorkload, parseWorkload, WORKLOAD_SCHEMA } from "../../src/workload/workload.ts";

const DIR = "workloads";
const shipped = readdirSync(DIR)
  .filter((f) => f.endsWith(".yaml"))
  .sort();
const load = (f: string) => loadWorkload(`${DIR}/${f}`, readFileSync(`${DIR}/${f}`, "utf8"));
const machineFiles = readdirSync(`${DIR}/machines`).filter((f) => f.endsWith(".yaml"));
const machines = machineFiles.map((f) =>
  loadMachine(`${DIR}/machines/${f}`, readFileSync(`${DIR}/machines/${f}`, "utf8")),
);

function compile(policy: string) {
  const r = frontEnd(policy, (p) => {
    try {
      return readFileSync(p, "utf8");
    } catch {
      return undefined;
    }
  });
  if (!r.ir) throw new Error(`${policy} does not compile`);
  return r.ir;
}

describe("shipped workloads", () => {
  it("are the five families of the design", () => {
    expect(shipped).toEqual([
      "android-jank.yaml",
      "damon.yaml",
      "page-idle.yaml",
      "reclaim.yaml",
      "uffd-move.yaml",
    ]);
  });

  it.each(shipped)("%s names its schema for editors", (f) => {
    const first = readFileSync(`${DIR}/${f}`, "utf8").split("\n")[0];
    expect(first).toBe("# yaml-language-server: $schema=schema/workload.schema.json");
  });

  it.each(shipped)("%s loads, and its default machines exist and fit its affinities", (f) => {
    const w = load(f);
    expect(`${w.name}.yaml`).toBe(f);
    expect(w.warmupNs).toBeLessThan(w.durationNs);
    expect(
      checkMachineNames(
        [w],
        machines.map((m) => m.name),
      ),
    ).toEqual([]);
    for (const name of w.machines)
      expect(checkMachine(w, machines.find((m) => m.name === name)!)).toEqual([]);
  });

  const policies = ["policies/linux-v6.18.policy", "policies/linux-v6.19.policy"].map((p) => ({
    p,
    ir: compile(p),
  }));
  it.each(shipped)(
    "%s calls only entries the built-in policies define, with matching parameters",
    (f) => {
      const w = load(f);
      for (const { p, ir } of policies) expect(checkEntries(w, p, entryLookup(ir))).toEqual([]);
    },
  );

  it("android workloads default to the phone; reclaim also runs on the server", () => {
    for (const f of ["uffd-move.yaml", "android-jank.yaml", "damon.yaml", "page-idle.yaml"])
      expect(load(f).machines).toEqual(["arm64-mobile-8"]);
    expect(load("reclaim.yaml").machines).toEqual(["arm64-mobile-8", "arm64-server-64"]);
  });

  it("uffd-move: a UI thread and 3 GC workers move distinct pages of one zygote-inherited VMA", () => {
    const w = load("uffd-move.yaml");
    const ui = w.threads.find((t) => t.name === "ui")!;
    const gc = w.threads.find((t) => t.name === "gc")!;
    expect([ui.count, gc.count, ui.nice]).toEqual([1, 3, -10]);
    const moves = [...ui.ops, ...gc.ops] as MoveOp[];
    expect(moves.every((m) => m.kind === "move" && m.src.kind === "pick")).toBe(true);
    const srcs = moves.map((m) => (m.src.kind === "pick" ? [m.src.vma, m.src.stripe] : []));
    expect(new Set(srcs.map((s) => s.join()))).toEqual(new Set(["java_heap,compaction"]));
    // The VMA is zygote's: every app's copy shares zygote's anon_vma root.
    const app = w.processes.find((p) => p.name === "app")!;
    expect(app.vmas.find((v) => v.name === "java_heap")!.owner).toBe("zygote");
    expect(app.parent).toBe("zygote");
  });

  it("android-jank mixes MOVE with reclaim, DAMON and VMA churn (mprotect, munmap, fork)", () => {
    const kinds = new Set(
      load("android-jank.yaml").threads.flatMap((t) => t.ops.map((o) => o.call)),
    );
    for (const call of [
      "move_pages",
      "shrink_folio_list_one",
      "damon_folio_young",
      "damon_folio_mkold",
      "do_mprotect_pkey",
      "do_munmap",
      "dup_mmap_one",
      "do_page_fault",
    ])
      expect(kinds).toContain(call);
  });

  it("reclaim has a three-level fork tree and writes that COW and reuse", () => {
    const w = load("reclaim.yaml");
    expect(w.processes.map((p) => [p.name, p.parent])).toEqual([
      ["zygote", undefined],
      ["app", "zygote"],
      ["helper", "app"],
    ]);
    const helper = w.processes[2]!.inherit[0]!;
    expect(helper.private).toBeGreaterThan(0); // the app's copies become exclusive read-only: reuse
  });

  it("publishes the schema it validates with", () => {
    const onDisk = JSON.parse(readFileSync("workloads/schema/workload.schema.json", "utf8"));
    expect(onDisk).toEqual(WORKLOAD_SCHEMA);
  });
});

/** A small valid workload; each bad case edits one thing. */
const BASE = `name: bad
description: a test workload
machines: [arm64-mobile-8]
duration_ms: 10
warmup_ms: 1
processes:
  - name: zygote
    vmas:
      - { name: heap, pages: 64, flags: [write], faulted: 0.5 }
      - { name: to, pages: 64, flags: [write, uffd] }
      - { name: secret, pages: 8, flags: [write, dontfork] }
  - name: app
    fork_from: zygote
    count: 2
    inherit:
      - { vma: heap, shared: 0.5, private: 0.5, flags: [write, uffd] }
    vmas:
      - { name: own, pages: 16, flags: [write], faulted: 1 }
threads:
  - name: gc
    process: app
    count: 2
    nice: -5
    affinity: [mid, prime]
    loop:
      - call: move_pages
        src: { vma: heap, pick: sequential }
        dst: { vma: to }
        flip: true
        work: { exp: { mean_us: 20 } }
  - name: kswapd
    order: sequence
    think: { uniform_us: [1, 5] }
    loop:
      - call: shrink_folio_list_one
        label: scan
        folio: { process: app, vma: heap, pick: { zipf: 1.2 } }
      - call: damon_folio_young
        folio: { same_as: scan, ago: 2 }
  - name: churn
    process: zygote
    order: sequence
    loop:
      - call: dup_mmap_one
        label: spawn
        parent_vma: { vma: heap }
      - call: do_munmap
        vma: { same_as: spawn }
      - call: do_mprotect_pkey
        vma: { vma: heap }
        range: [8, 16]
        flags: [read]
`;

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`'${needle}' not in text`);
  return text.slice(0, i).split("\n").length;
}

function diagnostics(text: string, file = "w/bad.yaml"): string[] {
  const r = parseWorkload(file, text);
  return r.ok ? [] : r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`);
}

/** [what is wrong, replace this, with this, the line to blame (a needle in the edited text), message]. */
type Case = readonly [string, string, string, string, string];
const CASES: readonly Case[] = [
  // Schema: shape and ranges.
  [
    "an unknown field",
    "    count: 2\n    nice",
    "    count: 2\n    nicety: 1\n    nice",
    "nicety",
    "threads.0: unknown field 'nicety'",
  ],
  [
    "a missing field",
    "duration_ms: 10\n",
    "",
    "name: bad",
    "workload: missing required field 'duration_ms'",
  ],
  [
    "a bad enum",
    "order: sequence\n    think",
    "order: random\n    think",
    "order: random",
    "threads.1.order: must be one of weighted, sequence",
  ],
  [
    "a malformed pick",
    "pick: { zipf: 1.2 }",
    "pick: zipf(1.2)",
    "zipf(1.2)",
    "threads.1.loop.0.folio.pick: must be uniform, sequential or {zipf: s}",
  ],
  [
    "a distribution of no known form",
    "{ exp: { mean_us: 20 } }",
    "{ mean_us: 20 }",
    "work: { mean_us",
    "threads.0.loop.0.work: must be {fixed_us: t}, {exp: {mean_us: m}} or {uniform_us: [a, b]}",
  ],
  [
    "a distribution with a malformed part",
    "{ exp: { mean_us: 20 } }",
    "{ exp: 20 }",
    "exp: 20",
    "threads.0.loop.0.work.exp: must be object",
  ],
  [
    "a malformed affinity",
    "affinity: [mid, prime]",
    "affinity: big",
    "affinity: big",
    "threads.0.affinity: must be 'any' or a list of cluster names",
  ],
  [
    "a zero count",
    "count: 2\n    nice",
    "count: 0\n    nice",
    "count: 0",
    "threads.0.count: must be >= 1",
  ],
  [
    "a fraction above 1",
    "faulted: 0.5",
    "faulted: 1.5",
    "faulted: 1.5",
    "processes.0.vmas.0.faulted: must be <= 1",
  ],
  [
    "a zero duration",
    "duration_ms: 10",
    "duration_ms: 0",
    "duration_ms: 0",
    "duration_ms: must be > 0",
  ],
  [
    "a zero mean",
    "mean_us: 20",
    "mean_us: 0",
    "mean_us: 0",
    "threads.0.loop.0.work.exp.mean_us: must be > 0",
  ],
  // The header.
  [
    "a name that is not the file's",
    "name: bad",
    "name: other",
    "name: other",
    "name 'other' does not match the file name 'bad.yaml'",
  ],
  [
    "a warm-up as long as the run",
    "warmup_ms: 1",
    "warmup_ms: 10",
    "warmup_ms",
    "warm-up (10 ms) must be shorter than the duration (10 ms)",
  ],
  [
    "a machine listed twice",
    "[arm64-mobile-8]",
    "[arm64-mobile-8, arm64-mobile-8]",
    "machines:",
    "machine 'arm64-mobile-8' is listed twice",
  ],
  // The process tree.
  [
    "a duplicate process",
    "threads:\n",
    "  - name: app\nthreads:\n",
    "  - name: app\nthreads",
    "duplicate process 'app'",
  ],
  [
    "a parent that does not exist",
    "fork_from: zygote",
    "fork_from: zygot",
    "fork_from: zygot",
    "unknown process 'zygot' (processes: zygote)",
  ],
  [
    "a parent declared below",
    "  - name: zygote\n    vmas",
    "  - name: zygote\n    fork_from: app\n    vmas",
    "fork_from: app",
    "fork_from 'app' must name a process declared above 'zygote' (parents are created first)",
  ],
  [
    "a root that inherits",
    "    vmas:\n      - { name: heap",
    "    inherit: []\n    vmas:\n      - { name: heap",
    "inherit: []",
    "process 'zygote' is a root: it inherits nothing (add fork_from)",
  ],
  [
    "inheriting a VMA the parent lacks",
    "{ vma: heap, shared",
    "{ vma: hep, shared",
    "vma: hep",
    "'zygote' has no VMA 'hep' to inherit (heap, to)",
  ],
  [
    "inheriting a dontfork VMA",
    "{ vma: heap, shared: 0.5, private: 0.5, flags: [write, uffd] }",
    "{ vma: secret }",
    "vma: secret",
    "VMA 'secret' of 'zygote' is dontfork: a child does not inherit it",
  ],
  [
    "more than all of a VMA shared and private",
    "shared: 0.5, private: 0.5",
    "shared: 0.6, private: 0.5",
    "shared: 0.6",
    "shared (0.6) + private (0.5) is more than all of VMA 'heap'",
  ],
  [
    "a VMA name the child already inherited",
    "{ name: own,",
    "{ name: to,",
    "name: to, pages: 16",
    "process 'app' already has a VMA 'to' (inherited from its parent)",
  ],
  [
    "more VMAs than the model's address space",
    "{ name: own, pages: 16",
    "{ name: own, pages: 262144 }\n      - { name: own2, pages: 262144 }\n      - { name: own3, pages: 262144",
    "    vmas:\n      - { name: own,",
    "process 'app' needs 3090 MiB of address space with its VMAs PMD-aligned; the model's mm has 2048 MiB",
  ],
  // Threads and their references.
  [
    "a duplicate pool",
    "  - name: kswapd",
    "  - name: gc",
    "  - name: gc\n    order",
    "duplicate thread pool 'gc'",
  ],
  [
    "a pool in an unknown process",
    "process: zygote\n    order",
    "process: zygot\n    order",
    "process: zygot",
    "unknown process 'zygot' (processes: zygote, app)",
  ],
  [
    "a kernel thread picking without a process",
    "{ process: app, vma: heap, pick: { zipf: 1.2 } }",
    "{ vma: heap }",
    "folio: { vma: heap }",
    "pool 'kswapd' is kernel threads with no process of their own: name one (process: ...)",
  ],
  [
    "a pick in an unknown VMA",
    "{ vma: heap, pick: sequential }",
    "{ vma: heep, pick: sequential }",
    "vma: heep",
    "process 'app' has no VMA 'heep' (VMAs: heap, to, own)",
  ],
  [
    "a pick in an unknown process",
    "process: app, vma: heap, pick: { zipf",
    "process: ap, vma: heap, pick: { zipf",
    "process: ap,",
    "unknown process 'ap' (processes: zygote, app)",
  ],
  [
    "a pick without a VMA",
    "{ process: app, vma: heap, pick: { zipf: 1.2 } }",
    "{ process: app }",
    "folio: { process: app }",
    "missing 'vma' (or same_as)",
  ],
  [
    "an op with no arguments",
    "        parent_vma: { vma: heap }\n",
    "",
    "      - call: dup_mmap_one",
    "op 'dup_mmap_one' has no arguments: give folio, address, src and dst, vma (with range and flags for mprotect), or parent_vma",
  ],
  [
    "an op mixing two kinds' arguments",
    "        folio: { same_as: scan, ago: 2 }\n",
    "        folio: { same_as: scan, ago: 2 }\n        address: { vma: heap, process: app }\n",
    "call: damon_folio_young",
    "op 'damon_folio_young' mixes the arguments of a folio op ('folio') and a fault op ('address')",
  ],
  [
    "an argument the kind does not take",
    "        flip: true\n",
    "        flip: true\n        write: true\n",
    "write: true",
    "'write' is not an argument of a move op (src, dst, pages, mode, flip)",
  ],
  [
    "a weight in a sequence",
    "        label: scan\n",
    "        label: scan\n        weight: 2\n",
    "weight: 2",
    "weight has no effect with order: sequence (ops run in turn)",
  ],
  ["a duplicate label", "        label: spawn\n", "        label: spawn\n", "", ""],
  [
    "same_as of an unknown label",
    "{ same_as: scan, ago: 2 }",
    "{ same_as: scna }",
    "same_as: scna",
    "no op labelled 'scna' in pool 'kswapd'",
  ],
  [
    "same_as of a fork for a page",
    "label: spawn\n        parent_vma: { vma: heap }\n      - call: do_munmap\n        vma: { same_as: spawn }",
    "label: spawn\n        parent_vma: { vma: heap }\n      - call: shrink_folio_list_one\n        folio: { same_as: spawn }",
    "folio: { same_as: spawn }",
    "op 'spawn' picks no page (only folio, address and src picks can be reused)",
  ],
  [
    "same_as of a page for a VMA",
    "label: spawn\n        parent_vma: { vma: heap }\n      - call: do_munmap\n        vma: { same_as: spawn }",
    "label: spawn\n        parent_vma: { vma: heap }\n      - call: do_page_fault\n        label: touch\n        address: { vma: heap }\n      - call: do_munmap\n        vma: { same_as: touch }",
    "vma: { same_as: touch }",
    "op 'touch' makes no VMA (only fork ops, with parent_vma, do)",
  ],
  [
    "same_as with a VMA too",
    "{ same_as: scan, ago: 2 }",
    "{ same_as: scan, vma: heap }",
    "same_as: scan, vma",
    "same_as names an earlier pick: 'vma' does not go with it",
  ],
  [
    "ago without same_as",
    "{ vma: heap, pick: sequential }",
    "{ vma: heap, pick: sequential, ago: 3 }",
    "ago: 3",
    "ago counts back through same_as picks: give same_as",
  ],
  [
    "a stripe on a random pick",
    "{ vma: heap, pick: sequential }",
    "{ vma: heap, pick: uniform, stripe: s }",
    "stripe: s",
    "stripe divides sequential picks among threads; this pick is uniform",
  ],
  [
    "a uniform range upside down",
    "[1, 5]",
    "[5, 1]",
    "[5, 1]",
    "uniform_us [5, 1]: the low end is above the high end",
  ],
  // UFFDIO_MOVE's rules.
  [
    "a move into a VMA not registered with userfaultfd",
    "{ name: to, pages: 64, flags: [write, uffd] }",
    "{ name: to, pages: 64, flags: [write] }",
    "dst: { vma: to }",
    "UFFDIO_MOVE needs dst VMA 'to' registered with userfaultfd (flags: [uffd])",
  ],
  [
    "a move into another process's VMA",
    "dst: { vma: to }",
    "dst: { vma: secret }",
    "dst: { vma: secret }",
    "process 'app' has no VMA 'secret' (UFFDIO_MOVE stays within the src's mm; VMAs: heap, to, own)",
  ],
  [
    "a move within one VMA",
    "dst: { vma: to }",
    "dst: { vma: heap }",
    "dst: { vma: heap }",
    "src and dst are the same VMA 'heap'",
  ],
  [
    "a move out of a read-only VMA",
    "{ name: to, pages: 64, flags: [write, uffd] }",
    "{ name: to, pages: 64, flags: [uffd] }",
    "dst: { vma: to }",
    "UFFDIO_MOVE needs VMA 'to' writable (flags: [write])",
  ],
  [
    "a flip without a sequential pick",
    "{ vma: heap, pick: sequential }",
    "{ vma: heap, pick: uniform }",
    "flip: true",
    "flip swaps src and dst when a sequential src pick wraps: give src pick: sequential",
  ],
  [
    "a flip between VMAs of different sizes",
    "{ name: to, pages: 64,",
    "{ name: to, pages: 128,",
    "flip: true",
    "with flip, src and dst VMAs need the same size (64 and 128 pages)",
  ],
  [
    "a move into a smaller VMA",
    "{ name: to, pages: 64,",
    "{ name: to, pages: 32,",
    "dst: { vma: to }",
    "dst VMA 'to' (32 pages) is smaller than src 'heap' (64): pages land at the src page's index",
  ],
  [
    "a move longer than its src VMA",
    "        flip: true\n",
    "        flip: true\n        pages: 65\n",
    "pages: 65",
    "65 pages is more than src VMA 'heap' has (64)",
  ],
  // VMA churn.
  [
    "an mprotect range outside the VMA",
    "range: [8, 16]",
    "range: [8, 80]",
    "range: [8, 80]",
    "range [8, 80) must be non-empty and within VMA 'heap' (64 pages)",
  ],
  [
    "an mprotect without flags",
    "        range: [8, 16]\n        flags: [read]\n",
    "        range: [8, 16]\n",
    "call: do_mprotect_pkey",
    "an mprotect op needs vma, range and flags (missing 'flags')",
  ],
  [
    "a stripe walking two VMAs",
    "{ vma: heap, pick: sequential }",
    "{ vma: heap, pick: sequential, stripe: s }",
    "",
    "",
  ],
];

describe("bad workload files", () => {
  it("the base of the table is valid", () => {
    expect(diagnostics(BASE)).toEqual([]);
  });

  it.each(CASES.filter((c) => c[4] !== ""))(
    "reports %s at its line",
    (_what, from, to, needle, message) => {
      expect(BASE).toContain(from);
      const text = BASE.replace(from, to);
      expect(diagnostics(text)).toEqual([`w/bad.yaml:${lineOf(text, needle)}: ${message}`]);
    },
  );

  it("reports a duplicate label at the second one", () => {
    const text = BASE.replace("        label: scan\n", "        label: scan\n").replace(
      "      - call: damon_folio_young\n",
      "      - call: damon_folio_young\n        label: scan\n",
    );
    const second = text.indexOf("label: scan", text.indexOf("call: damon_folio_young"));
    expect(diagnostics(text)).toEqual([
      `w/bad.yaml:${text.slice(0, second).split("\n").length}: duplicate label 'scan' in pool 'kswapd'`,
    ]);
  });

  it("reports two stripes that walk different VMAs under one name", () => {
    const text = BASE.replace(
      "{ vma: heap, pick: sequential }",
      "{ vma: heap, pick: sequential, stripe: s }",
    ).replace(
      "folio: { process: app, vma: heap, pick: { zipf: 1.2 } }",
      "folio: { process: app, vma: own, pick: sequential, stripe: s }",
    );
    expect(diagnostics(text)).toEqual([
      `w/bad.yaml:${lineOf(text, "call: shrink_folio_list_one")}: stripe 's' already divides VMA 'heap' of each 'app'; this op walks VMA 'own' of any 'app'`,
    ]);
  });

  it("reports every mistake of a file in one pass, in line order", () => {
    const two = BASE.replace("name: bad", "name: other").replace("[1, 5]", "[5, 1]");
    expect(diagnostics(two).map((d) => Number(d.split(":")[1]))).toEqual([
      lineOf(two, "name: other"),
      lineOf(two, "[5, 1]"),
    ]);
  });

  it("reports YAML syntax errors with their line", () => {
    expect(diagnostics("name: x\nprocesses: [\n")[0]).toMatch(/^w\/bad\.yaml:3: /);
  });

  it("rejects duplicate keys", () => {
    const text = BASE.replace("duration_ms: 10", "duration_ms: 10\nduration_ms: 20");
    expect(diagnostics(text)[0]).toMatch(
      new RegExp(`^w/bad.yaml:${lineOf(text, "duration_ms: 20")}: `),
    );
  });

  it("loadWorkload throws an InputError of file:line: message lines", () => {
    const text = BASE.replace("duration_ms: 10", "duration_ms: 0");
    expect(() => loadWorkload("w/bad.yaml", text)).toThrow(InputError);
    try {
      loadWorkload("w/bad.yaml", text);
    } catch (e) {
      expect((e as InputError).message).toBe(
        `w/bad.yaml:${lineOf(text, "duration_ms")}: duration_ms: must be > 0`,
      );
    }
  });
});

describe("what a valid file turns into", () => {
  const w: Workload = loadWorkload("w/bad.yaml", BASE);

  it("converts times to ns and fills defaults", () => {
    expect([w.durationNs, w.warmupNs]).toEqual([10e6, 1e6]);
    const kswapd = w.threads.find((t) => t.name === "kswapd")!;
    expect([kswapd.process, kswapd.count, kswapd.nice, kswapd.affinity]).toEqual([
      undefined,
      1,
      0,
      "any",
    ]);
    // The pool's think applies to ops without their own.
    expect(kswapd.ops.map((o) => o.think)).toEqual([
      { kind: "uniform", loNs: 1000, hiNs: 5000 },
      { kind: "uniform", loNs: 1000, hiNs: 5000 },
    ]);
    expect(kswapd.ops[1]).toMatchObject({
      kind: "folio",
      folio: { kind: "same_as", label: "scan", ago: 2 },
    });
  });

  it("resolves inherited VMAs with the child's flags and the parent's addresses", () => {
    const [zygote, app] = w.processes;
    const heap = app!.vmas.find((v) => v.name === "heap")!;
    expect(heap.flags).toEqual(["write", "uffd"]);
    expect(heap.vmFlags).toBe(0x1 | 0x2 | 0x20 | 0x200);
    expect(heap.start).toBe(zygote!.vmas[0]!.start);
    expect(app!.vmas.map((v) => v.name)).toEqual(["heap", "to", "own"]);
    // Own VMAs go above all the parent's, the dontfork one included.
    expect(app!.vmas[2]!.start).toBeGreaterThan(zygote!.vmas[2]!.start);
    expect(app!.uffd).toBe(true);
  });

  it("types each op by its arguments", () => {
    const churn = w.threads.find((t) => t.name === "churn")!;
    expect(churn.ops.map((o) => o.kind)).toEqual(["fork", "munmap", "mprotect"]);
    expect(churn.ops[2]).toMatchObject({ first: 8, end: 16, vmFlags: 0x1 | 0x20 });
    const gc = w.threads.find((t) => t.name === "gc")!.ops[0] as MoveOp;
    expect(gc).toMatchObject({
      kind: "move",
      dst: "to",
      pages: 1,
      flip: true,
      allowSrcHoles: false,
    });
    expect(gc.src).toMatchObject({
      kind: "pick",
      process: "app",
      instance: "own",
      stripe: "gc/app/heap",
    });
  });
});
