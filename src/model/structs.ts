/*
 * The kernel object model: the structs a policy may touch and their fields.
 *
 * This table is the policy "ABI". The type checker reads it to resolve `->`
 * and `.`, the engine reads it to lay out objects, the monitors read it to
 * name lock classes and racing fields, and docs/policy-language.md is
 * generated from it. Field names and types are the kernel's (v6.18 era);
 * where the model simplifies, the field's doc says how.
 */

import {
  BOOL,
  type CType,
  fnptr,
  INT,
  PGOFF,
  PMD,
  PTE,
  ptr,
  sptr,
  struct,
  ULONG,
  VOIDP,
} from "./types.ts";

/**
 * heap: shared objects; every field access is a visible step.
 * embedded: lives inside another object (a lock, an atomic, a list head,
 *   a tree root); reached only through `&obj->field` and builtins.
 * stack: a thread's own struct on its stack (walk controls); accesses are
 *   private, so they are not scheduling points.
 */
export type StructKind = "heap" | "embedded" | "stack";

export interface FieldDef {
  readonly name: string;
  readonly type: CType;
  readonly doc: string;
  /** For embedded list heads: the element struct and its link field. */
  readonly list?: { readonly of: string; readonly member: string };
}

export interface StructDef {
  readonly name: string;
  readonly kind: StructKind;
  readonly doc: string;
  readonly fields: readonly FieldDef[];
}

const f = (name: string, type: CType, doc: string): FieldDef => ({ name, type, doc });

const RWSEM = struct("rw_semaphore");
const SPIN = struct("spinlock_t");
const ATOMIC = struct("atomic_t");
const LIST = struct("list_head");
const RBROOT = struct("rb_root_cached");

