/*
 * lockdep (kernel/locking/lockdep.c, Documentation/locking/lockdep-design.rst)
 * over lock classes, not instances: every blocking acquisition of class B
 * while holding class A adds the dependency A -> B; a new dependency that
 * closes a cycle is a "possible circular locking dependency", reported even
 * if no execution deadlocked, because some other interleaving would. The
 * graph can be shared between executions (the explorer passes one), as the
 * kernel's persists for the whole boot.
 *
 * Rules kept from lockdep:
 * - trylocks never wait, so they add no dependency to themselves and are not
 *   checked for recursion (validate_chain skips them); what is taken while
 *   holding them does depend on them (check_prevs_add);
 * - rwsem read acquisitions count like write ones: rwsem readers are not
 *   recursive (a queued writer blocks the second reader), so A(read) -> B,
 *   B -> A(read) is a real deadlock;
 * - *_nested(lock, subclass) makes `class/subclass` a class of its own, so
 *   double_pt_lock's second PTL and dup_mmap's second mmap_lock are fine;
 * - taking a lock of a class already held is "possible recursive locking"
 *   (check_deadlock), a VMA this thread already write-locked excepted
 *   (vma_start_write is idempotent);
 * - releasing a lock not held is "bad unlock balance"; freeing memory that
 *   contains a held lock is "held lock freed!";
 * - lockdep_assert_held*() that fails is a WARNING (vma_assert_write_locked
 *   a BUG), and a finding rather than an exception.
 * Checks run when an acquisition blocks (lock_acquire precedes the wait, so
 * a real ABBA deadlock is explained too) or completes, once per attempt.
 */

import type { IRProgram } from "../../lang/ir.ts";
import type { Builtin, LockEffect } from "../../model/index.ts";
import type { Thread } from "../../sim/interp.ts";
import {
  type DependencyRef,
  type FindingThread,
  type LockdepFinding,
  type LockRef,
  type StepRef,
  threadOf,
} from "../finding.ts";
import type { HeldLock } from "../held.ts";
import type { Monitor, MonitorContext, MonitorFactory } from "../monitor.ts";
import { at, callTrace, heldList, hex, lockLine } from "./text.ts";
import { CowMap, CowSet, copyOfMap } from "../../sim/cow.ts";

/** Epochs of LockdepGraphs: unique numbers, nothing else. */
let graphEpochs = 0;
/** The epoch each inner map of a LockdepGraph was made in. */
const MADE_IN = new WeakMap<ReadonlyMap<string, DependencyRef>, number>();

/** The class dependency graph, first witness per edge. */
export class LockdepGraph {
  /** Class -> class it was held across -> the first dependency seen. */
  private readonly edges = new CowMap<string, Map<string, DependencyRef>>();
  /** Findings already reported (by key), so a cycle is reported once however often it recurs. */
  reported = new CowSet<string>();
  /**
   * The graph's epoch: it may write the inner maps made in it (MADE_IN) and
   * copies any other before its first write to it; copyFrom() starts a new
   * epoch on both sides, so every inner map is shared from then on.
   */
  private epoch = ++graphEpochs;

  /** Become a copy of src (another execution's graph): the inner maps are shared, copy on write on both sides. */
  copyFrom(src: LockdepGraph): void {
    if (src === this) return; // one graph kept across executions (MonitorOptions.lockdepGraph)
    this.edges.copyFrom(src.edges);
    this.reported.copyFrom(src.reported);
    src.epoch = ++graphEpochs;
    this.epoch = ++graphEpochs;
  }

  has(from: string, to: string): boolean {
    return this.edges.get(from)?.has(to) ?? false;
  }

  add(d: DependencyRef): void {
    let m = this.edges.get(d.from);
    if (!m || MADE_IN.get(m) !== this.epoch) {
      m = copyOfMap(m);
      this.edges.set(d.from, m);
      MADE_IN.set(m, this.epoch);
    }
    m.set(d.to, d);
  }

  /** The shortest existing path from -> ... -> to (breadth first, as lockdep's BFS), if any. */
  path(from: string, to: string): DependencyRef[] | undefined {
    const prev = new Map<string, DependencyRef | null>([[from, null]]);
    const queue = [from];
    for (let i = 0; i < queue.length; i++) {
      const c = queue[i]!;
      for (const [n, d] of this.edges.get(c) ?? []) {
        if (prev.has(n)) continue;
        prev.set(n, d);
        if (n === to) {
          const out: DependencyRef[] = [];
          for (let e = prev.get(to); e; e = prev.get(e.from)) out.unshift(e);
          return out;
        }
        queue.push(n);
      }
    }
    return undefined;
  }
}

