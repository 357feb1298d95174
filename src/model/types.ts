/*
 * C types of the policy language, as the type checker and the IR see them.
 *
 * The model is a machine of 32-bit words: every scalar, pointer and PTE is one
 * Int32 register in the interpreter, which is what makes thread state cheap to
 * hash (pc + registers). Modelled address spaces stay below 2^31, so
 * `unsigned long` arithmetic on addresses and page offsets never wraps.
 */

export type IntName = "int" | "long" | "unsigned int" | "unsigned long" | "pgoff_t" | "gfp_t";

export type CType =
  | { readonly kind: "void" }
  | { readonly kind: "bool" }
  | { readonly kind: "int"; readonly name: IntName }
  /** Opaque machine words with their own helpers: pte_t, pmd_t. */
  | { readonly kind: "word"; readonly name: "pte_t" | "pmd_t" }
  /** A struct by value: an embedded lock/atomic/list/tree, or a stack struct. */
  | { readonly kind: "struct"; readonly name: string }
  | { readonly kind: "ptr"; readonly to: CType }
  /** A function pointer (only as a struct field or a function name's value). */
  | { readonly kind: "fn"; readonly sig: FnSig }
  /** The type of NULL before it meets a pointer. */
  | { readonly kind: "null" };

export interface FnSig {
  readonly ret: CType;
  readonly params: readonly CType[];
}

export const VOID: CType = { kind: "void" };
export const BOOL: CType = { kind: "bool" };
export const INT: CType = { kind: "int", name: "int" };
export const LONG: CType = { kind: "int", name: "long" };
export const ULONG: CType = { kind: "int", name: "unsigned long" };
export const PGOFF: CType = { kind: "int", name: "pgoff_t" };
export const GFP: CType = { kind: "int", name: "gfp_t" };
export const PTE: CType = { kind: "word", name: "pte_t" };
export const PMD: CType = { kind: "word", name: "pmd_t" };
export const NULLT: CType = { kind: "null" };
export const VOIDP: CType = { kind: "ptr", to: VOID };

export function struct(name: string): CType {
  return { kind: "struct", name };
}
export function ptr(to: CType): CType {
  return { kind: "ptr", to };
}
export function sptr(name: string): CType {
  return ptr(struct(name));
}
export function fnptr(ret: CType, ...params: CType[]): CType {
  return { kind: "fn", sig: { ret, params } };
}

/** How C spells the type, for diagnostics and docs. */
export function typeName(t: CType): string {
  switch (t.kind) {
    case "void":
      return "void";
    case "bool":
      return "bool";
    case "int":
      return t.name;
    case "word":
      return t.name;
    case "struct":
      return t.name.endsWith("_t") ? t.name : `struct ${t.name}`;
    case "ptr":
      return t.to.kind === "ptr" ? `${typeName(t.to)}*` : `${typeName(t.to)} *`;
    case "fn":
      return `${typeName(t.sig.ret)} (*)(${t.sig.params.map(typeName).join(", ")})`;
    case "null":
      return "NULL";
  }
}

export function sameType(a: CType, b: CType): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "void":
    case "bool":
    case "null":
      return true;
    case "int":
      return a.name === (b as typeof a).name;
    case "word":
      return a.name === (b as typeof a).name;
    case "struct":
      return a.name === (b as typeof a).name;
    case "ptr":
      return sameType(a.to, (b as typeof a).to);
    case "fn": {
      const s = (b as typeof a).sig;
      return (
        sameType(a.sig.ret, s.ret) &&
        a.sig.params.length === s.params.length &&
        a.sig.params.every((p, i) => sameType(p, s.params[i]!))
      );
    }
  }
}

export const isScalar = (t: CType): boolean => t.kind === "int" || t.kind === "bool";
export const isPointer = (t: CType): boolean =>
  t.kind === "ptr" || t.kind === "null" || t.kind === "fn";
/** Usable as a condition: C's "scalar type" (arithmetic or pointer). */
export const isTestable = (t: CType): boolean => isScalar(t) || isPointer(t);

/**
 * C's implicit conversions that the kernel relies on: integers and bool
 * interconvert, NULL and void * convert to any object pointer, a function
 * converts to a pointer of the same signature. Anything else needs a cast.
 */
export function assignable(to: CType, from: CType): boolean {
  if (sameType(to, from)) return true;
  if (isScalar(to) && isScalar(from)) return true;
  if (from.kind === "null") return to.kind === "ptr" || to.kind === "fn";
  if (to.kind === "ptr" && from.kind === "ptr") {
    return to.to.kind === "void" || from.to.kind === "void";
  }
  return false;
}

/** Explicit casts: between any scalars and pointers, as `(unsigned long)ptr` in rmap.c. */
export function castable(to: CType, from: CType): boolean {
  const ok = (t: CType) => isScalar(t) || t.kind === "ptr" || t.kind === "null";
  return to.kind === "void" || (ok(to) && ok(from)) || sameType(to, from);
}
