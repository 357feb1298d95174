/*
 * Maps, sets and page tables shared by copies until one of them writes (copy
 * on write). The explorer copies Worlds and the monitors' histories at
 * every branch of its search, and most of what they hold
 * (embedded-object owners, interval trees, lists, stack arenas, page
 * tables, findings already reported) changes at few of its steps: sharing
 * makes a copy O(1) in their size. The values must be immutable: a writer
 * replaces a value, it never changes one in place, since the other copies
 * still see it (CowTables is the exception, handing out a private table to
 * write).
 */

/**
 * A copy of m (empty for undefined), in m's order. Not new Map(m): that
 * walks an iterator, an allocation per entry, twice the time of this for
 * the few entries most of the explorer's maps hold.
 */
export function copyOfMap<K, V>(m: ReadonlyMap<K, V> | undefined): Map<K, V> {
  const copy = new Map<K, V>();
  m?.forEach((v, k) => copy.set(k, v));
  return copy;
}

/** A copy of s, as copyOfMap. */
export function copyOfSet<T>(s: ReadonlySet<T>): Set<T> {
  const copy = new Set<T>();
  s.forEach((v) => copy.add(v));
  return copy;
}

export class CowMap<K, V> implements ReadonlyMap<K, V> {
  private map = new Map<K, V>();
  /** False while another CowMap may share `map`: the next write copies it first. */
  private owned = true;

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  set(key: K, value: V): this {
    this.own().set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.map.has(key) && this.own().delete(key);
  }

  clear(): void {
    this.map = new Map();
    this.owned = true;
  }

  /** Hold what src holds: both share it, and copy before their next write. */
  copyFrom(src: CowMap<K, V>): void {
    this.map = src.map;
    this.owned = false;
    src.owned = false;
  }

  forEach(f: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this.map) f(v, k, this);
  }

  entries(): MapIterator<[K, V]> {
    return this.map.entries();
  }

  keys(): MapIterator<K> {
    return this.map.keys();
  }

  values(): MapIterator<V> {
    return this.map.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.map.entries();
  }

  private own(): Map<K, V> {
    if (!this.owned) {
      this.map = copyOfMap(this.map);
      this.owned = true;
    }
    return this.map;
  }
}

/** A Set shared by copies until one of them writes to it, as CowMap. */
export class CowSet<T> implements ReadonlySet<T> {
  private set = new Set<T>();
  /** False while another CowSet may share `set`: the next write copies it first. */
  private owned = true;

  get size(): number {
    return this.set.size;
  }

  has(value: T): boolean {
    return this.set.has(value);
  }

  add(value: T): this {
    if (!this.set.has(value)) this.own().add(value);
    return this;
  }

  delete(value: T): boolean {
    return this.set.has(value) && this.own().delete(value);
  }

  /** Hold what src holds, shared until either writes (CowMap.copyFrom). */
  copyFrom(src: CowSet<T>): void {
    this.set = src.set;
    this.owned = false;
    src.owned = false;
  }

  forEach(f: (value: T, key: T, set: ReadonlySet<T>) => void): void {
    for (const v of this.set) f(v, v, this);
  }

  entries(): SetIterator<[T, T]> {
    return this.set.entries();
  }

  keys(): SetIterator<T> {
    return this.set.keys();
  }

  values(): SetIterator<T> {
    return this.set.values();
  }

  [Symbol.iterator](): SetIterator<T> {
    return this.set.values();
  }

  private own(): Set<T> {
    if (!this.owned) {
      this.set = copyOfSet(this.set);
      this.owned = true;
    }
    return this.set;
  }
}

/**
 * Page tables by index, each table shared with copies until written: a
 * writer asks for writable(k), which copies the table first if another
 * copy may still hold it. get() is for reading only.
 */
export class CowTables {
  private readonly map = new CowMap<number, Int32Array>();
  /** Keys whose table this instance alone holds (made or copied since the last copyFrom). */
  private readonly mine = new Set<number>();

  get(key: number): Int32Array | undefined {
    return this.map.get(key);
  }

  writable(key: number): Int32Array | undefined {
    const words = this.map.get(key);
    if (words === undefined || this.mine.has(key)) return words;
    const copy = words.slice();
    this.map.set(key, copy);
    this.mine.add(key);
    return copy;
  }

  set(key: number, words: Int32Array): void {
    this.map.set(key, words);
    this.mine.add(key);
  }

  delete(key: number): void {
    this.map.delete(key);
    this.mine.delete(key);
  }

  values(): MapIterator<Int32Array> {
    return this.map.values();
  }

  /** Hold what src holds: every table shared, copied by whichever writes it first. */
  copyFrom(src: CowTables): void {
    this.map.copyFrom(src.map);
    // (Only when not empty: clear() makes a new table even for an empty Set.)
    if (this.mine.size > 0) this.mine.clear();
    if (src.mine.size > 0) src.mine.clear();
  }
}
