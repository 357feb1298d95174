/*
 * The IR compiler, run: policies made only of private computation are compiled
 * and executed by a minimal evaluator (pure ops, calls, stack cells and stack
 * structs), and their results compared with what C says.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BinaryOp } from "../../src/lang/ast.ts";
import { frontEnd, type IRProgram } from "../../src/lang/index.ts";
import { evalBin, evalUn } from "../../src/lang/ops.ts";

const HEADER = 'POLICY_NAME("t");\nPOLICY_DESCRIPTION("t");\nPOLICY_SOURCE("test");\n';

function compileText(body: string): IRProgram {
  const r = frontEnd("t.policy", (p) => (p === "t.policy" ? HEADER + body : undefined));
  const errors = r.diagnostics.filter((d) => d.severity === "error");
  if (errors.length || !r.ir)
    throw new Error(errors.map((d) => `${d.span.line}: ${d.message}`).join("\n"));
  return r.ir;
}

const FN_TAG = 0x40000000;

/** Runs a function of a program that touches no shared state. */
function run(p: IRProgram, name: string, args: number[]): number {
  const memory = new Map<number, Map<string, number>>();
  let nextObj = 1 << 20;
  let steps = 0;
  const call = (fi: number, argv: number[]): number => {
    const f = p.functions[fi]!;
    const r = new Int32Array(f.nregs);
    argv.forEach((v, i) => {
      r[i] = v;
    });
    let pc = 0;
    for (;;) {
      if (++steps > 1e6) throw new Error("step budget exceeded");
      const ins = f.code[pc++]!;
      switch (ins.op) {
        case "const":
          r[ins.dst] = ins.value;
          break;
        case "mov":
          r[ins.dst] = r[ins.src]!;
          break;
        case "un":
          r[ins.dst] = evalUn(ins.fn, r[ins.src]!);
          break;
        case "bin":
          r[ins.dst] = evalBin(ins.fn, r[ins.a]!, r[ins.b]!);
          break;
        case "jmp":
          pc = ins.target;
          break;
        case "br":
          if ((r[ins.cond] === 0) === ins.ifZero) pc = ins.target;
          break;
        case "alloca": {
          const id = nextObj++;
          memory.set(id, new Map());
          r[ins.dst] = id;
          break;
        }
        case "lload":
          r[ins.dst] = memory.get(r[ins.obj]!)!.get(ins.field) ?? 0;
          break;
        case "lstore":
          memory.get(r[ins.obj]!)!.set(ins.field, r[ins.src]!);
          break;
        case "deref":
          r[ins.dst] = memory.get(r[ins.ptr]!)!.get("*") ?? 0;
          break;
        case "store_ind":
          memory.get(r[ins.ptr]!)!.set("*", r[ins.src]!);
          break;
        case "ptradd":
          r[ins.dst] = r[ins.ptr]! + r[ins.n]!;
          break;
        case "fnref":
          r[ins.dst] = FN_TAG | ins.fn;
          break;
        case "call":
        case "icall": {
          const target = ins.op === "call" ? ins.fn : r[ins.target]! & ~FN_TAG;
          const v = call(
            target,
            ins.args.map((a) => r[a]!),
          );
          if (ins.dst >= 0) r[ins.dst] = v;
          break;
        }
        case "ret":
          return ins.src < 0 ? 0 : r[ins.src]!;
        default:
          throw new Error(`op ${ins.op} touches shared state`);
      }
    }
  };
  return call(p.byName.get(name)!, args);
}

