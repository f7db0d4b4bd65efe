import type { SchemaRule } from './rule.js';

/** Anything wrong in claims-schema.yaml, at its YAML node. */
export const schemaError: SchemaRule = {
  code: 'schema-error',
  check: (schema) => schema.problems.filter((p) => p.code === 'schema-error'),
};
