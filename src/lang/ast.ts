/*
 * The policy AST: what the parser builds and the checker and compiler read.
 * Discriminated unions throughout; every node has the span it came from.
 */

import type { Span } from "./diagnostics.ts";

/** A type as written: `const struct folio *`, `unsigned long`, `spinlock_t **`. */
export interface TypeRef {
  /** "struct folio", "unsigned long", "pte_t", ... */
  readonly base: string;
  readonly stars: number;
  readonly span: Span;
}

export type Expr =
  | { readonly kind: "int"; readonly value: number; readonly span: Span }
  | { readonly kind: "bool"; readonly value: boolean; readonly span: Span }
  | { readonly kind: "null"; readonly span: Span }
  | { readonly kind: "name"; readonly name: string; readonly span: Span }
  | {
      readonly kind: "call";
      readonly callee: Expr;
      readonly args: readonly Expr[];
      readonly span: Span;
    }
  | {
      readonly kind: "member";
      readonly object: Expr;
      readonly field: string;
      readonly arrow: boolean;
      readonly fieldSpan: Span;
      readonly span: Span;
    }
  | { readonly kind: "unary"; readonly op: UnaryOp; readonly operand: Expr; readonly span: Span }
  | {
      readonly kind: "binary";
      readonly op: BinaryOp;
      readonly left: Expr;
      readonly right: Expr;
      readonly span: Span;
    }
  | {
      readonly kind: "logical";
      readonly op: "&&" | "||";
      readonly left: Expr;
      readonly right: Expr;
      readonly span: Span;
    }
  | {
      readonly kind: "cond";
      readonly test: Expr;
      readonly then: Expr;
      readonly otherwise: Expr;
      readonly span: Span;
    }
  | {
      readonly kind: "assign";
      /** "=" or a compound operator's binary op ("|" for "|="). */
      readonly op: "=" | BinaryOp;
      readonly target: Expr;
      readonly value: Expr;
      readonly span: Span;
    }
  | {
      readonly kind: "incdec";
      readonly op: "++" | "--";
      readonly prefix: boolean;
      readonly target: Expr;
      readonly span: Span;
    }
  | { readonly kind: "cast"; readonly type: TypeRef; readonly operand: Expr; readonly span: Span }
  /** `a, b`: evaluate a for its effects, then b (for (i = 0, j = 1; ...)). */
  | { readonly kind: "comma"; readonly left: Expr; readonly right: Expr; readonly span: Span };

export type UnaryOp = "!" | "-" | "~" | "&" | "*";
export type BinaryOp =
  | "+"
  | "-"
  | "*"
  | "/"
  | "%"
  | "<<"
  | ">>"
  | "&"
  | "|"
  | "^"
  | "=="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">=";

/** `.field = value` in a struct initialiser. */
export interface FieldInit {
  readonly field: string;
  readonly value: Expr;
  readonly span: Span;
}

export type Stmt =
  | {
      readonly kind: "decl";
      readonly type: TypeRef;
      readonly name: string;
      readonly init?: Expr;
      readonly fields?: readonly FieldInit[];
      readonly span: Span;
    }
  | { readonly kind: "expr"; readonly expr: Expr; readonly span: Span }
  | {
      readonly kind: "if";
      readonly test: Expr;
      readonly then: Stmt;
      readonly otherwise?: Stmt;
      readonly span: Span;
    }
  | { readonly kind: "while"; readonly test: Expr; readonly body: Stmt; readonly span: Span }
  | { readonly kind: "do"; readonly body: Stmt; readonly test: Expr; readonly span: Span }
  | {
      readonly kind: "for";
      readonly init?: Stmt;
      readonly test?: Expr;
      readonly update?: Expr;
      readonly body: Stmt;
      readonly span: Span;
    }
  | {
      /** anon_vma_interval_tree_foreach(avc, root, start, last) and the list_for_each_entry family. */
      readonly kind: "foreach";
      readonly macro: string;
      readonly args: readonly Expr[];
      readonly body: Stmt;
      readonly span: Span;
    }
  | { readonly kind: "block"; readonly body: readonly Stmt[]; readonly span: Span }
  | { readonly kind: "return"; readonly value?: Expr; readonly span: Span }
  | { readonly kind: "break"; readonly span: Span }
  | { readonly kind: "continue"; readonly span: Span }
  | { readonly kind: "goto"; readonly label: string; readonly span: Span }
  | { readonly kind: "label"; readonly label: string; readonly body: Stmt; readonly span: Span }
  | { readonly kind: "empty"; readonly span: Span };

export interface Param {
  readonly type: TypeRef;
  readonly name: string;
  readonly span: Span;
}

/** Sparse context annotations: __acquires(x), __releases(x), __must_hold(x), __cond_acquires(x). */
export interface Attribute {
  readonly name: string;
  readonly args: readonly Expr[];
  readonly span: Span;
}

export interface FunctionDef {
  readonly kind: "function";
  readonly name: string;
  readonly ret: TypeRef;
  readonly params: readonly Param[];
  readonly attributes: readonly Attribute[];
  /** Absent for a prototype. */
  readonly body?: Extract<Stmt, { kind: "block" }>;
  /** The block comment right above the definition, if any. */
  readonly comment?: string;
  readonly nameSpan: Span;
  readonly span: Span;
}

/** `struct anon_vma { bool uffd_moved; };`: a patch adding members. */
export interface StructExtension {
  readonly kind: "struct";
  readonly name: string;
  readonly fields: readonly {
    readonly type: TypeRef;
    readonly name: string;
    readonly span: Span;
  }[];
  readonly span: Span;
}

export interface Include {
  readonly kind: "include";
  readonly path: string;
  readonly span: Span;
}

/** POLICY_NAME("..."), POLICY_DESCRIPTION("..."), POLICY_SOURCE("..."). */
export interface HeaderItem {
  readonly kind: "header";
  readonly key: "POLICY_NAME" | "POLICY_DESCRIPTION" | "POLICY_SOURCE";
  readonly value: string;
  readonly span: Span;
}

export type TopLevel = FunctionDef | StructExtension | Include | HeaderItem;

export interface SourceFile {
  readonly file: string;
  readonly items: readonly TopLevel[];
}
