/*
 * The World as the explorer's Kernel: src/sim/call-kernel.ts's wrapper,
 * whose call and return events go to the monitors (balance, rmap's
 * try_to_unmap, livelock) once the scenario's setup is done.
 */

import { type CallHooks, CallHookKernel } from "../sim/call-kernel.ts";
import type { World } from "../sim/world.ts";

export type CallObserver = CallHooks;

export class CallObservingKernel extends CallHookKernel {
  constructor(w: World) {
    super(w, null);
  }

  /** Null while the scenario's setup runs: setup is not watched. */
  get calls(): CallObserver | null {
    return this.hooks;
  }
  set calls(c: CallObserver | null) {
    this.hooks = c;
  }
}
