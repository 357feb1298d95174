/*
 * IR compiler: a checked policy to flat per-function instruction lists
 * (see ir.ts). Runs only on policies without errors, so it may trust the
 * checker's types and symbols.
 *
 * Registers: parameters, then named locals, then hidden loop state of the
 * iterator macros and cells for address-taken parameters, then temporaries.
 * Temporaries are reused statement by statement, so nregs stays small and
 * registers that are dead at a statement boundary can be left out of a
 * thread-state hash.
 */

import type { BinaryOp, Expr, Stmt } from "./ast.ts";
import { type CheckedFunction, type CheckedPolicy, isEntryPtr, type Local } from "./checker.ts";
import type { Span } from "./diagnostics.ts";
import type { Instr, IRFunction, IRProgram, Loc } from "./ir.ts";
import { BUILTINS, type Builtin, MODEL } from "../model/index.ts";

const BUILTIN_ID = new Map<Builtin, number>(BUILTINS.map((b, i) => [b, i]));

export function compile(checked: CheckedPolicy): IRProgram {
  const files = [...checked.policy.files.keys()].sort();
  const fileIdx = new Map(files.map((f, i) => [f, i]));
  const names = [...checked.functions.keys()];
  const byName = new Map(names.map((n, i) => [n, i]));
  const functions = names.map((n, i) =>
    new FunctionCompiler(checked, checked.functions.get(n)!, i, fileIdx, byName).compile(),
  );
  return {
    policy: checked.policy.header.name,
    files,
    functions,
    byName,
    builtins: BUILTINS,
    structs: checked.structs,
  };
}

interface Label {
  pc: number;
  readonly patches: number[];
}

/** Where a local lives: a register, or a stack cell whose pointer is in a register. */
type Home = { readonly reg: number; readonly cell: boolean };

class FunctionCompiler {
  private readonly code: Instr[] = [];
  private readonly locs: Loc[] = [];
  private readonly steps: boolean[] = [];
  private readonly homes = new Map<Local, Home>();
  private readonly labels = new Map<string, Label>();
  private readonly loops: { brk: Label; cont: Label }[] = [];
  private nextHidden: number;
  private tempBase = 0;
  private nextTemp = 0;
  private maxReg = 0;
  private loc: Loc = { file: 0, line: 0, col: 0 };

  constructor(
    private readonly checked: CheckedPolicy,
    private readonly fn: CheckedFunction,
    private readonly index: number,
    private readonly fileIdx: ReadonlyMap<string, number>,
    private readonly byName: ReadonlyMap<string, number>,
  ) {
    this.nextHidden = fn.locals.length;
  }

  compile(): IRFunction {
    const def = this.fn.def;
    const body = def.body!;
    const hidden =
      countHidden(body) + this.fn.locals.filter((l) => l.isParam && l.addressTaken).length;
    this.tempBase = this.fn.locals.length + hidden;
    this.nextTemp = this.tempBase;
    this.maxReg = this.tempBase;
    this.at(def.nameSpan);
    this.prologue();
    this.stmt(body);
    // Falling off the end: void returns; non-void is C undefined behaviour (the checker warned).
    const last = this.code[this.code.length - 1];
    if (last?.op !== "ret" || this.labelTargetsEnd()) {
      this.at(body.span, true);
      if (this.fn.sig.ret.kind === "void") this.emit({ op: "ret", src: -1 });
      else {
        const r = this.temp();
        this.emit({ op: "const", dst: r, value: 0 });
        this.emit({ op: "ret", src: r });
      }
    }
    for (const [name, l] of this.labels) {
      if (l.pc < 0) throw new Error(`internal: label '${name}' was never placed`);
    }
    const localNames = this.fn.locals.map((l) => l.name);
    return {
      name: this.fn.name,
      index: this.index,
      file: this.fileIdx.get(this.fn.file)!,
      line: def.nameSpan.line,
      sig: this.fn.sig,
      nparams: def.params.length,
      nregs: this.maxReg,
      code: this.code,
      locs: this.locs,
      steps: this.steps,
      localNames,
      attributes: def.attributes.map((a) => ({
        name: a.name,
        text: this.checked.policy.sources.get(this.fn.file)!.slice(a.span.start, a.span.end),
      })),
    };
  }

