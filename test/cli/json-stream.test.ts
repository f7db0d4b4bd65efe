// The JSON formats are written a file at a time; the bytes must be exactly
// those of JSON.stringify(document, null, 2), whatever the elements.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { streamedDocument } from '../../server/src/cli/json-stream.js';

function streamed(build: (array: unknown) => unknown, elements: unknown[], finalBuild?: (array: unknown) => unknown): string {
  const document = streamedDocument(build);
  return document.head() + elements.map((element) => document.element(element)).join('') + document.tail(finalBuild);
}

describe('a JSON document streamed element by element', () => {
  test('the same bytes as JSON.stringify, at any depth, with none, one or many elements', () => {
    const shapes: Array<(array: unknown) => unknown> = [
      (array) => array,
      (array) => ({ version: 1, files: array, summary: { files: 2 } }),
      (array) => ({ runs: [{ tool: { name: 'x' }, results: array, after: [1, { a: [] }] }] }),
    ];
    fc.assert(fc.property(fc.constantFrom(...shapes), fc.array(fc.jsonValue(), { maxLength: 5 }), (shape, elements) => {
      assert.equal(streamed(shape, elements), JSON.stringify(shape(elements), null, 2));
    }));
  });

  test('the tail may carry what is known only at the end', () => {
    let total = 0;
    const build = (files: unknown) => ({ files, summary: { total } });
    const document = streamedDocument(build);
    let text = document.head();
    for (const n of [3, 4]) {
      text += document.element({ n });
      total += n;
    }
    text += document.tail();
    assert.equal(text, JSON.stringify({ files: [{ n: 3 }, { n: 4 }], summary: { total: 7 } }, null, 2));
  });
});
