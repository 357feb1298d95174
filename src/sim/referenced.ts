/*
 * What folio_referenced() told reclaim, and whether it was right.
 *
 * Reclaim decides from folio_referenced()'s return value (mm/rmap.c; the
 * policy's copy keeps the contract): -1 an rmap lock was contended
 * (try_lock: reclaim never sleeps there), 0 no mapping was young, n > 0 the
 * number of young mappings, except that a folio whose trylock failed is
 * reported as referenced (1) without a walk. The last two look alike to
 * the caller; here they are told apart by watching the folio trylock made
 * inside the call. v6.19 makes that trylock unconditional, which is the
 * reviewer's question: how often does reclaim now act on a guess?
 *
 * The ground truth is read when the call starts, without locks or costs:
 * does any PTE that maps the folio have its young bit set? The PTEs are
 * found through the folio's anon_vma interval tree as it stands then (the
 * same VMAs a complete walk would visit) and read with World.peekPte, the
 * monitors' ground-truth view. A non-zero return keeps the folio (rotates
 * or activates it); 0 lets it be reclaimed. The call was right when it kept
 * a young folio or released a cold one.
 */

import type { IRFunction } from "../lang/ir.ts";
import type { Thread } from "./interp.ts";
import { PTE_YOUNG, type World } from "./world.ts";

/** How one folio_referenced() call ended. */
export type ReferencedOutcome = "referenced" | "notReferenced" | "trylockFailed" | "contended";

export interface ReferencedCall {
  readonly outcome: ReferencedOutcome;
  /** Some PTE mapping the folio was young when the call started. */
  readonly young: boolean;
  /** The caller keeps the folio (non-zero return). */
  readonly kept: boolean;
}

/** Counts over the folio_referenced() calls of one path (docs/results.md). */
export interface ReferencedStats {
  readonly calls: number;
  readonly referenced: number;
  readonly notReferenced: number;
  readonly trylockFailed: number;
  readonly contended: number;
  /** Calls whose folio had a young PTE at the start (the truth). */
  readonly young: number;
  /** Kept although no PTE was young: a reclaimable folio passed over. */
  readonly keptCold: number;
  /** Released although a PTE was young: a reference the walk missed. */
  readonly releasedYoung: number;
}

export const NO_REFERENCED: ReferencedStats = {
  calls: 0,
  referenced: 0,
  notReferenced: 0,
  trylockFailed: 0,
  contended: 0,
  young: 0,
  keptCold: 0,
  releasedYoung: 0,
};

/** Share of calls whose verdict matched the truth; undefined without calls. */
export function referencedAccuracy(s: ReferencedStats): number | undefined {
  return s.calls === 0 ? undefined : 1 - (s.keptCold + s.releasedYoung) / s.calls;
}

export function addReferenced(s: ReferencedStats, c: ReferencedCall): ReferencedStats {
  return {
    calls: s.calls + 1,
    referenced: s.referenced + (c.outcome === "referenced" ? 1 : 0),
    notReferenced: s.notReferenced + (c.outcome === "notReferenced" ? 1 : 0),
    trylockFailed: s.trylockFailed + (c.outcome === "trylockFailed" ? 1 : 0),
    contended: s.contended + (c.outcome === "contended" ? 1 : 0),
    young: s.young + (c.young ? 1 : 0),
    keptCold: s.keptCold + (c.kept && !c.young ? 1 : 0),
    releasedYoung: s.releasedYoung + (!c.kept && c.young ? 1 : 0),
  };
}

/** Two sets of counts added (seeds, shards). */
export function sumReferenced(a: ReferencedStats, b: ReferencedStats): ReferencedStats {
  return {
    calls: a.calls + b.calls,
    referenced: a.referenced + b.referenced,
    notReferenced: a.notReferenced + b.notReferenced,
    trylockFailed: a.trylockFailed + b.trylockFailed,
    contended: a.contended + b.contended,
    young: a.young + b.young,
    keptCold: a.keptCold + b.keptCold,
    releasedYoung: a.releasedYoung + b.releasedYoung,
  };
}