  /** Stack structs and address-taken locals get their cells once, at entry. */
  private prologue(): void {
    for (const l of this.fn.locals) {
      if (l.type.kind === "struct") {
        this.homes.set(l, { reg: l.slot, cell: false });
        this.emit({ op: "alloca", dst: l.slot, struct: l.type.name });
      } else if (l.addressTaken) {
        if (l.isParam) {
          const cell = this.nextHidden++;
          this.homes.set(l, { reg: cell, cell: true });
          this.emit({ op: "alloca", dst: cell });
          this.emit({ op: "store_ind", ptr: cell, src: l.slot });
        } else {
          this.homes.set(l, { reg: l.slot, cell: true });
          this.emit({ op: "alloca", dst: l.slot });
        }
      } else {
        this.homes.set(l, { reg: l.slot, cell: false });
      }
    }
  }

  private labelTargetsEnd(): boolean {
    const end = this.code.length;
    for (const l of this.labels.values()) if (l.pc === end) return true;
    for (const lp of this.loops) if (lp.brk.pc === end) return true;
    return this.code.some((i) => (i.op === "jmp" || i.op === "br") && i.target === end);
  }

  // --- emission helpers -------------------------------------------------------------------

  private at(span: Span, end = false): void {
    const file = this.fileIdx.get(span.file) ?? 0;
    this.loc = end
      ? { file, line: lineOfEnd(this.checked, span), col: 1 }
      : { file, line: span.line, col: span.col };
  }

  private emit(ins: Instr): number {
    this.code.push(ins);
    this.locs.push(this.loc);
    this.steps.push(isStep(ins));
    return this.code.length - 1;
  }

  private temp(): number {
    const r = this.nextTemp++;
    if (this.nextTemp > this.maxReg) this.maxReg = this.nextTemp;
    return r;
  }

  private newLabel(): Label {
    return { pc: -1, patches: [] };
  }

  private place(l: Label): void {
    l.pc = this.code.length;
    for (const p of l.patches) (this.code[p] as { target: number }).target = l.pc;
  }

  private jump(l: Label): void {
    const pc = this.emit({ op: "jmp", target: l.pc });
    if (l.pc < 0) l.patches.push(pc);
  }

  private brTo(cond: number, ifZero: boolean, l: Label): void {
    const pc = this.emit({ op: "br", cond, ifZero, target: l.pc });
    if (l.pc < 0) l.patches.push(pc);
  }

  private namedLabel(name: string): Label {
    let l = this.labels.get(name);
    if (!l) {
      l = this.newLabel();
      this.labels.set(name, l);
    }
    return l;
  }

  // --- statements -------------------------------------------------------------------------

