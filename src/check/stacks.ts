/*
 * Where a thread is, as a StepRef, for monitors that ask on every access.
 */

import type { IRProgram } from "../lang/ir.ts";
import type { Frame, Thread } from "../sim/interp.ts";
import { type FrameRef, type StepRef, stepRef } from "./finding.ts";

interface StackNode {
  readonly next: Map<number, StackNode>;
  /** The call stack ending here (innermost first) and the top instruction's text. */
  stack?: readonly FrameRef[];
  text?: string;
}

const roots = new WeakMap<IRProgram, StackNode>();

/** A thread's last answer: its top frame and pc, their stack, and the StepRef of that step. */
interface Seen {
  readonly frame: Frame;
  readonly pc: number;
  readonly node: StackNode;
  step: number;
  ref?: StepRef;
}

/**
 * stepRef() for a run that asks on every access: the call stacks (frozen
 * FrameRef arrays) and instruction texts are interned by the (function, pc)
 * of each frame, so a StepRef costs one object. A simulated run reaches the
 * same few hundred stacks millions of times; the explorer's thousands of
 * executions of one scenario reach the same stacks too, hence one table per
 * program.
 */
export class StackTable {
  /** The interned stacks: one table per program, shared by every run and execution of it. */
  private readonly root: StackNode;
  /**
   * Per thread id: its top frame and pc when last asked, and that stack. A
   * frame's callers cannot move while it runs, so the same frame at the
   * same pc is the same stack; asked again in the same step (a step that
   * reads several fields), it is the same StepRef too.
   */
  private readonly last = new Map<number, Seen>();

  constructor(private readonly program: IRProgram) {
    let root = roots.get(program);
    if (!root) {
      root = { next: new Map() };
      roots.set(program, root);
    }
    this.root = root;
  }

  /**
   * Drop the per-thread answers: the thread's frames were replaced (the
   * explorer copied another execution into this one, frame objects and all).
   */
  forget(): void {
    this.last.clear();
  }

  stepRef(t: Thread, step: number): StepRef {
    const n = t.frames.length;
    if (n === 0) return stepRef(this.program, t, step);
    const top = t.top;
    let seen = this.last.get(t.id);
    if (seen?.frame !== top || seen.pc !== top.pc) seen = this.lookup(t, step, top);
    else if (seen.step === step && seen.ref) return seen.ref;
    const at = seen.node.stack![0]!;
    seen.step = step;
    seen.ref = Object.freeze({
      file: at.file,
      line: at.line,
      fn: at.fn,
      text: seen.node.text!,
      step,
      stack: seen.node.stack!,
    });
    return seen.ref;
  }

  private lookup(t: Thread, step: number, top: Frame): Seen {
    const n = t.frames.length;
    let node = this.root;
    for (let i = n - 1; i >= 0; i--) {
      const fr = t.frames[i]!;
      const key = fr.fn.index * 0x100000 + fr.pc;
      let next = node.next.get(key);
      if (!next) {
        next = { next: new Map() };
        node.next.set(key, next);
      }
      node = next;
    }
    if (!node.stack) {
      const ref = stepRef(this.program, t, step);
      node.stack = ref.stack;
      node.text = ref.text;
    }
    const seen = { frame: top, pc: top.pc, node, step: -2 };
    this.last.set(t.id, seen);
    return seen;
  }
}
