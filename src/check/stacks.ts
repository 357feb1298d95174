/*
 * Where a thread is, as a StepRef, for monitors that ask on every access.
 */

import type { IRProgram } from "../lang/ir.ts";
import type { Frame, Thread } from "../sim/interp.ts";
import { type FrameRef, type StepRef, stepRef } from "./finding.ts";

interface StackNode {
  readonly next: Map<number, StackNode>;
  /** Its number in the program's table (Tables.nodes): a site. */
  readonly id: number;
  /** The call stack ending here (innermost first) and the top instruction's text. */
  stack?: readonly FrameRef[];
  text?: string;
  /**
   * The children in `next` by the called function's index, then by pc,
   * stacks made: a thread stepping through one function finds where it
   * stands by an array index (Seen.byPc), not a Map lookup per access.
   */
  byFn?: Map<number, (StackNode | undefined)[]>;
}

/** One program's interned stacks: the trie, and its nodes by id. */
interface Tables {
  readonly root: StackNode;
  readonly nodes: StackNode[];
}

const tables = new WeakMap<IRProgram, Tables>();

/**
 * A thread's last answer: its top frame and pc, the stack of its callers
 * and the whole stack, and the StepRef of that step. Reused in place.
 */
interface Seen {
  frame: Frame | undefined;
  pc: number;
  /** The callers' stack (every frame but the top): fixed while the top frame runs. */
  callers: StackNode;
  /** The callers' children for the top frame's function, by pc (StackNode.byFn). */
  byPc: (StackNode | undefined)[];
  node: StackNode;
  step: number;
  ref: StepRef | undefined;
  /**
   * The trie path of the callers when last walked: per depth, the frame,
   * its pc then and the node after it. A new top frame (a call, a return,
   * a copied execution) walks again only from the first caller that is not
   * the same frame at the same pc: a node depends on nothing but the
   * functions and pcs below it, and a frame object keeps its function.
   */
  chainFrame: (Frame | undefined)[];
  chainPc: number[];
  chainNode: StackNode[];
}

/**
 * stepRef() for a run that asks on every access: the call stacks (frozen
 * FrameRef arrays) and instruction texts are interned by the (function, pc)
 * of each frame, outermost first, so a StepRef costs one object. A
 * simulated run reaches the same few hundred stacks millions of times; the
 * explorer's thousands of executions of one scenario reach the same stacks
 * too, hence one table per program. A monitor that keeps where every access
 * was (the race monitor) keeps a site instead, a small integer, and turns it
 * back into a StepRef with at() when it reports.
 */
export class StackTable {
  /** The interned stacks: one table per program, shared by every run and execution of it. */
  private readonly root: StackNode;
  private readonly nodes: StackNode[];
  /**
   * Per thread id: its top frame and pc when last asked, and that stack. A
   * frame's callers cannot move while it runs, so the same frame is under
   * the same callers, and at the same pc it is the same stack; asked again
   * in the same step (a step that reads several fields), it is the same
   * StepRef too.
   */
  private readonly last: (Seen | undefined)[] = [];

  constructor(private readonly program: IRProgram) {
    let t = tables.get(program);
    if (!t) {
      const root = { next: new Map(), id: 0 };
      t = { root, nodes: [root] };
      tables.set(program, t);
    }
    this.root = t.root;
    this.nodes = t.nodes;
  }

  /**
   * Drop the per-thread answers: the thread's frames were replaced (the
   * explorer copied another execution into this one, frame objects and all).
   */
  forget(): void {
    for (const seen of this.last) if (seen) seen.frame = undefined;
  }

  stepRef(t: Thread, step: number): StepRef {
    if (t.frames.length === 0) return stepRef(this.program, t, step);
    const seen = this.seen(t, step);
    if (seen.step === step && seen.ref) return seen.ref;
    seen.step = step;
    seen.ref = this.at(seen.node.id, step);
    return seen.ref;
  }

  /** Where t stands, as a number for at(); t must be running (have a frame). */
  site(t: Thread, step: number): number {
    if (t.frames.length === 0) throw new Error(`site(): thread ${t.name} has no frame`);
    return this.seen(t, step).node.id;
  }

  /** The StepRef of a site at a step: what stepRef() returned there. */
  at(site: number, step: number): StepRef {
    const node = this.nodes[site]!;
    const at = node.stack![0]!;
    return Object.freeze({
      file: at.file,
      line: at.line,
      fn: at.fn,
      text: node.text!,
      step,
      stack: node.stack!,
    });
  }

  /** t's entry in `last`, brought up to where t stands (its node's stack made). */
  private seen(t: Thread, step: number): Seen {
    const n = t.frames.length;
    const top = t.top;
    let seen = this.last[t.id];
    if (!seen) {
      seen = {
        frame: undefined,
        pc: -1,
        callers: this.root,
        byPc: [],
        node: this.root,
        step: -2,
        ref: undefined,
        chainFrame: [],
        chainPc: [],
        chainNode: [],
      };
      this.last[t.id] = seen;
    }
    if (seen.frame !== top) {
      // Another frame on top: its callers' node, from the path walked last
      // time as far as it still holds.
      let node = this.root;
      let i = 0;
      for (; i < n - 1; i++) {
        const fr = t.frames[i]!;
        if (seen.chainFrame[i] !== fr || seen.chainPc[i] !== fr.pc) break;
        node = seen.chainNode[i]!;
      }
      for (; i < n - 1; i++) {
        const fr = t.frames[i]!;
        node = this.child(node, fr);
        seen.chainFrame[i] = fr;
        seen.chainPc[i] = fr.pc;
        seen.chainNode[i] = node;
      }
      seen.frame = top;
      seen.callers = node;
      node.byFn ??= new Map();
      let byPc = node.byFn.get(top.fn.index);
      if (!byPc) {
        byPc = [];
        node.byFn.set(top.fn.index, byPc);
      }
      seen.byPc = byPc;
      seen.pc = -1;
    }
    if (seen.pc !== top.pc) {
      let node = seen.byPc[top.pc];
      if (!node) {
        node = this.child(seen.callers, top);
        if (!node.stack) {
          const ref = stepRef(this.program, t, step);
          node.stack = ref.stack;
          node.text = ref.text;
        }
        seen.byPc[top.pc] = node;
      }
      seen.pc = top.pc;
      seen.node = node;
      seen.ref = undefined;
    }
    return seen;
  }

  /** The trie node below `node` for frame fr where it stands. */
  private child(node: StackNode, fr: Frame): StackNode {
    const key = fr.fn.index * 0x100000 + fr.pc;
    let next = node.next.get(key);
    if (!next) {
      next = { next: new Map(), id: this.nodes.length };
      this.nodes.push(next);
      node.next.set(key, next);
    }
    return next;
  }
}