  private stmt(s: Stmt): void {
    this.nextTemp = this.tempBase; // temporaries never live across statements
    this.at(s.span);
    switch (s.kind) {
      case "decl": {
        const local = this.fn.declLocal.get(s)!;
        const home = this.homes.get(local)!;
        if (local.type.kind === "struct") {
          // Designated initialisers zero every member they do not name, on every entry.
          const sdef = this.checked.structs.get(local.type.name)!;
          for (const f of sdef.fields) {
            const init = s.fields?.find((fi) => fi.field === f.name);
            let v: number;
            if (init) v = this.expr(init.value);
            else {
              v = this.temp();
              this.emit({ op: "const", dst: v, value: 0 });
            }
            this.at(s.span);
            this.emit({ op: "lstore", obj: home.reg, struct: sdef.name, field: f.name, src: v });
          }
        } else if (s.init) {
          const v = this.expr(s.init);
          this.writeLocal(home, v);
        }
        return;
      }
      case "expr":
        this.effect(s.expr);
        return;
      case "if": {
        const otherwise = this.newLabel();
        this.branchFalse(s.test, otherwise);
        this.stmt(s.then);
        if (s.otherwise) {
          const end = this.newLabel();
          this.jump(end);
          this.place(otherwise);
          this.stmt(s.otherwise);
          this.place(end);
        } else {
          this.place(otherwise);
        }
        return;
      }
      case "while": {
        const top = this.newLabel();
        const brk = this.newLabel();
        this.place(top);
        this.at(s.test.span);
        this.branchFalse(s.test, brk);
        this.loopBody(s.body, brk, top);
        this.jump(top);
        this.place(brk);
        return;
      }
      case "do": {
        const top = this.newLabel();
        const cont = this.newLabel();
        const brk = this.newLabel();
        this.place(top);
        this.loopBody(s.body, brk, cont);
        this.place(cont);
        this.nextTemp = this.tempBase;
        this.at(s.test.span);
        this.branchTrue(s.test, top);
        this.place(brk);
        return;
      }
      case "for": {
        if (s.init) this.stmt(s.init);
        const top = this.newLabel();
        const cont = this.newLabel();
        const brk = this.newLabel();
        this.place(top);
        if (s.test) {
          this.nextTemp = this.tempBase;
          this.at(s.test.span);
          this.branchFalse(s.test, brk);
        }
        this.loopBody(s.body, brk, cont);
        this.place(cont);
        if (s.update) {
          this.nextTemp = this.tempBase;
          this.at(s.update.span);
          this.effect(s.update);
        }
        this.jump(top);
        this.place(brk);
        return;
      }
      case "foreach":
        return this.foreach(s);
      case "block":
        for (const x of s.body) this.stmt(x);
        return;
      case "return": {
        const src = s.value ? this.expr(s.value) : -1;
        this.at(s.span);
        this.emit({ op: "ret", src });
        return;
      }
      case "break":
        this.jump(this.loops[this.loops.length - 1]!.brk);
        return;
      case "continue":
        this.jump(this.loops[this.loops.length - 1]!.cont);
        return;
      case "goto":
        this.jump(this.namedLabel(s.label));
        return;
      case "label":
        this.place(this.namedLabel(s.label));
        this.stmt(s.body);
        return;
      case "empty":
        return;
    }
  }

  private loopBody(body: Stmt, brk: Label, cont: Label): void {
    this.loops.push({ brk, cont });
    this.stmt(body);
    this.loops.pop();
  }

  private foreach(s: Extract<Stmt, { kind: "foreach" }>): void {
    const shape = MODEL.iterators.get(s.macro)!.shape;
    const pos = this.homeOf(s.args[0]!);
    const top = this.newLabel();
    const cont = this.newLabel();
    const brk = this.newLabel();
    if (shape === "interval_tree") {
      // for (avc = iter_first(root, start, last); avc; avc = iter_next(avc, start, last))
      const root = this.nextHidden++;
      const start = this.nextHidden++;
      const last = this.nextHidden++;
      this.emit({ op: "mov", dst: root, src: this.expr(s.args[1]!) });
      this.emit({ op: "mov", dst: start, src: this.expr(s.args[2]!) });
      this.emit({ op: "mov", dst: last, src: this.expr(s.args[3]!) });
      const first = this.temp();
      this.emit({
        op: "builtin",
        dst: first,
        id: this.builtinId("anon_vma_interval_tree_iter_first"),
        args: [root, start, last],
      });
      this.writeLocal(pos, first);
      this.place(top);
      this.nextTemp = this.tempBase;
      this.at(s.span);
      this.brTo(this.readLocal(pos), true, brk);
      this.loopBody(s.body, brk, cont);
      this.place(cont);
      this.nextTemp = this.tempBase;
      this.at(s.span);
      const next = this.temp();
      this.emit({
        op: "builtin",
        dst: next,
        id: this.builtinId("anon_vma_interval_tree_iter_next"),
        args: [this.readLocal(pos), start, last],
      });
      this.writeLocal(pos, next);
      this.jump(top);
      this.place(brk);
      return;
    }
    const safe = shape === "list_safe";
    const reverse = shape === "list_reverse";
    const head = this.nextHidden++;
    this.emit({ op: "mov", dst: head, src: this.expr(s.args[safe ? 2 : 1]!) });
    const zero = this.temp();
    this.emit({ op: "const", dst: zero, value: 0 });
    const first = this.temp();
    this.emit({ op: "list_next", dst: first, head, pos: zero, reverse });
    this.writeLocal(pos, first);
    const n = safe ? this.homeOf(s.args[1]!) : undefined;
    this.place(top);
    this.nextTemp = this.tempBase;
    this.at(s.span);
    this.brTo(this.readLocal(pos), true, brk);
    if (n) {
      // _safe: fetch the successor before the body may list_del(pos).
      const nx = this.temp();
      this.emit({ op: "list_next", dst: nx, head, pos: this.readLocal(pos), reverse });
      this.writeLocal(n, nx);
    }
    this.loopBody(s.body, brk, cont);
    this.place(cont);
    this.nextTemp = this.tempBase;
    this.at(s.span);
    if (n) {
      this.writeLocal(pos, this.readLocal(n));
    } else {
      const nx = this.temp();
      this.emit({ op: "list_next", dst: nx, head, pos: this.readLocal(pos), reverse });
      this.writeLocal(pos, nx);
    }
    this.jump(top);
    this.place(brk);
  }