export const STRUCTS: readonly StructDef[] = [
  {
    name: "mm_struct",
    kind: "heap",
    doc: "An address space.",
    fields: [
      f("mmap_lock", RWSEM, "The mmap lock; outermost in the rmap.c lock order."),
      f("page_table_lock", SPIN, "Protects page-table page installation and stack expansion."),
    ],
  },
  {
    name: "vm_area_struct",
    kind: "heap",
    doc: "A VMA: a range of one address space.",
    fields: [
      f("vm_mm", sptr("mm_struct"), "The address space this VMA belongs to."),
      f("vm_start", ULONG, "First address (inclusive)."),
      f("vm_end", ULONG, "End address (exclusive)."),
      f("vm_pgoff", PGOFF, "Page offset of vm_start; anon: the linear page index at creation."),
      f("vm_flags", ULONG, "VM_* flags."),
      f("vm_page_prot", ULONG, "Protection bits used to build PTEs."),
      f("anon_vma", sptr("anon_vma"), "The VMA's own anon_vma (new anon folios go here)."),
      {
        name: "anon_vma_chain",
        type: LIST,
        doc: "Every anon_vma_chain of this VMA (one per anon_vma of its fork hierarchy).",
        list: { of: "anon_vma_chain", member: "same_vma" },
      },
      f(
        "vm_lock",
        RWSEM,
        "The per-VMA lock (CONFIG_PER_VMA_LOCK). v6.18 implements it with vm_refcnt; " +
          "the model keeps its semantics: readers trylock, writers exclude readers until mmap_write_unlock.",
      ),
    ],
  },
  {
    name: "anon_vma",
    kind: "heap",
    doc: "Anonymous reverse-map node. Lives in a SLAB_TYPESAFE_BY_RCU cache.",
    fields: [
      f(
        "root",
        sptr("anon_vma"),
        "Root of the fork hierarchy; its rwsem covers every anon_vma below it.",
      ),
      f("parent", sptr("anon_vma"), "The anon_vma this one was forked from."),
      f("rwsem", RWSEM, "Only the root's rwsem is ever taken (anon_vma_lock_*)."),
      f("refcount", ATOMIC, "Pins the anon_vma; 0 means being freed."),
      f("num_children", ULONG, "anon_vmas whose parent is this one."),
      f("num_active_vmas", ULONG, "VMAs whose vma->anon_vma is this one."),
      f("rb_root", RBROOT, "Interval tree of anon_vma_chains, keyed by the VMAs' pgoff ranges."),
    ],
  },
  {
    name: "anon_vma_chain",
    kind: "heap",
    doc: "Links one VMA with one anon_vma.",
    fields: [
      f("vma", sptr("vm_area_struct"), "The VMA."),
      f("anon_vma", sptr("anon_vma"), "The anon_vma."),
      f("same_vma", LIST, "Link in vma->anon_vma_chain."),
    ],
  },
  {
    name: "folio",
    kind: "heap",
    doc: "A folio. The model's folios are order-0 (one page).",
    fields: [
      f(
        "mapping",
        sptr("address_space"),
        "For anon folios the anon_vma pointer with FOLIO_MAPPING_ANON set (KSM: | FOLIO_MAPPING_KSM).",
      ),
      f("index", PGOFF, "Linear page index within the anon_vma's pgoff space."),
      f("_mapcount", ATOMIC, "Number of PTEs mapping the folio (folio_mapcount())."),
      f("_refcount", ATOMIC, "References: mappings, isolation, GUP pins."),
      f("page", struct("page"), "The folio's (only) page, for per-page flags."),
    ],
  },
  {
    name: "page",
    kind: "embedded",
    doc: "A struct page inside its folio: carries PageAnonExclusive.",
    fields: [f("flags", ULONG, "Per-page flags (PG_anon_exclusive).")],
  },
  {
    name: "address_space",
    kind: "heap",
    doc: "A file mapping. Anon folios never point at a real one (see folio->mapping).",
    fields: [
      f("i_mmap_rwsem", RWSEM, "Protects the file's i_mmap tree."),
      f("i_mmap", RBROOT, "Interval tree of file VMAs."),
    ],
  },
  {
    name: "ptdesc",
    kind: "heap",
    doc: "A page-table page (PTE level) with its split lock. Freed by free_pgtables().",
    fields: [f("ptl", SPIN, "The split PTE lock (ptlock_ptr()).")],
  },
  {
    name: "userfaultfd_ctx",
    kind: "heap",
    doc: "A userfaultfd context.",
    fields: [
      f("mm", sptr("mm_struct"), "The registered address space."),
      f(
        "map_changing_lock",
        RWSEM,
        "Held for read by UFFDIO_* ops, for write by non-cooperative events.",
      ),
      f("mmap_changing", ATOMIC, "Non-zero while a non-cooperative event is in flight."),
    ],
  },
  {
    name: "kmem_cache",
    kind: "heap",
    doc: "A slab cache (anon_vma_cachep is SLAB_TYPESAFE_BY_RCU).",
    fields: [],
  },
  {
    name: "rmap_walk_control",
    kind: "stack",
    doc: "How rmap_walk() visits each VMA that maps a folio.",
    fields: [
      f("arg", VOIDP, "Passed to every callback."),
      f(
        "rmap_one",
        fnptr(BOOL, sptr("folio"), sptr("vm_area_struct"), ULONG, VOIDP),
        "Called per mapping VMA; false stops the walk.",
      ),
      f("done", fnptr(INT, sptr("folio")), "Stop early once it returns true."),
      f(
        "anon_lock",
        fnptr(sptr("anon_vma"), sptr("folio"), sptr("rmap_walk_control")),
        "Finds and locks the anon_vma (folio_lock_anon_vma_read).",
      ),
      f("invalid_vma", fnptr(BOOL, sptr("vm_area_struct"), VOIDP), "Skip a VMA when true."),
      f("try_lock", BOOL, "Never sleep on rmap locks; set contended instead."),
      f("contended", BOOL, "A try_lock walk found the rmap lock contended."),
    ],
  },
  {
    name: "folio_referenced_arg",
    kind: "stack",
    doc: "folio_referenced()'s walk state.",
    fields: [
      f("mapcount", INT, "Mappings left to find."),
      f("referenced", INT, "VMAs whose PTE was young."),
      f("vm_flags", ULONG, "Union of the referencing VMAs' flags."),
    ],
  },
  {
    name: "page_vma_mapped_walk",
    kind: "stack",
    doc:
      "page_vma_mapped_walk()'s cursor (DEFINE_FOLIO_VMA_WALK): while the walk returns true it " +
      "holds pte mapped and ptl locked; page_vma_mapped_walk_done() drops both.",
    fields: [
      f("folio", sptr("folio"), "The folio whose mappings are looked for."),
      f("vma", sptr("vm_area_struct"), "The VMA being searched."),
      f("address", ULONG, "Where the folio is expected in vma (vma_address())."),
      f("pmd", ptr(PMD), "The PMD entry covering address."),
      f("pte", ptr(PTE), "The mapped PTE, or NULL."),
      f("ptl", ptr(SPIN), "The PTE lock held while pte is returned, or NULL."),
      f("flags", INT, "PVMW_* flags."),
    ],
  },
  {
    name: "vma_prepare",
    kind: "stack",
    doc:
      "mm/vma.h: what vma_prepare() locks and vma_complete() finishes around a VMA range change " +
      "(split, merge, expand). File members (file, mapping) are left out: the model's VMAs are anonymous.",
    fields: [
      f("vma", sptr("vm_area_struct"), "The VMA whose range changes."),
      f("adj_next", sptr("vm_area_struct"), "The next VMA when its start moves too."),
      f("insert", sptr("vm_area_struct"), "A VMA split off vma, to insert."),
      f("remove", sptr("vm_area_struct"), "A VMA merged into vma, to remove."),
      f("remove2", sptr("vm_area_struct"), "A second VMA merged into vma, to remove."),
      f(
        "anon_vma",
        sptr("anon_vma"),
        "vma->anon_vma (its root is write-locked across the change).",
      ),
    ],
  },
  // Embedded objects: reached only through &obj->field.
  { name: "rw_semaphore", kind: "embedded", doc: "kernel/locking/rwsem.c.", fields: [] },
  { name: "spinlock_t", kind: "embedded", doc: "A queued spinlock.", fields: [] },
  { name: "atomic_t", kind: "embedded", doc: "An atomic counter.", fields: [] },
  { name: "list_head", kind: "embedded", doc: "A doubly linked list node or head.", fields: [] },
  { name: "rb_root_cached", kind: "embedded", doc: "An interval tree root.", fields: [] },
];

