/*
 * The built-in policies' structure, as `lockbench check` reports it: each
 * checks cleanly, v6.19 replaces exactly the functions the two v6.19 commits
 * changed, and every override of the proposal and fixtures is one a reader
 * of their header would expect.
 */
import { describe, expect, it } from "vitest";
import { frontEnd } from "../../src/lang/index.ts";
import { summarize } from "../../src/report/check.ts";
import { fileReader } from "../../src/policy-files.ts";

const read = fileReader(process.cwd());
const summary = (p: string) => summarize(frontEnd(p, read));

describe("built-in policies", () => {
  it("check without a single diagnostic", () => {
    for (const p of [
      "policies/lib/kernel.policy",
      "policies/linux-v6.18.policy",
      "policies/linux-v6.19.policy",
      "policies/proposals/anon-vma-flag.policy",
      "test/fixtures/policies/seed-diff.policy",
      "test/fixtures/policies/folio-lock-only.policy",
    ]) {
      const s = summary(p);
      expect(s.diagnostics, p).toEqual([]);
      expect(s.sources.length, p).toBeGreaterThan(0);
    }
  });

  it("v6.19 overrides exactly what 95b34d66480b and cc22b9978509 changed", () => {
    const s = summary("policies/linux-v6.19.policy");
    expect(s.defines).toEqual([]);
    expect(s.overrides.map((o) => o.name).sort()).toEqual(
      [
        // mm: always call rmap_walk() on locked folios
        "folio_get_anon_vma",
        "folio_lock_anon_vma_read",
        "rmap_walk_anon",
        "folio_referenced",
        "page_idle_clear_pte_refs",
        "damon_folio_mkold",
        "damon_folio_young",
        // mm/userfaultfd: don't lock anon_vma when performing UFFDIO_MOVE
        "check_ptes_for_batched_move",
        "move_present_ptes",
        "move_pages_ptes",
      ].sort(),
    );
    for (const o of s.overrides) expect(o.replaces).toMatch(/^policies\/linux-v6\.18\.policy:\d+$/);
  });

  it("the seed-diff fixture changes only what the mail's diff touched", () => {
    const s = summary("test/fixtures/policies/seed-diff.policy");
    const names = s.overrides.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["folio_referenced", "folio_lock_anon_vma_read"]));
    expect(names.some((n) => n.startsWith("move_p"))).toBe(true);
    // page_idle and DAMON stay as in v6.18: that is the fixture's bug.
    for (const n of ["page_idle_clear_pte_refs", "damon_folio_young", "damon_folio_mkold"]) {
      expect(names).not.toContain(n);
    }
  });

  it("the proposal adds its mark with a struct extension and keeps the v6.18 base", () => {
    const s = summary("policies/proposals/anon-vma-flag.policy");
    expect(s.includes).toContain("policies/linux-v6.18.policy");
    expect(read("policies/proposals/anon-vma-flag.policy")).toMatch(
      /struct anon_vma \{\s*bool uffd_moved;/,
    );
  });
});
