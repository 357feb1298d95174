/*
 * Sleeping in atomic context (__might_sleep, kernel/sched/core.c): a
 * primitive that may block (down_read/down_write, folio_lock,
 * vma_start_write, synchronize_rcu, cond_resched, a GFP_KERNEL allocation:
 * the catalogue's `sleeps`) called while holding a spinlock (preemption
 * disabled) or inside an RCU read section (preemptible RCU may not block
 * there either: rcu_sleep_check). An allocation sleeps only when its gfp
 * flags allow direct reclaim (gfpflags_allow_blocking: __GFP_DIRECT_RECLAIM),
 * so GFP_NOWAIT is fine.
 *
 * Checked before the step runs, so a synchronize_rcu() that would wait for
 * its own read section forever is still explained.
 */

import type { IRFunction } from "../../lang/ir.ts";
import type { Builtin } from "../../model/index.ts";
import type { Thread } from "../../sim/interp.ts";
import { type MightSleepFinding, threadOf } from "../finding.ts";
import type { Monitor, MonitorContext } from "../monitor.ts";
import { callTrace, frame, heldList } from "./text.ts";
import { CowSet } from "../../sim/cow.ts";

/** include/linux/gfp_types.h: ___GFP_DIRECT_RECLAIM. */
const GFP_DIRECT_RECLAIM = 0x400;

const NEVER = -2;
const ALWAYS = -1;

/** The index of a sleeping builtin's gfp_t parameter, or ALWAYS when it has none. */
function gfpIndex(b: Builtin): number {
  const i = b.proto.params.findIndex((p) => p.type.kind === "int" && p.type.name === "gfp_t");
  return i < 0 ? ALWAYS : i;
}

class MightSleepMonitor implements Monitor {
  private readonly reported = new CowSet<string>();
  /**
   * Per builtin id, as a step: NEVER (it does not sleep), ALWAYS, or the
   * index of its gfp_t argument (it sleeps when that allows direct reclaim).
   */
  private readonly sleepsAs: Int16Array;

  constructor(private readonly ctx: MonitorContext) {
    this.sleepsAs = Int16Array.from(ctx.program.builtins, (b) => (b.sleeps ? gfpIndex(b) : NEVER));
  }

  copyFrom(src: MightSleepMonitor): void {
    this.reported.copyFrom(src.reported);
  }

  beforeStep(t: Thread, fn: IRFunction, pc: number): void {
    const ins = fn.code[pc]!;
    if (ins.op !== "builtin") return;
    const g = this.sleepsAs[ins.id]!;
    if (g === NEVER) return;
    if (g !== ALWAYS && (t.top.regs[ins.args[g]!]! & GFP_DIRECT_RECLAIM) === 0) return;
    this.check(t, this.ctx.program.builtins[ins.id]!);
  }

  /** might_sleep() and other sleeping builtins that are not steps come as hints. */
  hint(t: Thread, b: Builtin, args: readonly number[]): void {
    if (!b.step && this.sleeps(b, args)) this.check(t, b);
  }

  private sleeps(b: Builtin, args: readonly number[]): boolean {
    if (!b.sleeps) return false;
    const gfp = gfpIndex(b);
    return gfp === ALWAYS || ((args[gfp] ?? 0) & GFP_DIRECT_RECLAIM) !== 0;
  }

  private check(t: Thread, b: Builtin): void {
    const held = this.ctx.held.of(t.id);
    const rcu = this.ctx.held.rcuDepth(t.id);
    // Most sleeping steps are taken in a context that may sleep: decide that before building anything.
    if (rcu === 0 && !held.some((h) => h.kind === "spin")) return;
    const spins = held.filter((h) => h.kind === "spin");
    const here = this.ctx.here(t);
    const key = `${here.file}:${here.line}:${b.proto.name}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const first = spins[0] ?? held.find((h) => h.kind === "rcu");
    const context =
      spins.length > 0
        ? `holding ${spins.map((s) => s.cls).join(", ")}`
        : "inside an RCU read section";
    const f: MightSleepFinding = {
      kind: "might_sleep",
      title: `BUG: sleeping function called from invalid context at ${here.file}:${here.line}`,
      message: `${t.name} calls ${b.proto.name}(), which may sleep, ${context} (since ${first ? `${first.at.file}:${first.at.line}` : "?"})`,
      threads: [threadOf(t, ...(first ? [first.at] : []), here)],
      fatal: false,
      callee: b.proto.name,
      at: here,
      preemptCount: spins.length,
      rcuDepth: rcu,
      held: [...held],
      ...(first ? { disabledAt: first.at } : {}),
    };
    this.ctx.report(f);
  }
}

export function mightSleepMonitor(ctx: MonitorContext): Monitor {
  return new MightSleepMonitor(ctx);
}

export function formatMightSleep(f: MightSleepFinding): string {
  const t = f.threads[0]!;
  const out = [
    f.title,
    `in_atomic(): ${f.preemptCount > 0 ? 1 : 0}, irqs_disabled(): 0, non_block: 0, pid: ${t.thread}, name: ${t.name}`,
    `preempt_count: ${f.preemptCount}, expected: 0`,
    `RCU nest depth: ${f.rcuDepth}, expected: 0`,
    ...heldList(f.held, t.name, t.thread),
  ];
  if (f.disabledAt && f.preemptCount > 0)
    out.push("Preemption disabled at:", `[<0>] ${frame(f.disabledAt.stack[0] ?? f.disabledAt)}`);
  out.push(`CPU: 0 PID: ${t.thread} Comm: ${t.name} lockbench`, "Call trace:", ...callTrace(f.at));
  return out.join("\n");
}
