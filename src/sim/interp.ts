/*
 * The IR interpreter, shared by the timed engine and the explorer: only the
 * scheduler around it differs (DESIGN.md). A thread runs its private
 * instructions freely and stops in front of each scheduling point; the
 * scheduler decides when that step executes. Everything a step does to the
 * kernel's state goes through the Kernel interface, so the engine can charge
 * its cost and block on locks, and the monitors can watch it.
 *
 * Registers are Int32Arrays per frame; the hot loop is a switch over the op
 * with no allocation except for calls.
 */

import type { Builtin } from "../model/index.ts";
import type { Instr, IRFunction, IRProgram, Loc } from "../lang/ir.ts";
import { ArithmeticError, evalBin, evalUn } from "../lang/ops.ts";

/** A step could not complete now: the thread waits (a lock) and retries the same step. */
export const BLOCKED = Symbol("blocked");
export type StepResult = number | typeof BLOCKED;

/** Function-pointer values: a tag no heap pointer uses (heap types start at 1 << 26). */
export const FN_TAG = 0x3f000000;

export interface Frame {
  readonly fn: IRFunction;
  pc: number;
  readonly regs: Int32Array;
  /** Stack cells and stack structs allocated by this frame, freed on return. */
  readonly cells: number[];
  /** Register of the caller that receives the return value (-1: none). */
  readonly retDst: number;
  /**
   * The explorer's hash of this frame (two lanes), kept while the frame
   * does not run: invalid (hashed false) from the moment it executes an
   * instruction or a callee returns into it, both of which mark it.
   */
  hashed: boolean;
  hash0: number;
  hash1: number;
  /**
   * The hash of the stack up to and including this frame (two lanes), kept
   * with hash0/hash1: the frames under a running one do not change, so a
   * step rehashes its own frame and chains it onto its caller's.
   */
  below0: number;
  below1: number;
}

export class Thread {
  readonly frames: Frame[] = [];
  done = false;
  retval = 0;
  /** Instructions executed, private ones included: the step budget counts these. */
  executed = 0;
  /**
   * The explorer's hash of the whole thread (its frames' hashes, two
   * lanes), kept while it does not run: a state's hash then costs the
   * thread that stepped. Invalid (hashed false) once it executes an
   * instruction, which marks it, or a frame is pushed.
   */
  hashed = false;
  hash0 = 0;
  hash1 = 0;

  constructor(
    readonly id: number,
    readonly name: string,
  ) {}

  get top(): Frame {
    return this.frames[this.frames.length - 1]!;
  }
}

/**
 * What a step does to the world. Every method may report findings to the
 * monitors; a lock operation may return BLOCKED.
 */
export interface Kernel {
  load(t: Thread, obj: number, struct: string, field: string, marked: boolean): number;
  store(
    t: Thread,
    obj: number,
    struct: string,
    field: string,
    value: number,
    marked: boolean,
  ): void;
  /** &obj->field of an embedded object. */
  addr(t: Thread, obj: number, struct: string, field: string): number;
  /** A stack struct (struct given) or a one-word cell; private to t. */
  alloca(t: Thread, struct: string | undefined): number;
  freeCells(t: Thread, cells: readonly number[]): void;
  /** *p: true if p leads to the thread's own stack (then the access is private). */
  isPrivate(t: Thread, ptr: number): boolean;
  deref(t: Thread, ptr: number): number;
  storeInd(t: Thread, ptr: number, value: number): void;
  global(name: string): number;
  /** A pte_t * or pmd_t * moved by n entries; leaving its table gives a wild pointer. */
  ptrAdd(t: Thread, ptr: number, n: number): number;
  builtin(t: Thread, b: Builtin, id: number, args: readonly number[]): StepResult;
  listNext(t: Thread, head: number, pos: number, reverse: boolean): number;
  /** A call or return of a policy function, for traces and lockdep's held-lock stacks. */
  enter(t: Thread, fn: IRFunction, args: readonly number[]): void;
  leave(t: Thread, fn: IRFunction, value: number): void;
}

