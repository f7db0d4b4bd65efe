import type { SchemaRule } from './rule.js';

/** A source `file:` that cannot be read or escapes the schema's folder. */
export const sourceFileMissing: SchemaRule = {
  code: 'source-file-missing',
  check: (schema) => schema.problems.filter((p) => p.code === 'source-file-missing'),
};
