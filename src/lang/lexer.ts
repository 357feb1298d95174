/*
 * Lexer: policy text to tokens. Every token carries its span, so every later
 * phase can point at the source. Comments are kept aside (not as tokens):
 * the parser attaches block comments to the function that follows them.
 */

import { type Diagnostic, error, type Span } from "./diagnostics.ts";

export type TokenKind =
  | "ident"
  | "number"
  | "string"
  | "directive" // #include
  | "punct"
  | "eof";

export interface Token {
  readonly kind: TokenKind;
  /** The token text; for strings, the unescaped value. */
  readonly text: string;
  readonly span: Span;
}

export interface Comment {
  readonly text: string;
  readonly span: Span;
}

export interface LexResult {
  readonly tokens: Token[];
  readonly comments: Comment[];
}

// Longest first, so "<<=" is not read as "<<" "=".
const PUNCTS = [
  "<<=",
  ">>=",
  "...",
  "->",
  "++",
  "--",
  "<<",
  ">>",
  "<=",
  ">=",
  "==",
  "!=",
  "&&",
  "||",
  "+=",
  "-=",
  "*=",
  "|=",
  "&=",
  "^=",
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  ";",
  ",",
  ".",
  "&",
  "*",
  "+",
  "-",
  "~",
  "!",
  "/",
  "%",
  "<",
  ">",
  "^",
  "|",
  "?",
  ":",
  "=",
];

const isIdentStart = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95; /* a-z A-Z _ */
const isDigit = (c: number) => c >= 48 && c <= 57;
const isIdent = (c: number) => isIdentStart(c) || isDigit(c);

export function lex(file: string, text: string, diags: Diagnostic[]): LexResult {
  const tokens: Token[] = [];
  const comments: Comment[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;

  const span = (start: number, end: number, l = line, ls = lineStart): Span => ({
    file,
    line: l,
    col: start - ls + 1,
    start,
    end,
  });
  const newline = (at: number) => {
    line++;
    lineStart = at + 1;
  };

  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      newline(i);
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
      i++;
      continue;
    }
    const start = i;
    const startLine = line;
    const startLineStart = lineStart;
    // Comments.
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
      comments.push({ text: text.slice(start, i), span: span(start, i) });
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      i += 2;
      let closed = false;
      while (i < text.length) {
        if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) {
          i += 2;
          closed = true;
          break;
        }
        if (text.charCodeAt(i) === 10) newline(i);
        i++;
      }
      const sp = span(start, i, startLine, startLineStart);
      if (!closed) diags.push(error("unterminated-comment", "unterminated /* comment", sp));
      comments.push({ text: text.slice(start, i), span: sp });
      continue;
    }
    // Preprocessor directives: only #include is part of the language.
    if (c === 35 /* # */) {
      i++;
      while (i < text.length && isIdent(text.charCodeAt(i))) i++;
      tokens.push({ kind: "directive", text: text.slice(start, i), span: span(start, i) });
      continue;
    }
    if (isIdentStart(c)) {
      while (i < text.length && isIdent(text.charCodeAt(i))) i++;
      tokens.push({ kind: "ident", text: text.slice(start, i), span: span(start, i) });
      continue;
    }
    if (isDigit(c)) {
      if (c === 48 && (text[i + 1] === "x" || text[i + 1] === "X")) {
        i += 2;
        while (i < text.length && /[0-9a-fA-F]/.test(text[i]!)) i++;
      } else {
        while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      }
      // C integer suffixes (1UL, 0x3ul) change nothing in a 32-bit model.
      while (i < text.length && /[uUlL]/.test(text[i]!)) i++;
      if (i < text.length && isIdent(text.charCodeAt(i))) {
        // Report, then hand the parser a number so it does not cascade.
        const digitsEnd = i;
        while (i < text.length && isIdent(text.charCodeAt(i))) i++;
        diags.push(error("bad-number", `invalid number '${text.slice(start, i)}'`, span(start, i)));
        tokens.push({ kind: "number", text: text.slice(start, digitsEnd), span: span(start, i) });
        continue;
      }
      tokens.push({ kind: "number", text: text.slice(start, i), span: span(start, i) });
      continue;
    }
    if (c === 34 /* " */) {
      i++;
      let value = "";
      let closed = false;
      while (i < text.length) {
        const ch = text[i]!;
        if (ch === "\n") break;
        if (ch === '"') {
          closed = true;
          i++;
          break;
        }
        if (ch === "\\" && i + 1 < text.length && text[i + 1] !== "\n") {
          const esc = text[i + 1]!;
          value += esc === "n" ? "\n" : esc === "t" ? "\t" : esc;
          i += 2;
          continue;
        }
        value += ch;
        i++;
      }
      if (!closed) {
        diags.push(error("unterminated-string", 'missing terminating " character', span(start, i)));
      }
      tokens.push({ kind: "string", text: value, span: span(start, i) });
      continue;
    }
    const p = PUNCTS.find((q) => text.startsWith(q, i));
    if (p) {
      i += p.length;
      tokens.push({ kind: "punct", text: p, span: span(start, i) });
      continue;
    }
    i++;
    diags.push(error("stray-character", `stray '${text[start]}' in policy`, span(start, i)));
  }
  tokens.push({ kind: "eof", text: "", span: span(i, i) });
  return { tokens, comments };
}