  private builtinId(name: string): number {
    return BUILTIN_ID.get(MODEL.builtins.get(name)!)!;
  }

  // --- locals -----------------------------------------------------------------------------

  private homeOf(e: Expr): Home {
    const sym = this.checked.symbols.get(e);
    if (sym?.kind !== "local") throw new Error("internal: iterator cursor is not a local");
    return this.homes.get(sym.local)!;
  }

  private readLocal(h: Home): number {
    if (!h.cell) return h.reg;
    const r = this.temp();
    this.emit({ op: "deref", dst: r, ptr: h.reg });
    return r;
  }

  private writeLocal(h: Home, v: number): void {
    if (h.cell) this.emit({ op: "store_ind", ptr: h.reg, src: v });
    else if (h.reg !== v) this.emit({ op: "mov", dst: h.reg, src: v });
  }

  // --- expressions ------------------------------------------------------------------------

  /** Evaluate for side effects only. */
  private effect(e: Expr): void {
    if (e.kind === "call") this.call(e, false);
    else this.expr(e);
  }

  /** Evaluate into a register and return it. */
  private expr(e: Expr): number {
    this.at(e.span);
    switch (e.kind) {
      case "int":
        return this.constant(e.value);
      case "bool":
        return this.constant(e.value ? 1 : 0);
      case "null":
        return this.constant(0);
      case "name": {
        const sym = this.checked.symbols.get(e)!;
        switch (sym.kind) {
          case "local": {
            const h = this.homes.get(sym.local)!;
            // A stack struct's register holds its address; reading it by name gives that.
            return sym.local.type.kind === "struct" ? h.reg : this.readLocal(h);
          }
          case "const":
            return this.constant(sym.value);
          case "function": {
            const r = this.temp();
            this.emit({ op: "fnref", dst: r, fn: this.byName.get(sym.name)! });
            return r;
          }
          case "global": {
            const r = this.temp();
            this.emit({ op: "global", dst: r, name: sym.name });
            return r;
          }
          case "builtin":
            throw new Error("internal: builtin used as a value");
        }
        break;
      }
      case "call":
        return this.call(e, true);
      case "member":
        return this.member(e, false);
      case "unary":
        return this.unary(e);
      case "binary": {
        const a = this.expr(e.left);
        const b = this.expr(e.right);
        this.at(e.span);
        return this.arith(e.op, a, b, e.left);
      }
      case "logical":
      case "cond": {
        const r = this.temp();
        const end = this.newLabel();
        if (e.kind === "logical") {
          const no = this.newLabel();
          this.branchFalse(e, no);
          this.emit({ op: "const", dst: r, value: 1 });
          this.jump(end);
          this.place(no);
          this.emit({ op: "const", dst: r, value: 0 });
        } else {
          const no = this.newLabel();
          this.branchFalse(e.test, no);
          this.emit({ op: "mov", dst: r, src: this.expr(e.then) });
          this.jump(end);
          this.place(no);
          this.emit({ op: "mov", dst: r, src: this.expr(e.otherwise) });
        }
        this.place(end);
        return r;
      }
      case "assign":
        return this.assign(e);
      case "incdec": {
        const old = this.expr(e.target);
        const saved = this.temp();
        this.emit({ op: "mov", dst: saved, src: old });
        const one = this.constant(1);
        const r = this.arith(e.op === "++" ? "+" : "-", saved, one, e.target);
        this.store(e.target, r);
        return e.prefix ? r : saved;
      }
      case "comma":
        this.effect(e.left);
        return this.expr(e.right);
      case "cast": {
        const v = this.expr(e.operand);
        if (this.checked.types.get(e)?.kind !== "bool") return v;
        const r = this.temp();
        this.emit({ op: "un", fn: "bool", dst: r, src: v });
        return r;
      }
    }
  }

