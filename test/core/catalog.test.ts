// The codes are the product's outside: every one documented, every one in the
// JSON Schema the editor validates claims-schema.yaml with.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { codeCatalog } from '../../server/src/core/code-catalog.js';
import { diagnosticCodes } from '../../server/src/core/diagnostics.js';
import { renderRuleDocs } from '../../scripts/rule-docs.js';

const root = path.resolve(import.meta.dirname, '../..');

test('every code has a catalog entry with a summary and help', () => {
  for (const code of diagnosticCodes) {
    assert.ok(codeCatalog[code].summary.length > 10, code);
    assert.ok(codeCatalog[code].help.length > 40, code);
  }
});

test('docs/rules.md has a section for every code', () => {
  const docs = readFileSync(path.join(root, 'docs/rules.md'), 'utf8');
  const sections = [...docs.matchAll(/^## (\S+)$/gm)].map((m) => m[1]);
  assert.deepEqual(sections, [...diagnosticCodes]);
  assert.equal(docs, renderRuleDocs(), 'docs/rules.md is stale: run npm run docs');
});

test('the JSON Schema accepts a severity for exactly the known codes', () => {
  const schema = JSON.parse(readFileSync(path.join(root, 'schemas/claims-schema.schema.json'), 'utf8'));
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...diagnosticCodes].sort());
  assert.deepEqual(Object.keys(schema.properties).sort(), ['actors', 'estimative', 'rules', 'sources', 'version']);
});
