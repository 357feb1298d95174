/*
 * Parser: tokens to AST, by recursive descent. Methods are named after the
 * grammar rules (docs/policy-language.md) and speak through a small
 * vocabulary: check/match/advance/peek/consume(kind, "Expect ...").
 *
 * Recovery follows jlox: error() records a diagnostic and returns a
 * ParseError, thrown only when the parser is lost; statement() and item()
 * catch it and synchronize() to the next statement or top-level item, so one
 * run reports every independent error without cascades.
 */

import type {
  Attribute,
  BinaryOp,
  Expr,
  FieldInit,
  FunctionDef,
  Param,
  SourceFile,
  Stmt,
  TopLevel,
  TypeRef,
} from "./ast.ts";
import { type Diagnostic, error, type Span } from "./diagnostics.ts";
import { type Comment, lex, type Token } from "./lexer.ts";

class ParseError extends Error {}

/** Type names that start a declaration or a cast. */
const TYPE_WORDS = new Set([
  "struct",
  "const",
  "volatile",
  "unsigned",
  "signed",
  "int",
  "long",
  "bool",
  "void",
  "pte_t",
  "pmd_t",
  "pgoff_t",
  "gfp_t",
  "spinlock_t",
  "atomic_t",
]);
const SPECIFIERS = new Set([
  "static",
  "inline",
  "__always_inline",
  "noinline",
  "extern",
  "__maybe_unused",
  "__read_mostly",
]);
const ATTRIBUTES = new Set(["__acquires", "__releases", "__must_hold", "__cond_acquires"]);
const HEADER_KEYS = new Set(["POLICY_NAME", "POLICY_DESCRIPTION", "POLICY_SOURCE"]);
const KEYWORDS = new Set([
  "if",
  "else",
  "while",
  "do",
  "for",
  "return",
  "break",
  "continue",
  "goto",
  "switch",
  "case",
  "default",
  "sizeof",
  "typedef",
  "union",
  "enum",
]);
const COMPOUND: Record<string, BinaryOp> = {
  "|=": "|",
  "&=": "&",
  "^=": "^",
  "+=": "+",
  "-=": "-",
  "*=": "*",
  "<<=": "<<",
  ">>=": ">>",
};

export interface ParseOptions {
  /** Names of iterator macros (anon_vma_interval_tree_foreach, ...). */
  readonly iterators: ReadonlySet<string>;
}

export function parse(
  file: string,
  text: string,
  diags: Diagnostic[],
  options: ParseOptions,
): SourceFile {
  const { tokens, comments } = lex(file, text, diags);
  return new Parser(tokens, comments, diags, options).file(file);
}

