/*
 * The model as one lookup structure: what the checker, compiler, engine,
 * monitors and doc generator all read.
 */

import { BUILTINS, type Builtin } from "./builtins.ts";
import { CONSTANTS, type ConstDef, GLOBALS, type GlobalDef } from "./constants.ts";
import { type FieldDef, STRUCTS, type StructDef } from "./structs.ts";

export * from "./builtins.ts";
export * from "./constants.ts";
export * from "./prototype.ts";
export * from "./structs.ts";
export * from "./types.ts";

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

export interface Model {
  readonly structs: ReadonlyMap<string, StructDef>;
  readonly builtins: ReadonlyMap<string, Builtin>;
  readonly constants: ReadonlyMap<string, ConstDef>;
  readonly globals: ReadonlyMap<string, GlobalDef>;
  readonly iterators: ReadonlyMap<string, IteratorDef>;
  field(struct: string, name: string): FieldDef | undefined;
}

function byName<T extends { name: string }>(xs: readonly T[]): Map<string, T> {
  return new Map(xs.map((x) => [x.name, x]));
}
const builtinsByName = new Map(BUILTINS.map((b) => [b.proto.name, b]));

export const MODEL: Model = {
  structs: byName(STRUCTS),
  builtins: builtinsByName,
  constants: byName(CONSTANTS),
  globals: byName(GLOBALS),
  iterators: byName(ITERATORS),
  field(struct, name) {
    return this.structs.get(struct)?.fields.find((fd) => fd.name === name);
  },
};
