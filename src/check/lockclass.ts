/*
 * Lock classes, as lockdep names them: by the struct and field a lock is
 * embedded in (`&anon_vma->rwsem`, `&mm->mmap_lock`, `&ptdesc->ptl`), not by
 * instance, so that one anon_vma's rwsem taken after another's is "recursive
 * locking" and an order seen once for any two instances is the order for all.
 * Folio locks are the PG_locked bit of a folio and get that name.
 *
 * The World knows the owner of every live embedded object; the last owner
 * seen is remembered so a lock freed with its object keeps its name in reports.
 */

import { lockClassName } from "../model/index.ts";
import type { World } from "../sim/world.ts";
import { CowMap } from "../sim/cow.ts";

export interface Owner {
  readonly obj: number;
  readonly struct: string;
  readonly field: string;
  readonly fieldIndex: number;
}

export class LockClasses {
  private readonly owners = new CowMap<number, Owner>();

  constructor(private readonly world: World) {}

  /** Hold src's owners remembered past their frees, for Execution.copyFrom. */
  copyFrom(src: LockClasses): void {
    this.owners.copyFrom(src.owners);
  }

  /** The object an embedded lock (or atomic, list head, tree root) lives in. */
  ownerOf(p: number): Owner | undefined {
    const o = this.world.ownerOf(p);
    const had = this.owners.get(p);
    if (!o) return had;
    // Written only when it changed (memory reused): a write after a copy copies the map.
    if (!had || had.obj !== o.obj || had.fieldIndex !== o.fieldIndex || had.struct !== o.struct)
      this.owners.set(p, o);
    return o;
  }

  /**
   * The lockdep class of a lock object: PG_locked for a folio, `&owner->field`
   * for an embedded lock, with `/subclass` for a *_nested annotation.
   */
  name(lock: number, kind: "rwsem" | "spin" | "folio" | "vma", subclass = 0): string {
    let base: string;
    if (kind === "folio") base = "PG_locked";
    else {
      const o = this.ownerOf(lock);
      base = o ? lockClassName(o.struct, o.field) : `lock#${(lock >>> 0).toString(16)}`;
    }
    return subclass ? `${base}/${subclass}` : base;
  }
}
