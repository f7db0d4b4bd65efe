import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Span } from '../text/line-index.js';
import { plainScalarSpan } from './plain-nodes.js';

/** The span of a YAML node, or an empty span at the document start when it has none. */
export function spanOf(node: unknown): Span {
  const plain = plainScalarSpan(node);
  if (plain) return plain;
  const range = (node as Node | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}

/** The entries of a map whose keys are plain scalars, with the key's text. */
export function entriesOf(map: YAMLMap): Array<{ key: string; pair: Pair; keyNode: Node }> {
  const entries: Array<{ key: string; pair: Pair; keyNode: Node }> = [];
  for (const pair of map.items) {
    if (isScalar(pair.key)) entries.push({ key: String(pair.key.value), pair, keyNode: pair.key });
  }
  return entries;
}

/** A YAML value as a human word, for "expected a string, got a list". */
export function describeNode(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return 'nothing';
    return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
  }
  return 'nothing';
}

/** The scalar value of a node when it is a string (numbers and dates written bare count too). */
export function stringOf(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined;
  return String(node.value);
}
