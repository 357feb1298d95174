/*
 * Small policies compiled from text, tiny object graphs built by hand, and
 * scenarios that run them under a fixed schedule.
 */
import { frontEnd } from "../../src/lang/index.ts";
import type { IRProgram } from "../../src/lang/ir.ts";
import type { Finding, FindingKind } from "../../src/check/finding.ts";
import { ReplayStrategy } from "../../src/check/replay.ts";
import {
  type RunOptions,
  type RunResult,
  run,
  type Scenario,
  type ThreadSpec,
} from "../../src/check/run.ts";
import type { World } from "../../src/sim/world.ts";
import { PTE_YOUNG } from "../../src/sim/world.ts";
import { Thread } from "../../src/sim/interp.ts";

const HEADER = 'POLICY_NAME("t");\nPOLICY_DESCRIPTION("t");\nPOLICY_SOURCE("test");\n';

export function compile(body: string, file = "t.policy"): IRProgram {
  const r = frontEnd(file, (p) => (p === file ? HEADER + body : undefined));
  if (!r.ir) throw new Error(r.diagnostics.map((d) => `${d.span.line}: ${d.message}`).join("\n"));
  return r.ir;
}

/** Set fields of a heap object by name (setup only: not observed). */
export function set(w: World, obj: number, struct: string, fields: Record<string, number>): number {
  const h = w.heap;
  for (const [f, v] of Object.entries(fields)) h.store(obj, h.field(w.typeId(struct), f), v);
  return obj;
}

export function get(w: World, obj: number, struct: string, field: string): number {
  return w.heap.load(obj, w.heap.field(w.typeId(struct), field));
}

/** An atomic_t counter inside obj. */
export function setCounter(w: World, obj: number, struct: string, field: string, v: number): void {
  w.heap.store(get(w, obj, struct, field), 0, v);
}

export const SETUP = new Thread(0, "setup");
export const START = 0x100000;

/** An anon_vma that is its own root, with one reference. */
export function anonVma(w: World): number {
  const av = w.allocObject("anon_vma");
  set(w, av, "anon_vma", { root: av });
  setCounter(w, av, "anon_vma", "refcount", 1);
  return av;
}

/**
 * A process with one VMA at START (16 pages) whose anon_vma is av, linked
 * through an avc, and one folio mapped at START: fault + anon_vma_prepare
 * done by hand.
 */
export function mappedFolio(w: World, av: number, folio = w.allocObject("folio")) {
  const mm = w.allocObject("mm_struct");
  const vma = w.allocObject("vm_area_struct");
  set(w, vma, "vm_area_struct", {
    vm_mm: mm,
    vm_start: START,
    vm_end: START + 16 * 4096,
    vm_pgoff: START >>> 12,
    anon_vma: av,
  });
  const avc = w.allocObject("anon_vma_chain");
  set(w, avc, "anon_vma_chain", { vma, anon_vma: av });
  w.treeInsert(SETUP, avc, get(w, av, "anon_vma", "rb_root"));
  const pt = w.installPteTable(SETUP, mm, START);
  w.storeInd(SETUP, w.pteSlot(pt, START), w.mkPte(folio, true) | PTE_YOUNG);
  set(w, folio, "folio", { mapping: av | 1, index: START >>> 12 });
  const mc = get(w, folio, "folio", "_mapcount");
  w.heap.store(mc, 0, w.heap.load(mc, 0) + 1);
  return { mm, vma, avc, pt, folio };
}

/** A scenario from a program and a setup returning the threads. */
export function scenario(
  program: IRProgram,
  setup: (w: World, call: (fn: string, ...a: number[]) => number) => ThreadSpec[],
): Scenario {
  return { program, setup: (env) => setup(env.world, env.call) };
}

/** Run under a fixed schedule string (then stop). */
export function replay(s: Scenario, schedule: string, options: RunOptions = {}): RunResult {
  return run(s, new ReplayStrategy(schedule), options);
}

/**
 * Run thread 0 to the end, then thread 1, ... (a serial schedule): the runner
 * picks the lowest runnable thread at every step.
 */
export function serial(s: Scenario, options: RunOptions = {}): RunResult {
  return run(
    s,
    { newExecution: () => true, nextThread: (r) => r[0], nextChoice: () => 0 },
    options,
  );
}

/** Round-robin: one step each in turn. */
export function roundRobin(s: Scenario, options: RunOptions = {}): RunResult {
  return run(
    s,
    {
      newExecution: () => true,
      nextThread: (r, cur) => r.find((i) => cur === undefined || i > cur) ?? r[0],
      nextChoice: () => 0,
    },
    options,
  );
}

export function kinds(r: RunResult): FindingKind[] {
  return r.findings.map((f) => f.kind);
}

export function only<K extends FindingKind>(
  r: RunResult,
  kind: K,
): Extract<Finding, { kind: K }>[] {
  return r.findings.filter((f): f is Extract<Finding, { kind: K }> => f.kind === kind);
}
