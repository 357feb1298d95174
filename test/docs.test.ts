/*
 * docs/ stays true: the catalogue section is what src/model generates, and
 * every example either checks cleanly (```c policy) or produces exactly the
 * diagnostics shown in the ```text block after it (```c policy-error).
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, frontEnd } from "../src/lang/index.ts";
import { spliceCatalogue } from "../src/model/catalogue.ts";
import { checkScenario } from "../src/check/scenario.ts";
import { fileReader } from "../src/policy-files.ts";
import { loadScenario } from "../src/workload/scenario.ts";

const DOC = "docs/policy-language.md";
const doc = readFileSync(DOC, "utf8");

interface Block {
  info: string;
  body: string;
  line: number;
}

function fencedBlocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ info: m[1]!.trim(), body: m[2]!, line: text.slice(0, m.index).split("\n").length });
  }
  return out;
}

function checkText(text: string) {
  return frontEnd("example.policy", (p) => (p === "example.policy" ? text : undefined));
}

describe(DOC, () => {
  it("has the catalogue that src/model generates (run `npm run docs`)", () => {
    expect(doc).toBe(spliceCatalogue(doc));
  });

  const blocks = fencedBlocks(doc);
  it("has examples", () => {
    expect(blocks.filter((b) => b.info.startsWith("c policy")).length).toBeGreaterThanOrEqual(2);
  });

  blocks.forEach((b, i) => {
    if (b.info === "c policy") {
      it(`example at line ${b.line} checks cleanly`, () => {
        const r = checkText(b.body);
        expect(r.diagnostics.map((d) => d.message)).toEqual([]);
        expect(r.ir).toBeDefined();
      });
    } else if (b.info === "c policy-error") {
      it(`example at line ${b.line} reports what the doc shows`, () => {
        const shown = blocks[i + 1];
        expect(shown?.info).toBe("text");
        const r = checkText(b.body);
        const text = r.diagnostics.map((d) =>
          formatDiagnostic(d, new Map([["example.policy", b.body]])),
        );
        expect(`${text.join("\n")}\n`).toBe(shown!.body);
      });
    }
  });
});

describe("docs/scenarios.md", () => {
  const text = readFileSync("docs/scenarios.md", "utf8");
  const blocks = fencedBlocks(text);

  it("has a scenario example that loads and fits the shipped policies", () => {
    const examples = blocks.filter((b) => b.info === "yaml scenario");
    expect(examples).toHaveLength(1);
    for (const b of examples) {
      const spec = loadScenario("example.yaml", b.body);
      const r = frontEnd("policies/linux-v6.19.policy", fileReader(process.cwd()));
      expect(checkScenario(spec, r.ir!, "linux-v6.19")).toEqual([]);
    }
  });

  it("lists every shipped scenario", () => {
    for (const f of readdirSync("workloads/scenarios").filter((n) => n.endsWith(".yaml")))
      expect(text).toContain(`| \`${f.replace(/\.yaml$/, "")}\` |`);
  });
});
