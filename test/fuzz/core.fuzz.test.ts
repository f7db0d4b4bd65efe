// The core never throws: on arbitrary Unicode (lone surrogates, controls,
// NULs), on Markdown-shaped junk built from the pieces analysts and editors
// produce, and on arbitrary YAML as a claims schema.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { createTradecraftService, type DocumentInput } from '../../server/src/core/service.js';
import { fuzzParameters } from './budget.js';
import { markdownText } from './generators.js';

const root = path.resolve('/fuzz');
const schemaPath = path.join(root, 'claims-schema.yaml');
const assessmentPath = path.join(root, 'a.assessment.md');
const files = new Map<string, string>([
  [schemaPath, 'version: 1\nsources:\n  brief:\n    title: Brief\n    file: brief.md\nactors:\n  ministry:\n    name: Ministry\n    aliases: ["the ministry", "(a+)+$"]\n'],
  [path.join(root, 'brief.md'), 'On May 3 the ministry said 400 troops had crossed.\n\nIt called the move “a grave step”.\n'],
]);
const host = {
  readText: (p: string) => (files.has(p) ? { text: files.get(p)! } : { error: 'no such file' }),
  fileExists: (p: string) => files.has(p),
  listWorkspace: () => ({ assessments: [assessmentPath], schemas: [schemaPath] }),
};

function everyFeature(doc: DocumentInput, offset: number): void {
  const service = createTradecraftService(host);
  const result = service.checkAssessment(doc.path, doc.text);
  for (const f of result.findings) assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= doc.text.length, `span ${JSON.stringify(f.span)} outside ${doc.text.length}`);
  service.hover(doc, offset);
  service.complete(doc, offset);
  service.definition(doc, offset);
  service.references(doc, offset, true);
  service.prepareRename(doc, offset);
  service.documentSymbols(doc);
  service.codeActions(doc, { start: Math.min(offset, doc.text.length), end: doc.text.length }, undefined);
  service.codeLenses(doc);
}

describe('fuzz: the core never throws', () => {
  test('on arbitrary Unicode, with every feature at an arbitrary offset', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.nat(500), (text, offset) => everyFeature({ path: assessmentPath, text }, offset)), fuzzParameters);
  });

  test('on Markdown-shaped junk, with every feature at an arbitrary offset', () => {
    fc.assert(fc.property(markdownText, fc.nat(2000), (text, offset) => everyFeature({ path: assessmentPath, text }, offset)), fuzzParameters);
  });

  test('on arbitrary text as a claims schema, and on assessments checked against it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), markdownText, (schemaText, text) => {
        const service = createTradecraftService({ ...host, readText: (p) => (p === schemaPath ? { text: schemaText } : host.readText(p)) });
        service.checkSchema(schemaPath, schemaText);
        service.checkAssessment(assessmentPath, text);
      }),
      fuzzParameters,
    );
  });

  test('on arbitrary YAML values as a claims schema', () => {
    const yamlValue = fc.oneof(
      fc.anything({ maxDepth: 4 }),
      fc.record({ version: fc.anything(), sources: fc.dictionary(fc.string(), fc.anything({ maxDepth: 2 })), actors: fc.dictionary(fc.string(), fc.anything({ maxDepth: 2 })), rules: fc.anything() }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(yamlValue, markdownText, (value, text) => {
        let schemaText: string | undefined;
        try {
          schemaText = stringify(value);
        } catch {
          return; // a value YAML cannot write (a symbol key) is no schema anyone has
        }
        if (typeof schemaText !== 'string') return; // undefined, a function: nothing to write
        const service = createTradecraftService({ ...host, readText: (p) => (p === schemaPath ? { text: schemaText } : host.readText(p)) });
        service.checkSchema(schemaPath, schemaText);
        service.checkAssessment(assessmentPath, text);
        service.hover({ path: schemaPath, text: schemaText }, schemaText.length >> 1);
      }),
      fuzzParameters,
    );
  });
});
