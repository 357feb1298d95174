/*
 * docs/workloads.md stays true: every complete example (```yaml workload)
 * loads cleanly, every error example (```yaml workload-error) produces
 * exactly the diagnostics in the ```text block after it, and every fragment
 * (plain ```yaml) is at least valid YAML.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { formatInputDiagnostic } from "../../src/workload/errors.ts";
import { parseWorkload } from "../../src/workload/workload.ts";

const DOC = "docs/workloads.md";
const doc = readFileSync(DOC, "utf8");

interface Block {
  info: string;
  body: string;
  line: number;
}

function fencedBlocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ info: m[1]!.trim(), body: m[2]!, line: text.slice(0, m.index).split("\n").length });
  return out;
}

describe(DOC, () => {
  const blocks = fencedBlocks(doc);

  it("has a complete example and an error example", () => {
    expect(blocks.filter((b) => b.info === "yaml workload").length).toBeGreaterThanOrEqual(1);
    expect(blocks.filter((b) => b.info === "yaml workload-error").length).toBeGreaterThanOrEqual(1);
  });

  blocks.forEach((b, i) => {
    if (b.info === "yaml workload") {
      it(`example at line ${b.line} loads cleanly`, () => {
        const r = parseWorkload("example.yaml", b.body);
        expect(r.ok ? [] : r.diagnostics.map(formatInputDiagnostic)).toEqual([]);
      });
    } else if (b.info === "yaml workload-error") {
      it(`example at line ${b.line} reports what the doc shows`, () => {
        const shown = blocks[i + 1];
        expect(shown?.info).toBe("text");
        const r = parseWorkload("example.yaml", b.body);
        expect(r.ok).toBe(false);
        const text = r.ok ? [] : r.diagnostics.map(formatInputDiagnostic);
        expect(`${text.join("\n")}\n`).toBe(shown!.body);
      });
    } else if (b.info === "yaml") {
      it(`fragment at line ${b.line} is valid YAML`, () => {
        expect(parseDocument(b.body).errors).toEqual([]);
      });
    }
  });
});
