import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { model, sentenceTexts } from '../helpers/model.js';

describe('sentences', () => {
  test('abbreviations such as U.S. and Nov. do not split a sentence', () => {
    const m = model('The U.S. State Department confirmed it on Nov. 4. Mr. Kim said nothing. Sanctions came from the U.S. The talks failed.\n');
    assert.deepEqual(sentenceTexts(m), [
      'The U.S. State Department confirmed it on Nov. 4.',
      'Mr. Kim said nothing.',
      'Sanctions came from the U.S.',
      'The talks failed.',
    ]);
  });

  test('paragraphs, list items, headings and table cells are prose; code is not', () => {
    const m = model('# China’s view\n\n- Troops arrived in October.\n\n| Date | Event |\n| --- | --- |\n| Nov. 4 | The Pentagon confirmed the deployment. |\n\n```\nThe code said 12 things.\n```\n\nInline `code 99` stays out.\n');
    assert.deepEqual(sentenceTexts(m), ['China’s view', 'Troops arrived in October.', 'Date', 'Event', 'Nov. 4', 'The Pentagon confirmed the deployment.', 'Inline stays out.']);
    assert.deepEqual(m.sentences.map((s) => s.block), ['heading', 'list-item', 'table-cell', 'table-cell', 'table-cell', 'table-cell', 'paragraph']);
  });

  test('front matter, HTML comments and link URLs are never prose', () => {
    const m = model('---\ntitle: Note 12\nschema: ../claims-schema.yaml\n---\n\n<!-- a comment with 44 words -->\n\nSee [the brief](https://example.org/2024/11/brief) for more.\n');
    assert.deepEqual(sentenceTexts(m), ['See the brief for more.']);
    assert.equal(m.frontMatter.schema, '../claims-schema.yaml');
    assert.deepEqual(m.sentences[0].numbers, []);
  });

  test('sentence spans point at the document text', () => {
    const text = 'First one. Second **bold** one.\n';
    const m = model(text);
    assert.equal(text.slice(m.sentences[1].span.start, m.sentences[1].span.end), 'Second **bold** one.');
  });
});

describe('citations', () => {
  test('pandoc citations with locators, several keys, and keys blanked from the prose', () => {
    const m = model('Troops arrived in Kursk [@brief, ¶3]. Both said so [see @a, p. 4; @b].\n');
    const [first, second] = m.sentences;
    assert.deepEqual(first.citations.map((c) => [c.form, c.key, c.paragraph]), [['pandoc', 'brief', 3]]);
    assert.deepEqual(second.citations.map((c) => [c.key, c.locator]), [['a', 'p. 4'], ['b', undefined]]);
    assert.ok(!first.text.includes('¶'));
    assert.deepEqual(first.numbers, []);
  });

  test('a citation after the full stop belongs to the sentence before it', () => {
    const m = model('Troops arrived in Kursk.[^1] Officials denied it. [@brief]\n\n[^1]: See [@brief, ¶2].\n');
    assert.deepEqual(m.sentences.map((s) => s.citations.map((c) => c.key)), [['brief'], ['brief']]);
    assert.equal(m.sentences[0].citations[0].form, 'footnote');
    assert.equal(m.sentences[0].citations[0].paragraph, 2);
  });

  test('footnotes in plain words and links to unknown URLs still count, unverified', () => {
    const m = model('Troops arrived.[^n] Others left ([report](https://example.org/other)). A third came (<https://example.org/brief>).\n\n[^n]: Microsoft Threat Intelligence, April 2026 advisory.\n');
    assert.deepEqual(m.sentences.map((s) => s.citations.map((c) => [c.form, c.key])), [[['footnote', undefined]], [['link', undefined]], [['link', 'brief']]]);
  });

  test('a half-typed citation neither crashes nor counts', () => {
    const m = model('Troops arrived in Kursk [@bri\n');
    assert.equal(m.sentences[0].citations.length, 0);
  });
});

describe('quotations and mentions', () => {
  test('curly and straight quotations, with word counts', () => {
    const m = model('He called it “a matter for themselves” and "cannon fodder".\n');
    assert.deepEqual(m.sentences[0].quotes.map((q) => [q.text, q.wordCount]), [['a matter for themselves', 4], ['cannon fodder', 2]]);
  });

  test('actors by name, alias, possessive and demonym', () => {
    const m = model('Beijing’s response to North Korean troops puzzled the U.S. and China.\n');
    assert.deepEqual(m.sentences[0].mentions.map((x) => [x.actorKey, x.text]), [
      ['china', 'Beijing'], ['north-korea', 'North Korean'], ['united-states', 'U.S.'], ['china', 'China'],
    ]);
  });
});

describe('estimative language', () => {
  test('likelihood, confidence and non-standard hedges', () => {
    const m = model('We assess with high confidence that Beijing will very likely stay out; perhaps it will not.\n');
    assert.deepEqual(m.sentences[0].estimative.map((e) => [e.kind, e.term]), [
      ['confidence', 'high'], ['likelihood', 'very likely'], ['nonstandard', 'roughly even chance'],
    ]);
  });
});

describe('suppressions', () => {
  test('next line, regions and whole file', () => {
    const text = 'A.\n<!-- tradecraft-disable-next-line unsourced-assertion -->\nB.\n\nC.\n<!-- tradecraft-disable -->\nD.\n<!-- tradecraft-enable -->\nE.\n';
    const m = model(text);
    const at = (s: string) => text.indexOf(`${s}.`);
    const suppressed = (s: string, code: string) => m.suppressions.isSuppressed(code, at(s));
    assert.deepEqual(['A', 'B', 'C', 'D', 'E'].map((s) => suppressed(s, 'unsourced-assertion')), [false, true, false, true, false]);
    assert.equal(suppressed('B', 'unattributed-quote'), false);
    const wholeText = '<!-- tradecraft-disable-file weak-source -->\nA.\n';
    const whole = model(wholeText);
    assert.equal(whole.suppressions.isSuppressed('weak-source', wholeText.indexOf('A.')), true);
    assert.equal(whole.suppressions.isSuppressed('unknown-source', wholeText.indexOf('A.')), false);
  });

  test('disable-line silences its own line, and each comment is listed as a directive', () => {
    const text = 'A.\nB. <!-- tradecraft-disable-line unsourced-assertion, weak-source -->\nC.\n';
    const m = model(text);
    const at = (s: string) => text.indexOf(`${s}.`);
    assert.deepEqual(['A', 'B', 'C'].map((s) => m.suppressions.isSuppressed('unsourced-assertion', at(s))), [false, true, false]);
    assert.deepEqual(m.suppressions.directives.map((d) => [d.kind, d.codes]), [['disable-line', ['unsourced-assertion', 'weak-source']]]);
  });
});
