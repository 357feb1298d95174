/*
 * Words for diagnostics: an expression as short source-like text, and the
 * closest known name to a misspelt one ("did you mean 'root'?").
 */

import type { Expr } from "./ast.ts";

/** Short source-like text of an expression, for messages. */
export function exprText(e: Expr): string {
  switch (e.kind) {
    case "name":
      return e.name;
    case "member":
      return `${exprText(e.object)}${e.arrow ? "->" : "."}${e.field}`;
    case "call":
      return `${exprText(e.callee)}()`;
    default:
      return "expression";
  }
}

/** The closest candidate by edit distance, if it is close enough to be a typo. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word, c, bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}
