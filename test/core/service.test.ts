// The facade over an in-memory workspace: schema discovery, severities from
// the schema, and the sourcing figures the summaries and code lens show.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTradecraftService } from '../../server/src/core/service.js';
import type { ReadResult, WorkspaceHost } from '../../server/src/core/workspace-host.js';

function memoryHost(files: Record<string, string>): WorkspaceHost {
  return {
    readText: (path): ReadResult => (path in files ? { text: files[path] } : { error: 'no such file' }),
    fileExists: (path) => path in files,
  };
}

const draft = 'Perhaps the talks will fail.\n\nThe ministry said on March 3 that talks had ended.\n\nThe envoy left on March 4 [@brief].\n';

describe('service', () => {
  test('the nearest claims-schema.yaml above an assessment is used, and its severities apply', () => {
    const host = memoryHost({
      '/ws/claims-schema.yaml': 'version: 1\nsources:\n  brief: {title: Brief}\nrules:\n  unsourced-assertion: error\n  nonstandard-estimative: "off"\n',
    });
    const result = createTradecraftService(host).checkAssessment('/ws/team/a/note.assessment.md', draft);
    assert.equal(result.schemaPath, '/ws/claims-schema.yaml');
    assert.deepEqual(result.findings.map((f) => [f.code, f.severity]), [['unsourced-assertion', 'error']]);
    assert.deepEqual(result.stats, { assertions: 2, sourcedAssertions: 1, judgments: 0 });
  });

  test('front matter names the schema, relative to the assessment', () => {
    const host = memoryHost({
      '/ws/claims-schema.yaml': 'version: 1\nsources: {}\n',
      '/shared/team.yaml': 'version: 1\nsources:\n  brief: {title: Brief}\n',
    });
    const text = `---\nschema: ../../shared/team.yaml\n---\n\n${draft}`;
    const result = createTradecraftService(host).checkAssessment('/ws/notes/note.assessment.md', text);
    assert.equal(result.schemaPath, '/shared/team.yaml');
    assert.ok(!result.findings.some((f) => f.code === 'unknown-source'));
  });

  test('without a schema, what needs none is still checked and nothing is unknown', () => {
    const result = createTradecraftService(memoryHost({})).checkAssessment('/ws/note.assessment.md', draft);
    assert.equal(result.schemaPath, undefined);
    assert.deepEqual(result.findings.map((f) => f.code), ['nonstandard-estimative', 'unsourced-assertion']);
  });

  test('a schema change is picked up on the next check; an unchanged one is reused', () => {
    const files = { '/ws/claims-schema.yaml': 'version: 1\nsources:\n  brief: {title: Brief}\n' };
    const service = createTradecraftService(memoryHost(files));
    const first = service.loadSchema('/ws/claims-schema.yaml');
    assert.equal(service.loadSchema('/ws/claims-schema.yaml'), first);
    files['/ws/claims-schema.yaml'] = 'version: 1\nsources:\n  other: {title: Other}\n';
    const result = service.checkAssessment('/ws/note.assessment.md', draft);
    assert.deepEqual(result.findings.filter((f) => f.code === 'unknown-source').map((f) => f.message), ['Unknown source "brief"; define it under sources: in claims-schema.yaml (known: other).']);
  });

  test('an edited source text changes the findings of unchanged blocks that cite it', () => {
    const files: Record<string, string> = {
      '/ws/claims-schema.yaml': 'version: 1\nsources:\n  log: {title: Harbour log, file: log.md}\n',
      '/ws/log.md': 'The harbour master wrote that the pier stayed shut all week.\n',
    };
    const service = createTradecraftService(memoryHost(files));
    let text = 'The harbour master wrote that "the pier reopened on Tuesday" [@log].\n\nA second paragraph.\n';
    const codes = () => service.checkAssessment('/ws/note.assessment.md', text).findings.map((f) => f.code);
    assert.ok(codes().includes('quote-not-in-source'));
    files['/ws/log.md'] = 'The harbour master wrote that the pier reopened on Tuesday.\n';
    // A keystroke in the other paragraph: the quoting block is unchanged, its source is not.
    text = text.replace('second', 'later');
    assert.ok(!codes().includes('quote-not-in-source'), codes().join(', '));
  });
});
