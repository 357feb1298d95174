/*
 * The README's example comment: rendered from a checked-in report, between
 * two markers, so a test can tell when the README and the renderer disagree.
 */
import type { CiReport } from "./ci.ts";
import { renderComment } from "./comment.ts";

export const EXAMPLE_START = "<!-- example-comment:start -->";
export const EXAMPLE_END = "<!-- example-comment:end -->";

/** The comment as the README shows it, set off as a quotation-free block. */
export function exampleBlock(report: CiReport): string {
  return renderComment(report, { artifact: "lockbench-results" }).trimEnd();
}

/** `readme` with the text between the markers replaced by the example. */
export function spliceExample(readme: string, report: CiReport): string {
  const a = readme.indexOf(EXAMPLE_START);
  const b = readme.indexOf(EXAMPLE_END);
  if (a < 0 || b < a)
    throw new Error(`README.md lacks the ${EXAMPLE_START} ... ${EXAMPLE_END} markers`);
  return `${readme.slice(0, a + EXAMPLE_START.length)}\n${exampleBlock(report)}\n${readme.slice(b)}`;
}
