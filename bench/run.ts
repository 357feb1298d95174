/*
 * `npm run bench`: speed and memory targets are checked here, not by timed
 * tests (CI machines are shared and noisy). Each benchmark reports medians
 * of repeated runs.
 *
 * A section is a key, a title and a function that returns its lines; add
 * one to SECTIONS to extend the report. `npm run bench -- KEY...` runs only
 * those sections (e.g. `npm run bench -- start`).
 */
import { benchEngine } from "./engine.ts";
import { benchExplore, benchSearch } from "./explore.ts";
import { benchFrontEnd } from "./frontend.ts";
import { benchInterp } from "./interp.ts";
import { benchStart } from "./start.ts";

interface Section {
  readonly key: string;
  readonly title: string;
  run(): readonly string[] | Promise<readonly string[]>;
}

const n = (x: number) => Math.round(x).toLocaleString("en-US");
/** Repetitions of verifying every scenario (under a minute each). */
const VERIFY_RUNS = Number(process.env.LOCKBENCH_BENCH_VERIFY_RUNS ?? 3);
/** Passes over every scenario in one process for the search-alone rate. */
const SEARCH_PASSES = Number(process.env.LOCKBENCH_BENCH_SEARCH_PASSES ?? 16);
/** Repetitions of `npm start` (a minute each on the 2-core machine). */
const START_RUNS = Number(process.env.LOCKBENCH_BENCH_START_RUNS ?? 3);

const SECTIONS: readonly Section[] = [
  {
    key: "frontend",
    title: "front end (lex, parse, include, check, compile over all policies)",
    run() {
      const fe = benchFrontEnd();
      return [
        `policies:        ${fe.policies}`,
        `lines per run:   ${fe.linesPerRun}`,
        `median run:      ${fe.medianMs.toFixed(2)} ms`,
        `throughput:      ${n(fe.linesPerSec)} lines/s`,
      ];
    },
  },
  {
    key: "engine",
    title: "event engine (scripted lock-heavy threads, no interpreter)",
    run: () =>
      Object.entries(benchEngine()).map(([k, v]) => `${k}: ${typeof v === "number" ? n(v) : v}`),
  },
  {
    key: "interp",
    title: "interpreter in the timed engine (v6.18, 4 UFFDIO_MOVE threads x 64 pages)",
    run() {
      const it = benchInterp();
      return [
        `IR instructions per run: ${n(it.instructionsPerRun)}`,
        `engine events per run:   ${n(it.eventsPerRun)}`,
        `median run:              ${it.medianMs.toFixed(1)} ms`,
        `throughput:              ${n(it.instructionsPerSec)} instructions/s`,
      ];
    },
  },
  {
    key: "explore",
    title: `explorer: lockbench verify linux-v6.18 over every scenario (dist/cli.js; ${VERIFY_RUNS} runs)`,
    run() {
      const e = benchExplore(VERIFY_RUNS);
      const search = benchSearch(SEARCH_PASSES);
      // Every scenario of v6.19 is safe: no counterexample to shorten (explore.ts).
      const safe = benchSearch(SEARCH_PASSES, "policies/linux-v6.19.policy");
      const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      return [
        `scenarios:         ${e.scenarios} (${e.complete} searched completely)`,
        `states, transitions: ${n(e.states)}, ${n(e.transitions)}`,
        `median wall time:  ${sec(e.medianWallMs)}  (runs: ${e.wallMs.map(sec).join(", ")}; target < 60 s)`,
        `states per second of wall time: ${n(e.statesPerSec)}  (process start and report included)`,
        `search alone (time inside explore(), ${SEARCH_PASSES} passes in one process; target 500,000 states/s):`,
        `  first pass:      ${n(search.firstPassPerSec)} states/s  (a fresh process, as one verify run)`,
        `  steady state:    ${n(search.steadyPerSec)} states/s  (median of passes ${search.steadyFrom}-${SEARCH_PASSES}, the JIT settled)`,
        `  each pass:       ${search.passMs.map((ms) => ms.toFixed(0)).join(", ")} ms`,
        `  (v6.18 has a violation in 4 scenarios, whose shortest counterexamples are taken from`,
        `  the state graph the depth-first search explored, and replayed)`,
        `search alone, linux-v6.19 (${n(safe.states)} states, every scenario safe):`,
        `  first pass:      ${n(safe.firstPassPerSec)} states/s`,
        `  steady state:    ${n(safe.steadyPerSec)} states/s`,
      ];
    },
  },
  {
    key: "start",
    title: `npm start's default run (dist/cli.js, every worker process; ${START_RUNS} runs)`,
    async run() {
      const s = await benchStart(START_RUNS);
      const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
      const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      return [
        `median wall time:   ${sec(s.medianWallMs)}  (runs: ${s.wallMs.map(sec).join(", ")}; target < 120 s)`,
        `median peak memory: ${mib(s.medianPeakBytes)}  (runs: ${s.peakBytes.map(mib).join(", ")}; target < 1024 MiB)`,
        `processes at once:  ${s.maxProcesses} (the command and its workers; memory is their summed RSS)`,
        `median CPU time:    ${sec(s.medianCpuMs)} (all processes; about twice the wall time of an idle 2-core machine)`,
        ...(s.verdictFailures > 0
          ? [
              `exit status 1 (findings of the safety monitors) in ${s.verdictFailures} of ${s.runs} runs`,
            ]
          : []),
      ];
    },
  },
];

const only = process.argv.slice(2);
for (const key of only)
  if (!SECTIONS.some((s) => s.key === key))
    throw new Error(
      `no bench section '${key}' (sections: ${SECTIONS.map((s) => s.key).join(", ")})`,
    );
for (const s of SECTIONS) {
  if (only.length > 0 && !only.includes(s.key)) continue;
  console.log(s.title);
  for (const line of await s.run()) console.log(`  ${line}`);
}
