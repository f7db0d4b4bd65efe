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

  test('a snapshot host (a command-line run) has each source read once for many files; the findings are those of a host read every time', () => {
    const files: Record<string, string> = {
      '/ws/claims-schema.yaml': 'version: 1\nsources:\n  brief: {title: Brief, file: brief.md}\n  memo: {title: Memo, file: memo.md}\n',
      '/ws/brief.md': 'The envoy left on March 4.\n',
      '/ws/memo.md': 'The ministry said on March 3 that talks had ended.\n',
    };
    const check = (snapshot: boolean) => {
      const reads: string[] = [];
      const host: WorkspaceHost = { ...memoryHost(files), snapshot, readText: (p) => (reads.push(p), memoryHost(files).readText(p)) };
      const service = createTradecraftService(host, { reuseBlocks: !snapshot });
      const findings = ['a', 'b', 'c'].map((name) => service.checkAssessment(`/ws/${name}.assessment.md`, draft).findings);
      return { findings, sourceReads: reads.filter((p) => p.endsWith('.md')).length };
    };
    const snapshot = check(true);
    const live = check(false);
    assert.equal(snapshot.sourceReads, 2);
    assert.equal(live.sourceReads, 6);
    assert.deepEqual(snapshot.findings, live.findings);
    assert.ok(snapshot.findings[0].some((f) => f.code === 'number-not-in-source' || f.code === 'unsourced-assertion'));
  });

  test('under the same change token the sources are not read again; a new token reads them, and an edit to one counts', () => {
    const files: Record<string, string> = {
      '/ws/claims-schema.yaml': 'version: 1\nsources:\n  brief: {title: Brief, file: brief.md}\n  memo: {title: Memo, file: memo.md}\n',
      '/ws/brief.md': 'The envoy left on March 4.\n',
      '/ws/memo.md': 'The ministry said on March 3 that talks had ended.\n',
    };
    const reads: string[] = [];
    let token = 'one';
    const host: WorkspaceHost = { ...memoryHost(files), changeToken: () => token, readText: (p) => (reads.push(p), memoryHost(files).readText(p)) };
    const service = createTradecraftService(host);
    const sourceReads = () => reads.filter((p) => p.endsWith('.md')).length;
    const text = 'The envoy left on March 5 [@brief].\n';
    const first = service.checkAssessment('/ws/a.assessment.md', text);
    service.checkAssessment('/ws/a.assessment.md', text.replace('left', 'went'));
    service.hover({ path: '/ws/a.assessment.md', text }, 4);
    assert.equal(sourceReads(), 2, 'each source read once while the token holds');
    files['/ws/brief.md'] = 'The envoy left on March 5.\n';
    token = 'two';
    const after = service.checkAssessment('/ws/a.assessment.md', text);
    assert.equal(sourceReads(), 4);
    assert.ok(first.findings.some((f) => f.code === 'number-not-in-source'));
    assert.ok(!after.findings.some((f) => f.code === 'number-not-in-source'), 'the edited source is what the check reads');
  });

  test('source texts are indexed when first needed: checking the schema file indexes none, an assessment citing one source indexes that one', () => {
    const files: Record<string, string> = {
      '/ws/claims-schema.yaml': 'version: 1\nsources:\n  brief: {title: Brief, file: brief.md}\n  memo: {title: Memo, file: memo.md}\n',
      '/ws/brief.md': 'The envoy left on March 4.\n',
      '/ws/memo.md': 'The ministry said on March 3 that talks had ended.\n',
    };
    const service = createTradecraftService(memoryHost(files));
    service.checkSchema('/ws/claims-schema.yaml', files['/ws/claims-schema.yaml']);
    assert.equal(service.cacheSizes().sourceIndexes, 0);
    const result = service.checkAssessment('/ws/note.assessment.md', 'The envoy left on March 5 [@brief].\n');
    assert.deepEqual(result.findings.map((f) => f.code), ['number-not-in-source']);
    assert.equal(service.cacheSizes().sourceIndexes, 1);
    assert.deepEqual([...service.loadSchema('/ws/claims-schema.yaml')!.sourceIndexes.keys()], ['brief', 'memo']);
    assert.equal(service.cacheSizes().sourceIndexes, 1, 'listing the keys builds nothing');
    assert.equal([...service.loadSchema('/ws/claims-schema.yaml')!.sourceIndexes.values()].length, 2);
    assert.equal(service.cacheSizes().sourceIndexes, 2);
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