  private constant(value: number): number {
    const r = this.temp();
    this.emit({ op: "const", dst: r, value });
    return r;
  }

  private member(e: Extract<Expr, { kind: "member" }>, marked: boolean): number {
    const rf = this.checked.fields.get(e)!;
    const obj = this.expr(e.object);
    const r = this.temp();
    this.at(e.fieldSpan);
    if (this.checked.structs.get(rf.struct)!.kind === "stack") {
      this.emit({ op: "lload", dst: r, obj, struct: rf.struct, field: rf.field.name });
    } else {
      this.emit({ op: "load", dst: r, obj, struct: rf.struct, field: rf.field.name, marked });
    }
    return r;
  }

  private unary(e: Extract<Expr, { kind: "unary" }>): number {
    switch (e.op) {
      case "&": {
        const x = e.operand;
        if (x.kind === "name") {
          const sym = this.checked.symbols.get(x)!;
          if (sym.kind === "local") return this.homes.get(sym.local)!.reg;
          return this.expr(x); // &function == function
        }
        const m = x as Extract<Expr, { kind: "member" }>;
        const rf = this.checked.fields.get(m)!;
        const obj = this.expr(m.object);
        const r = this.temp();
        this.at(e.span);
        this.emit({ op: "addr", dst: r, obj, struct: rf.struct, field: rf.field.name });
        return r;
      }
      case "*": {
        const p = this.expr(e.operand);
        const r = this.temp();
        this.emit({ op: "deref", dst: r, ptr: p });
        return r;
      }
      case "!":
      case "-":
      case "~": {
        const v = this.expr(e.operand);
        const r = this.temp();
        this.emit({ op: "un", fn: e.op, dst: r, src: v });
        return r;
      }
    }
  }

  private assign(e: Extract<Expr, { kind: "assign" }>): number {
    let v = this.expr(e.value);
    if (e.op !== "=") v = this.arith(e.op, this.expr(e.target), v, e.target);
    this.store(e.target, v);
    return v;
  }

  /** a OP b, where a has the type of `left`: page-table entry pointers step by entries. */
  private arith(fn: BinaryOp, a: number, b: number, left: Expr): number {
    const r = this.temp();
    if (isEntryPtr(this.checked.types.get(left)!)) {
      let n = b;
      if (fn === "-") {
        n = this.temp();
        this.emit({ op: "un", fn: "-", dst: n, src: b });
      }
      this.emit({ op: "ptradd", dst: r, ptr: a, n });
    } else {
      this.emit({ op: "bin", fn, dst: r, a, b });
    }
    return r;
  }

  /** Write v to an lvalue: local, field, or *p. */
  private store(target: Expr, v: number, marked = false): void {
    this.at(target.span);
    if (target.kind === "name") {
      const sym = this.checked.symbols.get(target)!;
      if (sym.kind === "local") return this.writeLocal(this.homes.get(sym.local)!, v);
    } else if (target.kind === "member") {
      const rf = this.checked.fields.get(target)!;
      const obj = this.expr(target.object);
      this.at(target.fieldSpan);
      if (this.checked.structs.get(rf.struct)!.kind === "stack") {
        this.emit({ op: "lstore", obj, struct: rf.struct, field: rf.field.name, src: v });
      } else {
        this.emit({ op: "store", obj, struct: rf.struct, field: rf.field.name, src: v, marked });
      }
      return;
    } else if (target.kind === "unary" && target.op === "*") {
      const p = this.expr(target.operand);
      this.emit({ op: "store_ind", ptr: p, src: v });
      return;
    }
    throw new Error("internal: unchecked assignment target");
  }

