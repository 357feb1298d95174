/*
 * Control-flow facts about statements the checker needs: labels (for goto
 * and duplicates), whether a body always ends in return or goto (the
 * "control may reach the end" warning), and whether a loop body breaks.
 */

import type { Expr, Stmt } from "./ast.ts";
import { type Diagnostic, error } from "./diagnostics.ts";

export function collectLabels(s: Stmt, labels: Set<string>, diags: Diagnostic[]): void {
  switch (s.kind) {
    case "label":
      if (labels.has(s.label))
        diags.push(error("duplicate-label", `duplicate label '${s.label}'`, s.span));
      labels.add(s.label);
      return collectLabels(s.body, labels, diags);
    case "block":
      for (const x of s.body) collectLabels(x, labels, diags);
      return;
    case "if":
      collectLabels(s.then, labels, diags);
      if (s.otherwise) collectLabels(s.otherwise, labels, diags);
      return;
    case "while":
    case "do":
    case "foreach":
      return collectLabels(s.body, labels, diags);
    case "for":
      return collectLabels(s.body, labels, diags);
    case "decl":
    case "expr":
    case "return":
    case "break":
    case "continue":
    case "goto":
    case "empty":
      return;
  }
}

/** Conservative: does every path through the body end in return or goto? */
export function endsInReturn(s: Stmt): boolean {
  switch (s.kind) {
    case "return":
    case "goto":
      return true;
    case "block": {
      // Past a statement that always returns, the end is reachable only through a label.
      let ends = false;
      for (const x of s.body) {
        if (x.kind === "label") ends = endsInReturn(x);
        else if (!ends) ends = endsInReturn(x);
      }
      return ends;
    }
    case "if":
      return s.otherwise !== undefined && endsInReturn(s.then) && endsInReturn(s.otherwise);
    case "label":
      return endsInReturn(s.body);
    case "while":
    case "for":
      // `for (;;)` / `while (true)` without break never falls through.
      return (s.kind === "for" ? !s.test : isTrue(s.test)) && !containsBreak(s.body);
    default:
      return false;
  }
}

const isTrue = (e: Expr) => (e.kind === "bool" && e.value) || (e.kind === "int" && e.value !== 0);

function containsBreak(s: Stmt): boolean {
  switch (s.kind) {
    case "break":
      return true;
    case "block":
      return s.body.some(containsBreak);
    case "if":
      return containsBreak(s.then) || (s.otherwise !== undefined && containsBreak(s.otherwise));
    case "label":
      return containsBreak(s.body);
    default:
      return false; // a break in a nested loop belongs to that loop
  }
}
