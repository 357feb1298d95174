/*
 * Checks that need more than the workload file: that every op's `call` is a
 * function of the compiled policy taking the arguments the op supplies, and
 * that thread affinities name clusters of the machine. The parser cannot do
 * these (the same workload runs against every policy and machine of the
 * matrix); the run driver calls them per cell, before simulating, and gets
 * located diagnostics for the workload file.
 */

import type { IRProgram } from "../lang/ir.ts";
import { type FnSig, typeName } from "../model/types.ts";
import type { Machine } from "../sim/machine.ts";
import type { InputDiagnostic } from "./errors.ts";
import type { OpKind, Workload } from "./types.ts";

/**
 * The C parameters each kind of op passes, as the policies spell them
 * (grep the entries in policies/linux-v6.18.policy). A proposal may add an
 * entry of its own: any function with one of these signatures can be called.
 */
export const OP_PARAMS: Readonly<Record<OpKind, readonly string[]>> = {
  // shrink_folio_list_one, shrink_active_folio, damon_folio_young/mkold, page_idle_clear_pte_refs
  folio: ["struct folio *"],
  // do_page_fault(mm, addr, write)
  fault: ["struct mm_struct *", "unsigned long", "bool"],
  // move_pages(ctx, dst_start, src_start, len, mode)
  move: ["struct userfaultfd_ctx *", "unsigned long", "unsigned long", "unsigned long", "int"],
  // do_mprotect_pkey(prev, vma, start, end, newflags)
  mprotect: [
    "struct vm_area_struct *",
    "struct vm_area_struct *",
    "unsigned long",
    "unsigned long",
    "unsigned long",
  ],
  // do_munmap(mm, vma)
  munmap: ["struct mm_struct *", "struct vm_area_struct *"],
  // dup_mmap_one(mm, oldmm, mpnt): returns the child's VMA for a later same_as
  fork: ["struct mm_struct *", "struct mm_struct *", "struct vm_area_struct *"],
};

/** A policy's functions by name, from the compiled IR. */
export function entryLookup(ir: IRProgram): (name: string) => FnSig | undefined {
  return (name) => {
    const i = ir.byName.get(name);
    return i === undefined ? undefined : ir.functions[i]!.sig;
  };
}

/** Every op's call exists in the policy with the parameters its kind passes. */
export function checkEntries(
  w: Workload,
  policy: string,
  lookup: (name: string) => FnSig | undefined,
): InputDiagnostic[] {
  const out: InputDiagnostic[] = [];
  for (const pool of w.threads)
    for (const op of pool.ops) {
      const sig = lookup(op.call);
      const want = OP_PARAMS[op.kind];
      if (!sig) {
        out.push({
          file: w.file,
          line: op.line,
          message: `policy ${policy} has no function '${op.call}'`,
        });
        continue;
      }
      const got = sig.params.map(typeName);
      if (got.length !== want.length || got.some((t, i) => t !== want[i]))
        out.push({
          file: w.file,
          line: op.line,
          message: `'${op.call}' in ${policy} takes (${got.join(", ")}); a ${op.kind} op passes (${want.join(", ")})`,
        });
      else if (op.kind === "fork" && typeName(sig.ret) !== "struct vm_area_struct *")
        out.push({
          file: w.file,
          line: op.line,
          message: `'${op.call}' must return the child's struct vm_area_struct * for a fork op`,
        });
    }
  return out;
}

/** Every affinity names clusters of the machine. */
export function checkMachine(w: Workload, m: Machine): InputDiagnostic[] {
  const names = m.clusters.map((c) => c.name);
  const out: InputDiagnostic[] = [];
  for (const pool of w.threads) {
    if (pool.affinity === "any") continue;
    for (const c of pool.affinity)
      if (!names.includes(c))
        out.push({
          file: w.file,
          line: pool.affinityLine,
          message: `pool '${pool.name}': machine ${m.name} has no cluster '${c}' (clusters: ${names.join(", ")})`,
        });
  }
  return out;
}
