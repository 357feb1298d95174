/*
 * The interpreter stops a thread in front of every scheduling point and only
 * there, runs calls and returns across frames, retries a blocked step, and
 * stops a runaway loop with a located fault instead of hanging.
 */
import { describe, expect, it } from "vitest";
import { frontEnd } from "../../src/lang/index.ts";
import type { IRProgram } from "../../src/lang/ir.ts";
import type { Builtin } from "../../src/model/index.ts";
import { BLOCKED, Interpreter, type Kernel, PolicyFault, Thread } from "../../src/sim/interp.ts";

const HEADER = 'POLICY_NAME("t");\nPOLICY_DESCRIPTION("t");\nPOLICY_SOURCE("test");\n';

function compile(body: string): IRProgram {
  const r = frontEnd("t.policy", (p) => (p === "t.policy" ? HEADER + body : undefined));
  if (!r.ir) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
  return r.ir;
}

/** A kernel with one shared word per (object, field) and a trylock that fails on demand. */
class ToyKernel implements Kernel {
  readonly log: string[] = [];
  readonly mem = new Map<string, number>();
  private next = 1 << 8;
  private readonly cells = new Map<number, number>();
  lockFree = true;

  load(_t: Thread, obj: number, _s: string, field: string): number {
    this.log.push(`load ${field}`);
    return this.mem.get(`${obj}.${field}`) ?? 0;
  }
  store(_t: Thread, obj: number, _s: string, field: string, v: number): void {
    this.log.push(`store ${field}=${v}`);
    this.mem.set(`${obj}.${field}`, v);
  }
  addr(_t: Thread, obj: number, _s: string, field: string): number {
    return obj + field.length;
  }
  alloca(): number {
    const p = this.next++;
    this.cells.set(p, 0);
    return p;
  }
  freeCells(): void {}
  isPrivate(_t: Thread, ptr: number): boolean {
    return this.cells.has(ptr);
  }
  deref(_t: Thread, ptr: number): number {
    return this.cells.get(ptr) ?? 0;
  }
  storeInd(_t: Thread, ptr: number, v: number): void {
    this.cells.set(ptr, v);
  }
  global(): number {
    return 0;
  }
  ptrAdd(_t: Thread, ptr: number, n: number): number {
    return ptr + n;
  }
  builtin(_t: Thread, b: Builtin, _id: number, args: readonly number[]) {
    this.log.push(`${b.proto.name}(${args.join(",")})`);
    if (b.proto.name === "folio_lock" && !this.lockFree) return BLOCKED;
    return 1;
  }
  listNext(): number {
    return 0;
  }
  enter(_t: Thread, fn: { name: string }): void {
    this.log.push(`enter ${fn.name}`);
  }
  leave(_t: Thread, fn: { name: string }, v: number): void {
    this.log.push(`leave ${fn.name}=${v}`);
  }
}

describe("Interpreter", () => {
  it("stops in front of each shared step and runs private code in between", () => {
    const p = compile(`
int inner(struct folio *folio)
{
	int x = 2;

	x = x * 21;		/* private */
	folio_lock(folio);	/* step */
	return x;
}

int outer(struct folio *folio)
{
	int r = inner(folio);	/* step: a call */

	folio->index = r;	/* step: a shared store */
	return r + 1;
}`);
    const k = new ToyKernel();
    const it = new Interpreter(p, k);
    const t = new Thread(1, "t");
    it.start(t, p.byName.get("outer")!, [0x1000]);
    it.advance(t);
    const seen: string[] = [];
    while (!t.done) {
      const s = it.pending(t)!;
      seen.push(`${s.fn.name}:${s.loc.line}:${s.ins.op}`);
      expect(it.step(t)).not.toBe("blocked");
    }
    expect(seen).toEqual(["outer:16:call", "inner:10:builtin", "outer:18:store"]);
    expect(t.retval).toBe(43);
    expect(k.mem.get(`${0x1000}.index`)).toBe(42);
    expect(k.log).toEqual([
      "enter outer",
      "enter inner",
      "folio_lock(4096)",
      "leave inner=42",
      "store index=42",
      "leave outer=43",
    ]);
  });

  it("retries a blocked step without re-running what came before it", () => {
    const p = compile(`
void f(struct folio *folio)
{
	folio->index = 1;
	folio_lock(folio);
	folio->index = 2;
}`);
    const k = new ToyKernel();
    const it = new Interpreter(p, k);
    const t = new Thread(1, "t");
    it.start(t, p.byName.get("f")!, [0x2000]);
    it.advance(t);
    expect(it.step(t)).toBe("ok"); // the first store
    k.lockFree = false;
    expect(it.step(t)).toBe("blocked");
    expect(it.step(t)).toBe("blocked");
    k.lockFree = true;
    expect(it.step(t)).toBe("ok");
    expect(it.step(t)).toBe("done");
    expect(k.log.filter((l) => l.startsWith("store"))).toEqual(["store index=1", "store index=2"]);
  });

  it("stops a loop that never ends with a fault naming the function and line", () => {
    const p = compile(`
void spin(int x)
{
	while (x)
		x = x + 2;
}`);
    const it = new Interpreter(p, new ToyKernel(), 10_000);
    const t = new Thread(1, "t");
    it.start(t, p.byName.get("spin")!, [1]);
    let fault: unknown;
    try {
      it.advance(t);
    } catch (e) {
      fault = e;
    }
    expect(fault).toBeInstanceOf(PolicyFault);
    expect((fault as PolicyFault).message).toContain(
      "step budget of 10000 instructions exceeded in spin()",
    );
    expect((fault as PolicyFault).loc.line).toBeGreaterThanOrEqual(7);
  });

  it("reports a call through a NULL function pointer as a fault", () => {
    const p = compile(`
int f(void)
{
	struct rmap_walk_control rwc = { .try_lock = true };

	return rwc.done(NULL);
}`);
    const it = new Interpreter(p, new ToyKernel());
    const t = new Thread(1, "t");
    it.start(t, p.byName.get("f")!, []);
    it.advance(t);
    expect(() => it.step(t)).toThrow(/call through a NULL function pointer/);
  });
});
