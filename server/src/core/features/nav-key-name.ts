import { isScalar, parseDocument } from 'yaml';

/**
 * A key both halves of the product read back whole: a citation `[@key]` ends a
 * key at the first character outside letters, digits and `_ . : -` (and never
 * on `.`, `:` or `-`, which read as punctuation), and YAML must read it bare
 * as a string, not as a number, boolean or null.
 */
const keyShape = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_.:-]*[\p{L}\p{N}_])?$/u;

/** Why a new key cannot be used, as a sentence for the user; undefined when it can. */
export function keyNameProblem(name: string, kind: 'source' | 'actor'): string | undefined {
  if (name === '') return `Enter a new ${kind} key.`;
  if (!keyShape.test(name)) {
    return `"${name}" is not a valid ${kind} key: use letters, digits and _ . : - without spaces, starting and ending with a letter, digit or _.`;
  }
  const value = parseDocument(name).contents;
  if (!isScalar(value) || value.value !== name) {
    return `"${name}" is not a valid ${kind} key: YAML would read it as ${describeYamlValue(value)}, not as a name; add a letter.`;
  }
  return undefined;
}

function describeYamlValue(node: unknown): string {
  const value = isScalar(node) ? node.value : undefined;
  if (value === null) return 'null';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return 'something other than text';
}
