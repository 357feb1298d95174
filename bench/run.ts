/*
 * `npm run bench`: speed and memory targets are checked here, not by timed
 * tests (CI machines are shared and noisy). Each benchmark reports medians
 * of repeated runs in one process.
 */
import { benchFrontEnd } from "./frontend.ts";

const fe = benchFrontEnd();
console.log("front end (lex, parse, include, check, compile over all policies)");
console.log(`  policies:        ${fe.policies}`);
console.log(`  lines per run:   ${fe.linesPerRun}`);
console.log(`  median run:      ${fe.medianMs.toFixed(2)} ms`);
console.log(`  throughput:      ${Math.round(fe.linesPerSec).toLocaleString("en-US")} lines/s`);
