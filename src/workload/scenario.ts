/*
 * Loading scenario files (workloads/scenarios/*.yaml): the small scopes the
 * explorer searches exhaustively. YAML -> JSON Schema validation
 * (workloads/schema/scenario.schema.json) -> cross-references (fork parents,
 * VMA names, argument references) -> a ScenarioSpec. Pure: text in, spec or
 * located diagnostics out; building the object graph is the checker's job
 * (src/check/scenario.ts), once the policy is compiled.
 */

import schema from "../../workloads/schema/scenario.schema.json" with { type: "json" };
import { type InputDiagnostic, InputError } from "./errors.ts";
import type { VmaFlag } from "./types.ts";
import { vmFlagsOf } from "./workload.ts";
import { baseName, parseAndValidate, validatorFor } from "./yaml.ts";

export const SCENARIO_SCHEMA: object = schema;
const validate = validatorFor(schema);

export interface ScenarioVma {
  readonly name: string;
  readonly start: number;
  readonly pages: number;
  readonly vmFlags: number;
}

export interface ScenarioProcess {
  readonly name: string;
  /** Index of the process it forks from, or -1. */
  readonly fork: number;
  readonly uffd: boolean;
  readonly vmas: readonly ScenarioVma[];
  /** Write faults after mmap or fork: VMA name (own or inherited) and page index. */
  readonly faulted: readonly { readonly vma: string; readonly page: number }[];
}

/** A thread argument: a number, or a reference resolved when the graph is built. */
export type ScenarioArg =
  | { readonly kind: "int"; readonly value: number }
  | { readonly kind: "mm" | "uffd"; readonly process: string }
  | { readonly kind: "vma" | "anon_vma"; readonly process: string; readonly vma: string }
  | {
      readonly kind: "addr" | "folio";
      readonly process: string;
      readonly vma: string;
      readonly page: number;
    };

export interface ScenarioThread {
  readonly name: string;
  readonly call: string;
  readonly args: readonly ScenarioArg[];
  /** Line of the thread in the file, for diagnostics about the call. */
  readonly line: number;
}

export interface ScenarioSpec {
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly hazard: string;
  readonly maxDepth?: number;
  /** Preemptions a path may make (the explorer's context bound); unbounded when absent. */
  readonly maxPreemptions?: number;
  readonly processes: readonly ScenarioProcess[];
  readonly threads: readonly ScenarioThread[];
}

interface FileShape {
  name: string;
  description: string;
  hazard: string;
  max_depth?: number;
  max_preemptions?: number;
  processes: {
    name: string;
    fork?: string;
    uffd?: boolean;
    vmas?: { name: string; start: number; pages: number; flags?: VmaFlag[] }[];
    faulted?: Record<string, number[]>;
  }[];
  threads: { name: string; call: string; args: (number | string | null)[] }[];
}

const REF =
  /^(mm|uffd|vma|anon_vma|addr|folio)\(\s*([a-z][a-z0-9_]*)(?:\.([a-z][a-z0-9_]*))?\s*(?:,\s*(\d+)\s*)?\)$/;

