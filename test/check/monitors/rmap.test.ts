/*
 * rmap consistency: walks of an interval tree that another thread is
 * updating without the lock excluding it, and an unmap that claims success
 * while a PTE still maps the folio. The locked twins are not flagged.
 */
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../../src/check/format.ts";
import {
  anonVma,
  compile,
  mappedFolio,
  only,
  replay,
  roundRobin,
  scenario,
  serial,
  START,
} from "../helpers.ts";

const TREE = compile(`
/* vma_prepare() .. vma_complete(): the avc is out of the tree while the VMA's range changes. */
void update(struct vm_area_struct *vma, struct anon_vma_chain *avc, struct anon_vma *av)
{
	down_write(&av->root->rwsem);
	anon_vma_interval_tree_remove(avc, &av->rb_root);
	WRITE_ONCE(vma->vm_flags, 1);
	anon_vma_interval_tree_insert(avc, &av->rb_root);
	up_write(&av->root->rwsem);
}

/* unlink_anon_vmas(): removed for good, under the root lock. */
void unlink(struct vm_area_struct *vma, struct anon_vma_chain *avc, struct anon_vma *av)
{
	down_write(&av->root->rwsem);
	anon_vma_interval_tree_remove(avc, &av->rb_root);
	up_write(&av->root->rwsem);
}

int walk_unlocked(struct anon_vma *av, pgoff_t pgoff)
{
	struct anon_vma_chain *avc;
	int n = 0;

	anon_vma_interval_tree_foreach(avc, &av->rb_root, pgoff, pgoff)
		n++;
	return n;
}

int walk_locked(struct anon_vma *av, pgoff_t pgoff)
{
	struct anon_vma_chain *avc;
	int n = 0;

	down_read(&av->root->rwsem);
	anon_vma_interval_tree_foreach(avc, &av->rb_root, pgoff, pgoff)
		n++;
	up_read(&av->root->rwsem);
	return n;
}
`);

function tree(updater: string, walker: string) {
  return scenario(TREE, (w) => {
    const av = anonVma(w);
    const { vma, avc } = mappedFolio(w, av);
    return [
      { name: "T1", fn: updater, args: [vma, avc, av] },
      { name: "T2", fn: walker, args: [av, START >>> 12] },
    ];
  });
}

const UNMAP = (body: string) =>
  compile(`
bool try_to_unmap(struct folio *folio, struct vm_area_struct *vma)
{
${body}
}

bool reclaim(struct folio *folio, struct vm_area_struct *vma)
{
	return try_to_unmap(folio, vma);
}
`);

function unmap(body: string) {
  return serial(
    scenario(UNMAP(body), (w) => {
      const { folio, vma } = mappedFolio(w, anonVma(w));
      return [{ name: "kswapd", fn: "reclaim", args: [folio, vma] }];
    }),
  );
}

describe("rmap monitor", () => {
  it("reports a walk of the tree while another thread has an avc out of it", () => {
    // T1: load av->root, down_write, remove; then T2's first walk step.
    const r = replay(tree("update", "walk_unlocked"), "0x3.1");
    const [f] = only(r, "rmap");
    expect(f!.variant).toBe("walk_during_update");
    expect(f!.threads.map((t) => [t.name, t.steps.map((s) => s.line)])).toEqual([
      ["T2", [28]],
      ["T1", [9]],
    ]);
    expect(formatFinding(f!)).toContain("the walker does not hold the root anon_vma rwsem");
  });

  it("does not report a walker that holds the root anon_vma rwsem", () => {
    for (const r of [
      roundRobin(tree("update", "walk_locked")),
      serial(tree("update", "walk_locked")),
    ])
      expect(only(r, "rmap")).toEqual([]);
  });

  it("reports a walk that continues from an avc removed meanwhile, not a locked one", () => {
    // T2 finds the avc; T1 unlinks it (load root, down_write, remove, load root, up_write); T2 goes on.
    const r = replay(tree("unlink", "walk_unlocked"), "1.0x5.1");
    expect(only(r, "rmap").map((f) => f.variant)).toEqual(["walk_removed"]);
    expect(only(roundRobin(tree("unlink", "walk_locked")), "rmap")).toEqual([]);
    // A completed, locked removal is not a window for later walkers.
    expect(only(serial(tree("unlink", "walk_unlocked")), "rmap")).toEqual([]);
  });

  it("reports try_to_unmap() succeeding while a PTE still maps the folio, not a real unmap", () => {
    const [f] = only(unmap("\treturn true;"), "rmap");
    expect(f!.variant).toBe("unmap_left_pte");
    expect(f!.detail).toContain("still maps the folio");
    const ok = unmap("\tzap_page_range(vma, vma->vm_start, vma->vm_end);\n\treturn true;");
    expect(only(ok, "rmap")).toEqual([]);
    // Failure is allowed to leave the PTE.
    expect(only(unmap("\treturn false;"), "rmap")).toEqual([]);
  });
});