  private call(e: Extract<Expr, { kind: "call" }>, wantValue: boolean): number {
    const sym = e.callee.kind === "name" ? this.checked.symbols.get(e.callee) : undefined;
    if (sym?.kind === "builtin") return this.builtinCall(e, sym.builtin, wantValue);
    const args = e.args.map((a) => this.expr(a));
    const dst = wantValue ? this.temp() : -1;
    this.at(e.span);
    if (sym?.kind === "function") {
      this.emit({ op: "call", dst, fn: this.byName.get(sym.name)!, args });
    } else {
      const target = this.expr(e.callee);
      this.at(e.span);
      this.emit({ op: "icall", dst, target, args });
    }
    return dst;
  }

  private builtinCall(e: Extract<Expr, { kind: "call" }>, b: Builtin, wantValue: boolean): number {
    switch (b.generic) {
      case "read_once": {
        const x = e.args[0]!;
        if (x.kind === "member") return this.member(x, true);
        return this.expr(x);
      }
      case "write_once": {
        const v = this.expr(e.args[1]!);
        this.store(e.args[0]!, v, true);
        return v;
      }
      default: {
        // likely()/unlikely() are only branch hints.
        if (b.category === "compiler") return this.expr(e.args[0]!);
        const args = e.args.map((a) => this.expr(a));
        const dst = wantValue || b.proto.ret.kind !== "void" ? this.temp() : -1;
        this.at(e.span);
        this.emit({ op: "builtin", dst, id: BUILTIN_ID.get(b)!, args });
        return dst;
      }
    }
  }

  // --- conditions -------------------------------------------------------------------------

  private branchFalse(e: Expr, target: Label): void {
    if (e.kind === "logical" && e.op === "&&") {
      this.branchFalse(e.left, target);
      this.branchFalse(e.right, target);
    } else if (e.kind === "logical" && e.op === "||") {
      const yes = this.newLabel();
      this.branchTrue(e.left, yes);
      this.branchFalse(e.right, target);
      this.place(yes);
    } else if (e.kind === "unary" && e.op === "!") {
      this.branchTrue(e.operand, target);
    } else {
      this.brTo(this.expr(e), true, target);
    }
  }

  private branchTrue(e: Expr, target: Label): void {
    if (e.kind === "logical" && e.op === "||") {
      this.branchTrue(e.left, target);
      this.branchTrue(e.right, target);
    } else if (e.kind === "logical" && e.op === "&&") {
      const no = this.newLabel();
      this.branchFalse(e.left, no);
      this.branchTrue(e.right, target);
      this.place(no);
    } else if (e.kind === "unary" && e.op === "!") {
      this.branchFalse(e.operand, target);
    } else {
      this.brTo(this.expr(e), false, target);
    }
  }
}

function isStep(ins: Instr): boolean {
  switch (ins.op) {
    case "load":
    case "store":
    case "call":
    case "icall":
    case "list_next":
      return true;
    case "builtin":
      return BUILTINS[ins.id]!.step;
    case "const":
    case "mov":
    case "un":
    case "bin":
    case "ptradd":
    case "jmp":
    case "br":
    case "lload":
    case "lstore":
    case "addr":
    case "alloca":
    case "deref":
    case "store_ind":
    case "fnref":
    case "global":
    case "ret":
      return false;
  }
}

/** Hidden registers the iterator macros need (3 for the interval tree, 1 for lists). */
function countHidden(s: Stmt): number {
  switch (s.kind) {
    case "foreach":
      return (
        (MODEL.iterators.get(s.macro)!.shape === "interval_tree" ? 3 : 1) + countHidden(s.body)
      );
    case "block":
      return s.body.reduce((n, x) => n + countHidden(x), 0);
    case "if":
      return countHidden(s.then) + (s.otherwise ? countHidden(s.otherwise) : 0);
    case "while":
    case "do":
    case "label":
      return countHidden(s.body);
    case "for":
      return (s.init ? countHidden(s.init) : 0) + countHidden(s.body);
    default:
      return 0;
  }
}

function lineOfEnd(checked: CheckedPolicy, span: Span): number {
  const text = checked.policy.sources.get(span.file) ?? "";
  let line = 1;
  for (let i = 0; i < span.end - 1 && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