describe("control flow", () => {
  it("computes loops, continue, break and compound assignment as C does", () => {
    const p = compileText(`
int f(int n)
{
	int i, sum = 0;

	for (i = 0; i < n; i++) {
		if (i == 3)
			continue;
		if (i == 8)
			break;
		sum += i;
	}
	while (sum > 20)
		sum -= 7;
	do {
		sum = sum << 1 | 1;
	} while (sum < 100);
	return sum;
}`);
    const c = (n: number) => {
      let sum = 0;
      for (let i = 0; i < n; i++) {
        if (i === 3) continue;
        if (i === 8) break;
        sum += i;
      }
      while (sum > 20) sum -= 7;
      do sum = (sum << 1) | 1;
      while (sum < 100);
      return sum;
    };
    for (const n of [0, 1, 4, 7, 12]) expect(run(p, "f", [n])).toBe(c(n));
  });

  it("runs the kernel's goto-retry idiom until the condition clears", () => {
    const p = compileText(`
int f(int tries)
{
	int attempts = 0;
retry:
	attempts++;
	if (attempts < tries)
		goto retry;
	return attempts;
}`);
    expect(run(p, "f", [5])).toBe(5);
    expect(run(p, "f", [0])).toBe(1);
  });

  it("short-circuits && and || and evaluates only the chosen ?: branch", () => {
    const p = compileText(`
int bump(int *count, int v)
{
	*count = *count + 1;
	return v;
}

int f(int a, int b)
{
	int calls = 0;
	int x = (bump(&calls, a) && bump(&calls, b)) ? 10 : 20;
	int y = bump(&calls, a) || bump(&calls, b);
	return x + y * 100 + calls * 1000;
}`);
    // a=0: && stops after 1 call, || makes 2 calls.
    expect(run(p, "f", [0, 1])).toBe(20 + 100 + 3000);
    // a=1,b=0: && makes 2 calls (false), || stops after 1.
    expect(run(p, "f", [1, 0])).toBe(20 + 100 + 3000);
    expect(run(p, "f", [1, 1])).toBe(10 + 100 + 3000);
    expect(run(p, "f", [0, 0])).toBe(20 + 0 + 3000);
  });

  it("evaluates comma expressions left to right, as in for (i = 0, j = n; ...; i++, j--)", () => {
    const p = compileText(`
int f(int n)
{
	int i, j, meet = -1;

	for (i = 0, j = n; i < j; i++, j--)
		meet = i;
	return meet * 100 + (i, j);
}`);
    expect(run(p, "f", [10])).toBe(4 * 100 + 5);
    expect(run(p, "f", [7])).toBe(3 * 100 + 3);
  });

  it("gives postfix the old value and prefix the new one", () => {
    const p = compileText(`
int f(int a)
{
	int b = a++;
	int c = ++a;
	return a * 10000 + b * 100 + c;
}`);
    expect(run(p, "f", [5])).toBe(7 * 10000 + 5 * 100 + 7);
  });

  it("zeroes the members a designated initialiser leaves out, on every entry", () => {
    const p = compileText(`
int f(int n)
{
	int i, total = 0;

	for (i = 0; i < n; i++) {
		struct folio_referenced_arg pra = {
			.mapcount = i,
		};
		total += pra.referenced;
		pra.referenced = 99;
		total += pra.mapcount;
	}
	return total;
}`);
    expect(run(p, "f", [4])).toBe(0 + 1 + 2 + 3);
  });

  it("writes through out-parameters and calls through function pointers", () => {
    const p = compileText(`
static bool visit(struct folio *folio, struct vm_area_struct *vma, unsigned long addr, void *arg)
{
	struct folio_referenced_arg *pra = arg;

	pra->referenced += (int)addr;
	return pra->referenced < 10;
}

static void out(int *res, int v)
{
	*res = v;
}

int f(int step)
{
	int r;
	struct folio_referenced_arg pra = { .referenced = 0 };
	struct rmap_walk_control rwc = {
		.rmap_one = visit,
		.arg = (void *)&pra,
	};

	while (rwc.rmap_one(NULL, NULL, step, rwc.arg))
		;
	out(&r, pra.referenced);
	return rwc.done ? -1 : r;
}`);
    expect(run(p, "f", [3])).toBe(12);
    expect(run(p, "f", [5])).toBe(10);
  });
});

