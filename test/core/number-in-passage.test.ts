import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNumbers } from '../../server/src/core/model/numbers.js';
import type { Sentence } from '../../server/src/core/model/types.js';
import { figureInCitedPassage } from '../../server/src/core/rules/number-in-passage.js';
import type { SourceIndex } from '../../server/src/core/sources/types.js';

/** A cited sentence standing at offset 0, citing ¶1 of `port-log`, and the source holding that paragraph. */
function cited(sentence: string, paragraph: string) {
  const model = { text: sentence, span: { start: 0, end: sentence.length }, citations: [{ form: 'pandoc', key: 'port-log', paragraph: 1 }] } as unknown as Sentence;
  const index = { paragraphs: [{ number: 1, text: paragraph }] } as unknown as SourceIndex;
  const [number] = extractNumbers(sentence, 0, { small: true });
  return figureInCitedPassage(model, number, ['port-log'], [index]);
}

test('a wrong figure is answered by the figure counting the same thing, even when another is closer in value', () => {
  const given = cited('Harbour staff saw seven tankers leave.', 'Harbour staff saw 5 tankers leave, six weeks after the strike began.');
  assert.equal(given?.figure, '5');
});

test('with no figure of the same noun, the closest in value is offered', () => {
  const given = cited('The crews numbered 40 sailors.', 'Some 300 dockers and 35 guards were on shift.');
  assert.equal(given?.figure, '35');
});
