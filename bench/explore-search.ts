/*
 * Child process of bench/explore.ts: the explorer's own rate, without the
 * CLI around it. Compiles one policy, loads every shipped scenario, then
 * runs explore() over all of them PASSES times (options as `lockbench
 * verify` uses them: default monitors, each scenario's step bound, one
 * pool of executions per pass) and prints the states and the milliseconds
 * inside explore() per pass as JSON.
 * The first pass is what one `lockbench verify` gets (a fresh process, code
 * not yet optimised by the JIT); the JIT goes on optimising for several
 * passes, and the later ones are the steady state.
 */
import { explore } from "../src/check/explore.ts";
import { ExecutionPool } from "../src/check/run.ts";
import { buildScenario } from "../src/check/scenario.ts";
import { loadScenarios } from "../src/commands/verify.ts";
import { frontEnd } from "../src/lang/index.ts";
import { fileReader } from "../src/policy-files.ts";

const [policy = "policies/linux-v6.18.policy", passesArg = "5"] = process.argv.slice(2);
const cwd = process.cwd();
const compiled = frontEnd(policy, fileReader(cwd));
if (!compiled.ir) throw new Error(`${policy} does not compile`);
const specs = loadScenarios(cwd, []);
const passes: { states: number; ms: number }[] = [];
for (let p = 0; p < Number(passesArg); p++) {
  let states = 0;
  let ms = 0;
  // As computeVerify: one pool of executions for the scenarios of one run.
  const pool = new ExecutionPool();
  for (const spec of specs) {
    const scenario = buildScenario(spec, compiled.ir);
    const t0 = performance.now();
    const r = explore(scenario, {
      pool,
      ...(spec.maxDepth === undefined ? {} : { maxDepth: spec.maxDepth }),
    });
    ms += performance.now() - t0;
    states += r.states;
  }
  passes.push({ states, ms });
}
console.log(JSON.stringify(passes));
