/*
 * A scenario file made runnable against one compiled policy: the object
 * graph is built by the policy's own paths (do_page_fault for every faulted
 * page, dup_mmap_one for every inherited VMA, then copy_page_range's sharing
 * of the parent's mapped pages), as the workload setup does, so a policy
 * that changes how anon_vmas are prepared or forked is checked on the graph
 * it builds itself. Threads' arguments are resolved after setup.
 */

import type { IRProgram } from "../lang/ir.ts";
import { type InputDiagnostic, InputError } from "../workload/errors.ts";
import type { ScenarioArg, ScenarioSpec } from "../workload/scenario.ts";
import type { Scenario, SetupEnv, ThreadSpec } from "./run.ts";

const PAGE = 4096;

/** Check the threads' calls against the policy: each must exist and take its arguments. */
export function checkScenario(
  spec: ScenarioSpec,
  program: IRProgram,
  policy: string,
): InputDiagnostic[] {
  const out: InputDiagnostic[] = [];
  for (const t of spec.threads) {
    const i = program.byName.get(t.call);
    const fn = i === undefined ? undefined : program.functions[i];
    if (!fn) {
      out.push({
        file: spec.file,
        line: t.line,
        message: `thread '${t.name}': ${policy} has no function '${t.call}'`,
      });
    } else if (fn.nparams !== t.args.length) {
      out.push({
        file: spec.file,
        line: t.line,
        message: `thread '${t.name}': ${t.call}() takes ${fn.nparams} argument(s), ${t.args.length} given`,
      });
    }
  }
  for (const f of ["do_page_fault", "dup_mmap_one"]) {
    const forks = spec.processes.some((p) => p.fork >= 0);
    if (f === "dup_mmap_one" && !forks) continue;
    if (!program.byName.has(f))
      out.push({
        file: spec.file,
        line: 1,
        message: `the scenario's setup needs ${f}() and ${policy} has none`,
      });
  }
  return out;
}

/** The Scenario the explorer runs; checkScenario must have passed. */
export function buildScenario(spec: ScenarioSpec, program: IRProgram): Scenario {
  return {
    program,
    setup(env: SetupEnv): readonly ThreadSpec[] {
      const fail = (line: number, message: string): never => {
        throw new InputError([{ file: spec.file, line, message }]);
      };
      const w = env.world;
      const h = w.heap;
      const set = (o: number, s: string, f: string, v: number) =>
        h.store(o, h.field(w.typeId(s), f), v);
      const mms = new Map<string, number>();
      const ctxs = new Map<string, number>();
      const vmas = new Map<string, Map<string, { obj: number; start: number; pages: number }>>();
      const fault = (p: string, mm: number, vma: string, addr: number) => {
        const r = env.call("do_page_fault", mm, addr, 1);
        if (r !== 0)
          fail(1, `setup: the write fault at ${vma} ${hex(addr)} of '${p}' failed (${r})`);
      };
      for (const p of spec.processes) {
        const mm = w.allocObject("mm_struct");
        mms.set(p.name, mm);
        const mine = new Map<string, { obj: number; start: number; pages: number }>();
        vmas.set(p.name, mine);
        if (p.uffd) {
          const ctx = w.allocObject("userfaultfd_ctx");
          set(ctx, "userfaultfd_ctx", "mm", mm);
          ctxs.set(p.name, ctx);
        }
        if (p.fork >= 0) {
          const parent = spec.processes[p.fork]!;
          const pmm = mms.get(parent.name)!;
          for (const [name, pv] of vmas.get(parent.name)!) {
            const cv = env.call("dup_mmap_one", mm, pmm, pv.obj);
            if (cv === 0) fail(1, `setup: dup_mmap_one of ${name} for '${p.name}' failed`);
            mine.set(name, { ...pv, obj: cv });
          }
          for (const pv of vmas.get(parent.name)!.values())
            for (let i = 0; i < pv.pages; i++) w.copyPte(pmm, mm, pv.start + i * PAGE);
        }
        for (const v of p.vmas) {
          mine.set(v.name, {
            obj: w.mmapAnon(mm, v.start, v.pages, v.vmFlags),
            start: v.start,
            pages: v.pages,
          });
        }
        for (const f of p.faulted) fault(p.name, mm, f.vma, mine.get(f.vma)!.start + f.page * PAGE);
      }
      const resolve = (a: ScenarioArg, thread: string, line: number): number => {
        switch (a.kind) {
          case "int":
            return a.value;
          case "mm":
            return mms.get(a.process)!;
          case "uffd":
            return ctxs.get(a.process)!;
          case "vma":
          case "anon_vma": {
            const v = vmas.get(a.process)!.get(a.vma)!;
            // Setup may have split or merged it: the VMA covering its start now.
            const obj = w.lookupVma(mms.get(a.process)!, v.start, true);
            if (obj === 0) fail(line, `thread '${thread}': no VMA at ${a.process}.${a.vma}`);
            return a.kind === "vma"
              ? obj
              : h.load(obj, h.field(w.typeId("vm_area_struct"), "anon_vma"));
          }
          case "addr":
            return vmas.get(a.process)!.get(a.vma)!.start + a.page * PAGE;
          case "folio": {
            const addr = vmas.get(a.process)!.get(a.vma)!.start + a.page * PAGE;
            const folio = w.folioOfPte(w.peekPte(mms.get(a.process)!, addr));
            if (folio === 0)
              fail(
                line,
                `thread '${thread}': no page is mapped at ${a.process}.${a.vma} page ${a.page}; fault it in 'faulted'`,
              );
            return folio;
          }
        }
      };
      return spec.threads.map((t) => ({
        name: t.name,
        fn: t.call,
        args: t.args.map((a) => resolve(a, t.name, t.line)),
      }));
    },
  };
}

const hex = (n: number) => `0x${n.toString(16)}`;
