/*
 * The model as one lookup structure: what the checker, compiler, engine,
 * monitors and doc generator all read.
 */

import { BUILTINS, type Builtin } from "./builtins.ts";
import { CONSTANTS, type ConstDef, GLOBALS, type GlobalDef } from "./constants.ts";
import { type IteratorDef, ITERATORS } from "./iterators.ts";
import { type FieldDef, STRUCTS, type StructDef } from "./structs.ts";

export * from "./builtins.ts";
export * from "./constants.ts";
export * from "./prototype.ts";
export * from "./structs.ts";
export * from "./types.ts";
export * from "./iterators.ts";

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
