/*
 * Running policy code with no concurrency: one thread at a time, every step
 * at once. Workload setup uses it to build object graphs with the policy's
 * own paths (fault, fork, split), and tests use it to check that a path does
 * what the kernel's does before any interleaving is explored.
 *
 * Locks are tracked with their holders so that a path which would block on
 * itself, unlock a lock it does not hold or assert a lock it lacks fails
 * loudly instead of deadlocking silently.
 */

import type { Builtin, LockEffect } from "../model/index.ts";
import { Interpreter, type StepResult, Thread } from "./interp.ts";
import { NULL_OBSERVER, type Observer, type Scheduling, World } from "./world.ts";
import type { IRProgram } from "../lang/ir.ts";

export class SequentialError extends Error {}

interface Held {
  /** Thread ids holding it for read (several) or the writer/exclusive owner. */
  readers: number[];
  writer: number;
}

export class SequentialScheduling implements Scheduling {
  readonly held = new Map<number, Held>();
  readonly rcuDepth = new Map<number, number>();

  private entry(lock: number): Held {
    let h = this.held.get(lock);
    if (!h) {
      h = { readers: [], writer: 0 };
      this.held.set(lock, h);
    }
    return h;
  }

  lock(t: Thread, b: Builtin, effect: LockEffect, lock: number): StepResult {
    const h = this.entry(lock);
    const name = b.proto.name;
    const free = h.writer === 0 && h.readers.length === 0;
    const id = t.id;
    switch (effect.op) {
      case "acquire":
      case "try": {
        const ok = effect.mode === "read" ? h.writer === 0 : free;
        if (!ok) {
          if (effect.op === "try") return 0;
          throw new SequentialError(`${name}() would wait for a lock that nothing will release`);
        }
        if (effect.mode === "read") h.readers.push(id);
        else h.writer = id;
        return 1;
      }
      case "release": {
        if (effect.mode === "read") {
          const i = h.readers.indexOf(id);
          if (i < 0) throw new SequentialError(`${name}() of a lock not held for read`);
          h.readers.splice(i, 1);
        } else {
          if (h.writer !== id) throw new SequentialError(`${name}() of a lock not held`);
          h.writer = 0;
          // downgrade_write keeps it for read.
          if (name === "downgrade_write") h.readers.push(id);
        }
        return 0;
      }
      case "release_all":
        if (h.writer === id) h.writer = 0;
        return 0;
      case "query":
        return free ? 0 : 1;
      case "assert": {
        const ok =
          effect.mode === "read"
            ? h.readers.includes(id)
            : effect.mode === "write"
              ? h.writer === id
              : h.writer === id || h.readers.includes(id);
        if (!ok) throw new SequentialError(`${name}() failed: lock not held`);
        return 0;
      }
    }
  }

  rcu(t: Thread, op: "read_lock" | "read_unlock" | "synchronize"): StepResult {
    const d = this.rcuDepth.get(t.id) ?? 0;
    if (op === "read_lock") this.rcuDepth.set(t.id, d + 1);
    else if (op === "read_unlock") {
      if (d === 0) throw new SequentialError("rcu_read_unlock() without rcu_read_lock()");
      this.rcuDepth.set(t.id, d - 1);
    } else if (d > 0) {
      throw new SequentialError("synchronize_rcu() inside an RCU read-side critical section");
    }
    return 0;
  }

  hint(): void {}
}

/** A world and an interpreter that run one call at a time to completion. */
export class SequentialRunner {
  readonly sched = new SequentialScheduling();
  readonly world: World;
  readonly interp: Interpreter;
  private nextId = 1;

  /** A new world, or an existing one handed over to sequential execution. */
  constructor(
    readonly program: IRProgram,
    observer: Observer = NULL_OBSERVER,
    world?: World,
  ) {
    this.world = world ?? new World(program, this.sched, observer);
    this.world.use(this.sched, observer);
    this.interp = new Interpreter(program, this.world);
  }

  /** Call a policy function to completion; returns its value. */
  call(name: string, ...args: number[]): number {
    const fn = this.program.byName.get(name);
    if (fn === undefined) throw new SequentialError(`the policy has no function '${name}'`);
    const t = new Thread(this.nextId++, name);
    this.interp.start(t, fn, args);
    this.interp.advance(t);
    while (!t.done) {
      if (this.interp.step(t) === "blocked") throw new SequentialError(`${name}() blocked`);
    }
    return t.retval;
  }
}
