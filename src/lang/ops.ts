/*
 * Semantics of the IR's pure operators on 32-bit words, shared by every
 * interpreter of the IR so that the engine and the explorer cannot disagree
 * about arithmetic. Two's complement, signed comparisons, shift counts mod 32
 * (as arm64's LSLV/ASRV do), division truncating toward zero.
 */

import type { BinaryOp } from "./ast.ts";

export class ArithmeticError extends Error {}

export function evalBin(fn: BinaryOp, a: number, b: number): number {
  switch (fn) {
    case "+":
      return (a + b) | 0;
    case "-":
      return (a - b) | 0;
    case "*":
      return Math.imul(a, b);
    case "/":
      if (b === 0) throw new ArithmeticError("division by zero");
      return (a / b) | 0;
    case "%":
      if (b === 0) throw new ArithmeticError("division by zero");
      return (a % b) | 0;
    case "<<":
      return a << (b & 31);
    case ">>":
      return a >> (b & 31);
    case "&":
      return a & b;
    case "|":
      return a | b;
    case "^":
      return a ^ b;
    case "==":
      return a === b ? 1 : 0;
    case "!=":
      return a !== b ? 1 : 0;
    case "<":
      return a < b ? 1 : 0;
    case "<=":
      return a <= b ? 1 : 0;
    case ">":
      return a > b ? 1 : 0;
    case ">=":
      return a >= b ? 1 : 0;
  }
}

export function evalUn(fn: "!" | "-" | "~" | "bool", a: number): number {
  switch (fn) {
    case "!":
      return a === 0 ? 1 : 0;
    case "-":
      return -a | 0;
    case "~":
      return ~a;
    case "bool":
      return a === 0 ? 0 : 1;
  }
}
