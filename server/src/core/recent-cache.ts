/**
 * A memo of recently used entries, kept in two generations: entries go into
 * the newer; when it is full it becomes the older and the oldest generation is
 * dropped, and an entry found in the older is copied into the newer. The last
 * `capacity / 2` distinct keys used are always kept, at most `capacity` in
 * all. Unlike RecentMap, a hit reorders nothing: for memos that are asked far
 * more often than they answer (a command-line run sees most sentences once),
 * a look-up costs one or two `Map.get`s.
 */
export class RecentCache<K, V> {
  private newer = new Map<K, V>();
  private older = new Map<K, V>();
  private readonly generation: number;

  constructor(capacity: number) {
    this.generation = Math.max(1, Math.floor(capacity / 2));
  }

  get size(): number {
    return this.newer.size + this.older.size;
  }

  has(key: K): boolean {
    return this.newer.has(key) || this.older.has(key);
  }

  get(key: K): V | undefined {
    const value = this.newer.get(key);
    if (value !== undefined || this.newer.has(key)) return value;
    if (!this.older.has(key)) return undefined;
    const kept = this.older.get(key) as V;
    this.set(key, kept);
    return kept;
  }

  set(key: K, value: V): void {
    if (this.newer.size >= this.generation && !this.newer.has(key)) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}
