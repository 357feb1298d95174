/*
 * The run matrix: policies x workloads x machines x seeds, as one ordered
 * list of cells with stable ids, and a deterministic split into shards for
 * parallel or CI-matrix runs.
 *
 * Order: workload, machine, seed, then policy innermost, so the cells a paired
 * comparison needs (base and head on the same workload, machine and seed:
 * common random numbers) are adjacent, and a shard always holds all of them.
 */

import type { InputDiagnostic } from "./errors.ts";
import type { Workload } from "./types.ts";

export interface Cell {
  /** `workload:machine:seed:policy`; stable across runs and shards. */
  readonly id: string;
  readonly policy: string;
  readonly workload: string;
  readonly machine: string;
  readonly seed: number;
}

export interface MatrixSpec {
  /** Policy names in the caller's order (base before head). */
  readonly policies: readonly string[];
  readonly workloads: readonly Pick<Workload, "name" | "machines">[];
  /** Run every workload on these instead of its default machines. */
  readonly machines?: readonly string[];
  /** A seed count (seeds 1..n) or the seeds themselves. */
  readonly seeds: number | readonly number[];
}

export function seedList(seeds: number | readonly number[]): readonly number[] {
  if (typeof seeds !== "number") return seeds;
  if (!Number.isInteger(seeds) || seeds < 1)
    throw new RangeError(`seeds must be a positive integer, got ${seeds}`);
  return Array.from({ length: seeds }, (_, k) => k + 1);
}

/** Every cell, in matrix order. Duplicate names are a caller bug and throw. */
export function matrix(spec: MatrixSpec): Cell[] {
  const seeds = seedList(spec.seeds);
  unique("policy", spec.policies);
  unique(
    "workload",
    spec.workloads.map((w) => w.name),
  );
  unique("seed", seeds.map(String));
  if (spec.machines) unique("machine", spec.machines);
  const cells: Cell[] = [];
  for (const w of spec.workloads)
    for (const machine of spec.machines ?? w.machines)
      for (const seed of seeds)
        for (const policy of spec.policies)
          cells.push({
            id: `${w.name}:${machine}:${seed}:${policy}`,
            policy,
            workload: w.name,
            machine,
            seed,
          });
  return cells;
}

/**
 * Shard i of n (0-based). Cells are grouped by (workload, machine, seed),
 * and groups dealt round-robin: every policy of a group lands in the same
 * shard, each workload's seeds spread over all shards (so heavy workloads do
 * not pile up in one), and the shards partition the cells in matrix order.
 */
export function shard(cells: readonly Cell[], i: number, n: number): Cell[] {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`shard count must be a positive integer, got ${n}`);
  if (!Number.isInteger(i) || i < 0 || i >= n)
    throw new RangeError(`shard index must be in 0..${n - 1}, got ${i}`);
  const out: Cell[] = [];
  let group = -1;
  let key = "";
  for (const c of cells) {
    const k = `${c.workload}:${c.machine}:${c.seed}`;
    if (k !== key) {
      group++;
      key = k;
    }
    if (group % n === i) out.push(c);
  }
  return out;
}

/** Default machines that no machine file defines, at the workload's `machines:` line. */
export function checkMachineNames(
  workloads: readonly Workload[],
  available: readonly string[],
): InputDiagnostic[] {
  const out: InputDiagnostic[] = [];
  for (const w of workloads)
    for (const m of w.machines)
      if (!available.includes(m))
        out.push({
          file: w.file,
          line: w.machinesLine,
          message: `unknown machine '${m}' (workloads/machines has: ${available.join(", ")})`,
        });
  return out;
}

function unique(what: string, names: readonly string[]): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new RangeError(`${what} '${n}' is given twice`);
    seen.add(n);
  }
}
