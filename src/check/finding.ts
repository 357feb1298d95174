/*
 * A finding is data: what rule broke, which threads, and at which policy
 * steps (file:line), plus what its kernel-style report needs. Monitors build
 * findings; format.ts prints each in the layout of the kernel report it
 * mirrors (reference/formats.md); the explorer and the Action read the data.
 */

import type { Instr, IRFunction, IRProgram } from "../lang/ir.ts";
import type { Thread } from "../sim/interp.ts";

/** One frame of a step's call stack, innermost first. */
export interface FrameRef {
  readonly fn: string;
  readonly file: string;
  readonly line: number;
}

/** A step of a policy thread: where it was and what it did. */
export interface StepRef {
  readonly file: string;
  readonly line: number;
  readonly fn: string;
  /** The instruction, as a reader would name it: `down_read()`, `folio->mapping`, `call f()`. */
  readonly text: string;
  /** Index in the execution's schedule (-1: before the first step, while a thread starts). */
  readonly step: number;
  /** The call stack at that step, innermost first (the step's own frame first). */
  readonly stack: readonly FrameRef[];
}

export interface FindingThread {
  /** Thread id (1-based; the schedule and trace use index = id - 1). */
  readonly thread: number;
  readonly name: string;
  readonly steps: readonly StepRef[];
}

/** A lock as lockdep prints it: address, class (with /subclass), and where it was taken. */
export interface LockRef {
  readonly ptr: number;
  readonly cls: string;
  readonly kind: "rwsem" | "spin" | "folio" | "vma" | "rcu";
  readonly read: boolean;
  readonly at: StepRef;
}

/** One edge A -> B of the lock-class dependency graph and the steps that created it. */
export interface DependencyRef {
  readonly from: string;
  readonly to: string;
  readonly thread: number;
  readonly name: string;
  /** Where `from` was taken, then where `to` was taken while holding it. */
  readonly heldAt: StepRef;
  readonly takenAt: StepRef;
}

interface Base {
  readonly title: string;
  /** One line saying what happened, in terms of the policy. */
  readonly message: string;
  readonly threads: readonly FindingThread[];
  /** The run cannot meaningfully go on (BUG, deadlock, wild or NULL access). */
  readonly fatal: boolean;
}

export type LockdepFinding = Base & { readonly kind: "lockdep" } & (
    | {
        readonly variant: "circular";
        /** The lock being taken, the held lock it conflicts with, the existing chain new -> ... -> held. */
        readonly acquiring: LockRef;
        readonly holding: LockRef;
        readonly chain: readonly DependencyRef[];
        readonly held: readonly LockRef[];
      }
    | {
        readonly variant: "recursive";
        readonly acquiring: LockRef;
        readonly holding: LockRef;
        readonly held: readonly LockRef[];
      }
    | {
        readonly variant: "bad_unlock";
        readonly releasing: LockRef;
        readonly held: readonly LockRef[];
      }
    | {
        readonly variant: "held_freed";
        readonly object: number;
        readonly struct: string;
        readonly lock: LockRef;
        readonly holder: number;
      }
    | {
        readonly variant: "assert";
        readonly macro: string;
        readonly lock: LockRef;
        readonly held: readonly LockRef[];
      }
  );

export interface WaitRef {
  readonly thread: number;
  readonly name: string;
  /** What it waits for: a lock (class and address) or an RCU grace period. */
  readonly lock?: LockRef;
  readonly mode: "read" | "write" | "rcu";
  readonly at: StepRef;
  /** The threads it waits for. */
  readonly on: readonly number[];
}

export type DeadlockFinding = Base & {
  readonly kind: "deadlock";
  /** A wait-for cycle, or (cycle false) the chain from a waiter to a thread that will never release. */
  readonly cycle: boolean;
  readonly waits: readonly WaitRef[];
  /** Thread names along the cycle or chain, in wait-for order. */
  readonly chain: readonly string[];
  /** Every involved thread's held locks, as debug_show_all_locks() lists them. */
  readonly held: readonly {
    readonly thread: number;
    readonly name: string;
    readonly locks: readonly LockRef[];
  }[];
};

export interface AccessRef {
  readonly thread: number;
  readonly name: string;
  readonly write: boolean;
  readonly marked: boolean;
  readonly at: StepRef;
}

export type RaceFinding = Base & {
  readonly kind: "race";
  /** `folio.mapping` of object 0x..., or `pte` of slot 0x.... */
  readonly location: string;
  readonly address: number;
  /** The earlier access, then the one that found it unordered. */
  readonly accesses: readonly [AccessRef, AccessRef];
};

export type KasanFinding = Base & {
  readonly kind: "kasan";
  /** KASAN's bug type: slab-use-after-free, use-after-free, double-free, wild-memory-access, null-ptr-deref. */
  readonly bug: string;
  readonly what: string;
  readonly address: number;
  readonly struct: string;
  readonly write: boolean;
  readonly at: StepRef;
  readonly allocated?: { readonly thread: number; readonly name: string; readonly at: StepRef };
  readonly freed?: { readonly thread: number; readonly name: string; readonly at: StepRef };
};

