/*
 * The IR both the timed engine and the explorer execute.
 *
 * Per function, a flat instruction list over numbered registers (Int32
 * words). Parameters occupy registers 0..nparams-1, then named locals, then
 * temporaries. Pure local computation (const, mov, un, bin, jumps) is never a
 * scheduling point; everything that touches shared state, a lock, RCU, an
 * allocation or a call is (`step: true`), and carries the policy file:line
 * that counterexamples print. `deref`/`store_ind` are steps only when the
 * pointer leads to shared memory (a PMD or PTE slot), not to the thread's
 * own stack cell; the interpreter decides that from the pointer.
 *
 * A thread's state is (function, pc, registers, stack cells) per frame, so
 * hashing it is hashing a few small typed arrays.
 */

import type { BinaryOp } from "./ast.ts";
import type { Builtin, FnSig, StructDef } from "../model/index.ts";

export interface Loc {
  /** Index into IRProgram.files. */
  readonly file: number;
  readonly line: number;
  readonly col: number;
}

export type Instr =
  | { readonly op: "const"; readonly dst: number; readonly value: number }
  | { readonly op: "mov"; readonly dst: number; readonly src: number }
  /** "!" gives 0/1; "bool" normalises any value to 0/1. */
  | {
      readonly op: "un";
      readonly fn: "!" | "-" | "~" | "bool";
      readonly dst: number;
      readonly src: number;
    }
  | {
      readonly op: "bin";
      readonly fn: BinaryOp;
      readonly dst: number;
      readonly a: number;
      readonly b: number;
    }
  /** pte_t * / pmd_t * stepped by n entries (src_pte++): private address arithmetic. */
  | { readonly op: "ptradd"; readonly dst: number; readonly ptr: number; readonly n: number }
  | { readonly op: "jmp"; readonly target: number }
  /** Jump to target when (reg == 0) === ifZero; fall through otherwise. */
  | { readonly op: "br"; readonly cond: number; readonly ifZero: boolean; readonly target: number }
  /** Shared field read / write; marked = READ_ONCE/WRITE_ONCE (KCSAN's marked access). */
  | {
      readonly op: "load";
      readonly dst: number;
      readonly obj: number;
      readonly struct: string;
      readonly field: string;
      readonly marked: boolean;
    }
  | {
      readonly op: "store";
      readonly obj: number;
      readonly struct: string;
      readonly field: string;
      readonly src: number;
      readonly marked: boolean;
    }
  /** Field of a struct on the thread's own stack (rmap_walk_control): private. */
  | {
      readonly op: "lload";
      readonly dst: number;
      readonly obj: number;
      readonly struct: string;
      readonly field: string;
    }
  | {
      readonly op: "lstore";
      readonly obj: number;
      readonly struct: string;
      readonly field: string;
      readonly src: number;
    }
  /** &obj->field of an embedded lock/atomic/list/tree: address arithmetic, private. */
  | {
      readonly op: "addr";
      readonly dst: number;
      readonly obj: number;
      readonly struct: string;
      readonly field: string;
    }
  /** A stack struct (struct given) or a stack cell for an address-taken local; freed at ret. */
  | { readonly op: "alloca"; readonly dst: number; readonly struct?: string }
  | { readonly op: "deref"; readonly dst: number; readonly ptr: number }
  | { readonly op: "store_ind"; readonly ptr: number; readonly src: number }
  /** The value of a function name (a function pointer) or a model global. */
  | { readonly op: "fnref"; readonly dst: number; readonly fn: number }
  | { readonly op: "global"; readonly dst: number; readonly name: string }
  /** dst < 0: result unused. */
  | {
      readonly op: "call";
      readonly dst: number;
      readonly fn: number;
      readonly args: readonly number[];
    }
  | {
      readonly op: "icall";
      readonly dst: number;
      readonly target: number;
      readonly args: readonly number[];
    }
  | {
      readonly op: "builtin";
      readonly dst: number;
      readonly id: number;
      readonly args: readonly number[];
    }
  /** list_for_each_entry's steps: the first/next entry after pos (0 = first), NULL at the end. */
  | {
      readonly op: "list_next";
      readonly dst: number;
      readonly head: number;
      readonly pos: number;
      readonly reverse: boolean;
    }
  /** src < 0: void return. */
  | { readonly op: "ret"; readonly src: number };

export type Op = Instr["op"];

export interface IRFunction {
  readonly name: string;
  readonly index: number;
  readonly file: number;
  readonly line: number;
  readonly sig: FnSig;
  readonly nparams: number;
  readonly nregs: number;
  readonly code: readonly Instr[];
  /** Parallel to code. */
  readonly locs: readonly Loc[];
  /** Parallel to code: is this instruction a scheduling point? */
  readonly steps: readonly boolean[];
  /** Register names for traces: the named locals (temporaries are unnamed). */
  readonly localNames: readonly string[];
  /** Sparse context annotations, by name (e.g. "__cond_acquires"), as source text. */
  readonly attributes: readonly { readonly name: string; readonly text: string }[];
}

