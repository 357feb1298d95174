/*
 * Machine files: the shipped machines load, every number in them carries a
 * source comment, and bad files get located one-line errors.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { topology } from "../../src/sim/machine.ts";
import { InputError } from "../../src/workload/errors.ts";
import { loadMachine, MACHINE_SCHEMA, parseMachine } from "../../src/workload/machine.ts";

const DIR = "workloads/machines";
const shipped = readdirSync(DIR)
  .filter((f) => f.endsWith(".yaml"))
  .sort();

const GOOD = readFileSync(`${DIR}/arm64-mobile-8.yaml`, "utf8");

describe("shipped machines", () => {
  it("include the DynamIQ phone and the many-core server", () => {
    expect(shipped).toEqual(
      expect.arrayContaining(["arm64-mobile-8.yaml", "arm64-server-64.yaml"]),
    );
  });

  it.each(shipped)("%s loads and validates", (f) => {
    const m = loadMachine(`${DIR}/${f}`, readFileSync(`${DIR}/${f}`, "utf8"));
    expect(`${m.name}.yaml`).toBe(f);
    expect(topology(m).ncpu).toBeGreaterThan(0);
  });

  it("arm64-mobile-8 is 4 little + 3 mid + 1 prime at HZ=250", () => {
    const m = loadMachine(`${DIR}/arm64-mobile-8.yaml`, GOOD);
    expect(m.hz).toBe(250);
    expect(m.clusters.map((c) => [c.name, c.cores])).toEqual([
      ["little", 4],
      ["mid", 3],
      ["prime", 1],
    ]);
  });

  it("arm64-server-64 has 64 cores, one cluster per socket", () => {
    const m = loadMachine(
      `${DIR}/arm64-server-64.yaml`,
      readFileSync(`${DIR}/arm64-server-64.yaml`, "utf8"),
    );
    expect(topology(m).ncpu).toBe(64);
    expect(m.clusters.length).toBe(2);
  });

  it.each(shipped)(
    "every number in %s has a source comment (a costs row, the kernel, or 'estimate')",
    (f) => {
      const text = readFileSync(`${DIR}/${f}`, "utf8");
      const lc = new LineCounter();
      const doc = parseDocument(text, { lineCounter: lc });
      const lines = text.split("\n");
      const missing: string[] = [];
      // The comment block right above a number's line (or its own trailing comment).
      const sourced = (line: number): boolean => {
        const own = lines[line - 1]!;
        if (/#.*(costs|kernel|estimate|Linux|As socket0)/i.test(own)) return true;
        let text = "";
        for (let i = line - 2; i >= 0 && /^\s*(#|- )/.test(lines[i]!); i--) {
          if (!/^\s*#/.test(lines[i]!)) break;
          text += lines[i];
        }
        return /(costs §D|kernel\/|estimate|Linux|As socket0)/i.test(text);
      };
      const walk = (n: unknown, path: string): void => {
        if (isMap(n)) {
          for (const p of n.items) {
            if (isPair(p) && isScalar(p.key)) walk(p.value, `${path}.${String(p.key.value)}`);
          }
        } else if (isSeq(n)) {
          n.items.forEach((x, i) => walk(x, `${path}[${i}]`));
        } else if (isScalar(n) && typeof n.value === "number") {
          const line = lc.linePos(n.range![0]).line;
          if (!sourced(line)) missing.push(`${f}:${line}: ${path}`);
          checked++;
        }
      };
      let checked = 0;
      walk(doc.contents, "");
      expect(missing).toEqual([]);
      // Every cluster field, interconnect, memory, sched, tlb and pte number was seen.
      expect(checked).toBeGreaterThan(20);
    },
  );

  it("publishes the schema it validates with", () => {
    const onDisk = JSON.parse(readFileSync("workloads/schema/machine.schema.json", "utf8"));
    expect(onDisk).toEqual(MACHINE_SCHEMA);
  });
});

describe("bad machine files", () => {
  const bad = (text: string) => {
    const r = parseMachine("m/bad.yaml", text);
    if (r.ok) throw new Error("expected diagnostics");
    return r.diagnostics.map((d) => `${d.line}: ${d.message}`);
  };
  const good = GOOD.replace("name: arm64-mobile-8", "name: bad");

  it("points at an invalid value's line", () => {
    expect(bad(good.replace("hz: 250", "hz: 251"))).toEqual([
      `${lineOf(good, "hz: 250")}: hz: must be one of 100, 250, 300, 1000`,
    ]);
  });

  it("points at an unknown field's key", () => {
    const text = good.replace("    cores: 3\n", "    cores: 3\n    cors: 3\n");
    expect(bad(text)).toEqual([`${lineOf(text, "cors: 3")}: clusters.1: unknown field 'cors'`]);
  });

  it("names a missing field at its parent", () => {
    const text = good.replace(/sched:\n( {2}#.*\n)* {2}base_slice_ns: \d+\n/, "sched: {}\n");
    expect(bad(text)).toEqual([
      `${lineOf(text, "sched: {}")}: sched: missing required field 'base_slice_ns'`,
    ]);
  });

  it("checks what the schema cannot: unknown clusters in pairs, a 1024-capacity core, the file name", () => {
    const text = good.replace("[mid, prime]", "[mid, prim]");
    expect(bad(text)).toEqual([
      `${lineOf(text, "[mid, prim]")}: unknown cluster 'prim' (clusters: little, mid, prime)`,
    ]);
    expect(bad(good.replace("capacity: 1024", "capacity: 1000"))).toEqual([
      `${lineOf(good, "clusters:")}: no cluster has capacity 1024; Linux normalises the fastest core to 1024`,
    ]);
    const r = parseMachine("m/other.yaml", good);
    expect(r.ok ? [] : r.diagnostics.map((d) => d.message)).toEqual([
      "name 'bad' does not match the file name 'other.yaml'",
    ]);
  });

  it("reports YAML syntax errors with their line", () => {
    expect(bad("name: x\nclusters: [\n")[0]).toMatch(/^3: /);
  });

  it("loadMachine throws an InputError whose message is file:line: message lines", () => {
    try {
      loadMachine("m/bad.yaml", good.replace("hz: 250", "hz: 7"));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toBe(
        `m/bad.yaml:${lineOf(good, "hz: 250")}: hz: must be one of 100, 250, 300, 1000`,
      );
      expect((e as InputError).diagnostics.length).toBe(1);
    }
  });
});

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`'${needle}' not in text`);
  return text.slice(0, i).split("\n").length;
}
