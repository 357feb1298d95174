/*
 * The explorer searches depth-first and takes the shortest schedules of the
 * violations it met from the state graph it explored (explore.ts, graph.ts),
 * with no second search. A verdict rests on the depth-first search alone, so
 * it must reach what a breadth-first one reaches: the same states, final
 * states and violations; and its schedules must be as short as the
 * breadth-first ones, which are shortest by construction. On every shipped
 * scenario, for the shipped policies and the fixtures.
 */
import { describe, expect, it } from "vitest";
import { explore } from "../../src/check/explore.ts";
import { switchesOf } from "../../src/check/graph.ts";
import { buildScenario } from "../../src/check/scenario.ts";
import { loadScenarios } from "../../src/commands/verify.ts";
import { frontEnd } from "../../src/lang/index.ts";
import { fileReader } from "../../src/policy-files.ts";

const read = fileReader(process.cwd());
// What `lockbench verify` searches when no --scenario is named.
const specs = loadScenarios(process.cwd(), []);

const POLICIES = [
  "policies/linux-v6.18.policy",
  "policies/linux-v6.19.policy",
  "policies/proposals/anon-vma-flag.policy",
  "test/fixtures/policies/seed-diff.policy",
  "test/fixtures/policies/folio-lock-only.policy",
  "test/fixtures/policies/anon-vma-flag-racy.policy",
];

describe("depth-first and breadth-first search", () => {
  it("has every shipped scenario", () => {
    expect(specs.length).toBeGreaterThanOrEqual(12);
  });

  for (const policy of POLICIES) {
    it(`reach the same states, finals and violations: ${policy}`, () => {
      const ir = frontEnd(policy, read).ir!;
      let violations = 0;
      for (const spec of specs) {
        const bound = spec.maxDepth === undefined ? {} : { maxDepth: spec.maxDepth };
        const deep = explore(buildScenario(spec, ir), { ...bound, order: "depth" });
        const broad = explore(buildScenario(spec, ir), { ...bound, order: "breadth" });
        const what = (r: typeof deep) => ({
          complete: r.complete,
          states: r.states,
          finals: r.finals,
          violations: r.violations.map((v) => v.key).sort(),
        });
        expect(what(deep), spec.name).toEqual(what(broad));
        // Breadth-first schedules are the shortest.
        for (const v of deep.violations) {
          const b = broad.violations.find((x) => x.key === v.key)!;
          expect(b.schedule.length).toBeLessThanOrEqual(v.schedule.length);
        }
        // What explore() returns unless told an order: schedules as short as
        // the breadth-first ones, switching threads no more often.
        const chosen = explore(buildScenario(spec, ir), bound);
        expect(what(chosen), spec.name).toEqual(what(broad));
        for (const v of chosen.violations) {
          const b = broad.violations.find((x) => x.key === v.key)!;
          expect(v.schedule.length, v.key).toBe(b.schedule.length);
          expect(switchesOf(v.schedule), v.key).toBeLessThanOrEqual(switchesOf(b.schedule));
        }
        violations += broad.violations.length;
      }
      // The policies with violations have them (the comparison is not of empties).
      if (!/v6\.19|proposals/.test(policy)) expect(violations).toBeGreaterThan(0);
    }, 120_000);
  }
});