/** The lock builtin thread t stands in front of (its blocked acquisition). */
function pendingBuiltin(p: IRProgram, t: Thread): Builtin | undefined {
  const fr = t.top;
  const ins = fr.fn.code[fr.pc];
  return ins?.op === "builtin" ? p.builtins[ins.id] : undefined;
}

class LockdepMonitor implements Monitor {
  /** Thread id -> the lock whose blocked acquisition was already checked. */
  private readonly checked = new CowMap<number, number>();

  constructor(
    private readonly ctx: MonitorContext,
    private readonly graph: LockdepGraph,
  ) {}

  /** The graph too: a copied execution has its own dependency history. */
  copyFrom(src: LockdepMonitor): void {
    this.checked.copyFrom(src.checked);
    this.graph.copyFrom(src.graph);
  }

  blocked(t: Thread): void {
    const w = this.ctx.locks.waitOf(t.id);
    const b = pendingBuiltin(this.ctx.program, t);
    if (w?.kind !== "lock" || !b?.lock) return;
    this.checked.set(t.id, w.lock);
    this.acquire(t, this.ctx.held.describe(t, b, b.lock, w.lock));
  }

  lock(t: Thread, b: Builtin, effect: LockEffect, lock: number, result: number): void {
    const ctx = this.ctx;
    switch (effect.op) {
      case "acquire": {
        if (this.checked.get(t.id) === lock) {
          this.checked.delete(t.id);
          return;
        }
        this.acquire(t, ctx.held.describe(t, b, effect, lock));
        return;
      }
      case "release":
        if (ctx.held.find(t.id, lock) < 0) {
          const releasing = ctx.held.describe(t, b, effect, lock);
          this.report(`bad_unlock:${releasing.cls}:${site(releasing.at)}`, {
            kind: "lockdep",
            variant: "bad_unlock",
            title: "WARNING: bad unlock balance detected!",
            message: `${t.name} releases ${releasing.cls} at ${at(releasing.at)} but does not hold it`,
            threads: [threadOf(t, releasing.at)],
            fatal: false,
            releasing,
            held: [...ctx.held.of(t.id)],
          });
        }
        return;
      case "assert":
        if (result === 0) {
          const l = ctx.held.describe(t, b, effect, lock);
          const bug = b.proto.name === "vma_assert_write_locked";
          this.report(`assert:${l.cls}:${site(l.at)}`, {
            kind: "lockdep",
            variant: "assert",
            title: `${bug ? "kernel BUG" : "WARNING"}: ${b.proto.name}(${l.cls}) failed`,
            message: `${t.name} does not hold ${l.cls}${effect.mode === "any" ? "" : ` for ${effect.mode}`} at ${at(l.at)}`,
            threads: [threadOf(t, l.at)],
            fatal: bug,
            macro: b.proto.name,
            lock: l,
            held: [...ctx.held.of(t.id)],
          });
        }
        return;
      case "try":
      case "release_all":
      case "query":
        return;
    }
  }

  rcu(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): void {
    if (op !== "read_unlock" || this.ctx.held.rcuDepth(t.id) > 0) return;
    const here = this.ctx.here(t);
    const releasing: LockRef = { ptr: 0, cls: "rcu_read_lock", kind: "rcu", read: true, at: here };
    this.report(`bad_unlock:rcu:${site(here)}`, {
      kind: "lockdep",
      variant: "bad_unlock",
      title: "WARNING: bad unlock balance detected!",
      message: `${t.name} calls rcu_read_unlock() at ${at(here)} outside any RCU read section`,
      threads: [threadOf(t, here)],
      fatal: false,
      releasing,
      held: [...this.ctx.held.of(t.id)],
    });
  }