class Parser {
  private pos = 0;
  private commentIdx = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly comments: Comment[],
    private readonly diags: Diagnostic[],
    private readonly options: ParseOptions,
  ) {}

  // --- vocabulary ------------------------------------------------------------------------

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)]!;
  }
  private previous(): Token {
    return this.tokens[this.pos - 1]!;
  }
  private atEnd(): boolean {
    return this.peek().kind === "eof";
  }
  private advance(): Token {
    if (!this.atEnd()) this.pos++;
    return this.previous();
  }
  private check(text: string): boolean {
    const t = this.peek();
    return (t.kind === "punct" || t.kind === "ident") && t.text === text;
  }
  private match(...texts: string[]): boolean {
    for (const t of texts) {
      if (this.check(t)) {
        this.advance();
        return true;
      }
    }
    return false;
  }
  private consume(text: string, message: string): Token {
    if (this.check(text)) return this.advance();
    throw this.error(this.peek(), message);
  }
  private consumeIdent(message: string): Token {
    const t = this.peek();
    if (t.kind === "ident" && !KEYWORDS.has(t.text)) return this.advance();
    throw this.error(t, message);
  }
  private error(token: Token, message: string): ParseError {
    const where = token.kind === "eof" ? "at end of input" : `at '${token.text}'`;
    // One error per line: a second one there is almost always a cascade of the first.
    const sp = token.span;
    if (
      !this.diags.some(
        (d) => d.severity === "error" && d.span.file === sp.file && d.span.line === sp.line,
      )
    ) {
      this.diags.push(error("syntax", `${message} (${where})`, sp));
    }
    return new ParseError(message);
  }
  /** A span from the start of `from` to the end of the previous token. */
  private spanFrom(from: Span): Span {
    const last = this.previous().span;
    return { ...from, end: Math.max(from.end, last.end) };
  }

  // --- file ------------------------------------------------------------------------------

  file(file: string): SourceFile {
    const items: TopLevel[] = [];
    while (!this.atEnd()) {
      try {
        const item = this.item();
        if (item) items.push(item);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        this.synchronizeItem();
      }
    }
    return { file, items };
  }

  private item(): TopLevel | undefined {
    const t = this.peek();
    if (t.kind === "directive") return this.directive();
    if (t.kind === "ident" && HEADER_KEYS.has(t.text)) return this.header();
    if (this.match(";")) return undefined;
    if (this.check("struct") && this.peek(1).kind === "ident" && this.peek(2).text === "{") {
      return this.structExtension();
    }
    return this.functionDef();
  }

  private directive(): TopLevel {
    const t = this.advance();
    if (t.text !== "#include") {
      throw this.error(t, "Only #include is supported; policies have no preprocessor");
    }
    const path = this.peek();
    if (path.kind !== "string") throw this.error(path, 'Expect "file.policy" after #include');
    this.advance();
    return { kind: "include", path: path.text, span: this.spanFrom(t.span) };
  }

  private header(): TopLevel {
    const key = this.advance();
    this.consume("(", `Expect '(' after ${key.text}`);
    const value = this.peek();
    if (value.kind !== "string") throw this.error(value, `Expect a string in ${key.text}(...)`);
    this.advance();
    this.consume(")", "Expect ')' after the string");
    this.consume(";", `Expect ';' after ${key.text}(...)`);
    return {
      kind: "header",
      key: key.text as "POLICY_NAME",
      value: value.text,
      span: this.spanFrom(key.span),
    };
  }

  private structExtension(): TopLevel {
    const start = this.advance().span;
    const name = this.advance().text;
    this.consume("{", "Expect '{' after struct name");
    const fields: { type: TypeRef; name: string; span: Span }[] = [];
    while (!this.check("}") && !this.atEnd()) {
      const type = this.typeRef();
      const id = this.consumeIdent("Expect a member name");
      this.consume(";", "Expect ';' after struct member");
      fields.push({ type, name: id.text, span: id.span });
    }
    this.consume("}", "Expect '}' after struct members");
    this.consume(";", "Expect ';' after struct definition");
    return { kind: "struct", name, fields, span: this.spanFrom(start) };
  }

  private functionDef(): FunctionDef {
    const comment = this.commentBefore(this.peek().span.start);
    const startTok = this.peek();
    while (this.peek().kind === "ident" && SPECIFIERS.has(this.peek().text)) this.advance();
    if (!this.isTypeStart()) {
      throw this.error(this.peek(), "Expect a function definition, #include or POLICY_* header");
    }
    const ret = this.typeRef();
    const nameTok = this.consumeIdent("Expect a function name");
    this.consume("(", "Expect '(' after function name");
    const params: Param[] = [];
    if (!this.check(")")) {
      if (this.check("void") && this.peek(1).text === ")") {
        this.advance();
      } else {
        do {
          const type = this.typeRef();
          const id = this.consumeIdent("Expect a parameter name");
          params.push({ type, name: id.text, span: id.span });
        } while (this.match(","));
      }
    }
    this.consume(")", "Expect ')' after parameters");
    const attributes: Attribute[] = [];
    while (this.peek().kind === "ident" && ATTRIBUTES.has(this.peek().text)) {
      const at = this.advance();
      this.consume("(", `Expect '(' after ${at.text}`);
      const args: Expr[] = [];
      if (!this.check(")")) {
        do args.push(this.assignment());
        while (this.match(","));
      }
      this.consume(")", `Expect ')' after ${at.text} arguments`);
      attributes.push({ name: at.text, args, span: this.spanFrom(at.span) });
    }
    const base = {
      kind: "function" as const,
      name: nameTok.text,
      ret,
      params,
      attributes,
      nameSpan: nameTok.span,
      ...(comment !== undefined ? { comment } : {}),
    };
    if (this.match(";")) return { ...base, span: this.spanFrom(startTok.span) };
    if (!this.check("{")) throw this.error(this.peek(), "Expect '{' or ';' after the declarator");
    const body = this.block();
    return { ...base, body, span: this.spanFrom(startTok.span) };
  }

  /** The nearest block comment ending before offset, with only blank space between. */
  private commentBefore(offset: number): string | undefined {
    let found: Comment | undefined;
    while (
      this.commentIdx < this.comments.length &&
      this.comments[this.commentIdx]!.span.end <= offset
    ) {
      found = this.comments[this.commentIdx++];
    }
    if (!found?.text.startsWith("/*")) return undefined;
    const prevEnd = this.pos > 0 ? this.previous().span.end : 0;
    return found.span.start >= prevEnd ? found.text : undefined;
  }

  // --- types -------------------------------------------------------------------------------

  private isTypeStart(ahead = 0): boolean {
    const t = this.peek(ahead);
    return t.kind === "ident" && TYPE_WORDS.has(t.text);
  }

  private typeRef(): TypeRef {
    const start = this.peek().span;
    while (this.match("const", "volatile")) {}
    let base: string;
    if (this.match("struct")) {
      base = `struct ${this.consumeIdent("Expect a struct name after 'struct'").text}`;
    } else if (this.match("unsigned", "signed")) {
      const sign = this.previous().text;
      if (this.match("long")) {
        this.match("long"); // unsigned long long: still one model word
        this.match("int");
        base = sign === "unsigned" ? "unsigned long" : "long";
      } else if (this.match("int")) {
        base = sign === "unsigned" ? "unsigned int" : "int";
      } else {
        base = sign === "unsigned" ? "unsigned int" : "int";
      }
    } else if (this.match("long")) {
      this.match("long");
      this.match("int");
      base = "long";
    } else if (this.isTypeStart()) {
      base = this.advance().text;
    } else {
      throw this.error(this.peek(), "Expect a type");
    }
    while (this.match("const", "volatile")) {}
    let stars = 0;
    while (this.match("*")) {
      stars++;
      while (this.match("const", "volatile")) {}
    }
    return { base, stars, span: this.spanFrom(start) };
  }

  // --- statements --------------------------------------------------------------------------

  private block(): Extract<Stmt, { kind: "block" }> {
    const start = this.consume("{", "Expect '{'").span;
    const body: Stmt[] = [];
    while (!this.check("}") && !this.atEnd()) {
      try {
        body.push(...this.declarationOrStatement());
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        this.synchronizeStatement();
      }
    }
    this.consume("}", "Expect '}' to close the block");
    return { kind: "block", body, span: this.spanFrom(start) };
  }

  private declarationOrStatement(): Stmt[] {
    if (this.isTypeStart() || (this.peek().kind === "ident" && SPECIFIERS.has(this.peek().text))) {
      return this.declaration();
    }
    return [this.statement()];
  }

  /** `T a = x, *b = NULL;` or `struct rmap_walk_control rwc = { .f = v, ... };` */
  private declaration(): Stmt[] {
    while (this.peek().kind === "ident" && SPECIFIERS.has(this.peek().text)) this.advance();
    const first = this.typeRef();
    const out: Stmt[] = [];
    let type = first;
    for (;;) {
      const id = this.consumeIdent("Expect a variable name");
      let init: Expr | undefined;
      let fields: FieldInit[] | undefined;
      if (this.match("=")) {
        if (this.check("{")) fields = this.initializer();
        else init = this.assignment();
      }
      out.push({
        kind: "decl",
        type,
        name: id.text,
        ...(init ? { init } : {}),
        ...(fields ? { fields } : {}),
        span: this.spanFrom(id.span),
      });
      if (!this.match(",")) break;
      // `pte_t *a, *b`: stars belong to each declarator in C.
      let stars = 0;
      while (this.match("*")) stars++;
      type = { base: first.base, stars, span: first.span };
    }
    this.consume(";", "Expect ';' after declaration");
    return out;
  }

  private initializer(): FieldInit[] {
    this.consume("{", "Expect '{'");
    const fields: FieldInit[] = [];
    while (!this.check("}")) {
      const dot = this.consume(".", "Expect '.field = value' in a struct initialiser");
      const name = this.consumeIdent("Expect a field name after '.'");
      this.consume("=", "Expect '=' after the field name");
      const value = this.assignment();
      fields.push({ field: name.text, value, span: this.spanFrom(dot.span) });
      if (!this.match(",")) break;
    }
    this.consume("}", "Expect '}' after the initialiser");
    return fields;
  }

  private statement(): Stmt {
    const t = this.peek();
    if (t.kind === "ident") {
      switch (t.text) {
        case "if":
          return this.ifStatement();
        case "while":
          return this.whileStatement();
        case "do":
          return this.doStatement();
        case "for":
          return this.forStatement();
        case "return": {
          this.advance();
          const value = this.check(";") ? undefined : this.expression();
          this.consume(";", "Expect ';' after return");
          return { kind: "return", ...(value ? { value } : {}), span: this.spanFrom(t.span) };
        }
        case "break":
        case "continue":
          this.advance();
          this.consume(";", `Expect ';' after ${t.text}`);
          return { kind: t.text, span: this.spanFrom(t.span) };
        case "goto": {
          this.advance();
          const label = this.consumeIdent("Expect a label after goto");
          this.consume(";", "Expect ';' after goto label");
          return { kind: "goto", label: label.text, span: this.spanFrom(t.span) };
        }
        case "switch":
        case "case":
        case "default":
        case "sizeof":
        case "typedef":
        case "union":
        case "enum":
          throw this.error(t, `'${t.text}' is not part of the policy language`);
      }
      if (this.peek(1).text === ":" && this.peek(1).kind === "punct") {
        this.advance();
        this.advance();
        // A label before '}' labels an empty statement, as C23 allows.
        const body = this.check("}") ? { kind: "empty" as const, span: t.span } : this.statement();
        return { kind: "label", label: t.text, body, span: this.spanFrom(t.span) };
      }
      if (this.options.iterators.has(t.text) && this.peek(1).text === "(") {
        return this.foreachStatement();
      }
    }
    if (this.check("{")) return this.block();
    if (this.match(";")) return { kind: "empty", span: t.span };
    const expr = this.expression();
    this.consume(";", "Expect ';' after expression");
    return { kind: "expr", expr, span: this.spanFrom(t.span) };
  }

  private ifStatement(): Stmt {
    const start = this.advance().span;
    this.consume("(", "Expect '(' after 'if'");
    const test = this.expression();
    this.consume(")", "Expect ')' after the condition");
    const then = this.statement();
    const otherwise = this.match("else") ? this.statement() : undefined;
    return {
      kind: "if",
      test,
      then,
      ...(otherwise ? { otherwise } : {}),
      span: this.spanFrom(start),
    };
  }

  private whileStatement(): Stmt {
    const start = this.advance().span;
    this.consume("(", "Expect '(' after 'while'");
    const test = this.expression();
    this.consume(")", "Expect ')' after the condition");
    return { kind: "while", test, body: this.statement(), span: this.spanFrom(start) };
  }

  private doStatement(): Stmt {
    const start = this.advance().span;
    const body = this.statement();
    this.consume("while", "Expect 'while' after the do body");
    this.consume("(", "Expect '(' after 'while'");
    const test = this.expression();
    this.consume(")", "Expect ')' after the condition");
    this.consume(";", "Expect ';' after do-while");
    return { kind: "do", body, test, span: this.spanFrom(start) };
  }

  private forStatement(): Stmt {
    const start = this.advance().span;
    this.consume("(", "Expect '(' after 'for'");
    let init: Stmt | undefined;
    if (this.match(";")) {
      init = undefined;
    } else if (this.isTypeStart()) {
      const decls = this.declaration();
      init = decls.length === 1 ? decls[0] : { kind: "block", body: decls, span: decls[0]!.span };
    } else {
      const e = this.expression();
      this.consume(";", "Expect ';' after the loop initialiser");
      init = { kind: "expr", expr: e, span: e.span };
    }
    const test = this.check(";") ? undefined : this.expression();
    this.consume(";", "Expect ';' after the loop condition");
    const update = this.check(")") ? undefined : this.expression();
    this.consume(")", "Expect ')' after the for clauses");
    const body = this.statement();
    return {
      kind: "for",
      ...(init ? { init } : {}),
      ...(test ? { test } : {}),
      ...(update ? { update } : {}),
      body,
      span: this.spanFrom(start),
    };
  }

  private foreachStatement(): Stmt {
    const macro = this.advance();
    this.consume("(", `Expect '(' after ${macro.text}`);
    const args: Expr[] = [];
    if (!this.check(")")) {
      do args.push(this.assignment());
      while (this.match(","));
    }
    this.consume(")", `Expect ')' after ${macro.text} arguments`);
    const body = this.statement();
    return { kind: "foreach", macro: macro.text, args, body, span: this.spanFrom(macro.span) };
  }

  // --- expressions -------------------------------------------------------------------------

  /** expression: assignment ( "," assignment )* — arguments and initialisers use assignment(). */
  private expression(): Expr {
    let e = this.assignment();
    while (this.match(",")) {
      const right = this.assignment();
      e = { kind: "comma", left: e, right, span: joinSpan(e.span, right.span) };
    }
    return e;
  }

  private assignment(): Expr {
    const target = this.conditional();
    const t = this.peek();
    if (t.kind === "punct" && (t.text === "=" || t.text in COMPOUND)) {
      this.advance();
      const value = this.assignment();
      if (!isLvalue(target)) {
        // Not lost: report and keep parsing (jlox's invalid assignment target).
        this.diags.push(error("bad-assign", "Invalid assignment target", target.span));
      }
      const op = t.text === "=" ? "=" : COMPOUND[t.text]!;
      return { kind: "assign", op, target, value, span: joinSpan(target.span, value.span) };
    }
    return target;
  }

  private conditional(): Expr {
    const test = this.logicalOr();
    if (this.match("?")) {
      const then = this.expression();
      this.consume(":", "Expect ':' in a conditional expression");
      const otherwise = this.conditional();
      return { kind: "cond", test, then, otherwise, span: joinSpan(test.span, otherwise.span) };
    }
    return test;
  }

  private logicalOr(): Expr {
    let left = this.logicalAnd();
    while (this.match("||")) {
      const right = this.logicalAnd();
      left = { kind: "logical", op: "||", left, right, span: joinSpan(left.span, right.span) };
    }
    return left;
  }

  private logicalAnd(): Expr {
    let left = this.binaryLevel(0);
    while (this.match("&&")) {
      const right = this.binaryLevel(0);
      left = { kind: "logical", op: "&&", left, right, span: joinSpan(left.span, right.span) };
    }
    return left;
  }

  /** C's binary precedence ladder, loosest first: | ^ & equality relational shift additive multiplicative. */
  private static readonly LEVELS: readonly (readonly BinaryOp[])[] = [
    ["|"],
    ["^"],
    ["&"],
    ["==", "!="],
    ["<", "<=", ">", ">="],
    ["<<", ">>"],
    ["+", "-"],
    ["*", "/", "%"],
  ];

  private binaryLevel(level: number): Expr {
    if (level === Parser.LEVELS.length) return this.unary();
    let left = this.binaryLevel(level + 1);
    const ops = Parser.LEVELS[level]!;
    for (;;) {
      const t = this.peek();
      if (t.kind !== "punct" || !ops.includes(t.text as BinaryOp)) break;
      this.advance();
      const right = this.binaryLevel(level + 1);
      left = {
        kind: "binary",
        op: t.text as BinaryOp,
        left,
        right,
        span: joinSpan(left.span, right.span),
      };
    }
    return left;
  }

  private unary(): Expr {
    const t = this.peek();
    if (t.kind === "punct") {
      if (t.text === "!" || t.text === "-" || t.text === "~" || t.text === "&" || t.text === "*") {
        this.advance();
        const operand = this.unary();
        return { kind: "unary", op: t.text, operand, span: joinSpan(t.span, operand.span) };
      }
      if (t.text === "+") {
        this.advance();
        return this.unary();
      }
      if (t.text === "++" || t.text === "--") {
        this.advance();
        const target = this.unary();
        if (!isLvalue(target)) {
          this.diags.push(error("bad-assign", `Invalid operand of ${t.text}`, target.span));
        }
        return {
          kind: "incdec",
          op: t.text,
          prefix: true,
          target,
          span: joinSpan(t.span, target.span),
        };
      }
      if (t.text === "(" && this.isTypeStart(1)) {
        this.advance();
        const type = this.typeRef();
        this.consume(")", "Expect ')' after the cast type");
        const operand = this.unary();
        return { kind: "cast", type, operand, span: joinSpan(t.span, operand.span) };
      }
    }
    return this.postfix();
  }

  private postfix(): Expr {
    let e = this.primary();
    for (;;) {
      if (this.match("(")) {
        const args: Expr[] = [];
        if (!this.check(")")) {
          do args.push(this.assignment());
          while (this.match(","));
        }
        this.consume(")", "Expect ')' after arguments");
        e = { kind: "call", callee: e, args, span: this.spanFrom(e.span) };
      } else if (this.match("->", ".")) {
        const arrow = this.previous().text === "->";
        const f = this.consumeIdent(`Expect a field name after '${arrow ? "->" : "."}'`);
        e = {
          kind: "member",
          object: e,
          field: f.text,
          arrow,
          fieldSpan: f.span,
          span: this.spanFrom(e.span),
        };
      } else if (this.check("++") || this.check("--")) {
        const op = this.advance().text as "++" | "--";
        if (!isLvalue(e)) this.diags.push(error("bad-assign", `Invalid operand of ${op}`, e.span));
        e = { kind: "incdec", op, prefix: false, target: e, span: this.spanFrom(e.span) };
      } else if (this.check("[")) {
        throw this.error(this.peek(), "Arrays are not part of the policy language");
      } else {
        return e;
      }
    }
  }

  private primary(): Expr {
    const t = this.peek();
    if (t.kind === "number") {
      this.advance();
      const digits = t.text.replace(/[uUlL]+$/, "");
      const value = Number.parseInt(
        digits,
        digits.startsWith("0x") || digits.startsWith("0X") ? 16 : 10,
      );
      if (!Number.isSafeInteger(value) || value > 0xffffffff) {
        this.diags.push(
          error("bad-number", `integer ${t.text} does not fit the model's 32-bit words`, t.span),
        );
      }
      return { kind: "int", value: value | 0, span: t.span };
    }
    if (t.kind === "ident") {
      if (t.text === "true" || t.text === "false") {
        this.advance();
        return { kind: "bool", value: t.text === "true", span: t.span };
      }
      if (t.text === "NULL") {
        this.advance();
        return { kind: "null", span: t.span };
      }
      if (!KEYWORDS.has(t.text) && !TYPE_WORDS.has(t.text)) {
        this.advance();
        return { kind: "name", name: t.text, span: t.span };
      }
    }
    if (this.match("(")) {
      const e = this.expression();
      this.consume(")", "Expect ')' after expression");
      return e;
    }
    if (t.kind === "string") throw this.error(t, "Strings may only appear in POLICY_* headers");
    throw this.error(t, "Expect an expression");
  }

  // --- recovery ----------------------------------------------------------------------------

  /** Skip to just past the next ';' or to a '}' / statement keyword. */
  private synchronizeStatement(): void {
    while (!this.atEnd()) {
      if (this.match(";")) return;
      if (this.check("}")) return;
      const t = this.peek();
      if (t.kind === "ident" && ["if", "while", "for", "do", "return", "goto"].includes(t.text)) {
        return;
      }
      if (this.check("{")) {
        this.skipBalanced();
        return;
      }
      this.advance();
    }
  }

  /** Skip to the next top-level item: past a balanced body or the next ';' at depth 0. */
  private synchronizeItem(): void {
    let depth = 0;
    while (!this.atEnd()) {
      const t = this.advance();
      if (t.text === "{") depth++;
      else if (t.text === "}") {
        depth--;
        if (depth <= 0) {
          this.match(";");
          return;
        }
      } else if (t.text === ";" && depth === 0) return;
      const n = this.peek();
      // A new item starts at column 1 (kernel style) with a type or directive.
      if (
        depth === 0 &&
        n.span.col === 1 &&
        (n.kind === "directive" || this.isTypeStart() || SPECIFIERS.has(n.text))
      ) {
        return;
      }
    }
  }

  private skipBalanced(): void {
    let depth = 0;
    do {
      const t = this.advance();
      if (t.text === "{") depth++;
      else if (t.text === "}") depth--;
    } while (depth > 0 && !this.atEnd());
  }
}

function isLvalue(e: Expr): boolean {
  return e.kind === "name" || e.kind === "member" || (e.kind === "unary" && e.op === "*");
}

function joinSpan(a: Span, b: Span): Span {
  return { ...a, end: Math.max(a.end, b.end) };
}
