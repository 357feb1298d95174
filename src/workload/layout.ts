/*
 * The concrete shape of a parsed workload: where each VMA sits in its mm,
 * which process instances exist (in the order the driver creates them), and
 * which threads run, with their PRNG streams and their share of each
 * sequential stripe. All of it is a pure function of the Workload, so it is
 * the same for base and head and for every seed: only draws differ by seed.
 */

import type { Op, PageRef, ThreadPool, Workload } from "./types.ts";

export const PAGE_SIZE = 4096;
/** One PTE table maps 2 MiB. */
export const PMD_SIZE = 1 << 21;
/**
 * The model's mm: src/sim/world.ts keeps 1024 PMD entries per mm
 * (PTRS_PER_PMD), so addresses stop at 2 GiB.
 */
export const MM_ADDRESS_SPACE = 1024 * PMD_SIZE;
/** The first VMA starts at 2 MiB: the NULL page's PMD stays unmapped. */
export const FIRST_VMA = PMD_SIZE;

/**
 * Where a VMA of `pages` pages goes when the lowest free address is `cursor`,
 * and the next free address after it. Every VMA starts on a PMD boundary and
 * one empty PMD follows it, so no two VMAs share a PTE table (free_pgtables'
 * floor/ceiling would otherwise keep a table alive for the neighbour and the
 * munmap would not free it) and no two are adjacent (adjacent anon VMAs with
 * equal flags are merge candidates, which the workload did not ask for).
 */
export function place(cursor: number, pages: number): { start: number; next: number } {
  const start = Math.ceil(cursor / PMD_SIZE) * PMD_SIZE;
  const end = start + pages * PAGE_SIZE;
  return { start, next: Math.ceil(end / PMD_SIZE) * PMD_SIZE + PMD_SIZE };
}

export interface ProcessInstance {
  /** Creation order, 0-based: parents always before their children. */
  readonly id: number;
  readonly process: string;
  /** Index among the instances of this process. */
  readonly index: number;
  /** The instance it was forked from; -1 for a root. */
  readonly parent: number;
  /** e.g. "app[3]". */
  readonly name: string;
}

/** Every process instance, in creation order (each parent instance forks its children in turn). */
export function instances(w: Workload): ProcessInstance[] {
  const out: ProcessInstance[] = [];
  const byProcess = new Map<string, ProcessInstance[]>();
  for (const p of w.processes) {
    const mine: ProcessInstance[] = [];
    const parents = p.parent === undefined ? [undefined] : (byProcess.get(p.parent) ?? []);
    for (const parent of parents)
      for (let k = 0; k < p.count; k++) {
        const inst = {
          id: out.length,
          process: p.name,
          index: mine.length,
          parent: parent?.id ?? -1,
          name: `${p.name}[${mine.length}]`,
        };
        mine.push(inst);
        out.push(inst);
      }
    byProcess.set(p.name, mine);
  }
  return out;
}

export interface StripeShare {
  /** This thread takes pages index, index + of, index + 2*of, ... */
  readonly index: number;
  readonly of: number;
}

export interface ThreadInstance {
  /** Creation order, 0-based; also the thread's PRNG stream id (common random numbers). */
  readonly id: number;
  readonly pool: ThreadPool;
  /** Index among the pool's threads. */
  readonly index: number;
  /** The process instance it runs in; -1 for a kernel thread. */
  readonly instance: number;
  /** e.g. "ui[0]". */
  readonly name: string;
  /** Its share of each stripe it walks, by stripe name. */
  readonly stripes: ReadonlyMap<string, StripeShare>;
}

/** The page a page-picking op draws first (the one a stripe divides). */
export function opPage(op: Op): PageRef | undefined {
  switch (op.kind) {
    case "folio":
      return op.folio;
    case "fault":
      return op.address;
    case "move":
      return op.src;
    default:
      return undefined;
  }
}

/**
 * Every thread, in creation order: pools in file order, each pool's threads
 * by process instance. A stripe is shared per process instance when its
 * picks are the thread's own process (the UI thread and GC workers of one app
 * divide that app's pages), and across all threads otherwise.
 */
export function threadInstances(w: Workload): ThreadInstance[] {
  const procs = instances(w);
  const raw: { pool: ThreadPool; index: number; instance: number }[] = [];
  for (const pool of w.threads) {
    const homes =
      pool.process === undefined
        ? [-1]
        : procs.filter((p) => p.process === pool.process).map((p) => p.id);
    let index = 0;
    for (const home of homes)
      for (let k = 0; k < pool.count; k++) raw.push({ pool, index: index++, instance: home });
  }
  // stripe key -> member thread ids, in thread order.
  const members = new Map<string, number[]>();
  const keysOf = raw.map((t, id) => {
    const keys = new Map<string, string>();
    for (const op of t.pool.ops) {
      const ref = opPage(op);
      if (ref?.kind !== "pick" || ref.pick.kind !== "sequential") continue;
      const key = `${ref.stripe}\0${ref.instance === "own" ? t.instance : "any"}`;
      if (keys.has(ref.stripe)) continue;
      keys.set(ref.stripe, key);
      const m = members.get(key) ?? [];
      m.push(id);
      members.set(key, m);
    }
    return keys;
  });
  return raw.map((t, id) => {
    const stripes = new Map<string, StripeShare>();
    for (const [stripe, key] of keysOf[id]!) {
      const m = members.get(key)!;
      stripes.set(stripe, { index: m.indexOf(id), of: m.length });
    }
    return {
      id,
      pool: t.pool,
      index: t.index,
      instance: t.instance,
      name: `${t.pool.name}[${t.index}]`,
      stripes,
    };
  });
}
