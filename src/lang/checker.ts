/*
 * Type checker: resolves every name, field and call of a loaded policy
 * against the object model (src/model) and records the types and symbols the
 * IR compiler needs. Like jlox's Resolver it is a separate static pass that
 * reports through the same Diagnostic[] as the parser, and it keeps going
 * after an error (an erroneous expression gets type ERR, which is silently
 * compatible with everything, so one mistake is reported once).
 */

import type { Expr, FunctionDef, Stmt, TypeRef } from "./ast.ts";
import { type Diagnostic, error, type Span, warning } from "./diagnostics.ts";
import { collectLabels, endsInReturn } from "./flow.ts";
import type { Policy } from "./program.ts";
import { exprText, nearest } from "./suggest.ts";
import {
  assignable,
  BOOL,
  type Builtin,
  castable,
  type CType,
  type FieldDef,
  type FnSig,
  INT,
  isPointer,
  isScalar,
  isTestable,
  MODEL,
  NULLT,
  parseTypeText,
  ptr,
  sameType,
  type StructDef,
  typeName,
  VOID,
} from "../model/index.ts";

/** The type of an expression that already produced an error. */
export const ERR: CType = { kind: "struct", name: "<error>" };
const isErr = (t: CType) => t.kind === "struct" && t.name === "<error>";

export interface Local {
  readonly name: string;
  readonly slot: number;
  readonly type: CType;
  readonly isParam: boolean;
  /** `&x` appears somewhere: x lives in a stack cell, not a register. */
  addressTaken: boolean;
  readonly span: Span;
}

export type Sym =
  | { readonly kind: "local"; readonly local: Local }
  | { readonly kind: "function"; readonly name: string; readonly sig: FnSig }
  | { readonly kind: "builtin"; readonly builtin: Builtin }
  | { readonly kind: "const"; readonly name: string; readonly value: number }
  | { readonly kind: "global"; readonly name: string };

export interface CheckedFunction {
  readonly name: string;
  readonly file: string;
  readonly def: FunctionDef;
  readonly sig: FnSig;
  readonly locals: readonly Local[];
  /** Locals by their declaring statement or parameter name span. */
  readonly declLocal: ReadonlyMap<object, Local>;
}

export interface CheckedPolicy {
  readonly policy: Policy;
  readonly structs: ReadonlyMap<string, StructDef>;
  readonly functions: ReadonlyMap<string, CheckedFunction>;
  readonly types: ReadonlyMap<Expr, CType>;
  readonly symbols: ReadonlyMap<Expr, Sym>;
  /** For each member expression: the struct it reads and the field. */
  readonly fields: ReadonlyMap<Expr, ResolvedField>;
}

export interface ResolvedField {
  readonly struct: string;
  readonly field: FieldDef;
}

const BASE_TYPES = new Set([
  "void",
  "bool",
  "int",
  "long",
  "unsigned int",
  "unsigned long",
  "pgoff_t",
  "gfp_t",
  "pte_t",
  "pmd_t",
  "spinlock_t",
  "atomic_t",
]);

export function check(policy: Policy, diags: Diagnostic[]): CheckedPolicy {
  return new Checker(policy, diags).run();
}

class Checker {
  private readonly structs = new Map<string, StructDef>(MODEL.structs);
  private readonly sigs = new Map<string, { sig: FnSig; span: Span }>();
  private readonly types = new Map<Expr, CType>();
  private readonly symbols = new Map<Expr, Sym>();
  private readonly fields = new Map<Expr, ResolvedField>();
  private readonly functions = new Map<string, CheckedFunction>();

  // Per-function state.
  private scopes: Map<string, Local>[] = [];
  private locals: Local[] = [];
  private declLocal = new Map<object, Local>();
  private labels = new Set<string>();
  private loopDepth = 0;
  private ret: CType = VOID;

  constructor(
    private readonly policy: Policy,
    private readonly diags: Diagnostic[],
  ) {}

  private err(code: string, message: string, span: Span): void {
    this.diags.push(error(code, message, span));
  }