export interface IRProgram {
  readonly policy: string;
  readonly files: readonly string[];
  readonly functions: readonly IRFunction[];
  readonly byName: ReadonlyMap<string, number>;
  /** builtin instruction ids index this table. */
  readonly builtins: readonly Builtin[];
  /** The model's structs plus this policy's extensions. */
  readonly structs: ReadonlyMap<string, StructDef>;
}

/** Ops that are always scheduling points (deref/store_ind are decided at run time). */
export const SHARED_OPS: ReadonlySet<Op> = new Set(["load", "store", "call", "icall", "list_next"]);

export function formatLoc(p: IRProgram, loc: Loc): string {
  return `${p.files[loc.file]}:${loc.line}`;
}

/** One line per instruction, for `lockbench check --ir` and tests. */
export function dumpFunction(p: IRProgram, f: IRFunction): string {
  const reg = (r: number) => (r < 0 ? "_" : f.localNames[r] ? `%${f.localNames[r]}` : `r${r}`);
  const lines = [`${f.name}(${f.localNames.slice(0, f.nparams).join(", ")}) regs=${f.nregs}`];
  f.code.forEach((ins, pc) => {
    let text: string;
    switch (ins.op) {
      case "const":
        text = `${reg(ins.dst)} = ${ins.value}`;
        break;
      case "mov":
        text = `${reg(ins.dst)} = ${reg(ins.src)}`;
        break;
      case "un":
        text = `${reg(ins.dst)} = ${ins.fn}${reg(ins.src)}`;
        break;
      case "bin":
        text = `${reg(ins.dst)} = ${reg(ins.a)} ${ins.fn} ${reg(ins.b)}`;
        break;
      case "ptradd":
        text = `${reg(ins.dst)} = ${reg(ins.ptr)} + ${reg(ins.n)} entries`;
        break;
      case "jmp":
        text = `jmp ${ins.target}`;
        break;
      case "br":
        text = `br ${reg(ins.cond)} ${ins.ifZero ? "== 0" : "!= 0"} -> ${ins.target}`;
        break;
      case "load":
        text = `${reg(ins.dst)} = ${ins.marked ? "READ_ONCE " : ""}${reg(ins.obj)}->${ins.field}`;
        break;
      case "store":
        text = `${ins.marked ? "WRITE_ONCE " : ""}${reg(ins.obj)}->${ins.field} = ${reg(ins.src)}`;
        break;
      case "lload":
        text = `${reg(ins.dst)} = ${reg(ins.obj)}.${ins.field}`;
        break;
      case "lstore":
        text = `${reg(ins.obj)}.${ins.field} = ${reg(ins.src)}`;
        break;
      case "addr":
        text = `${reg(ins.dst)} = &${reg(ins.obj)}->${ins.field}`;
        break;
      case "alloca":
        text = `${reg(ins.dst)} = alloca ${ins.struct ?? "cell"}`;
        break;
      case "deref":
        text = `${reg(ins.dst)} = *${reg(ins.ptr)}`;
        break;
      case "store_ind":
        text = `*${reg(ins.ptr)} = ${reg(ins.src)}`;
        break;
      case "fnref":
        text = `${reg(ins.dst)} = &${p.functions[ins.fn]!.name}`;
        break;
      case "global":
        text = `${reg(ins.dst)} = ${ins.name}`;
        break;
      case "call":
        text = `${reg(ins.dst)} = call ${p.functions[ins.fn]!.name}(${ins.args.map(reg).join(", ")})`;
        break;
      case "icall":
        text = `${reg(ins.dst)} = call *${reg(ins.target)}(${ins.args.map(reg).join(", ")})`;
        break;
      case "builtin":
        text = `${reg(ins.dst)} = ${p.builtins[ins.id]!.proto.name}(${ins.args.map(reg).join(", ")})`;
        break;
      case "list_next":
        text = `${reg(ins.dst)} = list_${ins.reverse ? "prev" : "next"}(${reg(ins.head)}, ${reg(ins.pos)})`;
        break;
      case "ret":
        text = `ret ${reg(ins.src)}`;
        break;
    }
    const loc = f.locs[pc]!;
    lines.push(
      `${String(pc).padStart(4)}${f.steps[pc] ? " *" : "  "} ${text.padEnd(48)} ; ${formatLoc(p, loc)}`,
    );
  });
  return lines.join("\n");
}