export type MightSleepFinding = Base & {
  readonly kind: "might_sleep";
  readonly callee: string;
  readonly at: StepRef;
  /** Spinlocks held (preempt_count) and the RCU nesting depth. */
  readonly preemptCount: number;
  readonly rcuDepth: number;
  readonly held: readonly LockRef[];
  /** Where preemption was first disabled (the outermost spinlock), or the RCU read section began. */
  readonly disabledAt?: StepRef;
};

export type BalanceFinding = Base & {
  readonly kind: "balance";
  /** "exit": the thread's entry function returned holding locks; "function": an unannotated function did. */
  readonly variant: "exit" | "function";
  readonly fn: string;
  readonly at: StepRef;
  readonly held: readonly LockRef[];
};

export type AssertionFinding = Base & {
  readonly kind: "assertion";
  readonly level: "BUG" | "WARNING";
  readonly macro: string;
  readonly at: StepRef;
};

export type RmapFinding = Base & {
  readonly kind: "rmap";
  readonly variant: "walk_removed" | "walk_during_update" | "unmap_left_pte" | "stale_anon_vma";
  readonly at: StepRef;
  /** The other thread's step that makes it wrong (the remove; the freeing), if any. */
  readonly other?: { readonly thread: number; readonly name: string; readonly at: StepRef };
  readonly detail: string;
};

/**
 * The policy itself went wrong where the kernel would oops: a call through
 * a NULL or corrupt function pointer, a division by zero, a loop past the
 * instruction budget. Not a monitor's verdict but an execution that cannot
 * go on; the explorer reports it with the schedule that leads there.
 */
export type FaultFinding = Base & {
  readonly kind: "fault";
  readonly at: StepRef;
};

export type LivelockFinding = Base & {
  readonly kind: "livelock";
  readonly fn: string;
  readonly iterations: number;
  readonly at: StepRef;
  /** Other threads could have run meanwhile: an unfair schedule, not necessarily a livelock. */
  readonly othersRunnable: boolean;
};

export type Finding =
  | LockdepFinding
  | DeadlockFinding
  | RaceFinding
  | KasanFinding
  | MightSleepFinding
  | BalanceFinding
  | AssertionFinding
  | RmapFinding
  | LivelockFinding
  | FaultFinding;

export type FindingKind = Finding["kind"];

// --- steps -----------------------------------------------------------------------------

function reg(fn: IRFunction, r: number): string {
  return fn.localNames[r] ?? "";
}

/** Name an object operand: the local it is in, else its struct. */
function obj(fn: IRFunction, r: number, struct: string): string {
  return reg(fn, r) || struct;
}

/** A short description of an instruction, for traces and reports. */
export function describe(p: IRProgram, fn: IRFunction, ins: Instr): string {
  switch (ins.op) {
    case "load": {
      const e = `${obj(fn, ins.obj, ins.struct)}->${ins.field}`;
      return ins.marked ? `READ_ONCE(${e})` : e;
    }
    case "store": {
      const e = `${obj(fn, ins.obj, ins.struct)}->${ins.field}`;
      return ins.marked ? `WRITE_ONCE(${e}, ...)` : `${e} = ...`;
    }
    case "lload":
      return `${obj(fn, ins.obj, ins.struct)}.${ins.field}`;
    case "lstore":
      return `${obj(fn, ins.obj, ins.struct)}.${ins.field} = ...`;
    case "call":
      return `${p.functions[ins.fn]!.name}()`;
    case "icall":
      return `(*${reg(fn, ins.target) || "fnptr"})()`;
    case "builtin":
      return `${p.builtins[ins.id]!.proto.name}()`;
    case "deref":
      return `*${reg(fn, ins.ptr) || "ptr"}`;
    case "store_ind":
      return `*${reg(fn, ins.ptr) || "ptr"} = ...`;
    case "list_next":
      return "list_for_each_entry";
    case "ret":
      return "return";
    case "addr":
      return `&${obj(fn, ins.obj, ins.struct)}->${ins.field}`;
    case "const":
    case "mov":
    case "un":
    case "bin":
    case "ptradd":
    case "jmp":
    case "br":
    case "alloca":
    case "fnref":
    case "global":
      return ins.op;
  }
}

/** Where thread t is now (the instruction its top frame executes or stands before). */
export function stepRef(p: IRProgram, t: Thread, step: number): StepRef {
  const stack: FrameRef[] = [];
  for (let i = t.frames.length - 1; i >= 0; i--) {
    const fr = t.frames[i]!;
    // A caller's pc already points past its call instruction.
    const pc = i === t.frames.length - 1 ? fr.pc : Math.max(0, fr.pc - 1);
    const loc = fr.fn.locs[pc] ?? fr.fn.locs[fr.fn.locs.length - 1]!;
    stack.push(Object.freeze({ fn: fr.fn.name, file: p.files[loc.file]!, line: loc.line }));
  }
  // Frozen: steps are shared, never copied, when the explorer copies an execution.
  if (t.frames.length === 0)
    return Object.freeze({ file: "?", line: 0, fn: t.name, text: "exit", step, stack: [] });
  const top = t.top;
  const ins = top.fn.code[top.pc]!;
  const here = stack[0]!;
  return Object.freeze({
    file: here.file,
    line: here.line,
    fn: here.fn,
    text: describe(p, top.fn, ins),
    step,
    stack: Object.freeze(stack),
  });
}

export function threadOf(t: Thread, ...steps: StepRef[]): FindingThread {
  return { thread: t.id, name: t.name, steps };
}