  run(): CheckedPolicy {
    this.extendStructs();
    // Signatures first: functions may be called before they are defined.
    for (const [name, fn] of this.policy.functions) {
      const sig = this.signature(fn.def);
      if (sig) this.sigs.set(name, { sig, span: fn.def.nameSpan });
      if (MODEL.builtins.has(name)) {
        this.err(
          "redefines-builtin",
          `'${name}' is a kernel primitive in the model and cannot be redefined`,
          fn.def.nameSpan,
        );
      }
    }
    for (const proto of this.policy.prototypes) {
      const sig = this.signature(proto.def);
      const def = this.sigs.get(proto.def.name);
      if (sig && def && !sameSig(sig, def.sig)) {
        this.diags.push({
          ...error(
            "conflicting-types",
            `conflicting types for '${proto.def.name}'`,
            proto.def.nameSpan,
          ),
          related: [{ message: "the definition is here", span: def.span }],
        });
      } else if (sig && !def && !MODEL.builtins.has(proto.def.name)) {
        this.sigs.set(proto.def.name, { sig, span: proto.def.nameSpan });
      }
    }
    for (const [name, fn] of this.policy.functions) {
      const sig = this.sigs.get(name)?.sig;
      if (sig) this.checkFunction(fn.def, fn.file, sig);
    }
    return {
      policy: this.policy,
      structs: this.structs,
      functions: this.functions,
      types: this.types,
      symbols: this.symbols,
      fields: this.fields,
    };
  }

  // --- declarations ------------------------------------------------------------------------

  private extendStructs(): void {
    for (const { ext } of this.policy.structs) {
      const base = this.structs.get(ext.name);
      if (base?.kind !== "heap") {
        this.err(
          "unknown-struct",
          base
            ? `struct ${ext.name} cannot be extended (only shared kernel objects can)`
            : `unknown struct '${ext.name}'`,
          ext.span,
        );
        continue;
      }
      const fields: FieldDef[] = [...base.fields];
      for (const f of ext.fields) {
        const type = this.resolveType(f.type);
        if (!type) continue;
        if (!isScalar(type) && type.kind !== "ptr") {
          this.err("bad-field", `added member '${f.name}' must be a scalar or a pointer`, f.span);
          continue;
        }
        if (fields.some((x) => x.name === f.name)) {
          this.err(
            "duplicate-field",
            `struct ${ext.name} already has a member '${f.name}'`,
            f.span,
          );
          continue;
        }
        fields.push({ name: f.name, type, doc: "Added by this policy." });
      }
      this.structs.set(ext.name, { ...base, fields });
    }
  }

  resolveType(t: TypeRef): CType | undefined {
    let base: CType;
    if (t.base.startsWith("struct ")) {
      const name = t.base.slice(7);
      if (!this.structs.has(name)) {
        this.err("unknown-struct", `unknown struct '${name}'`, t.span);
        return undefined;
      }
      base = { kind: "struct", name };
    } else if (BASE_TYPES.has(t.base)) {
      base = parseTypeText(t.base);
    } else {
      this.err("unknown-type", `unknown type '${t.base}'`, t.span);
      return undefined;
    }
    for (let i = 0; i < t.stars; i++) base = ptr(base);
    return base;
  }

  private signature(def: FunctionDef): FnSig | undefined {
    const ret = this.resolveType(def.ret);
    const params = def.params.map((p) => this.resolveType(p.type));
    if (!ret || params.some((p) => !p)) return undefined;
    if (ret.kind === "struct") {
      this.err(
        "bad-return-type",
        "functions return scalars or pointers, not structs",
        def.ret.span,
      );
      return undefined;
    }
    return { ret, params: params as CType[] };
  }

  // --- functions ---------------------------------------------------------------------------

