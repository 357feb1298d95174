/*
 * `lockbench verify` as users meet it: exit 0 safe, 1 unsafe, 2 bad input;
 * versioned JSON that is the same twice; located errors for bad scenario
 * files; and a counterexample's replay command that prints the same
 * interleaving and finding.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { lockbench } from "./run-cli.ts";
import { SCHEMA_VERSION } from "../src/report/schema.ts";
import type { VerifyResults } from "../src/report/verify-results.ts";

describe("lockbench verify", () => {
  it("exits 0 on a safe policy and writes the same versioned JSON twice", async () => {
    const dir = mkdtempSync(`${tmpdir()}/lb-verify-`);
    const args = ["verify", "policies/linux-v6.19.policy", "--scenario", "walker-vs-merge"];
    const a = await lockbench(...args, "--json", `${dir}/a.json`);
    await lockbench(...args, "--json", `${dir}/b.json`);
    expect(a.code).toBe(0);
    expect(a.out).toContain("== policies/linux-v6.19.policy (linux-v6.19): SAFE ==");
    expect(a.out).toMatch(/walker-vs-merge\s+safe\s+complete/);
    // Timings go to stderr only, so the JSON can be byte-identical.
    expect(a.err).toMatch(/walker-vs-merge: \d+ states, .* s$/);
    const text = readFileSync(`${dir}/a.json`, "utf8");
    expect(readFileSync(`${dir}/b.json`, "utf8")).toBe(text);
    const doc = JSON.parse(text) as VerifyResults;
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.kind).toBe("verify");
    expect(doc.policies[0]!.scenarios[0]).toMatchObject({ complete: true, violations: [] });
  }, 60_000);

  it("exits 1 on an unsafe policy, and the replay command shows the same interleaving", async () => {
    const r = await lockbench(
      "verify",
      "test/fixtures/policies/seed-diff.policy",
      "--scenario",
      "page-idle-vs-move",
      "--json",
      "-",
    );
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as VerifyResults;
    const c = doc.policies[0]!.scenarios[0]!.violations.find((v) => v.finding.kind === "rmap")!;
    const argv = c.command.split(" ").slice(2); // drop "npx lockbench"
    const again = await lockbench(...argv);
    expect(again.code).toBe(1);
    expect(again.out).toContain(c.finding.title);
    // One table row per step, in the thread's column.
    const rows = again.out.split("\n").filter((l) => /^\d+\s/.test(l));
    expect(rows).toHaveLength(c.steps.length);
    expect(rows.at(-1)).toContain(`${c.steps.at(-1)!.fn}: ${c.steps.at(-1)!.text}`);
  }, 120_000);

  it("bounds the search by preemptions when asked, and says the verdict is bounded", async () => {
    const safe = await lockbench(
      "verify",
      "policies/linux-v6.19.policy",
      "--scenario",
      "walker-vs-merge",
      "--preemptions",
      "0",
    );
    // Not a proof: exit 0 (no violation), but never called safe.
    expect(safe.code).toBe(0);
    expect(safe.out).toContain("(linux-v6.19): BOUNDED ==");
    expect(safe.out).toContain("bounded: a path reached the preemption bound (0)");
    // The same bound from the scenario file; the flag overrides it.
    const dir = mkdtempSync(`${tmpdir()}/lb-pre-`);
    const file = `${dir}/walker-vs-merge.yaml`;
    const yaml = readFileSync("workloads/scenarios/walker-vs-merge.yaml", "utf8");
    writeFileSync(file, `${yaml}max_preemptions: 0\n`);
    const fromFile = await lockbench("verify", "policies/linux-v6.19.policy", "--scenario", file);
    expect(fromFile.out).toContain("preemption bound (0)");
    const lifted = await lockbench(
      "verify",
      "policies/linux-v6.19.policy",
      "--scenario",
      file,
      "--preemptions",
      "100",
    );
    expect(lifted.out).toMatch(/walker-vs-merge\s+safe\s+complete/);
    // One preemption is enough for the seed diff's stale anon_vma walk.
    const unsafe = await lockbench(
      "verify",
      "test/fixtures/policies/seed-diff.policy",
      "--scenario",
      "page-idle-vs-move",
      "--preemptions",
      "1",
    );
    expect(unsafe.code).toBe(1);
    expect(unsafe.out).toContain("rmap: walk of an anon_vma that no longer owns the folio");
    const bad = await lockbench("verify", "--preemptions", "x");
    expect(bad.code).toBe(2);
    expect(bad.err).toBe("lockbench: --preemptions must be a non-negative integer, not 'x'");
  }, 120_000);

  it("reports a bad scenario with its file and line, exit 2", async () => {
    const dir = mkdtempSync(`${tmpdir()}/lb-scn-`);
    const file = `${dir}/bad.yaml`;
    writeFileSync(
      file,
      [
        "name: bad",
        "description: d",
        "hazard: h",
        "processes:",
        "  - name: app",
        "threads:",
        "  - { name: t, call: page_idle_clear_pte_refs, args: ['folio(app.nowhere, 0)'] }",
        "",
      ].join("\n"),
    );
    const r = await lockbench("verify", "policies/linux-v6.19.policy", "--scenario", file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${file}:7: argument 'folio(app.nowhere, 0)': folio() needs a VMA of 'app' (P.V)`,
    );
  });

  it("reports a setup that cannot run before exploring anything, exit 2", async () => {
    const dir = mkdtempSync(`${tmpdir()}/lb-scn-`);
    const file = `${dir}/unmapped.yaml`;
    writeFileSync(
      file,
      [
        "name: unmapped",
        "description: d",
        "hazard: h",
        "processes:",
        "  - name: app",
        "    vmas: [{ name: heap, start: 0x100000, pages: 2 }]",
        "threads:",
        "  - { name: t, call: page_idle_clear_pte_refs, args: ['folio(app.heap, 1)'] }",
        "",
      ].join("\n"),
    );
    const r = await lockbench("verify", "policies/linux-v6.19.policy", "--scenario", file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${file}:8: thread 't': no page is mapped at app.heap page 1; fault it in 'faulted'`,
    );
  });

  it("reports a call the policy does not have, and a bad replay string, exit 2", async () => {
    const dir = mkdtempSync(`${tmpdir()}/lb-scn-`);
    const file = `${dir}/nofn.yaml`;
    writeFileSync(
      file,
      "name: nofn\ndescription: d\nhazard: h\nprocesses: [{ name: app }]\nthreads:\n  - { name: t, call: no_such_fn, args: [] }\n",
    );
    const r = await lockbench("verify", "policies/linux-v6.19.policy", "--scenario", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `${file}:6: thread 't': policies/linux-v6.19.policy has no function 'no_such_fn'`,
    );
    const bad = await lockbench(
      "verify",
      "policies/linux-v6.19.policy",
      "--scenario",
      "walker-vs-merge",
      "--replay",
      "0.x",
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toBe("lockbench: --replay: bad schedule element 'x': expected N or NxCOUNT");
  });
});
