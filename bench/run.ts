/*
 * `npm run bench`: speed and memory targets are checked here, not by timed
 * tests (CI machines are shared and noisy). Each benchmark reports medians
 * of repeated runs in one process.
 */
import { benchEngine } from "./engine.ts";
import { benchFrontEnd } from "./frontend.ts";

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
