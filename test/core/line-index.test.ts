// Offsets ↔ positions, and the shared index of the document version being typed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex, lineIndexOf } from '../../server/src/core/text/line-index.js';

test('positions count UTF-16 units from 0, across \\n, \\r\\n and a lone \\r', () => {
  const lines = new LineIndex('one\r\ntwo\nthree\rfour “q”');
  assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(lines.positionAt(5), { line: 1, character: 0 });
  assert.deepEqual(lines.positionAt(15), { line: 3, character: 0 });
  assert.equal(lines.offsetAt({ line: 3, character: 6 }), 21);
  assert.equal(lines.lineCount, 4);
});

test('the shared index is the same object for the same text, and a text of the same length gets its own', () => {
  const text = 'alpha\nbeta\n';
  assert.equal(lineIndexOf(text), lineIndexOf(text));
  const other = 'alph\na\nbeta';
  assert.equal(other.length, text.length);
  assert.deepEqual(lineIndexOf(other).positionAt(7), { line: 2, character: 0 });
  assert.deepEqual(lineIndexOf(text).positionAt(7), { line: 1, character: 1 });
});
