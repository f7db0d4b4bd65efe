// The command line's pure parts, tested in process: argument parsing, escaping
// and excerpts, where the edge cases are many and spawning a binary for each
// would add nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineIndex } from '../../server/src/core/text/line-index.js';
import { parseCommandLine } from '../../server/src/cli/args.js';
import { excerptOf } from '../../server/src/cli/excerpt.js';
import { annotationCommand, escapeData, escapeProperty } from '../../server/src/cli/format-github.js';
import { escapeHtml } from '../../server/src/report/html.js';
import { sarifLevel } from '../../server/src/cli/format-sarif.js';
import { describeFindings, describeSourcing } from '../../server/src/cli/summary.js';

describe('parseCommandLine', () => {
  test('check with every option', () => {
    const argv = ['check', 'a', '-', '--schema', 's.yaml', '--format', 'sarif', '--max-warnings', '3', '--quiet', '--select', 'weak-source, unknown-source',
      '--ignore', 'unknown-source', '--include', '*.md', '--include', 'notes/**/*.txt', '--stdin-filename', 'x.assessment.md', '--report-unused-disables'];
    assert.deepEqual(parseCommandLine(argv), {
      kind: 'check', paths: ['a', '-'], schema: 's.yaml', format: 'sarif', maxWarnings: 3, quiet: true, select: ['weak-source', 'unknown-source'],
      ignore: ['unknown-source'], include: ['*.md', 'notes/**/*.txt'], stdinFilename: 'x.assessment.md', reportUnusedDisables: true,
    });
  });

  test('limit flags: sizes in KB, budgets in ms, whole numbers only', () => {
    const command = parseCommandLine(['check', '--max-document-kb', '512', '--time-budget-ms', '2000']);
    assert.deepEqual(command.kind === 'check' && command.limits, { maxDocumentChars: 512 * 1024, timeBudgetMs: 2000 });
    assert.deepEqual(parseCommandLine(['check', '--time-budget-ms', '0']), { kind: 'usage-error', message: "--time-budget-ms expects a whole number of 1 or more, got '0'" });
  });

  test('defaults: text, no warning limit, not quiet, no paths', () => {
    assert.deepEqual(parseCommandLine(['check']), {
      kind: 'check', paths: [], schema: undefined, format: 'text', maxWarnings: undefined, quiet: false,
      select: undefined, ignore: undefined, include: [], stdinFilename: undefined, reportUnusedDisables: false,
    });
  });

  test('rules and init', () => {
    assert.deepEqual(parseCommandLine(['rules', '--format', 'json']), { kind: 'rules', format: 'json' });
    assert.deepEqual(parseCommandLine(['--list-rules']), { kind: 'rules', format: 'text' });
    assert.deepEqual(parseCommandLine(['init', 'texts']), { kind: 'init', sourcesDir: 'texts' });
    assert.deepEqual(parseCommandLine(['init']), { kind: 'init', sourcesDir: undefined });
    assert.equal(parseCommandLine(['init', 'a', 'b']).kind, 'usage-error');
  });

  test('--max-warnings=-1 means no limit, as in eslint', () => {
    const command = parseCommandLine(['check', '--max-warnings=-1']);
    assert.equal(command.kind === 'check' && command.maxWarnings, undefined);
  });

  test('usage errors are one line', () => {
    for (const argv of [['check', '--format'], ['check', '--quiet=yes'], ['check', '--max-warnings', '1.5'], ['report'], ['check', '--schema=']]) {
      const command = parseCommandLine(argv);
      assert.equal(command.kind, 'usage-error', argv.join(' '));
      assert.ok(command.kind === 'usage-error' && !command.message.includes('\n'), argv.join(' '));
    }
  });
});

describe('GitHub workflow commands', () => {
  test('messages escape %, CR and LF', () => {
    assert.equal(escapeData('100% sure\r\nnext'), '100%25 sure%0D%0Anext');
  });

  test('properties also escape : and ,', () => {
    assert.equal(escapeProperty('a,b:c%d\ne'), 'a%2Cb%3Ac%25d%0Ae');
  });

  test('info and hint become notices', () => {
    assert.deepEqual(['error', 'warning', 'info', 'hint'].map((s) => annotationCommand(s as never)), ['error', 'warning', 'notice', 'notice']);
  });
});

describe('SARIF levels', () => {
  test('info and hint become notes', () => {
    assert.deepEqual(['error', 'warning', 'info', 'hint'].map((s) => sarifLevel(s as never)), ['error', 'warning', 'note', 'note']);
  });
});

describe('excerptOf', () => {
  test('marks the range on its line', () => {
    const text = 'first\nNorth Korea sent troops [@nope].\n';
    const lines = new LineIndex(text);
    const start = text.indexOf('[@nope]');
    const excerpt = excerptOf(text, lines, lines.rangeOf({ start, end: start + 7 }));
    assert.deepEqual(excerpt, { lineNumber: 2, before: 'North Korea sent troops ', marked: '[@nope]', after: '.' });
  });

  test('cuts a long line around the mark', () => {
    const text = `${'a'.repeat(300)} MARK ${'b'.repeat(300)}`;
    const lines = new LineIndex(text);
    const start = text.indexOf('MARK');
    const excerpt = excerptOf(text, lines, lines.rangeOf({ start, end: start + 4 }));
    assert.equal(excerpt.marked, 'MARK');
    assert.ok(excerpt.before.startsWith('…') && excerpt.after.endsWith('…'));
    assert.ok((excerpt.before + excerpt.marked + excerpt.after).length <= 125);
  });

  test('a range over several lines marks to the end of the first', () => {
    const text = 'one two\nthree\n';
    const lines = new LineIndex(text);
    const excerpt = excerptOf(text, lines, lines.rangeOf({ start: 4, end: 12 }));
    assert.deepEqual([excerpt.before, excerpt.marked, excerpt.after], ['one ', 'two', '']);
  });

  test('control characters cannot reach the terminal', () => {
    const text = 'bad \u001b[31mred\u001b[0m text';
    const lines = new LineIndex(text);
    const excerpt = excerptOf(text, lines, lines.rangeOf({ start: 0, end: 3 }));
    assert.doesNotMatch(excerpt.after, /\u001b/);
  });
});

describe('summaries', () => {
  test('sourcing percentages never round to all or none', () => {
    assert.equal(describeSourcing({ assertions: 42, sourcedAssertions: 39 }), '42 assertions, 39 sourced (93%)');
    assert.equal(describeSourcing({ assertions: 1000, sourcedAssertions: 999 }), '1000 assertions, 999 sourced (99%)');
    assert.equal(describeSourcing({ assertions: 1000, sourcedAssertions: 1 }), '1000 assertions, 1 sourced (1%)');
    assert.equal(describeSourcing({ assertions: 0, sourcedAssertions: 0 }), '0 assertions, 0 sourced');
  });

  test('finding counts name errors and warnings always, infos and hints when there are some', () => {
    const base = { files: 1, assertions: 0, sourcedAssertions: 0 };
    assert.equal(describeFindings({ ...base, errors: 1, warnings: 0, infos: 2, hints: 0 }), '1 error, 0 warnings, 2 infos');
    assert.equal(describeFindings({ ...base, errors: 0, warnings: 0, infos: 0, hints: 0 }), 'no problems');
  });
});

describe('escapeHtml', () => {
  test('escapes the five characters that matter in content and attributes', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
