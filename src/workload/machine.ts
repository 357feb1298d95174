/*
 * Loading machine files (workloads/machines/*.yaml): YAML -> JSON Schema
 * validation (workloads/schema/machine.schema.json, published so editors can
 * complete and check the files) -> cross-field checks -> the Machine the
 * engine runs. Pure: takes a path and the text; reading files is the caller's
 * business. Every problem is reported with the line it is on.
 */

import type { Cluster, Machine } from "../sim/machine.ts";
import schema from "../../workloads/schema/machine.schema.json" with { type: "json" };
import { type InputDiagnostic, InputError } from "./errors.ts";
import { baseName, parseAndValidate, validatorFor } from "./yaml.ts";

export const MACHINE_SCHEMA: object = schema;

/** The YAML shape, as the schema defines it. */
interface MachineFile {
  name: string;
  description: string;
  hz: number;
  clusters: {
    name: string;
    cores: number;
    freq_mhz: number;
    capacity: number;
    line_transfer_ns: number;
    wakeup_same_cpu_ns: number;
    wakeup_cross_cpu_ns: number;
    context_switch_ns: number;
  }[];
  interconnect: { cross_cluster_ns: number; pairs?: { clusters: [string, string]; ns: number }[] };
  memory: { l1_hit_ns: number; lse_atomics: boolean; uncontended_atomic_ns: number };
  sched: { base_slice_ns: number };
  tlb: { flush_ns: number; flush_per_page_ns: number };
  pte: { hw_access_flag: boolean; access_flag_fault_ns: number };
}

const validate = validatorFor(schema);

export type MachineResult =
  | { readonly ok: true; readonly machine: Machine }
  | { readonly ok: false; readonly diagnostics: readonly InputDiagnostic[] };

/** Parse and validate one machine file. */
export function parseMachine(path: string, text: string): MachineResult {
  const parsed = parseAndValidate(path, text, validate(), { root: "machine" });
  if (!parsed.ok) return parsed;
  const f = parsed.data as MachineFile;
  const diags: InputDiagnostic[] = [];

  // Checks the schema cannot express.
  const at = (p: (string | number)[]) => parsed.yaml.at(p);
  const names = new Set<string>();
  f.clusters.forEach((c, i) => {
    if (names.has(c.name))
      diags.push({
        file: path,
        line: at(["clusters", i, "name"]),
        message: `duplicate cluster name '${c.name}'`,
      });
    names.add(c.name);
    if (c.wakeup_cross_cpu_ns < c.wakeup_same_cpu_ns)
      diags.push({
        file: path,
        line: at(["clusters", i, "wakeup_cross_cpu_ns"]),
        message: `cluster '${c.name}': cross-CPU wake-up (${c.wakeup_cross_cpu_ns} ns) is faster than same-CPU (${c.wakeup_same_cpu_ns} ns)`,
      });
  });
  const base = baseName(path);
  if (base.endsWith(".yaml") && base !== `${f.name}.yaml`)
    diags.push({
      file: path,
      line: at(["name"]),
      message: `name '${f.name}' does not match the file name '${base}'`,
    });
  if (!f.clusters.some((c) => c.capacity === 1024))
    diags.push({
      file: path,
      line: at(["clusters"]),
      message: "no cluster has capacity 1024; Linux normalises the fastest core to 1024",
    });
  (f.interconnect.pairs ?? []).forEach((p, i) => {
    const [a, b] = p.clusters;
    for (const [k, n] of [a, b].entries())
      if (!names.has(n))
        diags.push({
          file: path,
          line: at(["interconnect", "pairs", i, "clusters", k]),
          message: `unknown cluster '${n}' (clusters: ${[...names].join(", ")})`,
        });
    if (a === b)
      diags.push({
        file: path,
        line: at(["interconnect", "pairs", i, "clusters"]),
        message: `a pair needs two different clusters; use line_transfer_ns of '${a}' for its own cores`,
      });
  });
  if (diags.length > 0) return { ok: false, diagnostics: diags };

  const clusters: Cluster[] = f.clusters.map((c) => ({
    name: c.name,
    cores: c.cores,
    freqMHz: c.freq_mhz,
    capacity: c.capacity,
    lineTransferNs: c.line_transfer_ns,
    wakeupSameCpuNs: c.wakeup_same_cpu_ns,
    wakeupCrossCpuNs: c.wakeup_cross_cpu_ns,
    contextSwitchNs: c.context_switch_ns,
  }));
  return {
    ok: true,
    machine: {
      name: f.name,
      description: f.description,
      hz: f.hz,
      clusters,
      crossClusterNs: f.interconnect.cross_cluster_ns,
      clusterPairs: (f.interconnect.pairs ?? []).map((p) => ({
        a: p.clusters[0],
        b: p.clusters[1],
        ns: p.ns,
      })),
      l1HitNs: f.memory.l1_hit_ns,
      lse: f.memory.lse_atomics,
      atomicNs: f.memory.uncontended_atomic_ns,
      baseSliceNs: f.sched.base_slice_ns,
      tlbFlushNs: f.tlb.flush_ns,
      tlbFlushPerPageNs: f.tlb.flush_per_page_ns,
      hwAccessFlag: f.pte.hw_access_flag,
      accessFlagFaultNs: f.pte.access_flag_fault_ns,
    },
  };
}

/** parseMachine, throwing InputError (exit 2 in the CLI) on any problem. */
export function loadMachine(path: string, text: string): Machine {
  const r = parseMachine(path, text);
  if (!r.ok) throw new InputError(r.diagnostics);
  return r.machine;
}