/** Parse a scenario file; throws InputError with every located problem. */
export function loadScenario(path: string, text: string): ScenarioSpec {
  const r = parseAndValidate(path, text, validate(), { root: "scenario" });
  if (!r.ok) throw new InputError(r.diagnostics);
  const { yaml } = r;
  const f = r.data as FileShape;
  const diags: InputDiagnostic[] = [];
  const bad = (p: (string | number)[], message: string) => diags.push(yaml.diag(p, message));

  if (`${f.name}.yaml` !== baseName(path))
    bad(["name"], `name '${f.name}' must match the file name`);

  // Processes, their VMAs (own and inherited), in declaration order.
  const index = new Map<string, number>();
  const vmasOf = new Map<string, Map<string, ScenarioVma>>();
  const processes: ScenarioProcess[] = [];
  f.processes.forEach((p, i) => {
    if (index.has(p.name)) bad(["processes", i, "name"], `process '${p.name}' is declared twice`);
    let fork = -1;
    const vmas = new Map<string, ScenarioVma>();
    if (p.fork !== undefined) {
      const parent = index.get(p.fork);
      if (parent === undefined)
        bad(["processes", i, "fork"], `fork: no process '${p.fork}' declared above this one`);
      else {
        fork = parent;
        for (const [k, v] of vmasOf.get(p.fork)!) vmas.set(k, v);
      }
    }
    const own: ScenarioVma[] = [];
    (p.vmas ?? []).forEach((v, j) => {
      if (vmas.has(v.name))
        bad(["processes", i, "vmas", j, "name"], `VMA '${v.name}' already exists in '${p.name}'`);
      const vma = {
        name: v.name,
        start: v.start,
        pages: v.pages,
        vmFlags: vmFlagsOf(v.flags ?? ["write"]),
      };
      for (const w of vmas.values()) {
        if (vma.start < w.start + w.pages * 4096 && w.start < vma.start + vma.pages * 4096)
          bad(["processes", i, "vmas", j], `VMA '${v.name}' overlaps '${w.name}'`);
      }
      vmas.set(v.name, vma);
      own.push(vma);
    });
    const faulted: { vma: string; page: number }[] = [];
    for (const [name, pages] of Object.entries(p.faulted ?? {})) {
      const v = vmas.get(name);
      if (!v) {
        bad(["processes", i, "faulted", name], `faulted: '${p.name}' has no VMA '${name}'`);
        continue;
      }
      for (const page of pages) {
        if (page >= v.pages)
          bad(
            ["processes", i, "faulted", name],
            `faulted: page ${page} is past the end of '${name}' (${v.pages} pages)`,
          );
        faulted.push({ vma: name, page });
      }
    }
    index.set(p.name, i);
    vmasOf.set(p.name, vmas);
    processes.push({ name: p.name, fork, uffd: p.uffd ?? false, vmas: own, faulted });
  });

  const threads: ScenarioThread[] = f.threads.map((t, i) => {
    const args: ScenarioArg[] = t.args.map((a, j) => {
      const where = ["threads", i, "args", j];
      if (typeof a === "number") return { kind: "int", value: a };
      // YAML reads NULL (and null, ~) as null.
      if (a === null) return { kind: "int", value: 0 };
      const m = REF.exec(a.trim());
      if (!m) {
        bad(
          where,
          `argument '${a}': expected an integer, NULL, mm(P), uffd(P), vma(P.V), anon_vma(P.V), addr(P.V, i) or folio(P.V, i)`,
        );
        return { kind: "int", value: 0 };
      }
      const [, kindText, proc, vma, page] = m as unknown as [
        string,
        string,
        string,
        string?,
        string?,
      ];
      const kind = kindText as "mm" | "uffd" | "vma" | "anon_vma" | "addr" | "folio";
      const pi = index.get(proc);
      if (pi === undefined) {
        bad(where, `argument '${a}': no process '${proc}'`);
        return { kind: "int", value: 0 };
      }
      if (kind === "mm" || kind === "uffd") {
        if (vma !== undefined || page !== undefined)
          bad(where, `argument '${a}': ${kind}() takes a process only`);
        if (kind === "uffd" && !processes[pi]!.uffd)
          bad(where, `argument '${a}': process '${proc}' has no uffd: true`);
        return { kind, process: proc };
      }
      const v = vma === undefined ? undefined : vmasOf.get(proc)!.get(vma);
      if (!v) {
        bad(where, `argument '${a}': ${kind}() needs a VMA of '${proc}' (P.V)`);
        return { kind: "int", value: 0 };
      }
      if (kind === "vma" || kind === "anon_vma") {
        if (page !== undefined) bad(where, `argument '${a}': ${kind}() takes no page`);
        return { kind, process: proc, vma: v.name };
      }
      if (page === undefined || Number(page) >= v.pages) {
        bad(where, `argument '${a}': ${kind}() needs a page index below ${v.pages}`);
        return { kind: "int", value: 0 };
      }
      return { kind, process: proc, vma: v.name, page: Number(page) };
    });
    return { name: t.name, call: t.call, args, line: yaml.at(["threads", i]) };
  });
  const names = new Set<string>();
  f.threads.forEach((t, i) => {
    if (names.has(t.name)) bad(["threads", i, "name"], `thread '${t.name}' is declared twice`);
    names.add(t.name);
  });

  if (diags.length > 0) throw new InputError(diags);
  return {
    file: path,
    name: f.name,
    description: f.description,
    hazard: f.hazard,
    ...(f.max_depth === undefined ? {} : { maxDepth: f.max_depth }),
    ...(f.max_preemptions === undefined ? {} : { maxPreemptions: f.max_preemptions }),
    processes,
    threads,
  };
}
