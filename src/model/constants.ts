/*
 * Named constants and globals a policy may use: flag bits, errnos, sizes and
 * the slab caches. Values are the kernel's where the value matters to the
 * model (FOLIO_MAPPING_* are OR-ed into pointers, PAGE_SHIFT turns addresses
 * into page indices); flag bits are the kernel's bit positions.
 */

import { type CType, GFP, INT, sptr, ULONG } from "./types.ts";

export interface ConstDef {
  readonly name: string;
  readonly type: CType;
  readonly value: number;
  readonly doc: string;
}

const c = (name: string, type: CType, value: number, doc: string): ConstDef => ({
  name,
  type,
  value,
  doc,
});

export const CONSTANTS: readonly ConstDef[] = [
  c(
    "FOLIO_MAPPING_ANON",
    ULONG,
    0x1,
    "Low bit of folio->mapping: an anon_vma, not an address_space.",
  ),
  c("FOLIO_MAPPING_KSM", ULONG, 0x2, "With ANON: a KSM stable node."),
  c("FOLIO_MAPPING_ANON_KSM", ULONG, 0x3, "Both bits."),
  c("FOLIO_MAPPING_FLAGS", ULONG, 0x3, "Mask of the bits above."),
  c("PAGE_SHIFT", INT, 12, "4 KiB pages."),
  c("PAGE_SIZE", ULONG, 4096, "Bytes per page."),
  c("PAGE_MASK", ULONG, ~4095, "Masks an address down to its page."),
  c("PMD_SHIFT", INT, 21, "One PTE table maps 2 MiB."),
  c("PMD_SIZE", ULONG, 1 << 21, "Bytes mapped by one PTE table."),
  c("PMD_MASK", ULONG, ~((1 << 21) - 1), "Masks an address down to its PMD."),
  c("PTRS_PER_PTE", INT, 512, "Entries per PTE table."),
  c("VM_READ", ULONG, 0x1, "vm_flags bits (include/linux/mm.h)."),
  c("VM_WRITE", ULONG, 0x2, ""),
  c("VM_EXEC", ULONG, 0x4, ""),
  c("VM_SHARED", ULONG, 0x8, ""),
  c("VM_MAYWRITE", ULONG, 0x20, ""),
  c("VM_GROWSDOWN", ULONG, 0x100, ""),
  c("VM_UFFD_MISSING", ULONG, 0x200, ""),
  c("VM_PFNMAP", ULONG, 0x400, ""),
  c("VM_LOCKED", ULONG, 0x2000, ""),
  c("VM_IO", ULONG, 0x4000, ""),
  c("VM_DONTCOPY", ULONG, 0x20000, "MADV_DONTFORK."),
  c("VM_HUGETLB", ULONG, 0x400000, ""),
  c("VM_MIXEDMAP", ULONG, 0x10000000, ""),
  c("GFP_KERNEL", GFP, 0xcc0, "May sleep, may reclaim."),
  c("GFP_NOWAIT", GFP, 0x800, "Never sleeps."),
  c("__GFP_NOWARN", GFP, 0x2000, ""),
  c("EPERM", INT, 1, "errno values (negated on return, as in the kernel)."),
  c("ENOENT", INT, 2, ""),
  c("EINTR", INT, 4, ""),
  c("EAGAIN", INT, 11, ""),
  c("ENOMEM", INT, 12, ""),
  c("EFAULT", INT, 14, ""),
  c("EBUSY", INT, 16, ""),
  c("EEXIST", INT, 17, ""),
  c("EINVAL", INT, 22, ""),
  c("SINGLE_DEPTH_NESTING", INT, 1, "Lockdep subclass for a second lock of one class."),
  c("TTU_RMAP_LOCKED", INT, 0x8, "try_to_unmap/try_to_migrate: caller holds the rmap lock."),
  c("TTU_SYNC", INT, 0x10, ""),
  c("TTU_BATCH_FLUSH", INT, 0x20, ""),
  c("MOVE_ALLOW_SRC_HOLES", INT, 0x2, "UFFDIO_MOVE_MODE_ALLOW_SRC_HOLES."),
  c(
    "UFFDIO_MOVE_MODE_ALLOW_SRC_HOLES",
    INT,
    0x2,
    "include/uapi/linux/userfaultfd.h: holes in the source range count as moved.",
  ),
  c("PVMW_SYNC", INT, 0x1, "page_vma_mapped_walk(): look up the PTE with the PTL held."),
  c("PVMW_MIGRATION", INT, 0x2, "page_vma_mapped_walk(): look for migration entries."),
  c("FOLIOREF_RECLAIM", INT, 0, "mm/vmscan.c enum folio_references: reclaim the folio."),
  c("FOLIOREF_RECLAIM_CLEAN", INT, 1, "Reclaim if clean."),
  c("FOLIOREF_KEEP", INT, 2, "Keep it on the inactive list."),
  c("FOLIOREF_ACTIVATE", INT, 3, "Move it to the active list."),
];

export interface GlobalDef {
  readonly name: string;
  readonly type: CType;
  /** For caches: the struct their objects are. */
  readonly objects?: string;
  /** SLAB_TYPESAFE_BY_RCU: freed objects may be reused at once, but stay that type. */
  readonly typesafeByRcu?: boolean;
  readonly doc: string;
}

export const GLOBALS: readonly GlobalDef[] = [
  {
    name: "anon_vma_cachep",
    type: sptr("kmem_cache"),
    objects: "anon_vma",
    typesafeByRcu: true,
    doc: "anon_vma slab (SLAB_TYPESAFE_BY_RCU, so lockless readers may trylock a recycled one).",
  },
  {
    name: "vm_area_cachep",
    type: sptr("kmem_cache"),
    objects: "vm_area_struct",
    typesafeByRcu: true,
    doc:
      "vm_area_struct slab (vm_area_dup(), vm_area_free()); SLAB_TYPESAFE_BY_RCU since per-VMA " +
      "locks look VMAs up under RCU (lock_vma_under_rcu).",
  },
  {
    name: "anon_vma_chain_cachep",
    type: sptr("kmem_cache"),
    objects: "anon_vma_chain",
    doc: "anon_vma_chain slab.",
  },
];