export const RWSEM_T = RWSEM;
export const SPINLOCK_T = SPIN;
export const ATOMIC_T = ATOMIC;
export const LIST_HEAD_T = LIST;
export const RB_ROOT_T = RBROOT;
export const LOCK_STRUCTS: ReadonlySet<string> = new Set(["rw_semaphore", "spinlock_t"]);

/** The names lockdep's classes give their owners (`&mm->mmap_lock`), where they differ. */
const SHORT_OWNER: Readonly<Record<string, string>> = {
  mm_struct: "mm",
  vm_area_struct: "vma",
  anon_vma: "anon_vma",
  address_space: "mapping",
  ptdesc: "ptdesc",
  userfaultfd_ctx: "ctx",
};

/** owner -> field -> class name, made once each: every lock acquisition asks. */
const CLASS_NAMES = new Map<string, Map<string, string>>();

/** `&mm->mmap_lock`, `&anon_vma->rwsem`, ...: the names lockdep and lock_stat print. */
export function lockClassName(owner: string, field: string): string {
  let fields = CLASS_NAMES.get(owner);
  if (!fields) {
    fields = new Map();
    CLASS_NAMES.set(owner, fields);
  }
  let name = fields.get(field);
  if (name === undefined) {
    name = `&${SHORT_OWNER[owner] ?? owner}->${field}`;
    fields.set(field, name);
  }
  return name;
}
