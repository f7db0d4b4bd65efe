// Whatever an analyst has half typed, the core answers with findings, never an
// exception. These inputs are the ones editors produce between keystrokes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTradecraftService } from '../../server/src/core/service.js';
import { testDiskHost } from '../helpers/disk-host.js';

const samples = path.resolve(import.meta.dirname, '../../samples');
const draftPath = path.join(samples, 'assessments/china-dprk-draft.assessment.md');
const schemaPath = path.join(samples, 'claims-schema.yaml');
const service = createTradecraftService(testDiskHost);

describe('half-typed documents', () => {
  test('every prefix of the sample draft checks without throwing', () => {
    const draft = readFileSync(draftPath, 'utf8');
    for (let end = 0; end <= draft.length; end += 5) {
      const result = service.checkAssessment(draftPath, draft.slice(0, end));
      for (const f of result.findings) assert.ok(f.span.start >= 0 && f.span.end <= end && f.span.start <= f.span.end, `bad span at prefix ${end}`);
    }
  });

  test('every prefix of the sample schema parses without throwing', () => {
    const schema = readFileSync(schemaPath, 'utf8');
    for (let end = 0; end <= schema.length; end += 7) service.checkSchema(schemaPath, schema.slice(0, end));
  });
});

describe('hostile input', () => {
  const cases: Record<string, string> = {
    'unclosed citations': `Troops arrived ${'[@a, ¶'.repeat(2000)}`,
    'a thousand quote marks': `He said ${'“'.repeat(1000)} and ${'"'.repeat(1001)}`,
    'one 200 KB line without spaces': 'x'.repeat(200_000),
    'deeply nested block quotes and lists': `${'> - '.repeat(500)}The Pentagon confirmed it on November 4.`,
    'control characters and lone surrogates': 'On November 4\u0000 the \uD800 Pentagon\u0007 confirmed 10,000 troops.',
    'only front matter, unterminated': '---\nschema: [\n',
    'numbers everywhere': Array.from({ length: 3000 }, (_, i) => `${i},${i}00`).join(' '),
    'a footnote that references itself': 'Troops arrived.[^a]\n\n[^a]: See [^a] and [@a; @b; @c, ¶9999999999999999999].\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, () => {
      const result = service.checkAssessment(draftPath, text);
      assert.ok(Array.isArray(result.findings));
    });
  }

  test('a schema that is not YAML at all is a schema-error, not a crash', () => {
    const result = service.checkSchema(schemaPath, '\u0000\u0001{{{ ::: ---\n\t- [');
    assert.ok(result.findings.length > 0);
    assert.ok(result.findings.every((f) => f.code === 'schema-error'));
  });
});
