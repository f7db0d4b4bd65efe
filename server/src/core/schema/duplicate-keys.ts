import { isMap, isScalar, visit, type Document } from 'yaml';
import type { Span } from '../text/line-index.js';

/**
 * The keys written twice in one mapping, in document order, with the span of
 * the later one. yaml's own check (`uniqueKeys`) compares each key with every
 * earlier key of its map, quadratic in the map's size (a schema of 50,000
 * actors took minutes); a Set per map keeps it linear.
 */
export function duplicateKeys(doc: Document): Array<{ span: Span }> {
  const found: Array<{ span: Span }> = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const identity = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(identity)) found.push({ span: { start: pair.key.range[0], end: pair.key.range[1] } });
        seen.add(identity);
      }
    },
  });
  return found;
}
