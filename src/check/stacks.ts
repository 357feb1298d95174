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

/**
 * A thread's last answer: its top frame and pc, the stack of its callers
 * and the whole stack, and the StepRef of that step. Reused in place.
 */
interface Seen {
  frame: Frame | undefined;
  pc: number;
  /** The callers' stack (every frame but the top): fixed while the top frame runs. */
  callers: StackNode;
  node: StackNode;
  step: number;
  ref: StepRef | undefined;
}

/**
 * stepRef() for a run that asks on every access: the call stacks (frozen
 * FrameRef arrays) and instruction texts are interned by the (function, pc)
 * of each frame, outermost first, so a StepRef costs one object. A
 * simulated run reaches the same few hundred stacks millions of times; the
 * explorer's thousands of executions of one scenario reach the same stacks
 * too, hence one table per program.
 */
export class StackTable {
  /** The interned stacks: one table per program, shared by every run and execution of it. */
  private readonly root: StackNode;
  /**
   * Per thread id: its top frame and pc when last asked, and that stack. A
   * frame's callers cannot move while it runs, so the same frame is under
   * the same callers, and at the same pc it is the same stack; asked again
   * in the same step (a step that reads several fields), it is the same
   * StepRef too.
   */
  private readonly last: (Seen | undefined)[] = [];

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
    for (const seen of this.last) if (seen) seen.frame = undefined;
  }

  stepRef(t: Thread, step: number): StepRef {
    const n = t.frames.length;
    if (n === 0) return stepRef(this.program, t, step);
    const top = t.top;
    let seen = this.last[t.id];
    if (!seen) {
      seen = {
        frame: undefined,
        pc: -1,
        callers: this.root,
        node: this.root,
        step: -2,
        ref: undefined,
      };
      this.last[t.id] = seen;
    }
    if (seen.frame !== top) {
      // Another frame on top: walk its callers from the outermost.
      let node = this.root;
      for (let i = 0; i < n - 1; i++) node = this.child(node, t.frames[i]!);
      seen.frame = top;
      seen.callers = node;
      seen.pc = -1;
    }
    if (seen.pc !== top.pc) {
      seen.pc = top.pc;
      seen.node = this.child(seen.callers, top);
      seen.ref = undefined;
      if (!seen.node.stack) {
        const ref = stepRef(this.program, t, step);
        seen.node.stack = ref.stack;
        seen.node.text = ref.text;
      }
    } else if (seen.step === step && seen.ref) return seen.ref;
    const node = seen.node;
    const at = node.stack![0]!;
    seen.step = step;
    seen.ref = Object.freeze({
      file: at.file,
      line: at.line,
      fn: at.fn,
      text: node.text!,
      step,
      stack: node.stack!,
    });
    return seen.ref;
  }

  /** The trie node below `node` for frame fr where it stands. */
  private child(node: StackNode, fr: Frame): StackNode {
    const key = fr.fn.index * 0x100000 + fr.pc;
    let next = node.next.get(key);
    if (!next) {
      next = { next: new Map() };
      node.next.set(key, next);
    }
    return next;
  }
}
