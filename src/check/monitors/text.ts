/*
 * Pieces every kernel-style report shares: the `=====` frames, lockdep's
 * lock lines (`ADDR (class){usage}-{wait}, at: ...`), held-lock lists and
 * call traces. Addresses are the model's tagged pointers; "pid" is the
 * thread id and "comm" its scenario name. Frames print `fn (file:line)`
 * where the kernel prints `func+off/size`: the model has lines, not offsets.
 */

import type { FrameRef, LockRef, StepRef } from "../finding.ts";

export const hex = (p: number): string => `0x${(p >>> 0).toString(16).padStart(8, "0")}`;

export const rule = (title: string, ch = "="): string => ch.repeat(Math.max(title.length, 20));

export function frame(f: FrameRef): string {
  return `${f.fn} (${f.file}:${f.line})`;
}

export const at = (s: StepRef): string => `${s.fn} (${s.file}:${s.line})`;

/** A call trace, innermost first, indented as the kernel prints it. */
export function callTrace(s: StepRef, indent = " "): string[] {
  const frames = s.stack.length > 0 ? s.stack : [{ fn: s.fn, file: s.file, line: s.line }];
  return frames.map((f) => `${indent}${frame(f)}`);
}

/** lockdep's usage bits (hardirq, hardirq-read, softirq, softirq-read): process context, irqs on. */
function usage(l: LockRef): string {
  return l.read ? "++++" : "+.+.";
}

/** lockdep's wait-type suffix: {1:3} rcu_read_lock, {3:3} spinlock_t, {4:4} sleeping locks. */
function waitType(l: LockRef): string {
  switch (l.kind) {
    case "rcu":
      return "{1:3}";
    case "spin":
      return "{3:3}";
    case "rwsem":
    case "folio":
    case "vma":
      return "{4:4}";
  }
}

export function lockLine(l: LockRef): string {
  const addr = l.kind === "rcu" ? hex(0) : hex(l.ptr);
  return `${addr} (${l.cls}){${usage(l)}}-${waitType(l)}, at: ${at(l.at)}`;
}

/** `N locks held by comm/pid:` and one `#i:` line per lock, as debug_show_held_locks. */
export function heldList(held: readonly LockRef[], name: string, tid: number): string[] {
  if (held.length === 0) return [`no locks held by ${name}/${tid}.`];
  return [
    `${held.length} lock${held.length === 1 ? "" : "s"} held by ${name}/${tid}:`,
    ...held.map((l, i) => ` #${i}: ${lockLine(l)}`),
  ];
}
