// The status bar's wording, from the server's status notification.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeStatus, shortSourcing } from '../../client/src/status-text.js';

const base = { uri: 'file:///ws/a.assessment.md', assertions: 33, sourcedAssertions: 29, judgments: 4, schemaPath: '/ws/claims-schema.yaml' };

test('the share of sourced assertions, never 100% while one is unsourced', () => {
  assert.equal(shortSourcing(base), '29/33 sourced (88%)');
  assert.equal(shortSourcing({ ...base, assertions: 300, sourcedAssertions: 299 }), '299/300 sourced (99%)');
  assert.equal(shortSourcing({ ...base, assertions: 3, sourcedAssertions: 3 }), '3/3 sourced (100%)');
  assert.equal(shortSourcing({ ...base, assertions: 0, sourcedAssertions: 0 }), 'no assertions');
});

test('the tooltip names the judgments and the schema, shown as the editor shows paths', () => {
  const status = describeStatus(base, (p) => p.replace('/ws/', ''));
  assert.equal(status.text, '$(checklist) 29/33 sourced (88%)');
  assert.match(status.tooltip, /Analytic judgments: 4\./);
  assert.match(status.tooltip, /Schema: claims-schema\.yaml/);
  assert.equal(status.tone, 'normal');
});

test('no schema and an unreadable schema are said in the status, not as diagnostics', () => {
  assert.equal(describeStatus({ ...base, schemaPath: undefined, noSchema: true }).text, '$(warning) Tradecraft: no claims-schema.yaml');
  const broken = describeStatus({ ...base, schemaProblem: 'cannot read schema /ws/x.yaml: no such file' });
  assert.equal(broken.tone, 'error');
  assert.equal(broken.tooltip, 'cannot read schema /ws/x.yaml: no such file');
});