/** A runtime error in a policy: a finding, not a crash of lockbench. */
export class PolicyFault extends Error {
  constructor(
    message: string,
    readonly loc: Loc,
    readonly fn: string,
  ) {
    super(message);
  }
}

export class Interpreter {
  constructor(
    readonly program: IRProgram,
    private readonly kernel: Kernel,
    /** Instructions a thread may execute in one call of its entry function. */
    private readonly budget = 1_000_000,
  ) {}

  /** Start thread t in fn(args). It has not run anything yet. */
  start(t: Thread, fn: number, args: readonly number[]): void {
    const f = this.program.functions[fn]!;
    if (args.length !== f.nparams)
      throw new Error(`${f.name} takes ${f.nparams} arguments, got ${args.length}`);
    t.done = false;
    t.executed = 0;
    this.push(t, f, args, -1);
  }

  /** The step instruction t is stopped in front of (undefined when done). */
  pending(t: Thread): { fn: IRFunction; pc: number; ins: Instr; loc: Loc } | undefined {
    if (t.done) return undefined;
    const fr = t.top;
    return { fn: fr.fn, pc: fr.pc, ins: fr.fn.code[fr.pc]!, loc: fr.fn.locs[fr.pc]! };
  }

  /**
   * Run private instructions until t stands in front of a scheduling point
   * or has returned from its entry function.
   */
  advance(t: Thread): void {
    while (!t.done) {
      const fr = t.top;
      const ins = fr.fn.code[fr.pc]!;
      if (
        fr.fn.steps[fr.pc] ||
        ((ins.op === "deref" || ins.op === "store_ind") &&
          !this.kernel.isPrivate(t, fr.regs[ins.ptr]!))
      ) {
        return;
      }
      this.exec(t, fr, ins);
    }
  }

  /** Execute the step t stands in front of, then advance to the next one. */
  step(t: Thread): "ok" | "blocked" | "done" {
    if (t.done) return "done";
    const fr = t.top;
    const ins = fr.fn.code[fr.pc]!;
    if (this.exec(t, fr, ins) === BLOCKED) return "blocked";
    this.advance(t);
    return t.done ? "done" : "ok";
  }

  /**
   * Register files of returned frames, by size, for the next call of that
   * size: a typed array per call is garbage the collector would chase.
   */
  private readonly spare: Int32Array[][] = [];

  /** Argument buffers by arity (argsOf). */
  private readonly argv: number[][] = [];

  /**
   * The values of registers `regs` of r, in the buffer of that arity: a
   * builtin, a callee's frame and the call hooks read their arguments at
   * once and keep none of them, so one buffer serves every call.
   */
  private argsOf(r: Int32Array, regs: readonly number[]): number[] {
    const n = regs.length;
    let args = this.argv[n];
    if (!args) {
      args = new Array<number>(n).fill(0);
      this.argv[n] = args;
    }
    for (let a = 0; a < n; a++) args[a] = r[regs[a]!]!;
    return args;
  }

  /**
   * A register file holding a copy of `regs`, from the spares (an explorer
   * copying another execution's frames, Execution.copyFrom).
   */
  copyRegisters(regs: Int32Array): Int32Array {
    const mine = this.spare[regs.length]?.pop();
    if (!mine) return regs.slice();
    mine.set(regs);
    return mine;
  }

  /** The register file of a frame that returned or was dropped, for the next call of its size. */
  recycle(regs: Int32Array): void {
    const free = this.spare[regs.length];
    if (free) free.push(regs);
    else this.spare[regs.length] = [regs];
  }

  private push(t: Thread, fn: IRFunction, args: readonly number[], retDst: number): void {
    const regs = this.spare[fn.nregs]?.pop()?.fill(0) ?? new Int32Array(fn.nregs);
    for (let i = 0; i < args.length; i++) regs[i] = args[i]!;
    t.frames.push({
      fn,
      pc: 0,
      regs,
      cells: [],
      retDst,
      hashed: false,
      hash0: 0,
      hash1: 0,
      below0: 0,
      below1: 0,
    });
    t.hashed = false;
    this.kernel.enter(t, fn, args);
  }

  private fault(fr: Frame, message: string): PolicyFault {
    return new PolicyFault(message, fr.fn.locs[fr.pc]!, fr.fn.name);
  }