/** Classify a return value given whether the folio's own trylock failed inside the call. */
export function classify(ret: number, trylockFailed: boolean): ReferencedOutcome {
  if (ret === -1) return "contended";
  if (ret === 0) return "notReferenced";
  return trylockFailed ? "trylockFailed" : "referenced";
}

interface Open {
  readonly folio: number;
  readonly young: boolean;
  trylockFailed: boolean;
}

/**
 * Watches one run's folio_referenced() calls through the interpreter's call
 * and return events and the World's lock events, and reports each finished
 * call. A policy without folio_referenced reports nothing.
 */
export class ReferencedProbe {
  private readonly fn: IRFunction | undefined;
  /** Per interpreter thread id: the calls it is inside (innermost last). */
  private readonly open = new Map<number, Open[]>();

  constructor(
    private readonly world: World,
    functions: readonly IRFunction[],
    private readonly report: (t: Thread, call: ReferencedCall) => void,
  ) {
    this.fn = functions.find((f) => f.name === "folio_referenced");
  }

  enter(t: Thread, fn: IRFunction, args: readonly number[]): void {
    if (fn !== this.fn) return;
    const folio = args[0] ?? 0;
    let stack = this.open.get(t.id);
    if (!stack) {
      stack = [];
      this.open.set(t.id, stack);
    }
    stack.push({ folio, young: anyYoung(this.world, folio), trylockFailed: false });
  }

  leave(t: Thread, fn: IRFunction, value: number): void {
    if (fn !== this.fn) return;
    const c = this.open.get(t.id)?.pop();
    if (!c) return;
    this.report(t, {
      outcome: classify(value, c.trylockFailed),
      young: c.young,
      kept: value !== 0,
    });
  }

  /** A folio_trylock completed with `result` (the World's lock event). */
  trylock(t: Thread, folio: number, result: number): void {
    if (result !== 0) return;
    const stack = this.open.get(t.id);
    const top = stack?.[stack.length - 1];
    if (top && top.folio === folio) top.trylockFailed = true;
  }
}

/**
 * The truth for one folio: a young PTE in any VMA of its anon_vma's
 * interval tree, at the folio's index. Reads the World directly (no
 * observer, no cost): this is the simulator looking, not a kernel path.
 */
export function anyYoung(world: World, folio: number): boolean {
  const h = world.heap;
  const T = (s: string) => world.typeId(s);
  const F = (s: string, f: string) => h.field(T(s), f);
  if (folio === 0 || h.validity(folio, T("folio")) !== "ok") return false;
  const mapping = h.load(folio, F("folio", "mapping"));
  // Anon folios carry FOLIO_MAPPING_ANON (bit 0); KSM (both bits) and file are not modelled.
  if ((mapping & 3) !== 1) return false;
  const anonVma = mapping - 1;
  if (h.validity(anonVma, T("anon_vma")) !== "ok") return false;
  const index = h.load(folio, F("folio", "index"));
  for (const avc of world.treeEntries(h.load(anonVma, F("anon_vma", "rb_root")))) {
    const vma = h.load(avc, F("anon_vma_chain", "vma"));
    if (h.validity(vma, T("vm_area_struct")) !== "ok") continue;
    const start = h.load(vma, F("vm_area_struct", "vm_start"));
    const end = h.load(vma, F("vm_area_struct", "vm_end"));
    const addr = start + (index - h.load(vma, F("vm_area_struct", "vm_pgoff"))) * 4096;
    if (addr < start || addr >= end) continue;
    const pte = world.peekPte(h.load(vma, F("vm_area_struct", "vm_mm")), addr);
    if (pte & PTE_YOUNG && world.folioOfPte(pte) === folio) return true;
  }
  return false;
}
