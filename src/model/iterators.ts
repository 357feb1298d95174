/*
 * The kernel's loop macros a policy may use. The parser recognises
 * `NAME(args) statement`; the compiler expands each into the for-loop the
 * kernel macro expands to, so every iteration step is a shared read.
 */

/** Iterator macros: `NAME(pos, args...) stmt`, expanded like the kernel's for-loops. */
export interface IteratorDef {
  readonly name: string;
  readonly doc: string;
  readonly shape: "interval_tree" | "list" | "list_reverse" | "list_safe";
}

export const ITERATORS: readonly IteratorDef[] = [
  {
    name: "anon_vma_interval_tree_foreach",
    shape: "interval_tree",
    doc:
      "anon_vma_interval_tree_foreach(avc, root, start, last): for (avc = iter_first(root, start, last); " +
      "avc; avc = iter_next(avc, start, last)). Every iteration step reads the live tree.",
  },
  {
    name: "list_for_each_entry",
    shape: "list",
    doc: "list_for_each_entry(pos, head, member): walk a list of structs linked through member.",
  },
  {
    name: "list_for_each_entry_reverse",
    shape: "list_reverse",
    doc: "Same, from the tail.",
  },
  {
    name: "list_for_each_entry_safe",
    shape: "list_safe",
    doc: "list_for_each_entry_safe(pos, n, head, member): n is fetched before the body, so the body may list_del(pos).",
  },
];
