import { parseDocument } from 'yaml';
import { RecentMap } from '../recent-map.js';

/** `schema:` from the YAML of a front matter block; undefined when absent or the YAML is broken. */
export function schemaFromFrontMatter(yaml: string): string | undefined {
  // Without the letters of `schema` (nor a backslash, which could escape them) no key can be `schema`: no YAML parse.
  if (!yaml.includes('schema') && !yaml.includes('\\')) return undefined;
  // Asked on every check of a document: the front matter rarely changes while the analyst types below it.
  if (remembered.has(yaml)) return remembered.get(yaml);
  const doc = parseDocument(yaml);
  const value = doc.errors.length === 0 ? doc.get('schema') : undefined;
  const schema = typeof value === 'string' && value.trim() ? value.trim() : undefined;
  remembered.set(yaml, schema);
  return schema;
}

const remembered = new RecentMap<string, string | undefined>(256);

/**
 * The front matter block at the very start of a document, found without a
 * Markdown parse, so the schema can be located before the document is modelled.
 */
export function frontMatterBlock(text: string): string | undefined {
  return /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
}
