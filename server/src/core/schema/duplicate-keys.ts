import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';
import type { Span } from '../text/line-index.js';

/**
 * The keys written twice in one mapping, with the span of the later one,
 * mapping by mapping in document order. yaml's own check (`uniqueKeys`)
 * compares each key with every earlier key of its map, quadratic in the map's
 * size (a schema of 50,000 actors took minutes); a KeyLedger per map keeps it
 * linear. A plain walk, not yaml's `visit`, which cost more than the check.
 */
export function duplicateKeys(doc: Document): Array<{ span: Span }> {
  const found: Array<{ span: Span }> = [];
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      const keys = new KeyLedger();
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        if (!keys.add(pair.key.value)) found.push({ span: { start: pair.key.range[0], end: pair.key.range[1] } });
      }
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) node.items.forEach(walk);
    else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    }
  };
  walk(doc.contents);
  return found;
}

/** What makes two keys of one mapping the same key: type and text (`1` and `"1"` differ). */
export function keyIdentity(value: unknown): string {
  return `${typeof value}:${String(value)}`;
}

/**
 * The keys of one mapping, compared as duplicate-keys.ts compares them (type
 * and text). Most mappings of a schema are an actor's or a source's few keys:
 * those are compared in a list; past a handful, strings go into a Set as they
 * are and other keys by their identity. With a Set and an identity string for
 * each, noting keys took 9% of the profile of reading 50,000 actors, and
 * making the identity of each of the 50,000 actor keys 2% more.
 */
export class KeyLedger {
  private few: unknown[] = [];
  private strings?: Set<string>;
  private others?: Set<string>;

  /** Adds a key; false when the mapping has it already. */
  add(value: unknown): boolean {
    if (this.strings) return this.addToSet(value);
    for (const seen of this.few) if (typeof seen === typeof value && String(seen) === String(value)) return false;
    this.few.push(value);
    if (this.few.length > 8) {
      this.strings = new Set();
      this.others = new Set();
      for (const seen of this.few) this.addToSet(seen);
      this.few = [];
    }
    return true;
  }

  private addToSet(value: unknown): boolean {
    const set = typeof value === 'string' ? this.strings! : this.others!;
    const identity = typeof value === 'string' ? value : keyIdentity(value);
    if (set.has(identity)) return false;
    set.add(identity);
    return true;
  }
}
