/*
 * Loading machine files (workloads/machines/*.yaml): YAML -> JSON Schema
 * validation (workloads/schema/machine.schema.json, published so editors can
 * complete and check the files) -> cross-field checks -> the Machine the
 * engine runs. Pure: takes a path and the text; reading files is the caller's
 * business. Every problem is reported with the line it is on.
 */

import { Ajv, type ErrorObject } from "ajv";
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  parseDocument,
} from "yaml";
import type { Cluster, Machine } from "../sim/machine.ts";
import schema from "../../workloads/schema/machine.schema.json" with { type: "json" };
import { type InputDiagnostic, InputError } from "./errors.ts";

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

let validator: ReturnType<Ajv["compile"]> | undefined;
function validate(): ReturnType<Ajv["compile"]> {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(schema);
  return validator;
}

export type MachineResult =
  | { readonly ok: true; readonly machine: Machine }
  | { readonly ok: false; readonly diagnostics: readonly InputDiagnostic[] };

/** Parse and validate one machine file. */
export function parseMachine(path: string, text: string): MachineResult {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number | undefined) => (offset === undefined ? 1 : lc.linePos(offset).line);
  const diags: InputDiagnostic[] = [];
  for (const e of [...doc.errors, ...doc.warnings])
    diags.push({ file: path, line: line(e.pos[0]), message: e.message.split("\n")[0]! });
  if (diags.length > 0) return { ok: false, diagnostics: diags };

  const data: unknown = doc.toJS();
  const v = validate();
  if (!v(data)) {
    for (const e of v.errors ?? []) diags.push(schemaDiagnostic(path, doc, e, line));
    return { ok: false, diagnostics: dedupe(diags) };
  }
  const f = data as MachineFile;

  // Checks the schema cannot express.
  // A map value is reported at its key's line (a block sequence starts below its key).
  const at = (p: (string | number)[]) => {
    const last = p[p.length - 1];
    const key = typeof last === "string" ? keyAt(doc, p.slice(0, -1), last) : undefined;
    return line((key ?? nodeAt(doc, p))?.range?.[0]);
  };
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
  const base = path.split(/[\\/]/).pop() ?? path;
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

function nodeAt(doc: Document, path: (string | number)[]): Node | undefined {
  const n = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return (n ?? undefined) as Node | undefined;
}

/** The key node of `key` in the map at `path` (to point at an unknown field). */
function keyAt(doc: Document, path: (string | number)[], key: string): Node | undefined {
  const m = nodeAt(doc, path);
  if (!isMap(m)) return undefined;
  for (const item of m.items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === key) return item.key;
  }
  return undefined;
}

function schemaDiagnostic(
  file: string,
  doc: Document,
  e: ErrorObject,
  line: (offset: number | undefined) => number,
): InputDiagnostic {
  const path = e.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const where = path.length > 0 ? path.join(".") : "machine";
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return {
        file,
        line: line(nodeAt(doc, path)?.range?.[0]),
        message: `${where}: missing required field '${String(p.missingProperty)}'`,
      };
    case "additionalProperties": {
      const k = String(p.additionalProperty);
      return {
        file,
        line: line((keyAt(doc, path, k) ?? nodeAt(doc, path))?.range?.[0]),
        message: `${where}: unknown field '${k}'`,
      };
    }
    case "enum":
      return {
        file,
        line: line(nodeAt(doc, path)?.range?.[0]),
        message: `${where}: must be one of ${(p.allowedValues as unknown[]).join(", ")}`,
      };
    default:
      return {
        file,
        line: line(nodeAt(doc, path)?.range?.[0]),
        message: `${where}: ${e.message ?? e.keyword}`,
      };
  }
}

function dedupe(ds: InputDiagnostic[]): InputDiagnostic[] {
  const seen = new Set<string>();
  return ds
    .filter((d) => {
      const k = `${d.line}\0${d.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.line - b.line);
}