  free(t: Thread, ptr: number, struct: string): void {
    for (const [tid, locks] of this.ctx.held.all()) {
      for (const l of locks) {
        // A VMA write lock is not held for lockdep once vma_start_write()
        // returned (see acquire() below): freeing a write-locked VMA (a merge
        // or munmap under the mmap write lock) is how the kernel does it.
        if (l.kind === "rcu" || l.owner !== ptr || (l.kind === "vma" && !l.read)) continue;
        const holder = this.ctx.thread(tid);
        const here = this.ctx.here(t);
        const threads: FindingThread[] = [threadOf(t, here)];
        if (holder && holder !== t) threads.push(threadOf(holder, l.at));
        else threads[0] = threadOf(t, l.at, here);
        this.report(`held_freed:${l.cls}:${site(here)}`, {
          kind: "lockdep",
          variant: "held_freed",
          title: "WARNING: held lock freed!",
          message: `${t.name} frees the ${struct} at ${at(here)} while ${holder?.name ?? `#${tid}`} holds its ${l.cls} (taken at ${at(l.at)})`,
          threads,
          fatal: false,
          object: ptr,
          struct,
          lock: l,
          holder: tid,
        });
      }
    }
  }

  /** validate_chain() for a blocking acquisition of `next` by t. */
  private acquire(t: Thread, next: HeldLock): void {
    const ctx = this.ctx;
    // A VMA write lock is held for lockdep only inside vma_start_write():
    // __vma_start_write() does rwsem_acquire(&vma->vmlock_dep_map) and
    // rwsem_release() before returning, while the lock itself (vm_lock_seq)
    // stays taken until vma_end_write_all(). So it is checked when taken but
    // is not in the held set later acquisitions are ordered against.
    const held = ctx.held
      .of(t.id)
      .filter((h) => h.kind !== "rcu" && !(h.kind === "vma" && !h.read));
    if (next.kind === "vma" && ctx.held.find(t.id, next.ptr) >= 0) return;
    // check_deadlock(): the same class again.
    const same = held.find((h) => h.cls === next.cls);
    if (same) {
      this.report(`recursive:${next.cls}:${site(next.at)}`, {
        kind: "lockdep",
        variant: "recursive",
        title: "WARNING: possible recursive locking detected",
        message: `${t.name} takes ${next.cls} at ${at(next.at)} while holding ${same.cls} taken at ${at(same.at)}${same.ptr === next.ptr ? " (the same lock)" : ""}`,
        threads: [threadOf(t, same.at, next.at)],
        fatal: false,
        acquiring: next,
        holding: same,
        held: [...ctx.held.of(t.id)],
      });
      return;
    }
    // check_prevs_add(): every held class -> next, unless that closes a cycle.
    for (const h of held) {
      if (this.graph.has(h.cls, next.cls)) continue;
      const chain = this.graph.path(next.cls, h.cls);
      if (chain) {
        const key = `circular:${[h.cls, next.cls, ...chain.map((d) => d.to)].sort().join(",")}`;
        this.report(key, this.circular(t, next, h, chain));
        continue;
      }
      this.graph.add({
        from: h.cls,
        to: next.cls,
        thread: t.id,
        name: t.name,
        heldAt: h.at,
        takenAt: next.at,
      });
    }
  }

  private circular(t: Thread, next: HeldLock, h: HeldLock, chain: DependencyRef[]): LockdepFinding {
    const threads: FindingThread[] = [threadOf(t, h.at, next.at)];
    for (const d of chain) {
      const steps: StepRef[] = [d.heldAt, d.takenAt];
      const same = threads.find((x) => x.thread === d.thread && d.thread !== t.id);
      if (same) threads[threads.indexOf(same)] = { ...same, steps: [...same.steps, ...steps] };
      else threads.push({ thread: d.thread, name: d.name, steps });
    }
    const order = chain.map((d) => d.from).concat(h.cls);
    return {
      kind: "lockdep",
      variant: "circular",
      title: "WARNING: possible circular locking dependency detected",
      message:
        `${t.name} takes ${next.cls} at ${at(next.at)} while holding ${h.cls}; ` +
        `the opposite order ${order.join(" -> ")} was seen before`,
      threads,
      fatal: false,
      acquiring: next,
      holding: h,
      chain,
      held: [...this.ctx.held.of(t.id)],
    };
  }

  private report(key: string, f: LockdepFinding): void {
    if (this.graph.reported.has(key)) return;
    this.graph.reported.add(key);
    this.ctx.report(f);
  }
}

const site = (s: StepRef): string => `${s.file}:${s.line}`;

/** The lockdep monitor; pass a graph to keep dependencies across executions. */
export function lockdep(graph: LockdepGraph = new LockdepGraph()): MonitorFactory {
  return (ctx) => new LockdepMonitor(ctx, graph);
}

