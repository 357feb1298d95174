/*
 * Replay a recorded schedule (shuttle's ReplayScheduler): step i runs the
 * thread the schedule names at i. Past its end the execution stops, or
 * continues under another strategy (so the explorer can re-run a prefix and
 * then branch). The runner reports a divergence if the schedule names a
 * thread that cannot run: the policy or the scenario changed since the
 * schedule was recorded.
 */

import { decodeSchedule, type Strategy } from "./strategy.ts";

export class ReplayStrategy implements Strategy {
  private readonly schedule: readonly number[];
  private pos = 0;
  private started = false;

  constructor(
    schedule: string | readonly number[],
    private readonly then?: Strategy,
  ) {
    this.schedule = typeof schedule === "string" ? decodeSchedule(schedule) : schedule;
  }

  newExecution(): boolean {
    if (this.started) return false;
    this.started = true;
    this.pos = 0;
    return this.then ? this.then.newExecution() : true;
  }

  nextThread(runnable: readonly number[], current: number | undefined): number | undefined {
    if (this.pos < this.schedule.length) return this.schedule[this.pos++];
    return this.then?.nextThread(runnable, current);
  }

  nextChoice(n: number): number {
    return this.then ? this.then.nextChoice(n) : 0;
  }
}
