// Hostile and odd files through the core: each is answered with findings (and
// a not-checked note for a part over a limit), never an exception, and what
// follows the bad part is still checked.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Finding } from '../../server/src/core/diagnostics.js';
import { createTradecraftService } from '../../server/src/core/service.js';
import type { CheckOptions } from '../../server/src/core/service-types.js';

const files = new Map<string, string>();
const host = {
  readText: (p: string) => (files.has(p) ? { text: files.get(p)! } : { error: 'no such file' }),
  fileExists: (p: string) => files.has(p),
};
const service = createTradecraftService(host);
const assessment = path.resolve('/ws/hostile.assessment.md');
const check = (text: string, options?: CheckOptions): Finding[] => service.checkAssessment(assessment, text, options).findings;
const codesOf = (findings: Finding[]) => findings.map((f) => f.code);
const unsourcedTail = '\n\nThe ministry announced on May 3 that 400 troops had crossed the border.\n';
const tailStart = (text: string) => text.length - unsourcedTail.length + 2;

function assertTailChecked(text: string, findings: Finding[]): void {
  assert.ok(findings.some((f) => f.code === 'unsourced-assertion' && f.span.start === tailStart(text)), `the sentence after the bad part was not checked: ${codesOf(findings)}`);
}

function assertSpansInside(text: string, findings: Finding[]): void {
  for (const f of findings) assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `bad span ${JSON.stringify(f.span)}`);
}

describe('nesting of every kind, far past any real document', () => {
  const depth = 20_000;
  const cases: Record<string, string> = {
    'block quotes on one line': `${'>'.repeat(depth)} The ministry said so on May 1.`,
    'block quotes spaced out': `${'> '.repeat(depth)}The ministry said so on May 1.`,
    'list items on one line': `${'- '.repeat(depth)}The ministry said so on May 1.`,
    'ordered list items': `${'1. '.repeat(depth)}The ministry said so on May 1.`,
    'lists indented a level per line': Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
    'emphasis': `${'*'.repeat(depth)}word${'*'.repeat(depth)}`,
    'mixed emphasis marks': `${'*_'.repeat(depth / 2)}word${'_*'.repeat(depth / 2)}`,
    'links inside links': `${'['.repeat(depth)}text${'](https://example.org)'.repeat(depth)}`,
    'brackets over many lines': Array.from({ length: depth }, () => '[').join('\n'),
    'footnote definitions inside footnote definitions': `Troops moved.[^a]\n\n${'[^a]: '.repeat(depth)}text`,
    'quotes and lists interleaved': `${'> - '.repeat(depth / 2)}The ministry said so on May 1.`,
  };
  for (const [name, body] of Object.entries(cases)) {
    test(name, () => {
      const text = body + unsourcedTail;
      const findings = check(text);
      assertSpansInside(text, findings);
      const notes = findings.filter((f) => f.code === 'not-checked');
      assert.equal(notes.length, 1, `expected one not-checked note, got ${codesOf(findings)}`);
      assert.match(notes[0].message, /more than 64 levels deep/);
      assertTailChecked(text, findings);
    });
  }

  test('nesting within the limit is checked as usual, with no note', () => {
    const text = `${'> '.repeat(40)}The ministry announced on May 3 that 400 troops had crossed the border.\n\n${'['.repeat(30)}x${']'.repeat(30)}\n`;
    const findings = check(text);
    assert.ok(!codesOf(findings).includes('not-checked'));
    assert.ok(codesOf(findings).includes('unsourced-assertion'));
  });

  test('nesting-like characters inside a code fence are not markup', () => {
    const text = `\`\`\`\n${'>'.repeat(500)}\n\`\`\`${unsourcedTail}`;
    const findings = check(text);
    assert.deepEqual(codesOf(findings), ['unsourced-assertion']);
  });
});

describe('odd text', () => {
  const cases: Record<string, string> = {
    'a 250 KB line of prose': 'The ministry said on May 3 that 400 troops had crossed. '.repeat(4_500),
    'NUL bytes': 'The ministry\u0000 said on May 3\u0000 that 400 troops had crossed.',
    'a byte-order mark': '\uFEFFThe ministry said on May 3 that 400 troops had crossed.',
    'CRLF line ends': 'The ministry said on May 3 that 400 troops had crossed.\r\n\r\n> “We will not stop here,” the minister said.\r\n',
    'bidi controls': 'The \u202Eministry\u202C said on May 3 that \u2067400\u2069 troops had crossed.',
    'lone surrogates': 'The \uD800ministry said on \uDFFF May 3 that 400 troops had crossed.\uD83D',
    'replacement characters from invalid UTF-8': 'The minist\uFFFD\uFFFDry said on May 3 that 400 troops had crossed.',
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, () => {
      const findings = check(text);
      assertSpansInside(text, findings);
      assert.ok(codesOf(findings).includes('unsourced-assertion'), `no finding in: ${codesOf(findings)}`);
    });
  }

  test('empty and front-matter-only files have no findings', () => {
    for (const text of ['', '\n', '---\n---\n', '---\nschema: ./claims-schema.yaml\n---\n', '---\ntitle: [unclosed\n']) {
      assert.deepEqual(check(text), [], JSON.stringify(text));
    }
  });

  test('every broken citation form ends with findings in bounds', () => {
    const broken = ['[@', '[@]', '[@ ]', '[@key', '[@key,', '[@key, ¶', '[@key, ¶x]', '[@key; @', '[@;@;@]', '[^', '[^]', '[^1]', '[^1]:', '[link](', '[link](<', '<https://', '[@key, p. 99999999999999999999]', '[@key, ¶-1]', '@key]', '[[@key]]', '[@@key]'];
    for (const form of broken) {
      const text = `Troops crossed the border on May 3 ${form} and more.\n\n${form}\n`;
      assertSpansInside(text, check(text));
    }
  });
});

describe('limits', () => {
  const paragraph = 'The ministry announced on May 3 that 400 troops had crossed the border.\n\n';

  test('a document over the size limit gets one not-checked note and nothing else', () => {
    const text = paragraph.repeat(100);
    const findings = check(text, { limits: { maxDocumentChars: 1000 } });
    assert.deepEqual(codesOf(findings), ['not-checked']);
    assert.match(findings[0].message, /over the size limit of 1 KB/);
    assert.equal(findings[0].severity, 'info');
  });

  test('a document within the size limit is checked in full', () => {
    const text = paragraph.repeat(3);
    assert.deepEqual(codesOf(check(text, { limits: { maxDocumentChars: 1000 } })), ['unsourced-assertion', 'unsourced-assertion', 'unsourced-assertion']);
  });

  test('when the time budget runs out, the part above is checked and the rest gets one note', () => {
    // A clock that moves 10 ms each time it is read: the budget of 25 ms lasts a few blocks, on any machine.
    let clock = 0;
    const now = () => (clock += 10);
    const text = paragraph.repeat(10);
    const findings = check(text, { limits: { timeBudgetMs: 25, now } });
    const notes = findings.filter((f) => f.code === 'not-checked');
    assert.equal(notes.length, 1);
    assert.match(notes[0].message, /time budget of 25 ms/);
    const checked = findings.filter((f) => f.code === 'unsourced-assertion');
    assert.ok(checked.length > 0 && checked.length < 10, `${checked.length} of 10 paragraphs checked`);
    assert.ok(checked.every((f) => f.span.start < notes[0].span.start));
  });
});
