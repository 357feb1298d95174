/*
 * What `lockbench verify` writes and the Action reads: per policy, per
 * scenario, whether the search was complete or bounded, its size, and every
 * distinct violation with its shortest counterexample. Nothing here depends
 * on the wall clock, so the document is byte-identical run to run; timings
 * go to the terminal only.
 */

import type { Finding } from "../check/finding.ts";
import type { SCHEMA_VERSION } from "./schema.ts";

/** One step of a counterexample: which thread, and where in the policy. */
export interface CounterexampleStep {
  /** Thread index in the scenario (0-based, as in the replay string). */
  readonly thread: number;
  readonly file: string;
  readonly line: number;
  readonly fn: string;
  /** The instruction as a reader names it: `down_read()`, `folio->mapping`, `call f()`. */
  readonly text: string;
}

export interface Counterexample {
  /**
   * The violation's identity across versions of a policy (rule, and each
   * thread's function and step; no line numbers, which move): how
   * the Action tells a finding the PR introduced from one its base had.
   */
  readonly key: string;
  /** The finding as the monitor reported it (kind, title, message, threads' steps). */
  readonly finding: Finding;
  /** The kernel-style report text (lockdep splat, KCSAN report, ...). */
  readonly report: string;
  /** Thread names, in scenario order (the columns of the step table). */
  readonly threads: readonly string[];
  /** Every step of the shortest interleaving found, in order. */
  readonly steps: readonly CounterexampleStep[];
  /** The schedule string `lockbench verify --replay` reads back. */
  readonly replay: string;
  /** The exact command that replays it locally. */
  readonly command: string;
}

export interface ScenarioVerdict {
  readonly scenario: string;
  /** The scenario file, relative to the repository. */
  readonly file: string;
  readonly description: string;
  /** True when every interleaving was covered; false when a bound cut the search. */
  readonly complete: boolean;
  /** What bounded the search when not complete (step bound, state budget). */
  readonly bound?: string;
  readonly states: number;
  readonly transitions: number;
  /**
   * The deepest state the search expanded, in steps along the (depth-first)
   * path it took there.
   */
  readonly maxDepth: number;
  readonly violations: readonly Counterexample[];
}

export interface PolicyVerdict {
  /** The policy file as given. */
  readonly policy: string;
  /** POLICY_NAME of the policy. */
  readonly name: string;
  /** unsafe: a violation; bounded: none found but some search was cut; safe: complete and clean. */
  readonly verdict: "safe" | "unsafe" | "bounded";
  readonly scenarios: readonly ScenarioVerdict[];
}

export interface VerifyResults {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly kind: "verify";
  readonly policies: readonly PolicyVerdict[];
}