  private checkFunction(def: FunctionDef, file: string, sig: FnSig): void {
    this.scopes = [new Map()];
    this.locals = [];
    this.declLocal = new Map();
    this.loopDepth = 0;
    this.ret = sig.ret;
    this.labels = new Set();
    collectLabels(def.body!, this.labels, this.diags);

    def.params.forEach((p, i) => {
      const type = sig.params[i]!;
      if (type.kind === "struct" || type.kind === "void") {
        this.err("bad-param", `parameter '${p.name}' must be a scalar or a pointer`, p.span);
      }
      this.declare(p.name, type, true, p.span, p);
    });
    for (const a of def.attributes) {
      if (a.args.length !== 1)
        this.err("bad-attribute", `${a.name}() takes one lock expression`, a.span);
    }
    this.block(def.body!.body);
    if (sig.ret.kind !== "void" && !endsInReturn(def.body!)) {
      this.diags.push(
        warning(
          "missing-return",
          `control may reach the end of non-void function '${def.name}'`,
          this.spanAt(def.body!.span.file, def.body!.span.end - 1),
        ),
      );
    }
    this.functions.set(def.name, {
      name: def.name,
      file,
      def,
      sig,
      locals: this.locals,
      declLocal: this.declLocal,
    });
  }

  /** A one-character span at an offset (e.g. a closing brace). */
  private spanAt(file: string, offset: number): Span {
    const text = this.policy.sources.get(file) ?? "";
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return { file, line, col: offset - before.lastIndexOf("\n"), start: offset, end: offset + 1 };
  }

  private declare(name: string, type: CType, isParam: boolean, span: Span, key: object): Local {
    const scope = this.scopes[this.scopes.length - 1]!;
    if (scope.has(name)) this.err("redeclared", `redeclaration of '${name}'`, span);
    const local: Local = {
      name,
      slot: this.locals.length,
      type,
      isParam,
      addressTaken: false,
      span,
    };
    this.locals.push(local);
    scope.set(name, local);
    this.declLocal.set(key, local);
    return local;
  }

