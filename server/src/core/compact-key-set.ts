// The keys one assessment uses (its actors, its cited sources), as the
// workspace index holds them for every file of the workspace. A Set of twenty
// keys takes some 800 bytes of hash table; these take a sorted array of the
// same strings, shared between files (see KeyInterner), and are looked up by
// binary search. 10,000 indexed assessments held 16.7 MB of Set tables and
// 10 MB of copies of the same key strings (a heap snapshot of the language
// server after its workspace check).

/** A read-only set of strings over a sorted array: what a Set answers, in a fraction of the memory. */
export class CompactKeySet implements ReadonlySet<string> {
  private readonly sorted: readonly string[];

  /** `keys` in any order, duplicates allowed; `intern` gives each the copy to keep. */
  constructor(keys: Iterable<string>, intern: (key: string) => string = (key) => key) {
    const unique = [...new Set(keys)].sort();
    this.sorted = unique.map(intern);
  }

  get size(): number {
    return this.sorted.length;
  }

  has(key: string): boolean {
    let low = 0;
    let high = this.sorted.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = this.sorted[middle];
      if (at === key) return true;
      if (at < key) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const key of this.sorted) callback.call(thisArg, key, key, this);
  }

  *entries(): SetIterator<[string, string]> {
    for (const key of this.sorted) yield [key, key];
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  values(): SetIterator<string> {
    return this.sorted.values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}

/**
 * One copy of each key string: the same actor and source keys recur in
 * thousands of assessments, and each file's summary (read from a worker's
 * message or a model) brings copies of its own. Bounded: past `capacity`
 * distinct strings it starts again, which costs only sharing.
 */
export class KeyInterner {
  private readonly known = new Map<string, string>();

  constructor(private readonly capacity = 65_536) {}

  readonly intern = (key: string): string => {
    const known = this.known.get(key);
    if (known !== undefined) return known;
    if (this.known.size >= this.capacity) this.known.clear();
    this.known.set(key, key);
    return key;
  };

  get size(): number {
    return this.known.size;
  }
}
