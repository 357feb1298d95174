/*
 * `npm run bench`: speed and memory targets are checked here, not by timed
 * tests (CI machines are shared and noisy). Each benchmark reports medians
 * of repeated runs in one process.
 */
import { benchEngine } from "./engine.ts";
import { benchFrontEnd } from "./frontend.ts";
import { benchInterp } from "./interp.ts";

const fe = benchFrontEnd();
console.log("front end (lex, parse, include, check, compile over all policies)");
console.log(`  policies:        ${fe.policies}`);
console.log(`  lines per run:   ${fe.linesPerRun}`);
console.log(`  median run:      ${fe.medianMs.toFixed(2)} ms`);
console.log(`  throughput:      ${Math.round(fe.linesPerSec).toLocaleString("en-US")} lines/s`);

const eng = benchEngine();
console.log("event engine (scripted lock-heavy threads, no interpreter)");
for (const [k, v] of Object.entries(eng))
  console.log(`  ${k}: ${typeof v === "number" ? Math.round(v).toLocaleString("en-US") : v}`);

const it = benchInterp();
console.log("interpreter in the timed engine (v6.18, 4 UFFDIO_MOVE threads x 64 pages)");
console.log(`  IR instructions per run: ${it.instructionsPerRun.toLocaleString("en-US")}`);
console.log(`  engine events per run:   ${it.eventsPerRun.toLocaleString("en-US")}`);
console.log(`  median run:              ${it.medianMs.toFixed(1)} ms`);
console.log(
  `  throughput:              ${Math.round(it.instructionsPerSec).toLocaleString("en-US")} instructions/s`,
);