  private lookupLocal(name: string): Local | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const l = this.scopes[i]!.get(name);
      if (l) return l;
    }
    return undefined;
  }

  private block(body: readonly Stmt[]): void {
    this.scopes.push(new Map());
    let dead = false;
    for (const s of body) {
      if (dead && s.kind !== "label" && s.kind !== "empty") {
        this.diags.push(warning("unreachable", "unreachable code after return/goto", s.span));
        dead = false; // once per run of dead code
      }
      this.stmt(s);
      if (s.kind === "return" || s.kind === "goto" || s.kind === "break" || s.kind === "continue") {
        dead = true;
      } else if (s.kind === "label") {
        dead = false;
      }
    }
    this.scopes.pop();
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case "decl":
        return this.decl(s);
      case "expr":
        this.expr(s.expr);
        return;
      case "if":
        this.test(s.test);
        this.scoped(s.then);
        if (s.otherwise) this.scoped(s.otherwise);
        return;
      case "while":
        this.test(s.test);
        this.loop(s.body);
        return;
      case "do":
        this.loop(s.body);
        this.test(s.test);
        return;
      case "for":
        this.scopes.push(new Map());
        if (s.init) this.stmt(s.init);
        if (s.test) this.test(s.test);
        if (s.update) this.expr(s.update);
        this.loop(s.body);
        this.scopes.pop();
        return;
      case "foreach":
        this.foreach(s);
        this.loop(s.body);
        return;
      case "block":
        return this.block(s.body);
      case "return": {
        if (s.value) {
          const t = this.expr(s.value);
          if (this.ret.kind === "void")
            this.err("bad-return", "void function returns a value", s.value.span);
          else this.expectAssignable(this.ret, t, s.value.span, "return value");
        } else if (this.ret.kind !== "void") {
          this.err("bad-return", `non-void function must return a ${typeName(this.ret)}`, s.span);
        }
        return;
      }
      case "break":
      case "continue":
        if (this.loopDepth === 0) this.err("bad-jump", `'${s.kind}' outside a loop`, s.span);
        return;
      case "goto":
        if (!this.labels.has(s.label))
          this.err("undefined-label", `label '${s.label}' used but not defined`, s.span);
        return;
      case "label":
        return this.stmt(s.body);
      case "empty":
        return;
    }
  }

  private scoped(s: Stmt): void {
    if (s.kind === "block") return this.stmt(s);
    this.scopes.push(new Map());
    this.stmt(s);
    this.scopes.pop();
  }

  private loop(body: Stmt): void {
    this.loopDepth++;
    this.scoped(body);
    this.loopDepth--;
  }

  private decl(s: Extract<Stmt, { kind: "decl" }>): void {
    const type = this.resolveType(s.type);
    // Check the initialiser before declaring: `int x = x;` is not meaningful here.
    if (s.init && type) {
      const t = this.expr(s.init);
      this.expectAssignable(type, t, s.init.span, `initialiser of '${s.name}'`);
    } else if (s.init) {
      this.expr(s.init);
    }
    if (!type) {
      this.declare(s.name, ERR, false, s.span, s);
      return;
    }
    if (type.kind === "void") {
      this.err("bad-decl", `variable '${s.name}' declared void`, s.span);
    }
    if (type.kind === "struct") {
      const def = this.structs.get(type.name);
      if (def?.kind !== "stack") {
        this.err(
          "bad-decl",
          `a local struct ${type.name} is not modelled: ${type.name} is a shared kernel object; use a pointer`,
          s.type.span,
        );
      } else if (s.init) {
        this.err("bad-decl", `initialise struct ${type.name} with { .field = value }`, s.init.span);
      }
      for (const fi of s.fields ?? []) {
        const fd = def?.fields.find((f) => f.name === fi.field);
        const vt = this.expr(fi.value);
        if (!fd) {
          this.err("unknown-field", `struct ${type.name} has no field '${fi.field}'`, fi.span);
          continue;
        }
        this.expectAssignable(fd.type, vt, fi.value.span, `.${fi.field}`);
      }
    } else if (s.fields) {
      this.err("bad-decl", `'${s.name}' is not a struct; it cannot take { .field = ... }`, s.span);
    }
    this.declare(s.name, type, false, s.span, s);
  }

  private foreach(s: Extract<Stmt, { kind: "foreach" }>): void {
    const it = MODEL.iterators.get(s.macro)!;
    const arity = it.shape === "interval_tree" ? 4 : it.shape === "list_safe" ? 4 : 3;
    if (s.args.length !== arity) {
      this.err("arg-count", `${s.macro}() takes ${arity} arguments, got ${s.args.length}`, s.span);
      return;
    }
    const posT = this.lvalueLocal(s.args[0]!);
    if (it.shape === "interval_tree") {
      const rootT = this.expr(s.args[1]!);
      this.expectAssignable(
        ptr({ kind: "struct", name: "rb_root_cached" }),
        rootT,
        s.args[1]!.span,
        "interval tree root",
      );
      this.expectScalar(this.expr(s.args[2]!), s.args[2]!.span);
      this.expectScalar(this.expr(s.args[3]!), s.args[3]!.span);
      if (posT)
        this.expectAssignable(
          posT,
          ptr({ kind: "struct", name: "anon_vma_chain" }),
          s.args[0]!.span,
          "iterator",
        );
      return;
    }
    let headIdx = 1;
    if (it.shape === "list_safe") {
      const nT = this.lvalueLocal(s.args[1]!);
      if (posT && nT && !sameType(posT, nT)) {
        this.err(
          "type-mismatch",
          `'${exprText(s.args[1]!)}' must have the same type as the cursor`,
          s.args[1]!.span,
        );
      }
      headIdx = 2;
    }
    const head = s.args[headIdx]!;
    const member = s.args[headIdx + 1]!;
    this.expr(head);
    // The head must be `&obj->list_field` so the element type is known.
    const field =
      head.kind === "unary" && head.op === "&" && head.operand.kind === "member"
        ? this.fieldOf(head.operand)
        : undefined;
    if (!field?.list) {
      this.err("bad-list", `${s.macro}() needs a list head like &vma->anon_vma_chain`, head.span);
      return;
    }
    if (member.kind !== "name" || member.name !== field.list.member) {
      this.err(
        "bad-list",
        `entries of this list are linked through '${field.list.member}'`,
        member.span,
      );
    }
    if (posT)
      this.expectAssignable(
        posT,
        ptr({ kind: "struct", name: field.list.of }),
        s.args[0]!.span,
        "list cursor",
      );
  }

  /** An iterator cursor: a plain local variable. */
  private lvalueLocal(e: Expr): CType | undefined {
    if (e.kind !== "name") {
      this.err("bad-iterator", "the cursor must be a local variable", e.span);
      return undefined;
    }
    const t = this.expr(e);
    return isErr(t) ? undefined : t;
  }

  // --- expressions -------------------------------------------------------------------------

  private test(e: Expr): void {
    const t = this.expr(e);
    if (!isErr(t) && !isTestable(t)) {
      this.err("bad-condition", `a ${typeName(t)} cannot be used as a condition`, e.span);
    }
  }

  private expectScalar(t: CType, span: Span): void {
    if (!isErr(t) && !isScalar(t))
      this.err("type-mismatch", `expected an integer, got ${typeName(t)}`, span);
  }

  private expectAssignable(to: CType, from: CType, span: Span, what: string): void {
    if (isErr(to) || isErr(from) || assignable(to, from)) return;
    this.err("type-mismatch", `${what}: expected ${typeName(to)}, got ${typeName(from)}`, span);
  }

  expr(e: Expr): CType {
    const t = this.exprInner(e);
    this.types.set(e, t);
    return t;
  }

  private exprInner(e: Expr): CType {
    switch (e.kind) {
      case "int":
        return INT;
      case "bool":
        return BOOL;
      case "null":
        return NULLT;
      case "name":
        return this.name(e);
      case "call":
        return this.call(e);
      case "member": {
        const f = this.fieldOf(e);
        if (!f) return ERR;
        if (f.type.kind === "struct" && this.structs.get(f.type.name)?.kind === "embedded") {
          this.err(
            "embedded-field",
            `'${e.field}' is a ${typeName(f.type)}; pass its address (&...->${e.field})`,
            e.fieldSpan,
          );
          return ERR;
        }
        return f.type;
      }
      case "unary":
        return this.unary(e);
      case "binary":
        return this.binary(e);
      case "logical":
        this.test(e.left);
        this.test(e.right);
        return BOOL;
      case "cond": {
        this.test(e.test);
        const a = this.expr(e.then);
        const b = this.expr(e.otherwise);
        if (isErr(a) || isErr(b)) return ERR;
        if (isScalar(a) && isScalar(b)) return a.kind === "bool" && b.kind === "bool" ? BOOL : INT;
        if (assignable(a, b)) return a.kind === "null" ? b : a;
        if (assignable(b, a)) return b;
        this.err(
          "type-mismatch",
          `the branches have different types: ${typeName(a)} and ${typeName(b)}`,
          e.span,
        );
        return ERR;
      }
      case "assign": {
        const target = this.lvalue(e.target);
        const value = this.expr(e.value);
        if (!target) return ERR;
        if (e.op === "=") {
          this.expectAssignable(target, value, e.value.span, "assignment");
        } else if (isEntryPtr(target) && (e.op === "+" || e.op === "-")) {
          this.expectScalar(value, e.value.span);
        } else {
          this.expectScalar(target, e.target.span);
          this.expectScalar(value, e.value.span);
        }
        return target;
      }
      case "incdec": {
        const t = this.lvalue(e.target);
        if (t && !isEntryPtr(t)) this.expectScalar(t, e.target.span);
        return t ?? ERR;
      }
      case "comma":
        this.expr(e.left);
        return this.expr(e.right);
      case "cast": {
        const to = this.resolveType(e.type);
        const from = this.expr(e.operand);
        if (!to) return ERR;
        if (!isErr(from) && !castable(to, from)) {
          this.err("bad-cast", `cannot cast ${typeName(from)} to ${typeName(to)}`, e.span);
        }
        return to;
      }
    }
  }

  private name(e: Extract<Expr, { kind: "name" }>): CType {
    const local = this.lookupLocal(e.name);
    if (local) {
      this.symbols.set(e, { kind: "local", local });
      return local.type;
    }
    const fn = this.sigs.get(e.name);
    if (fn) {
      this.symbols.set(e, { kind: "function", name: e.name, sig: fn.sig });
      return { kind: "fn", sig: fn.sig };
    }
    const c = MODEL.constants.get(e.name);
    if (c) {
      this.symbols.set(e, { kind: "const", name: c.name, value: c.value });
      return c.type;
    }
    const g = MODEL.globals.get(e.name);
    if (g) {
      this.symbols.set(e, { kind: "global", name: g.name });
      return g.type;
    }
    if (MODEL.builtins.has(e.name)) {
      this.err("builtin-value", `'${e.name}' is a kernel primitive; it can only be called`, e.span);
      return ERR;
    }
    this.err("unknown-name", `'${e.name}' undeclared`, e.span);
    return ERR;
  }

  /** A field access: resolves the struct and the field, or reports why not. */
  private fieldOf(e: Extract<Expr, { kind: "member" }>): FieldDef | undefined {
    const ot = this.expr(e.object);
    if (isErr(ot)) return undefined;
    let sname: string | undefined;
    if (e.arrow) {
      if (ot.kind === "ptr" && ot.to.kind === "struct") sname = ot.to.name;
      else {
        this.err("bad-member", `'->' needs a pointer to a struct, got ${typeName(ot)}`, e.span);
        return undefined;
      }
    } else {
      if (ot.kind === "struct") sname = ot.name;
      else {
        const hint = ot.kind === "ptr" && ot.to.kind === "struct" ? " (did you mean '->'?)" : "";
        this.err("bad-member", `'.' needs a struct, got ${typeName(ot)}${hint}`, e.span);
        return undefined;
      }
    }
    const def = this.structs.get(sname);
    const f = def?.fields.find((x) => x.name === e.field);
    if (!f) {
      const near = def
        ? nearest(
            e.field,
            def.fields.map((x) => x.name),
          )
        : undefined;
      this.err(
        "unknown-field",
        `struct ${sname} has no member named '${e.field}'${near ? `; did you mean '${near}'?` : ""}`,
        e.fieldSpan,
      );
      return undefined;
    }
    this.fields.set(e, { struct: sname, field: f });
    return f;
  }

  /** Type of an assignable expression; reports non-lvalues. */
  private lvalue(e: Expr): CType | undefined {
    if (e.kind === "name") {
      const t = this.expr(e);
      const sym = this.symbols.get(e);
      if (sym && sym.kind !== "local") {
        this.err("bad-assign", `'${e.name}' is not a variable`, e.span);
        return undefined;
      }
      if (isErr(t)) return undefined;
      if (t.kind === "struct") {
        this.err("bad-assign", "struct assignment is not modelled; assign its fields", e.span);
        return undefined;
      }
      return t;
    }
    if (e.kind === "member" || (e.kind === "unary" && e.op === "*")) {
      const t = this.expr(e);
      return isErr(t) ? undefined : t;
    }
    this.expr(e);
    return undefined; // the parser already reported the bad target
  }

  private unary(e: Extract<Expr, { kind: "unary" }>): CType {
    switch (e.op) {
      case "!":
        this.test(e.operand);
        return BOOL;
      case "-":
      case "~": {
        const t = this.expr(e.operand);
        this.expectScalar(t, e.operand.span);
        return isErr(t) ? ERR : t.kind === "bool" ? INT : t;
      }
      case "*": {
        const t = this.expr(e.operand);
        if (isErr(t)) return ERR;
        if (t.kind !== "ptr" || t.to.kind === "void" || t.to.kind === "struct") {
          this.err(
            "bad-deref",
            `cannot dereference ${typeName(t)}${t.kind === "ptr" && t.to.kind === "struct" ? " (use '->')" : ""}`,
            e.span,
          );
          return ERR;
        }
        return t.to;
      }
      case "&":
        return this.addressOf(e.operand);
    }
  }

  private addressOf(x: Expr): CType {
    if (x.kind === "name") {
      const t = this.expr(x);
      const sym = this.symbols.get(x);
      if (sym?.kind === "local") {
        sym.local.addressTaken = true;
        return isErr(t) ? ERR : ptr(t);
      }
      if (sym?.kind === "function") return t;
      if (!isErr(t)) this.err("bad-address", `cannot take the address of '${x.name}'`, x.span);
      return ERR;
    }
    if (x.kind === "member") {
      const f = this.fieldOf(x);
      this.types.set(x, f?.type ?? ERR);
      if (!f) return ERR;
      if (f.type.kind === "struct") return ptr(f.type);
      this.err(
        "bad-address",
        this.structs.get(this.fields.get(x)?.struct ?? "")?.kind === "stack"
          ? `taking the address of a member of a stack struct ('${x.field}') is not modelled; pass a pointer to a local instead`
          : `taking the address of the shared field '${x.field}' is not modelled; only embedded locks, atomics, lists and trees`,
        x.span,
      );
      return ERR;
    }
    this.expr(x);
    this.err("bad-address", "cannot take the address of this expression", x.span);
    return ERR;
  }

  private binary(e: Extract<Expr, { kind: "binary" }>): CType {
    const a = this.expr(e.left);
    const b = this.expr(e.right);
    if (isErr(a) || isErr(b)) return ERR;
    switch (e.op) {
      case "==":
      case "!=":
        if (
          (isScalar(a) && isScalar(b)) ||
          (isPointer(a) && isPointer(b) && (assignable(a, b) || assignable(b, a)))
        ) {
          return BOOL;
        }
        this.err(
          "type-mismatch",
          a.kind === "word"
            ? `compare ${a.name} values with ${a.name === "pte_t" ? "pte_same()" : "pmd_same()"}`
            : `cannot compare ${typeName(a)} with ${typeName(b)}`,
          e.span,
        );
        return ERR;
      case "<":
      case "<=":
      case ">":
      case ">=":
        // double_pt_lock() orders two PTLs by address, so same-type pointers compare too.
        if ((isScalar(a) && isScalar(b)) || (a.kind === "ptr" && sameType(a, b))) return BOOL;
        this.err("type-mismatch", `cannot order ${typeName(a)} and ${typeName(b)}`, e.span);
        return ERR;
      default:
        // Walking a page table entry by entry (move_present_ptes: src_pte++).
        if (isEntryPtr(a) && isScalar(b) && (e.op === "+" || e.op === "-")) return a;
        if (isScalar(a) && isScalar(b)) {
          if (a.kind === "int" && (a.name === "unsigned long" || a.name === "long")) return a;
          if (b.kind === "int" && (b.name === "unsigned long" || b.name === "long")) return b;
          return a.kind === "int" ? a : INT;
        }
        this.err(
          "type-mismatch",
          `invalid operands to '${e.op}' (${typeName(a)} and ${typeName(b)})${a.kind === "ptr" ? "; only pte_t * and pmd_t * step through entries; cast other pointers to unsigned long" : ""}`,
          e.span,
        );
        return ERR;
    }
  }

  private call(e: Extract<Expr, { kind: "call" }>): CType {
    const argTypes = () => e.args.map((a) => this.expr(a));
    if (e.callee.kind === "name") {
      const name = e.callee.name;
      if (!this.lookupLocal(name)) {
        const b = MODEL.builtins.get(name);
        if (b) {
          this.symbols.set(e.callee, { kind: "builtin", builtin: b });
          return this.builtinCall(e, b);
        }
        const fn = this.sigs.get(name);
        if (fn) {
          this.symbols.set(e.callee, { kind: "function", name, sig: fn.sig });
          this.checkArgs(e, name, fn.sig, argTypes());
          return fn.sig.ret;
        }
        if (MODEL.iterators.has(name)) {
          this.err("bad-iterator", `${name}() is a loop macro: follow it with a statement`, e.span);
          argTypes();
          return ERR;
        }
        argTypes();
        const near = nearest(name, [...this.sigs.keys(), ...MODEL.builtins.keys()]);
        this.err(
          "unknown-function",
          `implicit declaration of function '${name}'${near ? `; did you mean '${near}'?` : ""}`,
          e.callee.span,
        );
        return ERR;
      }
    }
    // Indirect call through a function pointer (rwc->rmap_one(...)).
    const ct = this.expr(e.callee);
    const ats = argTypes();
    if (isErr(ct)) return ERR;
    if (ct.kind !== "fn") {
      this.err(
        "not-callable",
        `called object of type ${typeName(ct)} is not a function`,
        e.callee.span,
      );
      return ERR;
    }
    this.checkArgs(e, exprText(e.callee), ct.sig, ats);
    return ct.sig.ret;
  }

  private checkArgs(
    e: Extract<Expr, { kind: "call" }>,
    name: string,
    sig: FnSig,
    ats: CType[],
  ): void {
    if (ats.length !== sig.params.length) {
      this.err(
        "arg-count",
        `too ${ats.length < sig.params.length ? "few" : "many"} arguments to '${name}': expected ${sig.params.length}, got ${ats.length}`,
        e.span,
      );
      return;
    }
    ats.forEach((t, i) =>
      this.expectAssignable(sig.params[i]!, t, e.args[i]!.span, `argument ${i + 1} of '${name}'`),
    );
  }

  private builtinCall(e: Extract<Expr, { kind: "call" }>, b: Builtin): CType {
    const name = b.proto.name;
    switch (b.generic) {
      case "read_once": {
        if (e.args.length !== 1) return this.arity(e, name, 1);
        const t = this.lvalue(e.args[0]!) ?? ERR;
        if (e.args[0]!.kind !== "member" && !isErr(t)) {
          this.err(
            "bad-once",
            `${name}() marks a shared access: pass a field like folio->mapping`,
            e.args[0]!.span,
          );
        }
        return t;
      }
      case "write_once": {
        if (e.args.length !== 2) return this.arity(e, name, 2);
        const t = this.lvalue(e.args[0]!);
        const v = this.expr(e.args[1]!);
        if (e.args[0]!.kind !== "member" && t) {
          this.err(
            "bad-once",
            `${name}() marks a shared access: pass a field like folio->mapping`,
            e.args[0]!.span,
          );
        }
        if (t) this.expectAssignable(t, v, e.args[1]!.span, `value of ${name}()`);
        return VOID;
      }
      case "lock_ptr": {
        if (e.args.length !== 1) return this.arity(e, name, 1);
        const t = this.expr(e.args[0]!);
        if (!isErr(t) && !isLockPtr(t)) {
          this.err(
            "not-a-lock",
            `${name}() needs a lock (struct rw_semaphore * or spinlock_t *), got ${typeName(t)}`,
            e.args[0]!.span,
          );
        }
        return VOID;
      }
      case "cond": {
        const n = b.proto.params.length;
        if (e.args.length !== n) return this.arity(e, name, n);
        this.test(e.args[0]!);
        for (let i = 1; i < n; i++) {
          this.expectAssignable(
            b.proto.params[i]!.type,
            this.expr(e.args[i]!),
            e.args[i]!.span,
            `argument ${i + 1} of '${name}'`,
          );
        }
        return b.proto.ret;
      }
      case undefined: {
        const ats = e.args.map((a) => this.expr(a));
        const ps = b.proto.params;
        if (ats.length !== ps.length) return this.arity(e, name, ps.length);
        ats.forEach((t, i) => {
          if (isErr(t) || assignable(ps[i]!.type, t)) return;
          if (b.lock && b.lock.arg === i && (b.category === "lock" || b.category === "vma")) {
            this.err(
              "not-a-lock",
              `${name}() operates on a ${typeName(ps[i]!.type)}; ${typeName(t)} is not one`,
              e.args[i]!.span,
            );
          } else {
            this.err(
              "type-mismatch",
              `argument ${i + 1} of '${name}': expected ${typeName(ps[i]!.type)}, got ${typeName(t)}`,
              e.args[i]!.span,
            );
          }
        });
        return b.proto.ret;
      }
    }
  }

  private arity(e: Extract<Expr, { kind: "call" }>, name: string, n: number): CType {
    for (const a of e.args) this.expr(a);
    this.err(
      "arg-count",
      `'${name}' takes ${n} argument${n === 1 ? "" : "s"}, got ${e.args.length}`,
      e.span,
    );
    return ERR;
  }
}

/**
 * `pte_t *` and `pmd_t *`: the one place mm code does pointer arithmetic is
 * stepping through the entries of a page table.
 */
export function isEntryPtr(t: CType): boolean {
  return t.kind === "ptr" && t.to.kind === "word";
}

function isLockPtr(t: CType): boolean {
  return (
    t.kind === "ptr" &&
    t.to.kind === "struct" &&
    (t.to.name === "rw_semaphore" || t.to.name === "spinlock_t")
  );
}

function sameSig(a: FnSig, b: FnSig): boolean {
  return sameType({ kind: "fn", sig: a }, { kind: "fn", sig: b });
}