/* Random expressions: the compiled code must agree with C's int arithmetic. */
type E =
  | { k: "var"; i: number }
  | { k: "lit"; v: number }
  | { k: "bin"; op: BinaryOp; a: E; b: E }
  | { k: "un"; op: "!" | "-" | "~"; a: E }
  | { k: "and" | "or"; a: E; b: E }
  | { k: "cond"; t: E; a: E; b: E };

const BIN_OPS: BinaryOp[] = [
  "+",
  "-",
  "*",
  "&",
  "|",
  "^",
  "<<",
  ">>",
  "==",
  "!=",
  "<",
  "<=",
  ">",
  ">=",
];

const exprArb: fc.Arbitrary<E> = fc.letrec<{ e: E }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ k: fc.constant("var" as const), i: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ k: fc.constant("lit" as const), v: fc.integer({ min: 0, max: 1000 }) }),
    fc.record({
      k: fc.constant("bin" as const),
      op: fc.constantFrom(...BIN_OPS),
      a: tie("e"),
      b: tie("e"),
    }),
    fc.record({
      k: fc.constant("un" as const),
      op: fc.constantFrom("!" as const, "-" as const, "~" as const),
      a: tie("e"),
    }),
    fc.record({ k: fc.constantFrom("and" as const, "or" as const), a: tie("e"), b: tie("e") }),
    fc.record({ k: fc.constant("cond" as const), t: tie("e"), a: tie("e"), b: tie("e") }),
  ),
})).e;

function render(e: E): string {
  switch (e.k) {
    case "var":
      return "abc"[e.i]!;
    case "lit":
      return String(e.v);
    case "bin":
      return `(${render(e.a)} ${e.op} ${render(e.b)})`;
    case "un":
      return `(${e.op}${render(e.a)})`;
    case "and":
      return `(${render(e.a)} && ${render(e.b)})`;
    case "or":
      return `(${render(e.a)} || ${render(e.b)})`;
    case "cond":
      return `(${render(e.t)} ? ${render(e.a)} : ${render(e.b)})`;
  }
}

/** C semantics on int32, written independently of src/lang/ops.ts. */
function cEval(e: E, env: number[]): number {
  switch (e.k) {
    case "var":
      return env[e.i]!;
    case "lit":
      return e.v;
    case "un": {
      const a = cEval(e.a, env);
      return e.op === "!"
        ? Number(a === 0)
        : e.op === "-"
          ? Number(BigInt.asIntN(32, -BigInt(a)))
          : ~a;
    }
    case "and":
      return Number(cEval(e.a, env) !== 0 && cEval(e.b, env) !== 0);
    case "or":
      return Number(cEval(e.a, env) !== 0 || cEval(e.b, env) !== 0);
    case "cond":
      return cEval(e.t, env) !== 0 ? cEval(e.a, env) : cEval(e.b, env);
    case "bin": {
      const a = BigInt(cEval(e.a, env));
      const b = BigInt(cEval(e.b, env));
      const w = (x: bigint) => Number(BigInt.asIntN(32, x));
      switch (e.op) {
        case "+":
          return w(a + b);
        case "-":
          return w(a - b);
        case "*":
          return w(a * b);
        case "&":
          return w(a & b);
        case "|":
          return w(a | b);
        case "^":
          return w(a ^ b);
        case "<<":
          return w(a << (b & 31n));
        case ">>":
          return w(a >> (b & 31n));
        case "==":
          return Number(a === b);
        case "!=":
          return Number(a !== b);
        case "<":
          return Number(a < b);
        case "<=":
          return Number(a <= b);
        case ">":
          return Number(a > b);
        case ">=":
          return Number(a >= b);
        default:
          throw new Error(e.op);
      }
    }
  }
}

describe("expressions", () => {
  it("agree with C's 32-bit arithmetic for random expressions", () => {
    fc.assert(
      fc.property(
        exprArb,
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 3, maxLength: 3 }),
        (e, env) => {
          const p = compileText(`int f(int a, int b, int c)\n{\n\treturn ${render(e)};\n}\n`);
          expect(run(p, "f", env)).toBe(cEval(e, env));
        },
      ),
      { numRuns: 300 },
    );
  });
});
