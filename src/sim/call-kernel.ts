/*
 * The World as the interpreter's Kernel, plus the two events the World
 * leaves to whoever wraps it: a policy function's call and return. The
 * engine's probes (src/sim/referenced.ts) and the monitors (balance, rmap,
 * livelock; src/check/calls.ts) need them; everything else is delegated
 * unchanged.
 */

import type { IRFunction } from "../lang/ir.ts";
import type { Builtin } from "../model/index.ts";
import type { Kernel, StepResult, Thread } from "./interp.ts";
import type { World } from "./world.ts";

export interface CallHooks {
  enter(t: Thread, fn: IRFunction, args: readonly number[]): void;
  leave(t: Thread, fn: IRFunction, value: number): void;
}

export class CallHookKernel implements Kernel {
  constructor(
    private readonly w: World,
    /** Null: calls and returns go nowhere (the explorer's setup is not watched). */
    public hooks: CallHooks | null,
  ) {}

  load(t: Thread, obj: number, struct: string, field: string, marked: boolean): number {
    return this.w.load(t, obj, struct, field, marked);
  }
  store(t: Thread, obj: number, struct: string, field: string, v: number, marked: boolean): void {
    this.w.store(t, obj, struct, field, v, marked);
  }
  addr(t: Thread, obj: number, struct: string, field: string): number {
    return this.w.addr(t, obj, struct, field);
  }
  alloca(t: Thread, struct: string | undefined): number {
    return this.w.alloca(t, struct);
  }
  freeCells(t: Thread, cells: readonly number[]): void {
    this.w.freeCells(t, cells);
  }
  isPrivate(t: Thread, ptr: number): boolean {
    return this.w.isPrivate(t, ptr);
  }
  deref(t: Thread, ptr: number): number {
    return this.w.deref(t, ptr);
  }
  storeInd(t: Thread, ptr: number, value: number): void {
    this.w.storeInd(t, ptr, value);
  }
  global(name: string): number {
    return this.w.global(name);
  }
  ptrAdd(t: Thread, ptr: number, n: number): number {
    return this.w.ptrAdd(t, ptr, n);
  }
  builtin(t: Thread, b: Builtin, id: number, args: readonly number[]): StepResult {
    return this.w.builtin(t, b, id, args);
  }
  listNext(t: Thread, head: number, pos: number, reverse: boolean): number {
    return this.w.listNext(t, head, pos, reverse);
  }
  enter(t: Thread, fn: IRFunction, args: readonly number[]): void {
    this.hooks?.enter(t, fn, args);
  }
  leave(t: Thread, fn: IRFunction, value: number): void {
    this.hooks?.leave(t, fn, value);
  }
}