// --- report --------------------------------------------------------------------------

function frameTitle(title: string): string[] {
  const bar = "=".repeat(title.length);
  return [bar, title, "lockbench", "-".repeat(title.length)];
}

export function formatLockdep(f: LockdepFinding): string {
  const who = `${f.threads[0]!.name}/${f.threads[0]!.thread}`;
  switch (f.variant) {
    case "circular": {
      const out = frameTitle(f.title);
      out.push(`${who} is trying to acquire lock:`, lockLine(f.acquiring), "");
      out.push("but task is already holding lock:", lockLine(f.holding), "");
      out.push("which lock already depends on the new lock.", "", "");
      out.push("the existing dependency chain (in reverse order) is:", "");
      // -> #k is the held lock, taken after its predecessor in the existing chain
      // new -> ... -> held; -> #0 is the new lock, with the current stack.
      for (let i = f.chain.length; i >= 1; i--) {
        const d = f.chain[i - 1]!;
        out.push(`-> #${i} (${d.to}):`, ...callTrace(d.takenAt, "       "), "");
      }
      out.push(`-> #0 (${f.acquiring.cls}):`, ...callTrace(f.acquiring.at, "       "), "");
      out.push("other info that might help us debug this:", "");
      const source = f.acquiring.cls;
      const target = f.holding.cls;
      const parent = f.chain.length > 0 ? f.chain[f.chain.length - 1]!.from : source;
      if (parent !== source)
        out.push("Chain exists of:", `  ${source} --> ${parent} --> ${target}`, "");
      out.push(
        " Possible unsafe locking scenario:",
        "",
        "       CPU0                    CPU1",
        "       ----                    ----",
        `  lock(${target});`,
        `                               lock(${parent});`,
        `                               lock(${target});`,
        `  lock(${source});`,
        "",
        " *** DEADLOCK ***",
        "",
      );
      out.push(...heldList(f.held, f.threads[0]!.name, f.threads[0]!.thread), "");
      out.push("stack backtrace:", ...callTrace(f.acquiring.at));
      return out.join("\n");
    }
    case "recursive": {
      const out = frameTitle(f.title);
      out.push(`${who} is trying to acquire lock:`, lockLine(f.acquiring), "");
      out.push("but task is already holding lock:", lockLine(f.holding), "");
      out.push(
        "other info that might help us debug this:",
        " Possible unsafe locking scenario:",
        "",
        "       CPU0",
        "       ----",
        `  lock(${f.holding.cls});`,
        `  lock(${f.acquiring.cls});`,
        "",
        " *** DEADLOCK ***",
        "",
        " May be due to missing lock nesting notation",
        "",
      );
      out.push(...heldList(f.held, f.threads[0]!.name, f.threads[0]!.thread), "");
      out.push("stack backtrace:", ...callTrace(f.acquiring.at));
      return out.join("\n");
    }
    case "bad_unlock": {
      const out = frameTitle(f.title);
      out.push(
        `${who} is trying to release lock (${f.releasing.cls}) at:`,
        ...callTrace(f.releasing.at),
        "but there are no more locks to release!",
        "",
        "other info that might help us debug this:",
        ...heldList(f.held, f.threads[0]!.name, f.threads[0]!.thread),
      );
      return out.join("\n");
    }
    case "held_freed": {
      const out = frameTitle(f.title);
      out.push(
        `${who} is freeing memory ${hex(f.object)} (struct ${f.struct}), with a lock still held there!`,
        lockLine(f.lock),
        `held by task ${f.holder}`,
        "",
        "stack backtrace:",
        ...callTrace(f.threads[0]!.steps[f.threads[0]!.steps.length - 1]!),
      );
      return out.join("\n");
    }
    case "assert": {
      const s = f.lock.at;
      const out = [
        "------------[ cut here ]------------",
        f.fatal
          ? `kernel BUG at ${s.file}:${s.line}!`
          : `WARNING: CPU: 0 PID: ${f.threads[0]!.thread} at ${s.file}:${s.line} ${s.fn}`,
        `${f.macro}(${f.lock.cls}): lock not held`,
        ...heldList(f.held, f.threads[0]!.name, f.threads[0]!.thread),
        "Call trace:",
        ...callTrace(s),
        "---[ end trace 0000000000000000 ]---",
      ];
      return out.join("\n");
    }
  }
}