  /** One instruction. Returns BLOCKED if a step must be retried later. */
  private exec(t: Thread, fr: Frame, ins: Instr): StepResult {
    fr.hashed = false;
    t.hashed = false;
    if (++t.executed > this.budget) {
      throw this.fault(
        fr,
        `step budget of ${this.budget} instructions exceeded in ${fr.fn.name}(): a loop that never ends?`,
      );
    }
    const r = fr.regs;
    const k = this.kernel;
    switch (ins.op) {
      case "const":
        r[ins.dst] = ins.value;
        break;
      case "mov":
        r[ins.dst] = r[ins.src]!;
        break;
      case "un":
        r[ins.dst] = evalUn(ins.fn, r[ins.src]!);
        break;
      case "bin":
        try {
          r[ins.dst] = evalBin(ins.fn, r[ins.a]!, r[ins.b]!);
        } catch (e) {
          if (e instanceof ArithmeticError) throw this.fault(fr, e.message);
          throw e;
        }
        break;
      case "ptradd":
        r[ins.dst] = k.ptrAdd(t, r[ins.ptr]!, r[ins.n]!);
        break;
      case "jmp":
        fr.pc = ins.target;
        return 0;
      case "br":
        if ((r[ins.cond] === 0) === ins.ifZero) {
          fr.pc = ins.target;
          return 0;
        }
        break;
      case "load":
        r[ins.dst] = k.load(t, r[ins.obj]!, ins.struct, ins.field, ins.marked);
        break;
      case "store":
        k.store(t, r[ins.obj]!, ins.struct, ins.field, r[ins.src]!, ins.marked);
        break;
      case "lload":
        r[ins.dst] = k.load(t, r[ins.obj]!, ins.struct, ins.field, true);
        break;
      case "lstore":
        k.store(t, r[ins.obj]!, ins.struct, ins.field, r[ins.src]!, true);
        break;
      case "addr":
        r[ins.dst] = k.addr(t, r[ins.obj]!, ins.struct, ins.field);
        break;
      case "alloca": {
        const p = k.alloca(t, ins.struct);
        fr.cells.push(p);
        r[ins.dst] = p;
        break;
      }
      case "deref":
        r[ins.dst] = k.deref(t, r[ins.ptr]!);
        break;
      case "store_ind":
        k.storeInd(t, r[ins.ptr]!, r[ins.src]!);
        break;
      case "fnref":
        r[ins.dst] = FN_TAG | ins.fn;
        break;
      case "global":
        r[ins.dst] = k.global(ins.name);
        break;
      case "builtin": {
        const v = k.builtin(t, this.program.builtins[ins.id]!, ins.id, this.argsOf(r, ins.args));
        if (v === BLOCKED) return BLOCKED;
        if (ins.dst >= 0) r[ins.dst] = v;
        break;
      }
      case "list_next":
        r[ins.dst] = k.listNext(t, r[ins.head]!, r[ins.pos]!, ins.reverse);
        break;
      case "call":
      case "icall": {
        let fi: number;
        if (ins.op === "call") fi = ins.fn;
        else {
          const v = r[ins.target]!;
          fi = v & ~FN_TAG;
          if ((v & FN_TAG) !== FN_TAG || fi >= this.program.functions.length) {
            throw this.fault(
              fr,
              `call through ${v === 0 ? "a NULL" : "a corrupt"} function pointer`,
            );
          }
        }
        fr.pc++;
        this.push(t, this.program.functions[fi]!, this.argsOf(r, ins.args), ins.dst);
        return 0;
      }
      case "ret": {
        const v = ins.src >= 0 ? r[ins.src]! : 0;
        k.freeCells(t, fr.cells);
        k.leave(t, fr.fn, v);
        t.frames.pop();
        this.recycle(r);
        if (t.frames.length === 0) {
          t.done = true;
          t.retval = v;
        } else {
          const caller = t.top;
          caller.hashed = false;
          if (fr.retDst >= 0) caller.regs[fr.retDst] = v;
        }
        return 0;
      }
    }
    fr.pc++;
    return 0;
  }
}
